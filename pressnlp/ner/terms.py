"""Names of programmes, instruments and systems, generic bodies and platforms (press spec:
"Not ORG: programmes, applications, instruments and terms that merely contain capitals or
an acronym").

:func:`drop_term_names` (press conventions), the last pass before values:

* a capitalised name that opens with a term word ("Sekuritas Rupiah Bank Indonesia",
  "Gerakan Nasional Pengendalian Inflasi Pangan", "Neraca Pembayaran Indonesia") or ends
  with one ("BI 7-Day Reverse Repo Rate", "Focus Group Discussion") holds no ORG or PERSON;
  a country inside it is still a LOC ("Neraca Pembayaran **Indonesia**"), and its bracketed
  acronym is no entity anywhere in the document ("GNPIP", "NPI", "FGD"); a name running past
  an event's last word keeps the body after it ("High Level Meeting **Tim Pengendalian
  Inflasi Pusat**", "The Inaugural Meeting of **Board of Peace**"), and the event's year
  is a DATE ("Talk Show Pekan Gizi Nasional **2026**"); the words after its first read as a
  place no gazetteer knows are none ("Peta Jalan Dekarbonisasi Industri Nasional"); a person
  after a title whom the document names elsewhere stays ("Presiden **Prabowo** Hadiri Indonesia Economic Outlook");
* a holiday is no entity ("Ramadhan", "Natal"), nor is a PERSON that is one common word
  ("Eceran", "Percayalah") or a LOC of common words that names no place ("Rumah Sakit",
  "Pantai"; ``holidays.txt``, ``venue_heads.txt``), or a compass word alone ("kawasan
  [Selatan] dunia"; not in "Kalimantan Selatan, [Barat], [Timur]");
* an award is no part of the body that gives it ("[Baznas] Awards 2025");
* an ORG defined with an acronym whose words name no body and that no gazetteer knows is
  a term ("Power Purchase Agreement (PPA)", "Data Tunggal Sosial Ekonomi Nasional (DTSEN)");
* a generic body is no ORG ("Kementerian/Lembaga", "Pemerintah Daerah"), nor is a common
  word of an all-capitals headline ("MEMPERKUAT STABILITAS EKSTERNAL"); a hashtag, handle or
  web address is no entity;
* a social-media platform in a contact block or a list of platforms is no entity
  ("Instagram: kemenhut", "Twitter, Instagram, Facebook, TikTok"), nor is an app store;
  in prose it is the company, an ORG, never a PERSON or LOC ("kerja sama dengan TikTok").

Word lists: ``data/ner/term_heads.txt``, ``term_tails.txt``, ``generic_orgs.txt``,
``platforms.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.boundaries import acronym_fits
from pressnlp.ner.brackets import split_acronyms
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import AWARD_WORDS, lexicon
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word, person_words

__all__ = ["BODY_WORDS", "countries_in", "drop_term_names", "term_names"]

_DASHES = re.compile(r"[-–—]")
_WEB = re.compile(r"(?:https?://|www\.)|\.(?:com|net|org|go\.id|co\.id|ac\.id|or\.id|id)\b")
_QUANTIFIERS = frozenset(
    {"setiap", "tiap", "seluruh", "semua", "sejumlah", "beberapa", "para", "persen", "berbagai"}
)
# body words in other languages: "Technische Universität Dresden", "Institut Pasteur"
_BODY_STEMS = re.compile(
    r"univers|institu|akadem|academ|politekn|hochschule|college|school|stiftung|"
    r"gesellschaft|agen[cz]|minist|organi[sz]"
)
_COMPANY_WORDS = frozenset({"PT", "CV", "Persero", "Group", "Grup", "Holding", "Corporation"})
_CONNECTORS = frozenset({"dan", "&", "of", "for", "untuk", "the"})
# English and Indonesian words that make a name a body: "Indonesia Bullion Market Association"
BODY_WORDS = frozenset(
    {
        "association",
        "consortium",
        "council",
        "agency",
        "organization",
        "organisation",
        "society",
        "federation",
        "network",
        "alliance",
        "center",
        "centre",
        "commission",
        "committee",
        "board",
        "fund",
        "masyarakat",
        "perhimpunan",
        "forum",
        "komite",
        "dewan",
        "majelis",
        "panitia",
        "federasi",
        "serikat",
        "gabungan",
        "paguyuban",
        "komunitas",
        "koperasi",
        "sekolah",
        "akademi",
        "fakultas",
        "academy",
        "group",
        "company",
        "corporation",
        "bureau",
        "office",
        "ministry",
        "department",
        "departemen",
    }
)
_APP_STORES = frozenset({"google play", "play store", "app store"})
_LIST_SIGNS = frozenset({",", "&", "|", "/", "dan"})
_MAX_TERM = 12
# an event's year is a DATE ("Job Fair 2025"), a regulation's is not ("Nomor 115 Tahun 2025")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_YEAR_BEFORE = frozenset({"tahun", "nomor", "no", "no.", "/"})
_LINKS = frozenset({"of", "for", "on", "the"})


def _capital(t: Token) -> bool:
    """A word a capitalised name may hold: "Sekuritas", "BI", "7-Day"."""
    text = t.text
    if t.is_space or t.is_punct:
        return False
    if text[:1].isupper():
        return True
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _joins(doc: Doc, j: int) -> bool:
    """A hyphen or number written onto a word: "BI[-]Rate", "BI [7]-Day", "Stranas[-]PPDT"."""
    t = doc[j]
    return (t.text == "-" or t.is_digit) and (not t.whitespace_ or not doc[j - 1].whitespace_)


def _hyphened(doc: Doc, j: int) -> bool:
    """A word written onto a hyphen: "7-[day]"."""
    return doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and doc[j].is_alpha


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (no line break inside)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _capital(doc[i]):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and (_capital(doc[j]) or _joins(doc, j) or _hyphened(doc, j))
            and "\n" not in doc[j - 1].whitespace_
        ):
            j += 1
        while j > i + 1 and not _capital(doc[j - 1]):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def term_names(ctx: NerContext) -> list[tuple[int, int]]:
    """Token ranges of the term names of the doc (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    found: list[tuple[int, int]] = []
    for i, j in _runs(doc):
        if j - i < 2:
            continue
        head = next((k for k in range(i, j - 1) if doc[k].text in lex.term_heads), None)
        tail = next((k for k in range(j - 1, i, -1) if doc[k].lower_ in lex.term_tails), None)
        if head is not None:
            span = (head, j)
        elif tail is not None:
            span = (i, tail + 1)
        else:
            continue
        a, b = span
        if b - a > _MAX_TERM or gazetteer.exact_institution(doc[a:b].text):
            continue
        found.append(span)
    return found


def _acronym_after(doc: Doc, a: int, b: int) -> str:
    """ "Gerakan Nasional Pengendalian Inflasi Pangan (GNPIP)": the acronym of the term."""
    if b + 2 < len(doc) and doc[b].text == "(" and doc[b + 2].text == ")":
        acr = doc[b + 1].text
        if sum(c.isupper() for c in acr) >= 2 and acronym_fits(doc[a:b].text, acr):
            return acr
    return ""


def countries_in(ctx: NerContext, a: int, b: int, taken: set[int]) -> list[Span]:
    """Countries named inside a term ("Neraca Pembayaran Indonesia") as LOC spans."""
    doc = ctx.doc
    out: list[Span] = []
    k = a
    while k < b:
        for size in (2, 1):
            piece = doc[k : min(k + size, b)]
            if len(piece) != size or any(i in taken for i in range(piece.start, piece.end)):
                continue
            if not piece[0].text[:1].isalpha():
                continue  # "ASEAN - China": the hyphen is no part of the country
            if gazetteer.lookup_country(piece.text) is not None and not _named_after(ctx, piece):
                out.append(Span(doc, piece.start, piece.end, label="LOC"))
                k += size - 1
                break
        k += 1
    return out


def drop_keeping_countries(
    ctx: NerContext, spans: list[Span], drop: Callable[[Span], bool]
) -> list[Span]:
    """The spans less those ``drop`` picks (their values dropped), with the countries named
    inside a dropped span as LOCs where no kept span holds them ("Kartu [Indonesia] Pintar").
    A body or place the gazetteer knows stays; a PERSON's value is only its cleaned text,
    so ``drop`` alone decides on it."""
    out: list[Span] = []
    dropped: list[Span] = []
    for e in spans:
        if drop(e) and (e.label_ == "PERSON" or value_of(e.label_, e.text) is None):
            ctx.drop_value(e)
            dropped.append(e)
        else:
            out.append(e)
    taken = {i for e in out for i in range(e.start, e.end)}
    for e in dropped:
        out += countries_in(ctx, e.start, e.end, taken)
    return sorted(out, key=lambda x: x.start)


def _named_after(ctx: NerContext, place: Span) -> bool:
    """The country ends an institution's name: "Sukuk Valas Bank Indonesia"."""
    doc = ctx.doc
    return any(
        gazetteer.exact_institution(doc[a : place.end].text)
        for a in range(max(0, place.start - 3), place.start)
    )


def _platform(ctx: NerContext, e: Span) -> bool:
    """A platform named as a channel: before ":", or in a list of platforms."""
    doc, platforms = ctx.doc, ctx.lex.platforms
    text = e.text.lower()
    if text in _APP_STORES:
        return True
    if text not in platforms:
        return False
    nxt = doc[e.end] if e.end < len(doc) else None
    prev = doc[e.start - 1] if e.start else None
    if nxt is not None and nxt.text == ":":
        return True
    return any(
        sign is not None
        and sign.lower_ in _LIST_SIGNS
        and 0 <= word < len(doc)
        and doc[word].lower_ in platforms
        for sign, word in ((nxt, e.end + 1), (prev, e.start - 2))
    )


def _rank(ctx: NerContext, e: Span) -> bool:
    """A rank read as a body: "[Lettu Inf] (Anumerta)", "Jenderal (Purn) [TNI] Sjafrie",
    "Irjen [Pol]". An serving officer's rank names the force, an ORG inside a title like
    "Panglima [TNI]" (press spec): "Jenderal [TNI] Agus Subiyanto" (press_ner dev), while a
    retired officer's "(Purn) TNI" or "TNI (Purn)" is no member of it (press_ner train)."""
    doc, ranks = ctx.doc, ctx.lex.ranks | {"Jenderal", "Laksamana", "Marsekal"}
    if e[0].text.rstrip(".") in ranks or e.text.rstrip(".") in ("Anumerta", "Purn"):
        return True
    k = e.start - 1
    forces: tuple[str, ...] = ("Pol",)
    if k >= 2 and doc[k].text == ")" and doc[k - 1].text.startswith("Purn"):
        k -= 3  # "Jenderal (Purn) TNI"
        forces = ("TNI", "Pol", "Polri")
    elif e.end + 1 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].text.startswith("Purn"):
        forces = ("TNI", "Pol", "Polri")  # "Mayjen TNI (Purn) Wiyarto"
    return k >= 0 and doc[k].text.rstrip(".") in ranks and e.text in forces


def _generic_use(doc: Doc, e: Span) -> bool:
    """ "setiap SPPG", "20 persen SPPG", "para KUPS": an acronym after a quantifier names a
    class of bodies, not one of them."""
    return (
        len(e) == 1
        and e.text.isupper()
        and e.start > 0
        and doc[e.start - 1].lower_ in _QUANTIFIERS
        and not gazetteer.exact_institution(e.text)
    )


def _not_a_name(ctx: NerContext, e: Span) -> bool:
    """A hashtag, handle, web address, or one common word in capitals ("STABILITAS")."""
    text = e.text
    if "#" in text or "@" in text or _WEB.search(text):
        return True
    word = e[0].text
    return (
        e.label_ == "ORG"
        and len(e) == 1
        and len(word) >= 5
        and word.isupper()
        and word.isalpha()
        and is_common_word(word.capitalize())
        and not known_as(word)
        and not gazetteer.exact_institution(word)
    )


def _defined_as_terms(doc: Doc, spans: list[Span]) -> tuple[set[str], set[str]]:
    """Acronyms the document defines after words that are no entity ("... Makan Bergizi
    Gratis (MBG)") and no gazetteer knows: terms, wherever they stand; and the acronyms it
    defines as a body's ("Pusat Pembinaan Profesi Keuangan (PPPK)"): ``(terms, bodies)``."""
    ends = {e.end: e for e in spans}
    terms: set[str] = set()
    named: set[str] = set()
    for tok in doc[:-2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1].text
        if not (acr.isupper() and sum(c.isalpha() for c in acr) >= 2):
            continue
        before = ends.get(tok.i)
        if (before is not None and before.label_ in ("ORG", "LOC")) or _body_words(doc, tok.i):
            named.add(acr)
        elif not gazetteer.exact_institution(acr):
            terms.add(acr)
    return terms - named, named


def _body_words(doc: Doc, k: int) -> bool:
    """The capitalised words before ``k`` name a body the model missed ("Indonesia Bullion
    Market Association", "Masyarakat dan Perikanan Indonesia"), or a portfolio after a
    minister's title ("Menteri Badan Usaha Milik Negara")."""
    lex = lexicon()
    _, heads, _ = person_words()
    i = k
    while i > 0 and k - i < 10 and (_capital(doc[i - 1]) or doc[i - 1].lower_ in _CONNECTORS):
        i -= 1
    words = {t.lower_ for t in doc[i:k]}
    if words & (lex.org_heads | lex.institution_words | BODY_WORDS):
        return True
    return i > 0 and doc[i - 1].text in heads


def _body_word(t: Token) -> bool:
    lex = lexicon()
    w = t.text.rstrip(".")
    return (
        _BODY_STEMS.match(t.lower_) is not None
        or t.lower_ in lex.org_heads
        or t.lower_ in lex.institution_words
        or t.lower_ in BODY_WORDS
        or w in lex.unit_words
        or w in lex.regional_units
        or w.lower() in lex.legal_suffixes
        or w in _COMPANY_WORDS
    )


def _defined_terms(doc: Doc, spans: list[Span]) -> dict[int, str]:
    """ORG spans defined with an acronym ("Power Purchase Agreement (PPA)", "Data Tunggal
    Sosial Ekonomi Nasional (DTSEN)") whose words name no body and that no gazetteer
    knows: terms. ``id`` of the span -> its acronym."""
    out: dict[int, str] = {}
    for e in spans:
        k = e.end
        if e.label_ != "ORG" or len(e) < 2 or k + 2 >= len(doc):
            continue
        if doc[k].text != "(" or doc[k + 2].text != ")" or not doc[k + 1].text.isupper():
            continue
        around = doc[max(0, e.start - 1) : e.end]  # "Yayasan [IPNLF Indonesia] (YII)"
        if any(_body_word(t) for t in around) or gazetteer.lookup_institution(e.text):
            continue
        if e.start > 0 and doc[e.start - 1].text in person_words()[1]:
            continue  # a portfolio after a title: "Menteri Badan Usaha Milik Negara (BUMN)"
        out[id(e)] = doc[k + 1].text
    return out


def _common_words(ctx: NerContext, e: Span) -> bool:
    """A holiday, a PERSON that is one common word ("Eceran", "Percayalah", "Rating"), or a
    LOC of common words that names no place ("Rumah Sakit", "Pantai", "Kabupaten") or a kind
    of place ("Jalan Tol", "Gunung Api"; ``generic_places.txt``)."""
    lex = ctx.lex
    if " ".join(e.text.lower().split()) in lex.holidays:
        return True
    if e.label_ == "PERSON":
        if not ctx.options.persons:  # the PERSON rules are off
            return False
        word = e.text
        return (
            len(e) == 1
            and len(word) >= 3
            and not word.isupper()  # initials: "berinisial S (47), B (44), AM (32)"
            and is_common_word(word)
            and not _after_cue(ctx, e)
        )
    if e.label_ == "LOC" and " ".join(e.text.lower().split()) in lex.generic_places:
        return True  # "Jalan Tol", "Gunung Api", "Mudik Lebaran": a kind of place
    if e.label_ == "LOC" and _compass_only(ctx, e):
        return not _elided(ctx, e)  # "kawasan [Selatan] dunia", "Sayap Garuda dari [Timur]"
    if e.label_ != "LOC" or e[0].text in lex.venue_heads:
        return False
    words = [t.text for t in e if not t.is_punct]
    return (
        bool(words)
        and all(w.isalpha() and is_common_word(w) for w in words)
        and gazetteer.lookup_location(e.text) is None
    )


def _compass_only(ctx: NerContext, e: Span) -> bool:
    """Compass words alone, or joined by dashes ("[Selatan]", "Kerja Sama
    [Selatan–Selatan]"), that name no known place ("Timur Tengah" does)."""
    words = [w for t in e for w in _DASHES.split(t.text) if w]
    return (
        bool(words)
        and all(w.lower() in ctx.lex.compass for w in words)
        and ((len(e) == 1 and len(words) == 1) or gazetteer.lookup_location(e.text) is None)
    )


def _elided(ctx: NerContext, e: Span) -> bool:
    """A compass word listed after a known place it shares ("Kalimantan Selatan, [Barat],
    [Timur]"; not "Kerja Sama Selatan–[Selatan]")."""
    doc = ctx.doc
    for k in range(e.start - 1, max(0, e.start - 10), -1):
        t = doc[k]
        if "\n" in t.whitespace_:
            return False
        if t.lower_ in ctx.lex.compass and t.is_title and doc[k - 1].is_title:
            if doc[k - 1].lower_ in ctx.lex.compass:
                return False
            return gazetteer.lookup_location(doc[k - 1 : k + 1].text) is not None
    return False


def _after_cue(ctx: NerContext, e: Span) -> bool:
    """A title or honorific right before the name: "Pak [Budi]"."""
    if e.start == 0:
        return False
    prev = ctx.doc[e.start - 1].text.rstrip(".")
    return prev in ctx.lex.name_cues or prev in ctx.lex.name_titles


def _name_forms(e: Span) -> tuple[str, ...]:
    """A person's name as the press writes it again: whole, first or last word."""
    words = [t.text for t in e if t.is_alpha and len(t) > 2]
    return (e.text, *words[:1], *words[-1:])


def _named_person(e: Span, names: set[str]) -> Span | None:
    """The longest start of a PERSON after a title, read into a term, that the document
    names as a person elsewhere: "Presiden [Prabowo] Hadiri Indonesia Economic Outlook
    2026" when the text says "Prabowo" or "Prabowo Subianto"."""
    for m in range(len(e), 0, -1):
        if e[:m].text in names:
            return Span(e.doc, e.start, e.start + m, label="PERSON")
    return None


def _left_in_term(
    ctx: NerContext, e: Span, terms: list[tuple[int, int]], names: set[str]
) -> list[Span]:
    """What stays of a name that starts inside a term: a person after a title the document
    names elsewhere (:func:`_named_person`), the body after it ("High Level Meeting [Tim
    Pengendalian Inflasi Pusat]", "The Inaugural Meeting of [Board of Peace]") or a country
    after it, and the event's years ("Talk Show Pekan Gizi Nasional [2026]")."""
    doc = ctx.doc
    end = max(b for a, b in terms if a <= e.start < b)
    out: list[Span] = []
    if e.label_ == "PERSON" and _after_cue(ctx, e) and (person := _named_person(e, names)):
        return [person]
    if e.label_ == "ORG" and end < e.end:
        k = end
        while k < e.end and doc[k].lower_ in _LINKS:
            k += 1
        rest = doc[k : e.end]
        if len(rest) and rest[0].text[:1].isupper() and not _YEAR.fullmatch(rest[0].text):
            body = (
                rest[0].lower_ in ctx.lex.org_heads
                or bool(gazetteer.exact_institution(rest.text))
                or any(t.lower_ in BODY_WORDS for t in rest)
            )
            if body:
                out.append(Span(doc, k, e.end, label="ORG"))
                e = doc[e.start : k]
        out += countries_in(ctx, end, e.end, set())  # "National Day [Indonesia]"
    for t in e:
        if _YEAR.fullmatch(t.text) and t.i > 0 and doc[t.i - 1].lower_ not in _NOT_YEAR_BEFORE:
            out.append(Span(doc, t.i, t.i + 1, label="DATE"))
    return out


def drop_term_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less ORG/PERSON inside term names, term acronyms, generic bodies and
    platforms; countries inside term names added as LOC (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    terms = term_names(ctx)
    inside: set[int] = {i for a, b in terms for i in range(a, b)}
    acronyms = {acr for a, b in terms if (acr := _acronym_after(doc, a, b))}
    defined = _defined_terms(doc, spans)
    acronyms |= set(defined.values())
    original, spans = spans, [e for e in spans if id(e) not in defined]
    defined_terms, bodies = _defined_as_terms(doc, [e for e in spans if e.start not in inside])
    acronyms |= defined_terms
    # "Rumah Sakit (RS)": the acronym of a common-word name is none either
    acronyms |= {
        acr for e in spans if _common_words(ctx, e) and (acr := _acronym_after(doc, e.start, e.end))
    }
    names = {
        w for e in spans if e.label_ == "PERSON" and e.start not in inside for w in _name_forms(e)
    }
    heads = {a for a, _ in terms}
    out: list[Span] = []
    for e in spans:
        if e.label_ in ("ORG", "PERSON") and e.start in inside:
            out += _left_in_term(ctx, e, terms, names)
            continue
        if e.label_ == "LOC" and e.start - 1 in heads and value_of("LOC", e.text) is None:
            continue  # the rest of the term read as a place: "Peta [Jalan Hilirisasi Rempah]"
        if e.label_ != "DATE" and e.text in acronyms:
            continue
        if e.label_ == "ORG" and (
            " ".join(e.text.lower().strip(",;. ").split()) in lex.generic_orgs
            or _rank(ctx, e)
            or (e[0].text in lex.not_org_acronyms and e.text not in bodies)
            or _generic_use(doc, e)
        ):
            continue
        if e.label_ != "DATE" and (
            _platform(ctx, e) or _not_a_name(ctx, e) or _common_words(ctx, e)
        ):
            continue
        award = next((t.i for t in e if t.lower_ in AWARD_WORDS and t.i > e.start), None)
        if e.label_ == "ORG" and award is not None:
            # "[Baznas] Awards 2025", "[Badan Amil Zakat Nasional] ([Baznas]) Awards"
            out += split_acronyms(ctx, [Span(doc, e.start, award, label="ORG")])
            continue
        if e.label_ == "PERSON" and award is not None:
            continue  # "Academic Library Innovation Award" names no one
        if e.label_ in ("PERSON", "LOC") and len(e[0]) > 1 and e[0].lower_ in lex.platforms:
            e = Span(doc, e.start, e.end, label="ORG")  # "TikTok" in prose: the company
        out.append(e)
    taken = {i for e in out for i in range(e.start, e.end)}
    for a, b in terms:
        out += countries_in(ctx, a, b, taken)
    kept = {id(e) for e in out}
    for e in original:
        if id(e) not in kept:
            ctx.drop_value(e)
    return sorted(out, key=lambda x: x.start)
