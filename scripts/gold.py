"""Check or rebuild the gold sets in ``pressnlp/data/gold/`` from the shared corpora.

    python scripts/gold.py check                 # every set: hashes and offsets
    python scripts/gold.py check press_ner       # one set
    python scripts/gold.py rebuild press_ner out.jsonl   # full records, texts included

The gold files hold offsets, labels, source ids and text hashes, never the texts (they stay
in ``--data``, default ``$PRESSNLP_DATA`` or ``../shared/data``); ``rebuild`` writes full
records with the texts to a file of your choice outside the repository. Each set has a
``<name>.md`` next to it saying how it was made.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from pressnlp.evaluation.sources import check_gold, load_gold
from pressnlp.resources import shared_data_dir

GOLD = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "gold"


def _sets(names: list[str]) -> list[Path]:
    if not names:
        return sorted(GOLD.glob("*.jsonl"))
    return [GOLD / f"{name}.jsonl" for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "rebuild"])
    parser.add_argument("names", nargs="*", help="gold set names (default: all); rebuild: NAME OUT")
    parser.add_argument("--data", type=Path, default=None, help="shared data folder")
    args = parser.parse_args(argv)
    data = shared_data_dir(args.data, required=False)
    if data is None:
        print("gold: shared data folder not found (use --data or $PRESSNLP_DATA)", file=sys.stderr)
        return 2
    if args.command == "rebuild":
        if len(args.names) != 2:
            parser.error("rebuild takes NAME OUT")
        docs = load_gold(GOLD / f"{args.names[0]}.jsonl", data)
        with Path(args.names[1]).open("w", encoding="utf-8") as fh:
            for doc in docs:
                rec = {"split": doc.split, **asdict(doc.source), **doc.annotation}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{len(docs)} documents written to {args.names[1]}")
        return 0
    status = 0
    for path in _sets(args.names):
        docs = load_gold(path, data)
        problems = check_gold(docs)
        splits = {s: sum(d.split == s for d in docs) for s in sorted({d.split for d in docs})}
        print(f"{path.stem}: {len(docs)} documents {splits}, {len(problems)} problems")
        for problem in problems:
            print(f"  {problem}")
        status = status or int(bool(problems))
    return status


if __name__ == "__main__":
    sys.exit(main())
