"""Services called a bank are no body (press spec: products, programmes and instruments are
no ORG).

:func:`service_banks` (press conventions): an ORG opening with "Bank" and a word of
``data/ner/banked_goods.txt`` ("[Bank Emas]", "[Bank Emas (Bullion Services)]", "[Bank
Bullion]"), which no gazetteer knows, is no entity; a country in it is still a LOC ("Bank Emas
[Indonesia]"), and a known body after it is kept ("Bank Emas [Pegadaian]").
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.ner.terms import countries_in

__all__ = ["service_banks"]


def _service(ctx: NerContext, e: Span) -> bool:
    return (
        e.label_ == "ORG"
        and len(e) >= 2
        and e[0].text == "Bank"
        and e[1].text in ctx.lex.banked_goods
        and not gazetteer.exact_institution(e.text)
    )


def _rest(ctx: NerContext, e: Span, taken: set[int]) -> list[Span]:
    """What stays of a service's span: a known body closing it, else its countries."""
    doc = ctx.doc
    for k in range(e.start + 2, e.end):
        if doc[k].text[:1].isupper() and value_of("ORG", doc[k : e.end].text) is not None:
            return [Span(doc, k, e.end, label="ORG")]
    return countries_in(ctx, e.start + 2, e.end, taken)


def service_banks(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the services called a bank (module docstring)."""
    services = [e for e in spans if _service(ctx, e)]
    if not services:
        return spans
    out = [e for e in spans if e not in services]
    taken = {i for e in out for i in range(e.start, e.end)}
    for e in services:
        ctx.drop_value(e)
        out += _rest(ctx, e, taken)
    return sorted(out, key=lambda x: x.start)
