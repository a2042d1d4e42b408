"""``pressnlp tag SOURCE -o DEST``: tag a whole archive into a table (like ``spacy apply``).

Examples::

    pressnlp tag releases/ -o tagged.parquet
    pressnlp tag articles.jsonl -o tagged.jsonl --text-col text --id-col id --n-process 2
    cat articles.jsonl | pressnlp tag - -o tagged.csv
    pressnlp tag releases/ -o tagged.parquet --resume     # after Ctrl-C or kill -9
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pressnlp.archive import check_source, sink_format
from pressnlp.batch import DEFAULT_BATCH_SIZE, DEFAULT_CHUNK_SIZE, parts_dir, tag_archive
from pressnlp.cli._io import add_html_flags
from pressnlp.errors import UsageError
from pressnlp.pipeline import COMPONENTS

HELP = "Tag an archive (folder, .jsonl, .csv, .parquet or - for JSONL on stdin) into a table."

_FORMATS = ("parquet", "jsonl", "csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        metavar="SOURCE",
        help="folder of .txt/.html/.htm files (searched recursively), a .jsonl, .csv or "
        ".parquet file, or - for JSONL on standard input",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="output file: .parquet (default), .jsonl or .csv; failed records are also "
        "listed in DEST.errors.jsonl",
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
        default=None,
        help="output format (default: from the DEST suffix, else parquet)",
    )
    parser.add_argument(
        "--text-col",
        default="text",
        metavar="NAME",
        help="column / field with the raw text or HTML (default: text)",
    )
    parser.add_argument(
        "--id-col",
        default=None,
        metavar="NAME",
        help="column / field with the record id (default: line or row number)",
    )
    add_html_flags(parser, what="record", default=".html/.htm files, detected otherwise")
    parser.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="N",
        help="documents per nlp.pipe batch (default: 64)",
    )
    parser.add_argument(
        "--chunk-size",
        type=int,
        default=None,
        metavar="N",
        help="records per checkpoint and Parquet row group (default: 1000)",
    )
    parser.add_argument(
        "--exclude",
        default="",
        metavar="NAMES",
        help="comma-separated pipeline components to leave out, e.g. pressnlp_stemmer",
    )
    parser.add_argument(
        "--topic-model", default=None, metavar="DIR", help="topic model folder (default: shipped)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run from its last checkpoint (DEST.parts/)",
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: only when stderr is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")


def validate(args: argparse.Namespace) -> None:
    for name in ("n_process", "batch_size", "chunk_size"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1, got {value}")
    try:
        sink_format(args.output, args.format)
    except ValueError as err:
        raise UsageError(str(err)) from err
    out = Path(args.output)
    if out.is_dir():
        raise UsageError(
            f"output {out} is a folder; give a file name such as {out / 'tagged.parquet'}"
        )
    if not out.parent.is_dir():
        raise UsageError(f"output folder {out.parent} does not exist")
    if args.source == "-" and sys.stdin.isatty():
        raise UsageError("SOURCE is - but standard input is a terminal; pipe JSONL into it")
    try:
        check_source(args.source, text_column=args.text_col, id_column=args.id_col)
    except FileNotFoundError as err:
        raise UsageError(str(err)) from err
    except ValueError as err:
        raise UsageError(str(err)) from err
    args.exclude_list = [name.strip() for name in args.exclude.split(",") if name.strip()]
    unknown = sorted(set(args.exclude_list) - set(COMPONENTS))
    if unknown:
        raise UsageError(f"unknown component(s) {unknown} in --exclude; choose from {COMPONENTS}")


def run(args: argparse.Namespace) -> int:
    try:
        summary = tag_archive(
            args.source,
            args.output,
            text_column=args.text_col,
            id_column=args.id_col,
            html=args.html,
            format=args.format,
            n_process=args.n_process,
            batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
            chunk_size=args.chunk_size or DEFAULT_CHUNK_SIZE,
            progress=args.progress,
            resume=args.resume,
            exclude=getattr(args, "exclude_list", ()),
            topic_model=args.topic_model,
        )
    except KeyboardInterrupt:
        if parts_dir(args.output).is_dir():
            print(
                f"pressnlp tag: interrupted; finished chunks are kept in {parts_dir(args.output)}, "
                "rerun with --resume to continue",
                file=sys.stderr,
            )
        return 130
    print(summary)
    if summary.resumed:
        print(f"(resumed after {summary.resumed} records)", file=sys.stderr)
    if summary.errors is not None:
        print(f"failed records: {os.fspath(summary.errors)}", file=sys.stderr)
    return 0
