"""A word coordinated with a place is a place (press conventions).

The model reads an unknown capitalised word at the end of a list of places as a body: "...
terutama daerah Dulipali, [Padang Pasir] dan [Nobo]" (ESDM, a landslide warning) had "Nobo"
as an ORG. A body coordinated with a place is most often an acronym ("Indonesia dan AFD") or
a name the gazetteer knows; a single word in title case that no gazetteer knows is a place
like the one it is joined to.

:func:`listed_places`: an ORG of one title-case word that no gazetteer knows, that the word
counts never write in lower case and that has no English common-word ending, written right
after a LOC (not one made so) and "dan", "serta" or a comma, is a LOC.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.resources import word_frequencies

__all__ = ["listed_places"]

_JOIN = re.compile(r"\s*(?:,|dan|serta|,\s*dan)\s+")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")


def listed_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with each unknown one-word ORG coordinated after a LOC made a LOC (module
    docstring)."""
    text = ctx.text
    spans = sorted(spans, key=lambda x: x.start)
    out: list[Span] = []
    made: set[int] = set()  # the starts of the LOCs made here: no chain of relabelled words
    for e in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "LOC"
            and e.label_ == "ORG"
            and len(e) == 1
            and _TITLE_WORD.fullmatch(e.text) is not None
            and _JOIN.fullmatch(text[prev.end_char : e.start_char]) is not None
            and prev.start not in made
            and value_of("ORG", e.text) is None
            and _unknown_name(ctx, e.text)
        ):
            ctx.drop_value(e)
            e = Span(ctx.doc, e.start, e.end, label="LOC")
            made.add(e.start)
        out.append(e)
    return out


def _unknown_name(ctx: NerContext, word: str) -> bool:
    """A word the corpus never writes in lower case and without the ending of an English
    common word ("Nobo"; not "Planet", "Prosperity" in "People, Planet, Prosperity")."""
    low = word.lower()
    f = word_frequencies().get(low)
    return (f is None or f.lower == 0) and not low.endswith(ctx.lex.english_suffixes)
