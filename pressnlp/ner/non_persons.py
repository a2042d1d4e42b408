"""What the model takes for a person and is none (press conventions), after the
person/organisation boundaries are fixed.

:func:`place_persons`: a country is no person, and the model reads a country written before
a name, or standing alone where a name could, as part of a PERSON:

* a PERSON or ORG that opens with a country and goes on with a person's name is a LOC and a
  PERSON ("Presiden [Brasil] [Luiz Inacio Lula da Silva]", "Presiden [AS] [Donald Trump]");
* a PERSON that is exactly a country is a LOC ("“[Brasil] telah membuktikan ...").

:func:`not_names`: a name of several words holds no acronym and no lower-case word but its
particles ("bin", "da"): "Physical AI", "Make in India", "Seluruh SPPG", "Satya Lencana Karya
Satya PNS" are no PERSON (an all-capitals name, "ERICK THOHIR", and initials, "MH", are).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.names import looks_like_name

__all__ = ["not_names", "place_persons"]

_ROMAN = re.compile(r"[IVXLC]+")  # "Hamengkubuwono X", "Paus Leo XIV"
_COUNTRY_WORDS = 3  # "Amerika Serikat", "Papua Nugini", "Republik Rakyat Tiongkok"


def _country(span: Span) -> bool:
    return span[0].text[:1].isupper() and gazetteer.lookup_country(span.text) is not None


def _split(ctx: NerContext, e: Span) -> list[Span]:
    doc = ctx.doc
    # an ORG needs a job title before it: "Presiden AS Donald Trump", not "Indonesia Bullion
    # Market Association"
    if not (e.label_ == "PERSON" or (e.start > 0 and doc[e.start - 1].text[:1].isupper())):
        return [e]
    for size in range(min(_COUNTRY_WORDS, len(e) - 2), 0, -1):
        head, rest = doc[e.start : e.start + size], doc[e.start + size : e.end]
        if _country(head) and len(rest) >= 2 and looks_like_name(rest):
            ctx.drop_value(e)
            return [
                Span(doc, head.start, head.end, label="LOC"),
                Span(doc, rest.start, rest.end, label="PERSON"),
            ]
    return [e]


def place_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with countries out of PERSONs (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if e.label_ not in ("PERSON", "ORG"):
            out.append(e)
        elif e.label_ == "PERSON" and _country(e):
            ctx.drop_value(e)
            out.append(Span(ctx.doc, e.start, e.end, label="LOC"))
        elif len(e) >= 3 and not gazetteer.exact_institution(e.text):
            out += _split(ctx, e)
        else:
            out.append(e)
    return out


def _foreign_word(ctx: NerContext, t: Token) -> bool:
    """A word no personal name holds: an acronym ("AI", "SPPG") or a lower-case word that is
    no name particle ("in")."""
    text = t.text
    if not t.is_alpha:
        return False
    if text.isupper():
        return len(text) >= 2 and _ROMAN.fullmatch(text) is None
    return text.islower() and text not in ctx.lex.name_particles


def not_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the PERSONs that are no names (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if (
            e.label_ == "PERSON"
            and len(e) >= 2
            and not e.text.isupper()
            and any(_foreign_word(ctx, t) for t in e)
        ):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
