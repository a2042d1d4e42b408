"""Snapshot ``pressnlp.analyze()`` on 1,000 shared releases, or compare two snapshots.

A refactoring must not change what users get. Take a snapshot before the change and one
after, then compare them; the JSON of every release must be byte-identical.

    python scripts/compare_analyze.py snapshot before.jsonl        # at the old revision
    python scripts/compare_analyze.py snapshot after.jsonl         # at the new one
    python scripts/compare_analyze.py compare before.jsonl after.jsonl

The set is fixed and ordered: the 494 glued ``press/aitf-siaran-pers`` releases, every
``press/*`` text and HTML file, the ``topics/gov-ministry-news-2025`` releases, then
``topics/indonews-sections-2025`` news until there are ``--n`` texts. The corpora are read
from ``--data`` (default ``$PRESSNLP_DATA`` or ``../shared/data``) and never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _all_releases(data: Path) -> Iterator[tuple[str, bytes]]:
    for rec in _jsonl(data / "press/aitf-siaran-pers/releases.jsonl"):
        yield rec["id"], rec["text"].encode("utf-8")
    for folder in sorted((data / "press").iterdir()):
        for sub in ("txt", "html"):
            for f in sorted((folder / sub).glob("*")) if (folder / sub).is_dir() else []:
                yield f"{folder.name}/{sub}/{f.name}", f.read_bytes()
    for name in ("gov-ministry-news-2025", "indonews-sections-2025"):
        for rec in _jsonl(data / "topics" / name / "articles.jsonl"):
            yield rec["id"], rec["text"].encode("utf-8")


def releases(data: Path, n: int) -> Iterator[tuple[str, bytes]]:
    """Yield ``(source id, raw bytes)`` for the first ``n`` texts of the fixed set."""
    return itertools.islice(_all_releases(data), n)


def snapshot(out: Path, data: Path, n: int) -> None:
    import pressnlp

    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for source_id, raw in releases(data, n):
            result = pressnlp.analyze(raw).to_dict()
            fh.write(
                json.dumps(
                    {
                        "id": source_id,
                        "sha256": hashlib.sha256(raw).hexdigest(),
                        "analysis": result,
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                    default=str,
                )
                + "\n"
            )
            written += 1
    print(f"{written} releases written to {out}")


def compare(before: Path, after: Path) -> int:
    old = {r["id"]: r for r in _jsonl(before)}
    new = {r["id"]: r for r in _jsonl(after)}
    if old.keys() != new.keys():
        print(f"different release sets: {len(old)} vs {len(new)}")
        return 1
    changed = [
        k for k in old if json.dumps(old[k], sort_keys=True) != json.dumps(new[k], sort_keys=True)
    ]
    for key in changed[:20]:
        a, b = old[key]["analysis"], new[key]["analysis"]
        fields = [f for f in a if a[f] != b.get(f)]
        print(f"{key}: differs in {', '.join(fields)}")
    print(f"{len(old) - len(changed)} of {len(old)} releases identical, {len(changed)} differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    snap = sub.add_parser("snapshot", help="write analyze() JSON of the fixed set")
    snap.add_argument("out", type=Path)
    snap.add_argument("--n", type=int, default=1000)
    snap.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("PRESSNLP_DATA", Path(__file__).parents[1] / "../shared/data")),
    )
    cmp = sub.add_parser("compare", help="compare two snapshots")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "snapshot":
        if not (args.data / "press").is_dir():
            parser.error(f"no shared corpora at {args.data} (use --data or $PRESSNLP_DATA)")
        snapshot(args.out, args.data, args.n)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
