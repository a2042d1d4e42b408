"""Strings a statistical model may tag as DATE that are no dates: :func:`is_non_date`."""

from __future__ import annotations

import re

from pressnlp.dates.spans import regulation_spans
from pressnlp.dates.words import MONTH_ALTERNATION, WEEKDAY_PATTERN

__all__ = ["is_non_date"]

_I = re.IGNORECASE
_CLOCK = re.compile(
    r"^(?:(?:pukul|jam|pk\.?)\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT))?$",
    _I,
)
_NUMWORD = r"(?:\d+(?:[.,]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|beberapa|se)"
# atomic per number: "(\d+\s*)+" alone splits a run of n digits 2^n ways before failing
_DURATION = re.compile(
    rf"^(?:selama\s+|dalam\s+)?(?>{_NUMWORD}\s*)+(?:hari|pekan|minggu|bulan|tahun|jam|menit|detik|dekade|abad|windu|semester|kuartal|triwulan)$",
    _I,
)
# a period word on its own ("kita lihat satu semester"): no date; "Minggu" (Sunday) is one
_BARE_UNIT = re.compile(
    r"^(?:hari|pekan|minggu|bulan|tahun|semester|kuartal|triwulan|dekade|abad)$"
)


_DATE_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{MONTH_ALTERNATION}|{WEEKDAY_PATTERN}|hari|pekan|"
    r"bulan|tahun|abad|dekade|era|lalu|kemarin|besok|esok|lusa|pagi|siang|sore|malam|awal|akhir|"
    r"pertengahan|kuartal|triwulan|semester|tanggal|tgl|periode|masehi|hijriah|dini)(?![A-Za-z])",
    _I,
)
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")
_LONG_NUMBER = re.compile(r"\d{5,}|\d+/[IVX]+/\d{4}")
_CLOCK_START = re.compile(r"^(?:pukul\s*)?\d{1,2}[.:]\d{2}\b(?![.:]\d)", _I)


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
