"""Which lines of a text are headlines: Title Case and ALL CAPS lines and headings.

A line (or a sentence) is a *headline* when every content word in it is capitalised: in
``Pemerintah Salurkan Bantuan untuk Petani`` or ``MENTERI MERESMIKAN JEMBATAN`` a capital
says nothing about names (see :mod:`pressnlp.stemming.headlines` for their stems). A normal
sentence has lower-case content words and keeps the usual rule.

>>> text = "Pemerintah Salurkan Bantuan untuk Petani\\nBantuan itu tiba di desa."
>>> [text[a:b] for a, b in headline_segments(text)]
['Pemerintah Salurkan Bantuan untuk Petani']
"""

from __future__ import annotations

import re

from pressnlp.stemming.tokens import FUNCTION_WORDS, TOKEN_RE

__all__ = ["headline_segments", "is_headline"]

# a segment ends at a line break or at . ! ? followed by space
_BOUNDARY_RE = re.compile(r"\n|[.!?]+(?=\s)")
# The copula verbs a Title Case title may leave in lower case (``Turun 25bps menjadi
# 4,25%``) like the function words: they do not make the line a sentence, but are stemmed.
_TITLE_COPULAS = frozenset(("menjadi", "merupakan"))
# a lower-case content word: the common case of a normal sentence, found in C
_LOWER_WORD_RE = re.compile(
    r"(?<![\w-])(?<!\d )(?!(?:"
    + "|".join(sorted(FUNCTION_WORDS | _TITLE_COPULAS))
    + r")(?![\w-]))[a-z][a-z-]{3,}"
)
_MIN_CONTENT = 3  # Title Case: at least this many capitalised content words
_MIN_LONE = 5  # ... and this many beside one lower-case content word in a title
_MAX_TITLE = 200  # a title is no longer than this
_MIN_CAPS_WORDS = 2  # ALL CAPS: at least this many all-capital words of 4+ letters


def is_headline(segment: str, *, title: bool = False) -> bool:
    """Is ``segment`` (one line or sentence) written in Title Case or ALL CAPS?

    ``title``: the segment is the first line of a text, where one lower-case word in a
    line of many capitalised ones is a slip of Title Case, not a sentence.

    >>> is_headline("Menaker Resmi Lepas Kontingen Kemnaker ke Pornas")
    True
    >>> is_headline("Menaker resmi melepas kontingen Kemnaker"), is_headline("PHK")
    (False, False)
    >>> is_headline("Kepala BGN sebut Efek Program MBG Dongkrak Penjualan Motor", title=True)
    True
    """
    lone = _LOWER_WORD_RE.search(segment)
    if lone and not (title and _title_slip(segment, lone)):
        return False
    content = caps = long_caps = lower = 0
    after_number = False
    for m in TOKEN_RE.finditer(segment):
        tok = m.group()
        if not tok.replace("-", "").isalpha():
            after_number = tok[:1].isdigit()
            continue  # numbers, URLs, 6,00%
        if after_number and tok.islower():
            after_number = False
            continue  # a unit after a number: 25 bps, 4 kali
        after_number = False
        if (tok.lower() in FUNCTION_WORDS and not tok.isupper()) or tok in _TITLE_COPULAS:
            continue
        if "-" in tok and tok.rsplit("-", 1)[1][:1].isupper():
            tok = tok.rsplit("-", 1)[1]  # se-Provinsi, ke-Indonesiaan
        if tok[0].islower():
            if len(tok) <= 3:
                continue  # bps, vs, ke-80: units and short words do not decide
            lower += 1
            if lower > 1 or lone is None:
                return False  # only the slip _title_slip() accepted
            continue
        content += 1
        if tok.isupper():
            caps += 1
            long_caps += len(tok) >= 4
    if content and caps == content:
        return not lower and long_caps >= _MIN_CAPS_WORDS
    # one lower-case word in a line of many capitalised ones is a slip of Title Case
    # (Kepala BGN sebut Efek Program MBG Dongkrak Penjualan Motor), not a sentence
    return content >= (_MIN_LONE if lower else _MIN_CONTENT)


def _title_slip(segment: str, lone: re.Match[str]) -> bool:
    """Can the lower-case word ``lone`` be a slip in a Title Case title: the only one, not
    its first word, no meN-/di- verb (``Presiden menyampaikan …`` is a sentence), and the
    line is short and does not end like a sentence or a list item?"""
    return (
        len(segment) <= _MAX_TITLE
        and not _LOWER_WORD_RE.search(segment, lone.end())
        and segment.rstrip()[-1:] not in ".!?,;:"
        and bool(segment[: lone.start()].strip())
        and not lone.group().startswith(("me", "di"))
    )


def headline_segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the lines/sentences of ``text`` that are headlines."""
    out = []
    start = 0
    search = _LOWER_WORD_RE.search
    # the first line is the one that starts at or before the first non-space character
    # (text[:start].strip() per line was quadratic in the number of lines)
    first = len(text) - len(text.lstrip())
    for m in _BOUNDARY_RE.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        # most sentences of running text fail here, in C, at their first lower-case word
        if start < end:
            title = start <= first
            if (title or not search(text, start, end)) and is_headline(
                text[start:end], title=title
            ):
                out.append((start, end))
        start = m.end()
    if start < len(text):
        title = start <= first
        if (title or not search(text, start)) and is_headline(text[start:], title=title):
            out.append((start, len(text)))
    return out
