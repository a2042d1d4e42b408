"""``pressnlp clean FILE...|-``: print the cleaned body (or the full Article as JSON lines)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from pressnlp.cleaning import clean, split_removed
from pressnlp.cli._io import (
    INPUT_KEY,
    add_html_flags,
    add_inputs,
    print_json,
    read_inputs,
    validate_inputs,
)

HELP = "Clean raw press releases (text or HTML) and print the article body (--json: everything)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="raw press release (text or HTML)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per input: input, title, date, body, paragraphs, meta, removed",
    )
    parser.add_argument(
        "--stats",
        action="store_true",
        help="after the output, print to stderr how many snippets each named rule removed (audit an archive)",
    )
    add_html_flags(parser)


def validate(args: argparse.Namespace) -> None:
    validate_inputs(args.inputs)


def run(args: argparse.Namespace) -> int:
    paths = args.inputs or ["-"]
    counts: Counter[str] = Counter()
    n_inputs = 0
    for n, (name, raw) in enumerate(read_inputs(paths, binary=True)):
        # bytes in, so clean() can apply its UTF-8 / cp1252 fallback and mojibake repair
        article = clean(raw, html=args.html)
        n_inputs += 1
        counts.update(split_removed(entry)[0] for entry in article.removed)
        if args.json:
            print_json({INPUT_KEY: name, **article.to_dict()})
        else:
            if n and len(paths) > 1:
                sys.stdout.write("\n")
            if len(paths) > 1:
                sys.stdout.write(f"==> {name} <==\n")
            sys.stdout.write(article.body + "\n")
    if args.stats:
        sys.stderr.write(f"removed snippets by rule ({n_inputs} input(s)):\n")
        for rule, count in counts.most_common():
            sys.stderr.write(f"{count:8d}  {rule}\n")
    return 0
