"""Named boilerplate patterns for Indonesian press releases.

Rules are data: each :class:`Rule` pairs a stable ``name`` (what shows up in
``Article.removed`` as ``"<name>: <snippet>"``) with a compiled pattern and, where
the snippet carries information, the ``meta`` key it is stored under.

Three kinds of rules exist (modules :mod:`~pressnlp.rules.lines`,
:mod:`~pressnlp.rules.blocks`; the :class:`Rule` type is in :mod:`~pressnlp.rules.base`):

* :data:`LINE_RULES` match a *whole line* (``fullmatch`` on the stripped line);
* :data:`BLOCK_HEADERS` are line rules that also open a footer block (contact,
  social media, signature block, "Tentang PT ..."), whose following short lines are
  absorbed by :mod:`pressnlp.cleaning`;
* :data:`DATELINE` and :data:`TRAILING_SIGNATURE` work *inside* a paragraph (start
  of the first one, end of the last one).

>>> from pressnlp.rules import match_line
>>> match_line("Di baca 1414 kali").name
'view_counter'
>>> match_line("Presiden meresmikan bendungan itu pada Senin.") is None
True
"""

from __future__ import annotations

from pressnlp import dates
from pressnlp.rules.base import Rule
from pressnlp.rules.blocks import (
    BLOCK_HEADERS,
    DATELINE,
    DATELINE_COLON,
    ORG_LINE,
    TRAILING_SIGNATURE,
)
from pressnlp.rules.glued import GLUED_RULES, GROUP_RULES
from pressnlp.rules.lines import LINE_RULES

__all__ = [
    "BLOCK_HEADERS",
    "DATELINE",
    "DATELINE_COLON",
    "DATE_RE",
    "GLUED_RULES",
    "LINE_RULES",
    "MONTHS",
    "ORG_LINE",
    "TRAILING_SIGNATURE",
    "WEEKDAYS",
    "Rule",
    "match_line",
    "rule_names",
    "rule_table",
]

# one month and weekday table for the whole package (Indonesian, English, and abbreviations
# such as "Peb", "Agt", "Nop"): publication dates and entity dates must read the same forms
MONTHS = dates.MONTHS
WEEKDAYS = dates.WEEKDAYS
DATE_RE = dates.DATE_RE
"""A single calendar date in the forms press sites print (parsed by ``dates.parse_date``)."""


_ALL_RULES = (*LINE_RULES, *BLOCK_HEADERS)
_MAX_WORDS = max(rule.max_words for rule in _ALL_RULES)


def match_line(line: str) -> Rule | None:
    """The first of :data:`LINE_RULES` or :data:`BLOCK_HEADERS` that matches the whole ``line``."""
    text = line.strip()
    n_words = len(text.split())
    if not text or n_words > _MAX_WORDS:
        return None
    for rule in _ALL_RULES:
        if rule.match(text, n_words):
            return rule
    return None


def rule_table() -> list[tuple[str, str, str | None, str]]:
    """``(name, kind, meta key, description)`` of every pattern, for documentation and reports."""
    rows = [(r.name, "line", r.meta, r.description) for r in LINE_RULES]
    rows += [(r.name, "block header", r.meta, r.description) for r in BLOCK_HEADERS]
    rows += [
        ("dateline", "start of first paragraph", "dateline", DATELINE_DOC),
        (
            "signature",
            "end of last paragraph",
            "signature",
            "(FAF - Humas Kemensetneg), (ant), (*), ***",
        ),
        ("title", "first paragraph", None, "headline-like first line followed by prose"),
        (
            "subtitle",
            "first paragraph",
            "subtitle",
            "a second headline beside an HTML <title>/<h1>",
        ),
        (
            "navigation",
            "closing lines",
            None,
            "a scraped menu: five or more very short lines at the end",
        ),
        ("html_boilerplate", "HTML", None, "page text the extractor (trafilatura) left out"),
        ("footer", "closing lines", None, "short lines inside a contact/signature footer"),
    ]
    rows += [
        (GROUP_RULES[g][0], "glued text", GROUP_RULES[g][1], r.description)
        for r in GLUED_RULES
        for g in r.pattern.groupindex
        if g in GROUP_RULES
    ]
    return rows


DATELINE_DOC = (
    '"Jakarta, 12 Juli 2017 -", "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Mataram—"'
)


def rule_names() -> list[str]:
    """Every rule name that can appear in ``Article.removed`` (sorted)."""
    names = {r.name for r in (*LINE_RULES, *BLOCK_HEADERS)}
    names |= {name for name, _ in GROUP_RULES.values()}
    names |= {
        "dateline",
        "signature",
        "title",
        "subtitle",
        "html_boilerplate",
        "footer",
        "separator",
        "navigation",
    }
    return sorted(names)
