"""``pressnlp stem FILE...|-``: print stemmed text, or token records with ``--json``.

Each input is cleaned first (``--no-clean`` for text that is already an article body).
Plain output is each text with every word replaced by its stem (punctuation, numbers,
names and line breaks kept), as :func:`pressnlp.stem` returns it. ``--json`` prints one
JSON object per token: ``{"input", "token", "stem", "start", "end"}`` where
``start``/``end`` are character offsets into the (cleaned) text.

Examples::

    echo "Kerusakan jalan di Bekasi diperbaiki." | pressnlp stem --no-clean
    pressnlp stem --json rilis.txt | head
"""

from __future__ import annotations

import argparse
import sys

from pressnlp.cleaning import clean
from pressnlp.cli._io import (
    INPUT_KEY,
    add_clean_flags,
    add_inputs,
    print_json,
    read_inputs,
    validate_inputs,
)
from pressnlp.stemming import stem, stem_tokens

HELP = "Stem Indonesian text and print it (--json: token, stem and offsets per word)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="press-release (text or HTML)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per token: input, token, stem, start, end",
    )
    add_clean_flags(parser)


def validate(args: argparse.Namespace) -> None:
    validate_inputs(args.inputs)


def run(args: argparse.Namespace) -> int:
    paths = args.inputs or ["-"]
    for n, (name, content) in enumerate(read_inputs(paths, binary=args.clean)):
        text = clean(content).body if args.clean else content
        assert isinstance(text, str)
        if args.json:
            for t in stem_tokens(text):
                print_json(
                    {
                        INPUT_KEY: name,
                        "token": t.token,
                        "stem": t.stem,
                        "start": t.start,
                        "end": t.end,
                    }
                )
            continue
        if n and len(paths) > 1:
            sys.stdout.write("\n")
        if len(paths) > 1:
            sys.stdout.write(f"==> {name} <==\n")
        out = stem(text)
        sys.stdout.write(out if out.endswith("\n") or not out else out + "\n")
    sys.stdout.flush()
    return 0
