"""The ``>>>`` examples in docstrings are documentation users copy: they are run here.

Every module of the package is collected (a new module's examples run without touching
this file), and every public function and class has to show at least one example that runs.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import pressnlp

# Modules whose examples load the spaCy pipeline or fit a model (a few seconds each).
SLOW = {
    "pressnlp.analysis",
    "pressnlp.dask",
    "pressnlp.entities",
    "pressnlp.topics",
    "pressnlp.topics.classify",
    "pressnlp.topics.model",
    "pressnlp.components.entities",
    "pressnlp.components.stemmer",
    "pressnlp.components.topics",
}
OPTIONAL = {"pressnlp.dask": "dask.dataframe"}  # module -> the extra's import it needs
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _modules() -> list[str]:
    names = ["pressnlp"]
    for info in pkgutil.walk_packages(pressnlp.__path__, "pressnlp."):
        if not info.name.endswith("__main__"):  # running it is running the CLI
            names.append(info.name)
    return sorted(names)


def _params() -> list[Any]:
    return [
        pytest.param(name, marks=[pytest.mark.slow] if name in SLOW else [], id=name)
        for name in _modules()
    ]


@pytest.mark.parametrize("name", _params())
def test_docstring_examples(name: str) -> None:
    if name in OPTIONAL:
        pytest.importorskip(OPTIONAL[name])
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, report=True, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def _public() -> dict[str, Callable[..., Any]]:
    """The public API: ``pressnlp.__all__`` plus the model and Dask entry points."""
    import pressnlp.topics

    found: dict[str, Callable[..., Any]] = {
        f"pressnlp.{name}": getattr(pressnlp, name)
        for name in pressnlp.__all__
        if name != "__version__"
    }
    found["pressnlp.topics.train"] = pressnlp.topics.train
    found["pressnlp.topics.load"] = pressnlp.topics.load
    if importlib.util.find_spec("dask") is not None:
        from pressnlp.dask import tag_dask_frame

        found["pressnlp.dask.tag_dask_frame"] = tag_dask_frame
    return found


def _runnable_examples(obj: Callable[..., Any]) -> int:
    doc = inspect.getdoc(obj) or ""
    examples = doctest.DocTestParser().get_examples(doc)
    return sum(1 for ex in examples if not ex.options.get(doctest.SKIP))


# Defined in modules another change is still documenting; remove a name once its docstring
# has a runnable example (strict: an example that appears makes this list fail).
PENDING: set[str] = set()


@pytest.mark.parametrize(
    "qualname",
    [
        pytest.param(
            q,
            marks=[pytest.mark.xfail(strict=True, reason="example still to be written")]
            if q in PENDING
            else [],
            id=q,
        )
        for q in sorted(_public())
    ],
)
def test_public_function_has_a_runnable_example(qualname: str) -> None:
    obj = _public()[qualname]
    assert inspect.getdoc(obj), f"{qualname} has no docstring"
    assert _runnable_examples(obj) >= 1, (
        f"{qualname}: no '>>>' example that runs (only +SKIP or none)"
    )
