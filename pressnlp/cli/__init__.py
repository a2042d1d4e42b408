"""The ``pressnlp`` command line, shaped like spaCy's: parse, validate, run.

Each subcommand lives in its own module exposing ``HELP`` (one sentence, shown by
``--help`` above the options and followed by the command's example from :data:`EXAMPLES`),
``add_arguments(parser)``, optionally ``EPILOG`` (more text under the options),
``validate(args)`` (raise :class:`UsageError` on bad
arguments) and ``run(args) -> int``. Modules keep heavy imports inside ``run`` so ``--help``
is fast.

Exit codes, the same for every command: 0 success; 1 some records / inputs failed (``tag``,
``demo``); 2 usage or input/output error, printed as one line ``pressnlp CMD: error: ...``;
130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

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

#: One example per command, shown at the end of its ``--help``.
EXAMPLES: dict[str, str] = {
    "demo": "pressnlp demo -o samples.parquet",
    "clean": "pressnlp clean --json rilis.html",
    "stem": "pressnlp stem --json rilis.txt",
    "entities": "pressnlp entities --json rilis.txt",
    "topic": "pressnlp topic rilis/*.txt",
    "tag": "pressnlp tag releases.jsonl -o tagged.parquet --id-col url --date-col published",
    "evaluate": "pressnlp evaluate ner",
    "train": "pressnlp train topics --help",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressnlp", description="NLP for Indonesian press releases (siaran pers)."
    )
    parser.add_argument("--version", action="version", version=f"pressnlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=epilog(name, module),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def epilog(name: str, module: Any) -> str:
    """The text under a command's ``--help``: its ``EPILOG`` if any, then its example."""
    extra = getattr(module, "EPILOG", "")
    return (
        f"{extra}\nExample:\n  {EXAMPLES[name]}\n" if extra else f"Example:\n  {EXAMPLES[name]}\n"
    )


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    if isinstance(err, OSError) and err.filename and str(err.filename) not in text:
        text = f"{err.filename}: {text}"
    return text or type(err).__name__


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
    except BrokenPipeError:  # e.g. `pressnlp stem big.txt | head`
        return 0
    except (OSError, ValueError, TypeError, LookupError) as err:
        # I/O failures (unreadable source, full disk, locked or existing output, a corrupt
        # Parquet file: pyarrow's errors are OSError / ValueError) and bad input values.
        print(f"pressnlp {args.command}: error: {_one_line(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"pressnlp {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
