"""A named venue or building is a LOC (press conventions): "di [The Stones Hotel], Legian",
"di [Takes Mansion and Hotel], Jakarta", "di [Hotel Borobudur]".

The model reads hotels and halls as companies. An ORG right after "di" whose first or last
word names a kind of building (``venue_words.txt``: Hotel, Resort, Ballroom, Convention
Center, Gedung, ...) is where something happens, not a body; a legal form ("di PT Sahid Jaya
Hotel") or a known institution keeps it an ORG.
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext

__all__ = ["venue_places"]

_LEGAL = frozenset({"pt", "persero", "(persero)", "tbk", "cv"})


def is_venue(ctx: NerContext, e: Span) -> bool:
    """Whether the ORG ``e`` names a venue (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    if e.start == 0 or doc[e.start - 1].lower_ != "di" or not e.text[:1].isupper():
        return False
    words = [t.lower_ for t in e]
    if not {words[0], words[-1], " ".join(words[-2:])} & lex.venue_words:
        return False
    if any(w.strip(".,") in _LEGAL or w in lex.legal_suffixes for w in words):
        return False
    return not gazetteer.exact_institution(e.text)


def venue_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with ORGs that name a venue relabelled LOC (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if e.label_ == "ORG" and is_venue(ctx, e):
            ctx.values.pop((e.start_char, e.end_char), None)
            e = Span(ctx.doc, e.start, e.end, label="LOC")
        out.append(e)
    return out
