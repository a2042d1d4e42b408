"""Throughput of entity recognition: bare statistical NER vs the full entity pipeline.

Runs the same texts (real press releases from the shared data, or the bundled seed sample
repeated when the data is absent) through

* ``bare``: ``spacy.load(models/ner)`` (tokenizer + tok2vec + ner only);
* ``entities``: ``pressnlp.load(exclude=("pressnlp_topics", "pressnlp_stemmer"))``;
* ``full``: ``pressnlp.load(exclude=("pressnlp_topics",))`` (also stems every token),

and prints tokens/s and the ratio to bare (target: full >= 0.8x bare).

    python benchmarks/bench_ner.py [--data DIR] [--texts N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def load_texts(data: Path | None, limit: int) -> list[str]:
    texts: list[str] = []
    if data is not None:
        for file in sorted((data / "topics" / "gov-ministry-news-2025").glob("*.jsonl")):
            with open(file, encoding="utf-8") as fh:
                texts += [t for t in (json.loads(line).get("text") for line in fh) if t]
        for file in sorted((data / "press").glob("*/txt/*.txt")):
            texts.append(file.read_text(encoding="utf-8", errors="replace"))
    if not texts:
        seed = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "samples" / "000_8bdf8b16649a04d4.txt"
        texts = [seed.read_text(encoding="utf-8")] * 50
    return texts[:limit]


def throughput(nlp, texts: list[str], repeat: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    list(nlp.pipe(texts[:5]))  # warm-up: lazy resources, caches
    best = float("inf")
    n_tokens = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        best = min(best, time.perf_counter() - t0)
    return n_tokens / best, n_tokens


def main() -> None:
    import spacy

    import pressnlp
    from pressnlp.resources import model_path, shared_data_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="shared corpora folder")
    parser.add_argument("--texts", type=int, default=200, help="number of texts (default 200)")
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions, best kept (default 3)")
    args = parser.parse_args()
    data = shared_data_dir(args.data, required=False) if args.data is None else shared_data_dir(args.data)
    texts = load_texts(data, args.texts)
    print(f"{len(texts)} texts, {sum(map(len, texts)) / 1e6:.2f} M chars; source: {'shared data' if data else 'seed sample'}")

    pipelines = {
        "bare": spacy.load(model_path("ner")),
        "entities": pressnlp.load(exclude=("pressnlp_topics", "pressnlp_stemmer")),
        "full": pressnlp.load(exclude=("pressnlp_topics",)),
    }
    results = {}
    for name, nlp in pipelines.items():
        tps, n_tok = throughput(nlp, texts, args.repeat)
        results[name] = tps
        print(f"{name:<9} {tps:10,.0f} tokens/s   ({n_tok:,} tokens; pipes: {', '.join(nlp.pipe_names)})")
    for name in ("entities", "full"):
        print(f"{name} / bare = {results[name] / results['bare']:.2f}x")
    print("target: full >= 0.80x bare")


if __name__ == "__main__":
    main()
