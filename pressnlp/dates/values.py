r"""ISO values of matched date expressions: one builder per pattern of :mod:`pressnlp.dates.find`.

A builder takes the match and the publication date (for dates written without a year) and
returns ``(value, kind)``, or ``None`` when the match is no real date (31 Februari, an empty range).

>>> import re
>>> build_iso(re.match(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2017-07-12"), None)
('2017-07-12', 'day')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pressnlp.dates.words import ORDINALS, month_number

__all__ = [
    "Builder",
    "build_day",
    "build_dm",
    "build_iso",
    "build_month",
    "build_month_range",
    "build_numeric",
    "build_quarter",
    "build_range_d",
    "build_range_dm",
    "build_range_full",
    "build_range_partial",
    "build_semester",
    "build_year",
    "build_year_range",
]


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


def _y2(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= 69 else 1900 + n
    return n


Builder = Callable[["re.Match[str]", "dt.date | None"], "tuple[str, str] | None"]


def build_day(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _date(int(m["y"]), month_number(m["m"]), int(m["d"]))
    return (x.isoformat(), "day") if x else None


def build_iso(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (x.isoformat(), "day") if x else None


def _range(a: dt.date | None, b: dt.date | None) -> tuple[str, str] | None:
    if a is None or b is None or a >= b:
        return None
    return f"{a.isoformat()}/{b.isoformat()}", "range"


def build_range_full(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return _range(
        _date(int(m["y1"]), month_number(m["m1"]), int(m["d1"])),
        _date(int(m["y2"]), month_number(m["m2"]), int(m["d2"])),
    )


def build_range_dm(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y, m1, m2 = int(m["y2"]), month_number(m["m1"]), month_number(m["m2"])
    # "28 Desember - 2 Januari 2024": the start lies in the previous year
    return _range(_date(y - 1 if m1 > m2 else y, m1, int(m["d1"])), _date(y, m2, int(m["d2"])))


def build_range_d(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y, mo = int(m["y2"]), month_number(m["m2"])
    return _range(_date(y, mo, int(m["d1"])), _date(y, mo, int(m["d2"])))


def _partial(mo: int, d: int, pub: dt.date | None) -> dt.date | str | None:
    if _date(2000, mo, d) is None:  # 2000 is a leap year: accepts 29 Feb
        return None
    if pub is None:
        return f"--{mo:02d}-{d:02d}"
    return _nearest_year(mo, d, pub)


def build_range_partial(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    m2 = month_number(m["m2"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
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


def build_dm(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    x = _partial(month_number(m["m"]), int(m["d"]), pub)
    if x is None:
        return None
    return (x, "partial") if isinstance(x, str) else (x.isoformat(), "day")


def build_numeric(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    d, mo = int(m["d"]), int(m["m"])
    if not 1 <= mo <= 12:
        return None
    if m["y"]:
        x = _date(_y2(m["y"]), mo, d)
        return (x.isoformat(), "day") if x else None
    return _dm_values(mo, d, pub)


def _dm_values(mo: int, d: int, pub: dt.date | None) -> tuple[str, str] | None:
    x = _partial(mo, d, pub)
    if x is None:
        return None
    return (x, "partial") if isinstance(x, str) else (x.isoformat(), "day")


def build_month(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return f"{int(m['y']):04d}-{month_number(m['m']):02d}", "month"


def build_month_range(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if not m["y1"] and m1 > m2:
        y1 -= 1
    if (y1, m1) >= (y2, m2):
        return None
    return f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", "range"


def _period_year(m: re.Match[str], months: tuple[int, int], pub: dt.date | None) -> int | None:
    """The year written, else that of the latest such period begun by the publication date,
    or of the next one if it begins within a month: releases report the past and announce
    the near future ("triwulan IV" is last year's in January, this year's in September)."""
    if m.groupdict().get("y"):
        return int(m["y"])
    if pub is None:
        return None
    y = pub.year if dt.date(pub.year, months[0], 1) <= pub else pub.year - 1
    return y + 1 if (dt.date(y + 1, months[0], 1) - pub).days <= 31 else y


def build_quarter(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    q = ORDINALS[m["q"].lower()]
    y = _period_year(m, (3 * q - 2, 3 * q), pub) if q <= 4 else None
    return (f"{y}-Q{q}", "quarter") if y is not None else None


def build_semester(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    n = ORDINALS[m["s"].lower()]
    y = _period_year(m, (6 * n - 5, 6 * n), pub) if n <= 2 else None
    return (f"{y}-H{n}", "semester") if y is not None else None


def build_year_range(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (f"{y1}/{y2}", "range") if y1 < y2 <= y1 + 100 else None


def build_year(m: re.Match[str], pub: dt.date | None) -> tuple[str, str] | None:
    return m["y"], "year"
