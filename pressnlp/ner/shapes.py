"""Each span as the annotated corpora would write it, or dropped if it is no entity.

The pass :func:`shape_spans` applies to model, rule and gazetteer spans alike:

* a currency is no entity ("Yen Jepang"), nor one word no gazetteer knows that only names a
  kind: a job title ("para Korwil", "Kasatpel"; not "Karo", a regency, or "KSP", a body), a
  degree ("M.Sc."), an administrative level as a LOC ("Kabupaten", "Prov"), nor the code of a
  reference number ("No. 12/HM-KKD/1/2026"), nor a term acronym
  ("PPPK", "Dana Pihak Ketiga (DPK)"), nor a job title ("Menkomdigi"; "Dirjen Strahan
  Kemhan" keeps "Kemhan"), nor one unknown capitalised common word ("Global", "Kluster");
* an ORG ends before a rank and starts at its first capital unless it opens with an
  institution noun ("pembelian [Surat Berharga Negara]", "partai Golkar"); a LOC starts
  after "se" ("Kepala SPPG se [Kabupaten Banyuwangi]");
* a PERSON loses a minister's title ("Menkop Ferry"), ends at a capitalised verb ("Jokowi
  Pembuat Gaduh") or an unclosed bracket; one with an institution word is an ORG ("Emil
  Salim Institute"), and so is one ending in a charity word no headline goes on after
  (a headline's "Resmi", "Siap", "Bakal" ends a name: "[Purbaya] Resmi")
  ("Artha Graha Peduli", a company's foundation); one with digits, broken casing or only common words is dropped; a
  month name is a DATE;
* an English name starts before "for the"/"of the" ("Presidency for the Council ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import (
    degree_words,
    is_common_word,
    person_label,
    person_words,
    title_abbreviation,
    title_at,
)

__all__ = ["shape", "shape_spans"]

_DOMAIN = re.compile(r"^[\w.-]+\.(?:com|net|org|id|co\.id|go\.id|ac\.id|or\.id)$")
# Capitalised verb forms (me-, ber-, di-, ter-, pe- prefixes) in title-case headlines
_VERBAL = re.compile(r"(?:Me|Ber|Di|Ter|Pe)[a-z]{3,}$")
# administrative levels, alone no place ("di masing-masing Kabupaten dan Kota", "di Prov. Jawa")
_LEVELS = frozenset({"kabupaten", "kota", "provinsi", "prov", "kecamatan", "kelurahan", "desa"})
# Capitalised words of a Title Case headline that end the name before them ("Purbaya Resmi",
# "Erick Thohir Siap", "Jokowi Bakal", "Luhut Yakin Menkeu Purbaya"): adverbs, auxiliaries and
# prepositions no Indonesian name holds
_HEADLINE_WORDS = frozenset(
    {"Resmi", "Siap", "Bakal", "Yakin", "Kepada", "Adalah", "Akan", "Juga", "Sudah", "Telah"}
    | {"Usai", "Jelang", "Soal", "Pastikan", "Ajak", "Minta"}
)
# The last word of a charity named after its company ("Artha Graha Peduli"): no verb there
_CHARITY_TAILS = frozenset({"Peduli"})


def shape_spans(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Every span reshaped (DATEs only by the English-name rule), the dropped left out."""
    doc = ctx.doc
    out: list[Span] = []
    taken = {i for e in spans for i in range(e.start, e.end)}
    for e in spans:
        if e.label_ != "DATE":
            kept = shape(doc, e)
            if kept is None or len(kept.text) < 2 or not any(c.isalpha() for c in kept.text):
                continue  # also "0811-1001-5080", "-8", "M" (of "A400M"): no name
            e = kept
        if e.label_ == "PERSON":
            if any(c.isdigit() for c in e.text) or re.search(r"[a-z][A-Z]{2,}", e.text):
                continue  # "EC155B1", "1442 H.", "IndONIA" are no names
            if ctx.options.persons and len(e) > 1 and all(is_common_word(t.text) for t in e):
                continue  # "Devisa Hasil Ekspor": words, not a name ("Didik" alone may be)
            if len(e) == 1 and e.text.lower() in ctx.lex.month_names:
                e = Span(doc, e.start, e.end, label="DATE")  # "bom bunuh diri Mei lalu"
        out.append(_english_head(ctx, e, taken))
    return out


def shape(doc: Doc, e: Span) -> Span | None:
    """The span as it should be, or ``None`` if it is no entity (see the module docstring)."""
    lex = lexicon()
    if e[0].lower_ in lex.currencies and len(e) > 1:
        return None  # "Yen Jepang", "Dolar Australia": a currency, not a person or place
    if len(e) == 1 and _kind_word(e) and value_of(e.label_, e.text) is None:
        return None  # "para Korwil", "Krisdianto, S.Hut., M.Sc.", "di Kabupaten dan Kota"
    if _in_number(doc, e.start):
        return None  # "Siaran Pers No. 12/HM-KKD/1/2026": a release number's code
    if e.label_ == "LOC" and e[0].text == "se" and len(e) > 1:
        # "seluruh Kepala SPPG se Kabupaten X", "kantor BKN se-Indonesia"
        start = e.start + (2 if e[1].text == "-" and not e[0].whitespace_ else 1)
        if start < e.end:
            e = Span(doc, start, e.end, label="LOC")
    if e.label_ == "PERSON":
        return _person_shape(doc, e)
    if e.label_ not in ("ORG", "LOC"):
        return e
    if e.label_ == "ORG":
        org = _org_shape(doc, e)
        if org is None:
            return None
        e = org
    if len(e) == 1:
        word = e.text
        if e.label_ == "ORG" and title_abbreviation(word):
            return None
        common = word[:1].isupper() and not word.isupper() and is_common_word(word)
        return None if common and value_of(e.label_, word) is None else e
    title = title_at(doc, e.start) if e.label_ == "ORG" else 0
    # "Asisten Deputi Humas Kemensetneg", "Deputi BKN" also name units (Asdep, Kedeputian)
    if not 0 < title < len(e) or e[0].lower_ in lex.unit_titles:
        return e
    for k in range(e.start + title, e.end):
        for end in range(e.end, k, -1):
            if doc[k].text[:1].isupper() and gazetteer.exact_institution(doc[k:end].text):
                return Span(doc, k, end, label="ORG")
    return e


def _in_number(doc: Doc, i: int) -> bool:
    """Token ``i`` goes on a reference number written before it ("No. 12/[HM-KKD/1/2026]")."""
    if i < 3 or doc[i - 1].text != "/" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False  # not "Yonif TP 823/[Raja Wakaaka]", a battalion's name
    return doc[i - 2].text.isdigit() and doc[i - 3].lower_.rstrip(".:") in ("no", "nomor")


def _kind_word(e: Span) -> bool:
    """A word that only names a kind: a job title or honorific ("Korwil", "Kasatpel",
    "Irup", "Bapak"), a degree ("M.Sc."), or for a LOC an administrative level ("Kabupaten",
    "Prov")."""
    titles, _, _ = person_words()
    w = e.text.rstrip(".")
    if w in lexicon().name_titles or ((w if len(w) <= 3 else w.lower()),) in titles:
        return True
    if "." in w and w in degree_words():  # written with dots: not "MA", the court
        return True
    return e.label_ == "LOC" and w.lower() in _LEVELS


def _org_shape(doc: Doc, e: Span) -> Span | None:
    """An ORG ends before a rank and starts at its first capital; a term acronym is none."""
    lex = lexicon()
    # "Deputi Bidang Geostrategi DPN Mayjen TNI": the rank opens the next person
    cut = next((t.i for t in e[1:] if t.text.rstrip(".") in lex.ranks), None)
    if cut is not None:
        e = Span(doc, e.start, cut, label="ORG")
    if e[0].is_lower and e[0].lower_ not in lex.org_nouns and not _DOMAIN.search(e[0].text):
        # "pembelian Surat Berharga Negara (SBN)": the name starts at its first capital
        first = next((t.i for t in e if not t.is_lower), None)
        if first is None:
            return None
        e = Span(doc, first, e.end, label="ORG")
    if e.text in lex.not_org_acronyms or (
        len(e) > 3
        and e[-3].text == "("
        and e[-1].text == ")"
        and e[-2].text in lex.not_org_acronyms
        # "Pusat Pembinaan Profesi Keuangan (PPPK)" is a unit that shares the acronym
        and not gazetteer.UNIT_HEAD.match(e.text)
    ):
        return None  # "PPPK", "QRIS", "Dana Pihak Ketiga (DPK)": terms, not bodies
    return e


def _person_shape(doc: Doc, e: Span) -> Span | None:
    """ "Menkop Ferry" is the PERSON "Ferry" (idner-news-2k train: "Menkum", "Mensos" O
    6x, never inside a PERSON); in a title-case headline the name ends at a verb
    ("Erick Thohir Berhasil Bujuk ...", "Jokowi Pembuat Gaduh")."""
    start = e.start
    while start < e.end and title_abbreviation(doc[start].text):
        start += 1
    if start == e.end:
        return None
    opened = next((t.i for t in e if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in doc[opened : e.end]):
        if opened <= start:
            return None
        e = Span(doc, e.start, opened, label="PERSON")  # "Dr Andini (Tenaga Ahli ..."
    # with "dan" inside, split_spans labels each name on its own
    if not any(t.lower_ in ("dan", "serta") for t in e) and person_label(e) == "ORG":
        return Span(doc, e.start, e.end, label="ORG")  # "Emil Salim Institute (ESI)"
    if len(e) == 1 and len(e.text) >= 4 and e.text.isupper() and e.text.isalpha():
        # "RPLN", "NKRI": the corpora's all-capital persons are initials (SBY, JK, TB)
        return Span(doc, e.start, e.end, label="ORG") if known_as(e.text) == "ORG" else None
    end = next(
        (
            t.i
            for t in doc[start + 1 : e.end]
            if (len(t) >= 5 and _VERBAL.match(t.text) and is_common_word(t.text))
            or t.text in _HEADLINE_WORDS
        ),
        e.end,
    )
    if end == e.end - 1 and _charity(doc, e):
        return Span(doc, e.start, e.end, label="ORG")  # "mitra ... Astra, Artha Graha Peduli,"
    return e if (start, end) == (e.start, e.end) else Span(doc, start, end, label="PERSON")


def _charity(doc: Doc, e: Span) -> bool:
    """ "Artha Graha Peduli": a name ending in a charity word that no headline goes on after
    (not "Prabowo Peduli Nasib Guru", where it is the verb)."""
    if len(e) < 2 or e[-1].text not in _CHARITY_TAILS:
        return False
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() and is_common_word(nxt.text))


def _english_head(ctx: NerContext, e: Span, taken: set[int]) -> Span:
    """ "Presidency for the Council of Ministers": an English name the model picked up
    only after "for the" / "of the" starts at the capitalised head before it."""
    doc = ctx.doc
    k = e.start
    if e.label_ != "ORG" or k < 3 or doc[k - 1].lower_ != "the":
        return e
    if doc[k - 2].lower_ not in {"for", "of"} or not doc[k - 3].is_title:
        return e
    if any(i in taken for i in range(k - 3, k)):
        return e
    ctx.drop_value(e)
    return Span(doc, k - 3, e.end, label="ORG")
