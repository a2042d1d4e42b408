"""Units named by a list of fields, and bodies that a release counts (press conventions).

* :func:`unit_names`: a ministry's unit is often named by the fields it covers, with commas
  and "dan": "Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama", "Departemen
  Literasi, Inklusi Keuangan, dan Komunikasi", "Balai Penataan Bangunan, Prasarana dan
  Kawasan", "Biro Hubungan Masyarakat dan Kerjasama Luar Negeri". Such a name is one ORG
  (heads: ``data/ner/list_unit_heads.txt``). The list ends at its "dan" item; a comma item
  that opens with a body of its own ("…, Kementerian Kehutanan") is the next name, and so
  is anything after a line break or a lost one (glued text).
* :func:`counted_bodies`: an acronym the release counts ("3.193 SPPG", "35 Unit Pelaksana
  Teknis (UPT)") names a class of units, not one body: none of its mentions is an ORG, nor
  the long form it abbreviates (the press spec's "aset BUMN" family, found in the text
  itself rather than in a list).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import known_as, value_of

__all__ = ["counted_bodies", "unit_names"]

_AND = frozenset({"dan", "serta", "&"})
_ROMAN = re.compile(r"[IVX]{1,5}")
# a count before an acronym: "3.193 SPPG", "35 UPT"; a year is no count ("2025 BI")
_COUNT = re.compile(r"\d{1,3}(?:\.\d{3})*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL = re.compile(r"(?i)\bke\s*-?\s*$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
# the longest run a unit name may take, in tokens
_MAX_TOKENS = 24
_NOT_FIELDS = frozenset({"Deputi", "Asisten", "Tahun"})


def _breaks(doc: Doc, i: int) -> bool:
    """A line break, or a lost one (two words glued), lies between tokens ``i-1`` and ``i``."""
    prev = doc[i - 1]
    if "\n" in prev.whitespace_ or prev.is_space or doc[i].is_space:
        return True
    return not prev.whitespace_ and prev.is_alpha and doc[i].is_alpha


def _word(tok: Token) -> bool:
    t = tok.text
    return (t[:1].isupper() and t.replace("-", "").isalpha()) or _ROMAN.fullmatch(t) is not None


def _run_end(ctx: NerContext, head: int, starts: dict[int, Span]) -> int:
    """End of the capitalised run (with commas and "dan") that starts at ``head``."""
    doc = ctx.doc
    end = head + 1
    while end < len(doc) and end - head < _MAX_TOKENS and not _breaks(doc, end):
        tok = doc[end]
        if tok.text in _AND or tok.text == ",":
            end += 1
            continue
        # a job title ("Direktur", "Deputi") or "Tahun" (Anggaran 2025) starts no field
        if not _word(tok) or tok.text in ctx.lex.title_heads or tok.text in _NOT_FIELDS:
            break
        e = starts.get(end)
        if e is not None and e.label_ in ("PERSON", "DATE"):
            break
        if e is not None and e.label_ == "ORG" and value_of("ORG", e.text) is not None:
            return e.end  # the parent ends the name: "Biro Umum ... Kemenko Perekonomian"
        end += 1
    return end


def _item_opens_body(ctx: NerContext, i: int, starts: dict[int, Span]) -> bool:
    """Token ``i`` opens a name of its own: a body's head word ("Kementerian", "Dinas"), a
    known body, a place or a person."""
    tok = ctx.doc[i]
    if tok.text in ctx.lex.list_unit_heads or tok.text.lower() in ctx.lex.org_heads:
        return True
    return _a_name(ctx, starts.get(i))


def _a_name(ctx: NerContext, e: Span | None) -> bool:
    """``e`` is a place, a person or a known body; a model's unknown ORG inside a unit's
    name ("Departemen Literasi, [Inklusi Keuangan], ...") is no evidence of a second name."""
    if e is None:
        return False
    # "Humas Badan Gizi Nasional" is known through its parent: the unit goes on
    known = value_of("ORG", e.text) is not None and e[0].text not in ctx.lex.unit_words
    return e.label_ != "ORG" or known


def _named(ctx: NerContext, head: int, k: int, starts: dict[int, Span]) -> bool:
    """The words ``head+1..k`` already hold a name (an acronym, a tagged span): the unit is
    named after its parent or place ("Balai Perhutanan Sosial Bogor", "Biro Korwas Bareskrim
    Mabes Polri"), not by a list."""
    doc = ctx.doc
    return any(
        _a_name(ctx, starts.get(j))
        or (doc[j].text.isupper() and len(doc[j].text) > 1)
        or known_as(doc[j:k].text) == "ORG"  # "... Mabes Polri"
        for j in range(head + 1, k)
    )


def _trim(ctx: NerContext, head: int, end: int, starts: dict[int, Span]) -> int:
    """Cut the run ``head..end`` to the unit's name: one list, closed by its "dan" item."""
    doc = ctx.doc
    first = starts.get(head)
    # "Badan Perlindungan Konsumen Nasional, serta ...": a known body ends at its own end
    known = first is not None and value_of("ORG", first.text) is not None
    known_end = first.end if first is not None and known else end + 1
    closed = False
    k = head + 1
    last = head + 1  # end of the last kept word
    while k < end:
        t = doc[k].text
        if t == "," or t in _AND:
            nxt = k + 1
            while nxt < end and (doc[nxt].text == "," or doc[nxt].text in _AND):
                nxt += 1
            if known_end <= k:
                break
            if nxt >= end or k == head + 1 or _item_opens_body(ctx, nxt, starts):
                break  # "Pusat dan Daerah" is no name: the first item has two words or more
            if _named(ctx, head, k, starts):
                break  # "Biro Korwas Bareskrim Mabes Polri dan Subdit V ...": two bodies
            if t == ",":
                if closed or not any(doc[j].text in _AND for j in range(k, end)):
                    break  # a comma after the list is closed, or with no "dan" to close it
            else:
                closed = True
            k = nxt
            continue
        k += 1
        last = k
    return last


def unit_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Units named by a list of fields are one ORG (module docstring). Spans inside the new
    name are replaced; a name that would cut a span is not made."""
    doc, heads = ctx.doc, ctx.lex.list_unit_heads
    starts = {e.start: e for e in spans}
    covered = {i: e for e in spans for i in range(e.start, e.end)}
    made: list[Span] = []
    i = 0
    while i < len(doc):
        e = covered.get(i)
        if doc[i].text not in heads or (e is not None and (e.start < i or e.label_ != "ORG")):
            i += 1
            continue
        end = _trim(ctx, i, _run_end(ctx, i, starts), starts)
        inside = {id(x) for k in range(i, end) if (x := covered.get(k)) is not None}
        cut = any(x.end > end for k in range(i, end) if (x := covered.get(k)) is not None)
        listed = any(doc[k].text in _AND or doc[k].text == "," for k in range(i + 1, end))
        if listed and not cut and not (e is not None and e.end == end):
            made.append(Span(doc, i, end, label="ORG"))
            spans = [x for x in spans if id(x) not in inside]
        i = max(end, i + 1)
    for new in made:
        ctx.drop_value(new)
    return sorted(spans + made, key=lambda x: x.start)


def _counted(doc: Doc, text: str, i: int) -> bool:
    """Token ``i`` is preceded by a count: "3.193 [SPPG]", "35 [Unit] Pelaksana Teknis";
    not a year ("2025 BI") nor an ordinal ("HUT ke 80 TNI")."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if _COUNT.fullmatch(prev.text) is None or _YEAR.fullmatch(prev.text) is not None:
        return False
    return _ORDINAL.search(text, max(0, prev.idx - 4), prev.idx) is None


def _long_form_acronym(doc: Doc, e: Span) -> str | None:
    """The acronym written in brackets right after ``e``: "Unit Pelaksana Teknis (UPT)"."""
    if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")":
        inner = doc[e.end + 1].text
        return inner if _ACRONYM.fullmatch(inner) else None
    return None


def counted_bodies(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Drop every ORG mention of an acronym the release counts, and its long form."""
    doc = ctx.doc
    counted = {t.text for t in doc if _ACRONYM.fullmatch(t.text) and _counted(doc, ctx.text, t.i)}
    for e in spans:
        acr = _long_form_acronym(doc, e) if e.label_ == "ORG" else None
        if acr is not None and _counted(doc, ctx.text, e.start):
            counted.add(acr)
    # a body the gazetteer knows is one body however it is counted
    counted = {a for a in counted if value_of("ORG", a) is None}
    if not counted:
        return spans
    return [
        e
        for e in spans
        if e.label_ != "ORG" or not (e.text in counted or _long_form_acronym(doc, e) in counted)
    ]
