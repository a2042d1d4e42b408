"""Cleaning: raw scraped press release (text or HTML) in, :class:`Article` out.

The pipeline is a chain of small pure ``str -> str`` steps with keyword-only options
(:func:`decode_bytes`, :func:`fix_mojibake`, :func:`normalize_unicode`,
:func:`remove_invisible`, :func:`normalize_whitespace`, :func:`html_to_text`) followed by
one structured pass that classifies every line with the named rules of
:mod:`pressnlp.rules` and builds the :class:`Article`.

Modules: :mod:`~pressnlp.cleaning.normalize` (character-level steps),
:mod:`~pressnlp.cleaning.html` (HTML extraction), :mod:`~pressnlp.cleaning.structure` (the
structured pass), :mod:`~pressnlp.cleaning.edges` (headline, dateline, signatures),
:mod:`~pressnlp.cleaning.record` (``removed``/``meta`` bookkeeping),
:mod:`~pressnlp.cleaning.article` (:class:`Article`) and :mod:`~pressnlp.cleaning.cleaner`
(:func:`clean`).

Nothing is dropped silently: every snippet that does not end up in ``Article.body``
is listed in ``Article.removed`` as ``"<rule name>: <snippet>"`` (rule names are those
of :func:`pressnlp.rules.rule_names`), and the information it carries (view count,
release number, signature, contact lines, ...) is kept in ``Article.meta``.

>>> from pressnlp.cleaning import clean
>>> art = clean("Judul Rilis Kementerian Contoh\\n\\nDi baca 12 kali\\n\\n"
...             "Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru di Bandung. (ant)")
>>> art.title, art.date.isoformat(), art.meta["views"], art.meta["dateline"]
('Judul Rilis Kementerian Contoh', '2024-05-02', 12, 'Jakarta, 2 Mei 2024')
>>> art.body
'Menteri meresmikan gedung baru di Bandung.'
>>> art.removed[0]
'view_counter: Di baca 12 kali'
"""

from __future__ import annotations

from pressnlp.cleaning.article import Article, split_removed
from pressnlp.cleaning.cleaner import clean
from pressnlp.cleaning.glued import looks_glued
from pressnlp.cleaning.html import html_text, html_to_text, is_html
from pressnlp.cleaning.normalize import (
    NormalForm,
    check_text,
    decode_bytes,
    fix_mojibake,
    normalize_unicode,
    normalize_whitespace,
    preprocess,
    remove_invisible,
)
from pressnlp.cleaning.offsets import body_offsets
from pressnlp.dates import parse_date  # its old home; pressnlp.dates.parse_date is the public one

__all__ = [
    "Article",
    "NormalForm",
    "body_offsets",
    "check_text",
    "clean",
    "decode_bytes",
    "fix_mojibake",
    "html_text",
    "html_to_text",
    "is_html",
    "looks_glued",
    "normalize_unicode",
    "normalize_whitespace",
    "parse_date",
    "preprocess",
    "remove_invisible",
    "split_removed",
]
