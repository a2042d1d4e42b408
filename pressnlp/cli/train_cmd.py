"""``pressnlp train {ner,topics}``: rebuild a model from data."""

from __future__ import annotations

import argparse

from pressnlp.cli._targets import add_targets, run, validate

__all__ = ["HELP", "add_arguments", "run", "validate"]

HELP = "Train a model (the shipped ones or one on your own labels)."

TARGETS = {
    "ner": "pressnlp.training.ner",
    "topics": "pressnlp.training.topics",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_targets(parser, TARGETS)
