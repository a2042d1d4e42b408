"""Commands with targets (``pressnlp evaluate ner``, ``pressnlp train topics``)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Mapping


def add_targets(parser: argparse.ArgumentParser, targets: Mapping[str, str]) -> None:
    """One sub-parser per target; each target module brings its own arguments."""
    sub = parser.add_subparsers(dest="target", metavar="TARGET", required=True)
    for name, module_name in targets.items():
        module = importlib.import_module(module_name)
        target = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(target)
        target.set_defaults(_target=module)


def validate(args: argparse.Namespace) -> None:
    if hasattr(args._target, "validate"):
        args._target.validate(args)


def run(args: argparse.Namespace) -> int:
    return int(args._target.run(args) or 0)
