"""``pressnlp stem FILE...|-``: print stemmed text, or token records with ``--json``.

Plain output is each input with every word replaced by its stem (punctuation, numbers,
names and line breaks kept), as :func:`pressnlp.stem` returns it. ``--json`` prints one
JSON object per token: ``{"source", "token", "stem", "start", "end"}`` where
``start``/``end`` are character offsets into that input.

Examples::

    echo "Kerusakan jalan di Bekasi diperbaiki." | pressnlp stem
    pressnlp stem --json rilis.txt | head
"""

from __future__ import annotations

import argparse
import sys

from pressnlp.cli._io import add_inputs, print_json, read_inputs, validate_inputs
from pressnlp.stemming import stem, stem_tokens

HELP = "stem Indonesian text: print the stemmed text, or --json token/stem/offset records"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="UTF-8 text")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per token: source, token, stem, start, end",
    )


def validate(args: argparse.Namespace) -> None:
    validate_inputs(args.inputs)


def run(args: argparse.Namespace) -> int:
    paths = args.inputs or ["-"]
    for n, (name, text) in enumerate(read_inputs(paths)):
        assert isinstance(text, str)
        if args.json:
            for t in stem_tokens(text):
                print_json(
                    {
                        "source": name,
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
