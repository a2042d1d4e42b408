"""Phrases of the nation that name no place or body (press spec: a LOC is a place, an ORG
a body; "Tanah Air" is the homeland, "Indonesia Maju" and "Indonesia Emas" are visions).

:func:`national_phrases` (press conventions): a LOC or ORG that opens with a phrase of
``data/ner/national_phrases.txt`` ("[Tanah Air]", "[Indonesia Maju]", "[Tanah Air
Indonesia]") or runs into one ("[Visi Indonesia] Emas 2045") is no entity, unless a gazetteer
knows it; a country inside it is still a LOC ("Tanah Air [Indonesia]", "[Indonesia] Maju").
A name that holds a phrase in its middle keeps it ("[Kabinet Indonesia Maju]").
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.terms import drop_keeping_countries

__all__ = ["national_phrases"]


def _phrase_at(ctx: NerContext, k: int) -> int:
    """The end of the phrase that starts at token ``k``; -1 if none does."""
    doc = ctx.doc
    for words in ctx.lex.national_phrases:
        end = k + len(words)
        if end <= len(doc) and all(doc[k + j].lower_ == w for j, w in enumerate(words)):
            return end
    return -1


def _holds_phrase(ctx: NerContext, e: Span) -> bool:
    """``e`` opens with a phrase, or a phrase starting in it runs past its end."""
    if _phrase_at(ctx, e.start) > 0:
        return True
    return any(_phrase_at(ctx, k) > e.end for k in range(e.start + 1, e.end))


def national_phrases(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the LOCs and ORGs of a phrase of the nation, with the countries in
    them as LOCs (module docstring)."""
    return drop_keeping_countries(
        ctx, spans, lambda e: e.label_ in ("LOC", "ORG") and _holds_phrase(ctx, e)
    )
