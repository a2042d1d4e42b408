"""Cues for names and job titles that several passes share: is a word common, does a job
title start here, does a run of tokens look like a personal name."""

from __future__ import annotations

import functools
import json
import re

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.lookup import trim, value_of

# the word-form case counts of stem_freq.tsv.gz
from pressnlp.resources import data_file, word_frequencies

__all__ = [
    "degree_words",
    "is_common_word",
    "known_non_person",
    "looks_like_name",
    "name_token",
    "paragraph_start",
    "person_label",
    "person_words",
    "sentence_initial_word",
    "sentence_start",
    "title_abbreviation",
    "title_at",
    "title_last_words",
]

_SENTENCE_END = frozenset([".", "!", "?", ":", ";", "…"])
_OPENERS = frozenset(["“", '"', "'", "‘", "(", "[", "-", "–", "—"])


_GLUE_USES = 20  # lower-case uses that make a word common enough to be glued


def is_common_word(word: str) -> bool:
    """Mostly written lower-case inside sentences ("Paparan": 66 lower, 4 capitalised),
    unlike names ("Faisal": 0 / 59) or name-like words ("Indah": 208 / 118).

    >>> is_common_word("Paparan"), is_common_word("Faisal")
    (True, False)
    """
    f = word_frequencies().get(word.lower())
    return f is not None and f.lower >= 3 and f.lower > 2 * f.midcap


def glue_word(word: str) -> bool:
    """A lower-case word common enough to be glued to the next in scraped text: written in
    lower case 20 times or more, and at least twice as often as capitalised mid-sentence
    ("dengan", "melalui"; the glued-token passes, :mod:`.glued_spans` and
    :mod:`.odd_persons`)."""
    f = word_frequencies().get(word)
    return f is not None and f.lower >= max(_GLUE_USES, 2 * f.midcap)


@functools.cache
def _person_cues() -> dict[str, list[str]]:
    cues: dict[str, list[str]] = json.loads(
        data_file("person_cues.json").read_text(encoding="utf-8")
    )
    return cues


@functools.cache
def person_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """Job titles as word tuples (lower-case; exact case for short abbreviations such as
    "GM", "Pj", "Dir"), the first words of all titles/honorifics, the longest title."""
    cues = _person_cues()
    titles: set[tuple[str, ...]] = set()
    for t in cues["titles"]:
        words = tuple(w.rstrip(".") for w in t.split())
        titles.add(tuple(w if len(w) <= 3 else w.lower() for w in words))
    heads = {t.split()[0].rstrip(".") for t in cues["titles"] + cues["prefixes"]}
    return frozenset(titles), frozenset(heads), max(len(t) for t in titles)


@functools.cache
def degree_words() -> frozenset[str]:
    """Academic degrees written after a name ("SH", "M.Si"), with and without dots."""
    out: set[str] = set()
    for d in _person_cues()["suffixes"]:
        d = d.rstrip(".")
        if d[:1].isupper() and len(d) <= 8 and d not in {"Purn", "Purnawirawan"}:
            out.update([d, d.replace(".", "")])
    return frozenset(out)


@functools.cache
def title_last_words() -> frozenset[str]:
    """The last word of every job title (as :func:`person_words` writes it)."""
    titles, _, _ = person_words()
    return frozenset(t[-1] for t in titles)


def title_at(doc: Doc, i: int) -> int:
    """Length of the job title starting at token ``i`` ("Kepala Bidang" -> 2), else 0.
    Only capitalised titles: in apposition a position is written like a name."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return 0
    titles, _, longest = person_words()
    best = 0
    key: tuple[str, ...] = ()
    for j in range(i, min(len(doc), i + longest)):
        w = doc[j].text.rstrip(".")
        if not w:
            break
        key = (*key, w if len(w) <= 3 else w.lower())
        if key in titles:
            best = j - i + 1
    return best


def sentence_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence, a line, or a quote or bracket that does."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.text in _SENTENCE_END or "\n" in prev.text_with_ws:
        return True
    return prev.text in _OPENERS and sentence_start(doc, i - 1)


def paragraph_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the doc or a line."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def sentence_initial_word(doc: Doc, span: Span) -> bool:
    """ "Paparan diakhiri dengan ...": one capitalised common word opening a sentence,
    not followed by another capitalised word (a name would go on: "Indah Sari")."""
    if len(span) != 1 or not sentence_start(doc, span.start):
        return False
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    return is_common_word(span.text)


def name_token(tok: Token) -> bool:
    """Capitalised like a word of a name ("Faisal", "O'Neil", "A.", "M.A."), no digits."""
    t = tok.text
    if not t[:1].isupper() or any(c.isdigit() for c in t):
        return False
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*", t))


def known_non_person(text: str) -> bool:
    """An institution, region, country or continent the gazetteer knows."""
    t = trim(text)
    if not t or value_of("ORG", t) is not None or value_of("LOC", t) is not None:
        return True
    return any(gazetteer.exact_institution(w) for w in t.split() if w[:1].isupper())


def title_abbreviation(word: str) -> bool:
    """ "Menkeu", "Wamenhan": minister titles built on a ministry acronym ("Kemenkeu", "Kemhan").

    >>> title_abbreviation("Menkeu"), title_abbreviation("Mentari")
    (True, False)
    """
    m = re.fullmatch(r"(?:Wa[Mm]|M)en([a-z]{2,})", word)
    if m is None:
        return False
    return any(gazetteer.exact_institution(f"{k}{m[1]}") for k in ("Kemen", "Kem"))


def looks_like_name(span: Span) -> bool:
    """Up to six name-like words, not an acronym, an institution or unit head, a title or a
    lone common word ("Ika Mardiah" yes; "BPBD", "Kepala Dinas", "Keuangan" no)."""
    lex = lexicon()
    toks = list(span)
    if not toks or len(toks) > 6 or (span.text.isupper() and len(toks) == 1):
        return False
    if toks[0].lower_ in lex.name_particles or toks[-1].lower_ in lex.name_particles:
        return False
    if not any(t.text[:1].isupper() and not t.text.isupper() for t in toks):
        return False  # acronyms only: "BPBD", "KNIU"
    _, heads, _ = person_words()
    first = toks[0].text.rstrip(".")
    if (
        first in lex.name_stops
        or first in lex.unit_words
        or first in lex.loc_ok_before
        or first in heads
    ):
        return False
    if len(toks) == 1 and (is_common_word(first) or first in gazetteer.portfolio_words()):
        return False  # a portfolio left from a list of titles: "Wakil Menteri Kesehatan, ..."
    if any(title_abbreviation(t.text) for t in toks):
        return False
    return all(name_token(t) or t.lower_ in lex.name_particles for t in toks)


def person_label(span: Span) -> str:
    """ "ORG" for a model PERSON holding an institution word ("Emil Salim Institute"), else
    "PERSON"."""
    return "ORG" if {t.lower_ for t in span} & lexicon().institution_words else "PERSON"
