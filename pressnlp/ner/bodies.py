"""Bodies as press releases name them (press conventions), the last ORG pass:

* an acronym that names a class of bodies is no ORG ("aset BUMN", "bank BUMN", "BUSN"),
  unless it names the ministry or agency ("Menteri [BUMN]", "Kementerian [BUMN]"),
  abbreviates a name in brackets or names one unit with the place after it ("[SPPG] Medan
  Marelan Terjun 2"; ``data/ner/class_acronyms.txt``);
* a community group's name is one ORG with its type ("KUPS Puncak Manis", "KTH Jaya
  Waringin", "Kelompok Tani Hutan (KTH) Mitra Mandala"); the type alone or with a level is
  none ("51 KUPS", "KUPS Silver"; ``group_heads.txt``, ``group_levels.txt``);
* a board and the body it runs are one ORG ("Dewan Pengurus KORPRI"; ``unit_boards.txt``),
  also after a place the model ran into them ("[Lapangan Bhayangkara] [Markas Besar
  Kepolisian Negara Republik Indonesia]"),
  and so are a unit and its known parent written together on one line ("Dewan Pengurus
  KORPRI Kementerian Agama", "Direktorat KSG Kementerian Kehutanan"), the press spec's
  "a unit written together with its parent is one span";
* an unknown ORG that is quoted or titled like a person is a PERSON, with the other
  mentions of the name ("[Cris Kuntadi] menyampaikan", "Pak [Sony]");
* a Title Case headline's verb is no part of the body before it ("[Kementerian ESDM]
  Pastikan Penggunaan BBM");
* a body's office is the body ("Kantor Pusat [BKN]"), and a village tagged ORG is a place
  ("Desa Dano").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import Lexicon, unit_acronyms
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word
from pressnlp.ner.terms import BODY_WORDS
from pressnlp.stemming import stem

__all__ = ["board_start", "name_bodies"]

# words before a class acronym that make it the ministry or agency: "Menteri BUMN"
_MINISTRY_CUES = frozenset(
    {"Menteri", "Kementerian", "Kementrian", "Kemen", "Wamen", "Menneg", "BP"}
)
# a place word right after a group type starts no group name: "KUPS Kabupaten Garut"
_PLACE_WORDS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kab"})
_GROUP_WORDS = 5
_LINKS = frozenset({"of", "and", "for", "the", "dan", "untuk", "&"})
_VILLAGE_WORDS = frozenset({"Desa", "Dusun", "Kecamatan"})
_SAID = frozenset({"ujar", "kata", "tutur", "ucap", "jelas", "tambah", "ungkap", "sambung"})
# regulations named after their nickname: "PP TUNAS"
_REGULATIONS = frozenset(
    {"PP", "Perpres", "Inpres", "Keppres", "Perpu", "Perppu", "UU", "RUU", "Perda", "Pergub"}
)
# nouns naming a platform as a channel, not the company: "akun Facebook", "kanal YouTube"
_CHANNELS = frozenset(
    {"akun", "kanal", "aplikasi", "platform", "fitur", "konten", "laman", "melalui", "via", "di"}
)
_CLASS_TAILS = frozenset({"Group", "Grup", "Karya", "Holding"})
_HONORIFICS = frozenset({"Pak", "Bu", "Bapak", "Ibu", "Sdr", "Saudara", "Saudari"})
# verbs of saying only ("turut hadir", "menerima" are what bodies do too)
_SPEECH = frozenset(
    {
        "mengatakan",
        "menyampaikan",
        "menjelaskan",
        "mengungkapkan",
        "menegaskan",
        "menuturkan",
        "menambahkan",
        "menyatakan",
        "menerangkan",
        "memaparkan",
        "berkata",
        "bercerita",
        "mengaku",
        "berpesan",
        "berharap",
        "mengharapkan",
        "menekankan",
    }
)


def _phrase_at(doc: Doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the (longest) phrase of ``phrases`` written at token ``i``, 0 if none."""
    for p in phrases:
        if tuple(t.text for t in doc[i : i + len(p)]) == p:
            return len(p)
    return 0


def _class_use(ctx: NerContext, e: Span, places: frozenset[int] = frozenset()) -> bool:
    """A class acronym ("aset BUMN"), a group's level ("KUPS [Silver]") or a generic body
    word with common words ("[Kementerian strategis]") as an ORG."""
    doc, lex = ctx.doc, ctx.lex
    if e.label_ != "ORG":
        return False
    if len(e) > 1 and e[0].lower_ in lex.generic_orgs:
        return all(t.is_lower or not t.is_alpha for t in e[1:])
    if _no_body(ctx, e):
        return True
    if len(e) == 2 and e[0].text in lex.class_acronyms:
        return e[1].text in _CLASS_TAILS  # "BUMN Group", "BUMN Karya"
    if len(e) != 1:
        return False
    if e.text in lex.group_levels:
        return e.start > 0 and _phrase_at(doc, e.start - 1, lex.group_heads) == 1
    if e.text not in lex.class_acronyms or _names_one(doc, e, places):
        return False
    prev = doc[e.start - 1].text.rstrip(".") if e.start else ""
    return prev != "(" and prev not in _MINISTRY_CUES


def _names_one(doc: Doc, e: Span, places: frozenset[int]) -> bool:
    """A class acronym followed on its line by a place names one unit of the class: "Kepala
    [SPPG] Bantul Sedayu Argosari", "[SPPG] Medan Marelan Terjun 2" (press_ner train: "SPPG
    Purwosari" gives ORG "SPPG" and LOC "Purwosari"); ``places``: where the LOCs start. A
    field in a job title or a headline goes on otherwise ("Usaha BUMN Kemenko Perekonomian",
    "BUMN Dukung Penuh")."""
    return e.end in places and "\n" not in e[-1].whitespace_ and bool(e[-1].whitespace_)


def _no_body(ctx: NerContext, e: Span) -> bool:
    """ "PP [TUNAS]" (a regulation's name), "akun [Facebook]" (a channel, no company),
    "[Kelurahan Merah Putih]" (the cooperative programme), "[Sejahtera]" (one common word
    left of a phrase): no ORG."""
    doc, lex = ctx.doc, ctx.lex
    prev = doc[e.start - 1] if e.start else None
    if prev is not None and prev.text in _REGULATIONS and value_of("ORG", e.text) is None:
        return True
    if prev is not None and prev.lower_ in _CHANNELS and e[0].lower_ in lex.platforms:
        return True  # also an app's edition: "akun Canva Pro"
    if "Merah Putih" in e.text and e[0].lower_ not in ("kabinet", "tim"):
        return True
    if len(e) >= 2 and _plain_words(ctx, e):
        return True
    word = e[0]
    return (
        len(e) == 1
        and word.is_title
        and word.is_alpha
        and word.lower_ not in lex.org_heads
        and is_common_word(word.text)
        and value_of("ORG", word.text) is None
        and not known_as(word.text)
    )


def _plain_words(ctx: NerContext, e: Span) -> bool:
    """ "Kemerataan Akses Listrik Desa", "Keselamatan Ketenagalistrikan": Title Case words of
    a headline or term, each a common or derived word, none a body word: no body's name."""
    lex = ctx.lex
    words = [t for t in e if not t.is_punct]
    if value_of("ORG", e.text) is not None or known_as(e.text):
        return False
    return all(
        t.is_alpha
        and t.is_title
        and t.lower_ not in lex.org_heads | lex.institution_words | BODY_WORDS
        and t.text not in lex.unit_words
        and t.text not in ("Angkatan", "Pasukan", "Kepolisian")  # "Angkatan Laut": a force
        and gazetteer.lookup_location(t.text) is None
        and (is_common_word(t.text) or stem(t.lower_) != t.lower_)
        for t in words
    )


def _name_part(tok: Token, lex: Lexicon) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.is_alpha
        and tok.text not in lex.group_levels
        and tok.text not in lex.month_names
        and tok.text not in lex.weekdays
    )


def _group_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of community groups named with their type (module docstring)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        n = _phrase_at(doc, i, lex.group_heads)
        if not n or (i and doc[i - 1].text in ("#", "@")):
            i += 1
            continue
        j = i + n
        # "Kelompok Tani Hutan (KTH) Mitra Mandala": the type's own abbreviation inside
        if (
            j + 3 < len(doc)
            and doc[j].text == "("
            and doc[j + 2].text == ")"
            and doc[j + 1].is_upper
        ):
            j += 3
        k = j
        while (
            k < len(doc)
            and k - j < _GROUP_WORDS
            and _name_part(doc[k], lex)
            and "\n" not in doc[k - 1].whitespace_
            and not doc[k - 1].is_space
        ):
            k += 1
        if k > j and doc[j].text not in _PLACE_WORDS:
            found.append((i, k))
        i = max(k, i + 1)
    return found


def _village(ctx: NerContext, e: Span) -> Span:
    """ "Desa Dano" tagged ORG is the village, a LOC (press spec: villages are places)."""
    if (
        e.label_ == "ORG"
        and len(e) >= 2
        and e[0].text in _VILLAGE_WORDS
        and e[1:].text != "Merah Putih"  # "Kopdes/Kel Merah Putih": a programme
        and all(t.text[:1].isupper() for t in e[1:])
    ):
        ctx.drop_value(e)
        return Span(ctx.doc, e.start, e.end, label="LOC")
    return e


def _office(ctx: NerContext, e: Span) -> Span:
    """ "Kantor [Kemenko PMK]", "Kantor Pusat [BKN]": the office of a known body is the body
    (gold READMEs); "Kantor Staf Presiden" is a body of its own and stays whole."""
    k = e.start
    while k < e.end - 1 and ctx.doc[k].text in ("Kantor", "Pusat") and e[0].text == "Kantor":
        k += 1
    if k == e.start or e.label_ != "ORG":
        return e
    rest = Span(ctx.doc, k, e.end, label="ORG")
    if not gazetteer.exact_institution(rest.text):  # "Kantor Regional BKN" is a unit
        return e
    ctx.drop_value(e)
    return rest


def _speaks(ctx: NerContext, e: Span) -> bool:
    """ "[Cris Kuntadi] menyampaikan", "ujar [Sony]", "Pak [Sony]": the span is who speaks,
    is addressed or is titled like a person."""
    doc, lex = ctx.doc, ctx.lex
    k = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("juga", "pun", "kemudian"))
    after = doc[k].lower_ if k < len(doc) else ""
    before = doc[e.start - 1].text.rstrip(".") if e.start else ""
    if before in _HONORIFICS or before.lower() in _SAID:
        return True
    # "Dirjen [Dikti] menambahkan": the body inside a job title speaks through its head
    return after in _SPEECH and before not in lex.name_cues | lex.name_titles


def _name_like(ctx: NerContext, e: Span) -> bool:
    """An ORG of one to three capitalised words, none an acronym, body, place or common
    word, that no gazetteer knows: it may be a person's name ("Cris Kuntadi", "Sony"); not
    a platform or app, which is the company ("Kemkomdigi dan Canva berharap")."""
    lex = ctx.lex
    nxt = ctx.doc[e.end] if e.end < len(ctx.doc) else None
    return (
        e.label_ == "ORG"
        and len(e) <= 3
        and e[0].lower_ not in lex.platforms
        # "ujar [Kapuspenkum] Kejagung RI": a title before its body, no name
        and (nxt is None or not (nxt.is_title or nxt.is_upper))
        and all(
            t.is_alpha
            and t.is_title
            and len(t) > 2
            and t.text not in lex.unit_words
            and t.lower_ not in lex.org_heads
            and not is_common_word(t.text)
            and t.text not in unit_acronyms()
            and gazetteer.lookup_location(t.text) is None
            for t in e
        )
        and value_of("ORG", e.text) is None
        and not known_as(e.text)
    )


def _people(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ORGs that name a person the release quotes or titles become PERSON, and so do the
    other mentions of that name ("Cris Kuntadi" x4, "Sony" of "Sony Sonjaya")."""
    doc = ctx.doc
    found = {e.text for e in spans if _name_like(ctx, e) and _speaks(ctx, e)}
    words = {w for name in found for w in name.split()}
    out = []
    for e in spans:
        if _name_like(ctx, e) and (e.text in found or e[0].text in words):
            ctx.drop_value(e)
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def _place_after_acronym(ctx: NerContext, e: Span) -> list[Span]:
    """ "[Satuan Pelayanan Pemenuhan Gizi] ([SPPG]) [Purwosari]": a name, its bracketed
    acronym and the place after it are three mentions (the spec's "Universitas Nahdlatul
    Ulama (UNU) Nusa Tenggara Barat" rule)."""
    doc = ctx.doc
    if e.label_ != "ORG" or len(e) < 5:
        return [e]
    opened = next((t.i for t in e[1:-3] if t.text == "("), None)
    if opened is None or doc[opened + 2].text != ")" or not doc[opened + 1].text[:1].isupper():
        return [e]
    place = Span(doc, opened + 3, e.end, label="LOC")
    if "(" in place.text or gazetteer.lookup_location(place.text) is None:
        return [e]
    ctx.drop_value(e)
    return [
        Span(doc, e.start, opened, label="ORG"),
        Span(doc, opened + 1, opened + 2, label="ORG"),
        place,
    ]


def _fits_strictly(words: Span, acronym: str) -> bool:
    """The acronym's capitals are the words' capitals in order, from the first, covering
    two thirds of them ("Center of Innovation Policy and Governance", "CIPG")."""
    caps = [c for c in words.text if c.isupper()]
    letters = [c for c in acronym if c.isupper()]
    it = iter(caps)
    return (
        len(letters) >= 2
        and caps[:1] == letters[:1]
        and all(c in it for c in letters)
        and 3 * len(letters) >= 2 * len(caps)
    )


def _defined_bodies(ctx: NerContext, taken: set[int]) -> list[Span]:
    """ "Menurut penelitian [Center of Innovation Policy and Governance] ([CIPG])": an untagged
    name with a body word, defined with its acronym, is two ORG mentions (the spec's
    bracketed-abbreviation rule), and so is every later bare mention of the acronym."""
    doc, lex = ctx.doc, ctx.lex
    heads = BODY_WORDS | lex.org_heads | {w.lower() for w in lex.unit_words}
    out: list[Span] = []
    for tok in doc[1:-2]:
        k = tok.i
        if tok.text != "(" or doc[k + 2].text != ")" or {k - 1, k + 1} & taken:
            continue
        acr = doc[k + 1].text
        start = k
        while start > 0 and k - start < 10 and start - 1 not in taken:
            prev = doc[start - 1]
            if not (prev.is_title or prev.is_upper or prev.lower_ in _LINKS):
                break
            if "\n" in prev.whitespace_:
                break
            start -= 1
        for s in range(start, k - 1):
            run = doc[s:k]
            if (
                run[0].is_title
                and run[0].lower_ in heads
                and not any(t.text in lex.term_heads for t in run)
                and acr not in lex.not_org_acronyms
                and _fits_strictly(run, acr)
            ):
                out += [Span(doc, s, k, label="ORG"), Span(doc, k + 1, k + 2, label="ORG")]
                taken.update(range(s, k + 2))
                break
    acronyms = {e.text for e in out if len(e) == 1}
    for tok in doc:
        if tok.text in acronyms and tok.i not in taken and len(tok) > 1:
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            taken.add(tok.i)
    return out


def _verb_form(word: Token) -> bool:
    """A derived word that is no "-an" noun: "Percepat", "Pastikan", "Luncurkan" (not
    "Pemulihan", "Kehutanan", "Gas")."""
    low = word.lower_
    return stem(low) != low and (low.endswith("kan") or not low.endswith("an"))


def _verb_first(ctx: NerContext, e: Span) -> bool:
    """ "Jajaki Kerja Sama Penguatan Bioenergi", "Perkuat Literasi dan Inklusi Keuangan": an
    unknown ORG that opens with a verb ("-kan", "-i", "per-", "meN-" on a root) is a Title
    Case headline, no body ("Pengurus Besar ...", "Gerakan ..." are nouns)."""
    first = e[0]
    low = first.lower_
    if e.label_ != "ORG" or len(e) < 2 or not first.is_title or value_of("ORG", e.text):
        return False
    if first.text in ctx.lex.unit_words or low in ctx.lex.org_heads:
        return False
    root = stem(low)
    return root != low and (
        low in (f"{root}kan", f"{root}i", f"per{root}") or (low.startswith("me") and len(root) > 2)
    )


def _headline_cut(ctx: NerContext, e: Span) -> Span:
    """ "[Kementerian ESDM] Pastikan Penggunaan BBM", "[Kementerian PU] Percepat Pemulihan":
    in a Title Case headline the body ends where a known name is followed by a common word."""
    doc, lex = ctx.doc, ctx.lex
    if e.label_ != "ORG" or len(e) < 3 or gazetteer.exact_institution(e.text):
        return e
    for j in range(e.end - 1, e.start, -1):
        word = doc[j]
        if (
            word.is_title
            and _verb_form(word)
            and word.text not in lex.unit_words
            and word.lower_ not in lex.org_heads | lex.institution_words
            and value_of("ORG", doc[e.start : j].text) is not None
        ):
            ctx.drop_value(e)
            return Span(doc, e.start, j, label="ORG")
    return e


def board_start(ctx: NerContext, start: int, taken: set[int]) -> int:
    """Start of a board written right before the ORG starting at ``start`` ("[Dewan
    Pengurus] KORPRI", "[Markas Besar] Kepolisian RI"); ``start`` if there is none."""
    doc = ctx.doc
    for p in ctx.lex.unit_boards:
        s = start - len(p)
        if s < 0 or any(i in taken for i in range(s, start)):
            continue
        if tuple(t.text for t in doc[s:start]) == p and "\n" not in doc[s:start].text:
            return s
    return start


def _board_in_place(ctx: NerContext, e: Span) -> list[Span]:
    """ "[Lapangan Bhayangkara] [Markas Besar Kepolisian Negara Republik Indonesia]": a LOC
    running over a board and the known body it runs is the place, then the ORG (press_ner
    train)."""
    doc = ctx.doc
    if e.label_ != "LOC":
        return [e]
    for k in range(e.start + 2, e.end - 1):
        for p in ctx.lex.unit_boards:
            body = doc[k + len(p) : e.end]
            if (
                tuple(t.text for t in doc[k : k + len(p)]) == p
                and len(body)
                and value_of("ORG", body.text) is not None
            ):
                ctx.drop_value(e)
                return [Span(doc, e.start, k, label="LOC"), Span(doc, k, e.end, label="ORG")]
    return [e]


def _unit_and_parent(ctx: NerContext, unit: Span, parent: Span) -> bool:
    doc, lex = ctx.doc, ctx.lex
    if unit.label_ != "ORG" or parent.label_ != "ORG" or unit.end != parent.start:
        return False
    if doc[unit.end - 1].whitespace_ != " " or unit[0].text == "Kantor":
        return False  # "Kantor Pusat BKN" is the body's office: ORG "BKN" (gold READMEs)
    is_unit = unit[0].text in lex.unit_words or _phrase_at(doc, unit.start, lex.unit_boards)
    return bool(is_unit) and value_of("ORG", parent.text) is not None


def name_bodies(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Class acronyms out, group names, boards and units with their parents joined (module
    docstring). Returns the spans sorted by start; a changed span loses its value."""
    doc = ctx.doc
    groups = _group_names(doc, ctx.lex)
    inside = {i for a, b in groups for i in range(a, b)}
    places = frozenset(e.start for e in spans if e.label_ == "LOC")
    kept = [
        e
        for e in spans
        if not _class_use(ctx, e, places) and not any(i in inside for i in range(e.start, e.end))
    ]
    kept += [Span(doc, a, b, label="ORG") for a, b in groups]
    kept = [e for e in kept if not _verb_first(ctx, e)]
    kept = [p for e in kept for p in _place_after_acronym(ctx, _headline_cut(ctx, e))]
    kept = _people(ctx, [_office(ctx, _village(ctx, e)) for e in kept])
    kept = [p for e in kept for p in _board_in_place(ctx, e)]
    taken = {i for e in kept for i in range(e.start, e.end)}
    kept += _defined_bodies(ctx, taken)
    out: list[Span] = []
    for e in sorted(kept, key=lambda x: x.start):
        if e.label_ == "ORG":
            start = board_start(ctx, e.start, taken)
            if start < e.start:
                taken.update(range(start, e.start))
                e = Span(doc, start, e.end, label="ORG")
        if out and _unit_and_parent(ctx, out[-1], e):
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
            continue
        out.append(e)
    survivors = {(e.start_char, e.end_char) for e in out}
    for e in spans:
        if (e.start_char, e.end_char) not in survivors:
            ctx.drop_value(e)
    return out
