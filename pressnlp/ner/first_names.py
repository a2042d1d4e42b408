"""A first name the model leaves out of a PERSON (press conventions: the name only, but all
of it).

After a title and a body the model often starts a name one word late: "Wakil Menteri
Pertahanan (Wamenhan) RI Donny [Ermawan Taufanto]", "Wakil Kepala BGN bidang Komunikasi
Publik dan Investigasi Nanik [Sudaryati Deyang]". :func:`first_names`: the capitalised word
right before a PERSON, in no span, joins it when the document names a person with that
word elsewhere ("Wamenhan [Donny]", "[Nanik] juga meluruskan") and it is no common word,
title or honorific.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.names import is_common_word, name_token, person_words

__all__ = ["first_names"]

_MIN_LETTERS = 3


def first_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with PERSONs extended over a first name left before them (module
    docstring)."""
    doc, lex = ctx.doc, ctx.lex
    persons = [e for e in spans if e.label_ == "PERSON"]
    if len(persons) < 2:
        return spans
    taken = {i for e in spans for i in range(e.start, e.end)}
    # how many PERSONs open with each word: one lookup per span, not a pass over the others
    openers = Counter(p[0].text for p in persons)
    _, heads, _ = person_words()
    out: list[Span] = []
    for e in spans:
        k = e.start - 1
        if e.label_ != "PERSON" or k < 0 or k in taken or doc[k].whitespace_ != " ":
            out.append(e)
            continue
        word = doc[k].text
        named = openers[word] > (e[0].text == word)
        if (
            named
            and len(word) >= _MIN_LETTERS
            and word.istitle()
            and word.isalpha()
            and name_token(doc[k])
            and not is_common_word(word)
            and word not in heads
            and word not in lex.honorifics
            and word not in lex.title_heads
        ):
            ctx.drop_value(e)
            out.append(Span(doc, k, e.end, label="PERSON"))
            continue
        out.append(e)
    return out
