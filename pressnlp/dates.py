"""Finding and normalising Indonesian dates (rule-based, no dependencies).

Values are ISO 8601 strings:

==========================================  ==========================
text                                        value
==========================================  ==========================
``12 Juli 2017``, ``Rabu (12/7/2017)``      ``2017-07-12``
``3 s.d. 14 Juli 2017``, ``3-14 Juli 2017``  ``2017-07-03/2017-07-14``
``28 Juni - 2 Juli 2024``                   ``2024-06-28/2024-07-02``
``Januari 2025``                            ``2025-01``
``tahun 2024``, ``pada 2023``               ``2024``, ``2023``
``2020-2024``, ``tahun ajaran 2024/2025``   ``2020/2024``, ``2024/2025``
``kuartal III 2024``                        ``2024-Q3``
``semester I 2025``                         ``2025-H1``
``Jumat (14/7)``, ``14 Juli`` (no year)     ``2017-07-14`` with a publication date, else ``--07-14``
==========================================  ==========================

Not dates: durations ("tiga bulan", "2 tahun"), clock times ("pukul 10.00 WIB"), counts
("Di baca 1414 kali", "Rp 2024 miliar"), phone numbers, and regulation references: in
"UU Nomor 12 Tahun 2017" or "PP 12/2017" the year is part of the regulation's identifier,
not a date the release talks about, so no DATE is produced inside such a reference.

>>> from datetime import date
>>> [m.value for m in find_dates("dilaksanakan dari tanggal 3 s.d. 14 Juli 2017 di Jakarta")]
['2017-07-03/2017-07-14']
>>> normalize_date("Jumat (14/7)", pub_date=date(2017, 7, 12))
'2017-07-14'
>>> normalize_date("kuartal III 2024")
'2024-Q3'
>>> find_dates("Di baca 1414 kali")
[]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "DateMatch",
    "find_dates",
    "is_non_date",
    "normalize_date",
    "regulation_spans",
]

MONTHS: dict[str, int] = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "february": 2,
    "feb": 2,
    "peb": 2,
    "febr": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agus": 8,
    "agust": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
# Day names as releases write them, with their Monday-based index; "Ahad" is Sunday too.
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
# the weekday alternation the date patterns use (matched case-insensitively)
WEEKDAY_PATTERN = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
# Full names only: without a year next to it, "Mar"/"Des"/"Jun" are too often something else.
_FULL_MONTHS = [k for k in MONTHS if len(k) >= 4 and k not in {"febr", "agus", "agust", "sept"}]
_ORDINALS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
}


def _alt(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_MON_ALL = _alt(list(MONTHS))
_MON_FULL = _alt(_FULL_MONTHS)


def _mon(name: str, *, full: bool = False) -> str:
    # a trailing dot belongs to abbreviations ("Agt. 2017"); never glue onto a following letter
    return rf"(?P<{name}>{_MON_FULL if full else _MON_ALL})\.?(?![A-Za-z])"


def _day(name: str, *, first: bool = True) -> str:
    # a day must not be the tail of another number ("1.414", "12/7" handled elsewhere)
    before = r"(?<![\d.,/:-])" if first else r"(?<!\d)"
    return rf"{before}(?P<{name}>0?[1-9]|[12]\d|3[01])(?![\d/:])"


def _nday(name: str) -> str:
    return rf"(?<![\d.,/:-])(?P<{name}>0?[1-9]|[12]\d|3[01])"


def _year(name: str, *, last: bool = True) -> str:
    tail = r"(?![\d/])(?!\s*[.,]\d)" if last else r"(?!\d)"
    return rf"(?P<{name}>(?:19|20)\d\d){tail}"


_WD = r"(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*,?\s*)"
_RSEP = (
    r"\s*(?:[-–—]|s\.\s?d\.?|s/d|\bsd\b\.?|\bsampai(?:\s+dengan)?\b|\bhingga\b|\bto\b|\buntil\b)\s*"
)
_YSEP = r"\s*(?:[-–—/]|s\.\s?d\.?|s/d|\bsampai(?:\s+dengan)?\b|\bhingga\b)\s*"
_TAHUN = r"(?:tahun\s+|thn\.?\s+)?"


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: character offsets, ISO value and kind."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # day | range | month | year | quarter | semester | partial


# ---------------------------------------------------------------------------------------
# value helpers


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, pub: dt.date) -> dt.date | None:
    """The (month, day) nearest to the publication date: releases talk about the recent past
    or the near future, so "14 Desember" in a January release is last December."""
    options = [x for x in (_date(pub.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    return min(options, key=lambda x: abs((x - pub).days)) if options else None


def _month(s: str) -> int:
    return MONTHS[s.lower()]


def _y2(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= 69 else 1900 + n
    return n


Builder = Callable[["re.Match[str]", "dt.date | None"], "tuple[str, str] | None"]


def _b_day(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _date(int(m["y"]), _month(m["m"]), int(m["d"]))
    return (x.isoformat(), "day") if x else None


def _b_iso(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (x.isoformat(), "day") if x else None


def _range(a: dt.date | None, b: dt.date | None) -> tuple[str, str] | None:
    if a is None or b is None or a >= b:
        return None
    return f"{a.isoformat()}/{b.isoformat()}", "range"


def _b_range_full(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return _range(
        _date(int(m["y1"]), _month(m["m1"]), int(m["d1"])),
        _date(int(m["y2"]), _month(m["m2"]), int(m["d2"])),
    )


def _b_range_dm(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y, m1, m2 = int(m["y2"]), _month(m["m1"]), _month(m["m2"])
    # "28 Desember - 2 Januari 2024": the start lies in the previous year
    return _range(_date(y - 1 if m1 > m2 else y, m1, int(m["d1"])), _date(y, m2, int(m["d2"])))


def _b_range_d(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y, mo = int(m["y2"]), _month(m["m2"])
    return _range(_date(y, mo, int(m["d1"])), _date(y, mo, int(m["d2"])))


def _partial(mo: int, d: int, pub: dt.date | None) -> dt.date | str | None:
    if _date(2000, mo, d) is None:  # 2000 is a leap year: accepts 29 Feb
        return None
    if pub is None:
        return f"--{mo:02d}-{d:02d}"
    return _nearest_year(mo, d, pub)


def _b_range_partial(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    m2 = _month(m["m2"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    d1, d2 = int(m["d1"]), int(m["d2"])
    if (m1, d1) >= (m2, d2) and m1 <= m2:
        return None
    end = _partial(m2, d2, pub)
    if end is None:
        return None
    if isinstance(end, str):
        if _date(2000, m1, d1) is None:
            return None
        return f"--{m1:02d}-{d1:02d}/{end}", "partial"
    start = _date(end.year - 1 if m1 > m2 else end.year, m1, d1)
    return _range(start, end)


def _b_dm(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _partial(_month(m["m"]), int(m["d"]), pub)
    if x is None:
        return None
    return (x, "partial") if isinstance(x, str) else (x.isoformat(), "day")


def _b_numeric(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    d, mo = int(m["d"]), int(m["m"])
    if not 1 <= mo <= 12:
        return None
    if m["y"]:
        x = _date(_y2(m["y"]), mo, d)
        return (x.isoformat(), "day") if x else None
    return _b_dm_values(mo, d, pub)


def _b_dm_values(mo: int, d: int, pub: dt.date | None) -> tuple[str, str] | None:
    x = _partial(mo, d, pub)
    if x is None:
        return None
    return (x, "partial") if isinstance(x, str) else (x.isoformat(), "day")


def _b_month(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return f"{int(m['y']):04d}-{_month(m['m']):02d}", "month"


def _b_month_range(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if not m["y1"] and m1 > m2:
        y1 -= 1
    if (y1, m1) >= (y2, m2):
        return None
    return f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", "range"


def _b_quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return f"{m['y']}-Q{_ORDINALS[m['q'].lower()]}", "quarter"


def _b_semester(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    n = _ORDINALS[m["s"].lower()]
    return (f"{m['y']}-H{n}", "semester") if n <= 2 else None


def _b_year_range(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (f"{y1}/{y2}", "range") if y1 < y2 <= y1 + 100 else None


def _b_year(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return m["y"], "year"


_I = re.IGNORECASE
# Order matters: longer, more specific forms claim their characters first.
_PATTERNS: list[tuple[re.Pattern[str], Builder, str]] = [
    (
        re.compile(
            r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d/-])"
        ),
        _b_iso,
        "year",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*{_mon('m1')}\s*{_year('y1')}{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}",
            _I,
        ),
        _b_range_full,
        "mon",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*{_mon('m1')}{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}",
            _I,
        ),
        _b_range_dm,
        "mon",
    ),
    (
        re.compile(
            rf"{_day('d1')}{_RSEP}{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}", _I
        ),
        _b_range_d,
        "mon",
    ),
    (re.compile(rf"{_WD}?{_day('d')}\s*{_mon('m')}\s*,?\s*{_year('y')}", _I), _b_day, "mon"),
    (
        re.compile(
            rf"(?:bulan\s+)?{_mon('m1')}(?:\s*{_year('y1', last=False)})?{_RSEP}{_mon('m2')}\s*{_TAHUN}{_year('y2')}",
            _I,
        ),
        _b_month_range,
        "mon",
    ),
    # weekday + numeric date: "Rabu (12/7/2017)", "Selasa, 11/07/2017", "Jumat (14/7)"
    (
        re.compile(
            rf"{_WD}\(?\s*{_nday('d')}\s*[/-]\s*(?P<m>0?[1-9]|1[0-2])(?:\s*[/-]\s*(?P<y>(?:19|20)?\d\d))?(?![\d/])\s*\)?",
            _I,
        ),
        _b_numeric,
        "wd",
    ),
    (
        re.compile(
            rf"\(\s*{_nday('d')}\s*/\s*(?P<m>0?[1-9]|1[0-2])(?:\s*/\s*(?P<y>(?:19|20)?\d\d))?\s*\)"
        ),
        _b_numeric,
        "slash",
    ),
    (
        re.compile(
            rf"{_nday('d')}\s*(?P<sep>[/-])\s*(?P<m>0?[1-9]|1[0-2])\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?![\d/-])"
        ),
        _b_numeric,
        "slash",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*(?:{_mon('m1', full=True)})?{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2', full=True)}",
            _I,
        ),
        _b_range_partial,
        "mon",
    ),
    (
        re.compile(
            rf"\b(?:kuartal|triwulan|kuarter|quarter|TW)\s*(?:ke-?\s*)?(?P<q>IV|I{{1,3}}|[1-4]|pertama|kedua|ketiga|keempat)\b\s*[-/]?\s*{_TAHUN}{_year('y')}",
            _I,
        ),
        _b_quarter,
        "q",
    ),
    (re.compile(rf"\bQ(?P<q>[1-4])\s*[-/]?\s*{_year('y')}"), _b_quarter, "q"),
    (
        re.compile(
            rf"\b(?:semester|paruh)\s*(?:ke-?\s*)?(?P<s>II|I|[12]|pertama|kedua)\b\s*[-/]?\s*{_TAHUN}{_year('y')}",
            _I,
        ),
        _b_semester,
        "sem",
    ),
    (re.compile(rf"(?:bulan\s+)?{_mon('m')}\s*,?\s*{_TAHUN}{_year('y')}", _I), _b_month, "mon"),
    (
        re.compile(
            rf"(?:(?:tahun|TA)\.?\s+(?:(?:anggaran|ajaran)\s+)?)?(?<![\d.,/:-]){_year('y1', last=False)}{_YSEP}{_year('y2')}",
            _I,
        ),
        _b_year_range,
        "year",
    ),
    (
        re.compile(rf"\b(?:tahun(?:\s+(?:anggaran|ajaran|buku))?|T\.?A\.?)\s+{_year('y')}", _I),
        _b_year,
        "year",
    ),
    (re.compile(rf"{_WD}?{_day('d')}\s*{_mon('m', full=True)}", _I), _b_dm, "mon"),
]

# Cheap tests of what a stretch of text contains, so only patterns that can match are run.
_GATES: dict[str, re.Pattern[str]] = {
    "year": re.compile(r"(?:19|20)\d\d"),
    "mon": re.compile(rf"(?<![A-Za-z])(?:{_MON_ALL})(?![A-Za-z])", _I),
    "wd": re.compile(r"Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad", _I),
    "slash": re.compile(r"\d\s*[/-]\s*\d"),
    "q": re.compile(r"kuartal|triwulan|kuarter|quarter|TW|Q[1-4]", _I),
    "sem": re.compile(r"semester|paruh", _I),
}
_REG_GATE = re.compile(r"\bth|tahun|/(?:19|20)\d\d", _I)

_BARE_YEAR = re.compile(r"(?<![\w.,/:$-])(?P<y>(?:19|20)\d\d)(?![\w/-])(?!\s*[.,:]\d)(?!\s+\d)")
# words before a number that make it a count / amount / identifier, not a year
_NUM_BEFORE = re.compile(
    r"(?:\b(?:rp|idr|usd|us\$|eur|sgd|no|nomor|nomer|nmr|pukul|jam|pasal|ayat|angka|kode|"
    r"sebanyak|sejumlah|total|baca|dibaca|dilihat|kali|nilai|skor|poin|lantai|km|kilometer|rt|rw|"
    r"blok|kav|kavling|jalan|jl|telp|telepon|hp|wa|fax|faks|ext|gedung|ruang|nip|npwp|nik)\.?|\$|[#@])\s*$",
    _I,
)
_DATE_CONTEXT = re.compile(
    r"\b(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|periode|selama|sepanjang|medio|"
    r"jelang|menjelang|era|per|di|dalam|tahun|dari|mulai|sebelum|setelah|sesudah|usai|"
    r"target|hingga akhir|in|since|by)\s*$",
    _I,
)
_ALLOWED_NEXT = {
    "lalu",
    "ini",
    "silam",
    "mendatang",
    "nanti",
    "hingga",
    "sampai",
    "dan",
    "atau",
    "yang",
    "ke",
    "di",
    "dengan",
    "untuk",
    "telah",
    "sudah",
    "akan",
    "itu",
    "tersebut",
    "menjadi",
    "saat",
    "oleh",
    "sebesar",
    "mencapai",
    "tercatat",
    "sebagai",
    "juga",
    "masih",
    "adalah",
    "merupakan",
    "baru",
    "kemarin",
    "lagi",
    "s.d.",
    "s/d",
    "sd",
    "sebelumnya",
    "kemudian",
    "tetapi",
    "namun",
    "sehingga",
    "pun",
    "ia",
    "kami",
    "pemerintah",
    "sejak",
    "setelah",
    "melalui",
    "pada",
}


_NAME_BEFORE = re.compile(r"(?:^|[\s(\"'“])([A-Z][\w&-]*)\s+$")


def _bare_year_ok(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 16) : m.start()]
    if _NUM_BEFORE.search(before):
        return False
    # "UUD 1945", "Indonesia Emas 2045", "CPNS 2024", "INDEF 2025": the year is part of a
    # name; a date needs a date context ("Pada 2024", "Tahun 2025" are handled as such)
    name = _NAME_BEFORE.search(before)
    if name and not _DATE_CONTEXT.search(before):
        return False
    nxt = re.match(r"\s*([^\s]+)", text[m.end() : m.end() + 30])
    word = nxt.group(1) if nxt else ""
    if word and word[0].isalpha() and word[0].islower():
        w = word.rstrip(".,;:)").lower()
        return w in _ALLOWED_NEXT or bool(_DATE_CONTEXT.search(before))
    return True


# ---------------------------------------------------------------------------------------
# things that look like dates but are not

_REGULATION = [
    re.compile(
        r"\b(?:Nomor|Nomer|No\.?|Nmr\.?|UU|PP|Perpres|Keppres|Kepres|Inpres|Perppu|Perpu|Perda|"
        r"Pergub|Perbup|Perwal|Permen\w*|Kepmen\w*|POJK|PMK|PBI|Undang-Undang)\s*:?\s*"
        r"[\w./-]*\d[\w./-]*\s+(?:Tahun|Thn\.?|Th\.?)\s+(?:19|20)\d\d\b",
        _I,
    ),
    re.compile(
        r"\b(?:UU|PP|Perpres|Keppres|Inpres|Perppu|Perda|Pergub|Perbup|Perwal|Permen\w*|Kepmen\w*|"
        r"POJK|SEOJK|PMK|PBI|SE|SK|Nomor|No\.?)\s*(?:No\.?|Nomor)?\s*:?\s*[\w.-]*\d[\w.-]*(?:/[\w.-]+)*/(?:19|20)\d\d\b",
        _I,
    ),
]
_PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|\b0\d{2,3}[- ])[\d\s-]{6,}\d")
_CLOCK = re.compile(
    r"^(?:(?:pukul|jam|pk\.?)\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT))?$",
    _I,
)
_NUMWORD = r"(?:\d+(?:[.,]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|beberapa|se)"
_DURATION = re.compile(
    rf"^(?:selama\s+|dalam\s+)?(?:{_NUMWORD}\s*)+(?:hari|pekan|minggu|bulan|tahun|jam|menit|detik|dekade|abad|windu|semester|kuartal|triwulan)$",
    _I,
)
# a period word on its own ("kita lihat satu semester"): no date; "Minggu" (Sunday) is one
_BARE_UNIT = re.compile(
    r"^(?:hari|pekan|minggu|bulan|tahun|semester|kuartal|triwulan|dekade|abad)$"
)


def _regulations_in(text: str) -> list[tuple[int, int]]:
    if not _REG_GATE.search(text):
        return []
    return sorted((m.start(), m.end()) for rx in _REGULATION for m in rx.finditer(text))


_DATE_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{_MON_ALL}|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|hari|pekan|"
    r"bulan|tahun|abad|dekade|era|lalu|kemarin|besok|esok|lusa|pagi|siang|sore|malam|awal|akhir|"
    r"pertengahan|kuartal|triwulan|semester|tanggal|tgl|periode|masehi|hijriah|dini)(?![A-Za-z])",
    _I,
)
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")
_LONG_NUMBER = re.compile(r"\d{5,}|\d+/[IVX]+/\d{4}")
_CLOCK_START = re.compile(r"^(?:pukul\s*)?\d{1,2}[.:]\d{2}\b", _I)


def regulation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of regulation references ("UU Nomor 12 Tahun 2017", "PP 5/2021")."""
    return [(x + a, y + a) for a, b in _windows(text) for x, y in _regulations_in(text[a:b])]


def is_non_date(text: str) -> bool:
    """True for strings a statistical model may tag as DATE but that are not dates here:
    durations, clock times, bare numbers that cannot be years, regulation references.

    >>> is_non_date("tiga bulan"), is_non_date("pukul 10.00 WIB"), is_non_date("1414")
    (True, True, True)
    >>> is_non_date("ke-25"), is_non_date("14/7"), is_non_date("2024")
    (True, False, False)
    >>> is_non_date("Juli 2017")
    False
    """
    s = " ".join(text.split())
    if _CLOCK.match(s) or _DURATION.match(s) or _BARE_UNIT.match(s):
        return True
    has_word = bool(_DATE_WORD.search(s))
    if not has_word and not (_YEARISH.search(s) or _DAY_MONTH.search(s)):
        # "Jember", "ke-25", "10 (sepuluh)", "221,56": no date word, no year, no d/m
        return True
    if _LONG_NUMBER.search(s) or (_CLOCK_START.match(s) and not has_word):
        return True  # postcodes, IDs; "09.00 WIB s.d 12.00 WIB"
    if s.isdigit():
        return not (len(s) == 4 and 1900 <= int(s) <= 2099)
    return any(a == 0 and b == len(s) for a, b in regulation_spans(s))


# ---------------------------------------------------------------------------------------


_DIGITS = re.compile(r"\d+")
_MODIFIER = re.compile(r"(?<![\w-])(?:awal|akhir|pertengahan|medio)\s+$", _I)
_MARGIN = 48  # longer than any non-digit stretch inside or before a date expression


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits. Every date expression here contains a digit, and
    most of a press release has none: scanning only these stretches keeps the patterns
    (with their optional weekday prefixes) cheap on long texts."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        # widen to whitespace so no word is cut (bounded: a huge token must not go quadratic)
        stop = max(0, a - 64)
        while a > stop and not text[a - 1].isspace():
            a -= 1
        stop = min(n, b + 64)
        while b < stop and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_dates(text: str, *, pub_date: dt.date | None = None) -> list[DateMatch]:
    """All date expressions in ``text``, left to right, non-overlapping.

    ``pub_date`` resolves dates without a year to the nearest plausible year.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    out: list[DateMatch] = []
    for a, b in _windows(text):
        for m in _find_in(text[a:b], pub_date):
            out.append(DateMatch(m.start + a, m.end + a, m.text, m.value, m.kind))
    return out


def _find_in(text: str, pub_date: dt.date | None) -> list[DateMatch]:
    taken = bytearray(len(text))
    for a, b in _regulations_in(text):
        taken[a:b] = b"\x01" * (b - a)
    for m in _PHONE.finditer(text):
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    found: list[DateMatch] = []

    def claim(start: int, end: int, value: str, kind: str) -> None:
        # trailing whitespace can be eaten by optional groups; keep spans tight
        while end > start and text[end - 1].isspace():
            end -= 1
        # "awal 2014", "akhir Mei 2023": annotated corpora keep the modifier in the DATE;
        # the value stays that of the period itself
        mod = _MODIFIER.search(text, max(0, start - 16), start)
        if mod and kind != "day":
            start = mod.start()
        found.append(DateMatch(start, end, text[start:end], value, kind))
        taken[start:end] = b"\x01" * (end - start)

    present = {name: bool(rx.search(text)) for name, rx in _GATES.items()}
    for rx, build, gate in _PATTERNS:
        if not present[gate]:
            continue
        for m in rx.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            built = build(m, pub_date)
            if built is not None:
                claim(m.start(), m.end(), *built)
    for m in _BARE_YEAR.finditer(text):
        if not any(taken[m.start() : m.end()]) and _bare_year_ok(text, m):
            claim(m.start(), m.end(), m["y"], "year")
    found.sort(key=lambda x: x.start)
    return found


_REL = re.compile(
    r"^(?:pada\s+)?(?P<unit>hari|tahun|bulan)\s+(?P<rel>ini|lalu|kemarin|depan|mendatang)$", _I
)
_FILLER = re.compile(
    r"\b(?:pada|sejak|mulai|dari|tanggal|tgl\.?|sekitar|pagi|siang|sore|malam|dini\s+hari|larut|lalu|nanti|ini)\b|[(),]",
    _I,
)


def _relative(text: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    s = " ".join(text.lower().split())
    if s in {"hari ini"}:
        return pub.isoformat()
    if s == "kemarin":
        return (pub - dt.timedelta(days=1)).isoformat()
    if s in {"besok", "esok"}:
        return (pub + dt.timedelta(days=1)).isoformat()
    m = _REL.match(s)
    if not m:
        return None
    step = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}[m["rel"]]
    if m["unit"] == "tahun":
        return str(pub.year + step)
    if m["unit"] == "bulan":
        month0 = pub.year * 12 + pub.month - 1 + step
        return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
    return (pub + dt.timedelta(days=step)).isoformat() if step == 0 else None


# month names for a span already known to be a date: full names, and "Mei"
_MON_NAMED = _alt([*_FULL_MONTHS, "mei"])
_LEAD_MODIFIER = re.compile(r"^\s*(?:awal|akhir|pertengahan|medio|penghujung)\s+(?=\S)", _I)
_WEEKDAY_NUM = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
_NAMED_REL = re.compile(
    rf"(?:bulan\s+)?(?:(?P<mon>{_MON_NAMED})|(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad))"
    r"\s+(?P<rel>lalu|silam|kemarin|mendatang|depan|nanti)",
    _I,
)


def _named_relative(m: re.Match[str], pub: dt.date | None) -> str | None:
    """ "Mei lalu" / "Senin mendatang": the nearest such month or weekday strictly before
    (after) the publication date; unknown without one."""
    if pub is None:
        return None
    back = m["rel"].lower() in {"lalu", "silam", "kemarin"}
    if m["mon"]:
        mo = _month(m["mon"])
        if back:
            year = pub.year if mo < pub.month else pub.year - 1
        else:
            year = pub.year if mo > pub.month else pub.year + 1
        return f"{year:04d}-{mo:02d}"
    wd = _WEEKDAY_NUM[m["wd"].lower()]
    if back:
        delta = (pub.weekday() - wd) % 7 or 7
        return (pub - dt.timedelta(days=delta)).isoformat()
    delta = (wd - pub.weekday()) % 7 or 7
    return (pub + dt.timedelta(days=delta)).isoformat()


def normalize_date(text: str, *, pub_date: dt.date | None = None) -> str | None:
    """The ISO value of a whole date expression, or ``None`` when it cannot be normalised.

    Used for DATE spans found by the statistical model: the span must be one date
    expression (plus weekday, "pada", time-of-day words), not a sentence containing one.

    >>> normalize_date("Selasa, 11/07/2017")
    '2017-07-11'
    >>> normalize_date("tahun lalu", pub_date=__import__("datetime").date(2025, 3, 1))
    '2024'
    >>> normalize_date("Mei lalu", pub_date=__import__("datetime").date(2025, 3, 1))
    '2024-05'
    >>> normalize_date("tiga bulan") is None
    True
    """
    if is_non_date(text):
        return None
    rel = _relative(text, pub_date)
    if rel is not None:
        return rel
    # "awal 2014", "akhir Mei": the value of the period itself
    bare = _LEAD_MODIFIER.sub("", text, count=1)
    if bare != text and bare.strip():
        return normalize_date(bare, pub_date=pub_date)
    m = _NAMED_REL.fullmatch(text.strip())
    if m:
        return _named_relative(m, pub_date)
    matches = find_dates(text, pub_date=pub_date)
    if len(matches) != 1:
        if not matches:
            # "Mei" is too short to find in running text, but this span is a date already
            m = re.fullmatch(rf"\s*(?:bulan\s+)?(?P<m>{_MON_NAMED})\s*", text, _I)
            if m:
                mo = _month(m["m"])
                if pub_date is None:
                    return f"--{mo:02d}"
                cands = [(pub_date.year + k) * 12 + mo - 1 for k in (-1, 0, 1)]
                best = min(cands, key=lambda c: abs(c - (pub_date.year * 12 + pub_date.month - 1)))
                return f"{best // 12:04d}-{best % 12 + 1:02d}"
            m = re.fullmatch(r"\s*(?:19|20)\d\d\s*", text)
            if m:
                return text.strip()
        return None
    only = matches[0]
    rest = _FILLER.sub(" ", text[: only.start] + " " + text[only.end :])
    rest = re.sub(rf"\b{_WD}", " ", rest, flags=_I)
    return only.value if not rest.strip() else None
