"""Read entity outputs on real press releases: what normalises, what does not.

    python scripts/entity_report.py [--data DIR] [--limit N] [--show LABEL] [--dates]

Runs ``extract_entities`` on ``topics/gov-ministry-news-2025`` and ``press/`` texts and prints
per label: count, share with a value, and the most frequent unnormalised surface forms (the
list to read when closing the press-release gap). ``--dates`` prints every DATE with context
for a hand check of the date rules. Uses whatever ``pressnlp.load()`` loads (the shipped NER
model, or a blank pipeline with only the rule/gazetteer layer).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path


def _date(raw: object) -> dt.date | None:
    """Publication dates come as "Jumat, 3 Oktober 2025", "07/01/2025", "2019-03-21 ..."."""
    from pressnlp.dates import find_dates

    for m in find_dates(str(raw or "")):
        if m.kind == "day" and m.value:
            return dt.date.fromisoformat(m.value)
    return None


def texts(data: Path, limit: int | None) -> list[tuple[str, str, dt.date | None]]:
    out: list[tuple[str, str, dt.date | None]] = []
    gov = data / "topics" / "gov-ministry-news-2025" / "articles.jsonl"
    for line in gov.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.append((row["id"], row["text"], _date(row.get("date"))))
    for folder, field in (("bi-rdg", "date"), ("kemenhut-cms-2025", "created_at")):
        index = (
            data
            / "press"
            / folder
            / ("press_releases.jsonl" if folder == "bi-rdg" else "index.jsonl")
        )
        dates = {}
        for line in index.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            dates[row["doc_id"]] = _date(row.get(field))
        for path in sorted((data / "press" / folder / "txt").glob("*.txt")):
            out.append((path.name, path.read_text(encoding="utf-8"), dates.get(path.stem)))
    return out[:limit] if limit else out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", default=None, help="list unnormalised forms of this label")
    parser.add_argument("--dates", action="store_true", help="print DATE entities in context")
    parser.add_argument(
        "--model", default=None, help="a spaCy NER pipeline dir instead of the shipped one"
    )
    args = parser.parse_args(argv)
    from pressnlp.entities import extract_entities
    from pressnlp.pipeline import load
    from pressnlp.resources import shared_data_dir

    data = shared_data_dir(args.data)
    assert data is not None
    if args.model:
        import spacy

        import pressnlp.components.entities  # noqa: F401  (registers the factory)

        nlp = spacy.load(args.model)
        nlp.add_pipe("pressnlp_entities")
    else:
        nlp = load(exclude=("pressnlp_topics", "pressnlp_stemmer"))
    print(f"pipeline: {nlp.pipe_names}", file=sys.stderr)
    counts: collections.Counter[str] = collections.Counter()
    normed: collections.Counter[str] = collections.Counter()
    missing: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    n_chars = 0
    start = time.perf_counter()
    docs = texts(data, args.limit)
    for doc_id, text, date in docs:
        n_chars += len(text)
        for e in extract_entities(text, pub_date=date, nlp=nlp):
            counts[e.label] += 1
            ok = e.value is not None and not (isinstance(e.value, dict) and "candidates" in e.value)
            normed[e.label] += ok
            if not ok:
                missing[e.label][" ".join(e.text.split())] += 1
            if args.dates and e.label == "DATE":
                ctx = " ".join(text[max(0, e.start - 40) : e.end + 25].split())
                print(f"{doc_id}\t{e.text!r}\t{e.value}\t… {ctx} …")
    secs = time.perf_counter() - start
    print(f"{len(docs)} texts, {n_chars:,} chars, {secs:.1f}s")
    for label in sorted(counts):
        share = normed[label] / counts[label]
        print(f"{label:7s} {counts[label]:6d} entities, {share:6.1%} with a value")
    if args.show:
        for form, n in missing[args.show].most_common(60):
            print(f"  {n:4d}  {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
