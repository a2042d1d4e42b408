"""The ISO value of a whole date expression (:func:`normalize_date`), relative dates included.

"hari ini", "tahun lalu", "Mei lalu", "Senin mendatang" are resolved against the publication
date; without one they have no value.
"""

from __future__ import annotations

import datetime as dt
import re

from pressnlp.dates.find import find_dates
from pressnlp.dates.iso import is_iso_value
from pressnlp.dates.nondates import is_non_date
from pressnlp.dates.relative import resolve_relative
from pressnlp.dates.words import (
    FULL_MONTHS,
    MONTHS,
    WEEKDAY_PATTERN,
    WEEKDAY_PREFIX,
    WEEKDAYS,
    alternation,
    month_number,
)

__all__ = ["normalize_date"]

_I = re.IGNORECASE
_FILLER = re.compile(
    r"\b(?:pada|sejak|mulai|dari|tanggal|tgl\.?|sekitar|pagi|siang|sore|malam|dini\s+hari|larut|lalu|nanti|ini)\b|[(),]",
    _I,
)
# what sites print around a date: a clock time after it ("07 Feb 2015 20:15 WIB"), a short
# or English weekday before it ("sen, 6 Juni 2016", "Monday, 6 June 2016")
# (linear: the leftmost match never starts right after a space, and the spaces are taken
# possessively; a run of 3,000 newlines once took seconds)
_CLOCK_TAIL = re.compile(
    r"(?<!\s)(?:\s*+[,|-]?\s*+(?:pukul|jam|pk\.?)?\s*+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"\s*+(?:WIB|WITA|WIT|UTC|GMT|[AP]\.?M\.?)?)\s*$",
    _I,
)
_SHORT_WEEKDAY = re.compile(
    r"^\s*(?:(?:sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)\.?\s*,"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?)\s*",
    _I,
)
# two-digit years, only where the whole span is already known to be a date
_DMY2 = re.compile(
    r"\s*(?P<d>\d{1,2})\s*(?P<sep>[./-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d\d)\s*"
)
_DMONY2 = re.compile(
    rf"\s*(?P<d>\d{{1,2}})\s+(?P<m>{alternation(list(MONTHS))})\.?\s+'?(?P<y>\d\d)\s*", _I
)


def _two_digit_year(text: str) -> str | None:
    m = _DMY2.fullmatch(text) or _DMONY2.fullmatch(text)
    if m is None:
        return None
    mo = int(m["m"]) if m["m"].isdigit() else month_number(m["m"])
    y = int(m["y"])
    try:
        return dt.date(2000 + y if y <= 69 else 1900 + y, mo, int(m["d"])).isoformat()
    except ValueError:
        return None


def _lenient(text: str, pub: dt.date | None) -> str | None:
    """The value of a date as sites print it, clock time and short weekday aside."""
    bare = _SHORT_WEEKDAY.sub("", _CLOCK_TAIL.sub("", text, count=1), count=1)
    if bare.strip() and bare != text:
        value = normalize_date(bare, pub_date=pub)
        if value is not None:
            return value
    return _two_digit_year(bare)


# month names for a span already known to be a date: full names, and "Mei"
_MON_NAMED = alternation([*FULL_MONTHS, "mei"])
_LEAD_MODIFIER = re.compile(r"^\s*(?:awal|akhir|pertengahan|medio|penghujung)\s+(?=\S)", _I)
_NAMED_REL = re.compile(
    rf"(?:bulan\s+)?(?:(?P<mon>{_MON_NAMED})|(?P<wd>{WEEKDAY_PATTERN}))"
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
        mo = month_number(m["mon"])
        if back:
            year = pub.year if mo < pub.month else pub.year - 1
        else:
            year = pub.year if mo > pub.month else pub.year + 1
        return f"{year:04d}-{mo:02d}"
    wd = WEEKDAYS[m["wd"].lower()]
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
    >>> normalize_date("minggu lalu", pub_date=__import__("datetime").date(2025, 6, 19))
    '2025-W24'
    >>> normalize_date("07 Feb 2015 20:15"), normalize_date("sen, 6 Juni 2016")
    ('2015-02-07', '2016-06-06')
    >>> normalize_date("31.10.2013"), normalize_date("31/10/13")
    ('2013-10-31', '2013-10-31')
    >>> normalize_date("tiga bulan") is None
    True

    Dates outside years 1-9999 (say "besok" after 9999-12-31) have no ISO value: ``None``.
    """
    try:
        value = _normalize_date(text, pub_date=pub_date)
    except OverflowError:  # date arithmetic past year 9999
        return None
    return value if value is None or is_iso_value(value) else None


def _normalize_date(text: str, *, pub_date: dt.date | None = None) -> str | None:
    if is_non_date(text):
        return None
    rel = resolve_relative(text, pub_date)
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
                mo = month_number(m["m"])
                if pub_date is None:
                    return None  # a month without a year: no ISO value
                cands = [(pub_date.year + k) * 12 + mo - 1 for k in (-1, 0, 1)]
                best = min(cands, key=lambda c: abs(c - (pub_date.year * 12 + pub_date.month - 1)))
                return f"{best // 12:04d}-{best % 12 + 1:02d}"
            m = re.fullmatch(r"\s*(?:19|20)\d\d\s*", text)
            if m:
                return text.strip()
        return _lenient(text, pub_date)
    only = matches[0]
    rest = _FILLER.sub(" ", text[: only.start] + " " + text[only.end :])
    rest = re.sub(rf"\b{WEEKDAY_PREFIX}", " ", rest, flags=_I)
    if rest.strip():
        return _lenient(text, pub_date)
    return only.value
