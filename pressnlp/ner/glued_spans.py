"""A span that opens inside a glued token is no entity (press conventions).

Scraped releases whose markup was dropped glue a sentence's words to the capitalised name
after them ("berbagai BUMN yang telah bergabung ... yangtelahbergabungdenganPeruri",
"bekerja sama melaluiGoogle", "pengembanganSDGs Entrepreneur Centeruntuk"): the tokenizer
keeps such a run as one token, so a span over it holds common words, and its name cannot
be cut out of the token. :func:`pressnlp.ner.unglue.unglue` gives back the breaks it can
tell; what is left is not marked.

:func:`drop_glued_spans`: a PERSON, ORG or LOC whose first token opens with six lower-case
letters or more that end with a common lower-case word (``dengan``, ``melalui``,
``produk``; the word counts write it in lower case at least twice as often as capitalised
mid-sentence), glued to a capital, is dropped. Not a brand that opens in lower case:
"detikFinance", "detikINET" (five letters, "detik"), "eFishery", "iPhone".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.names import glue_word

__all__ = ["drop_glued_spans"]

# at most 40 letters: each end of the run is looked up, so a longer run would cost its square
_GLUED_START = re.compile(r"([a-z]{6,40})\)?(?=[A-Z])")
_MIN_WORD = 3  # letters of the common word the lower-case run ends with


def glued_start(text: str) -> bool:
    """``text`` (a token) opens with lower-case words glued to a capital (module docstring)."""
    m = _GLUED_START.match(text)
    if m is None:
        return False
    run = m.group(1)
    return any(glue_word(run[k:]) for k in range(len(run) - _MIN_WORD + 1))


def drop_glued_spans(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less those that open inside a glued token (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if e.label_ in ("PERSON", "ORG", "LOC") and glued_start(e[0].text):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
