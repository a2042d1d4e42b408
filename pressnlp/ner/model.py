"""The first pass: the statistical model's spans, cleaned of what is plainly no entity."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from pressnlp.ner.boundaries import strip_edges
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.ner.names import sentence_initial_word

__all__ = ["model_spans"]


def _before_blank_line(e: Span) -> Span | None:
    """The part of ``e`` before a blank line inside it: a name never runs over a paragraph
    break, and what follows the break opens a new line of its own ("Kemenhut\r\nKrisdianto
    \r\n\r\nWebsite:" is PERSON "Krisdianto"; kemenhut-cms-2025 releases end with such a
    contact block)."""
    for tok in e:
        if tok.is_space and tok.text.count("\n") >= 2:
            return (
                strip_edges(Span(e.doc, e.start, tok.i, label=e.label_))
                if tok.i > e.start
                else None
            )
    return e


def model_spans(ctx: NerContext, spans: Iterable[Span]) -> list[Span]:
    """The model's spans without edge whitespace or a trailing comma (see
    :func:`~pressnlp.ner.boundaries.strip_edges`) and cut before a blank line, less the
    PERSON spans that are nothing but a degree or title ("M.Eng.", "drg.") or, with the PERSON
    rules on, one common word capitalised only because it opens a sentence ("Paparan
    diakhiri ...")."""
    out = []
    for e in map(strip_edges, spans):
        e = _before_blank_line(e) if e is not None else None
        if e is None:
            continue
        if e.label_ == "PERSON" and (
            value_of("PERSON", e.text) is None
            or (ctx.options.persons and sentence_initial_word(ctx.doc, e))
        ):
            continue
        out.append(e)
    return out
