"""One span that names several things becomes several spans.

The pass :func:`split_spans`, in this order on each span:

* an ORG or LOC that is a comma list of names is split ("IPB University, Kedutaan Besar
  Amerika Serikat", "Gaza, Palestina"); official names with commas stay; a PERSON with
  "dan" inside is two people, and so is a LOC no gazetteer knows of two short names joined
  by "dan" two places ("[Linge] dan [Reje Payung]");
* a span ends before a lower-case verb or function word inside it ("Kementerian Koperasi
  dan UKM menggandeng OECD" is two ORGs; "Mojokerto tahun" loses its tail);
* an institution of a foreign state ends before "Republik <country>", which becomes a LOC;
* an ORG ends before a slash and a job title ("Kementerian PPN/Sekretaris Utama Bappenas"),
  and a known place after a comma is a LOC of its own ("Kementerian Investasi, Indonesia").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word, person_label

__all__ = ["split_spans"]

_REGION_KINDS = frozenset({"Provinsi", "Kabupaten", "Kota", "Kepulauan", "Pulau"})


def split_spans(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Every span split where it names several things (see the module docstring); a split
    span's value in ``ctx.values`` is dropped."""
    out: list[Span] = []
    for e in spans:
        for piece in _split_lists(ctx, _cut_slash_title(ctx, e)):
            for part in _split_at_verb(ctx, piece):
                out.extend(_split_foreign_state(ctx, part))
    return out


def _split_lists(ctx: NerContext, e: Span) -> list[Span]:
    """An ORG or LOC is no list: "IPB University, Kedutaan Besar Amerika Serikat" is two
    ORGs, "Jakarta, Indonesia" two LOCs (no PER/ORG/LOC span of idner-news-2k holds a
    comma). A known name with commas stays whole ("Badan Meteorologi, Klimatologi, dan
    Geofisika"), and so does a legal suffix ("..., Tbk"). A PERSON with "dan" inside is
    two people."""
    doc = ctx.doc
    if e.label_ == "PERSON" and len(e) >= 3:
        return _split_persons(ctx, e)
    if e.label_ == "LOC" and 3 <= len(e) <= 5:
        parts = _split_places(ctx, e)
        if len(parts) > 1:
            return parts
    if e.label_ not in ("ORG", "LOC") or len(e) < 3:
        return [e]
    commas = [
        k
        for k in range(e.start + 1, e.end - 1)
        if doc[k].text == "," and doc[k + 1].text.rstrip(".").lower() not in ctx.lex.legal_suffixes
    ]
    if not commas or value_of(e.label_, e.text) is not None:
        return [e]
    parts, a = [], e.start
    for k in [*commas, e.end]:
        if a < k and doc[a].lower_ in ("dan", "serta"):
            a += 1
        if a >= k:
            return [e]
        parts.append(Span(doc, a, k, label=e.label_))
        a = k + 1
    # Official names list their fields with commas ("Dinas Komunikasi, Informatika, dan
    # Statistik", "Direktorat Jenderal Guru, Tenaga Kependidikan, dan ..."): split only
    # where every later part can stand as a name of its own
    parts = [_as_place(part) for part in parts]
    if not all(_standalone(part) for part in parts[1:]):
        return [e]
    ctx.drop_value(e)
    return parts


def _as_place(part: Span) -> Span:
    """A part of an ORG comma list that is a known place and no institution is a LOC:
    "data [Kementerian Investasi], [Indonesia] memiliki" (the model ran the body over the
    comma into the next clause)."""
    if part.label_ == "ORG" and known_as(part.text) == "LOC":
        return Span(part.doc, part.start, part.end, label="LOC")
    return part


def _cut_slash_title(ctx: NerContext, e: Span) -> Span:
    """ "Sekretaris [Kementerian PPN]/Sekretaris Utama Bappenas": a job title written after a
    slash is the second post of a double title, no part of the body before it (the next body,
    "Bappenas", is its own span)."""
    doc = ctx.doc
    if e.label_ != "ORG":
        return e
    for k in range(e.start + 1, e.end - 1):
        if doc[k].text == "/" and doc[k + 1].text in ctx.lex.title_heads:
            ctx.drop_value(e)
            return Span(doc, e.start, k, label="ORG")
    return e


def _split_persons(ctx: NerContext, e: Span) -> list[Span]:
    """ "Doris dan Leuthard": two people (no PERSON of the corpora holds "dan")."""
    doc = ctx.doc
    cuts = [k for k in range(e.start + 1, e.end - 1) if doc[k].lower_ in ("dan", "serta")]
    if not cuts:
        return [e]
    parts, a = [], e.start
    for k in [*cuts, e.end]:
        if doc[a].text[:1].isupper():
            parts.append(Span(doc, a, k, label=person_label(doc[a:k])))
        a = k + 1
    ctx.drop_value(e)
    return parts


def _split_places(ctx: NerContext, e: Span) -> list[Span]:
    """ "kawasan [Linge] dan [Reje Payung]", "Jakarta, [Cikampek] dan [Balongan]": a LOC no
    gazetteer knows, two names of one or two capitalised words joined by "dan", is two places
    ("Kabupaten Pangkajene dan Kepulauan" is known; "Kabupaten dan Kota Singkawang" and "Tim
    Saintis dan Tim Humas" hold common words)."""
    doc = ctx.doc
    cuts = [k for k in range(e.start + 1, e.end - 1) if doc[k].lower_ == "dan"]
    if len(cuts) != 1 or gazetteer.lookup_location(e.text) is not None:
        return [e]
    parts = [doc[e.start : cuts[0]], doc[cuts[0] + 1 : e.end]]
    for part in parts:  # a name opens with no common word or kind of region ("Kabupaten")
        first = part[0].text
        if (
            len(part) > 2
            or not all(t.is_alpha and t.is_title for t in part)
            or is_common_word(first)
            or first in _REGION_KINDS
            or first in ctx.lex.village_levels
            or first in ctx.lex.country_heads
        ):
            return [e]
    ctx.drop_value(e)
    return [Span(doc, p.start, p.end, label="LOC") for p in parts]


def _standalone(part: Span) -> bool:
    """A part of a comma list that names something by itself: a known place or institution,
    an acronym, or a name opening with an institution noun ("Kedutaan Besar ...")."""
    if value_of(part.label_, part.text) is not None:
        return True
    first = part[0].text
    if part.label_ == "ORG":
        return first.lower() in lexicon().org_heads or (len(first) > 1 and first.isupper())
    return False


def _split_at_verb(ctx: NerContext, e: Span) -> list[Span]:
    """A span ends before a lower-case word that never sits inside a name; "Gedung DPR"
    takes "-RI" along."""
    doc, lex = ctx.doc, ctx.lex
    if e.label_ == "DATE" or len(e) < 2:
        return [e]
    end = e.end
    while (
        end - e.start > 1
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and doc[end - 1].lower_ not in lex.compass
    ):
        end -= 1  # "Mojokerto tahun"
    cut = [
        k
        for k in range(e.start + 1, end - 1)
        if doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in lex.name_glue
        and (
            doc[k].lower_ in lex.span_breakers
            or re.match(r"(?:me|ber|di|ter)[a-z]{4,}$", doc[k].lower_) is not None
        )
    ]
    if not cut and end == e.end:
        return [_with_ri(ctx, e)]
    parts, a = [], e.start
    for k in [*cut, end]:
        if k > a and doc[a].text[:1].isupper() and not (k - a == 1 and is_common_word(doc[a].text)):
            parts.append(Span(doc, a, k, label=e.label_))
        a = k + 1
    ctx.drop_value(e)
    return parts


def _with_ri(ctx: NerContext, e: Span) -> Span:
    """ "Gedung DPR-RI": an ORG or LOC written against "-RI" takes it along."""
    doc, end = ctx.doc, e.end
    if (
        e.label_ in ("ORG", "LOC")
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].text == "RI"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        ctx.drop_value(e)
        return Span(doc, e.start, end + 2, label=e.label_)
    return e


def _split_foreign_state(ctx: NerContext, e: Span) -> list[Span]:
    """ "Presidency for the Council of Ministers Republik Democratik Timor Leste": an
    institution of a foreign state, ORG, then the country, LOC. ("Kementerian Pertahanan
    Republik Indonesia" stays one ORG: the home state is part of the name.)"""
    doc = ctx.doc
    if e.label_ != "ORG" or len(e) < 4:
        return [e]
    for k in range(e.start + 2, e.end - 1):
        if doc[k].text != "Republik":
            continue
        j = k + 1
        while j < e.end - 1 and doc[j].text in ctx.lex.state_words:
            j += 1
        country = gazetteer.lookup_location(doc[j : e.end].text)
        if not country or country.get("type") != "country" or country.get("iso2") == "ID":
            return [e]
        ctx.drop_value(e)
        return [Span(doc, e.start, k, label="ORG"), Span(doc, j, e.end, label="LOC")]
    return [e]
