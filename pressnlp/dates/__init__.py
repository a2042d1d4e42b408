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
``Jumat (14/7)``, ``14 Juli`` (no year)     ``2017-07-14`` with a publication date, else None
``kemarin``, ``pekan lalu``, ``bulan ini``   resolved with a publication date (``2017-W27``)
==========================================  ==========================

Every value is ISO 8601 or ``None`` (:data:`ISO_VALUE` is the one regex of that shape): a
date without a year and no publication date keeps its match with ``value=None``, its
month and day only in :attr:`DateMatch.partial` (``"--07-14"``).

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

from pressnlp.dates.find import DateMatch, find_dates
from pressnlp.dates.iso import ISO_VALUE, is_iso_value
from pressnlp.dates.nondates import is_non_date
from pressnlp.dates.normalize import normalize_date
from pressnlp.dates.publication import DATE_PATTERN, DATE_RE, parse_date
from pressnlp.dates.relative import find_relative_dates
from pressnlp.dates.spans import regulation_spans
from pressnlp.dates.words import MONTHS, WEEKDAY_PATTERN, WEEKDAYS

__all__ = [
    "DATE_PATTERN",
    "DATE_RE",
    "ISO_VALUE",
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "DateMatch",
    "find_dates",
    "find_relative_dates",
    "is_iso_value",
    "is_non_date",
    "normalize_date",
    "parse_date",
    "regulation_spans",
]
