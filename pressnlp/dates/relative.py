"""Relative dates: "kemarin", "hari ini", "besok", "pekan lalu", "bulan depan", "tahun ini".

Their value needs the publication date: the day before / of / after it, the ISO week
(``YYYY-Www``) before / of / after its week, its month or year shifted by one. Without a
publication date they are still dates, with the value ``None``.

"minggu lalu" (lower case) is last week, like "pekan lalu"; "Minggu lalu" with a capital is
last Sunday (a weekday, see :func:`pressnlp.dates.normalize_date`).

>>> import datetime as dt
>>> pub = dt.date(2025, 6, 19)  # a Thursday of ISO week 25
>>> [(m.text, m.value) for m in find_relative_dates("Rapat kemarin dan pekan lalu.", pub_date=pub)]
[('kemarin', '2025-06-18'), ('pekan lalu', '2025-W24')]
>>> resolve_relative("minggu lalu", pub), resolve_relative("Minggu lalu", pub)
('2025-W24', None)
"""

from __future__ import annotations

import datetime as dt
import re

from pressnlp.dates.find import DateMatch

__all__ = ["find_relative_dates", "iso_week", "resolve_relative"]

_I = re.IGNORECASE
_DAY_STEP = {"kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "lusa": 2}
_STEP = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}
_EXPR = (
    r"(?P<day>kemarin|hari\s+ini|besok|esok\s+hari|lusa)"
    r"|(?P<unit>pekan|minggu|bulan|tahun)\s+(?P<rel>ini|lalu|kemarin|depan|mendatang)"
)
_FIND = re.compile(rf"(?<![\w-])(?:{_EXPR})(?![\w-])", _I)
_WHOLE = re.compile(rf"\s*(?:pada\s+)?(?:{_EXPR})\s*", _I)
# "dua minggu lalu", "3 tahun lalu", "beberapa hari ini": a distance, not one date
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas|puluh|"
    r"beberapa|sekian|setiap|tiap))\s*$",
    _I,
)


def iso_week(day: dt.date) -> str:
    """The ISO week of ``day`` as ``YYYY-Www``.

    >>> iso_week(dt.date(2025, 1, 1)), iso_week(dt.date(2024, 12, 30))
    ('2025-W01', '2025-W01')
    """
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _value(m: re.Match[str], pub: dt.date | None) -> str | None:
    if m["unit"] and m["unit"] == "Minggu":
        return None  # "Minggu lalu": a Sunday, a weekday expression
    if pub is None:
        return None
    if m["day"]:
        step = _DAY_STEP[" ".join(m["day"].lower().split())]
        return (pub + dt.timedelta(days=step)).isoformat()
    step = _STEP[m["rel"].lower()]
    unit = m["unit"].lower()
    if unit in ("pekan", "minggu"):
        return iso_week(pub + dt.timedelta(weeks=step))
    if unit == "tahun":
        return f"{pub.year + step:04d}"
    month0 = pub.year * 12 + pub.month - 1 + step
    return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"


def resolve_relative(text: str, pub: dt.date | None) -> str | None:
    """The value of ``text`` if it is one relative expression (optionally after "pada"),
    else ``None`` (also without a publication date)."""
    m = _WHOLE.fullmatch(text)
    return _value(m, pub) if m else None


def find_relative_dates(text: str, *, pub_date: dt.date | None = None) -> list[DateMatch]:
    """The relative date expressions of ``text`` (kind ``"relative"``), left to right; their
    value is resolved against ``pub_date`` (``None`` without one). Distances ("dua minggu
    lalu") and the capitalised weekday "Minggu lalu" are left out."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    out = []
    for m in _FIND.finditer(text):
        if m["unit"] == "Minggu" or _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append(DateMatch(m.start(), m.end(), m.group(0), _value(m, pub_date), "relative"))
    return out
