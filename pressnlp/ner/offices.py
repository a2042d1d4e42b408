"""A body's office is the body, not a venue (press conventions).

"di Kantor Kemkomdigi, Jakarta Pusat", "di kantor Kementerian BUMN", "Kantor Pusat BKN": the
press gold sets mark the body as an ORG and leave "Kantor" (and "Kantor Pusat") out; the model
reads the phrase as a named venue, a LOC. A body whose name opens with "Kantor" ("Kantor Staf
Presiden", "Kantor Staf Kepresidenan", "Kantor Layanan Teknis") is no office of another body
and keeps its words. So is the body's sphere in a Title Case headline ("Pejabat Tinggi Madya
di Lingkungan Kementerian ESDM": the ORG "Kementerian ESDM", as "di lingkungan" in running
text).

:func:`office_bodies`: a LOC or ORG span "Kantor [Pusat|Utama] X" where X is exactly a body the
gazetteer knows (after "PT" or not: "Kantor Utama [PT Pertamina]") and the whole span is not
becomes ORG X.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext

__all__ = ["after_head_office", "office_bodies"]

_HEAD_OFFICE = frozenset({"Pusat", "Utama"})  # "Kantor Pusat BKN", "Kantor Utama PT ..."


def _body_start(ctx: NerContext, e: Span) -> int:
    """Where the body starts after "Kantor" / "Kantor Pusat" or a within-noun ("Lingkungan",
    "Jajaran") opening ``e``, or -1."""
    if len(e) >= 2 and e[0].lower_ in ctx.lex.within_nouns:
        return e.start + 1
    if len(e) < 2 or e[0].lower_ != "kantor":
        return -1
    k = 2 if e[1].text in _HEAD_OFFICE and len(e) > 2 else 1
    return e.start + k


def after_head_office(doc: Doc, k: int) -> bool:
    """Whether "Kantor Pusat" or "Kantor Utama" ends right before token ``k`` ("di Kantor
    Utama [PT Pertamina]": "Utama" there closes no job title)."""
    return k >= 2 and doc[k - 2].lower_ == "kantor" and doc[k - 1].text in _HEAD_OFFICE


def _known_body(body: Span) -> bool:
    """A body the gazetteer knows, as written or after "PT" ("PT Pertamina")."""
    if body[0].text == "PT" and len(body) > 1:
        body = body[1:]
    return bool(gazetteer.exact_institution(body.text))


def office_bodies(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Spans with "Kantor X" or "Lingkungan X" read as the body X (module docstring)."""
    out = []
    for e in spans:
        start = _body_start(ctx, e) if e.label_ in ("LOC", "ORG") else -1
        if start > 0 and _known_body(ctx.doc[start : e.end]) and not _known_body(e):
            e = Span(ctx.doc, start, e.end, label="ORG")
        out.append(e)
    return out
