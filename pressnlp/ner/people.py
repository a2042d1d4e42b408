"""Person / organisation boundaries the statistical model gets wrong on press releases.

The pass :func:`fix_people` (both conventions), in this order:

* a company named in English with a possessive is no person: "Moody's", "Moody's
  Investors Service" are ORG;
* an honorific alone is no person ("H.E. Mr", "Sp"), and in front of a name it is left out
  ("H.E. Mr. Mitsuru Myochin"); a few English words the model takes for first names are no
  persons ("Green jobs"): ``data/ner/not_person_words.txt``;
* a person glued to the institution before it is split off: "Kementerian Kehutanan Mahfudz"
  is ORG + PERSON, and so is "PLN Dewi Setyaharini" after a job title (a known acronym before
  two name words: "Manajer Yayasan Baitul Maal PLN Dewi Setyaharini"), "Kementerian Perhutanan Catur" + "Endah Prasetiani" is ORG + PERSON
  "Catur Endah Prasetiani" (but not where the last word ends a known name inside the ORG:
  "... Kemenko Perekonomian" + "Ferry Irawan"); where that word is an institution word the
  name is the institution's ("Laporan Keuangan Yayasan" + "Abdurrahman Bin Auf" gives ORG
  "Yayasan Abdurrahman Bin Auf"), and so is a PERSON right after an institution word no span
  holds, or before a LOC no gazetteer knows ("dengan [Yayasan Rockefeller]", "[Yayasan Badak
  Indonesia]");
* a name-forming word before a person belongs to the name after a job title ("Menteri
  Kehutanan Raja Juli Antoni"), and so do particles inside it ("Lula da Silva").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word, name_token, title_at
from pressnlp.resources import word_frequencies

__all__ = ["fix_people"]

# institution words that open a name (English ones close it: "Amal Insani Foundation")
_OPENING_INSTITUTIONS = frozenset({"yayasan", "universitas", "institut"})

_POSSESSIVE = frozenset({"'s", "’s"})
_LOWER_USES = 10  # lower-case uses that make a word a subsidiary's, not a name's
_TITLE_REACH = 5  # words between a job title and the acronym of its body ("Manajer Yayasan ...")


def fix_people(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with the person/organisation boundaries fixed (module docstring); a
    changed span loses its value in ``ctx.values``."""
    out: list[Span] = []
    for e in spans:
        out.extend(_one(ctx, e))
    out = _join_persons(ctx, out)
    return out


def _one(ctx: NerContext, e: Span) -> list[Span]:
    doc, lex = ctx.doc, ctx.lex
    if e.label_ == "PERSON":
        end = e.end
        if end < len(doc) and doc[end].text in _POSSESSIVE and not doc[end - 1].whitespace_:
            end += 1  # "Moody" + "'s"
        if any(t.text in _POSSESSIVE for t in doc[e.start : end]):
            ctx.drop_value(e)
            return [Span(doc, e.start, end, label="ORG")]
        start = e.start
        while start < e.end and _honorific(doc, start, lex.honorifics):
            start += 1
        if start == e.end or (e.end - start == 1 and doc[start].text in lex.not_person_words):
            return []
        if start != e.start:
            ctx.drop_value(e)
            return [Span(doc, start, e.end, label="PERSON")]
        return [e]
    if e.label_ == "ORG" and len(e) >= 3:
        return _person_tail(ctx, e)
    return [e]


def _honorific(doc: Doc, i: int, honorifics: frozenset[str]) -> bool:
    t = doc[i].text
    return t.rstrip(".") in honorifics or (t == "." and i > 0 and doc[i - 1].text in honorifics)


def _person_tail(ctx: NerContext, e: Span) -> list[Span]:
    """ "Kementerian Kehutanan Mahfudz": the longest known institution at the start of an
    ORG, followed only by name words, is the ORG; the name words are a PERSON."""
    doc, lex = ctx.doc, ctx.lex
    # a known body of one word may be the ORG before a full name after a job title ("Manajer
    # Yayasan Baitul Maal PLN" + "Dewi Setyaharini", "Sekretaris Jenderal Kemnaker" + "Cris
    # Kuntadi"; not "ASEAN Power Grid", "Direktur Utama PLN Nusantara Power")
    titled = len(e) >= 3 and _titled_before(doc, e.start) and _no_unit_words(e[1:])
    first = e.start + 1 if titled else e.start + 2
    for cut in range(e.end - 1, first - 1, -1):
        if not gazetteer.exact_institution(doc[e.start : cut].text):
            continue
        tail = doc[cut : e.end]
        # after an acronym alone a first name may be a common word ("Dewi"), not a surname
        given = cut == e.start + 1 and not is_common_word(tail[-1].text)
        if len(tail) > 4 or not all(
            name_token(t)
            and not t.text.isupper()
            and (given or not is_common_word(t.text))
            and t.text not in lex.unit_words
            and t.lower_ not in lex.org_heads
            for t in tail
        ):
            return [e]
        if known_as(tail.text) or value_of("LOC", tail.text) is not None:
            return [e]
        ctx.drop_value(e)
        return [Span(doc, e.start, cut, label="ORG"), Span(doc, cut, e.end, label="PERSON")]
    return [e]


def _no_unit_words(tail: Span) -> bool:
    """No word of ``tail`` is one the corpus writes in lower case ``_LOWER_USES`` times or
    more: a name ("Dewi Setyaharini", "Cris Kuntadi"), no subsidiary ("Nusantara Power",
    "Hulu Rokan")."""
    freq = word_frequencies()
    return not any((f := freq.get(t.lower_)) is not None and f.lower >= _LOWER_USES for t in tail)


def _titled_before(doc: Doc, i: int) -> bool:
    """A job title opens one of the ``_TITLE_REACH`` capitalised words before ``i``."""
    for k in range(i - 1, max(-1, i - 1 - _TITLE_REACH), -1):
        if not doc[k].text[:1].isupper():
            return False
        if title_at(doc, k):
            return True
    return False


def _ends_known_name(doc: Doc, org: Span) -> bool:
    """The ORG's last word ends a known institution name inside it: "Deputi Bidang Koordinasi
    BUMN [Kemenko Perekonomian]" + "Ferry Irawan" keeps "Perekonomian" (no first name)."""
    return any(
        gazetteer.exact_institution(doc[k : org.end].text) for k in range(org.start, org.end - 1)
    )


def _after_acronym(doc: Doc, i: int) -> bool:
    """A title's bracketed acronym ends right before ``i``: "Gubernur Nusa Tenggara Barat
    (NTB) [Lalu] Muhamad Iqbal"."""
    return (
        i >= 3 and doc[i - 1].text == ")" and doc[i - 2].text.isupper() and doc[i - 3].text == "("
    )


def _named_institution(ctx: NerContext, e: Span, taken: set[int]) -> bool:
    """An institution word no span holds right before a PERSON or a LOC no gazetteer knows:
    the institution is named after them ("dengan Yayasan [Rockefeller]", "SPPG Yayasan [Hussa
    Rasyada Aryani]", "Yayasan [Badak Indonesia] (YABI)")."""
    if e.start == 0 or e.start - 1 in taken or e.label_ not in ("PERSON", "LOC"):
        return False
    if e.label_ == "LOC" and value_of("LOC", e.text) is not None:
        return False  # "Universitas [Indonesia]" is left to the gazetteer
    word = ctx.doc[e.start - 1]
    return word.is_title and word.lower_ in _OPENING_INSTITUTIONS


def _join_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ORG + PERSON written together where the ORG's last word starts the name
    ("Kementerian Perhutanan Catur" + "Endah Prasetiani"); a name-forming word before a
    PERSON after a job title ("Raja Juli Antoni"); PERSON + particle + name ("Lula da
    Silva")."""
    doc, lex = ctx.doc, ctx.lex
    spans = sorted(spans, key=lambda x: x.start)
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    k = 0
    while k < len(spans):
        e = spans[k]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if e.label_ == "PERSON" and out and out[-1].label_ == "ORG" and out[-1].end == e.start:
            org = out[-1]
            last = doc[org.end - 1]
            if (
                len(org) >= 3
                and name_token(last)
                and not last.text.isupper()
                and last.text not in lex.unit_words
                and not gazetteer.exact_institution(org.text)
                and known_as(last.text) == ""
                and not _ends_known_name(doc, org)
            ):
                ctx.drop_value(org)
                out[-1] = Span(doc, org.start, org.end - 1, label="ORG")
                # "Laporan Keuangan [Yayasan] + Abdurrahman Bin Auf": a foundation's name
                label = "ORG" if last.lower_ in lex.institution_words else "PERSON"
                e = Span(doc, org.end - 1, e.end, label=label)
        if _named_institution(ctx, e, taken):
            e = Span(doc, e.start - 1, e.end, label="ORG")  # "[Yayasan Rockefeller]"
        if e.label_ == "PERSON":
            start = e.start
            if (
                start >= 2
                and doc[start - 1].text in lex.name_forming
                and start - 1 not in taken
                and (doc[start - 2].text[:1].isupper() or _after_acronym(doc, start - 1))
            ):
                e = Span(doc, start - 1, e.end, label="PERSON")
            end = e.end
            if (
                end + 1 < len(doc)
                and doc[end].lower_ in lex.name_particles
                and doc[end].is_lower
                and name_token(doc[end + 1])
            ):
                if nxt is not None and nxt.label_ == "PERSON" and nxt.start == end + 1:
                    e = Span(doc, e.start, nxt.end, label="PERSON")
                    k += 1
                elif end + 1 not in taken and known_as(doc[end + 1].text) == "":
                    e = Span(doc, e.start, end + 2, label="PERSON")
        out.append(e)
        k += 1
    return out
