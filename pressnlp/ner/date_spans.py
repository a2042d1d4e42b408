"""DATE spans: the rule dates of :mod:`pressnlp.dates` and the DATE boundary conventions.

* :func:`date_spans` finds the rule dates (merged with the model's by
  :func:`pressnlp.ner.merge.merge_spans`);
* :func:`split_trailing_weekdays`: a trailing weekday is a DATE of its own;
* :func:`extend_dates`: "akhir Mei", "Mei lalu", "Senin malam" are one DATE.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from spacy.tokens import Span, Token

from pressnlp import dates
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon

__all__ = ["RuleDate", "date_context", "date_spans", "extend_dates", "split_trailing_weekdays"]


class RuleDate(NamedTuple):
    """A date found by the rules: its span, ISO value and kind (``DateMatch.kind``)."""

    span: Span
    value: Any
    kind: str


def date_spans(ctx: NerContext) -> list[RuleDate]:
    """The dates :func:`pressnlp.dates.find_dates` finds in the doc (and, with the press
    conventions, :func:`pressnlp.dates.find_relative_dates`), as token spans (expanded to
    whole tokens), in text order; none with dates off. Values are ISO 8601 or ``None``."""
    if not (ctx.options.dates and ctx.text):
        return []
    found = dates.find_dates(ctx.text, pub_date=ctx.pub)
    if ctx.options.press:
        found += dates.find_relative_dates(ctx.text, pub_date=ctx.pub)
        found.sort(key=lambda m: m.start)
    out = []
    for m in found:
        span = ctx.doc.char_span(m.start, m.end, label="DATE", alignment_mode="expand")
        # a date without a year and no publication date ("Selasa (17/6)") or a relative
        # date without one ("kemarin", press conventions) keeps its span, value None
        if span is None or (m.value is None and m.kind not in ("partial", "relative")):
            continue
        out.append(RuleDate(span, m.value, m.kind))
    return out


def date_context(tok: Token) -> bool:
    """A token a DATE span may hold around the date itself ("tahun 2014", "Minggu (24/8)
    pagi"): no capitalised word other than a weekday, month or date word, so a model span
    "Jumat 14 November 2025 Tim Operasi" loses its tail."""
    if not tok.text[:1].isupper():
        return True
    lex = lexicon()
    return (
        tok.text in lex.weekdays or tok.lower_ in lex.month_names or tok.lower_ in lex.date_context
    )


def split_trailing_weekdays(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """A trailing weekday is a DATE of its own: "Amanda Vanstone Selasa" is a PERSON and a
    DATE (the new DATEs come last)."""
    weekdays = ctx.lex.weekdays
    out = list(spans)
    extra: list[Span] = []
    for i, e in enumerate(out):
        if e.label_ != "DATE" and len(e) > 1 and ctx.doc[e.end - 1].text in weekdays:
            out[i] = Span(ctx.doc, e.start, e.end - 1, label=e.label_)
            extra.append(Span(ctx.doc, e.end - 1, e.end, label="DATE"))
    return out + extra


def extend_dates(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """A DATE takes "awal/akhir/pertengahan" before it and "lalu/mendatang" after a month or
    weekday ("akhir Mei", "Mei lalu"), and a day part after a bare weekday ("Senin malam"),
    where no other span holds the word."""
    doc, lex = ctx.doc, ctx.lex
    out = list(spans)
    taken = {i for e in out for i in range(e.start, e.end)}
    for i, e in enumerate(out):
        if e.label_ != "DATE":
            continue
        start, end = e.start, e.end
        if start > 0 and doc[start - 1].lower_ in lex.date_before and start - 1 not in taken:
            start -= 1
        head = doc[e.end - 1]
        if end < len(doc) and end not in taken:
            nxt = doc[end].lower_
            monthish = (
                head.lower_ in lex.month_names
                or dates.normalize_date(head.text) is not None
                or head.text in lex.weekdays
            )
            relative = nxt in lex.date_after and monthish and not head.text.isdigit()
            day_part = nxt in lex.day_parts and head.text in lex.weekdays
            if len(e) == 1 and (relative or day_part):
                end += 1
        if (start, end) != (e.start, e.end):
            key = (e.start_char, e.end_char)
            if key in ctx.values:
                new_key = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
                ctx.values[new_key] = ctx.values.pop(key)
            out[i] = Span(doc, start, end, label="DATE")
            taken.update(range(start, end))
    return out
