"""Conventions of the press-release spec (``docs/press-entity-conventions.md`` of the shared
data) that the news-trained model does not follow.

* :func:`split_coordination` (both conventions): "Kementerian Kehutanan dan OJK" is two ORGs,
  "Indonesia dan Jepang" two LOCs; a known name with "dan" stays whole ("Kementerian Koperasi
  dan UKM", "Badan Pengawas Obat dan Makanan"); so are two names joined by a dash, one of
  them known and the other a name of capitalised words ("Kementerian ESDM - AFD",
  "Lembata – NTT", "Tebing Tinggi–Parapat");
* :func:`join_country_dashes` (press): the countries joined by dashes closing a body's name
  are part of it, where the model ends the ORG at a dash and tags the next country alone
  ("[Majelis Bahasa Brunei Darussalam–Indonesia–Malaysia]", not "... Darussalam–Indonesia"
  and LOC "Malaysia");
* :func:`drop_terms` (press): programmes and terms are no ORG ("PARA PIHAK", "Perhutanan
  Sosial", an 80-character "Kick-off Pengenalan ..." span), and a span opening with a count
  names no one ("17.555 Satuan Pelayanan Pemenuhan Gizi", "5000 ASN");
* :func:`currency_places` (press): the country of a currency is a LOC ("dolar **AS**");
* :func:`trim_date_edges` (press): "tahun", "tanggal", "pada", "akhir", "awal",
  "pertengahan", "hingga" stay outside a DATE ("akhir **Juni 2019**"), which keeps its value.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.headline_verbs import headline_verb
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word

__all__ = [
    "currency_places",
    "drop_terms",
    "join_country_dashes",
    "split_coordination",
    "trim_date_edges",
]

_AND = frozenset({"dan", "serta", "&"})
_DASHES = frozenset({"-", "–", "—"})
# the longest unknown part of a dash-joined pair: "AFD", "Parapat"
_DASH_PART = 3
# an ORG this long that no gazetteer knows and no institution noun opens is a programme or
# an event title ("Kick-off Pengenalan Pengembangan Potensi Nilai Ekonomi Karbon ...")
_LONG_ORG = 8
_COUNT = re.compile(r"\d[\d.,]*")  # "17.555", "216,64", "4000"
_DATE_EDGE = frozenset({"akhir", "awal", "pertengahan", "medio", "penghujung", "hingga"})
_DATE_LEAD = frozenset({"tahun", "tanggal", "tgl", "pada", "thn"})


def _known(span: Span) -> bool:
    text = span.text
    if span.label_ == "ORG":
        return bool(gazetteer.exact_institution(text))
    return gazetteer.lookup_location(text) is not None


def _standalone(ctx: NerContext, part: Span) -> bool:
    """A part of "X dan Y" that names something by itself: a known institution or place, or
    a name opening with an institution noun ("Kementerian ...")."""
    if _known(part) or known_as(part.text):
        return True
    return part.label_ == "ORG" and len(part) > 1 and part[0].lower_ in ctx.lex.org_heads


def _joined(doc: Doc, k: int) -> str:
    """ "and" for "dan", "serta", "&"; "dash" for a dash spaced on both sides or an en dash
    ("ESDM - AFD", "Tinggi–Parapat", not "BI-FAST"); else ""."""
    tok = doc[k]
    if tok.lower_ in _AND and (tok.is_lower or tok.text == "&"):
        return "and"
    spaced = bool(doc[k - 1].whitespace_) and bool(tok.whitespace_)
    return "dash" if tok.text in _DASHES and (spaced or tok.text != "-") else ""


def _dash_pair(ctx: NerContext, parts: list[Span]) -> bool:
    """Two names of the span's kind joined by a dash: one stands alone, the other does too or
    is a short name of capitalised words ("AFD", "Parapat"; not "Barat Daya - Barat Laut",
    nor the country of a body "Majelis Bahasa Brunei Darussalam–Indonesia")."""
    alone = [_standalone(ctx, p) for p in parts]
    return any(alone) and all(
        known_as(p.text) in ("", p.label_)
        and (ok or (len(p) <= _DASH_PART and all(t.is_alpha and t.text[:1].isupper() for t in p)))
        for ok, p in zip(alone, parts, strict=True)
    )


def split_coordination(
    ctx: NerContext, spans: list[Span], joins: tuple[str, ...] = ("and", "dash")
) -> list[Span]:
    """An ORG or LOC "X dan Y" whose parts both stand alone is two spans, each labelled as
    the gazetteer knows it, and so is "X - Y" (module docstring); a split span loses its
    value. ``joins=("dash",)`` splits only at dashes (again after a headline's verb is cut
    off: "[Kementerian ESDM - AFD] Teken LoI")."""
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        cuts = [(k, j) for k in range(e.start + 1, e.end - 1) if (j := _joined(doc, k))]
        if e.label_ not in ("ORG", "LOC") or len(cuts) != 1 or _known(e) or cuts[0][1] not in joins:
            out.append(e)
            continue
        k, how = cuts[0]
        parts = [Span(doc, e.start, k, label=e.label_), Span(doc, k + 1, e.end, label=e.label_)]
        if not (
            _dash_pair(ctx, parts) if how == "dash" else all(_standalone(ctx, p) for p in parts)
        ):
            out.append(e)
            continue
        ctx.drop_value(e)
        out += [Span(doc, p.start, p.end, label=known_as(p.text) or e.label_) for p in parts]
    return out


def _country(span: Span) -> bool:
    found = gazetteer.lookup_location(span.text)
    return found is not None and found.get("type") == "country"


def join_country_dashes(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """An ORG ending with a country, a dash written without spaces, and a LOC country right
    after it are one ORG (module docstring); a spaced dash still joins two names ("Lembata –
    NTT")."""
    doc = ctx.doc
    out: list[Span] = []
    for e in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        k = e.start - 1
        if (
            prev is not None
            and prev.label_ == "ORG"
            and e.label_ == "LOC"
            and prev.end == k
            and doc[k].text in _DASHES
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and _country(e)
            # "[Kementerian PPN/Bappenas Bahas ... Indonesia]-[Kuwait]": a headline
            and not any(headline_verb(t.text) for t in prev)
            and any(_country(doc[a : prev.end]) for a in range(max(prev.start, k - 3), k))
        ):
            ctx.drop_value(prev)
            ctx.drop_value(e)
            out[-1] = Span(doc, prev.start, e.end, label="ORG")
            continue
        out.append(e)
    return out


def _term(ctx: NerContext, e: Span) -> bool:
    lex = ctx.lex
    if value_of("ORG", e.text) is not None or gazetteer.exact_institution(e.text):
        return False
    first = e[0].lower_
    if first in lex.org_heads or e[0].text in lex.unit_words:
        return False
    if len(e) > _LONG_ORG:
        return True
    words = [t.text for t in e if t.is_alpha]
    # "PARA PIHAK", "Perhutanan Sosial": common words only, written in capitals
    return (
        len(e) > 1
        and len(words) == len(e)
        and all(is_common_word(w.capitalize() if w.isupper() else w) for w in words)
        and not any(known_as(w) for w in words)
    )


def _counted(e: Span) -> bool:
    """ "[17.555 Satuan Pelayanan Pemenuhan Gizi]", "[4000 BLK Komunitas]", "[10 Titik
    Lokasi]": a span opening with a count names a number of things, none of them."""
    return (
        e.label_ in ("ORG", "LOC", "PERSON")
        and len(e) > 1
        and _COUNT.fullmatch(e[0].text) is not None
        and bool(e[0].whitespace_)
    )


def drop_terms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the ORGs that are programmes, terms or titles, and those opening with
    a count (module docstring)."""
    return [e for e in spans if not _counted(e) and (e.label_ != "ORG" or not _term(ctx, e))]


def currency_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "dolar AS", "Dolar Singapura": the country after a currency word is a LOC where no
    span holds it."""
    doc, lex = ctx.doc, ctx.lex
    taken = {i for e in spans for i in range(e.start, e.end)}
    out = list(spans)
    for tok in doc[:-1]:
        if tok.lower_ not in lex.currencies:
            continue
        nxt = doc[tok.i + 1]
        end = tok.i + 2
        while end < len(doc) and end - tok.i <= 3 and doc[end].text[:1].isupper():
            end += 1
        for stop in range(end, tok.i + 1, -1):
            place = doc[nxt.i : stop]
            if _country(place):
                if not any(i in taken for i in range(place.start, place.end)):
                    out.append(Span(doc, place.start, place.end, label="LOC"))
                break
    return out


def trim_date_edges(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """DATE spans without their edge words (module docstring); the value moves along."""
    doc = ctx.doc
    out = []
    for e in spans:
        start = e.start
        if e.label_ == "DATE":
            while start < e.end - 1:
                w, rest = doc[start].lower_, doc[start + 1]
                dated = rest.text[:1].isdigit() or rest.lower_ in ctx.lex.month_names
                if w in _DATE_EDGE or (w in _DATE_LEAD and dated):
                    start += 1
                else:
                    break
        if start == e.start:
            out.append(e)
            continue
        new = Span(doc, start, e.end, label="DATE")
        value = ctx.drop_value(e)
        if value is not None:
            ctx.values[(new.start_char, new.end_char)] = value
        out.append(new)
    return out
