"""DATE conventions of the press spec that the date finder leaves to the entity layer.

:func:`press_dates` (press conventions):

* a weekday and the date after its comma are one DATE ("Sabtu, 11 Oktober 2025", where the
  model or the finder gave "Sabtu" and "11 Oktober 2025" apart), with the date's value;
* a clock time is no part of a DATE ("3 Oktober 2025 [Pukul 15.00 WIB]");
* a year standing alone is a DATE, also inside an event or programme name ("Mangrofest
  **2025**", "Keketuaan ASEAN **2023**", "pertumbuhan kredit **2024** diprakirakan"), but
  not inside a regulation reference ("UU No. 2 Tahun 2020"), after a number word
  ("sebanyak 2025", "Nomor 2024") or before a unit ("2025 orang").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressnlp import dates
from pressnlp.ner.context import NerContext

__all__ = ["press_dates"]

_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")


def _year_ok(ctx: NerContext, i: int, regulations: list[tuple[int, int]]) -> bool:
    doc = ctx.doc
    tok = doc[i]
    if any(a <= tok.idx < b for a, b in regulations):
        return False
    if i > 0:
        prev = doc[i - 1]
        if prev.lower_.rstrip(".") in ctx.lex.number_words or prev.text in (
            "$",
            "#",
            "/",
            "-",
            ".",
        ):
            return False
        if not prev.whitespace_ and not prev.is_punct:
            return False  # glued to a word: "Rp2025", "ke2025"
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.lower_ in ctx.lex.count_units or nxt.is_digit:
            return False
        glued = not tok.whitespace_ and not nxt.whitespace_
        if glued and nxt.text in ("/", "-", ",", ".") and i + 2 < len(doc):
            return not doc[i + 2].is_digit  # "2024/2025", "2025,5": ranges and numbers
    return True


def _years(ctx: NerContext, spans: list[Span]) -> list[Span]:
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    regulations = dates.regulation_spans(ctx.text)
    out: list[Span] = []
    for tok in doc:
        if tok.i in taken or not _YEAR.fullmatch(tok.text):
            continue
        if _year_ok(ctx, tok.i, regulations):
            span = Span(doc, tok.i, tok.i + 1, label="DATE")
            ctx.values[(span.start_char, span.end_char)] = tok.text
            out.append(span)
    return out


def _join_weekdays(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "Sabtu" + "," + "11 Oktober 2025" (two DATE spans) -> one DATE with the date's value."""
    doc = ctx.doc
    out: list[Span] = []
    for e in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.label_ == "DATE"
            and prev.label_ == "DATE"
            and len(prev) == 1
            and prev[0].text in ctx.lex.weekdays
            and e.start == prev.end + 1
            and doc[prev.end].text == ","
            and "\n" not in doc[prev.end].whitespace_
        ):
            value = ctx.drop_value(e)
            if value is None:
                value = dates.normalize_date(e.text, pub_date=ctx.pub)
            ctx.drop_value(prev)
            joined = Span(doc, prev.start, e.end, label="DATE")
            ctx.values[(joined.start_char, joined.end_char)] = value
            out[-1] = joined
            continue
        out.append(e)
    return out


def _no_clock(ctx: NerContext, e: Span) -> Span:
    """ "3 Oktober 2025 [Pukul 15.00 WIB]": a clock time is no part of a DATE."""
    cut = next((t.i for t in e[1:] if t.lower_ in ("pukul", "jam")), None)
    if e.label_ != "DATE" or cut is None:
        return e
    value = ctx.drop_value(e)
    new = Span(ctx.doc, e.start, cut, label="DATE")
    if value is not None:
        ctx.values[(new.start_char, new.end_char)] = value
    return new


def press_dates(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Weekdays joined to their dates, clock times cut off, bare years added (module
    docstring)."""
    if not ctx.options.dates:
        return spans
    spans = _join_weekdays(ctx, [_no_clock(ctx, e) for e in spans])
    return sorted(spans + _years(ctx, spans), key=lambda x: x.start)
