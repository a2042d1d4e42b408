"""The ISO value of a whole date expression (:func:`normalize_date`), relative dates included.

"hari ini", "tahun lalu", "Mei lalu", "Senin mendatang" are resolved against the publication
date; without one they have no value.
"""

from __future__ import annotations

import datetime as dt
import re

from pressnlp.dates.find import find_dates
from pressnlp.dates.nondates import is_non_date
from pressnlp.dates.words import (
    FULL_MONTHS,
    WEEKDAY_PATTERN,
    WEEKDAY_PREFIX,
    WEEKDAYS,
    alternation,
    month_number,
)

__all__ = ["normalize_date"]

_I = re.IGNORECASE
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
                mo = month_number(m["m"])
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
    rest = re.sub(rf"\b{WEEKDAY_PREFIX}", " ", rest, flags=_I)
    return only.value if not rest.strip() else None
