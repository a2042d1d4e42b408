"""The package's shape, enforced: small modules and functions, no private crossings, no cycles.

Rules (ARCHITECTURE.md explains them):
- no module of ``pressnlp/`` over 600 lines, no function or method over 80 lines;
- no private name (``_x``) of one module imported or used by another; a private module
  (``pressnlp/x/_y.py``) is imported only from inside its own package;
- no import cycle between pressnlp modules, counting imports inside functions (imports under
  ``if TYPE_CHECKING:`` never run and are not counted).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pressnlp"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _package_of(module: str) -> str:
    path = MODULES[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:``."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _imports(module: str) -> Iterator[tuple[str, str | None, int]]:
    """(imported pressnlp module, imported name or None, line) for every runtime import."""
    path = MODULES[module]
    package = _package_of(module)
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "pressnlp":
                    yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "pressnlp":
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in MODULES:
                    yield sub, None, node.lineno
                else:
                    yield target, alias.name, node.lineno


def _module_aliases(tree: ast.AST) -> dict[str, str]:
    """Local names bound to pressnlp modules (``import pressnlp.x as y``, ``from pressnlp import x``)."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES and alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                if sub in MODULES:
                    aliases[alias.asname or alias.name] = sub
    return aliases


def test_no_module_is_too_long() -> None:
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_is_too_long() -> None:
    long = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name} ({size} lines)")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_no_private_name_crosses_a_module_border() -> None:
    crossings = []
    for module, path in MODULES.items():
        for target, name, line in _imports(module):
            if target == module:
                continue
            if name is not None and _is_private(name):
                crossings.append(f"{module}:{line} imports {target}.{name}")
            private = [p for p in target.split(".") if _is_private(p)]
            if private:
                home = target.rpartition(".")[0]
                if not (module == home or module.startswith(home + ".")):
                    crossings.append(f"{module}:{line} imports private module {target}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = _module_aliases(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and aliases[node.value.id] != module
                and _is_private(node.attr)
            ):
                crossings.append(
                    f"{module}:{node.lineno} uses {aliases[node.value.id]}.{node.attr}"
                )
    assert not crossings, "private names used across modules:\n" + "\n".join(crossings)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def import_graph() -> dict[str, set[str]]:
    return {
        module: {t for t, _, _ in _imports(module) if t in MODULES and t != module}
        for module in MODULES
    }


def test_no_import_cycles_counting_imports_inside_functions() -> None:
    cycles = _cycles(import_graph())
    assert not cycles, f"import cycles: {cycles}"


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], expected: list) -> None:
    assert _cycles(graph) == expected


def test_the_checks_see_the_whole_package() -> None:
    # guards the checks above against passing because they read nothing
    assert {"pressnlp", "pressnlp.cli", "pressnlp.pipeline"} <= set(MODULES)
    graph = import_graph()
    assert "pressnlp.resources" in graph["pressnlp.pipeline"]
