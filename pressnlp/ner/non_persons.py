"""What the model takes for a person and is none (press conventions), after the
person/organisation boundaries are fixed.

:func:`place_persons`: a country is no person, and the model reads a country written before
a name, or standing alone where a name could, as part of a PERSON:

* a PERSON or ORG that opens with a country and goes on with a person's name is a LOC and a
  PERSON ("Presiden [Brasil] [Luiz Inacio Lula da Silva]", "Presiden [AS] [Donald Trump]"),
  and so is such a LOC no gazetteer knows a job title comes shortly before ("Duta Besar
  Indonesia untuk [Kuwait] [Lena Maryana Mukti]", "Kepala Perwakilan Asian Development Bank
  di [Indonesia] [Jiro Tominaga]");
* a PERSON that is exactly a country is a LOC ("“[Brasil] telah membuktikan ..."), and so
  is one that is exactly a region or city the gazetteer knows ("gempabumi Palu, [Sigi] dan
  [Donggala]", "staf KBRI [Cairo]"), unless a title comes before it or the document names a
  person with its words ("Bima Arya ... [Bima]").

:func:`not_names`: a name of several words holds no acronym and no lower-case word but its
particles ("bin", "da"): "Physical AI", "Make in India", "Seluruh SPPG", "Satya Lencana Karya
Satya PNS" are no PERSON (an all-capitals name, "ERICK THOHIR", and initials, "MH", are);
nor is one capitalised word standing in an English phrase, with an English link word
(``data/ner/english_links.txt``) right before or after it ("Innovation, [Ethics], and the
Future", "[Together], we can") or with the ending of an English common word
(``data/ner/english_suffixes.txt``: "Learn, [Evaluate], dan [Reflect]", "[Society] 5.0"),
unless a title comes before it or the document names the person in full ("Pak [Peace]",
"[Candy] ... Candy Ashley"); nor a PERSON whose first two
words the document writes in lower case elsewhere, a common noun ("empat sabo dam ..., yakni
[Sabo Dam] (TK-D.1)").
A name of several words ending with an English head noun names no person: a system, a
programme or a term ("SITANGGAP - [Rapid Stroke Symptom Capture System]": none; the heads
of ``data/ner/term_tails.txt`` too), or a body ("Data [Safer Internet Center] menunjukkan":
an ORG, less the Indonesian common words opening it).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.names import is_common_word, looks_like_name, title_at

__all__ = ["not_names", "place_persons"]

_ROMAN = re.compile(r"[IVXLC]+")  # "Hamengkubuwono X", "Paus Leo XIV"
_COUNTRY_WORDS = 3  # "Amerika Serikat", "Papua Nugini", "Republik Rakyat Tiongkok"
_TITLE_WORDS = 6  # words between a job title and the country a LOC runs on from
# English last words of a body's name, and of a system's or programme's (none)
_BODY_TAILS = frozenset({"center", "centre", "council", "agency", "network", "alliance", "hub"})
_SYSTEM_TAILS = frozenset({"system", "systems", "platform", "programme", "application", "app"})


def _country(span: Span) -> bool:
    return span[0].text[:1].isupper() and gazetteer.lookup_country(span.text) is not None


def _split(ctx: NerContext, e: Span) -> list[Span]:
    doc = ctx.doc
    # an ORG needs a job title before it: "Presiden AS Donald Trump", not "Indonesia Bullion
    # Market Association"
    if e.label_ == "LOC":
        if gazetteer.lookup_location(e.text) is not None or not _title_near(doc, e.start):
            return [e]
    elif not (e.label_ == "PERSON" or (e.start > 0 and doc[e.start - 1].text[:1].isupper())):
        return [e]
    for size in range(min(_COUNTRY_WORDS, len(e) - 2), 0, -1):
        head, rest = doc[e.start : e.start + size], doc[e.start + size : e.end]
        if _country(head) and len(rest) >= 2 and looks_like_name(rest):
            ctx.drop_value(e)
            return [
                Span(doc, head.start, head.end, label="LOC"),
                Span(doc, rest.start, rest.end, label="PERSON"),
            ]
    return [e]


def _title_near(doc: Doc, i: int) -> bool:
    """A job title opens one of the ``_TITLE_WORDS`` words before ``i`` in its clause ("Duta
    Besar Indonesia untuk [Kuwait] ...", "Kepala Perwakilan Asian Development Bank di
    [Indonesia] ...")."""
    for k in range(i - 1, max(-1, i - 1 - _TITLE_WORDS), -1):
        if doc[k].is_punct or "\n" in doc[k].whitespace_:
            return False
        if title_at(doc, k):
            return True
    return False


def _known_place(ctx: NerContext, e: Span, named: set[str]) -> bool:
    """A PERSON that is exactly a region or city the gazetteer knows ("Palu, [Sigi] dan
    [Donggala]", "KBRI [Cairo]"), unless a title comes before it or the document names a
    person with its words ("Bima Arya ... [Bima]")."""
    if not e[0].text[:1].isupper() or any(t.text in named for t in e):
        return False
    if ctx.after_name_cue(e):
        return False
    return gazetteer.lookup_location(e.text) is not None


def place_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with countries and known places out of PERSONs (module docstring)."""
    # the words of the names of several words that are no place ("Nagan Raya" is one)
    named = {
        t.text
        for e in spans
        if e.label_ == "PERSON" and len(e) >= 2 and gazetteer.lookup_location(e.text) is None
        for t in e
    }
    out: list[Span] = []
    for e in spans:
        if e.label_ not in ("PERSON", "ORG", "LOC"):
            out.append(e)
        elif e.label_ == "LOC":  # "Duta Besar Indonesia untuk [Kuwait] [Lena Maryana Mukti]"
            out += _split(ctx, e) if len(e) >= 3 else [e]
        elif e.label_ == "PERSON" and (_country(e) or _known_place(ctx, e, named)):
            ctx.drop_value(e)
            out.append(Span(ctx.doc, e.start, e.end, label="LOC"))
        elif len(e) >= 3 and not gazetteer.exact_institution(e.text):
            out += _split(ctx, e)
        else:
            out.append(e)
    return out


def _foreign_word(ctx: NerContext, t: Token) -> bool:
    """A word no personal name holds: an acronym ("AI", "SPPG") or a lower-case word that is
    no name particle ("in")."""
    text = t.text
    if not t.is_alpha:
        return False
    if text.isupper():
        return len(text) >= 2 and _ROMAN.fullmatch(text) is None
    return text.islower() and text not in ctx.lex.name_particles


def _neighbour(e: Span, step: int) -> Token | None:
    """The word next to ``e`` on its line (``step`` -1 before, 1 after), one punctuation
    mark skipped."""
    doc = e.doc
    k = e.start - 1 if step < 0 else e.end
    for _ in range(2):
        if not 0 <= k < len(doc) or "\n" in doc[min(k, k - step)].whitespace_:
            return None
        if doc[k].is_alpha:
            return doc[k]
        if not doc[k].is_punct:
            return None
        k += step
    return None


def _english_word(ctx: NerContext, e: Span, named: set[str]) -> bool:
    """One capitalised word in an English phrase (module docstring)."""
    word = e.text
    if len(e) != 1 or not word.istitle() or not word.isalpha() or word in named:
        return False
    if ctx.after_name_cue(e):
        return False
    if ctx.english_ending(word):
        return True  # "Learn, [Evaluate], dan [Reflect]", "era [Society] 5.0"
    links = ctx.lex.english_links
    return any(
        (t := _neighbour(e, step)) is not None and t.lower_ in links and t.lower_ == t.text.lower()
        for step in (-1, 1)
    )


def _lower_pairs(ctx: NerContext) -> set[tuple[str, str]]:
    """Pairs of words the document writes in lower case ("empat sabo dam di DAS")."""
    doc = ctx.doc
    return {
        (a.text, b.text)
        for a, b in itertools.pairwise(doc)
        if a.is_lower and b.is_lower and a.is_alpha and b.is_alpha
    }


def _english_head(ctx: NerContext, e: Span) -> Span | None:
    """A PERSON of several words ending with an English head noun (module docstring): the
    body's ORG, ``None`` for a system or a term, ``e`` itself otherwise."""
    low = e[-1].lower_
    if e.label_ != "PERSON" or len(e) < 2 or not e[-1].is_title:
        return e
    if low in _SYSTEM_TAILS or low in ctx.lex.term_tails:
        return None
    if low not in _BODY_TAILS:
        return e
    start = e.start
    while start < e.end - 2 and is_common_word(e.doc[start].text):
        start += 1  # "Data [Safer Internet Center]"
    return Span(e.doc, start, e.end, label="ORG")


def not_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the PERSONs that are no names (module docstring)."""
    named = {t.text for e in spans if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    lower = _lower_pairs(ctx) if any(e.label_ == "PERSON" for e in spans) else set()
    out: list[Span] = []
    for e in spans:
        if (head := _english_head(ctx, e)) is not e:
            ctx.drop_value(e)
            if head is not None:
                out.append(head)
            continue
        if e.label_ == "PERSON" and (
            (len(e) >= 2 and not e.text.isupper() and any(_foreign_word(ctx, t) for t in e))
            or _english_word(ctx, e, named)
            or (len(e) >= 2 and (e[0].lower_, e[1].lower_) in lower)
        ):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
