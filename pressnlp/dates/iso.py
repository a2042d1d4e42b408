r"""The one shape of every DATE value pressnlp outputs: :data:`ISO_VALUE`.

A value is an ISO 8601 calendar string -- ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, a quarter
``YYYY-Qn``, a half ``YYYY-Hn``, an ISO week ``YYYY-Www`` -- or a range ``A/B`` of two of
them; anything that cannot be written so (a weekday alone, "17 Juni" without a publication
date) has the value ``None``. ``Entity.value``, ``Entity.key`` of a DATE and the ``dates``
column of a batch run all follow it; other helpers' tests check outputs against it.

>>> [bool(ISO_VALUE.fullmatch(v)) for v in ("2025-06-17", "2024-Q3", "2025-W24", "2019-12-30/2020-03-05")]
[True, True, True, True]
>>> [bool(ISO_VALUE.fullmatch(v)) for v in ("--06-17", "Kamis", "2025-13", "2025-W54")]
[False, False, False, False]
"""

from __future__ import annotations

import re

__all__ = ["ISO_VALUE", "is_iso_value"]

_POINT = (
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
    r"|-Q[1-4]|-H[12]|-W(?:0[1-9]|[1-4]\d|5[0-3]))?"
)
ISO_VALUE: re.Pattern[str] = re.compile(rf"{_POINT}(?:/{_POINT})?")
"""A DATE value (use ``ISO_VALUE.fullmatch(value)``): ISO 8601 date, month, year, quarter,
half, ISO week or a range ``A/B`` of them."""


def is_iso_value(value: object) -> bool:
    """``value`` is a string of the :data:`ISO_VALUE` shape.

    >>> is_iso_value("2025-H1"), is_iso_value("--07-14"), is_iso_value(None)
    (True, False, False)
    """
    return isinstance(value, str) and ISO_VALUE.fullmatch(value) is not None
