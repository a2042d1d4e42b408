"""Throughput of topic classification with the shipped model.

Classifies (with the shipped model's compiled runtime, as :func:`pressnlp.classify_topic`
does; until 2026-12-07 ``classify_many`` timed the estimator) real press releases / news bodies (``gov-ministry-news-2025`` and the ``press/``
texts, repeated up to ``--texts``; the bundled seed sample when the data is absent) and prints
texts/s for

* ``classify_many``: one vectorisation per batch (what the spaCy component's ``pipe`` does);
* ``classify_topic``: one call per text;
* ``no-stem``: ``classify_many`` with stemming switched off, to show what stemming costs;
* ``cold``: ``classify_many`` after clearing the stemmer's token cache;
* ``titles``: ``classify_many`` on the texts' titles (headlines, labelled by the model's
  headline head), and ``titles, no head`` with the head switched off, to show what it costs.

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


def load_titles(texts: list[str]) -> list[str]:
    """The first line of each text of up to 20 words (a headline, or the cleaner's body start)."""
    lines = [t.strip().split("\n", 1)[0] for t in texts]
    return [" ".join(line.split()[:20]).rstrip(".") for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="shared data folder (default: ../shared/data)")
    parser.add_argument("--texts", type=int, default=1000)
    args = parser.parse_args()

    from pressnlp.resources import shared_data_dir
    from pressnlp.topics import classify_topic, default_classifier

    texts = load_texts(shared_data_dir(args.data, required=False), args.texts)
    chars = sum(map(len, texts))
    model = default_classifier()  # what classify_topic scores with: the compiled runtime
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
    texts = load_titles(texts)
    head = getattr(model, "_headline_coef_t", None)
    if head is None:
        print("the model has no headline head")
        return
    titles = timed("titles", lambda: model.classify_many(texts))
    model._headline_coef_t = None  # the runtime without its head: the full-text SVM only
    try:
        plain = timed("titles, no head", lambda: model.classify_many(texts))
    finally:
        model._headline_coef_t = head
    print(f"ratio: titles with/without the head {titles / plain:.2f}x")


if __name__ == "__main__":
    main()
