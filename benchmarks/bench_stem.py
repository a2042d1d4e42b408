"""Throughput of ``pressnlp.stem`` vs Sastrawi's ``CachedStemmer`` on real news.

Builds a token stream (default 250,000 whitespace tokens) from the texts of
``<data>/topics/*/articles.jsonl`` and stems it twice with each system:

* **cold**: fresh caches (dictionary and resources already loaded, load time shown apart);
* **warm**: the same stream again, everything cached.

Two call patterns are measured on the same text:

* ``per-token`` – one call per token, ``stem(token)``: what feature pipelines do with
  pre-tokenised text (this is the headline figure; targets: warm >= 10x, cold >= 1.5x);
* ``per-document`` – one call per article, ``stem(text)``.

Run::

    python benchmarks/bench_stem.py [--data DIR] [--tokens 250000]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pressnlp.resources import shared_data_dir


def load_stream(data: Path, n_tokens: int) -> list[list[str]]:
    """Documents (as token lists) from the topics corpora until ``n_tokens`` are reached."""
    docs: list[list[str]] = []
    total = 0
    files = sorted((data / "topics").glob("*/articles.jsonl"))
    if not files:
        raise SystemExit(f"no topics/*/articles.jsonl under {data}")
    while total < n_tokens:
        for path in files:
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    text = json.loads(line).get("text") or ""
                    tokens = text.split()
                    if not tokens:
                        continue
                    docs.append(tokens[: n_tokens - total])
                    total += len(docs[-1])
                    if total >= n_tokens:
                        return docs
    return docs


def _time(fn: Callable[[str], str], items: Sequence[str]) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="shared corpora folder")
    parser.add_argument(
        "--tokens", type=int, default=250_000, help="tokens in the stream (>= 200k)"
    )
    args = parser.parse_args(argv)
    data = shared_data_dir(args.data)
    assert data is not None
    docs = load_stream(data, args.tokens)
    tokens = [t for d in docs for t in d]
    texts = [" ".join(d) for d in docs]
    n = len(tokens)
    print(f"stream: {n:,} tokens, {len(set(tokens)):,} distinct, {len(texts):,} documents")

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    import pressnlp
    from pressnlp import stemming

    t0 = time.perf_counter()
    stemming.get_stemmer()
    pressnlp_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    StemmerFactory().create_stemmer()
    sastrawi_load = time.perf_counter() - t0
    print(
        f"load: pressnlp {pressnlp_load:.2f}s, Sastrawi {sastrawi_load:.2f}s (not in the timings)"
    )

    results: dict[tuple[str, str], tuple[float, float]] = {}
    for mode, items in (("per-token", tokens), ("per-document", texts)):
        # Sastrawi: a fresh CachedStemmer(ArrayCache) per mode, so the first pass is cold
        sastrawi = StemmerFactory().create_stemmer()
        s_cold = _time(sastrawi.stem, items)
        s_warm = _time(sastrawi.stem, items)
        stemming.clear_cache()
        p_cold = _time(pressnlp.stem, items)
        p_warm = _time(pressnlp.stem, items)
        results[(mode, "cold")] = (n / p_cold, n / s_cold)
        results[(mode, "warm")] = (n / p_warm, n / s_warm)

    print(f"\n{'mode':<14}{'pass':<6}{'pressnlp tok/s':>16}{'Sastrawi tok/s':>16}{'ratio':>8}")
    for (mode, phase), (ours, theirs) in results.items():
        print(f"{mode:<14}{phase:<6}{ours:>16,.0f}{theirs:>16,.0f}{ours / theirs:>7.1f}x")
    warm = results[("per-token", "warm")]
    cold = results[("per-token", "cold")]
    ok = warm[0] / warm[1] >= 10 and cold[0] / cold[1] >= 1.5
    print(f"\ntargets (per-token): warm >= 10x, cold >= 1.5x: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
