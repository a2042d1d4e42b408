"""Where capitalisation carries no information: Title Case and ALL CAPS headlines and headings.

A line (or a sentence) is a *headline* when every content word in it is capitalised: in
``Pemerintah Salurkan Bantuan untuk Petani`` or ``MENTERI MERESMIKAN JEMBATAN`` a capital
says nothing about names, so the stemmer must look for other evidence (see
:meth:`pressnlp.stemming.Stemmer.headline_stems`). A normal sentence has lower-case
content words and keeps the usual rule (a capital inside a sentence marks a name).

>>> text = "Pemerintah Salurkan Bantuan untuk Petani\\nBantuan itu tiba di desa."
>>> [text[a:b] for a, b in headline_segments(text)]
['Pemerintah Salurkan Bantuan untuk Petani']
>>> headline_segments("MENTERI MERESMIKAN JEMBATAN"), headline_segments("Jakarta, Senin")
([(0, 27)], [])
"""

from __future__ import annotations

import re

from pressnlp.stemming.tokens import TOKEN_RE

__all__ = ["FUNCTION_WORDS", "headline_segments", "is_headline"]

# Words Title Case headlines often leave in lower case ("Bantuan untuk Petani di Desa").
FUNCTION_WORDS = frozenset(
    [
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "untuk",
        "pada",
        "kepada",
        "daripada",
        "dengan",
        "dalam",
        "oleh",
        "atau",
        "bagi",
        "serta",
        "tentang",
        "akan",
        "agar",
        "sebagai",
        "melalui",
        "terhadap",
        "hingga",
        "sejak",
        "tanpa",
        "demi",
        "atas",
        "antara",
        "antar",
        "per",
        "vs",
        "ala",
        "nan",
        "pun",
        "of",
        "the",
        "and",
        "in",
        "for",
        "to",
        "on",
        "at",
    ]
)
# a segment ends at a line break or at . ! ? followed by space
_BOUNDARY_RE = re.compile(r"\n|[.!?]+(?=\s)")
# a lower-case content word: the common case of a normal sentence, found in C
_LOWER_WORD_RE = re.compile(
    r"(?<![\w-])(?!(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")(?![\w-]))[a-z][a-z-]{3,}"
)
_MIN_CONTENT = 3  # Title Case: at least this many capitalised content words
_MIN_CAPS_WORDS = 2  # ALL CAPS: at least this many all-capital words of 4+ letters


def is_headline(segment: str) -> bool:
    """Is ``segment`` (one line or sentence) written in Title Case or ALL CAPS?

    >>> is_headline("Menaker Resmi Lepas Kontingen Kemnaker ke Pornas")
    True
    >>> is_headline("Menaker resmi melepas kontingen Kemnaker"), is_headline("PHK")
    (False, False)
    """
    if _LOWER_WORD_RE.search(segment):
        return False
    content = caps = long_caps = 0
    for m in TOKEN_RE.finditer(segment):
        tok = m.group()
        if not tok.replace("-", "").isalpha():
            continue  # numbers, URLs, 6,00%
        if tok.lower() in FUNCTION_WORDS and not tok.isupper():
            continue
        if "-" in tok and tok.rsplit("-", 1)[1][:1].isupper():
            tok = tok.rsplit("-", 1)[1]  # se-Provinsi, ke-Indonesiaan
        if tok[0].islower():
            if len(tok) <= 3:
                continue  # bps, vs, ke-80: units and short words do not decide
            return False
        content += 1
        if tok.isupper():
            caps += 1
            long_caps += len(tok) >= 4
    if content and caps == content:
        return long_caps >= _MIN_CAPS_WORDS
    return content >= _MIN_CONTENT


def headline_segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the lines/sentences of ``text`` that are headlines."""
    out = []
    start = 0
    search = _LOWER_WORD_RE.search
    for m in _BOUNDARY_RE.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        # most sentences of running text fail here, in C, at their first lower-case word
        if not search(text, start, end) and is_headline(text[start:end]):
            out.append((start, end))
        start = m.end()
    if start < len(text) and not search(text, start) and is_headline(text[start:]):
        out.append((start, len(text)))
    return out
