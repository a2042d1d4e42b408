"""The head of a region: "<title> <region> <name>" is a LOC and a PERSON (press conventions).

"Bupati Pidie Jaya Sibral Malasyi", "Bupati Bener Meriah Tagore Abubakar": the model reads
the region and the name as one LOC ("Pidie Jaya Sibral Malasyi") or the region as an ORG. The
press spec counts the region as a LOC like any place used as a role, and the name is a PERSON.

:func:`region_heads`: a span right after a region title (``region_titles.txt``; "Kota" only
after "Wali") that opens with a place the gazetteer knows is cut after the longest such place:
the place is a LOC and, when the rest is an unknown name of capitalised words, the rest a
PERSON; a span that is only the place becomes a LOC.
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import known_as

__all__ = ["region_heads"]


def _after_title(ctx: NerContext, i: int) -> bool:
    """A region title ends right before ``i``."""
    doc = ctx.doc
    if i == 0 or doc[i - 1].whitespace_ != " ":
        return False
    word = doc[i - 1].text
    if word == "Kota":
        return i >= 2 and doc[i - 2].text == "Wali"
    return word in ctx.lex.region_titles


def _place_end(e: Span) -> int:
    """The end of the longest known place ``e`` opens with, or -1."""
    for end in range(e.end, e.start, -1):
        if known_as(e.doc[e.start : end].text) == "LOC":
            return end
    return -1


def _a_name(rest: Span) -> bool:
    """``rest`` is an unknown name: capitalised words only, known as nothing."""
    return (
        all(t.text[:1].isupper() and t.text.isalpha() for t in rest) and known_as(rest.text) == ""
    )


def region_heads(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Spans with "<title> <region> <name>" read as a LOC and a PERSON (module docstring)."""
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        if e.label_ == "DATE" or not _after_title(ctx, e.start):
            out.append(e)
            continue
        end = _place_end(e)
        if end == e.end and e.label_ != "LOC":
            out.append(Span(doc, e.start, e.end, label="LOC"))
        elif 0 < end < e.end and _a_name(doc[end : e.end]):
            out += [Span(doc, e.start, end, label="LOC"), Span(doc, end, e.end, label="PERSON")]
        else:
            out.append(e)
    return out
