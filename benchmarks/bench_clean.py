"""Throughput of ``pressnlp.clean`` on plain-text releases and on glued scraped releases.

* **plain**: the plain-text releases of ``<data>/press/*/txt`` and the
  ``topics/gov-ministry-news-2025`` texts (target: >= 300 releases/s; the glued detector runs
  on each of them and must cost next to nothing);
* **glued**: ``press/aitf-siaran-pers/releases.jsonl`` (re-segmentation included; the word
  list is loaded once before timing, its load time shown apart);
* **scaling**: ``"Nomor: 1" + "1" * n`` (issue 20), time per doubling (ratio ~2 is linear).

Run::

    python benchmarks/bench_clean.py [--data DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pressnlp.cleaning import clean
from pressnlp.resources import shared_data_dir


def _plain_texts(data: Path) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for folder in sorted((data / "press").iterdir())
        if (folder / "txt").is_dir()
        for p in sorted((folder / "txt").glob("*.txt"))
    ]
    with (data / "topics/gov-ministry-news-2025/articles.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def _glued_texts(data: Path) -> list[str]:
    with (data / "press/aitf-siaran-pers/releases.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _rate(texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            clean(text)
        best = min(best, time.perf_counter() - t)
    return len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = shared_data_dir(args.data)
    assert data is not None
    plain, glued = _plain_texts(data), _glued_texts(data)
    t = time.perf_counter()
    clean(glued[0])  # loads the word list (PySastrawi dictionary + corpus frequencies)
    print(f"word list load + first glued release: {time.perf_counter() - t:.2f} s")
    print(f"plain: {len(plain)} releases, {_rate(plain, args.repeat):.0f} releases/s")
    print(f"glued: {len(glued)} releases, {_rate(glued, args.repeat):.0f} releases/s")
    previous = None
    for n in (8_000, 16_000, 32_000, 64_000):
        t = time.perf_counter()
        clean("Nomor: 1" + "1" * n)
        took = time.perf_counter() - t
        ratio = f"  x{took / previous:.1f}" if previous else ""
        print(f"scaling 'Nomor: 1' + '1' * {n}: {took * 1000:.1f} ms{ratio}")
        previous = took


if __name__ == "__main__":
    main()
