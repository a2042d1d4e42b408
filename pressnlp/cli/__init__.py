"""The ``pressnlp`` command line, shaped like spaCy's: parse, validate, run.

Each subcommand lives in its own module exposing ``HELP``, ``add_arguments(parser)``,
optionally ``validate(args)`` (raise :class:`UsageError` on bad arguments) and
``run(args) -> int``. Modules keep heavy imports inside ``run`` so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from pressnlp._version import __version__
from pressnlp.errors import UsageError

COMMANDS: dict[str, str] = {
    "demo": "pressnlp.cli.demo_cmd",
    "clean": "pressnlp.cli.clean_cmd",
    "stem": "pressnlp.cli.stem_cmd",
    "entities": "pressnlp.cli.entities_cmd",
    "topic": "pressnlp.cli.topic_cmd",
    "tag": "pressnlp.cli.tag_cmd",
    "evaluate": "pressnlp.cli.evaluate_cmd",
    "train": "pressnlp.cli.train_cmd",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressnlp", description="NLP for Indonesian press releases (siaran pers)."
    )
    parser.add_argument("--version", action="version", version=f"pressnlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    module = args._module
    try:
        if hasattr(module, "validate"):
            module.validate(args)
        return int(module.run(args) or 0)
    except UsageError as err:
        print(f"pressnlp {args.command}: error: {err}", file=sys.stderr)
        return 2
    except (FileNotFoundError, IsADirectoryError, PermissionError, ValueError, TypeError) as err:
        print(f"pressnlp {args.command}: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"pressnlp {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `pressnlp stem big.txt | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
