"""Build ``pressnlp/data/stem_freq.tsv.gz``: word-form frequencies of Indonesian news.

The stemmer uses these counts to choose between competing root analyses
(``berikan`` = ``beri``+``kan`` or ``ber``+``ikan``?) and to tell names from words at the
start of a sentence (``Bekasi`` is capitalised in running text, ``Kerusakan`` is not).

The table holds plain corpus counts of lower-cased word forms only; it is computed
without the Sastrawi root-word dictionary (CC BY-NC-SA), so it is not a stem table.

Columns: ``word``, ``count`` (all occurrences), ``lower`` (occurrences written in lower
case), ``midcap`` (occurrences capitalised in the middle of a sentence).

Sources (read from the shared corpora, never copied): every ``text`` and ``title`` of
``topics/*/articles.jsonl`` and the plain-text releases of ``press/*/txt``.

Usage::

    python scripts/build_stem_freq.py [--data DIR] [--min-count 3]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

from pressnlp.resources import shared_data_dir

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# a word is sentence-initial when only spaces/quotes/brackets separate it from the
# start of the text or from sentence-final punctuation or a line break
_INITIAL_GAP = re.compile(r"(?:^|[.!?\n:])[\s\"'“”‘’(\[*•-]*$")

OUT = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "stem_freq.tsv.gz"


def _texts(data: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted((data / "topics").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                for key in ("title", "text"):
                    value = row.get(key)
                    if isinstance(value, str) and value:
                        texts.append(value)
    for path in sorted((data / "press").glob("*/txt/*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def count(texts: list[str]) -> dict[str, list[int]]:
    stats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for text in texts:
        prev_end = 0
        for m in _WORD.finditer(text):
            tok = m.group()
            entry = stats[tok.lower()]
            entry[0] += 1
            if tok.islower():
                entry[1] += 1
            elif tok[0].isupper() and not tok.isupper():
                gap = text[max(0, prev_end - 1) : m.start()] if prev_end else ""
                if prev_end and not _INITIAL_GAP.search(gap):
                    entry[2] += 1
            prev_end = m.end()
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="shared corpora folder")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = shared_data_dir(args.data)
    assert data is not None
    stats = count(_texts(data))
    rows = sorted(
        ((w, c) for w, c in stats.items() if c[0] >= args.min_count and len(w) <= 40),
        key=lambda item: (-item[1][0], item[0]),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip bytes reproducible
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        raw.write(b"word\tcount\tlower\tmidcap\n")
        for word, (total, lower, midcap) in rows:
            raw.write(f"{word}\t{total}\t{lower}\t{midcap}\n".encode())
    print(f"wrote {len(rows)} word forms to {args.out}")


if __name__ == "__main__":
    main()
