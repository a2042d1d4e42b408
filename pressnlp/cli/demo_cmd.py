"""``pressnlp demo``: tag the bundled sample archive and show what came out.

The samples (``pressnlp/data/samples/``) are the seed release scraped from Kemensetneg and
illustrative releases written for the project, as plain text and HTML pages.
"""

from __future__ import annotations

import argparse
import sys
from importlib.resources import as_file
from pathlib import Path

from pressnlp.analysis import analyze
from pressnlp.archive import read_rows
from pressnlp.batch import demo_summary, tag_archive
from pressnlp.errors import UsageError
from pressnlp.pipeline import default_pipeline
from pressnlp.resources import data_file

HELP = "Tag the bundled sample press releases into a Parquet file and print a summary."

SEED = "000_8bdf8b16649a04d4.txt"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        default="pressnlp-demo.parquet",
        metavar="DEST",
        help="where to write the tagged table (default: %(default)s in the current folder)",
    )
    parser.add_argument("--n-process", type=int, default=1, help="worker processes (default: 1)")


def validate(args: argparse.Namespace) -> None:
    if args.n_process < 1:
        raise UsageError("--n-process must be at least 1")
    if not Path(args.output).resolve().parent.is_dir():
        raise UsageError(f"output folder of {args.output} does not exist")


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    nlp = default_pipeline()  # one pipeline for the archive and the seed close-up
    with as_file(data_file("samples")) as samples:
        summary = tag_archive(
            samples, args.output, n_process=args.n_process, progress=False, nlp=nlp
        )
        seed = analyze((Path(samples) / SEED).read_bytes(), nlp=nlp)
    out.write(f"Tagged the bundled samples into {summary.dest} in {summary.seconds:.1f} s\n")
    out.write(f"{summary}\n\n")
    out.write(demo_summary(read_rows(args.output)) + "\n\n")

    article = seed.article
    out.write(f"Seed release ({SEED})\n")
    out.write(f"  title: {article.title}\n  date:  {article.date}\n")
    out.write(f"  meta:  {', '.join(f'{k}={v!r}' for k, v in sorted(article.meta.items()))}\n")
    if seed.topic is not None:
        top3 = sorted(seed.topic.scores.items(), key=lambda kv: -kv[1])[:3]
        shown = ", ".join(f"{label} {score:.2f}" for label, score in top3)
        out.write(f"  topic: {seed.topic.label} (top 3: {shown})\n")
    out.write("  entities:\n")
    for ent in seed.entities:
        value = f" -> {ent.key}" if ent.key not in (None, ent.text) else ""
        out.write(f"    {ent.label:<6} {ent.text}{value}\n")
    return 0 if summary.failed == 0 else 1
