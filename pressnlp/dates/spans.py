"""Where dates can be: the stretches of text worth scanning, and the spans that are never dates.

In "UU Nomor 12 Tahun 2017" or "PP 12/2017" the year is part of the regulation's identifier,
not a date the release talks about; phone numbers are no dates either.

>>> text = "sesuai Perpres 12 Tahun 2017 dan PP 5/2021"
>>> [text[a:b] for a, b in regulation_spans(text)]
['Perpres 12 Tahun 2017', 'PP 5/2021']
"""

from __future__ import annotations

import re

__all__ = ["PHONE", "regulation_spans", "regulations_in", "windows"]

_I = re.IGNORECASE
_REGULATION = [
    re.compile(
        r"\b(?:Nomor|Nomer|No\.?|Nmr\.?|UU|PP|Perpres|Keppres|Kepres|Inpres|Perppu|Perpu|Perda|"
        r"Pergub|Perbup|Perwal|Permen\w*|Kepmen\w*|POJK|PMK|PBI|Undang-Undang)\s*:?\s*"
        r"[\w./-]*\d[\w./-]*\s+(?:Tahun|Thn\.?|Th\.?)\s+(?:19|20)\d\d\b",
        _I,
    ),
    re.compile(
        r"\b(?:UU|PP|Perpres|Keppres|Inpres|Perppu|Perda|Pergub|Perbup|Perwal|Permen\w*|Kepmen\w*|"
        r"POJK|SEOJK|PMK|PBI|SE|SK|Nomor|No\.?)\s*(?:No\.?|Nomor)?\s*:?\s*[\w.-]*\d[\w.-]*(?:/[\w.-]+)*/(?:19|20)\d\d\b",
        _I,
    ),
]
PHONE = re.compile(r"(?:\+62|\(0\d{1,3}\)|\b0\d{2,3}[- ])[\d\s-]{6,}\d")
"""A phone number ("(021) 3456 789", "+62 812-3456-7890"): its digits are never a date."""
_REG_GATE = re.compile(r"\bth|tahun|/(?:19|20)\d\d", _I)
# a digit, or a quarter/half word: "pada triwulan IV" is a date without one
_DIGITS = re.compile(r"\d+|(?i:kuartal|triwulan|kuarter|quarter|semester|paruh)")
_MARGIN = 48  # longer than any non-digit stretch inside or before a date expression


def regulations_in(text: str) -> list[tuple[int, int]]:
    """Spans of regulation references in ``text`` (one window; see :func:`regulation_spans`)."""
    if not _REG_GATE.search(text):
        return []
    return sorted((m.start(), m.end()) for rx in _REGULATION for m in rx.finditer(text))


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits. Every date expression here contains a digit (or is
    a quarter or half of the year), and most of a press release has none: scanning only
    these stretches keeps the patterns (with their optional weekday prefixes) cheap on
    long texts."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        # widen to whitespace so no word is cut (bounded: a huge token must not go quadratic)
        stop = max(0, a - 64)
        while a > stop and not text[a - 1].isspace():
            a -= 1
        stop = min(n, b + 64)
        while b < stop and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def regulation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of regulation references ("UU Nomor 12 Tahun 2017", "PP 5/2021")."""
    return [(x + a, y + a) for a, b in windows(text) for x, y in regulations_in(text[a:b])]
