"""A name never runs over the end of a sentence (press conventions: flat spans of one name).

The model lets a span run on over a full stop into the next sentence's first words,
most often in glued or run-on releases: "[Badan Geologi. Sementara]", "kebijakan
[Kementerian/Lembaga. Kesepakatan] ini", "[Uni Eropa. Kolaborasi Indonesia]", "[Kampus
Fakultas Ekonomi dan Bisnis (FEB) Unpad. Ferry]".

:func:`cut_sentence_ends`: a PERSON, ORG or LOC holding a full stop that stands as a token
of its own after a word of five letters or more that is not written in capitals and before
a capitalised word ends before the full stop; of what follows, the common words that open
the sentence go ("Sementara", "Kesepakatan") and a place or body the gazetteer knows stays
as its own span ("Kolaborasi [Indonesia]"). A short abbreviation keeps its name ("Prov.
Jawa Tengah", "Kab. Bogor", "Jl. Sudirman": four letters or fewer), and so does an acronym
("PT. PLN (Persero)"). A class of bodies left before the full stop is no ORG either
("lintas Kementerian/Lembaga. Kesepakatan ...": ``data/ner/generic_orgs.txt``).
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import known_as
from pressnlp.ner.names import is_common_word

__all__ = ["cut_sentence_ends"]

_MIN_WORD = 5  # letters of the word before the full stop: no abbreviation


def _stop_at(e: Span) -> int:
    """The index of a sentence end inside ``e`` (module docstring), or -1."""
    doc = e.doc
    for k in range(e.start + 1, e.end - 1):
        before, after = doc[k - 1], doc[k + 1]
        if (
            doc[k].text == "."
            and not before.whitespace_
            and doc[k].whitespace_
            and before.is_alpha
            and len(before.text) >= _MIN_WORD
            and not before.is_upper
            and after.text[:1].isupper()
        ):
            return k
    return -1


def cut_sentence_ends(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans cut at a sentence end inside them (module docstring)."""
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        k = _stop_at(e) if e.label_ in ("PERSON", "ORG", "LOC") else -1
        if k < 0:
            out.append(e)
            continue
        ctx.drop_value(e)
        head = doc[e.start : k]
        if " ".join(head.text.lower().split()) not in ctx.lex.generic_orgs:
            out.append(Span(doc, e.start, k, label=e.label_))  # not "[Kementerian/Lembaga]"
        start = k + 1
        while start < e.end and is_common_word(doc[start].text):
            start += 1
        label = known_as(doc[start : e.end].text) if start < e.end else ""
        if label:
            out.append(Span(doc, start, e.end, label=label))
    return out
