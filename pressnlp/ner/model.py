"""The first pass: the statistical model's spans, cleaned of what is plainly no entity."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from pressnlp.ner.boundaries import strip_edges
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.ner.names import sentence_initial_word

__all__ = ["model_spans"]


def model_spans(ctx: NerContext, spans: Iterable[Span]) -> list[Span]:
    """The model's spans without edge whitespace or a trailing comma (see
    :func:`~pressnlp.ner.boundaries.strip_edges`), less the PERSON spans that are nothing but
    a degree or title ("M.Eng.", "drg.") or, with the PERSON rules on, one common word
    capitalised only because it opens a sentence ("Paparan diakhiri ...")."""
    out = []
    for e in map(strip_edges, spans):
        if e is None:
            continue
        if e.label_ == "PERSON" and (
            value_of("PERSON", e.text) is None
            or (ctx.options.persons and sentence_initial_word(ctx.doc, e))
        ):
            continue
        out.append(e)
    return out
