"""``pressnlp evaluate stem``: token accuracy of pressnlp and of plain Sastrawi, side by side.

Sets (read from ``<data>/stem/``, see the ``SOURCE.md`` files there):

* ``unimorph`` – UniMorph Indonesian form → lemma pairs (``unimorph-ind/form_lemma.tsv``),
  stemmed with the full dictionary of the installed PySastrawi.
* ``sastrawi-functional`` – Sastrawi's own functional test cases
  (``sastrawi-tests/functional_pairs.tsv``) with its 127-word test dictionary, as in
  Sastrawi's test-suite.
* ``sastrawi-known-failures`` – the cases Sastrawi's test-suite comments out because it
  fails them (``functional_pairs_todo_commented_out.tsv``), same test dictionary.
* ``sastrawi-functional-real`` – the same functional cases stemmed with the **real**
  dictionary of the installed PySastrawi (read at run time, never shipped): the README's
  100 % only holds for the 127-word test dictionary.
* ``headlines`` – our own gold (``pressnlp/data/gold/headlines_stem.jsonl``, see its
  ``.md``): every token of 218 Title Case / ALL CAPS titles of shared releases, stem
  decided by reading; names kept as written. Scored per token on the whole title passed
  to ``stem_tokens`` (Sastrawi: its stem of the lower-cased token, names included, as
  PySastrawi users get). ``--split dev|test`` picks a split (default: both).
* ``headlines+body`` – the same gold, each title stemmed with its release's body as
  ``context`` (``stem_tokens(title, context=body)``): how the title is stemmed when the
  whole release is at hand (the pipeline, ``stem(title + "\n" + body)``), where the body's
  running text tells names from words.

A case is correct when the stem equals the expected string exactly. Both systems get each
word as a whole input (``stem(word)``); plain Sastrawi is
``Sastrawi.Stemmer.Stemmer.Stemmer`` over ``ArrayDictionary`` with the same words.

The command exits with status 1 when pressnlp scores below Sastrawi on any set, so CI
can use it as a gate.

>>> from pressnlp.evaluation.stem import evaluate
>>> scores = evaluate()                                        # doctest: +SKIP
>>> scores["sets"]["unimorph"]["pressnlp"] >= scores["sets"]["unimorph"]["sastrawi"]  # doctest: +SKIP
True
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pressnlp.errors import UsageError
from pressnlp.resources import shared_data_dir

HELP = "Stemming accuracy of pressnlp vs plain Sastrawi on the shared stem sets."

SETS: dict[str, tuple[str, str | None]] = {
    # name: (pairs file, test dictionary or None for the full PySastrawi dictionary)
    "unimorph": ("unimorph-ind/form_lemma.tsv", None),
    "sastrawi-functional": (
        "sastrawi-tests/functional_pairs.tsv",
        "sastrawi-tests/test_dictionary.txt",
    ),
    "sastrawi-known-failures": (
        "sastrawi-tests/functional_pairs_todo_commented_out.tsv",
        "sastrawi-tests/test_dictionary.txt",
    ),
    "sastrawi-functional-real": ("sastrawi-tests/functional_pairs.tsv", None),
}
HEADLINES = Path(__file__).resolve().parent.parent / "data" / "gold" / "headlines_stem.jsonl"


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return []
        return [(row[0], row[1]) for row in reader if len(row) >= 2 and row[0]]


def _read_words(path: Path) -> list[str]:
    return [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]


def _stemmers(dictionary: list[str] | None) -> tuple[Callable[[str], str], Callable[[str], str]]:
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer as SastrawiStemmer

    from pressnlp.stemming import Stemmer, get_stemmer, sastrawi_words

    if dictionary is None:
        ours = get_stemmer()
        theirs = SastrawiStemmer(ArrayDictionary(sastrawi_words()))
    else:
        ours = Stemmer(dictionary=dictionary)
        theirs = SastrawiStemmer(ArrayDictionary(dictionary))
    return ours.stem, theirs.stem


def evaluate_pairs(
    pairs: Sequence[tuple[str, str]], dictionary: list[str] | None = None
) -> dict[str, Any]:
    """Accuracy of both stemmers on ``(word, expected)`` pairs."""
    ours, theirs = _stemmers(dictionary)
    return _tally((word, expected, ours(word), theirs(word)) for word, expected in pairs)


def _tally(rows: Iterable[tuple[str, str, str, str]]) -> dict[str, Any]:
    """Scores from ``(word, expected, pressnlp's stem, Sastrawi's stem)`` rows."""
    n = ok_ours = ok_theirs = 0
    only_ours: list[tuple[str, str, str]] = []
    only_theirs: list[tuple[str, str, str]] = []
    for word, expected, a, b in rows:
        n += 1
        ok_ours += a == expected
        ok_theirs += b == expected
        if a == expected and b != expected:
            only_ours.append((word, expected, b))
        elif b == expected and a != expected:
            only_theirs.append((word, expected, a))
    return {
        "n": n,
        "pressnlp": ok_ours / n if n else 0.0,
        "sastrawi": ok_theirs / n if n else 0.0,
        "pressnlp_correct": ok_ours,
        "sastrawi_correct": ok_theirs,
        # (word, expected, what the other system said)
        "only_pressnlp": only_ours,
        "only_sastrawi": only_theirs,
    }


def headline_pairs(data: Path, *, split: str | None = None) -> list[tuple[str, str, str, str]]:
    """``(token, gold stem, headline, body)`` for every token of the headline gold set.

    Raises ``ValueError`` when a title changed since the gold was written.
    """
    from pressnlp.evaluation.sources import load_gold, text_hash

    out: list[tuple[str, str, str, str]] = []
    for doc in load_gold(HEADLINES, data, split=split):
        title = str(doc.source.fields.get(doc.annotation.get("field", "title")) or "")
        if text_hash(title) != doc.annotation["title_sha256"]:
            raise ValueError(f"{HEADLINES.name}: {doc.source.id}: title changed")
        for tok in doc.annotation["tokens"]:
            out.append((title[tok["start"] : tok["end"]], tok["stem"], title, doc.source.text))
    return out


def evaluate_headlines(
    data: Path, *, split: str | None = None, with_body: bool = False
) -> dict[str, Any]:
    """Token accuracy of pressnlp (in context; ``with_body``: the release's body given as
    ``context``) and plain Sastrawi on the headline gold."""
    from pressnlp.stemming import get_stemmer

    rows = headline_pairs(data, split=split)
    _, theirs = _stemmers(None)
    ours = get_stemmer()
    in_context: dict[str, dict[tuple[str, int], str]] = {}
    seen: dict[str, int] = {}

    def scored(token: str, expected: str, title: str, body: str) -> tuple[str, str, str, str]:
        if title not in in_context:
            counts: dict[str, int] = {}
            stems: dict[tuple[str, int], str] = {}
            for t in ours.stem_tokens(title, context=body if with_body else None):
                n = counts[t.token] = counts.get(t.token, 0) + 1
                stems[(t.token, n)] = t.stem
            in_context[title] = stems
        key = f"{title}\x00{token}"
        seen[key] = seen.get(key, 0) + 1
        a = in_context[title].get((token, seen[key]), token)
        return token, expected, a, theirs(token.lower())

    return _tally(scored(*row) for row in rows)


def evaluate(
    data_dir: str | os.PathLike[str] | None = None, *, split: str | None = None
) -> dict[str, Any]:
    """Score pressnlp and Sastrawi on every set of ``<data>/stem`` that is present, and on
    the headline gold (``split``: ``"dev"``, ``"test"`` or both)."""
    data = shared_data_dir(data_dir)
    assert data is not None
    root = data / "stem"
    if not root.is_dir():
        raise FileNotFoundError(f"no stem/ folder in {data}")
    sets: dict[str, Any] = {}
    for name, (pairs_file, dict_file) in SETS.items():
        pairs_path = root / pairs_file
        if not pairs_path.is_file():
            continue
        dictionary = _read_words(root / dict_file) if dict_file else None
        sets[name] = evaluate_pairs(_read_pairs(pairs_path), dictionary)
    if not sets:
        raise FileNotFoundError(f"none of the stem sets found under {root}")
    name = "headlines" if split is None else f"headlines-{split}"
    sets[name] = evaluate_headlines(data, split=split)
    sets[f"{name}+body"] = evaluate_headlines(data, split=split, with_body=True)
    return {"data_dir": str(data), "sets": sets}


def press_disagreements(
    data_dir: str | os.PathLike[str] | None = None, *, top: int = 50
) -> dict[str, Any]:
    """Where pressnlp and plain Sastrawi differ on real press releases (no gold: for review).

    Reads ``press/*/txt/*.txt`` and ``topics/gov-ministry-news-2025`` and counts lower-case
    word tokens whose stems differ, most frequent first, so a reviewer can check the
    differences that matter most for press text.
    """
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer as SastrawiStemmer

    from pressnlp.stemming import get_stemmer, sastrawi_words

    data = shared_data_dir(data_dir)
    assert data is not None
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(data.glob("press/*/txt/*.txt"))
    ]
    gov = data / "topics" / "gov-ministry-news-2025" / "articles.jsonl"
    if gov.is_file():
        with gov.open(encoding="utf-8") as fh:
            texts += [json.loads(line).get("text") or "" for line in fh]
    ours = get_stemmer()
    theirs = SastrawiStemmer(ArrayDictionary(sastrawi_words()))
    theirs_cache: dict[str, str] = {}
    tokens = differ = 0
    counts: Counter[tuple[str, str, str]] = Counter()
    for text in texts:
        for t in ours.stem_tokens(text):
            if not t.token.isalpha() or not t.token.islower():
                continue  # names, numbers, casing: compare the stemming itself
            tokens += 1
            other = theirs_cache.get(t.token)
            if other is None:
                other = theirs_cache[t.token] = theirs.stem(t.token)
            if other != t.stem:
                differ += 1
                counts[(t.token, t.stem, other)] += 1
    return {
        "texts": len(texts),
        "tokens": tokens,
        "differ": differ,
        "top": [(w, a, b, n) for (w, a, b), n in counts.most_common(top)],
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        default=None,
        metavar="DIR",
        help="shared corpora folder (default: ../shared/data or $PRESSNLP_DATA)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--split",
        choices=["dev", "test"],
        default=None,
        help="score only this split of the headline gold (default: both)",
    )
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="list N cases per set where the systems disagree",
    )
    parser.add_argument(
        "--press",
        type=int,
        default=0,
        metavar="N",
        help="also list the N most frequent differences from Sastrawi on real press releases (for review)",
    )


def validate(args: argparse.Namespace) -> None:
    if args.show < 0 or args.press < 0:
        raise UsageError("--show and --press take a count >= 0")


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.data, split=args.split)
    below = [n for n, s in result["sets"].items() if s["pressnlp_correct"] < s["sastrawi_correct"]]
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"{'set':<26}{'n':>7}{'pressnlp':>10}{'sastrawi':>10}{'only P':>8}{'only S':>8}")
        for name, s in result["sets"].items():
            print(
                f"{name:<26}{s['n']:>7}{s['pressnlp']:>10.2%}{s['sastrawi']:>10.2%}"
                f"{len(s['only_pressnlp']):>8}{len(s['only_sastrawi']):>8}"
            )
            for label, key in (
                ("pressnlp right", "only_pressnlp"),
                ("sastrawi right", "only_sastrawi"),
            ):
                for word, expected, other in s[key][: args.show]:
                    print(f"    {label}: {word} -> {expected} (other: {other})")
    if args.press:
        review = press_disagreements(args.data, top=args.press)
        print(
            f"\npress releases: {review['texts']} texts, {review['tokens']:,} lower-case word "
            f"tokens, {review['differ']:,} stemmed differently from Sastrawi "
            f"({review['differ'] / max(review['tokens'], 1):.1%}); most frequent:"
        )
        for word, a, b, n in review["top"]:
            print(f"    {n:>5}  {word}: pressnlp {a} / Sastrawi {b}")
    if below:
        print(f"pressnlp is below Sastrawi on: {', '.join(below)}", flush=True)
        return 1
    return 0
