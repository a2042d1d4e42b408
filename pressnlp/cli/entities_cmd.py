"""``pressnlp entities FILE... | -``: print the entities of texts with their normalised values.

One line per entity (``label<TAB>start-end<TAB>text<TAB>key``) or, with ``--json``, one JSON
object per input: ``{"input": ..., "entities": [Entity.to_dict(), ...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from pressnlp.cleaning import clean
from pressnlp.cli._io import add_inputs, print_json, read_inputs, validate_inputs
from pressnlp.entities import extract_entities
from pressnlp.errors import UsageError

HELP = "find PERSON / ORG / LOC / DATE entities with normalised values"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="text (or with --clean: raw text/HTML)")
    parser.add_argument("--json", action="store_true", help="one JSON object per input")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        default=None,
        help="publication date, used to complete dates without a year ('Jumat (14/7)')",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="clean the input first (pressnlp clean); offsets then refer to the article body "
        "and the article's own date is used unless --date is given",
    )


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
    for name, content in read_inputs(args.inputs):
        assert isinstance(content, str)
        text, date = content, pub_date
        if args.clean:
            article = clean(content)
            text, date = article.body, pub_date or article.date
        ents = extract_entities(text, pub_date=date)
        if args.json:
            print_json({"input": name, "pub_date": date, "entities": [e.to_dict() for e in ents]})
            continue
        if len(args.inputs) > 1:
            sys.stdout.write(f"# {name}\n")
        for e in ents:
            flat = " ".join(e.text.split())
            sys.stdout.write(f"{e.label}\t{e.start}-{e.end}\t{flat}\t{e.key or ''}\n")
    return 0
