"""Build the compact entity resources shipped in ``pressnlp/data/``.

Re-runnable and deterministic (sorted output, no timestamps)::

    python scripts/build_resources.py [--data ../shared/data]

Reads ``gazetteers/`` from the shared corpora and writes

- ``pressnlp/data/institutions.json``  state institutions, BUMN and major universities
- ``pressnlp/data/regions.tsv``        38 provinces + 514 kabupaten/kota (Kemendagri codes, centroids)
- ``pressnlp/data/countries.tsv``      countries by Indonesian name (hand-written table below)
- ``pressnlp/data/cities.tsv``         foreign capitals and major cities (hand-written table below)
- ``pressnlp/data/person_cues.json``   honorifics / titles / degrees / ranks stripped from PERSON values

The curated institution list is a hand-compiled draft; the corrections applied to it are
listed in ``INSTITUTION_FIXES`` / ``DROP_ALIASES`` below so that the review is auditable.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pressnlp" / "data"

# --- institutions -------------------------------------------------------------------------

# Aliases that are too ambiguous to *recognise* on their own in running text (they are still
# used to normalise a span the statistical model already tagged as ORG).
AMBIGUOUS_ALIASES = {
    "MA",
    "MK",
    "BI",
    "BIN",
    "BIG",
    "KPI",
    "DPD",
    "PPN",
    "PU",
    "ORI",
    "KIP",
    "DEN",
    "LAN",
    "HK",
    "PAL",
    "Len",
    "Timah",
    "Mandiri",
    "Garuda",
    "Antara",
    "SIG",
    "SMI",
    "ESDM",
    "BPN",
    "Kemendes",
    "PTPN",
    "Telkom",
    "Pos Indonesia",
    "KY",
    "CA",
    "IFG",
    "BKI",
    "PNM",
    "INKA",
    "Dahana",
    "PFN",
    "Peruri",
    "Pindad",
    "ASDP",
    "UI",
    "UB",
    "ITS",
    "UNS",
    "UT",
    "AP I",
    "AP II",
    # parties / bodies whose short form is also an ordinary word or another body
    "Demokrat",
    "PAN",
    "NU",
    "UE",
    "EU",
    "KOI",
    "IDX",
}
# Aliases dropped entirely while reviewing the draft (doubtful or wrong).
DROP_ALIASES = {
    ("wantimpres", "DPP"),  # DPP is overwhelmingly "Dewan Pimpinan Pusat" (party boards)
    ("bkkbn_lpnk", "BKKBN"),  # same alias on the 2024 successor row; keep it on the current one
    ("kemendes_pdt", "Kemendes"),  # also used for the 2014-2024 Kemendes PDTT: keep on neither
}
EXTRA_INSTITUTIONS = [
    # Rows missing from the draft that old releases use (Perpres 7/2015 cabinet).
    {
        "id": "kemenristekdikti",
        "category": "kementerian",
        "official_name": "Kementerian Riset, Teknologi, dan Pendidikan Tinggi",
        "acronyms": "Kemenristekdikti|Kemristekdikti",
        "aliases": "",
        "valid_from": "2014-10-27",
        "valid_to": "2019-10-22",
        "successor_id": "kemenristek",
        "notes": "added: Kabinet Kerja ministry",
    },
]
# Parties, international and national non-government bodies frequent in releases; facts
# (official names and acronyms) written for pressnlp. (id, type, canonical, aliases: first = acronym)
OTHER_BODIES = [
    (
        "pdip",
        "partai",
        "Partai Demokrasi Indonesia Perjuangan",
        "PDI-P|PDIP|PDI Perjuangan|PDI-Perjuangan",
    ),
    ("golkar", "partai", "Partai Golongan Karya", "Golkar|Partai Golkar"),
    ("gerindra", "partai", "Partai Gerakan Indonesia Raya", "Gerindra|Partai Gerindra"),
    ("nasdem", "partai", "Partai NasDem", "NasDem|Nasdem|Partai Nasdem"),
    ("pkb", "partai", "Partai Kebangkitan Bangsa", "PKB"),
    ("pks", "partai", "Partai Keadilan Sejahtera", "PKS"),
    ("pan", "partai", "Partai Amanat Nasional", "PAN"),
    ("demokrat", "partai", "Partai Demokrat", "Demokrat"),
    ("ppp", "partai", "Partai Persatuan Pembangunan", "PPP"),
    ("hanura", "partai", "Partai Hati Nurani Rakyat", "Hanura|Partai Hanura"),
    ("perindo", "partai", "Partai Persatuan Indonesia", "Perindo|Partai Perindo"),
    ("psi", "partai", "Partai Solidaritas Indonesia", "PSI"),
    ("pbb_partai", "partai", "Partai Bulan Bintang", ""),
    ("un", "internasional", "Perserikatan Bangsa-Bangsa", "PBB|United Nations"),
    (
        "asean",
        "internasional",
        "Association of Southeast Asian Nations",
        "ASEAN|Perhimpunan Bangsa-Bangsa Asia Tenggara",
    ),
    ("who", "internasional", "World Health Organization", "WHO|Organisasi Kesehatan Dunia"),
    (
        "unesco",
        "internasional",
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
    ),
    ("unicef", "internasional", "United Nations Children's Fund", "UNICEF"),
    ("undp", "internasional", "United Nations Development Programme", "UNDP"),
    (
        "ilo",
        "internasional",
        "International Labour Organization",
        "ILO|Organisasi Perburuhan Internasional",
    ),
    ("fao", "internasional", "Food and Agriculture Organization", "FAO"),
    ("imf", "internasional", "International Monetary Fund", "IMF|Dana Moneter Internasional"),
    ("world_bank", "internasional", "Bank Dunia", "World Bank"),
    ("adb", "internasional", "Asian Development Bank", "ADB|Bank Pembangunan Asia"),
    ("wto", "internasional", "World Trade Organization", "WTO|Organisasi Perdagangan Dunia"),
    ("oecd", "internasional", "Organisation for Economic Co-operation and Development", "OECD"),
    ("g20", "internasional", "G20", "G-20|Group of Twenty"),
    (
        "apec",
        "internasional",
        "Asia-Pacific Economic Cooperation",
        "APEC|Kerja Sama Ekonomi Asia-Pasifik",
    ),
    ("eu", "internasional", "Uni Eropa", "UE|EU|European Union"),
    ("nato", "internasional", "North Atlantic Treaty Organization", "NATO"),
    ("oki", "internasional", "Organisasi Kerja Sama Islam", "OKI|OIC"),
    ("opec", "internasional", "Organization of the Petroleum Exporting Countries", "OPEC"),
    ("brics", "internasional", "BRICS", ""),
    ("interpol", "internasional", "International Criminal Police Organization", "Interpol|ICPO"),
    ("aiib", "internasional", "Asian Infrastructure Investment Bank", "AIIB"),
    ("kssk", "lembaga", "Komite Stabilitas Sistem Keuangan", "KSSK"),
    ("tpip", "lembaga", "Tim Pengendalian Inflasi Pusat", "TPIP"),
    ("tpid", "lembaga", "Tim Pengendalian Inflasi Daerah", "TPID"),
    ("bei", "lembaga_nonpemerintah", "Bursa Efek Indonesia", "BEI|IDX|Indonesia Stock Exchange"),
    (
        "kadin",
        "lembaga_nonpemerintah",
        "Kamar Dagang dan Industri Indonesia",
        "Kadin|Kadin Indonesia",
    ),
    ("mui", "lembaga_nonpemerintah", "Majelis Ulama Indonesia", "MUI"),
    ("nu", "lembaga_nonpemerintah", "Nahdlatul Ulama", "NU|PBNU|Pengurus Besar Nahdlatul Ulama"),
    (
        "muhammadiyah",
        "lembaga_nonpemerintah",
        "Muhammadiyah",
        "PP Muhammadiyah|Pimpinan Pusat Muhammadiyah",
    ),
    # not "PMI": in labour releases it means Pekerja Migran Indonesia (people), not the Red Cross
    ("pmi_palang_merah", "lembaga_nonpemerintah", "Palang Merah Indonesia", ""),
    ("koni", "lembaga_nonpemerintah", "Komite Olahraga Nasional Indonesia", "KONI"),
    ("koi", "lembaga_nonpemerintah", "Komite Olimpiade Indonesia", "KOI|NOC Indonesia"),
    ("pwi", "lembaga_nonpemerintah", "Persatuan Wartawan Indonesia", "PWI"),
    ("idi", "lembaga_nonpemerintah", "Ikatan Dokter Indonesia", "IDI"),
    ("pgri", "lembaga_nonpemerintah", "Persatuan Guru Republik Indonesia", "PGRI"),
    ("apindo", "lembaga_nonpemerintah", "Asosiasi Pengusaha Indonesia", "Apindo"),
    ("ylki", "lembaga_nonpemerintah", "Yayasan Lembaga Konsumen Indonesia", "YLKI"),
    ("korpri", "lembaga_nonpemerintah", "Korps Pegawai Republik Indonesia", "Korpri|KORPRI"),
    (
        "pramuka",
        "lembaga_nonpemerintah",
        "Gerakan Pramuka",
        "Kwarnas|Kwartir Nasional Gerakan Pramuka",
    ),
]
EXTRA_ALIASES = {
    "kemensetneg": ["Kementerian Setneg", "Kemsetneg RI"],
    "komdigi": ["Kementerian Komdigi"],
    "kominfo": ["Kementerian Kominfo"],
    "kemnaker": ["Kemenaker RI", "Kemnaker RI"],
    "kemenkeu": ["Kemenkeu RI"],
    "kemhan": ["Kemhan RI", "Kementerian Pertahanan RI"],
    "bkn": ["BKN RI"],
    "kemenkop": ["Kemenkop RI"],
}

# Major universities: Indonesian canonical name + acronyms (the Hipo list is in English
# and has no acronyms). ``domain`` links to the Hipo row so its English name becomes an alias.
UNIVERSITIES = [
    ("Universitas Indonesia", "UI", "ui.ac.id"),
    ("Universitas Gadjah Mada", "UGM", "ugm.ac.id"),
    ("Institut Teknologi Bandung", "ITB", "itb.ac.id"),
    ("Institut Pertanian Bogor", "IPB|IPB University", "ipb.ac.id"),
    ("Institut Teknologi Sepuluh Nopember", "ITS", "its.ac.id"),
    ("Universitas Airlangga", "Unair", "unair.ac.id"),
    ("Universitas Diponegoro", "Undip", "undip.ac.id"),
    ("Universitas Padjadjaran", "Unpad", "unpad.ac.id"),
    ("Universitas Brawijaya", "UB|Unibraw", "ub.ac.id"),
    ("Universitas Sebelas Maret", "UNS", "uns.ac.id"),
    ("Universitas Hasanuddin", "Unhas", "unhas.ac.id"),
    ("Universitas Sumatera Utara", "USU", "usu.ac.id"),
    ("Universitas Andalas", "Unand", "unand.ac.id"),
    ("Universitas Sriwijaya", "Unsri", "unsri.ac.id"),
    ("Universitas Udayana", "Unud", "unud.ac.id"),
    ("Universitas Negeri Jakarta", "UNJ", "unj.ac.id"),
    ("Universitas Negeri Yogyakarta", "UNY", "uny.ac.id"),
    ("Universitas Pendidikan Indonesia", "UPI", "upi.edu"),
    ("Universitas Terbuka", "UT", "ut.ac.id"),
    ("Universitas Jember", "UNEJ|Unej", "unej.ac.id"),
    ("Universitas Negeri Semarang", "Unnes|UNNES", "unnes.ac.id"),
    ("Universitas Muhammadiyah Yogyakarta", "UMY", "umy.ac.id"),
    ("Universitas Muhammadiyah Malang", "UMM", "umm.ac.id"),
    ("Universitas Trisakti", "Usakti", "trisakti.ac.id"),
    ("Universitas Telkom", "Tel-U|Telkom University", "telkomuniversity.ac.id"),
    ("Universitas Bina Nusantara", "Binus|Binus University", "binus.ac.id"),
    (
        "Universitas Islam Negeri Syarif Hidayatullah Jakarta",
        "UIN Jakarta|UIN Syarif Hidayatullah",
        "uinjkt.ac.id",
    ),
    # state universities named in ministry releases by their usual short forms
    ("Universitas Lampung", "Unila", "unila.ac.id"),
    ("Universitas Jenderal Soedirman", "Unsoed", "unsoed.ac.id"),
    ("Universitas Syiah Kuala", "USK|Unsyiah", "unsyiah.ac.id"),
    ("Universitas Tanjungpura", "Untan", "untan.ac.id"),
    ("Universitas Mataram", "Unram", "unram.ac.id"),
    ("Universitas Mulawarman", "Unmul", "unmul.ac.id"),
    ("Universitas Sam Ratulangi", "Unsrat", "unsrat.ac.id"),
    ("Universitas Pattimura", "Unpatti", "unpatti.ac.id"),
    ("Universitas Cenderawasih", "Uncen", "uncen.ac.id"),
    ("Universitas Negeri Medan", "Unimed", "unimed.ac.id"),
    ("Universitas Negeri Padang", "UNP", "unp.ac.id"),
    ("Universitas Negeri Makassar", "UNM", "unm.ac.id"),
    ("Universitas Negeri Surabaya", "Unesa", "unesa.ac.id"),
    ("Universitas Negeri Malang", "UM Malang", "um.ac.id"),  # bare "UM" is too short to trust
    ("Universitas Riau", "Unri", "unri.ac.id"),
    ("Universitas Jambi", "Unja", "unja.ac.id"),
    ("Universitas Bengkulu", "Unib", "unib.ac.id"),
    ("Universitas Halu Oleo", "UHO|Unhalu|Universitas Haluoleo", "unhalu.ac.id"),
    ("Universitas Tadulako", "Untad", "untad.ac.id"),
    ("Universitas Khairun", "Unkhair", "unkhair.ac.id"),
    ("Universitas Negeri Gorontalo", "UNG", "ung.ac.id"),
    (
        "Universitas Palangka Raya",
        "Universitas Palangkaraya",
        "upr.ac.id",
    ),  # not "UPR": also the UN review
    (
        "Universitas Pembangunan Nasional Veteran Jakarta",
        "UPNVJ|UPN Veteran Jakarta",
        "upnvj.ac.id",
    ),
]


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split("|") if p.strip()]


def build_institutions(gaz: Path) -> dict[str, Any]:
    rows = list(
        csv.DictReader(
            (gaz / "curated_id_institutions" / "institutions.csv").open(encoding="utf-8")
        )
    )
    rows += EXTRA_INSTITUTIONS
    items: list[dict[str, Any]] = []
    for r in rows:
        acronyms = [a for a in _split(r["acronyms"]) if (r["id"], a) not in DROP_ALIASES]
        aliases = [a for a in _split(r["aliases"]) if (r["id"], a) not in DROP_ALIASES]
        aliases += EXTRA_ALIASES.get(r["id"], [])
        items.append(
            {
                "id": r["id"],
                "canonical": r["official_name"],
                "acronym": acronyms[0] if acronyms else None,
                "aliases": acronyms + aliases,
                "type": r["category"],
                "valid_from": r["valid_from"] or None,
                "valid_to": r["valid_to"] or None,
                "successor": r["successor_id"] or None,
            }
        )
    for r in csv.DictReader((gaz / "curated_id_institutions" / "bumn.csv").open(encoding="utf-8")):
        shorts = _split(r["short_names"])
        items.append(
            {
                "id": r["id"],
                "canonical": r["official_name"],
                "acronym": shorts[0] if shorts else None,
                "aliases": shorts,
                "type": "bumn" if r["form"] != "anak_usaha" else "anak_usaha_bumn",
                "valid_from": None,
                "valid_to": None,
                "successor": None,
            }
        )
    for iid, kind, name, alias_field in OTHER_BODIES:
        parts = _split(alias_field)
        items.append(
            {
                "id": iid,
                "canonical": name,
                "acronym": parts[0] if parts else None,
                "aliases": parts,
                "type": kind,
                "valid_from": None,
                "valid_to": None,
                "successor": None,
            }
        )
    hipo = {}
    for r in csv.DictReader(
        (gaz / "universities_hipo" / "universities_indonesia.csv").open(encoding="utf-8")
    ):
        for dom in _split(r["domains"]):
            hipo[dom] = r["name"]
    seen_names = set()
    for name, acr, dom in UNIVERSITIES:
        aliases = _split(acr)
        english = hipo.get(dom)
        if english and english != name:
            aliases.append(english)
        seen_names.add(english)
        items.append(
            {
                "id": "univ_" + dom.split(".")[0],
                "canonical": name,
                "acronym": aliases[0],
                "aliases": aliases,
                "type": "universitas",
                "valid_from": None,
                "valid_to": None,
                "successor": None,
            }
        )
    # The rest of the Hipo list: full names only (no acronyms known), kept when Indonesian.
    for dom, name in sorted(hipo.items()):
        if name in seen_names or name.split()[0] not in {
            "Universitas",
            "Institut",
            "Politeknik",
            "Sekolah",
            "Akademi",
            "STIE",
            "STMIK",
            "Universitas,",
        }:
            continue
        seen_names.add(name)
        items.append(
            {
                "id": "univ_" + dom.split(".")[0].replace("-", "_"),
                "canonical": name,
                "acronym": None,
                "aliases": [],
                "type": "universitas",
                "valid_from": None,
                "valid_to": None,
                "successor": None,
            }
        )
    ids = [str(i["id"]) for i in items]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate institution ids: {sorted(dup)}")
    known = set(ids)
    for i in items:
        if i["successor"] and i["successor"] not in known:
            raise SystemExit(f"{i['id']}: unknown successor {i['successor']}")
    items.sort(key=lambda i: str(i["id"]))
    return {
        "sources": [
            "shared/data/gazetteers/curated_id_institutions (hand-curated draft, reviewed; see scripts/build_resources.py)",
            "Hipo/university-domains-list @bb07faf0 (MIT)",
            "parties / international and national bodies: written for pressnlp (names and acronyms are facts)",
        ],
        "ambiguous_aliases": sorted(AMBIGUOUS_ALIASES),
        "institutions": items,
    }


# --- regions ------------------------------------------------------------------------------

PROVINCE_ALIASES = {
    "11": ["Provinsi Aceh", "Nanggroe Aceh Darussalam", "NAD"],
    "12": ["Sumut"],
    "13": ["Sumbar"],
    "16": ["Sumsel"],
    "19": ["Bangka Belitung", "Babel", "Kep. Bangka Belitung"],
    "21": ["Kepri", "Kep. Riau"],
    "31": [
        "DKI",
        "Daerah Khusus Jakarta",
        "Daerah Khusus Ibukota Jakarta",
        "Daerah Khusus Ibu Kota Jakarta",
    ],
    "32": ["Jabar"],
    "33": ["Jateng"],
    "35": ["Jatim"],
    "34": ["D.I. Yogyakarta", "DIY", "Daerah Istimewa Yogyakarta", "Yogyakarta"],
    "52": ["NTB"],
    "53": ["NTT"],
    "61": ["Kalbar"],
    "62": ["Kalteng"],
    "63": ["Kalsel"],
    "64": ["Kaltim"],
    "65": ["Kaltara"],
    "71": ["Sulut"],
    "72": ["Sulteng"],
    "73": ["Sulsel"],
    "74": ["Sultra"],
    "76": ["Sulbar"],
    "82": ["Malut"],
}
PROVINCE_DISPLAY = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}
PROVINCE_SHORT = {"31": "Jakarta", "34": "Yogyakarta"}


def build_regions(gaz: Path) -> list[list[str]]:
    rows = list(
        csv.DictReader((gaz / "wilayah" / "wilayah_prov_kabkota_kec.csv").open(encoding="utf-8"))
    )
    out = []
    for r in rows:
        level = int(r["level"])
        if level > 2:
            continue  # kecamatan: 7k mostly ambiguous names; not worth shipping (see RESOURCES.md)
        code = r["code"]
        prov = code.split(".")[0]
        name = PROVINCE_DISPLAY.get(code, r["name"]) if level == 1 else r["name"]
        short = r["short_name"].replace("Kep. ", "Kepulauan ")
        if level == 1:
            short = PROVINCE_SHORT.get(code, short)
        aliases = list(PROVINCE_ALIASES.get(code, [])) if level == 1 else []
        if level == 1 and r["name"] not in (name, *aliases):
            aliases.append(r["name"])
        aliases = [a for a in dict.fromkeys(aliases) if a not in (name, short)]
        if level == 2 and r["short_name"] != short:
            aliases.append(r["short_name"])
        out.append(
            [
                code,
                str(level),
                r["type"],
                name,
                short,
                prov,
                f"{float(r['lat']):.4f}",
                f"{float(r['lon']):.4f}",
                "|".join(aliases),
            ]
        )
    out.sort(key=lambda x: x[0])
    return out


# --- countries ----------------------------------------------------------------------------
# Indonesian names (KBBI / Kemlu usage) -> ISO 3166-1 alpha-2; first name is canonical.
COUNTRIES = """
AF Afganistan|Afghanistan
AL Albania
DZ Aljazair
US Amerika Serikat|AS|USA|Amerika
AD Andorra
AO Angola
SA Arab Saudi|Saudi Arabia
AG Antigua dan Barbuda|Antigua and Barbuda
AR Argentina
AM Armenia
AU Australia
AT Austria
AZ Azerbaijan
BS Bahama
BH Bahrain
BD Bangladesh
BB Barbados
NL Belanda
BY Belarus
BE Belgia
BZ Belize
BJ Benin
BT Bhutan
BO Bolivia
BA Bosnia dan Herzegovina|Bosnia
BW Botswana
BR Brasil|Brazil
GB Britania Raya|Inggris|Inggris Raya|United Kingdom
BN Brunei Darussalam|Brunei
BG Bulgaria
BF Burkina Faso
BI Burundi
CZ Ceko|Republik Ceko
TD Chad
CL Cile|Chili
CN Tiongkok|China|Cina|Republik Rakyat Tiongkok|RRT|RRC
DK Denmark
DM Dominika
DO Republik Dominika
EC Ekuador
SV El Salvador
ER Eritrea
EE Estonia
ET Etiopia|Ethiopia
FJ Fiji
PH Filipina
FI Finlandia
GA Gabon
GM Gambia
GE Georgia
GH Ghana
GD Grenada
GT Guatemala
GN Guinea
GW Guinea-Bissau
GQ Guinea Khatulistiwa
GY Guyana
HT Haiti
HN Honduras
HK Hong Kong|Hongkong
HU Hongaria
IN India
IQ Irak
IR Iran
IE Irlandia
IS Islandia
IL Israel
IT Italia
JM Jamaika
JP Jepang
DE Jerman
DJ Jibuti|Djibouti
KH Kamboja
CM Kamerun
CA Kanada
KZ Kazakhstan
KE Kenya
KG Kirgizstan
KI Kiribati
CO Kolombia
KM Komoro
CG Republik Kongo
CD Republik Demokratik Kongo
KR Korea Selatan|Korsel|Republik Korea
KP Korea Utara|Korut
CR Kosta Rika
HR Kroasia
CU Kuba
KW Kuwait
LA Laos
LV Latvia
LB Lebanon|Libanon
LS Lesotho
LR Liberia
LY Libya
LI Liechtenstein
LT Lituania
LU Luksemburg
MG Madagaskar
MO Makau|Macau
MK Makedonia Utara
MV Maladewa|Maldives
MW Malawi
MY Malaysia
ML Mali
MT Malta
MA Maroko
MH Kepulauan Marshall
MR Mauritania
MU Mauritius
MX Meksiko
EG Mesir
FM Mikronesia
MD Moldova
MC Monako
MN Mongolia
ME Montenegro
MZ Mozambik
MM Myanmar
NA Namibia
NR Nauru
NP Nepal
NE Niger
NG Nigeria
NI Nikaragua
NO Norwegia
OM Oman
PK Pakistan
PW Palau
PS Palestina
PA Panama
CI Pantai Gading
PG Papua Nugini|Papua New Guinea|PNG
PY Paraguay
PE Peru
PL Polandia
PT Portugal
FR Prancis|Perancis
QA Qatar
CF Republik Afrika Tengah
RO Rumania
RU Rusia|Federasi Rusia
RW Rwanda
WS Samoa
SM San Marino
NZ Selandia Baru
SN Senegal
ST Sao Tome dan Principe|Sao Tome and Principe|São Tomé dan Príncipe
KN Saint Kitts dan Nevis|Saint Kitts and Nevis
LC Saint Lucia
VC Saint Vincent dan Grenadine|Saint Vincent dan Grenadines|Saint Vincent and the Grenadines
RS Serbia
SC Seychelles
SL Sierra Leone
SG Singapura
CY Siprus
SK Slowakia
SI Slovenia
SB Kepulauan Solomon
SO Somalia
ES Spanyol
LK Sri Lanka
SD Sudan
SS Sudan Selatan
SR Suriname
SY Suriah
SZ Eswatini|Swaziland
SE Swedia
CH Swiss
TW Taiwan
TJ Tajikistan
CV Tanjung Verde
TZ Tanzania
TH Thailand
TL Timor Leste|Timor-Leste|Republik Demokratik Timor Leste|RDTL
TG Togo
TO Tonga
TT Trinidad dan Tobago
TN Tunisia
TR Turki|Turkiye|Türkiye
TM Turkmenistan
TV Tuvalu
UG Uganda
UA Ukraina
AE Uni Emirat Arab|UEA
UY Uruguay
UZ Uzbekistan
VU Vanuatu
VA Vatikan|Takhta Suci
VE Venezuela
VN Vietnam|Viet Nam
YE Yaman
JO Yordania
GR Yunani
ZM Zambia
ZW Zimbabwe
ZA Afrika Selatan
SU Uni Soviet|Soviet
YU Yugoslavia
ID Indonesia|Republik Indonesia|NKRI|RI|Negara Kesatuan Republik Indonesia
"""


def build_countries() -> list[list[str]]:
    out = []
    for line in COUNTRIES.strip().splitlines():
        iso, names = line.split(" ", 1)
        parts = names.split("|")
        out.append([iso, parts[0], "|".join(parts[1:])])
    out.sort()
    if len({r[0] for r in out}) != len(out):
        raise SystemExit("duplicate ISO code in COUNTRIES")
    return out


# --- foreign cities -----------------------------------------------------------------------
# Capitals and other cities often named in Indonesian releases and news, Indonesian spelling
# first (Kemlu usage), then common alternatives; ISO code of the country. Hand-written facts.
# Indonesian regions win over these in lookups ("Medan" is never looked up here).
CITIES = """
AE Abu Dhabi|Abu Dabi
AE Dubai
AF Kabul
AR Buenos Aires
AT Wina|Vienna
AU Canberra
AU Sydney
AU Melbourne
AU Perth
AU Darwin
AU Brisbane
BD Dhaka
BE Brussel|Brussels
BN Bandar Seri Begawan
BR Brasilia
BR Rio de Janeiro
BR Sao Paulo
CA Ottawa
CA Toronto
CA Vancouver
CH Jenewa|Geneva
CH Bern
CH Davos
CH Zurich
CN Beijing|Peking
CN Shanghai
CN Guangzhou
CN Shenzhen
CZ Praha|Prague
DE Berlin
DE Frankfurt
DE Munich|Muenchen|München
DK Kopenhagen|Copenhagen
EG Kairo|Cairo
ES Madrid
ES Barcelona
ET Addis Ababa
FI Helsinki
FR Paris
GB London
GB Manchester
GR Athena|Athens
HU Budapest
IE Dublin
IL Tel Aviv
IN New Delhi
IN Mumbai|Bombay
IQ Baghdad|Bagdad
IR Teheran|Tehran
IT Roma|Rome
IT Milan
JO Amman
JP Tokyo
JP Osaka
JP Kyoto
KE Nairobi
KH Phnom Penh
KP Pyongyang
KR Seoul
KR Busan
KW Kuwait City
LA Vientiane
LB Beirut
LK Kolombo|Colombo
LY Tripoli
MA Rabat
MM Naypyidaw|Yangon|Rangoon
MX Mexico City
MY Kuala Lumpur
MY Putrajaya
MY Johor Bahru
MY Kota Kinabalu
MY Kuching
NG Abuja
NL Den Haag|The Hague
NL Amsterdam
NL Rotterdam
NO Oslo
NZ Wellington
NZ Auckland
PG Port Moresby
PH Manila
PK Islamabad
PK Karachi
PL Warsawa|Warsaw
PS Gaza|Jalur Gaza|Gaza City
PS Ramallah
PS Yerusalem Timur
PT Lisabon|Lisbon
QA Doha
RU Moskow|Moscow
RU Saint Petersburg|St. Petersburg
SA Riyadh
SA Jeddah|Jedah
SA Mekkah|Makkah|Mekah
SA Madinah|Medina
SD Khartoum
SE Stockholm
SY Damaskus|Damascus
TH Bangkok
TL Dili
TR Ankara
TR Istanbul
TW Taipei
UA Kyiv|Kiev
US Washington|Washington DC|Washington D.C.
US New York
US Los Angeles
US San Francisco
US Chicago
VN Hanoi
VN Ho Chi Minh City|Kota Ho Chi Minh
YE Sanaa
ZA Johannesburg
ZA Pretoria
ZA Cape Town
"""


def build_cities() -> list[list[str]]:
    out = []
    for line in CITIES.strip().splitlines():
        iso, names = line.split(" ", 1)
        parts = list(dict.fromkeys(names.split("|")))
        out.append([parts[0], iso, "|".join(parts[1:])])
    out.sort()
    if len({r[0] for r in out}) != len(out):
        raise SystemExit("duplicate city in CITIES")
    return out


# --- person cues --------------------------------------------------------------------------
# Categories stripped from PERSON values. Nobility titles (Raden, Teuku, Andi, I Gusti ...) and
# the Balinese I/Ni markers are part of how people are named and are kept.
STRIP_CATEGORIES = {"address", "religious", "academic", "military_police_rank"}
# "H.E." (His/Her Excellency); corps after military ranks ("Letkol Inf", "Kolonel Laut (P)")
EXTRA_PREFIXES = [
    "H.E.",
    "Inf",
    "Kav",
    "Arm",
    "Arh",
    "Czi",
    "Cpm",
    "Chk",
    "Ckm",
    "Pnb",
    "Laut",
    "Pom",
    "Kes",
    "Tek",
    "Adm",
    "Sus",
    "(P)",
    "(T)",
    "(E)",
    "(K)",
    "(S)",
    "Pak",
    "Bu",
    "Yth",
    "Sdr",
    "Sdri",
    "Drs",
    "Prof",
    "Dr",
    "Ir",
    "H",
    "Hj",
]


def build_person_cues(gaz: Path) -> dict[str, Any]:
    prefixes: set[str] = set(EXTRA_PREFIXES)
    suffixes: set[str] = set()
    with (gaz / "curated_id_person_cues" / "honorifics_titles.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            forms = [r["token"], *_split(r["variants"])]
            forms = [f.rstrip("*") for f in forms if f not in {"P.", "T.", "A.", "R."}]
            if r["category"] in {"degree", "certification"} or r["position"] == "suffix":
                suffixes.update(f.rstrip(".") for f in forms if f not in {"(Purn.)", "(Purn)"})
                suffixes.add("Purn")
            elif r["category"] in STRIP_CATEGORIES:
                prefixes.update(f.rstrip(".") for f in forms)
    # generic heads of titles the draft only lists in combinations ("Kepala Biro" ...)
    titles: set[str] = {
        "Kepala",
        "Wakil Kepala",
        "Sekretaris",
        "Staf Ahli",
        "Tenaga Ahli",
        "Plt",
        "Plh",
        # titles the draft lacks, seen before names in releases (NER waves 17 and 18):
        # "Manajer Komunikasi PLN Dewi ...", "Koordinator Residen PBB di Indonesia Gita ..."
        "Manajer",
        "Koordinator Residen",
    }
    with (gaz / "curated_id_person_cues" / "job_titles.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["category"] in {"legislative_or_org"} and r["title"] in {"Anggota", "Pimpinan"}:
                continue
            titles.add(r["title"])
            for a in _split(r["abbreviations"]):
                if "(" not in a and not a.endswith("-"):
                    titles.add(a.rstrip("."))
    return {
        "sources": ["shared/data/gazetteers/curated_id_person_cues (hand-curated draft, reviewed)"],
        "prefixes": sorted(prefixes, key=lambda s: (-len(s), s)),
        "titles": sorted(titles, key=lambda s: (-len(s), s)),
        "suffixes": sorted(suffixes, key=lambda s: (-len(s), s)),
    }


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        default=None,
        help="shared data folder (default: $PRESSNLP_DATA or ../shared/data)",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pressnlp.resources import shared_data_dir

    data = shared_data_dir(args.data)
    assert data is not None
    gaz = data / "gazetteers"
    inst = build_institutions(gaz)
    (OUT / "institutions.json").write_text(
        json.dumps(inst, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    regions = build_regions(gaz)
    _write_tsv(
        OUT / "regions.tsv",
        ["code", "level", "type", "name", "short_name", "province", "lat", "lon", "aliases"],
        regions,
    )
    countries = build_countries()
    _write_tsv(OUT / "countries.tsv", ["iso2", "name", "aliases"], countries)
    cities = build_cities()
    _write_tsv(OUT / "cities.tsv", ["name", "iso2", "aliases"], cities)
    cues = build_person_cues(gaz)
    (OUT / "person_cues.json").write_text(
        json.dumps(cues, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    for name in (
        "institutions.json",
        "regions.tsv",
        "countries.tsv",
        "cities.tsv",
        "person_cues.json",
    ):
        print(f"{name}: {(OUT / name).stat().st_size:,} bytes")
    print(
        f"{len(inst['institutions'])} institutions, {len(regions)} regions, {len(countries)} countries, "
        f"{len(cities)} foreign cities"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
