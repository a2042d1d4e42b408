"""The publication date of a release: :func:`parse_date` reads the first calendar date of a line.

:data:`DATE_PATTERN` is the single-date form press sites print ("Rabu, 12 Juli 2017" without the
weekday, "12/07/2017", "2019-03-21 10:00"); the cleaning rules build on it.

>>> parse_date("Diposting 2019-03-21 10:00 oleh Admin")
datetime.date(2019, 3, 21)
"""

from __future__ import annotations

import datetime as dt
import re

from pressnlp.dates.words import MONTHS

__all__ = ["DATE_PATTERN", "DATE_RE", "parse_date"]

_MONTH_ALT = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# "12 Juli 2017", "12 Jul. 2017", "2019-03-21", "12/07/2017", "12-07-2017"
DATE_PATTERN = (
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
)
"""Regex source of one calendar date (no groups), for patterns that embed a date."""
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
"""A single calendar date in the forms press sites print (parsed by :func:`parse_date`)."""

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DMY = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _mkdate(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text`` ("Rabu, 12 Juli 2017", "12/07/2017", "2017-07-12").

    Numeric dates are read day-first, as Indonesian sites print them.

    >>> parse_date("Rabu, 12 Juli 2017")
    datetime.date(2017, 7, 12)
    """
    m = DATE_RE.search(text)
    if not m:
        return None
    s = m.group(0)
    if iso := _ISO.match(s):
        return _mkdate(int(iso[1]), int(iso[2]), int(iso[3]))
    if num := _NUMERIC.match(s):
        return _mkdate(int(num[3]), int(num[2]), int(num[1]))
    if dmy := _DMY.match(s):
        month = MONTHS.get(dmy[2].lower())
        return _mkdate(int(dmy[3]), month, int(dmy[1])) if month else None
    if mdy := _MDY.match(s):
        month = MONTHS.get(mdy[1].lower())
        return _mkdate(int(mdy[3]), month, int(mdy[2])) if month else None
    return None
