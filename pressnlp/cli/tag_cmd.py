"""``pressnlp tag SOURCE -o DEST``: tag a whole archive into a table (like ``spacy apply``).

Examples::

    pressnlp tag releases/ -o tagged.parquet
    pressnlp tag articles.jsonl -o tagged.jsonl     # its id, date, title fields are used
    pressnlp tag dump.jsonl -o tagged.jsonl --id-col url --date-col published
    cat articles.jsonl | pressnlp tag - -o tagged.csv
    pressnlp tag releases/ -o tagged.parquet --resume     # after Ctrl-C or kill -9
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
import warnings
from pathlib import Path

from pressnlp.archive import check_source, sink_format
from pressnlp.batch import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CHUNK_SIZE,
    DEFAULT_MAX_CHARS,
    DEFAULT_TIMEOUT,
    parts_dir,
    tag_archive,
)
from pressnlp.cli._io import add_html_flags
from pressnlp.errors import UsageError
from pressnlp.pipeline import COMPONENTS

HELP = "Tag an archive (folder, .jsonl, .csv, .parquet or - for JSONL on stdin) into a table."
EPILOG = """\
Output: one row per record (failed ones too, with their reason in `error`): `id`, every
other input column unchanged (one named like an output column, e.g. `title`, `date`,
`topic`, is kept as `<name>_input`, with a note), then the tagged columns.

Exit codes:
  0    every record was tagged
  1    some records failed (listed in DEST.errors.jsonl); 0 with --allow-failures
  2    usage or input/output error (bad option, missing or unreadable source, DEST exists,
       DEST locked by another run, disk full, ...): nothing is reported as done
  130  interrupted (Ctrl-C); rerun with --resume to continue
"""

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
        help="column / field with the record id (default: the source's `id` column if it has "
        "one, else the line or row number)",
    )
    parser.add_argument(
        "--no-auto-columns",
        dest="auto_columns",
        action="store_false",
        help="do not take the source's `id`, `date` and `title` columns for the options not "
        "given (they are then carried as id_input, date_input, title_input)",
    )
    _add_metadata_arguments(parser)
    add_html_flags(parser, what="record", default=".html/.htm files, detected otherwise")
    _add_run_arguments(parser)


def _add_metadata_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date-col",
        default=None,
        metavar="NAME",
        help="column / field with the publication date (ISO, 'Kamis, 19 September 2024', "
        "'09-03-2026', Unix time, ...): fills `date` when the text has none and completes "
        "dates without a year ('Selasa (17/6)'); default: the source's `date` column if any",
    )
    parser.add_argument(
        "--title-col",
        default=None,
        metavar="NAME",
        help="column / field with the title: fills `title` when the text has none (default: "
        "the source's `title` column if any)",
    )
    parser.add_argument(
        "--encoding",
        default=None,
        metavar="CODEC",
        help="encoding of the source's text (default: UTF-8, else cp1252, line by line; a "
        "line that cannot be decoded fails its record, naming the file and line)",
    )


def _add_run_arguments(parser: argparse.ArgumentParser) -> None:
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
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help="a longer record fails with 'text too long' (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout-per-record",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="a record whose cleaning or tagging takes longer fails with 'timeout'; the run "
        "goes on (default: %(default)s)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run from its last checkpoint (DEST.parts/)",
    )
    parser.add_argument(
        "--overwrite", action="store_true", help="replace DEST if it exists (never the source)"
    )
    parser.add_argument(
        "--allow-failures",
        action="store_true",
        help="exit 0 even when some records failed (they are still listed)",
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: only when stderr is a terminal)",
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="no progress bar"
    )
    progress.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no notes on stderr"
    )


def validate(args: argparse.Namespace) -> None:
    for name in ("n_process", "batch_size", "chunk_size", "max_chars"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1, got {value}")
    if not args.timeout_per_record > 0:
        raise UsageError(f"--timeout-per-record must be positive, got {args.timeout_per_record}")
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError as err:
            raise UsageError(f"unknown --encoding {args.encoding!r}") from err
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
    if args.source != "-" and out.exists() and os.path.samefile(args.source, out):
        raise UsageError(f"output {out} is the source itself; choose another file")
    if out.exists() and not args.overwrite:
        raise UsageError(f"output {out} exists; pass --overwrite to replace it")
    if args.source == "-" and sys.stdin.isatty():
        raise UsageError("SOURCE is - but standard input is a terminal; pipe JSONL into it")
    try:
        check_source(
            args.source,
            text_column=args.text_col,
            id_column=args.id_col,
            date_column=args.date_col,
            title_column=args.title_col,
        )
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
        with warnings.catch_warnings(record=True) as notes:
            warnings.simplefilter("always", UserWarning)
            summary = tag_archive(
                args.source,
                args.output,
                text_column=args.text_col,
                id_column=args.id_col,
                date_column=args.date_col,
                title_column=args.title_col,
                html=args.html,
                format=args.format,
                encoding=args.encoding,
                n_process=args.n_process,
                batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                chunk_size=args.chunk_size or DEFAULT_CHUNK_SIZE,
                progress=False if args.quiet else args.progress,
                resume=args.resume,
                overwrite=True,  # checked in validate(), before the lock
                max_chars=args.max_chars,
                timeout=args.timeout_per_record,
                exclude=getattr(args, "exclude_list", ()),
                topic_model=args.topic_model,
                auto_columns=args.auto_columns,
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
    if not args.quiet:
        for note in notes:
            print(f"pressnlp tag: note: {str(note.message).partition(': ')[2]}", file=sys.stderr)
        if found := _found_columns(args, summary.columns):
            print(f"pressnlp tag: note: used the source's {found} ({_AUTO_HINT})", file=sys.stderr)
        if summary.skipped:
            counts = ", ".join(f"{n} {why}" for why, n in sorted(summary.skipped.items()))
            print(f"skipped in the source folder: {counts}", file=sys.stderr)
        if summary.resumed:
            print(f"(resumed after {summary.resumed} records)", file=sys.stderr)
        if summary.errors is not None:
            print(f"failed records: {os.fspath(summary.errors)}", file=sys.stderr)
    return 1 if summary.failed and not args.allow_failures else 0


_AUTO_HINT = "--id-col/--date-col/--title-col choose others, --no-auto-columns none"


def _found_columns(args: argparse.Namespace, used: dict[str, str]) -> str:
    """The columns the run took on its own (none named on the command line), for a note."""
    given = {"id": args.id_col, "date": args.date_col, "title": args.title_col}
    found = [f"`{name}` as {role}" for role, name in used.items() if given.get(role) is None]
    return ", ".join(found)
