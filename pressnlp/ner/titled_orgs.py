"""A job title is no part of the body it names (press conventions: "Kepala **BKN**").

:func:`strip_org_titles`: an ORG that opens with a job title ("Deputi Bidang Koordinasi BUMN
Kemenko Perekonomian", "Deputi Gubernur Senior Bank Indonesia", "Asisten Deputi Kerja Sama
Ekonomi Multilateral Kemenko Perekonomian", "Deputi BKN") is the body after the title: the
unit the title heads, written with its parent ("Kepala [Biro Humas Kemnaker]", "Pelaksana
Tugas Kepala [Dinas Sosial]"), else the known body that ends the span ("[Kemenko
Perekonomian]"), else the known body inside it; a span that is a title only is none. The
portfolio after "Deputi"/"Deputi Bidang" is no body ("Deputi Bidang Koordinasi Pangan" holds
no ORG). The news conventions keep "Asisten Deputi Humas Kemensetneg" whole
(``data/ner/unit_titles.txt``); the press gold set never does.
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.names import title_at

__all__ = ["strip_org_titles"]


def _title_end(ctx: NerContext, e: Span) -> int:
    """The token after the job titles that open ``e`` ("Pelaksana Tugas Kepala Dinas"), the
    unit noun a title ends with given back ("Kepala Biro" -> "Biro")."""
    doc, lex = ctx.doc, ctx.lex
    pos = e.start
    while pos < e.end:
        size = title_at(doc, pos)
        if size == 0 and doc[pos].lower_ in lex.unit_titles:
            size = 1  # "Deputi", "Asisten Deputi"
        if size == 0:
            break
        pos += size
        if doc[pos - 1].lower_ in lex.org_heads:
            return pos - 1
    return min(pos, e.end)


def _known(text: str) -> bool:
    # exact names only: the lookup also reads "Senior Bank Indonesia" as Bank Indonesia
    return bool(gazetteer.exact_institution(text))


def _body(ctx: NerContext, e: Span, pos: int) -> Span | None:
    """The body named after the title (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    if pos == e.end:
        return None
    if doc[pos].lower_ in lex.org_heads:
        return Span(doc, pos, e.end, label="ORG")
    for k in range(pos, e.end):
        if doc[k].text[:1].isupper() and _known(doc[k : e.end].text):
            return Span(doc, k, e.end, label="ORG")
    for k in range(pos, e.end):
        for end in range(e.end - 1, k, -1):
            if doc[k].text[:1].isupper() and _known(doc[k:end].text):
                return Span(doc, k, end, label="ORG")
    return None


def strip_org_titles(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with job titles out of ORGs (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if e.label_ != "ORG" or gazetteer.exact_institution(e.text):
            out.append(e)
            continue
        pos = _title_end(ctx, e)
        if pos == e.start:
            out.append(e)
            continue
        ctx.drop_value(e)
        body = _body(ctx, e, pos)
        if body is not None:
            out.append(body)
    return out
