"""Build ``pressnlp/data/name_pairs.tsv.gz``: word pairs news writes as part of a name.

In a Title Case headline every word is capitalised, so the stemmer needs other evidence
that ``Sekolah Rakyat`` or ``Asta Cita`` are names while ``Dorong Pembangunan`` is not.
Running news gives it: inside a sentence (not at its start, not in a Title Case line) a
name's words stay capitalised (``membangun Sekolah Rakyat``), ordinary words do not. A pair counts as a name where it follows a lower-case word after
a space (so it starts the name, mid-sentence): ``Pemberantasan Korupsi`` inside ``Komisi
Pemberantasan Korupsi`` is no name of its own.

The table keeps pairs of ordinary words (each written lower case at least ``--min-lower``
times and at least as often as capitalised after a lower-case word: pairs with a name in
them need no table) that running text writes capitalised
inside a sentence at least ``--min-count`` times and at least ``--ratio`` times as often
as in lower case. Columns: ``first``, ``second`` (lower case), ``capitalised``, ``lower``.

Sources (read from the shared corpora, never copied): the ``text`` of
``topics/*/articles.jsonl`` **except** ``gov-ministry-news-2025``, and no ``press/`` text:
the headline gold set takes its titles from those two, and their bodies must not teach the
stemmer the names of its own test titles. Computed without the Sastrawi dictionary.

Usage::

    python scripts/build_name_pairs.py [--data DIR] [--min-count 5] [--ratio 2] [--min-lower 3]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

from pressnlp.resources import shared_data_dir
from pressnlp.stemming.headlines import headline_segments

# gold sources: their bodies stay out (see the module docstring)
_EXCLUDED = frozenset(("gov-ministry-news-2025",))
_WORD = re.compile(r"[A-Za-z]+")
_GAP = re.compile(r"\A[ ]+\Z")  # two words of one name: only spaces between them

OUT = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "name_pairs.tsv.gz"


def _texts(data: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted((data / "topics").glob("*/articles.jsonl")):
        if path.parent.name in _EXCLUDED:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                value = json.loads(line).get("text")
                if isinstance(value, str) and value:
                    texts.append(value)
    return texts


def _running(text: str) -> str:
    """``text`` with its Title Case / ALL CAPS lines blanked (same length)."""
    chars = list(text)
    for a, b in headline_segments(text):
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def count(
    texts: list[str],
) -> tuple[dict[tuple[str, str], list[int]], dict[str, list[int]]]:
    """Pair counts and word counts, each ``[capitalised after a lower-case word, lower case]``."""
    pairs: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    words: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for raw in texts:
        text = _running(raw)
        prev: re.Match[str] | None = None
        before: re.Match[str] | None = None  # the word before ``prev``
        for m in _WORD.finditer(text):
            tok = m.group()
            if tok.islower():
                words[tok][1] += 1
            elif (
                _title(tok)
                and prev is not None
                and prev.group().islower()
                and _GAP.match(text[prev.end() : m.start()])
            ):
                words[tok.lower()][0] += 1
            if prev is not None and _GAP.match(text[prev.end() : m.start()]):
                a, b = prev.group(), tok
                if a.islower() and b.islower():
                    pairs[(a, b)][1] += 1
                elif (
                    _title(a)
                    and _title(b)
                    and before is not None
                    and before.group().islower()
                    and _GAP.match(text[before.end() : prev.start()])
                ):
                    # "membangun Sekolah Rakyat": a name starts after a lower-case word;
                    # "Komisi Pemberantasan Korupsi" does not count "Pemberantasan Korupsi"
                    pairs[(a.lower(), b.lower())][0] += 1
            before, prev = prev, m
    return pairs, words


def _title(tok: str) -> bool:
    return len(tok) > 1 and tok[0].isupper() and tok[1:].islower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="shared corpora folder")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--min-lower", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = shared_data_dir(args.data)
    assert data is not None
    pairs, words = count(_texts(data))

    def ordinary(word: str) -> bool:  # mostly written lower case: no name by itself
        cap, low = words.get(word, (0, 0))
        return low >= max(args.min_lower, cap)

    rows = sorted(
        (
            (a, b, cap, low)
            for (a, b), (cap, low) in pairs.items()
            if cap >= args.min_count and cap >= args.ratio * low and ordinary(a) and ordinary(b)
        ),
        key=lambda r: (-r[2], r[0], r[1]),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip bytes reproducible
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(b"first\tsecond\tcapitalised\tlower\n")
        for a, b, cap, low in rows:
            fh.write(f"{a}\t{b}\t{cap}\t{low}\n".encode())
    print(f"wrote {len(rows)} pairs to {args.out}")


if __name__ == "__main__":
    main()
