"""The result of cleaning: :class:`Article`, and :func:`split_removed` for its ``removed`` entries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article", "split_removed"]


@dataclass
class Article:
    r"""A cleaned press release.

    ``body`` is ``paragraphs`` joined by a blank line; every paragraph is a line of the input
    with its whitespace collapsed (hard-wrapped lines re-joined), never rewritten.

    ``removed`` lists every dropped snippet as ``"<rule>: <snippet>"`` (document order; for
    HTML the page chrome the extractor left out comes first); use :func:`split_removed` or
    :meth:`removed_by_rule` to take the entries apart.

    ``meta`` keys, each present only when found: ``views`` (int), ``date_text``,
    ``dateline``, ``closing_dateline``, ``release_number``, ``release_type``, ``signature``
    (plus ``signature_block`` when both an inline and a block signature exist),
    ``credits`` (list) with ``editor``/``reporter``/``photo``, ``source``, ``contact``
    (list of lines), ``phones``, ``emails``, ``address``, ``responsible``, ``social``
    (list), ``about`` (list), ``subtitle``, ``html`` (True for HTML input).

    >>> from pressnlp.cleaning import clean
    >>> art = clean("Judul Rilis Kementerian Contoh\n\nDi baca 12 kali\n\n"
    ...             "Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru di Bandung.")
    >>> art.title, art.date, art.paragraphs
    ('Judul Rilis Kementerian Contoh', datetime.date(2024, 5, 2), ['Menteri meresmikan gedung baru di Bandung.'])
    >>> Article().body  # what empty input gives
    ''
    """

    title: str | None = None
    date: dt.date | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON/DataFrame friendly dict (``date`` as an ISO string or ``None``).

        >>> from pressnlp.cleaning import clean
        >>> clean("Menteri meresmikan gedung baru di Bandung pada 2 Mei 2024.").to_dict()["body"]
        'Menteri meresmikan gedung baru di Bandung pada 2 Mei 2024.'
        """
        d = dataclasses.asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d

    def removed_by_rule(self) -> dict[str, list[str]]:
        r"""``removed`` grouped by rule name, in document order.

        >>> from pressnlp.cleaning import clean
        >>> clean("Di baca 12 kali\n\nMenteri meresmikan gedung baru di Bandung. (ant)").removed_by_rule()
        {'view_counter': ['Di baca 12 kali'], 'signature': ['(ant)']}
        """
        out: dict[str, list[str]] = {}
        for entry in self.removed:
            rule, snippet = split_removed(entry)
            out.setdefault(rule, []).append(snippet)
        return out


def split_removed(entry: str) -> tuple[str, str]:
    """One ``Article.removed`` entry taken apart into ``(rule, snippet)``.

    >>> split_removed("view_counter: Di baca 1414 kali")
    ('view_counter', 'Di baca 1414 kali')
    """
    rule, _, snippet = entry.partition(": ")
    return rule, snippet
