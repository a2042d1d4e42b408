r"""The :class:`Rule` type and the pattern pieces the rules share.

>>> r = rule("greeting", r"halo\s+sobat", max_words=3)
>>> bool(r.match("Halo Sobat")), r.match("Halo Sobat Hijau dan kawan-kawan semua") is None
(True, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressnlp import dates

__all__ = ["DATE", "WEEKDAY_ALT", "Rule", "rule"]

WEEKDAY_ALT = (
    "(?i:"
    + "|".join(re.escape(w) for w in dates.WEEKDAYS)
    + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
"""Regex alternation of the Indonesian and English day names (any case)."""
DATE = dates.DATE_PATTERN
"""Regex source of one calendar date: "12 Juli 2017", "12 Jul. 2017", "2019-03-21", "12/07/2017"."""


@dataclass(frozen=True)
class Rule:
    """One named pattern. ``meta`` is the :attr:`Article.meta` key its ``value`` group goes to.

    The role flags are the same for every rule of one ``name`` (cleaning reads them by name):

    >>> from pressnlp.rules import BLOCK_HEADERS
    >>> [(r.footer, r.contact, r.claims_tail) for r in BLOCK_HEADERS if r.name == "contact_block"]
    [(True, True, True), (True, True, True)]
    """

    name: str
    pattern: re.Pattern[str]
    meta: str | None = None
    description: str = ""
    max_words: int = 40
    """A line longer than this never matches (protects body prose that merely starts alike)."""
    footer: bool = False
    """Closes a release: after the last prose line, short lines around it go with it."""
    contact: bool = False
    """Its line is contact information, kept in ``meta["contact"]``."""
    claims_tail: bool = False
    """After the last prose line, every later block follows it (contact, signature, links)."""

    def match(self, line: str, n_words: int | None = None) -> re.Match[str] | None:
        """Full match of ``line`` (``n_words``: its word count, if the caller has it already)."""
        if (len(line.split()) if n_words is None else n_words) > self.max_words:
            return None
        return self.pattern.fullmatch(line)


def rule(
    name: str,
    pattern: str,
    meta: str | None = None,
    description: str = "",
    *,
    max_words: int = 40,
    flags: int = re.IGNORECASE,
    footer: bool = False,
    contact: bool = False,
    claims_tail: bool = False,
) -> Rule:
    """A :class:`Rule` from a pattern source (matched case-insensitively unless ``flags`` say otherwise)."""
    return Rule(
        name, re.compile(pattern, flags), meta, description, max_words, footer, contact, claims_tail
    )
