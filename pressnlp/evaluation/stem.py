"""``pressnlp evaluate stem``: token accuracy of pressnlp and of plain Sastrawi, side by side.

Sets (read from ``<data>/stem/``, see the ``SOURCE.md`` files there):

* ``unimorph`` – UniMorph Indonesian form → lemma pairs (``unimorph-ind/form_lemma.tsv``),
  stemmed with the full dictionary of the installed PySastrawi.
* ``sastrawi-functional`` – Sastrawi's own functional test cases
  (``sastrawi-tests/functional_pairs.tsv``) with its 127-word test dictionary, as in
  Sastrawi's test-suite.
* ``sastrawi-known-failures`` – the cases Sastrawi's test-suite comments out because it
  fails them (``functional_pairs_todo_commented_out.tsv``), same test dictionary.

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
from collections.abc import Callable, Sequence
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
}


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
    ok_ours = ok_theirs = 0
    only_ours: list[tuple[str, str, str]] = []
    only_theirs: list[tuple[str, str, str]] = []
    for word, expected in pairs:
        a, b = ours(word), theirs(word)
        ok_ours += a == expected
        ok_theirs += b == expected
        if a == expected and b != expected:
            only_ours.append((word, expected, b))
        elif b == expected and a != expected:
            only_theirs.append((word, expected, a))
    n = len(pairs)
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


def evaluate(data_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Score pressnlp and Sastrawi on every set of ``<data>/stem`` that is present."""
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
    result = evaluate(args.data)
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
