"""A village's level word opens its name (press conventions).

The model reads a village's level word written after a landmark as the landmark's last word
and cuts the name after it where a common word stands in it: in a PU headline "Jembatan
Armco Gampong Salah Sirong Segera Dibangun" gave LOC "Jembatan Armco Gampong" and LOC
"Sirong" ("salah" is the word for "wrong").

:func:`village_names`: a LOC of several words ending in a level word
(``data/ner/village_levels.txt``: "Desa", "Gampong", "Nagari" ...) ends before it; the level
word and the capitalised words after it up to the end of the LOC that follows within two
words, or as far as the release writes the same village elsewhere as a LOC ("jembatan
darurat [Gampong Salah Sirong]"), are one LOC: "Jembatan Armco [Gampong Salah Sirong]".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext

__all__ = ["village_names"]

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
