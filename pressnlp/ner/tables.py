"""Tables of a glued release: a heading row is no entity.

A glued release loses the breaks between the cells of a table, so the heading row of an
inauguration list comes out as capitalised words of several headings each ("NONAMAJABATAN
LAMAJABATAN BARUJABATANUNIT"), which the model reads as a body, a place or a person.
:func:`drop_table_headings` drops a span whose every word is a heading and one at least is
two or more headings glued together (``data/ner/table_headers.txt``); "NIP" or "UNIT" alone
are left to the other rules.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon

__all__ = ["drop_table_headings", "headings_in"]

# the longest word read: each end point tries every heading, so the cost grows with the length
_MAX_WORD = 60


@functools.lru_cache(maxsize=4096)
def headings_in(word: str) -> int:
    """How many table headings ``word`` is made of, glued together; 0 if it is not made of
    headings only.

    >>> headings_in("NONAMAJABATAN"), headings_in("JABATAN"), headings_in("NOMOR")
    (3, 1, 0)
    """
    heads = lexicon().table_headers
    if not word.isupper() or len(word) > _MAX_WORD:
        return 0
    # the most headings that make up word[:i] (a dynamic programme over the end points)
    best: list[int | None] = [0] + [None] * len(word)
    for i in range(1, len(word) + 1):
        for h in heads:
            k = i - len(h)
            if k >= 0 and (prior := best[k]) is not None and word[k:i] == h:
                best[i] = max(best[i] or 0, prior + 1)
    return best[-1] or 0


def _heading_row(e: Span) -> bool:
    counts = [headings_in(t.text) for t in e if not t.is_punct]
    return bool(counts) and all(counts) and max(counts) >= 2


def drop_table_headings(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less those that are a glued heading row (module docstring)."""
    out = []
    for e in spans:
        if e.label_ != "DATE" and _heading_row(e):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
