"""Where a name starts and ends: edges, a bracketed acronym, "RI", the unit in front.

Holds the pass :func:`merge_acronyms` ("Himpunan Mahasiswa Islam (HMI)" is one ORG) and
the boundary helpers the gazetteer and model passes share.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon

__all__ = [
    "acronym_fits",
    "extend_paren",
    "extend_ri",
    "extend_unit",
    "merge_acronyms",
    "strip_edges",
]

_RI_TAIL = re.compile(r"\s*RI$")  # "PMI RI": the country tail is no letter of the name


def strip_edges(e: Span) -> Span | None:
    """Whitespace tokens ("\xa0" before a dash) are never part of an entity, nor is a
    trailing comma or semicolon ("Kementerian/Lembaga,")."""
    start, end = e.start, e.end
    while start < end and e.doc[start].is_space:
        start += 1
    while end > start and (e.doc[end - 1].is_space or e.doc[end - 1].text in (",", ";")):
        end -= 1
    if (start, end) == (e.start, e.end):
        return e
    return Span(e.doc, start, end, label=e.label_) if end > start else None


def acronym_fits(name: str, acronym: str) -> bool:
    """The acronym's letters are the name's capitals in order ("Dana Pihak Ketiga", "DPK"),
    or at least it starts with the name's first capital ("Badan SAR Nasional", "BASARNAS").

    >>> acronym_fits("Dana Pihak Ketiga", "DPK"), acronym_fits("Bank Indonesia", "SRBI")
    (True, False)
    """
    caps = [c for c in name if c.isupper()]
    letters = [c for c in _RI_TAIL.sub("", acronym) if c.isalpha()]
    if not caps or not letters:
        return False
    it = iter(caps)
    return all(c in it for c in letters) or letters[0] == caps[0]


def extend_paren(doc: Doc, end: int, start: int) -> int:
    """ "Mahkamah Konstitusi (MK)": the acronym in brackets belongs to the name, if its
    letters come from the name: "Sekuritas Rupiah Bank Indonesia (SRBI)" is no "Bank
    Indonesia (SRBI)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        inner = doc[end + 1]
        if inner.is_title and len(inner) <= 12:
            return end + 3
        if inner.is_upper and acronym_fits(doc[start:end].text, inner.text):
            return end + 3
    return end


def extend_ri(doc: Doc, end: int) -> int:
    """ "Kementerian Pertahanan Republik Indonesia" / "Kemhan RI" are one name."""
    if end < len(doc) and doc[end].text == "RI":
        return end + 1
    if end + 1 < len(doc) and doc[end].text == "Republik" and doc[end + 1].text == "Indonesia":
        return end + 2
    return end


def extend_unit(doc: Doc, start: int) -> int:
    """Start of "Biro Humas Kemnaker": walk left over Titlecase words to a unit word.

    Not inside a job title: in "Kepala Biro Humas Kemnaker" the unit words describe a
    person's position and only the institution is an entity.
    """
    lex = lexicon()
    i = start
    while i > 0 and start - i < 10:
        tok = doc[i - 1]
        if not (tok.is_title or tok.is_upper) or tok.is_punct or "\n" in tok.text_with_ws:
            break
        i -= 1
    else:
        if i > 0:  # a run this long is a title or a heading, not a unit name
            return start
    for j in range(i, start):
        if doc[j].text in lex.unit_words:
            if j > i and doc[j - 1].text in lex.title_heads:
                return start
            return j
        if doc[j].text in lex.title_heads:
            return start
    return start


def merge_acronyms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "Himpunan Mahasiswa Islam (HMI)" is one ORG, as in the annotated corpora
    (idner-news-2k train: the bracketed acronym inside the ORG 34x, outside 5x); an ORG
    span of the acronym alone is swallowed. Returns the spans sorted by start."""
    doc = ctx.doc
    owner = {i: e for e in spans for i in range(e.start, e.end)}
    drop: set[int] = set()
    out = []
    for e in sorted(spans, key=lambda x: x.start):
        if id(e) in drop:
            continue
        end = extend_paren(doc, e.end, e.start) if e.label_ == "ORG" else e.end
        if end != e.end:
            others = {id(owner[i]): owner[i] for i in range(e.end, end) if i in owner}
            inner = list(others.values())
            if not inner or (
                len(inner) == 1
                and inner[0].label_ == "ORG"
                and (inner[0].start, inner[0].end) == (e.end + 1, e.end + 2)
            ):
                drop.update(others)
                ctx.drop_value(e)
                e = Span(doc, e.start, end, label="ORG")
        out.append(e)
    return [e for e in out if id(e) not in drop]
