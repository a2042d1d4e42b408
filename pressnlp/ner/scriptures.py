"""A holy book is no place, person or body (press conventions: nothing but PERSON, ORG, LOC
and DATE is an entity, and a work is none of them).

The model reads "Al-Qur’an" as a LOC ("dalam [Al-Qur’an] disebutkan", "jilbab, mukena, dan
[Al-Qur'an]"), and the words around it as a name ("Pekan [Tilawatil Al-Qur’an]", a headline's
"[Salurkan Al-Qur’an Braille]").

:func:`drop_scriptures`: a PERSON, ORG or LOC holding a word of ``data/ner/scriptures.txt`` is
no entity, unless it opens with a body word or a unit word or a gazetteer knows it ("[Lembaga
Pentashihan Mushaf Al-Qur’an]", "[Institut Ilmu Al-Qur’an]"); nor is a PERSON, ORG or LOC of one
word right after such a word that no gazetteer knows: it names a form of the book
("Al-Qur’an [Braille]", "mushaf [Braille]").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of

__all__ = ["drop_scriptures"]

_MARKS = re.compile(r"['’`-]")


def _holds_scripture(ctx: NerContext, e: Span) -> bool:
    return any(_MARKS.sub("", t.lower_) in ctx.lex.scriptures for t in e)


def _names_body(ctx: NerContext, e: Span) -> bool:
    lex, first = ctx.lex, e[0]
    return (
        first.lower_ in lex.org_heads | lex.institution_words
        or first.text in lex.unit_words
        or (e.label_ != "PERSON" and value_of(e.label_, e.text) is not None)
        or bool(gazetteer.exact_institution(e.text))
    )


def _book_form(ctx: NerContext, e: Span) -> bool:
    """A one-word span no gazetteer knows right after a holy book ("mushaf [Braille]")."""
    if e.label_ not in ("PERSON", "ORG", "LOC") or len(e) != 1 or not e.start:
        return False
    before = _MARKS.sub("", ctx.doc[e.start - 1].lower_)
    # a PERSON's value is its text: only a place or body the gazetteer knows stays
    known = e.label_ != "PERSON" and value_of(e.label_, e.text) is not None
    return before in ctx.lex.scriptures and not known


def drop_scriptures(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans without those that name a holy book (module docstring)."""
    out: list[Span] = []
    for e in spans:
        named = e.label_ in ("PERSON", "ORG", "LOC") and _holds_scripture(ctx, e)
        if (named and not _names_body(ctx, e)) or _book_form(ctx, e):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
