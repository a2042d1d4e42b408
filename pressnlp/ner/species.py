"""A species named after its range holds a LOC, not a name (press conventions).

"Badak Jawa", "Gajah Sumatera", "Harimau Sumatra", "Jalak Bali": the place is a LOC like any
place used as a modifier ("dolar AS", "ekonomi Indonesia"), the animal word is no part of it.
The model reads such a pair as one LOC ("Badak Jawa"), as a PERSON, or not at all.

:func:`species_places`: after a word of ``species_heads.txt`` comes a place the gazetteer knows
("Jawa", "Sumatera"; up to three words); the place becomes a LOC and a span that starts at the
animal word or inside the place gives way to it ("Badak Jawa 50" is LOC "Jawa"). Left alone: a
pair inside a longer name, i.e. a span that starts before the animal word ("Balai Konservasi
Badak Jawa") or a body word right before it ("Yayasan Badak Indonesia", "Pusat Konservasi Elang
Kamojang").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import known_as

__all__ = ["species_places"]

_MAX_PLACE_WORDS = 3


def _place_after(doc: Doc, i: int) -> int:
    """The end of the longest known place of up to three capitalised words from ``i``, or -1."""
    best = -1
    end = i
    while end < len(doc) and end - i < _MAX_PLACE_WORDS:
        tok = doc[end]
        if not (tok.text[:1].isupper() and tok.text.isalpha()):
            break
        end += 1
        if known_as(doc[i:end].text) == "LOC":
            best = end
        if "\n" in tok.whitespace_:
            break
    return best


def _in_a_name(ctx: NerContext, i: int) -> bool:
    """The animal word at ``i`` follows a body or venue word ("Yayasan Badak Indonesia")."""
    if i == 0 or ctx.doc[i - 1].whitespace_ == "":
        return False
    prev = ctx.doc[i - 1]
    lex = ctx.lex
    return prev.text[:1].isupper() and (
        prev.lower_ in lex.org_heads
        or prev.lower_ in lex.institution_words
        or prev.text in lex.unit_words
        or prev.text in lex.venue_heads
    )


def _targets(ctx: NerContext) -> list[tuple[int, int, int]]:
    """(animal word, place start, place end) of each species named after a place."""
    doc, heads = ctx.doc, ctx.lex.species_heads
    out = []
    for tok in doc[:-1]:
        if tok.lower_ not in heads or not tok.text.isalpha() or "\n" in tok.whitespace_:
            continue
        end = _place_after(doc, tok.i + 1)
        if end > 0 and not _in_a_name(ctx, tok.i):
            out.append((tok.i, tok.i + 1, end))
    return out


def species_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Spans with each species' place a LOC (see the module docstring)."""
    targets = _targets(ctx)
    if not targets:
        return spans
    out = list(spans)
    for head, start, end in targets:
        hits = [e for e in out if e.start < end and e.end > head]
        if any(e.start < head for e in hits):
            continue  # the pair is part of a longer name
        out = [e for e in out if e not in hits]
        out.append(Span(ctx.doc, start, end, label="LOC"))
    return sorted(out, key=lambda e: e.start)
