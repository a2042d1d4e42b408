"""spaCy component ``pressnlp_entities``: rule-based entities and normalised values.

Runs after the statistical ``ner`` and

1. adds rule-found DATE spans (``pressnlp.dates``) and replaces the model's overlapping DATE
   spans with them; drops model DATE spans that are durations, clock times, counts or sit
   inside a regulation reference ("Nomor 12 Tahun 2017");
2. adds gazetteer matches (institution names and acronyms, "Kabupaten/Kota/Provinsi X",
   province names, countries) where the model found nothing overlapping -- the press-release
   gap: long institution names and units ("Biro Humas Kemnaker");
3. PERSON rules (``persons``): a name in apposition ("Juvenal, salah satu peserta, ...",
   "Faisal Fahmi, Kepala Bidang ...", "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan")
   becomes PERSON -- a model ORG/LOC there is relabelled unless the gazetteer knows it -- and
   a model PERSON that is one common word opening a sentence ("Paparan diakhiri ...") is
   dropped; common = mostly written lower-case inside sentences (``stem_freq.tsv.gz``);
4. sets ``Span._.value`` on every entity: ISO string (DATE), institution dict (ORG), region /
   country dict or ``{"candidates": [...]}`` (LOC), cleaned name string (PERSON), else None.

Values are plain ``str``/``dict``/``list``/``None`` so they survive ``nlp.pipe(n_process=2)``.
Light imports only: this module is loaded through a spaCy entry point.

>>> import spacy, datetime
>>> nlp = spacy.blank("id"); _ = nlp.add_pipe("pressnlp_entities")
>>> doc = nlp.make_doc("Rapat di Kemensetneg pada Jumat (14/7).")
>>> doc._.pub_date = datetime.date(2017, 7, 12)
>>> [(e.text, e.label_, e._.value if e.label_ == "DATE" else e._.value["canonical"]) for e in nlp(doc).ents]
[('Kemensetneg', 'ORG', 'Kementerian Sekretariat Negara'), ('Jumat (14/7)', 'DATE', '2017-07-14')]
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressnlp import dates, gazetteer
from pressnlp.resources import data_file

_PUB_DATE_KEY = "pressnlp.pub_date"


def _get_pub_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(_PUB_DATE_KEY)
    return dt.date.fromisoformat(value) if value else None


def _set_pub_date(doc: Doc, value: Any) -> None:
    # Stored as an ISO string: spaCy serialises user_data with msgpack, which has no date
    # type, so a date object would break nlp.pipe(docs, n_process=2) (spaCy error E871).
    date = _pub_date(value)
    if value is not None and date is None:
        raise ValueError(f"pub_date must be a datetime.date or an ISO date string, not {value!r}")
    doc.user_data[_PUB_DATE_KEY] = date.isoformat() if date is not None else None


if not Doc.has_extension("pub_date"):
    Doc.set_extension("pub_date", getter=_get_pub_date, setter=_set_pub_date)
if not Span.has_extension("value"):
    Span.set_extension("value", default=None)

# Titlecase words that open the name of an organisational unit: "Biro Humas Kemnaker".
UNIT_WORDS = frozenset(
    [
        "Biro",
        "Bagian",
        "Direktorat",
        "Ditjen",
        "Dirjen",
        "Setjen",
        "Sekretariat",
        "Pusat",
        "Pusdatin",
        "Balai",
        "Humas",
        "Inspektorat",
        "Itjen",
        "Badan",
        "Deputi",
        "Kedeputian",
        "Bidang",
        "Subbagian",
        "Kantor",
        "Dinas",
        "Lembaga",
        "Unit",
        "Divisi",
        "Satuan",
        "Satker",
        "Tim",
        "Kanwil",
        "Kantah",
        "Puskom",
        "Pusdiklat",
        "Pusdatik",
        "Setditjen",
        "Sesditjen",
        "Direktorat",
        "Diklat",
        "Subdirektorat",
        "Subdit",
        "Seksi",
        "Asdep",
        "Asisten",
        "Setwapres",
        "Infohan",
    ]
)
# Heads of job titles: unit words after them are part of a position, not an ORG.
_TITLE_HEADS = frozenset(
    [
        "Kepala",
        "Inspektur",
        "Wakil",
        "Plt",
        "Plh",
        "Pj",
        "Sekretaris",
        "Direktur",
        "Ketua",
        "Anggota",
        "Staf",
        "Pejabat",
        "Pegawai",
        "Karo",
        "Kabag",
        "Kabid",
        "Kasubbag",
        "Kapus",
        "Kasi",
        "Koordinator",
        "Pelaksana",
        "Juru",
        "Menteri",
        "Wamen",
        "Dirjen",
        "Sesjen",
    ]
)
# Words before a bare country/province name that still leave it a place name.
_LOC_OK_BEFORE = frozenset(
    [
        "Republik",
        "Democratik",
        "Demokratik",
        "Kerajaan",
        "Negara",
        "Federasi",
        "Provinsi",
        "Kabupaten",
        "Kota",
        "Prov",
        "Kab",
        "Pemerintah",
        "Selatan",
        "Utara",
        "Timur",
        "Barat",
        "Tengah",
    ]
)
_PLACE_PREPS = frozenset(["di", "ke", "dari", "menuju", "asal", "kunjungan"])
# Lower-case nouns an ORG span may start with (idner-news-2k train: "kementerian" 6x,
# "pemerintah" 3x, "partai" 2x, "harian" 2x ...); any other lower-case start is trimmed
_ORG_NOUNS = frozenset(
    [
        "kementerian",
        "pemerintah",
        "partai",
        "harian",
        "koalisi",
        "badan",
        "komisi",
        "dinas",
        "kabinet",
        "fraksi",
        "lembaga",
        "kantor",
        "majalah",
        "tim",
        "satgas",
        "pasukan",
        "kelompok",
    ]
)
_CURRENCIES = frozenset(
    [
        "dolar",
        "dollar",
        "yen",
        "ringgit",
        "peso",
        "baht",
        "won",
        "yuan",
        "renminbi",
        "euro",
        "pound",
        "poundsterling",
        "rupee",
        "rupiah",
        "dong",
        "franc",
        "riyal",
        "dirham",
        "rubel",
        "lira",
        "rial",
        "kyat",
        "real",
    ]
)
# Military and police ranks (abbreviated, as releases write them before a name; not
# "Jenderal", which is part of "Direktorat Jenderal Pajak")
_RANKS = frozenset(
    [
        "Letjen",
        "Mayjen",
        "Brigjen",
        "Kolonel",
        "Kol",
        "Letkol",
        "Mayor",
        "Kapten",
        "Lettu",
        "Letda",
        "Laksdya",
        "Laksda",
        "Laksma",
        "Marsdya",
        "Marsda",
        "Marsma",
        "Komjen",
        "Irjen",
        "Kombes",
        "AKBP",
        "Kompol",
        "AKP",
        "Iptu",
        "Ipda",
        "Aiptu",
        "Aipda",
        "Bripka",
        "Brigpol",
        "Briptu",
        "Bripda",
        "Serka",
        "Sertu",
        "Serda",
        "Pelda",
        "Peltu",
        "Kopda",
        "Praka",
        "Pratu",
    ]
)
_DOMAIN = re.compile(r"^[\w.-]+\.(?:com|net|org|id|co\.id|go\.id|ac\.id|or\.id)$")
# Capitalised verb forms (me-, ber-, di-, ter-, pe- prefixes) in title-case headlines
_VERBAL = re.compile(r"(?:Me|Ber|Di|Ter|Pe)[a-z]{3,}$")
# Acronyms of policy, budget, market and civil-service terms that releases print in capitals
# and a news-trained model takes for institutions (idner-news-2k + NER-UI train: "BBM" O 49x /
# ORG 3x, "RUU" O 13x, "APBNP" O 4x ...); read off 400 ministry and Bank Indonesia releases
_NOT_ORG_ACRONYMS = frozenset(
    [
        "PPPK",
        "ASN",
        "QRIS",
        "IHK",
        "TKA",
        "CASN",
        "CPNS",
        "PNS",
        "SVBI",
        "SUVBI",
        "SRBI",
        "SBN",
        "SUN",
        "SBSN",
        "DPK",
        "PUAB",
        "DNDF",
        "NPI",
        "CPO",
        "KUR",
        "BI-Rate",
        "BI-FAST",
        "PDB",
        "GDP",
        "APBN",
        "APBD",
        "APBNP",
        "RAPBN",
        "UMKM",
        "UMK",
        "UMR",
        "UMP",
        "BBM",
        "LPG",
        "PPN",
        "PPh",
        "NIK",
        "KTP",
        "NPWP",
        "STNK",
        "BPKB",
        "SKCK",
        "DAU",
        "DAK",
        "TKD",
        "SILPA",
        "SiLPA",
        "PAD",
        "PNBP",
        "RPJMN",
        "RPJMD",
        "RKP",
        "KLM",
        "PLM",
        "GWM",
        "LDR",
        "NPL",
        "SPBE",
        "MBG",
        "TKDN",
        "HET",
        "HPP",
        "NTP",
        "IPM",
        "PPKM",
        "OTT",
        "PHK",
        "THR",
        "BLT",
        "BSU",
        "PKH",
        "KIS",
        "JKN",
        "JHT",
        "UU",
        "RUU",
        "Perpres",
        "Permen",
        "Perpu",
        "KUHP",
        "KUHAP",
        "HAM",
        "SDM",
        "SDA",
        "TIK",
        "KKN",
    ]
)
# Positions that are also the names of their units
_UNIT_TITLES = frozenset(["deputi", "asisten"])
# Lower-case nouns that make the next known name a place: "ke wilayah Israel", "ibu kota Teheran"
_PLACE_NOUNS = frozenset(["wilayah", "kawasan", "daerah", "kota", "ibukota", "negara", "negeri"])
_COUNTRY_HEADS = frozenset(
    ["Republik", "Negara", "negara", "Kerajaan", "Democratik", "Demokratik", "Federasi"]
)
# Words after a place name that make it part of a longer name ("Jakarta Convention Center").
_NAME_CONTINUES = frozenset(
    [
        "Convention",
        "Center",
        "Centre",
        "Hall",
        "Raya",
        "Maju",
        "Emas",
        "Cup",
        "Open",
        "Airlines",
        "Airport",
        "University",
        "Expo",
        "Fair",
        "Forum",
        "Hotel",
        "Tower",
        "Square",
        "Mall",
        "Plaza",
        "Stadium",
        "Arena",
        "International",
        "Internasional",
        "Post",
        "Globe",
        "Times",
        "Daily",
        "Journal",
        "Fashion",
        "Week",
        "Marathon",
        "Institute",
        "Foundation",
        "Development",
        "Investment",
    ]
)


# -- PERSON rules ------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Appositives, the press-release way of naming people: "Juvenal, salah satu peserta, ...",
# "Faisal Fahmi, Kepala Bidang ...", "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan".
_APPOSITIVE_CUES: tuple[tuple[str, ...], ...] = (
    ("salah", "seorang"),
    ("salah", "satu"),
    ("seorang",),
    ("selaku",),
    ("sebagai",),
)
# "salah satu"/"selaku"/"sebagai" also introduce things ("Pantun, salah satu bentuk ...",
# "Kemnaker, sebagai instrumen negara"): only a noun for people makes the appositive a person.
_PERSON_NOUNS = _words(
    """
    peserta warga petani nelayan pelaku pemilik pengusaha pedagang siswa siswi mahasiswa
    mahasiswi pelajar guru dosen pegawai karyawan karyawati staf anggota pengurus perwakilan
    wakil narasumber pembicara penerima pemenang juara relawan tokoh pejabat pimpinan
    pemimpin kader atlet penyuluh pendamping orang ibu bapak pemuda pemudi penyandang pasien
    korban penumpang pengunjung wisatawan alumni lulusan penggiat pegiat aktivis pakar ahli
    peneliti akademisi praktisi pengamat penulis seniman budayawan ulama kiai ustaz ustadz
    pendeta jurnalis wartawan dokter perawat bidan penggagas pendiri inisiator pelatih
    instruktur fasilitator moderator penanggung pengelola perajin pengrajin pekerja buruh
    penari pemain penyanyi musisi santri murid penghuni penduduk masyarakat penyintas
    veteran purnawirawan calon kandidat delegasi duta utusan mitra konsultan analis auditor
    penyidik jaksa hakim polisi prajurit personel perwira penjabat pelaksana koordinator
    ketua kepala direktur sekretaris bendahara manajer owner founder ceo
    """
)
_REPORTING_VERBS = _words(
    """
    mengatakan menyampaikan menjelaskan mengungkapkan menegaskan menuturkan menambahkan
    menyatakan menerangkan memaparkan menyebutkan menyebut mengimbau mengajak menekankan
    mengapresiasi menilai berharap mengharapkan meminta berpesan mengingatkan
    menginformasikan melaporkan membuka menutup mengucapkan berkata bercerita mengaku
    mengakui menanggapi mendorong menyambut mengungkap memberikan menyerahkan meresmikan
    menerima mewakili hadir turut didampingi
    """
)
# After "<title>, <Name>," these still say what the person did: "..., dalam sambutannya".
_AFTER_NAME = frozenset(
    ["dalam", "saat", "ketika", "usai", "seusai", "pada", "di", "selaku", "yang"]
)
_NAME_PARTICLES = frozenset(
    ["bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "al", "el"]
)
# Heads of organisation and place names: a capitalised run starting here is no person.
_NAME_STOPS = _words(
    """
    PT CV Tbk Persero Perum Perumda Universitas Institut Politeknik Akademi Sekolah Fakultas
    Yayasan Koperasi Bank Partai Komisi Dewan Majelis Mahkamah Pengadilan Kejaksaan
    Kepolisian Polda Polres Polresta Polsek Kodam Kodim Korem Pemerintah Pemkab Pemkot
    Pemprov Pemda DPR DPRD DPD MPR Komite Asosiasi Ikatan Persatuan Himpunan Forum Gerakan
    Program Kementerian Kemenko Desa Kelurahan Kecamatan Kampung Dusun Jalan Jl Gedung Hotel
    Pulau Gunung Sungai Danau Taman Pasar Museum Masjid Gereja Pura Vihara Klenteng Stasiun
    Bandara Pelabuhan Terminal Rumah RS RSUD Puskesmas Kawasan Wilayah Daerah Negara
    Republik
    """
)
_SENTENCE_END = frozenset([".", "!", "?", ":", ";", "…"])
_OPENERS = frozenset(["“", '"', "'", "‘", "(", "[", "-", "–", "—"])


@functools.cache
def _case_counts() -> Mapping[str, Any]:
    # imported here: the stemming module is only needed for its word-frequency table
    from pressnlp.stemming import _frequencies

    return _frequencies()


def _is_common_word(word: str) -> bool:
    """Mostly written lower-case inside sentences ("Paparan": 66 lower, 4 capitalised),
    unlike names ("Faisal": 0 / 59) or name-like words ("Indah": 208 / 118)."""
    f = _case_counts().get(word.lower())
    return f is not None and f.lower >= 3 and f.lower > 2 * f.midcap


@functools.cache
def _person_cues() -> dict[str, list[str]]:
    cues: dict[str, list[str]] = json.loads(
        data_file("person_cues.json").read_text(encoding="utf-8")
    )
    return cues


@functools.cache
def _person_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """Job titles as word tuples (lower-case; exact case for short abbreviations such as
    "GM", "Pj", "Dir"), the first words of all titles/honorifics, the longest title."""
    cues = _person_cues()
    titles: set[tuple[str, ...]] = set()
    for t in cues["titles"]:
        words = tuple(w.rstrip(".") for w in t.split())
        titles.add(tuple(w if len(w) <= 3 else w.lower() for w in words))
    heads = {t.split()[0].rstrip(".") for t in cues["titles"] + cues["prefixes"]}
    return frozenset(titles), frozenset(heads), max(len(t) for t in titles)


@functools.cache
def _degree_words() -> frozenset[str]:
    """Academic degrees written after a name ("SH", "M.Si"), with and without dots."""
    out: set[str] = set()
    for d in _person_cues()["suffixes"]:
        d = d.rstrip(".")
        if d[:1].isupper() and len(d) <= 8 and d not in {"Purn", "Purnawirawan"}:
            out.update([d, d.replace(".", "")])
    return frozenset(out)


@functools.cache
def _title_last_words() -> frozenset[str]:
    titles, _, _ = _person_words()
    return frozenset(t[-1] for t in titles)


def _title_at(doc: Doc, i: int) -> int:
    """Length of the job title starting at token ``i`` ("Kepala Bidang" -> 2), else 0.
    Only capitalised titles: in apposition a position is written like a name."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return 0
    titles, _, longest = _person_words()
    best = 0
    key: tuple[str, ...] = ()
    for j in range(i, min(len(doc), i + longest)):
        w = doc[j].text.rstrip(".")
        if not w:
            break
        key = (*key, w if len(w) <= 3 else w.lower())
        if key in titles:
            best = j - i + 1
    return best


def _sentence_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.text in _SENTENCE_END or "\n" in prev.text_with_ws:
        return True
    return prev.text in _OPENERS and _sentence_start(doc, i - 1)


def _paragraph_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _name_token(tok: Any) -> bool:
    t = tok.text
    if not t[:1].isupper() or any(c.isdigit() for c in t):
        return False
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*", t))


def _known_non_person(text: str) -> bool:
    """An institution, region, country or continent the gazetteer knows."""
    t = _trim(text)
    if not t or _value("ORG", t) is not None or _value("LOC", t) is not None:
        return True
    return any(gazetteer._exact_institution(w) for w in t.split() if w[:1].isupper())


def _looks_like_name(span: Span) -> bool:
    toks = list(span)
    if not toks or len(toks) > 6 or (span.text.isupper() and len(toks) == 1):
        return False
    if toks[0].lower_ in _NAME_PARTICLES or toks[-1].lower_ in _NAME_PARTICLES:
        return False
    if not any(t.text[:1].isupper() and not t.text.isupper() for t in toks):
        return False  # acronyms only: "BPBD", "KNIU"
    _, heads, _ = _person_words()
    first = toks[0].text.rstrip(".")
    if first in _NAME_STOPS or first in UNIT_WORDS or first in _LOC_OK_BEFORE or first in heads:
        return False
    if len(toks) == 1 and (_is_common_word(first) or first in gazetteer._portfolio_words()):
        return False  # a portfolio left from a list of titles: "Wakil Menteri Kesehatan, ..."
    if any(_title_abbreviation(t.text) for t in toks):
        return False
    return all(_name_token(t) or t.lower_ in _NAME_PARTICLES for t in toks)


@functools.lru_cache(maxsize=50_000)
def _known_as(text: str) -> str:
    """ "LOC" for a known place that is no institution, "ORG" for the reverse, else ""."""
    place = gazetteer.lookup_location(text) is not None
    institution = bool(gazetteer._exact_institution(text))
    return "LOC" if place and not institution else "ORG" if institution and not place else ""


def _strip_edges(e: Span) -> Span | None:
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


def _acronym_fits(name: str, acronym: str) -> bool:
    """The acronym's letters are the name's capitals in order ("Dana Pihak Ketiga", "DPK"),
    or at least it starts with the name's first capital ("Badan SAR Nasional", "BASARNAS")."""
    caps = [c for c in name if c.isupper()]
    letters = [c for c in re.sub(r"\s*RI$", "", acronym) if c.isalpha()]
    if not caps or not letters:
        return False
    it = iter(caps)
    return all(c in it for c in letters) or letters[0] == caps[0]


def _title_abbreviation(word: str) -> bool:
    """ "Menkeu", "Wamenhan": minister titles built on a ministry acronym ("Kemenkeu", "Kemhan")."""
    m = re.fullmatch(r"(?:Wa[Mm]|M)en([a-z]{2,})", word)
    if m is None:
        return False
    return any(gazetteer._exact_institution(f"{k}{m[1]}") for k in ("Kemen", "Kem"))


def _pub_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


# nouns that put an institution's own people or units in front of its name ("di lingkungan
# Kemensetneg", "jajaran Polri"): the span is the institution, not a place
_WITHIN_NOUNS = frozenset({"lingkungan", "jajaran", "kalangan", "internal", "pihak"})

# Nouns a country or region name modifies rather than names a place: "turis Jepang",
# "pemerintah Israel", "produk China", "dolar AS". idner-news-2k tags these O (after "turis"
# 7x O, "militer" 4x O, "masyarakat" 4x O, "berbahasa" 4x O; after "di" 114x LOC).
_PLACE_MODIFIED = _words(
    """
    turis wisatawan militer masyarakat warga rakyat penduduk bangsa pemerintah pemerintahan
    bahasa berbahasa kemerdekaan kedaulatan keistimewaan perdamaian produk tim timnas
    pasukan tentara pihak dolar mata uang pengguna investor maskapai perusahaan delegasi
    kedutaan konsulat duta perwakilan otoritas pejabat diplomat atlet pemain pembalap
    petinju pebulu pebulutangkis pesepak pesepakbola skuad klub pers media budaya kuliner
    ekspor impor ekonomi mitra rezim presiden
    """
)
# Words that may sit inside a name although lower-case ("Kementerian Kelautan dan
# Perikanan", "Bank of America"); another lower-case word inside a span ends the name.
_NAME_GLUE = frozenset(
    [
        "dan",
        "serta",
        "untuk",
        "bagi",
        "of",
        "and",
        "the",
        "for",
        "de",
        "des",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "dos",
        "al",
        "el",
        "bin",
        "binti",
        "in",
        "on",
        "am",
        "'s",
    ]
)
_LOCATIVE_BEFORE = _PLACE_PREPS | frozenset(
    ["wilayah", "kawasan", "kota", "daerah", "seluruh", "sekitar", "pulau", "provinsi", "kabupaten"]
)
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:me|mem|men|meng|meny|ber|di)[a-z]{3,}$|(?:telah|akan|juga|tidak|sudah|masih|harus|dapat|bisa|pun)$"
)
# Nouns for members, leaders and branches of a group: what follows is an organisation
_MEMBERSHIP_NOUNS = frozenset(
    [
        "anggota",
        "kelompok",
        "pemimpin",
        "pimpinan",
        "kader",
        "pengurus",
        "faksi",
        "milisi",
        "jaringan",
        "simpatisan",
        "militan",
        "organisasi",
        "sayap",
    ]
)
# Lower-case words that never sit inside a name: a span running over one is two things
# ("Jerusalem antara Perdana Menteri", "Mojokerto tahun 1945")
_SPAN_BREAKERS = _words(
    """
    yang ini itu antara adalah ialah telah akan sudah sedang juga tahun pada dengan kepada
    oleh sebagai sedangkan sementara saat ketika karena namun tetapi tapi bahwa agar supaya
    hingga sampai sejak selama setelah sebelum usai seusai melalui atas tentang terhadap
    """
)
# no PERSON of the corpora holds these; a model PERSON that does is an institution
_INSTITUTION_WORDS = _words(
    "institute university université universitas institut foundation yayasan college school"
)


def _person_label(span: Span) -> str:
    """ "ORG" for a model PERSON holding an institution word ("Emil Salim Institute"), else
    "PERSON"."""
    return "ORG" if {t.lower_ for t in span} & _INSTITUTION_WORDS else "PERSON"


_LEGAL_SUFFIXES = frozenset(["tbk", "ltd", "inc", "llc", "co", "corp", "plc", "gmbh", "jr", "sr"])
_COMPASS = frozenset(["utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"])
# Words between "Republik" and a country's name: "Republik Demokratik Timor Leste"
_STATE_WORDS = frozenset(
    [
        "Demokratik",
        "Democratik",
        "Democratic",
        "Rakyat",
        "Federal",
        "Islam",
        "Sosialis",
        "Arab",
        "Persatuan",
        "Kooperasi",
        "Bolivarian",
    ]
)
# Month names a model PERSON can be: a DATE ("Agus", "Jan", "Des" are names, so not those)
_MONTH_NAMES = _words(
    """
    januari februari pebruari maret april mei juni juli agustus september oktober november
    nopember desember
    """
)
# Time words before or after a date that annotated corpora keep inside the DATE
_DATE_BEFORE = frozenset(["awal", "akhir", "pertengahan", "medio", "penghujung"])
_DATE_AFTER_REL = frozenset(["lalu", "silam", "mendatang", "depan"])
_DAY_PARTS = frozenset(["pagi", "siang", "sore", "malam"])
_WEEKDAYS = frozenset(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu"])

_EDGE = " \t\n,.;:–—-/|\"'“”‘’"
_DATE_CONTEXT = (
    _DATE_BEFORE
    | _DATE_AFTER_REL
    | _DAY_PARTS
    | _words("tahun tanggal tgl hari bulan pekan minggu pukul sejak hingga sampai")
)


_ORG_HEADS = _ORG_NOUNS | _words(
    """
    kedutaan konsulat yayasan pt cv bank universitas institut politeknik kepolisian polda
    polres kejaksaan pengadilan mahkamah dewan majelis direktorat biro balai sekretariat
    asosiasi persatuan ikatan himpunan perkumpulan organisasi otoritas korps komando
    pemprov pemkab pemkot
    """
)


def _standalone(part: Span) -> bool:
    """A part of a comma list that names something by itself: a known place or institution,
    an acronym, or a name opening with an institution noun ("Kedutaan Besar ...")."""
    if _value(part.label_, part.text) is not None:
        return True
    first = part[0].text
    if part.label_ == "ORG":
        return first.lower() in _ORG_HEADS or (len(first) > 1 and first.isupper())
    return False


def _date_context(tok: Any) -> bool:
    """A token a DATE span may hold around the date itself ("tahun 2014", "Minggu (24/8)
    pagi"): no capitalised word other than a weekday, month or date word, so a model span
    "Jumat 14 November 2025 Tim Operasi" loses its tail."""
    if not tok.text[:1].isupper():
        return True
    return tok.text in _WEEKDAYS or tok.lower_ in _MONTH_NAMES or tok.lower_ in _DATE_CONTEXT


def _trim(text: str) -> str:
    """Model spans sometimes take a stray bracket or comma along: "Kementerian Koperasi (" """
    t = " ".join(text.split()).strip(_EDGE)
    if t.count("(") != t.count(")"):
        t = t.strip(_EDGE + "()").strip(_EDGE)
    return t


@functools.lru_cache(maxsize=50_000)
def _value(label: str, text: str) -> Any:
    text = _trim(text)
    if label == "ORG":
        return gazetteer.lookup_institution(text)
    if label == "LOC":
        return gazetteer.lookup_location(text)
    if label == "PERSON":
        name = gazetteer.clean_person_name(text)
        return name or None
    return None


def _copy(value: Any) -> Any:
    # cached values are shared between docs: hand out copies so users may mutate theirs
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


class EntityNormalizer:
    """The ``pressnlp_entities`` component (see module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "pressnlp_entities",
        *,
        dates: bool = True,
        gazetteer: bool = True,
        bare_places: bool | None = None,
        persons: bool = True,
        place_roles: bool = False,
    ) -> None:
        self.name = name
        self.persons = persons
        self.place_roles = place_roles
        self.use_dates = dates
        self.use_gazetteer = gazetteer
        # Bare country/province names ("Jepang", "Jawa Barat") are added only without a
        # statistical NER: a trained model knows them and the annotation it learned from
        # tags them only in some uses (idner-news-2k: "Israel" O 16x, LOC 3x), so adding
        # every mention costs LOC precision. Prefixed forms ("Kabupaten Bogor") always count.
        self.bare_places = ("ner" not in nlp.pipe_names) if bare_places is None else bare_places
        # match ids -> labels kept here: a doc from another Vocab must not break the lookup
        self._labels = {nlp.vocab.strings.add(x): x for x in ("ORG", "LOC", "LOC_BARE")}
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        if gazetteer:
            self._build(nlp)

    def _build(self, nlp: Language) -> None:
        orth: dict[str, set[str]] = {"ORG": set(), "LOC": set(), "LOC_BARE": set()}
        lower: dict[str, set[str]] = {"ORG": set(), "LOC": set()}
        ambiguous = gazetteer.ambiguous_aliases()
        for inst in gazetteer.institutions().values():
            for alias in [inst["canonical"], *inst["aliases"]]:
                if alias in ambiguous:
                    continue
                if gazetteer._is_acronym(alias) or len(alias.split()) == 1:
                    # single words keep their case: "Pelni" yes, "pelni" in a URL no
                    orth["ORG"].add(alias)
                else:
                    lower["ORG"].add(alias)
        for r in gazetteer.regions().values():
            names = {r["short_name"], *(a for a in r["aliases"] if not gazetteer._is_acronym(a))}
            if r["level"] == 1:
                names.add(r["name"])  # "DKI Jakarta", "DI Yogyakarta"
            if r["level"] == 1:
                for n in names:
                    for cue in ("Provinsi", "Prov.", "Prov"):
                        lower["LOC"].add(f"{cue} {n}")
                    for body in ("Pemerintah Provinsi", "Pemprov", "DPRD Provinsi"):
                        lower["ORG"].add(f"{body} {n}")
                orth["LOC_BARE"].update(names)
                orth["LOC_BARE"].update(a for a in r["aliases"] if gazetteer._is_acronym(a))
            else:
                lower["LOC"].add(r["name"])
                cues = ("Kabupaten", "Kab.", "Kab") if r["type"].startswith("kab") else ("Kota",)
                for cue in cues:
                    lower["LOC"].add(f"{cue} {r['short_name']}")
                head = "Kabupaten" if r["type"].startswith("kab") else "Kota"
                short = "Pemkab" if head == "Kabupaten" else "Pemkot"
                for body in (f"Pemerintah {head}", short, f"DPRD {head}"):
                    lower["ORG"].add(f"{body} {r['short_name']}")
                if r["type"] == "kota_administrasi":
                    orth["LOC_BARE"].add(r["short_name"])
        for c in gazetteer.countries().values():
            # "AS" and "PNG" are too short to trust without the model
            orth["LOC_BARE"].update(n for n in [c["name"], *c["aliases"]] if len(n) > 3)
        for c in gazetteer.cities().values():
            orth["LOC_BARE"].update([c["name"], *c["aliases"]])
        for label, phrases in orth.items():
            self.orth.add(label, [nlp.make_doc(p) for p in sorted(phrases)])
        for label, phrases in lower.items():
            self.lower.add(label, [nlp.make_doc(p) for p in sorted(phrases)])

    # ------------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        pub = _pub_date(doc._.pub_date)
        # a model PERSON that is nothing but a degree or title ("M.Eng.", "drg.") is no person,
        # nor a common word that is capitalised only because it opens a sentence ("Paparan")
        ents = [
            e
            for e in map(_strip_edges, doc.ents)
            if e is not None
            and (
                e.label_ != "PERSON"
                or (
                    _value("PERSON", e.text) is not None
                    and not (self.persons and self._sentence_initial_word(doc, e))
                )
            )
        ]
        final = [e for e in ents if e.label_ != "DATE"]
        values: dict[tuple[int, int], Any] = {}
        rule_dates: list[Span] = []
        text = doc.text  # built from the tokens on every access: once only
        if self.use_dates and text:
            rule_dates = self._rule_dates(doc, text, pub, final, values)
            rule_dates = self._keep_model_boundaries(ents, rule_dates, values, pub)
        model_dates = any(e.label_ == "DATE" for e in ents)
        regs = dates.regulation_spans(text) if self.use_dates and model_dates else []
        taken = {i for s in [*final, *rule_dates] for i in range(s.start, s.end)}
        for e in ents:
            if e.label_ != "DATE" or any(i in taken for i in range(e.start, e.end)):
                continue
            if self.use_dates and (
                dates.is_non_date(e.text)
                or any(a <= e.start_char and e.end_char <= b for a, b in regs)
            ):
                continue
            final.append(e)
        final += rule_dates
        gazetteer_spans: list[Span] = []
        if self.use_gazetteer:
            gazetteer_spans = self._gazetteer_spans(doc, final)  # may drop overridden model spans
            final += gazetteer_spans
        if self.persons:
            final = self._appositive_persons(doc, final, {id(s) for s in gazetteer_spans})
        final = self._conventions(doc, final, values)
        final.sort(key=lambda s: s.start)
        doc.ents = final
        for e in doc.ents:
            key = (e.start_char, e.end_char)
            if key in values:
                e._.value = values[key]
            elif e.label_ == "DATE":
                e._.value = dates.normalize_date(e.text, pub_date=pub)
            else:
                e._.value = _copy(_value(e.label_, e.text))
        return doc

    # -- span conventions ------------------------------------------------------------------

    def _conventions(
        self, doc: Doc, spans: list[Span], values: dict[tuple[int, int], Any]
    ) -> list[Span]:
        """Boundary and labelling conventions of the annotated corpora, applied to model,
        rule and gazetteer spans alike:

        * a model PERSON with digits, broken casing or only common words is dropped, one
          that is a month name is a DATE; a minister's title ("Menkop Ferry") is cut off and
          a capitalised verb ends the name ("Jokowi Pembuat Gaduh"); one with an institution
          word is an ORG ("Emil Salim Institute"), one with "dan" two names, an unclosed
          bracket ends it, and a capitalised acronym of four letters or more is no person;
        * a job title is no ORG ("Menkomdigi"; "Dirjen Strahan Kemhan" keeps "Kemhan"), one
          unknown capitalised common word is no ORG or LOC ("Global", "Kluster"), a currency
          is no entity ("Yen Jepang"), an ORG starts at its first capital unless it opens
          with an institution noun ("pembelian [Surat Berharga Negara]", "partai Golkar");
        * an English name starts before "for the"/"of the" ("Presidency for the Council ...");
        * an ORG or LOC that is a comma list of names is split ("IPB University, Kedutaan
          Besar Amerika Serikat", "Gaza, Palestina"); official names with commas stay;
        * a model DATE loses a capitalised tail ("Juli 2019 Rupiah"), any span a trailing comma;
        * a span ends before a lower-case verb or function word inside it ("Kementerian
          Koperasi dan UKM menggandeng OECD" is two ORGs), an institution of a foreign state
          ends before "Republik <country>", which becomes the LOC;
        * a trailing weekday is a DATE of its own ("Amanda Vanstone Selasa");
        * a LOC after "anggota/kelompok" is an ORG, one ending in a degree a PERSON;
        * "Name (ACR)" is one ORG;
        * a place in a job title, modifying a noun or as the subject of a verb is no LOC
          ("Gubernur Jawa Barat", "turis Jepang", "Israel meluncurkan"), unless ``place_roles``;
        * a DATE takes "awal/akhir/pertengahan" before it and "lalu/mendatang" after a month or
          weekday ("akhir Mei", "Mei lalu"), and a day part after a bare weekday ("Senin malam").
        """
        out: list[Span] = []
        taken = {i for e in spans for i in range(e.start, e.end)}
        for e in spans:
            if e.label_ != "DATE":
                kept = self._shape(doc, e)
                if kept is None or len(kept.text) < 2 or not any(c.isalpha() for c in kept.text):
                    continue  # also "0811-1001-5080", "-8", "M" (of "A400M"): no name
                e = kept
            if e.label_ == "PERSON":
                if any(c.isdigit() for c in e.text) or re.search(r"[a-z][A-Z]{2,}", e.text):
                    continue  # "EC155B1", "1442 H.", "IndONIA" are no names
                if self.persons and len(e) > 1 and all(_is_common_word(t.text) for t in e):
                    continue  # "Devisa Hasil Ekspor": words, not a name ("Didik" alone may be)
                if len(e) == 1 and e.text.lower() in _MONTH_NAMES:
                    e = Span(doc, e.start, e.end, label="DATE")  # "bom bunuh diri Mei lalu"
            e = self._english_head(doc, e, taken, values)
            for piece in self._split_lists(doc, e, values):
                for part in self._split_at_verb(doc, piece, values):
                    out.extend(self._split_foreign_state(doc, part, values))
        extra: list[Span] = []
        for i, e in enumerate(out):
            if e.label_ != "DATE" and len(e) > 1 and doc[e.end - 1].text in _WEEKDAYS:
                out[i] = Span(doc, e.start, e.end - 1, label=e.label_)
                extra.append(Span(doc, e.end - 1, e.end, label="DATE"))
        out += extra
        for i, e in enumerate(out):
            relabel = self._relabel(doc, e)
            if relabel:
                values.pop((e.start_char, e.end_char), None)
                out[i] = Span(doc, e.start, e.end, label=relabel)
        out = self._merge_acronyms(doc, out, values)
        if not self.place_roles:
            out = [e for e in out if e.label_ != "LOC" or not self._place_role(doc, e)]
        taken = {i for e in out for i in range(e.start, e.end)}
        for i, e in enumerate(out):
            if e.label_ != "DATE":
                continue
            start, end = e.start, e.end
            if start > 0 and doc[start - 1].lower_ in _DATE_BEFORE and start - 1 not in taken:
                start -= 1
            head = doc[e.end - 1]
            if end < len(doc) and end not in taken:
                nxt = doc[end].lower_
                monthish = dates.normalize_date(head.text) is not None or head.text in _WEEKDAYS
                relative = nxt in _DATE_AFTER_REL and monthish and not head.text.isdigit()
                day_part = nxt in _DAY_PARTS and head.text in _WEEKDAYS
                if len(e) == 1 and (relative or day_part):
                    end += 1
            if (start, end) != (e.start, e.end):
                key = (e.start_char, e.end_char)
                if key in values:
                    values[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))] = values.pop(key)
                out[i] = Span(doc, start, end, label="DATE")
                taken.update(range(start, end))
        return [e for e in out if len(e)]

    @staticmethod
    def _split_lists(doc: Doc, e: Span, values: dict[tuple[int, int], Any]) -> list[Span]:
        """An ORG or LOC is no list: "IPB University, Kedutaan Besar Amerika Serikat" is two
        ORGs, "Jakarta, Indonesia" two LOCs (no PER/ORG/LOC span of idner-news-2k holds a
        comma). A known name with commas stays whole ("Badan Meteorologi, Klimatologi, dan
        Geofisika"), and so does a legal suffix ("..., Tbk"). A PERSON with "dan" inside is
        two people."""
        if e.label_ == "PERSON" and len(e) >= 3:
            # "Doris dan Leuthard": two people (no PERSON of the corpora holds "dan")
            cuts = [k for k in range(e.start + 1, e.end - 1) if doc[k].lower_ in ("dan", "serta")]
            if not cuts:
                return [e]
            parts, a = [], e.start
            for k in [*cuts, e.end]:
                if doc[a].text[:1].isupper():
                    parts.append(Span(doc, a, k, label=_person_label(doc[a:k])))
                a = k + 1
            values.pop((e.start_char, e.end_char), None)
            return parts
        if e.label_ not in ("ORG", "LOC") or len(e) < 3:
            return [e]
        commas = [
            k
            for k in range(e.start + 1, e.end - 1)
            if doc[k].text == "," and doc[k + 1].text.rstrip(".").lower() not in _LEGAL_SUFFIXES
        ]
        if not commas or _value(e.label_, e.text) is not None:
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
        if not all(_standalone(part) for part in parts[1:]):
            return [e]
        values.pop((e.start_char, e.end_char), None)
        return parts

    @staticmethod
    def _split_at_verb(doc: Doc, e: Span, values: dict[tuple[int, int], Any]) -> list[Span]:
        if e.label_ == "DATE" or len(e) < 2:
            return [e]
        end = e.end
        while (
            end - e.start > 1
            and doc[end - 1].is_lower
            and doc[end - 1].is_alpha
            and doc[end - 1].lower_ not in _COMPASS
        ):
            end -= 1  # "Mojokerto tahun"
        cut = [
            k
            for k in range(e.start + 1, end - 1)
            if doc[k].is_lower
            and doc[k].is_alpha
            and doc[k].lower_ not in _NAME_GLUE
            and (
                doc[k].lower_ in _SPAN_BREAKERS
                or re.match(r"(?:me|ber|di|ter)[a-z]{4,}$", doc[k].lower_) is not None
            )
        ]
        if not cut and end == e.end:
            if (
                e.label_ in ("ORG", "LOC")
                and end + 1 < len(doc)
                and doc[end].text == "-"
                and doc[end + 1].text == "RI"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
            ):
                values.pop((e.start_char, e.end_char), None)
                return [Span(doc, e.start, end + 2, label=e.label_)]  # "Gedung DPR-RI"
            return [e]
        parts, a = [], e.start
        for k in [*cut, end]:
            if (
                k > a
                and doc[a].text[:1].isupper()
                and not (k - a == 1 and _is_common_word(doc[a].text))
            ):
                parts.append(Span(doc, a, k, label=e.label_))
            a = k + 1
        values.pop((e.start_char, e.end_char), None)
        return parts

    @staticmethod
    def _relabel(doc: Doc, e: Span) -> str:
        """A model LOC that is a group ("anggota Al-Qaeda", "kelompok Hamas") is an ORG; one
        that ends in an academic degree ("Maju Daryono Pakpahan SH") is a PERSON. A model ORG
        that is exactly a known place ("Uni Soviet") is a LOC: idner-news-2k train labels
        known country, city and region names LOC 314x, ORG 0x; and the other way round for
        exact institution names ("Unila")."""
        if e.label_ == "ORG":
            return "LOC" if _known_as(e.text) == "LOC" else ""
        if e.label_ != "LOC":
            return ""
        # exact institution names that are no place: ORG 353x, LOC 3x in idner train ("Unila")
        if _known_as(e.text) == "ORG":
            return "ORG"
        if (
            e.start > 0
            and doc[e.start - 1].lower_ in _MEMBERSHIP_NOUNS
            and doc[e.start - 1].is_lower
        ):
            return "ORG"
        last = doc[e.end - 1].text.rstrip(".")
        if len(e) > 1 and last in _degree_words() and _looks_like_name(doc[e.start : e.end - 1]):
            return "PERSON"
        return ""

    @staticmethod
    def _merge_acronyms(
        doc: Doc, spans: list[Span], values: dict[tuple[int, int], Any]
    ) -> list[Span]:
        """ "Himpunan Mahasiswa Islam (HMI)" is one ORG, as in the annotated corpora
        (idner-news-2k train: the bracketed acronym inside the ORG 34x, outside 5x)."""
        owner = {i: e for e in spans for i in range(e.start, e.end)}
        drop: set[int] = set()
        out = []
        for e in sorted(spans, key=lambda x: x.start):
            if id(e) in drop:
                continue
            end = (
                EntityNormalizer._extend_paren(doc, e.end, e.start) if e.label_ == "ORG" else e.end
            )
            if end != e.end:
                others = {id(owner[i]): owner[i] for i in range(e.end, end) if i in owner}
                inner = list(others.values())
                if not inner or (
                    len(inner) == 1
                    and inner[0].label_ == "ORG"
                    and (inner[0].start, inner[0].end) == (e.end + 1, e.end + 2)
                ):
                    drop.update(others)
                    values.pop((e.start_char, e.end_char), None)
                    e = Span(doc, e.start, end, label="ORG")
            out.append(e)
        return [e for e in out if id(e) not in drop]

    @staticmethod
    def _person_shape(doc: Doc, e: Span) -> Span | None:
        """ "Menkop Ferry" is the PERSON "Ferry" (idner-news-2k train: "Menkum", "Mensos" O
        6x, never inside a PERSON); in a title-case headline the name ends at a verb
        ("Erick Thohir Berhasil Bujuk ...", "Jokowi Pembuat Gaduh")."""
        start = e.start
        while start < e.end and _title_abbreviation(doc[start].text):
            start += 1
        if start == e.end:
            return None
        opened = next((t.i for t in e if t.text == "("), None)
        if opened is not None and not any(t.text == ")" for t in doc[opened : e.end]):
            if opened <= start:
                return None
            e = Span(doc, e.start, opened, label="PERSON")  # "Dr Andini (Tenaga Ahli ..."
        # with "dan" inside, _split_lists labels each name on its own
        if not any(t.lower_ in ("dan", "serta") for t in e) and _person_label(e) == "ORG":
            return Span(doc, e.start, e.end, label="ORG")  # "Emil Salim Institute (ESI)"
        if len(e) == 1 and len(e.text) >= 4 and e.text.isupper() and e.text.isalpha():
            # "RPLN", "NKRI": the corpora's all-capital persons are initials (SBY, JK, TB)
            return Span(doc, e.start, e.end, label="ORG") if _known_as(e.text) == "ORG" else None
        end = next(
            (
                t.i
                for t in doc[start + 1 : e.end]
                if len(t) >= 5 and _VERBAL.match(t.text) and _is_common_word(t.text)
            ),
            e.end,
        )
        return e if (start, end) == (e.start, e.end) else Span(doc, start, end, label="PERSON")

    @staticmethod
    def _shape(doc: Doc, e: Span) -> Span | None:
        """The span as it should be, or ``None`` if it is no entity: currencies ("Yen Jepang")
        and term acronyms ("PPPK") are none; a PERSON loses a minister's title (see
        :meth:`_person_shape`); an ORG ends before a rank and starts at its first capital; a job
        title is no institution ("Menkomdigi" is dropped, "Dirjen Strahan Kemhan" keeps only
        "Kemhan"); one capitalised common word the gazetteer does not know ("Global",
        "Kluster") is a heading or sentence start, not a name."""
        if e[0].lower_ in _CURRENCIES and len(e) > 1:
            return None  # "Yen Jepang", "Dolar Australia": a currency, not a person or place
        if e.label_ == "PERSON":
            return EntityNormalizer._person_shape(doc, e)
        if e.label_ not in ("ORG", "LOC"):
            return e
        if e.label_ == "ORG":
            # "Deputi Bidang Geostrategi DPN Mayjen TNI": the rank opens the next person
            cut = next((t.i for t in e[1:] if t.text.rstrip(".") in _RANKS), None)
            if cut is not None:
                e = Span(doc, e.start, cut, label="ORG")
        if (
            e.label_ == "ORG"
            and e[0].is_lower
            and e[0].lower_ not in _ORG_NOUNS
            and not _DOMAIN.search(e[0].text)
        ):
            # "pembelian Surat Berharga Negara (SBN)": the name starts at its first capital
            first = next((t.i for t in e if not t.is_lower), None)
            if first is None:
                return None
            e = Span(doc, first, e.end, label="ORG")
        if e.label_ == "ORG" and (
            e.text in _NOT_ORG_ACRONYMS
            or (
                len(e) > 3
                and e[-3].text == "("
                and e[-1].text == ")"
                and e[-2].text in _NOT_ORG_ACRONYMS
                # "Pusat Pembinaan Profesi Keuangan (PPPK)" is a unit that shares the acronym
                and not gazetteer._UNIT_HEAD.match(e.text)
            )
        ):
            return None  # "PPPK", "QRIS", "Dana Pihak Ketiga (DPK)": terms, not bodies
        if len(e) == 1:
            word = e.text
            if e.label_ == "ORG" and _title_abbreviation(word):
                return None
            common = word[:1].isupper() and not word.isupper() and _is_common_word(word)
            return None if common and _value(e.label_, word) is None else e
        title = _title_at(doc, e.start) if e.label_ == "ORG" else 0
        # "Asisten Deputi Humas Kemensetneg", "Deputi BKN" also name units (Asdep, Kedeputian)
        if not 0 < title < len(e) or e[0].lower_ in _UNIT_TITLES:
            return e
        for k in range(e.start + title, e.end):
            for end in range(e.end, k, -1):
                if doc[k].text[:1].isupper() and gazetteer._exact_institution(doc[k:end].text):
                    return Span(doc, k, end, label="ORG")
        return e

    @staticmethod
    def _english_head(
        doc: Doc, e: Span, taken: set[int], values: dict[tuple[int, int], Any]
    ) -> Span:
        """ "Presidency for the Council of Ministers": an English name the model picked up
        only after "for the" / "of the" starts at the capitalised head before it."""
        k = e.start
        if e.label_ != "ORG" or k < 3 or doc[k - 1].lower_ != "the":
            return e
        if doc[k - 2].lower_ not in {"for", "of"} or not doc[k - 3].is_title:
            return e
        if any(i in taken for i in range(k - 3, k)):
            return e
        values.pop((e.start_char, e.end_char), None)
        return Span(doc, k - 3, e.end, label="ORG")

    @staticmethod
    def _split_foreign_state(doc: Doc, e: Span, values: dict[tuple[int, int], Any]) -> list[Span]:
        """ "Presidency for the Council of Ministers Republik Democratik Timor Leste": an
        institution of a foreign state, ORG, then the country, LOC. ("Kementerian Pertahanan
        Republik Indonesia" stays one ORG: the home state is part of the name.)"""
        if e.label_ != "ORG" or len(e) < 4:
            return [e]
        for k in range(e.start + 2, e.end - 1):
            if doc[k].text != "Republik":
                continue
            j = k + 1
            while j < e.end - 1 and doc[j].text in _STATE_WORDS:
                j += 1
            country = gazetteer.lookup_location(doc[j : e.end].text)
            if not country or country.get("type") != "country" or country.get("iso2") == "ID":
                return [e]
            values.pop((e.start_char, e.end_char), None)
            return [Span(doc, e.start, k, label="ORG"), Span(doc, j, e.end, label="LOC")]
        return [e]

    @staticmethod
    def _place_role(doc: Doc, e: Span) -> bool:
        """ "Gubernur Jawa Barat", "Menteri Pertahanan Amerika Serikat", "turis Jepang"."""
        prev = doc[e.start - 1] if e.start else None
        if prev is not None and prev.lower_ in _PLACE_MODIFIED and prev.is_lower:
            return True
        # the subject of a verb, not after a locative preposition: "Israel meluncurkan
        # serangan", "Afrika Selatan juga mengikuti" (idner-news-2k train: O 72x, LOC 22x)
        if e.end < len(doc) and (prev is None or prev.lower_ not in _LOCATIVE_BEFORE):
            nxt = doc[e.end]
            if nxt.is_lower and _VERB_AFTER_SUBJECT.match(nxt.text):
                return True
        if prev is None:
            return False
        # a job title ends right before the place, or before a few portfolio words
        _, _, longest = _person_words()
        last_words = _title_last_words()
        for gap in range(0, 4):
            end = e.start - gap
            if end < 1 or (gap and not doc[end].text[:1].isupper()):
                break
            w = doc[end - 1].text.rstrip(".")
            if (w if len(w) <= 3 else w.lower()) not in last_words:
                continue
            for k in range(max(0, end - longest), end):
                if _title_at(doc, k) == end - k:
                    return True
        return False

    @staticmethod
    def _sentence_initial_word(doc: Doc, span: Span) -> bool:
        """ "Paparan diakhiri dengan ...": one capitalised common word opening a sentence,
        not followed by another capitalised word (a name would go on: "Indah Sari")."""
        if len(span) != 1 or not _sentence_start(doc, span.start):
            return False
        if span.end < len(doc) and doc[span.end].text[:1].isupper():
            return False
        return _is_common_word(span.text)

    # -- appositive PERSON rule ----------------------------------------------------------

    def _appositive_persons(self, doc: Doc, spans: list[Span], protected: set[int]) -> list[Span]:
        """Name + appositive role ("Juvenal, salah satu peserta, ..."; "Faisal Fahmi, Kepala
        Bidang ...") or role + name + reporting verb ("Kepala Dinas Kominfo Jabar, Ika
        Mardiah, mengatakan"): the name is a PERSON. A model ORG/LOC there becomes PERSON
        unless the gazetteer knows it as an institution or place (``protected``: the
        gazetteer's own spans); unlabelled capitalised words become a new PERSON."""
        owner: dict[int, Span] = {}
        for e in spans:
            for i in range(e.start, e.end):
                owner[i] = e
        out = list(spans)
        # only commas matter: find them in one array pass instead of making a Token each
        comma = doc.vocab.strings.add(",")
        commas = (doc.to_array("ORTH") == comma).nonzero()[0]
        for c in commas.tolist():
            if c == 0 or c + 1 >= len(doc):
                continue
            found = None
            role = self._role_follows(doc, c)
            if role:
                found = self._name_before(doc, c, owner)
                if found is not None and not self._appositive_ok(doc, found, role, owner):
                    found = None
            if found is None and self._title_before(doc, c):
                found = self._name_after(doc, c, owner)
            if found is None:
                continue
            start, end, replaced = found
            if any(id(e) in protected or e.label_ == "DATE" for e in replaced):
                continue
            if replaced and not all(start <= e.start and e.end <= end for e in replaced):
                continue
            if not self._person_ok(doc, start, end):
                continue
            for e in replaced:
                out.remove(e)
            span = Span(doc, start, end, label="PERSON")
            out.append(span)
            for i in range(start, end):
                owner[i] = span
        return out

    @staticmethod
    def _appositive_ok(
        doc: Doc, found: tuple[int, int, list[Span]], role: str, owner: dict[int, Span]
    ) -> bool:
        start, _, replaced = found
        # one-word places the gazetteer lacks ("Kairo") come before titles in datelines and
        # addresses: a model LOC turns PERSON before a job title only when it has two words
        if role == "title" and any(e.label_ == "LOC" and len(e) == 1 for e in replaced):
            return False
        # "Universitas Al Azhar, Kairo, Menteri ...": a list of places and institutions,
        # unless a job title precedes ("Kepala LLDIKTI Wilayah X, Afdalisma, Rektor ...")
        if start >= 2 and doc[start - 1].text == "," and start - 2 in owner:
            prev = owner[start - 2]
            if prev.label_ in ("ORG", "LOC") and not EntityNormalizer._title_before(doc, start - 1):
                return False
        return True

    @staticmethod
    def _role_follows(doc: Doc, c: int) -> str:
        """ ", salah satu peserta", ", selaku Ketua ...", ", Kepala Bidang ... ," after a comma:
        ``"cue"`` or ``"title"``, else ``""``."""
        words = [t.lower_ for t in doc[c + 1 : c + 4]]
        for cue in _APPOSITIVE_CUES:
            if tuple(words[: len(cue)]) != cue:
                continue
            if "seorang" in cue:  # the classifier for people
                return "cue"
            n = c + 1 + len(cue)
            person = n < len(doc) and (doc[n].lower_ in _PERSON_NOUNS or _title_at(doc, n) > 0)
            return "cue" if person else ""
        n = _title_at(doc, c + 1)
        if not n:
            return ""
        # the role ends in a comma or the sentence ends: "Jakarta, Kepala Biro Humas
        # Kemnaker menyampaikan" is a dateline before a sentence, not an appositive
        for j in range(c + 1 + n, min(len(doc), c + 20)):
            t = doc[j]
            if t.text in {",", ".", ";"} or "\n" in doc[j - 1].text_with_ws:
                return "title" if t.text in {",", ".", ";"} else ""
            if not (t.text[:1].isupper() or t.lower_ in {"dan", "serta", "&", "/", "(", ")", "-"}):
                return ""
        return ""

    @staticmethod
    def _title_before(doc: Doc, c: int) -> bool:
        """A job title ends at the comma: "Kepala Dinas Kominfo Jabar, ..." """
        i = c
        while i > 0 and c - i < 15:
            t = doc[i - 1]
            if "\n" in t.text_with_ws and i != c:
                break
            if not (t.text[:1].isupper() or t.lower_ in {"dan", "serta", "&", "/", "(", ")", "-"}):
                break
            i -= 1
        return any(_title_at(doc, k) > 0 for k in range(i, c))

    @staticmethod
    def _clean_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Token range of the bare name inside a "title + name" region."""
        region = doc[start:end]
        name = gazetteer.clean_person_name(region.text)
        if not name:
            return None
        at = region.text.rfind(name)
        if at < 0:
            return None
        span = doc.char_span(
            region.start_char + at, region.start_char + at + len(name), alignment_mode="contract"
        )
        if span is None or not len(span):
            return None
        start, end = span.start, span.end
        while end - start > 1 and _is_common_word(doc[start].text):
            start += 1  # a portfolio the title patterns left over: "Hilirisasi Rosan ..."
        return start, end

    @staticmethod
    def _name_before(
        doc: Doc, c: int, owner: dict[int, Span]
    ) -> tuple[int, int, list[Span]] | None:
        if c - 1 in owner:
            e = owner[c - 1]
            if e.end != c or e.label_ == "PERSON":
                return None
            return e.start, e.end, [e]
        _, heads, _ = _person_words()
        i = c
        while i > 0 and c - i < 8:
            t = doc[i - 1]
            if i - 1 in owner or (i != c and "\n" in t.text_with_ws):
                break
            if not (_name_token(t) or t.text.isupper() or t.lower_ in _NAME_PARTICLES):
                break
            i -= 1
        if i == c:
            return None
        if any(doc[k].text.rstrip(".") in heads for k in range(i, c)):
            span = EntityNormalizer._clean_span(doc, i, c)  # "Menteri Keuangan Sri Mulyani"
            return (span[0], span[1], []) if span else None
        while c - i > 1 and _is_common_word(doc[i].text):
            i += 1  # "Menurut Budi, ...", "Menteri Investasi dan Hilirisasi Rosan Roeslani, ..."
        if i == c or c - i > 5:
            return None
        return i, c, []

    @staticmethod
    def _name_after(doc: Doc, c: int, owner: dict[int, Span]) -> tuple[int, int, list[Span]] | None:
        """ "<title>, <Name>, mengatakan" / "<title>, <Name> menegaskan"."""
        j = c + 1
        while j < len(doc) and j - c <= 8:
            t = doc[j]
            if not (_name_token(t) or t.text.isupper() or t.lower_ in _NAME_PARTICLES):
                break
            j += 1
            if "\n" in t.text_with_ws:
                return None
        if j == c + 1 or j >= len(doc):
            return None
        nxt = doc[j]
        if nxt.text == ",":
            if j + 1 >= len(doc):
                return None
            verb = doc[j + 1].lower_
            if not (
                verb in _REPORTING_VERBS
                or verb in _AFTER_NAME
                or re.fullmatch(r"(?:me|ber)[a-z]{4,}", verb)
            ):
                return None
        elif nxt.lower_ not in _REPORTING_VERBS:
            return None
        span = EntityNormalizer._clean_span(doc, c + 1, j)
        if span is None:
            return None
        start, end = span
        replaced = {id(owner[i]): owner[i] for i in range(c + 1, j) if i in owner}
        if any(e.label_ == "PERSON" for e in replaced.values()):
            return None
        return start, end, list(replaced.values())

    @staticmethod
    def _person_ok(doc: Doc, start: int, end: int) -> bool:
        span = doc[start:end]
        if not _looks_like_name(span) or _known_non_person(span.text):
            return False
        if any(_title_at(doc, k) for k in range(start, end)):
            return False  # a list of positions: "Perdana Menteri RRT, Presiden AIIB, ..."
        if start > 0 and doc[start - 1].lower_ in _PLACE_PREPS:
            return False  # "di Cibinong, Kepala Dinas ..."
        # a one-word dateline opening a paragraph: "Cibinong, Kepala Dinas ..."
        return not (
            len(span) == 1
            and _paragraph_start(doc, start)
            and end < len(doc)
            and doc[end].text == ","
            and _title_at(doc, end + 1) > 0
        )

    @staticmethod
    def _keep_model_boundaries(
        ents: list[Span],
        rule_dates: list[Span],
        values: dict[tuple[int, int], Any],
        pub: dt.date | None,
    ) -> list[Span]:
        """Where the model's DATE span and a rule date mean the same thing, keep the model's
        boundaries (learned from the annotated data: "2014" vs "tahun 2014", "awal 2014",
        "Minggu (24/8) pagi") with the rule's value. The rule's span wins when it says more
        ("3 s.d. 14 Juli 2017" over a model "14 Juli 2017")."""
        out = list(rule_dates)
        for md in ents:
            if md.label_ != "DATE":
                continue
            hits = [r for r in out if r.start < md.end and md.start < r.end]
            if len(hits) != 1 or hits[0] is md:
                continue
            r = hits[0]
            extra = [t for t in r if not md.start <= t.i < md.end]
            if (
                r.start <= md.start
                and md.end <= r.end
                and any(t.like_num or t.is_digit for t in extra)
            ):
                # the model missed a number: "[Maret] 2025", "[7 Maret] 2025" (but "tahun
                # [2014]" keeps the model's boundary, as the corpora annotate it)
                continue
            value = values[(r.start_char, r.end_char)]
            inside = (
                md.start <= r.start
                and r.end <= md.end
                and len(md) - len(r) <= 3
                and all(_date_context(t) for t in md if not r.start <= t.i < r.end)
            )
            if inside or dates.normalize_date(md.text, pub_date=pub) == value:
                del values[(r.start_char, r.end_char)]
                values[(md.start_char, md.end_char)] = value
                out[out.index(r)] = md
        return out

    def _rule_dates(
        self,
        doc: Doc,
        text: str,
        pub: dt.date | None,
        final: list[Span],
        values: dict[tuple[int, int], Any],
    ) -> list[Span]:
        out: list[Span] = []
        for m in dates.find_dates(text, pub_date=pub):
            span = doc.char_span(m.start, m.end, label="DATE", alignment_mode="expand")
            if span is None or m.value is None:
                continue
            clash = [e for e in final if e.start < span.end and span.start < e.end]
            if m.kind != "year":
                clash = [e for e in clash if not self._cut_before_date(doc, e, span, final)]
            # a model PERSON/ORG/LOC only partly inside the date: the model saw a name there
            if any(e.start < span.start or e.end > span.end for e in clash):
                continue
            for e in clash:
                final.remove(e)
            if out and out[-1].end > span.start:
                continue
            out.append(span)
            values[(span.start_char, span.end_char)] = m.value
        return out

    @staticmethod
    def _cut_before_date(doc: Doc, e: Span, date: Span, final: list[Span]) -> bool:
        """A model name that runs into a date ending it ("Jakarta (13/11/2025)", "WEO Juli
        2025") ends before the date, which becomes a DATE: ``final`` gets the cut span in place
        of ``e`` and the answer is ``True`` (no clash left)."""
        end = date.end + 1 if date.end < len(doc) and doc[date.end].text == ")" else date.end
        if not (e.start < date.start and e.end in (date.end, end)):
            return False
        cut = date.start
        while cut > e.start and doc[cut - 1].lower_ in (
            "(",
            ",",
            "-",
            "–",
            "—",
            ":",
            "per",
            "pada",
        ):
            cut -= 1
        if cut == e.start or not any(c.isalpha() for c in doc[e.start : cut].text):
            return False  # nothing but the date: let the date rule decide as before
        final[final.index(e)] = Span(doc, e.start, cut, label=e.label_)
        return True

    def _gazetteer_spans(self, doc: Doc, existing: list[Span]) -> list[Span]:
        """Gazetteer matches where the model found nothing; ``existing`` loses the model
        spans an exact institution name overrides (see ``_overrides``)."""
        owner: dict[int, Span] = {}
        for e in existing:
            for i in range(e.start, e.end):
                owner[i] = e
        cands: list[Span] = []
        for matcher in (self.orth, self.lower):
            for match_id, start, end in matcher(doc):
                label = self._labels[match_id]
                if matcher is self.lower and doc[start].is_lower:
                    continue  # "bank dunia" in running text is not the name
                if label == "LOC_BARE":
                    if not self._bare_place_ok(doc, start, end):
                        continue
                    if not (self.bare_places or self._place_cue(doc, start)):
                        continue
                    label = "LOC"
                elif label == "ORG":
                    start = self._extend_unit(doc, start)
                    end = self._extend_paren(doc, self._extend_ri(doc, end), start)
                cands.append(Span(doc, start, end, label=label))
        out = []
        for span in filter_spans(cands):
            clash = {id(owner[i]): owner[i] for i in range(span.start, span.end) if i in owner}
            if not clash:
                out.append(span)
            elif self._overrides(span, list(clash.values())):
                for e in clash.values():
                    existing.remove(e)
                    for i in range(e.start, e.end):
                        owner.pop(i, None)
                out.append(span)
        return out

    @staticmethod
    def _overrides(span: Span, clash: list[Span]) -> bool:
        """An exact institution name beats the model where the model cannot be right:
        "Kemensetneg" inside a PERSON span, a LOC "Indonesia" inside "Bank Indonesia", an ORG
        span that stops inside a longer known name."""
        if span.label_ != "ORG":
            return False
        for e in clash:
            if e.label_ == "PERSON":
                continue
            inside = span.start <= e.start and e.end <= span.end and len(e) < len(span)
            # a LOC inside a known name, or a model ORG cut short ("Kementerian Pendidikan Dasar")
            if e.label_ in ("LOC", "ORG") and inside:
                continue
            # "di lingkungan / jajaran Kementerian X" means within the institution, not a
            # place (idner teaches "kota Bandung" as LOC and the model stretches that);
            # "komplek DPR" or "gedung KPK" stay places
            prefix = e.doc[e.start : span.start]
            if (
                e.label_ == "LOC"
                and e.end == span.end
                and len(prefix) > 0
                and prefix[0].lower_ in _WITHIN_NOUNS
                and all(t.is_lower for t in prefix)
            ):
                continue
            return False
        return True

    @staticmethod
    def _place_cue(doc: Doc, start: int) -> bool:
        """A bare name used as a place, not as an actor ("Jepang melarang impor"):
        after a locative preposition or place noun ("ke wilayah Israel") or inside "Republik
        Demokratik Timor Leste"."""
        if start == 0:
            return False
        prev = doc[start - 1]
        if prev.text in _PLACE_NOUNS:  # lower case only: "Kota" starts a region name
            return True
        return prev.lower_ in _PLACE_PREPS or prev.text in _COUNTRY_HEADS

    @staticmethod
    def _bare_place_ok(doc: Doc, start: int, end: int) -> bool:
        if start > 0:
            prev = doc[start - 1]
            if prev.lower_ == "bahasa":  # "bahasa Inggris" is a language
                return False
            sentence_start = (
                start == 1
                or doc[start - 2].text in {".", "!", "?", ":", "–", "-"}
                or ("\n" in doc[start - 2].text_with_ws)
            )
            if prev.is_title and prev.text not in _LOC_OK_BEFORE and not sentence_start:
                return False
        return not (end < len(doc) and doc[end].text in _NAME_CONTINUES)

    @staticmethod
    def _extend_paren(doc: Doc, end: int, start: int) -> int:
        """ "Mahkamah Konstitusi (MK)": the acronym in brackets belongs to the name, if its
        letters come from the name: "Sekuritas Rupiah Bank Indonesia (SRBI)" is no "Bank
        Indonesia (SRBI)"."""
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            inner = doc[end + 1]
            if inner.is_title and len(inner) <= 12:
                return end + 3
            if inner.is_upper and _acronym_fits(doc[start:end].text, inner.text):
                return end + 3
        return end

    @staticmethod
    def _extend_ri(doc: Doc, end: int) -> int:
        """ "Kementerian Pertahanan Republik Indonesia" / "Kemhan RI" are one name."""
        if end < len(doc) and doc[end].text == "RI":
            return end + 1
        if end + 1 < len(doc) and doc[end].text == "Republik" and doc[end + 1].text == "Indonesia":
            return end + 2
        return end

    @staticmethod
    def _extend_unit(doc: Doc, start: int) -> int:
        """Start of "Biro Humas Kemnaker": walk left over Titlecase words to a unit word.

        Not inside a job title: in "Kepala Biro Humas Kemnaker" the unit words describe a
        person's position and only the institution is an entity.
        """
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
            if doc[j].text in UNIT_WORDS:
                if j > i and doc[j - 1].text in _TITLE_HEADS:
                    return start
                return j
            if doc[j].text in _TITLE_HEADS:
                return start
        return start


@Language.factory(
    "pressnlp_entities",
    default_config={
        "dates": True,
        "gazetteer": True,
        "bare_places": None,
        "persons": True,
        "place_roles": False,
    },
    requires=["doc.ents"],
    assigns=["doc.ents", "span._.value"],
)
def make_entities(
    nlp: Language,
    name: str,
    dates: bool,
    gazetteer: bool,
    bare_places: bool | None,
    persons: bool = True,
    place_roles: bool = False,
) -> EntityNormalizer:
    """Factory of the ``pressnlp_entities`` component.

    ``bare_places``: also add bare country/province names found by the gazetteer; ``None``
    (default) = only when the pipeline has no statistical ``ner``. ``persons``: the PERSON
    rules (appositive names, sentence-initial common words). ``place_roles``: also tag a
    place name that names a role, a nationality or an actor ("Gubernur Jawa Barat", "turis
    Jepang", "Israel meluncurkan serangan") as LOC; off by default, as in the annotated
    corpora, where only a place mention is LOC.
    """
    return EntityNormalizer(
        nlp,
        name,
        dates=dates,
        gazetteer=gazetteer,
        bare_places=bare_places,
        persons=persons,
        place_roles=place_roles,
    )
