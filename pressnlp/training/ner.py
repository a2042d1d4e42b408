"""Placeholder: being written (replace this whole file)."""

from __future__ import annotations

import argparse

HELP = "(not yet implemented)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("not yet implemented")
