"""``pressnlp topic FILE...|-``: policy-domain topic of press releases.

Each input (raw text or HTML) is cleaned with :func:`pressnlp.clean` first (``--no-clean``
for text that is already an article body); one line per
input: ``FILE<TAB>label<TAB>score<TAB>top-3``, or with ``--json`` one JSON object per line.
Neutral results (empty, too short or non-Indonesian text) print ``-`` as label.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pressnlp.cleaning import clean
from pressnlp.cli._io import (
    INPUT_KEY,
    add_clean_flags,
    add_inputs,
    print_json,
    read_inputs,
    validate_inputs,
)
from pressnlp.errors import UsageError

HELP = "Classify the policy-domain topic of press releases (files or stdin)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser, what="press-release (text or HTML)")
    parser.add_argument("--json", action="store_true", help="one JSON object per input")
    parser.add_argument(
        "--model", metavar="DIR", help="topic model folder (default: the shipped one)"
    )
    parser.add_argument(
        "--top", type=int, default=3, metavar="N", help="alternatives to show (default 3)"
    )
    add_clean_flags(parser)


def validate(args: argparse.Namespace) -> None:
    validate_inputs(args.inputs)
    if args.model is not None and not Path(args.model).is_dir():
        raise UsageError(f"--model {args.model}: no such folder")
    if args.top < 0:
        raise UsageError("--top must be >= 0")


def run(args: argparse.Namespace) -> int:
    # imported here: the scoring side needs numpy, which `pressnlp --help` does not
    from pressnlp.topics.classify import default_classifier, load_classifier

    model = load_classifier(args.model) if args.model else default_classifier()
    names: list[str] = []
    bodies: list[str] = []
    for name, content in read_inputs(args.inputs, binary=args.clean):
        names.append(name)
        body = clean(content).body if args.clean else content
        assert isinstance(body, str)
        bodies.append(body)
    for name, topic in zip(names, model.classify_many(bodies), strict=True):
        if args.json:
            print_json({INPUT_KEY: name, **topic.to_dict()})
        else:
            top = ", ".join(f"{lab} {s:.2f}" for lab, s in topic.top(args.top))
            score = f"{topic.score:.3f}"
            print(f"{name}\t{topic.label or '-'}\t{score}\t{top}")
    return 0
