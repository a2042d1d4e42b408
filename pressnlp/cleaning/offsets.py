r"""Where each character of ``Article.body`` came from in the raw input.

Cleaning never rewrites a kept word: a body is the input's kept lines (plain text) or the
extracted page text (HTML), with whitespace collapsed, paragraphs joined by a blank line,
and (glued text, :mod:`pressnlp.cleaning.glued`) line breaks and spaces given back where
they were lost. So every non-space body character is an input character, in order, and
:func:`body_offsets` recovers the mapping by walking both texts: each paragraph is found
in the input after the previous one, then matched character by character.

A body character gets ``-1`` where it has no input character: the blank lines between
paragraphs, a space cleaning put back (``"(PTNU). Dalam"``), or a character changed by
normalisation (mojibake repair, HTML entities) that cannot be matched.

>>> from pressnlp.cleaning import clean
>>> raw = "Judul Rilis Contoh Hari Ini\n\nMenteri   meresmikan gedung baru di Bandung."
>>> art = clean(raw)
>>> offsets = body_offsets(raw, art.body)
>>> raw[offsets[0]:offsets[len("Menteri meresmikan") - 1] + 1]
'Menteri   meresmikan'
"""

from __future__ import annotations

import re

__all__ = ["body_offsets"]

_ANCHOR_CHARS = 24


def _find_paragraph(raw: str, paragraph: str, cursor: int) -> int:
    """Start of ``paragraph`` in ``raw`` at or after ``cursor`` (whitespace-insensitive), or -1."""
    chars = [c for c in paragraph if not c.isspace()][:_ANCHOR_CHARS]
    if not chars:
        return -1
    m = re.compile(r"\s*".join(map(re.escape, chars))).search(raw, cursor)
    return m.start() if m else -1


def body_offsets(raw: str, body: str) -> list[int]:
    """For each character of ``body`` (as :func:`~pressnlp.cleaning.clean` made it from the
    ``str`` input ``raw``), its index in ``raw``, or ``-1`` where it has none (see above).

    Linear in ``len(raw) + len(body)`` apart from the paragraph search.
    """
    out: list[int] = []
    cursor = 0
    paragraphs = body.split("\n\n")
    for k, paragraph in enumerate(paragraphs):
        if k:
            out.extend((-1, -1))
        start = _find_paragraph(raw, paragraph, cursor)
        if start < 0:
            out.extend([-1] * len(paragraph))
            continue
        j = start
        for c in paragraph:
            if c.isspace():
                if j < len(raw) and raw[j].isspace():
                    out.append(j)
                    while j < len(raw) and raw[j].isspace():
                        j += 1
                else:
                    out.append(-1)  # a space cleaning gave back
                continue
            while j < len(raw) and raw[j].isspace():
                j += 1
            if j < len(raw) and raw[j] == c:
                out.append(j)
                j += 1
            else:
                out.append(-1)
        cursor = max(cursor, j)
    return out
