"""Throughput of topic classification with the shipped model.

Classifies real press releases / news bodies (``gov-ministry-news-2025`` and the ``press/``
texts, repeated up to ``--texts``; the bundled seed sample when the data is absent) and prints
texts/s for

* ``classify_many``: one vectorisation per batch (what the spaCy component's ``pipe`` does);
* ``classify_topic``: one call per text;
* ``no-stem``: ``classify_many`` with stemming switched off, to show what stemming costs;
* ``cold``: ``classify_many`` after clearing the stemmer's token cache.

    python benchmarks/bench_topics.py [--data DIR] [--texts N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def load_texts(data: Path | None, limit: int) -> list[str]:
    from pressnlp.cleaning import clean

    texts: list[str] = []
    if data is not None:
        path = data / "topics" / "gov-ministry-news-2025" / "articles.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
        texts += [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((data / "press").glob("*/txt/*.txt"))
        ]
    if not texts:
        samples = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "samples"
        texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    bodies = [clean(t).body for t in texts]
    return (bodies * (limit // len(bodies) + 1))[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="shared data folder (default: ../shared/data)")
    parser.add_argument("--texts", type=int, default=1000)
    args = parser.parse_args()

    from pressnlp.resources import shared_data_dir
    from pressnlp.topics import classify_topic, default_model

    texts = load_texts(shared_data_dir(args.data, required=False), args.texts)
    chars = sum(map(len, texts))
    model = default_model()
    print(f"{len(texts)} texts, mean {chars / len(texts):.0f} characters; model stem={model.stem}")

    def timed(name: str, fn: object) -> float:
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        dt = time.perf_counter() - t0
        print(f"{name:<16} {len(texts) / dt:8.1f} texts/s  ({dt:.1f} s)")
        return len(texts) / dt

    from pressnlp.stemming import clear_cache

    clear_cache()
    cold = timed("cold", lambda: model.classify_many(texts))
    batch = timed("classify_many", lambda: model.classify_many(texts))
    single = timed("classify_topic", lambda: [classify_topic(t) for t in texts])
    stem = model.stem
    model.stem = False
    try:
        nostem = timed("no-stem", lambda: model.classify_many(texts))
    finally:
        model.stem = stem
    print(
        f"ratios: batch/single {batch / single:.2f}x, warm/cold {batch / cold:.2f}x, "
        f"no-stem/stem {nostem / batch:.2f}x"
    )


if __name__ == "__main__":
    main()
