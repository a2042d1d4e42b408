"""Finding date expressions in running text: the patterns, tried in order, and :func:`find_dates`.

>>> [(m.text, m.value, m.kind) for m in find_dates("sejak 28 Juni - 2 Juli 2024 di Jakarta")]
[('28 Juni - 2 Juli 2024', '2024-06-28/2024-07-02', 'range')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from pressnlp.dates.spans import PHONE, regulations_in, windows
from pressnlp.dates.values import (
    Builder,
    build_day,
    build_dm,
    build_iso,
    build_month,
    build_month_range,
    build_numeric,
    build_quarter,
    build_range_d,
    build_range_dm,
    build_range_full,
    build_range_partial,
    build_semester,
    build_year,
    build_year_range,
)
from pressnlp.dates.words import (
    FULL_MONTH_ALTERNATION,
    MONTH_ALTERNATION,
    WEEKDAY_PATTERN,
    WEEKDAY_PREFIX,
)

__all__ = ["DateMatch", "find_dates"]


def _mon(name: str, *, full: bool = False) -> str:
    # a trailing dot belongs to abbreviations ("Agt. 2017"); never glue onto a following letter
    return rf"(?P<{name}>{FULL_MONTH_ALTERNATION if full else MONTH_ALTERNATION})\.?(?![A-Za-z])"


def _day(name: str, *, first: bool = True) -> str:
    # a day must not be the tail of another number ("1.414", "12/7" handled elsewhere)
    before = r"(?<![\d.,/:-])" if first else r"(?<!\d)"
    return rf"{before}(?P<{name}>0?[1-9]|[12]\d|3[01])(?![\d/:])"


def _nday(name: str) -> str:
    return rf"(?<![\d.,/:-])(?P<{name}>0?[1-9]|[12]\d|3[01])"


def _year(name: str, *, last: bool = True) -> str:
    tail = r"(?![\d/])(?!\s*[.,]\d)" if last else r"(?!\d)"
    return rf"(?P<{name}>(?:19|20)\d\d){tail}"


_WD = WEEKDAY_PREFIX
_RSEP = (
    r"\s*(?:[-–—]|s\.\s?d\.?|s/d|\bsd\b\.?|\bsampai(?:\s+dengan)?\b|\bhingga\b|\bto\b|\buntil\b)\s*"
)
_YSEP = r"\s*(?:[-–—/]|s\.\s?d\.?|s/d|\bsampai(?:\s+dengan)?\b|\bhingga\b)\s*"
_TAHUN = r"(?:tahun\s+|thn\.?\s+)?"


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: character offsets, ISO value and kind.

    ``value`` is ISO 8601 (:data:`pressnlp.dates.ISO_VALUE`) or ``None``. A date written
    without a year ("Jumat (14/7)", "3-5 Juli") with no publication date to resolve it has
    kind ``"partial"``, value ``None`` and its month and day in ``partial`` (``"--07-14"``,
    ``"--07-03/--07-05"``: ISO 8601's truncated form, kept out of ``value``).
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # day | range | month | year | quarter | semester | partial | relative
    partial: str | None = None


_I = re.IGNORECASE
# Order matters: longer, more specific forms claim their characters first.
_PATTERNS: list[tuple[re.Pattern[str], Builder, str]] = [
    (
        re.compile(
            r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d/-])"
        ),
        build_iso,
        "year",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*{_mon('m1')}\s*{_year('y1')}{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}",
            _I,
        ),
        build_range_full,
        "mon",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*{_mon('m1')}{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}",
            _I,
        ),
        build_range_dm,
        "mon",
    ),
    (
        re.compile(
            rf"{_day('d1')}{_RSEP}{_day('d2', first=False)}\s*{_mon('m2')}\s*{_year('y2')}", _I
        ),
        build_range_d,
        "mon",
    ),
    (re.compile(rf"{_WD}?{_day('d')}\s*{_mon('m')}\s*,?\s*{_year('y')}", _I), build_day, "mon"),
    (
        re.compile(
            rf"(?:bulan\s+)?{_mon('m1')}(?:\s*{_year('y1', last=False)})?{_RSEP}{_mon('m2')}\s*{_TAHUN}{_year('y2')}",
            _I,
        ),
        build_month_range,
        "mon",
    ),
    # weekday + numeric date: "Rabu (12/7/2017)", "Selasa, 11/07/2017", "Jumat (14/7)"
    (
        re.compile(
            rf"{_WD}\(?\s*{_nday('d')}\s*[/-]\s*(?P<m>0?[1-9]|1[0-2])(?:\s*[/-]\s*(?P<y>(?:19|20)?\d\d))?(?![\d/])\s*\)?",
            _I,
        ),
        build_numeric,
        "wd",
    ),
    (
        re.compile(
            rf"\(\s*{_nday('d')}\s*/\s*(?P<m>0?[1-9]|1[0-2])(?:\s*/\s*(?P<y>(?:19|20)?\d\d))?\s*\)"
        ),
        build_numeric,
        "slash",
    ),
    (
        re.compile(
            rf"{_nday('d')}\s*(?P<sep>[/.-])\s*(?P<m>0?[1-9]|1[0-2])\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?![\d/-])(?!\.\d)"
        ),
        build_numeric,
        "slash",
    ),
    (
        re.compile(
            rf"{_WD}?{_day('d1')}\s*(?:{_mon('m1', full=True)})?{_RSEP}{_WD}?{_day('d2', first=False)}\s*{_mon('m2', full=True)}",
            _I,
        ),
        build_range_partial,
        "mon",
    ),
    (
        re.compile(
            rf"\b(?:kuartal|triwulan|kuarter|quarter|TW)\s*(?:ke-?\s*)?(?P<q>IV|I{{1,3}}|[1-4]|pertama|kedua|ketiga|keempat)\b\s*[-/]?\s*{_TAHUN}{_year('y')}",
            _I,
        ),
        build_quarter,
        "q",
    ),
    (re.compile(rf"\bQ(?P<q>[1-4])\s*[-/]?\s*{_year('y')}"), build_quarter, "q"),
    (
        re.compile(
            rf"\b(?:semester|paruh)\s*(?:ke-?\s*)?(?P<s>II|I|[12]|pertama|kedua)\b\s*[-/]?\s*{_TAHUN}{_year('y')}",
            _I,
        ),
        build_semester,
        "sem",
    ),
    # a quarter or half without its year ("pada triwulan IV"): its year comes from the
    # publication date (values._period_year); none without one
    (
        re.compile(
            r"\b(?:kuartal|triwulan|kuarter|quarter|TW)\s*(?:ke-?\s*)?(?P<q>IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\b(?![\s-]*[\d/])",
            _I,
        ),
        build_quarter,
        "q",
    ),
    (
        re.compile(
            r"\b(?:semester|paruh)\s*(?:ke-?\s*)?(?P<s>II|I|[12]|pertama|kedua)\b(?![\s-]*[\d/])",
            _I,
        ),
        build_semester,
        "sem",
    ),
    (re.compile(rf"(?:bulan\s+)?{_mon('m')}\s*,?\s*{_TAHUN}{_year('y')}", _I), build_month, "mon"),
    (
        re.compile(
            rf"(?:(?:tahun|TA)\.?\s+(?:(?:anggaran|ajaran)\s+)?)?(?<![\d.,/:-]){_year('y1', last=False)}{_YSEP}{_year('y2')}",
            _I,
        ),
        build_year_range,
        "year",
    ),
    (
        re.compile(rf"\b(?:tahun(?:\s+(?:anggaran|ajaran|buku))?|T\.?A\.?)\s+{_year('y')}", _I),
        build_year,
        "year",
    ),
    (re.compile(rf"{_WD}?{_day('d')}\s*{_mon('m', full=True)}", _I), build_dm, "mon"),
]

# Cheap tests of what a stretch of text contains, so only patterns that can match are run.
_GATES: dict[str, re.Pattern[str]] = {
    "year": re.compile(r"(?:19|20)\d\d"),
    "mon": re.compile(rf"(?<![A-Za-z])(?:{MONTH_ALTERNATION})(?![A-Za-z])", _I),
    "wd": re.compile(WEEKDAY_PATTERN, _I),
    "slash": re.compile(r"\d\s*[/.-]\s*\d"),
    "q": re.compile(r"kuartal|triwulan|kuarter|quarter|TW|Q[1-4]", _I),
    "sem": re.compile(r"semester|paruh", _I),
}

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


_MODIFIER = re.compile(r"(?<![\w-])(?:awal|akhir|pertengahan|medio)\s+$", _I)


def find_dates(text: str, *, pub_date: dt.date | None = None) -> list[DateMatch]:
    """All date expressions in ``text``, left to right, non-overlapping.

    ``pub_date`` resolves dates without a year to the nearest plausible year.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    out: list[DateMatch] = []
    for a, b in windows(text):
        for m in _find_in(text[a:b], pub_date):
            out.append(dataclasses.replace(m, start=m.start + a, end=m.end + a))
    return out


def _find_in(text: str, pub_date: dt.date | None) -> list[DateMatch]:
    taken = bytearray(len(text))
    for a, b in regulations_in(text):
        taken[a:b] = b"\x01" * (b - a)
    for m in PHONE.finditer(text):
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
        if kind == "partial":  # "--07-14": not ISO 8601 for a value, kept on the side
            found.append(DateMatch(start, end, text[start:end], None, kind, partial=value))
        else:
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
