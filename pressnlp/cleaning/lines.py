"""What a line looks like: a headline, a name, a short footer line.

>>> title_like("Pemprov Jabar Buka Pasar Murah di 27 Kabupaten"), name_like("Anton Jumaedi")
(True, True)
>>> is_short("Menteri meresmikan gedung baru itu di Bandung pada Senin pagi.")
False
"""

from __future__ import annotations

import re

__all__ = ["PROSE_WORDS", "is_short", "name_like", "title_like"]

_WORD_ABBREV = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z]{1,2}|[a-z]{1,3})$")
_SENTENCE_BREAK = re.compile(r"(\S+)[.!?]\s+[\"“‘(]?[A-Z]")
PROSE_WORDS = 9
"""A line of at least this many words (and no boilerplate) is prose: "a sentence longer than 8 words"."""


_FUNCTION_WORDS = frozenset(
    [
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "yang",
        "dengan",
        "dalam",
        "pada",
        "atau",
        "oleh",
        "bagi",
        "serta",
        "hingga",
        "sebagai",
        "tentang",
        "terhadap",
        "antara",
        "jadi",
        "ini",
        "itu",
        "of",
        "and",
        "on",
        "the",
        "in",
        "for",
        "to",
        "a",
        "an",
        "at",
        "by",
        "with",
    ]
)


def title_like(line: str) -> bool:
    """A headline: 3-20 words, mostly capitalised, one sentence without a final full stop."""
    words = line.split()
    if not 3 <= len(words) <= 20 or len(line) > 200:
        return False
    content = [w.strip("\"“”‘’'()[],:;") for w in words]
    content = [w for w in content if w and w[0].isalpha() and w.lower() not in _FUNCTION_WORDS]
    # headlines are Title Case or upper case; a lower-case lead sentence is not a headline
    if content and sum(w[0].isupper() for w in content) / len(content) < 0.6:
        return False
    if line[-1] in ".,;:" or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if not any(c.isalpha() for c in line) or re.search(r"[.!?]\s*\(", line):
        return False
    # two sentences ("... dibuka. Menteri ...") is a paragraph, "Prof. Zudan" is not
    return all(
        _WORD_ABBREV.match(m[1].split(".")[-1] or "X") for m in _SENTENCE_BREAK.finditer(line)
    )


def name_like(line: str) -> bool:
    """A short capitalised line such as a name or an institution (1-6 words, not a label)."""
    words = line.split()
    return 1 <= len(words) <= 6 and line[0].isupper() and not line.endswith((":", "?", "!"))


def is_short(line: str) -> bool:
    """Short enough to belong to a footer block: not a sentence of six words or more."""
    words = line.split()
    return len(words) <= 14 and not (
        len(words) >= 6
        and line.endswith((".", "!", "?"))
        and not line.endswith(("Ph.D.", "M.Sc.", "S.H.", "M.H."))
    )
