"""Audit every regular expression of pressnlp for catastrophic backtracking (issue 20).

    python scripts/regex_audit.py                    # audit, exit 1 above --threshold
    python scripts/regex_audit.py --length 6000 --show 40
    python scripts/regex_audit.py --grep 'pukul'     # only patterns containing this text

How it works: ``re``'s compiler is wrapped before pressnlp is imported, so every pattern
compiled *from pressnlp's own files* is recorded with the file and line that compiled it
(module-level constants on import; patterns built lazily inside functions when the public
functions then run once on a bundled sample release). Patterns of other libraries (numpy,
spaCy, ...) are ignored. Each pattern is then run with ``search``, ``match`` and
``fullmatch`` over adversarial families: a unit repeated to ``--length`` characters plus a
tail that makes the match fail late (``"1"*3000 + "!"``, ``"\\n"*3000``, ``"Aa "*1000``...).
A linear pattern takes well under a millisecond per family at 3,000 characters; a
quadratic one ~0.1 s and more; an exponential one never returns (each family is cut off
after ``--budget`` seconds). For the worst family the growth on doubling the input is
printed too (x2 = linear, x4 = quadratic), and the time of each method alone on that family.

Being flagged is not yet a bug: what matters is how the pattern is used. One applied with
``fullmatch`` to a short, bounded string is harmless; one searched over a whole text is a
stall waiting for its input. Patterns reviewed as only ever used with ``match`` or
``fullmatch`` are listed in :data:`REVIEWED` and timed with those methods (their search
times are still printed). ``tests/test_linear_time.py`` checks the public functions on the
worst families.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pressnlp"

UNITS = [
    "1", "a", "A", " ", ".", "1.", "a ", "A ", "Aa ", "1 ", "-", "1/", "a.", "A.", ", ", "aA",
    "\n", " \n", "Ab. ", "1 a ", "ke-", "(", ")", "dan ", "Aaa Bbb ", "bulan ", "1-", "a-",
    "1:", "|", "<p>", "😀",
]  # fmt: skip
TAILS = ["", "!", "\x00", "1", "a", " x!"]

# Patterns slow under ``search`` that pressnlp only ever applies with ``match`` or
# ``fullmatch`` (one start position: linear). Each was checked at its call sites; the
# audit times them with those methods only. (file, start of the pattern, methods, where)
REVIEWED: list[tuple[str, str, tuple[str, ...], str]] = [
    ("pressnlp/rules/base.py", "", ("fullmatch",), "Rule.match: fullmatch of one line"),
    ("pressnlp/rules/blocks.py", "(?P<value>(?:[A-Z]", ("match",), "DATELINE.match, cleaning/edges.py"),
    ("pressnlp/cleaning/glued.py", "(?P<value>[A-Z][A-Za-z]+", ("match",), "_HYPHEN_DATELINE.match"),
    ("pressnlp/dates/relative.py", r"\s*(?:pada\s+)?", ("fullmatch",), "_WHOLE.fullmatch"),
    ("pressnlp/dates/normalize.py", r"\s*", ("fullmatch",), "re.fullmatch of a DATE span"),
    ("pressnlp/dates/publication.py", "([A-Za-z]+)", ("match",), "_MDY.match in parse_date"),
    ("pressnlp/stemming/words.py", "(.+?)-?(ku|", ("match",), "_CLITIC_RE.match of one word"),
    ("pressnlp/stemming/words.py", "[a-z]+\\Z", ("match",), "_ASCII_WORD_RE.match of one word"),
    ("pressnlp/stemming/stemmer.py", "(.*[a-z])-?(Ku|", ("match",), "match of one token"),
]  # fmt: skip


def reviewed_methods(source: str, sites: list[Site]) -> tuple[tuple[str, ...], str] | None:
    """``(methods, where)`` when every site of ``source`` is in :data:`REVIEWED`."""
    found = []
    for file, _ in sites:
        hit = next((r for r in REVIEWED if r[0] == file and source.startswith(r[1])), None)
        if hit is None:
            return None
        found.append(hit)
    methods = tuple(sorted({m for r in found for m in r[2]}))
    return methods, "; ".join(sorted({r[3] for r in found}))


Site = tuple[str, int]


def _record_sites() -> dict[tuple[str, int], set[Site]]:
    """Wrap ``re._compile`` so that each pattern compiled from a pressnlp file is recorded
    with its call site(s). Returns the (live) mapping ``(pattern, flags) -> {(file, line)}``."""
    sites: dict[tuple[str, int], set[Site]] = defaultdict(set)
    original = re._compile  # type: ignore[attr-defined]
    package = str(PACKAGE)
    re_file = re.__file__

    def compile_and_record(pattern, flags):  # type: ignore[no-untyped-def]
        compiled = original(pattern, flags)
        if isinstance(compiled.pattern, str):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename == re_file:
                frame = frame.f_back  # type: ignore[assignment]
            # only patterns pressnlp's own code compiles (re.compile, re.search, ...);
            # not those of libraries it happens to be calling into
            if frame is not None and frame.f_code.co_filename.startswith(package):
                rel = str(Path(frame.f_code.co_filename).relative_to(ROOT))
                sites[(compiled.pattern, compiled.flags)].add((rel, frame.f_lineno))
        return compiled

    re._compile = compile_and_record  # type: ignore[attr-defined]
    return sites


def _import_everything() -> None:
    import pressnlp

    for mod in pkgutil.walk_packages(pressnlp.__path__, "pressnlp."):
        if mod.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(mod.name)
        except Exception as exc:  # an optional extra (dask, ...) missing: say so, go on
            print(f"note: could not import {mod.name}: {exc}", file=sys.stderr)


def _exercise() -> None:
    """Run the public functions once on real releases so lazily built patterns compile."""
    import datetime as dt

    import pressnlp
    from pressnlp.dates import find_dates, normalize_date

    samples = sorted((PACKAGE / "data" / "samples").iterdir())
    for path in samples:
        text = path.read_text(encoding="utf-8")
        result = pressnlp.analyze(text)
        pressnlp.extract_entities(result.article.body, pub_date=dt.date(2024, 5, 2))
        pressnlp.stem_tokens(result.article.body[:2000])
        find_dates(result.article.body)
    for phrase in ("Senin (14/7/2025)", "akhir Mei 2024", "tiga hari lalu", "2024-05-02"):
        normalize_date(phrase, pub_date=dt.date(2024, 5, 2))


class _Budget(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Budget


METHODS = ("search", "match", "fullmatch")


def _time(
    pattern: re.Pattern[str], text: str, budget: float, methods: tuple[str, ...] = METHODS
) -> float:
    """Seconds for ``methods`` (all three by default) on ``text`` (``budget`` if cut off)."""
    signal.setitimer(signal.ITIMER_REAL, budget)
    began = time.perf_counter()
    try:
        for method in methods:
            getattr(pattern, method)(text)
    except _Budget:
        return budget
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - began


def family(unit: str, tail: str, length: int) -> str:
    return unit * max(1, length // len(unit)) + tail


def worst_family(
    pattern: re.Pattern[str],
    length: int,
    budget: float,
    screen: float,
    top: int = 3,
    methods: tuple[str, ...] = METHODS,
) -> tuple[float, str, str]:
    """``(seconds, unit, tail)`` of the slowest family for ``pattern``.

    Every family is first timed at a tenth of ``length``; the ``top`` slowest of those, if
    over ``screen`` seconds there (a linear pattern takes microseconds), are timed again at
    full length."""
    timed = []
    for unit in UNITS:
        for tail in TAILS:
            took = _time(pattern, family(unit, tail, length // 10), budget, methods)
            if took >= budget:  # exponential: cut off even at a tenth of the length
                return budget, unit, tail
            timed.append((took, unit, tail))
    timed.sort(reverse=True)
    worst = timed[0]
    for took, unit, tail in timed[:top]:
        if took > screen:
            took = _time(pattern, family(unit, tail, length), budget, methods)
            worst = max(worst, (took, unit, tail))
    return worst


def audit(
    patterns: dict[tuple[str, int], set[Site]],
    *,
    length: int,
    budget: float,
    report: float,
    screen: float = 5e-4,
    out: Callable[[str], None] = print,
) -> list[tuple[float, str]]:
    """Time every pattern; print those at or above ``report`` seconds, worst first.
    Returns ``[(seconds, pattern)]`` for all of them."""
    signal.signal(signal.SIGALRM, _alarm)
    rows = []
    for (source, flags), sites in patterns.items():
        compiled = re.compile(source, flags)
        review = reviewed_methods(source, sorted(sites))
        methods = review[0] if review else METHODS
        took, unit, tail = worst_family(compiled, length, budget, screen, methods=methods)
        rows.append((took, source, flags, unit, tail, sorted(sites), review))
    rows.sort(key=lambda r: -r[0])
    for took, source, flags, unit, tail, sites, review in (r for r in rows if r[0] >= report):
        compiled = re.compile(source, flags)
        methods = review[0] if review else METHODS
        growth = ""
        if took < budget / 4:
            again = _time(compiled, family(unit, tail, 2 * length), budget, methods)
            growth = f"  x{again / max(took, 1e-9):.1f} on doubling"
        where = ", ".join(f"{f}:{n}" for f, n in sites[:3]) + (" ..." if len(sites) > 3 else "")
        cut = " (cut off)" if took >= budget else ""
        text = family(unit, tail, length)
        each = "  ".join(f"{m} {_time(compiled, text, budget, (m,)):.3f}" for m in METHODS)
        out(f"{took:7.3f} s{cut}{growth}  family {unit!r}*{length // len(unit)}+{tail!r}")
        out(f"          by method: {each} s")
        if review:
            out(f"          used with {'/'.join(review[0])} only ({review[1]}): timed so")
        out(f"          at {where}")
        out(f"          {source[:160]!r}{'...' if len(source) > 160 else ''}")
    return [(r[0], r[1]) for r in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=3000, help="characters per family")
    parser.add_argument("--budget", type=float, default=3.0, help="cut-off per family, s")
    parser.add_argument("--report", type=float, default=0.05, help="print patterns above, s")
    parser.add_argument("--threshold", type=float, default=0.5, help="exit 1 above, s")
    parser.add_argument("--grep", default=None, help="only patterns containing this text")
    parser.add_argument("--no-exercise", action="store_true", help="import-time patterns only")
    args = parser.parse_args(argv)

    sites = _record_sites()
    _import_everything()
    if not args.no_exercise:
        _exercise()
    patterns = {k: set(v) for k, v in sites.items() if args.grep is None or args.grep in k[0]}
    print(f"{len(patterns)} patterns compiled from pressnlp/ (length {args.length})")
    rows = audit(patterns, length=args.length, budget=args.budget, report=args.report)
    over = [r for r in rows if r[0] > args.threshold]
    print(
        f"{len(over)} above {args.threshold:g} s, {sum(r[0] >= args.report for r in rows)} above {args.report:g} s"
    )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
