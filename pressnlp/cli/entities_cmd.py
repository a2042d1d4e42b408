"""``pressnlp entities FILE... | -``: print the entities of texts with their normalised values.

Each input is cleaned first (``--no-clean`` for text that is already an article body). One
line per entity (``label<TAB>start-end<TAB>text<TAB>key``) or, with ``--json``, one JSON
object per input: ``{"input": ..., "pub_date": ..., "entities": [Entity.to_dict(), ...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from pressnlp.entities import extract_entities
from pressnlp.errors import UsageError

HELP = "Find PERSON, ORG, LOC and DATE entities with their normalised values."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="press-release (text or HTML)")
    parser.add_argument("--json", action="store_true", help="one JSON object per input")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        default=None,
        help="publication date, used to complete dates without a year ('Jumat (14/7)')",
    )
    add_clean_flags(parser)


def validate(args: argparse.Namespace) -> None:
    validate_inputs(args.inputs)
    if args.date is not None:
        try:
            args.pub_date = dt.date.fromisoformat(args.date)
        except ValueError as err:
            raise UsageError(f"--date must be YYYY-MM-DD, got {args.date!r}") from err
    else:
        args.pub_date = None


def run(args: argparse.Namespace) -> int:
    pub_date = getattr(args, "pub_date", None)
    for name, content in read_inputs(args.inputs, binary=args.clean):
        text, date = content, pub_date
        if args.clean:
            article = clean(content)  # bytes: clean() decodes and repairs mojibake
            text, date = article.body, pub_date or article.date
        assert isinstance(text, str)
        ents = extract_entities(text, pub_date=date)
        if args.json:
            print_json({INPUT_KEY: name, "pub_date": date, "entities": [e.to_dict() for e in ents]})
            continue
        if len(args.inputs) > 1:
            sys.stdout.write(f"# {name}\n")
        for e in ents:
            flat = " ".join(e.text.split())
            sys.stdout.write(f"{e.label}\t{e.start}-{e.end}\t{flat}\t{e.key or ''}\n")
    return 0
