"""One English common word is no body (press conventions: an ORG names a body; programmes,
themes and terms are none).

The model reads a capitalised English word inside an English phrase or list as an ORG:
"STEM (Science, [Technology], Engineering, and Mathematics)", "Carbon Capture,
[Utilization], and Storage", "Intellectual Property, [Invention], Innovation and
Technology Exposition", "Digitising the [Pipeline]", and an English show title after a body
("BUMN [Unleashed]"). :mod:`pressnlp.ner.non_persons` drops such a PERSON; this pass drops
such an ORG.

:func:`drop_english_orgs`: an ORG of one title-case word that no gazetteer knows is dropped
when it ends with an English common-word ending (``data/ner/english_suffixes.txt``, plus
"-tion", "-ed", "-ive" here: an ORG is rarely one such word) or when an English link word
(``data/ner/english_links.txt``) in lower case stands within three words of it on its line,
the capitalised words between are no entities and the corpus writes the word in lower case
or never ("Google, Facebook, and Twitter" stay: each is tagged; "Microsoft, and Huawei":
the corpus writes "Microsoft" only capitalised).

:func:`un_bodies`: "UN" written before the acronym of a United Nations body is part of its
name, where the model tags the acronym alone ("Bappenas–[UN ESCAP] Luncurkan CRISP",
"Indonesia–[UN ESCAP] dalam"); only an ORG of one acronym no gazetteer knows takes it, on
the same line and with a space between ("UN" is also the national exam, "Ujian Nasional").
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.resources import word_frequencies

__all__ = ["drop_english_orgs", "un_bodies"]

_ORG_SUFFIXES = ("tion", "ed", "ive")
_WINDOW = 3  # words either side


def _common(word: str) -> bool:
    """A word the corpus writes in lower case, or never writes ("Technology", "Prosperity";
    not "Microsoft", "Huawei": names)."""
    f = word_frequencies().get(word.lower())
    return f is None or f.lower > 0


def _linked(ctx: NerContext, e: Span, taken: set[int]) -> bool:
    """An English link word within ``_WINDOW`` words of ``e`` on its line, with no entity
    word between."""
    doc, links = ctx.doc, ctx.lex.english_links
    for step in (-1, 1):
        k, words = (e.start - 1 if step < 0 else e.end), 0
        while 0 <= k < len(doc) and words < _WINDOW:
            tok = doc[k]
            if "\n" in tok.text or "\n" in doc[min(k, k - step)].whitespace_:
                break
            if tok.is_alpha:
                if tok.text in links:  # lower case: "and", "of", "the"
                    return True
                if k in taken:
                    break
                words += 1
            k += step
    return False


def drop_english_orgs(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the ORGs that are one English common word (module docstring)."""
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in spans:
        word = e.text
        if (
            e.label_ == "ORG"
            and len(e) == 1
            and word.isalpha()
            and word.istitle()
            and value_of("ORG", word) is None
            and (
                ctx.english_ending(word, _ORG_SUFFIXES)
                or (_common(word) and _linked(ctx, e, taken))
            )
        ):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out


def un_bodies(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with "UN" joined to the unknown acronym ORG right after it (module
    docstring)."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in spans:
        k = e.start - 1
        if (
            e.label_ == "ORG"
            and len(e) == 1
            and k >= 0
            and k not in taken
            and doc[k].text == "UN"
            and doc[k].whitespace_ == " "
            and e.text.isupper()
            and e.text.isalpha()
            and value_of("ORG", e.text) is None
        ):
            ctx.drop_value(e)
            out.append(Span(doc, k, e.end, label="ORG"))
            continue
        out.append(e)
    return out
