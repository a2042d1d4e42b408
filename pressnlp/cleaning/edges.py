"""The edges of an article: headline and dateline at the start, signatures and closing runs
at the end. Each step is repeated until a second cleaning would find nothing more to take.

>>> strip_dateline("Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru.")
('Menteri meresmikan gedung baru.', 'Jakarta, 2 Mei 2024 -')
"""

from __future__ import annotations

import re

from pressnlp import rules as R
from pressnlp.cleaning.lines import PROSE_WORDS, title_like
from pressnlp.cleaning.record import Collector, classify, drop_if_boilerplate
from pressnlp.cleaning.structure import closing_runs

__all__ = [
    "dateline_value",
    "strip_dateline",
    "strip_trailing_signature",
    "take_head",
    "take_headline",
    "take_tail",
]


def strip_dateline(par: str) -> tuple[str, str | None]:
    """``("Jakarta, 2 Mei 2024 - Teks", ...)`` -> ``("Teks", "Jakarta, 2 Mei 2024 -")``."""
    rest, cut = par, 0
    while True:  # repeated, so that a second pass finds nothing left to cut (idempotence)
        m = R.DATELINE.match(rest)
        if not m:
            # "Jakarta: Menteri ..." only before a full sentence; "Prof Zudan: BKN Genjot ..." is a headline
            m = R.DATELINE_COLON.match(rest)
            after = rest[m.end() :].strip() if m else ""
            if (
                not m
                or len(after.split()) < PROSE_WORDS
                or not after.rstrip("\"”’' ").endswith((".", "!", "?"))
            ):
                break
        after = rest[m.end() :].strip()
        dateline = m.group("value").strip()
        # a dateline is short and leaves a sentence behind it
        if len(dateline) > 80 or len(dateline.split()) > 10 or len(after.split()) < 3:
            break
        cut = len(par) - len(after)
        rest = after
    if not cut:
        return par, None
    return rest, par[:cut].strip()


def dateline_value(prefix: str) -> str:
    """The place (and date) of a cut dateline prefix, without its dash: ``"Jakarta, 2 Mei 2024"``."""
    m = R.DATELINE.match(prefix + " X") or R.DATELINE_COLON.match(prefix + " X")
    return m.group("value").strip() if m else prefix.rstrip(" -–—.")


def strip_trailing_signature(paragraphs: list[str], col: Collector) -> None:
    """Cut signatures, credits and end marks glued to the end of the last paragraph (in place)."""
    while paragraphs:
        last = paragraphs[-1]
        m = R.TRAILING_SIGNATURE.search(last)
        if not m:
            return
        value, inner = m.group("value"), (m.group("inner") or "").strip()
        if inner and (len(inner.split()) > 10 or re.search(r"\d{3,}", inner)):
            return  # a long or numeric parenthetical is content, not a sign-off
        rest = last[: m.start()].rstrip()
        if inner and ":" in inner:
            col.credits(inner)
            col.drop("credit", value)
        elif inner and inner != "*":
            col.set_first("signature", inner)
            col.drop("signature", value)
        else:
            col.drop("end_marker", value)
        if rest:
            paragraphs[-1] = rest
            # what is left may itself be a whole boilerplate line now ("(0)(0)" -> "(0)")
            if drop_if_boilerplate(rest, col):
                paragraphs.pop()
        else:
            paragraphs.pop()


def _same_title(a: str, b: str) -> bool:
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    # <title> often carries the site name too: "Judul | Pemprov Jatim"
    return a == b or (len(a) >= 15 and len(b) >= 15 and (a in b or b in a))


def _reads_as_headline(first: str, paragraphs: list[str]) -> bool:
    """``first`` (the front paragraph, its dateline cut) reads like a headline and the
    paragraph after it does not."""
    return (
        len(paragraphs) >= 2
        and title_like(first)
        and not title_like(strip_dateline(paragraphs[1])[0])
    )


def take_headline(
    paragraphs: list[str], col: Collector, html_title: str | None
) -> tuple[bool, str | None]:
    """Remove the headline (or, beside a marked-up HTML title, the deck) from the front of ``paragraphs``."""
    first, first_dl = strip_dateline(paragraphs[0])
    title = None
    if html_title and _same_title(first, html_title):
        title = first
    elif _reads_as_headline(first, paragraphs):
        # with a marked-up title elsewhere, a second headline-like line is the deck (sub-title);
        # it is removed either way so that cleaning the body again finds no headline (idempotence)
        if html_title:
            col.set_first("subtitle", first)
        else:
            title = first
    else:
        return False, None
    if first_dl:
        col.set_first("dateline", dateline_value(first_dl))
        col.drop("dateline", first_dl)
    col.drop("title" if title else "subtitle", first)
    paragraphs.pop(0)
    return True, title


def _take_deck(paragraphs: list[str], col: Collector) -> bool:
    """Remove a sub-title (deck) from the front of ``paragraphs``, as a headline is taken."""
    if not _reads_as_headline(paragraphs[0], paragraphs):
        return False
    col.set_first("subtitle", paragraphs[0])
    col.drop("subtitle", paragraphs.pop(0))
    return True


def take_head(
    paragraphs: list[str], col: Collector, html_title: str | None
) -> tuple[list[str], str | None]:
    """Remove the headline, then datelines, from the front; returns the rest and the title."""
    title: str | None = None
    headline_done = False
    # head of the article: headline, then dateline; repeated when a line that was only a dateline
    # plus a widget disappears, so that a second cleaning finds nothing more to take (idempotence)
    popped, deck_done = True, False
    while popped and paragraphs:
        popped = False
        if not headline_done:
            headline_done, title = take_headline(paragraphs, col, html_title)
            popped = headline_done
        elif not deck_done:
            # a headline-like line right after the headline (and dateline) is the deck: a second
            # cleaning would take it as the headline, so it goes now (idempotence)
            deck_done = popped = _take_deck(paragraphs, col)
        while paragraphs:
            rest, dateline = strip_dateline(paragraphs[0])
            if not dateline:
                break
            col.set_first("dateline", dateline_value(dateline))
            col.drop("dateline", dateline)
            paragraphs[0] = rest
            if not drop_if_boilerplate(rest, col):
                break
            paragraphs.pop(0)
            popped = True
    return paragraphs, title


def _last_prose(paragraphs: list[str]) -> int:
    """Index of the last paragraph that is prose and no boilerplate (-1 if none)."""
    return next(
        (
            k
            for k in range(len(paragraphs) - 1, -1, -1)  # scanned from the end only
            if len(paragraphs[k].split()) >= PROSE_WORDS and not classify([paragraphs[k]])[0]
        ),
        -1,
    )


def take_tail(paragraphs: list[str], col: Collector) -> list[str]:
    """Remove trailing signatures, closing runs and punctuation-only leftovers from the end."""
    while True:
        strip_trailing_signature(paragraphs, col)
        # what the cut uncovered may close the text like a signature or menu (idempotence)
        last_prose = _last_prose(paragraphs)
        runs = (
            closing_runs([(k, p) for k, p in enumerate(paragraphs) if k > last_prose])
            if last_prose >= 0
            else {}
        )
        if not runs:
            break
        for k in sorted(runs):
            col.footer_meta(runs[k], paragraphs[k])
            col.drop(runs[k], paragraphs[k])
        paragraphs = [p for k, p in enumerate(paragraphs) if k not in runs]
    for par in [p for p in paragraphs if not any(c.isalnum() for c in p)]:
        col.drop("separator", par)  # what the cuts above left of a line: only punctuation
    return [p for p in paragraphs if any(c.isalnum() for c in p)]
