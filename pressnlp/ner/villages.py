"""A village's level word opens its name, and a lower-case noun is no part of a place's
name (press conventions).

The model reads a village's level word written after a landmark as the landmark's last word
and cuts the name after it where a common word stands in it: in a PU headline "Jembatan
Armco Gampong Salah Sirong Segera Dibangun" gave LOC "Jembatan Armco Gampong" and LOC
"Sirong" ("salah" is the word for "wrong").

:func:`village_names`: a LOC of several words ending in a level word
(``data/ner/village_levels.txt``: "Desa", "Gampong", "Nagari" ...) ends before it; the level
word and the capitalised words after it up to the end of the LOC that follows within two
words, or as far as the release writes the same village elsewhere as a LOC ("jembatan
darurat [Gampong Salah Sirong]"), are one LOC: "Jembatan Armco [Gampong Salah Sirong]".

:func:`lower_heads`: a LOC that opens with lower-case words before its capitalised words
starts at the first capitalised word ("tepian [Sungai Batang]", "pelabuhan [Fuzhou]",
"geowisata [Raja Ampat]"; press_ner train: "halaman [Masjid Raya Baiturrahman]", "area [Green
Belt Waduk Samboja]"), unless a body's name or a unit word follows ("kantor Kementerian
ESDM Jakarta", "kantor Pusat BPK RI"), the first word is a title ("drh. Theresia") or only
common words are left: those stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.names import is_common_word

__all__ = ["lower_heads", "village_names"]

_GAP = 2  # capitalised words between the level word and the LOC that ends the name
_MAX_NAME = 4  # words of a village's name


def _name_end(doc: Doc, level: int, after: Span | None, known: set[str]) -> int:
    """The end of the village name whose level word is at ``level``; -1 if none follows."""
    k = level + 1
    while k < len(doc) and k - level <= _MAX_NAME and "\n" not in doc[k - 1].whitespace_:
        if not (doc[k].is_alpha and doc[k].is_title):
            break
        k += 1
    for end in range(k, level + 1, -1):
        if doc[level:end].text in known:
            return end
    fits = (
        after is not None
        and after.label_ == "LOC"
        and level < after.start <= min(k, level + 1 + _GAP)
        and after.end - level - 1 <= _MAX_NAME
    )
    return after.end if fits and after is not None else -1


def village_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with a village's level word opening its name (module docstring)."""
    doc, levels = ctx.doc, ctx.lex.village_levels
    spans = sorted(spans, key=lambda e: e.start)
    known = {e.text for e in spans if e.label_ == "LOC" and len(e) >= 2 and e[0].text in levels}
    out: list[Span] = []
    skip_to = -1
    for n, e in enumerate(spans):
        if e.start < skip_to:
            continue
        if e.label_ == "LOC" and len(e) >= 2 and e[-1].text in levels:
            after = spans[n + 1] if n + 1 < len(spans) else None
            end = _name_end(doc, e.end - 1, after, known)
            if end > 0:
                ctx.drop_value(e)
                out.append(Span(doc, e.start, e.end - 1, label="LOC"))
                out.append(Span(doc, e.end - 1, end, label="LOC"))
                skip_to = end
                continue
        out.append(e)
    return out


def lower_heads(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The LOCs without the lower-case words they open with (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    out: list[Span] = []
    for e in spans:
        if e.label_ == "LOC" and len(e) >= 2 and e[0].is_lower and e[0].is_alpha:
            k = e.start
            while k < e.end and doc[k].is_lower and doc[k].is_alpha:
                k += 1
            first = doc[k] if k < e.end else None
            if (
                first is not None
                and first.text[:1].isupper()
                and first.lower_ not in lex.org_heads
                and first.text not in lex.unit_words
                and doc[e.start].text.rstrip(".") not in lex.name_cues
                and not all(is_common_word(t.text) for t in doc[k : e.end] if t.is_alpha)
            ):
                ctx.drop_value(e)
                e = Span(doc, k, e.end, label="LOC")
        out.append(e)
    return out
