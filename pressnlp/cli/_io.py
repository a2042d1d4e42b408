"""Small input/output helpers shared by the subcommands."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pressnlp.errors import UsageError


def add_inputs(parser: Any, *, what: str = "text") -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help=f"{what} file(s) to read; '-' or nothing reads standard input",
    )


def add_html_flags(parser: Any, *, what: str = "input", default: str = "detect") -> None:
    """``--html`` / ``--no-html`` (``args.html`` is True, False, or None = detect)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--html",
        dest="html",
        action="store_const",
        const=True,
        default=None,
        help=f"treat every {what} as HTML (default: {default})",
    )
    group.add_argument(
        "--no-html",
        dest="html",
        action="store_const",
        const=False,
        help=f"treat every {what} as plain text (default: {default})",
    )


def validate_inputs(paths: Sequence[str]) -> None:
    for path in paths:
        if path != "-" and not Path(path).is_file():
            raise UsageError(f"no such file: {path}")


def read_inputs(paths: Sequence[str], *, binary: bool = False) -> Iterator[tuple[str, str | bytes]]:
    """Yield ``(name, content)`` for each input; ``-`` is standard input."""
    for path in paths or ["-"]:
        if path == "-":
            yield "-", (sys.stdin.buffer.read() if binary else sys.stdin.read())
        else:
            p = Path(path)
            yield (
                path,
                (p.read_bytes() if binary else p.read_text(encoding="utf-8", errors="replace")),
            )


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
