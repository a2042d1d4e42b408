"""Fuzz every public function with generated hostile text and check the invariants (issue 20).

    python scripts/fuzz.py --n 10000            # 10,000 inputs per function
    python scripts/fuzz.py --n 500 --functions clean stem

Each function must return, or raise its documented error; a raised exception is a *crash*,
a broken invariant a *violation*:

- ``extract_entities``/``analyze``/``nlp(...)``: entity offsets inside the text and
  ``text[start:end] == entity.text``; DATE values ISO 8601 (or ``None``);
- ``stem_tokens``: ``text[start:end] == token.text`` (also for the first line with the
  whole text as ``context``); ``stem``: returns ``str``;
- ``clean``: ``clean(clean(x).body).body == clean(x).body`` (idempotent);
- ``classify_topic``: a label from the label set or the neutral result;
- ``normalize_date``: ``None`` or an ISO value.

Inputs: the fixtures of ``tests/fixtures/nasty``, generated big ones (1 MB token, 10,000
nested tags) and random mixes of Indonesian words, dates, digits, punctuation, control
characters, lone surrogates, bidi marks, zero-width joiners, emoji, HTML and mutated
bundled sample releases. Prints crashes and violations per function; exits 1 if any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NASTY = ROOT / "tests" / "fixtures" / "nasty" / "inputs.json"

_ISO_ONE = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?|--\d{2}(?:-\d{2})?)"
ISO_DATE = re.compile(rf"{_ISO_ONE}(?:/{_ISO_ONE})?")
"""The DATE value forms of ``pressnlp.entities`` (day, month, year, quarter, half, partial, ranges)."""

FRAGMENTS = [
    "Menteri",
    "Keuangan",
    "Sri Mulyani",
    "Kemensetneg",
    "Kota Bandung",
    "Jakarta",
    "Presiden",
    "Gubernur Jawa Barat",
    "menggelar",
    "pelatihan",
    "di",
    "pada",
    "dan",
    "yang",
    "Senin",
    "Jumat (14/7)",
    "14 Juli 2017",
    "3 s.d. 14 Juli 2017",
    "akhir Mei",
    "tahun lalu",
    "2024",
    "9999",
    "31/12/9999",
    "0",
    "1" * 40,
    "Rp10.000,-",
    "(HMI)",
    "abu-abu",
    "masing-masing",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    ".",
    ",",
    "-",
    "—",
    "(",
    ")",
    '"',
    "'",
    "/",
    ":",
    "!!!",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\u00ad",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffd",
    "\ud83d",
    "\ude00",
    "\udfff",
    "😀",
    "👨\u200d👩",
    "外交部",
    "وزير",
    "Министр",
    "ภาษา",
    "e\u0301",
    "<p>",
    "</p>",
    "<b>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&lt;p&gt;",
    "&amp;",
    "&#xD800;",
    "<a href='x'>",
    "Baca juga:",
    "(FAF - Humas Kemensetneg)",
    "Jakarta, 2 Mei 2024 -",
    "Telp. 021-3456789",
]


def nasty_inputs() -> list[tuple[str, str]]:
    """The fixture texts plus the big generated ones."""
    items = [(d["name"], d["text"]) for d in json.loads(NASTY.read_text(encoding="ascii"))]
    items += [
        ("token_1mb", "Menteri " + "x" * 1_000_000 + " Jakarta."),
        ("nested_tags_10k", "<div>" * 10_000 + "Menteri di Jakarta." + "</div>" * 10_000),
        ("nested_unclosed_10k", "<p><b>" * 5_000 + "Jakarta"),
        # runs a regex can split many ways (a run of 40 digits once hung normalize_date)
        ("digit_run", "1" * 60),
        ("spaced_digits", "1 " * 200 + "hari!"),
        ("dotted_digits", "1." * 300),
        ("capital_words", "Bapak Ahmad " * 300 + "!"),
        ("repeated_unit", "dua puluh " * 200 + "x"),
    ]
    return items


def _samples() -> list[str]:
    folder = ROOT / "pressnlp" / "data" / "samples"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]


def random_text(rng: random.Random, samples: list[str]) -> str:
    """One generated input: a random mix of fragments, or a mutated sample release."""
    kind = rng.random()
    if kind < 0.25 and samples:
        text = list(rng.choice(samples)[: rng.randint(0, 3000)])
        for _ in range(rng.randint(1, 20)):
            if text:
                text[rng.randrange(len(text))] = rng.choice(FRAGMENTS)
        return "".join(text)
    if kind < 0.35:
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 200)))
    return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 60)))


def _check_entities(text: str, ents: list) -> None:  # type: ignore[type-arg]
    for e in ents:
        assert 0 <= e.start <= e.end <= len(text), f"offsets {e.start}:{e.end} outside the text"
        assert text[e.start : e.end] == e.text, f"text[{e.start}:{e.end}] != {e.text!r}"
        if e.label == "DATE":
            assert e.value is None or (isinstance(e.value, str) and ISO_DATE.fullmatch(e.value)), (
                f"DATE value {e.value!r} not ISO"
            )


def _checks() -> dict[str, Callable[[str], None]]:
    import pressnlp
    from pressnlp.dates import normalize_date
    from pressnlp.pipeline import default_pipeline
    from pressnlp.topics import LABELS

    def clean(text: str) -> None:
        once = pressnlp.clean(text).body
        assert pressnlp.clean(once).body == once, "clean(clean(x).body).body != clean(x).body"

    def stem(text: str) -> None:
        assert isinstance(pressnlp.stem(text), str)

    def stem_tokens(text: str) -> None:
        for tok in pressnlp.stem_tokens(text):
            assert text[tok.start : tok.end] == tok[0], f"stem token {tok!r} off the text"
        # the first line stemmed alone with the whole text as its context (a title + body)
        title = text.split("\n", 1)[0]
        for tok in pressnlp.stem_tokens(title, context=text):
            assert title[tok.start : tok.end] == tok[0], f"stem token {tok!r} off the title"

    def extract_entities(text: str) -> None:
        _check_entities(text, pressnlp.extract_entities(text, pub_date=dt.date(2024, 5, 2)))

    def analyze(text: str) -> None:
        result = pressnlp.analyze(text)
        _check_entities(result.article.body, result.entities)

    def nlp(text: str) -> None:
        doc = default_pipeline()(text[:100_000])
        assert doc.text == text[:100_000] or len(doc.text) == len(text[:100_000])
        for e in doc.ents:
            assert e._.value is None or isinstance(e._.value, str | dict)

    def classify_topic(text: str) -> None:
        topic = pressnlp.classify_topic(text)
        assert topic.label is None or topic.label in LABELS, topic.label

    def normalize(text: str) -> None:
        for pub in (None, dt.date(9999, 12, 31), dt.date(1, 1, 1)):
            value = normalize_date(text[:200], pub_date=pub)
            assert value is None or ISO_DATE.fullmatch(value), f"{value!r} not ISO"

    return {
        "clean": clean,
        "stem": stem,
        "stem_tokens": stem_tokens,
        "extract_entities": extract_entities,
        "classify_topic": classify_topic,
        "analyze": analyze,
        "nlp": nlp,
        "normalize_date": normalize,
    }


def inputs(n: int, seed: int) -> Iterator[tuple[str, str]]:
    """The nasty fixtures first, then generated texts up to ``n`` in all."""
    rng = random.Random(seed)
    samples = _samples()
    fixed = nasty_inputs()
    yield from fixed[:n]
    for i in range(max(0, n - len(fixed))):
        yield f"random#{i}", random_text(rng, samples)


def run(
    names: list[str], n: int, seed: int, *, show: int = 3, timeout: float = 60.0
) -> dict[str, tuple[int, int]]:
    """``{function: (crashes, violations)}`` over ``n`` inputs each (an input that runs past
    ``timeout`` seconds counts as a crash); prints a summary with the slowest input (models
    are loaded before the first input, so its time is the input's own)."""
    from pressnlp.tagging import RecordTimeout, time_limit

    checks = _checks()
    totals: dict[str, tuple[int, int]] = {}
    for name in names:
        crashes = violations = 0
        slowest = (0.0, "")
        checks[name]("Menteri di Jakarta.")  # load models first: not part of any input's time
        start = time.perf_counter()
        for label, text in inputs(n, seed):
            began = time.perf_counter()
            try:
                with time_limit(timeout):
                    checks[name](text)
            except RecordTimeout:
                crashes += 1
                print(f"  {name} HANG (> {timeout:g} s) on {label} {text[:80]!r}")
            except AssertionError as exc:
                violations += 1
                if violations <= show:
                    print(f"  {name} violation on {label} {text[:80]!r}: {exc}")
            except Exception:
                crashes += 1
                if crashes <= show:
                    print(f"  {name} CRASH on {label} {text[:80]!r}:")
                    print("    " + traceback.format_exc(limit=2).replace("\n", "\n    "))
            slowest = max(slowest, (time.perf_counter() - began, label))
        took = time.perf_counter() - start
        totals[name] = (crashes, violations)
        print(
            f"{name:17} {n:6} inputs  {crashes:4} crashes  {violations:4} violations  {took:7.1f} s"
            f"  (slowest {slowest[0]:.2f} s: {slowest[1]})"
        )
        sys.stdout.flush()
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="inputs per function")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--functions", nargs="*", default=None, help="default: all")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a hang")
    args = parser.parse_args(argv)
    names = args.functions or list(_checks())
    totals = run(names, args.n, args.seed, timeout=args.timeout)
    return 1 if any(c or v for c, v in totals.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
