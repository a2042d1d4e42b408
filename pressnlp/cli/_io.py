"""Small input/output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pressnlp.cleaning import check_text, decode_bytes
from pressnlp.errors import BinaryInputError, UsageError

#: The JSON key naming the input (file name, or ``-``) in every command's ``--json`` output.
INPUT_KEY = "input"


def add_inputs(parser: Any, *, what: str = "text") -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help=f"{what} file(s) to read; '-' or nothing reads standard input",
    )


def add_clean_flags(parser: Any) -> None:
    """``--clean`` / ``--no-clean`` (``args.clean``, default on), the same for every command
    that reads press releases."""
    parser.add_argument(
        "--clean",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="clean each input first, as `pressnlp clean` does (default: on; offsets then "
        "refer to the article body); --no-clean for text that is already an article body",
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
    """Yield ``(name, content)`` for each input; ``-`` is standard input.

    Content is bytes with ``binary``, else text decoded as UTF-8 with a cp1252 fallback
    (:func:`pressnlp.cleaning.decode_bytes`). Binary data (an executable, an image) raises
    :class:`~pressnlp.errors.BinaryInputError` naming the input.
    """
    for path in paths or ["-"]:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        try:
            if binary:
                check_text(data)
                content: str | bytes = data
            else:
                content = decode_bytes(data)  # checks for binary data itself
        except BinaryInputError as err:
            raise BinaryInputError(f"{path}: {err}") from None
        yield path, content


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
