"""``pressnlp evaluate {stem,ner,topics,clean}``: reproducible accuracy figures."""

from __future__ import annotations

import argparse

from pressnlp.cli._targets import add_targets, run, validate

__all__ = ["HELP", "add_arguments", "run", "validate"]

HELP = "Evaluate a stage on the shared corpora and print its scores."

TARGETS = {
    "stem": "pressnlp.evaluation.stem",
    "ner": "pressnlp.evaluation.ner",
    "topics": "pressnlp.evaluation.topics",
    "clean": "pressnlp.evaluation.clean",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_targets(parser, TARGETS)
