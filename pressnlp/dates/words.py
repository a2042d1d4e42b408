"""The calendar words every date pattern of pressnlp reads: month and weekday names.

One table for the whole package (Indonesian, English and abbreviations such as "Peb", "Agt",
"Nop"): publication dates, entity dates and the cleaning rules must read the same forms.

>>> MONTHS["agt"], WEEKDAYS["ahad"], month_number("Nopember")
(8, 6, 11)
"""

from __future__ import annotations

__all__ = [
    "FULL_MONTHS",
    "FULL_MONTH_ALTERNATION",
    "MONTHS",
    "MONTH_ALTERNATION",
    "ORDINALS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "WEEKDAY_PREFIX",
    "alternation",
    "month_number",
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
# a weekday in front of a date: "Rabu, 12 Juli 2017", "Jumat (14/7)"
WEEKDAY_PREFIX = rf"(?:{WEEKDAY_PATTERN}\s*,?\s*)"
# Full names only: without a year next to it, "Mar"/"Des"/"Jun" are too often something else.
FULL_MONTHS = [k for k in MONTHS if len(k) >= 4 and k not in {"febr", "agus", "agust", "sept"}]
ORDINALS: dict[str, int] = {
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


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first (so no word stops at its own prefix)."""
    return "|".join(sorted(set(words), key=len, reverse=True))


MONTH_ALTERNATION = alternation(list(MONTHS))
FULL_MONTH_ALTERNATION = alternation(FULL_MONTHS)


def month_number(name: str) -> int:
    """The month (1-12) of a name in :data:`MONTHS`, any case (``KeyError`` for others)."""
    return MONTHS[name.lower()]
