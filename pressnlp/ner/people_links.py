"""Every mention of a person, the way releases name people: with a title first, then by one
name, or by initials.

:func:`link_people`, in this order:

* (press) a title in front of a PERSON is no part of it ("Prof KH [Noor]", "Jubir [Haryo]",
  "Lettu [Fauzy]"): ``data/ner/name_titles.txt``, the ranks and honorifics, the titles of
  ``person_cues.json``;
* a name word right before a PERSON belongs to it ("[Veddriq] Leonardo", "[Ma’ruf] Amin"),
  and two PERSON spans written together are one ("Diah Ipma Fithria" + "Laela Hidayati");
* a name after a title is a PERSON even where the model saw none ("Wamen [Nezar]
  menjelaskan");
* initials after "berinisial" are a PERSON ("berinisial [MH] (37)", "S (47), B (44), [AM]
  (32), dan [NT] (44)"), and so is every later bare mention of them;
* a first name or surname of a PERSON of the document is a PERSON wherever it stands alone
  ("[Veddriq] sendiri meraih medali emas", "kata [Erick]");
* a name so linked right before a PERSON joins it ("Wamen [Nezar Patria]", where the model
  found only "Patria").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import AWARD_WORDS
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import (
    is_common_word,
    name_token,
    person_words,
    title_abbreviation,
    title_at,
)

__all__ = ["link_people"]

_INITIALS = re.compile(r"[A-Z]{1,4}")
_INITIALS_CUES = frozenset({"berinisial", "inisial", "insial"})
_MAX_NAME = 3
# "Menkokesra", "Menkopolhukam", "Wamenkeu": coordinating and deputy minister titles
_COORDINATOR = re.compile(r"(?:Menko|Wamen)[A-Za-z]{2,}")


def _title(tok: Token, ctx: NerContext) -> bool:
    w = tok.text.rstrip(".")
    if not w[:1].isupper():
        return False
    titles, heads, _ = person_words()
    key = w if len(w) <= 3 else w.lower()
    return (
        w in ctx.lex.name_titles
        or w in heads
        or (key,) in titles
        or title_abbreviation(w)
        or _COORDINATOR.fullmatch(w) is not None
    )


def _name_word(tok: Token, ctx: NerContext) -> bool:
    """A word that can be (part of) a person's name here: capitalised like a name, no
    common word, title, institution or place word."""
    text = tok.text
    lex = ctx.lex
    if len(text) < 3 or text.isupper() or not name_token(tok) or _title(tok, ctx):
        return False
    if text in lex.name_stops or text in lex.unit_words or text.lower() in lex.org_heads:
        return False
    if text in lex.not_person_words:  # "Instruksi Presiden [Nomor] 4"
        return False
    if is_common_word(text) or text in gazetteer.portfolio_words():
        return False
    return known_as(text) == "" and gazetteer.lookup_location(text) is None


def _names_a_thing(ctx: NerContext, e: Span) -> bool:
    """A PERSON span that is no full name to spread: a word that is no name word, or the
    last word of an award or term ("Academic Library Innovation Award")."""
    return not all(_name_word(t, ctx) for t in e) or any(
        t.lower_ in AWARD_WORDS or t.lower_ in ctx.lex.term_tails for t in e
    )


def _strip_titles(ctx: NerContext, e: Span) -> Span | None:
    """The name inside a PERSON that holds titles: the gazetteer's cleaned name
    ("Menteri Keuangan [Sri Mulyani]", "[Maju Daryono Pakpahan] SH"), then title words left
    in front. Press conventions only: idner-news-2k keeps degrees and brackets inside."""
    if not ctx.options.press:
        return e
    name = value_of("PERSON", e.text)
    if isinstance(name, str) and name and name != e.text:
        at = e.text.rfind(name)
        start_char = e.start_char + at
        found = ctx.doc.char_span(
            start_char, start_char + len(name), label="PERSON", alignment_mode="contract"
        )
        if at >= 0 and found is not None and len(found):
            e = found
    start = _after_title(ctx.doc, e)
    while start < e.end and _title(ctx.doc[start], ctx):
        start += 1
    if start == e.start:
        return e
    return Span(ctx.doc, start, e.end, label="PERSON") if start < e.end else None


def _after_title(doc: Doc, e: Span) -> int:
    """Where a job title begun before the span ends inside it: "Juru [Bicara Haryo]" -> the
    index of "Haryo"; ``e.start`` when none does."""
    _, _, longest = person_words()
    end = e.start
    for k in range(max(0, e.start - longest + 1), e.start):
        size = title_at(doc, k)
        if k + size > end and k + size < e.end:
            end = k + size
    return end


def _same_line(doc: Doc, a: int) -> bool:
    """Tokens ``a`` and ``a + 1`` are written on one line, a space apart at most."""
    return "\n" not in doc[a].whitespace_ and not doc[a].is_space


def _first_name_before(ctx: NerContext, e: Span, before: list[Span]) -> bool:
    """ "final [Veddriq] Leonardo": a name word opening a capitalised run right before the
    PERSON (not the end of a title or place: "Menteri Penerangan Sikhanyiso Ndlovu",
    "Gubernur Jawa Barat Ahmad Heryawan")."""
    doc = ctx.doc
    k = e.start - 1
    if k < 0 or (before and before[-1].end > k) or not _same_line(doc, k):
        return False
    if not _name_word(doc[k], ctx) or doc[k].text in ctx.lex.name_forming:
        return False  # "Raja Abdullah": name-forming words are people.py's to decide
    return k == 0 or not (doc[k - 1].text[:1].isupper() or doc[k - 1].text[:1].isdigit())


def _person_after_unit(ctx: NerContext, e: Span, named: frozenset[str]) -> list[Span]:
    """ "Kepala [Badan Geologi Muhammad Wafid] secara resmi": after a job title, an ORG
    whose last words are a name (two or three name words after a common word, or a name the
    document uses elsewhere: "Wafid menegaskan", "ungkap Tantowi") is the unit and the person
    heading it. Where the document names the unit by itself (``named``: "Presiden [United In
    Diversity] Tantowi Yahya" and "bekerja sama dengan United In Diversity"), it is cut there."""
    doc = ctx.doc
    if len(e) < 4 or e.start == 0 or not _title(doc[e.start - 1], ctx):
        return [e]
    if e.end < len(doc) and doc[e.end].text[:1].isupper():
        return [e]

    def alone(k: int) -> bool:  # the word stands elsewhere in the document
        return any(t.text == doc[k].text and not e.start <= t.i < e.end for t in doc)

    cuts = [e.end - size for size in (2, 3) if e.end - size - e.start >= 2]
    evidence = [c for c in cuts if doc[e.start : c].text in named or alone(c)]
    surname_alone = not evidence and alone(e.end - 1)
    for cut in evidence or cuts:
        if not (evidence or surname_alone or is_common_word(doc[cut - 1].text)):
            continue
        if all(_name_word(t, ctx) for t in doc[cut : e.end]):
            ctx.drop_value(e)
            return [Span(doc, e.start, cut, label="ORG"), Span(doc, cut, e.end, label="PERSON")]
    return [e]


def _reshape(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Titles out of PERSON spans, the name word before them in, adjacent PERSONs joined."""
    doc = ctx.doc
    out: list[Span] = []
    named = frozenset(e.text for e in spans if e.label_ == "ORG")
    for e in sorted(spans, key=lambda x: x.start):
        if e.label_ == "ORG":
            out += _person_after_unit(ctx, e, named)
            continue
        if e.label_ != "PERSON":
            out.append(e)
            continue
        stripped = _strip_titles(ctx, e)
        if stripped is None:
            continue
        if stripped is not e and known_as(stripped.text) == "LOC":
            out.append(Span(doc, stripped.start, stripped.end, label="LOC"))  # "Sekda [Aceh]"
            continue
        e = stripped
        if _first_name_before(ctx, e, out):
            e = Span(doc, e.start - 1, e.end, label="PERSON")
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == e.start
            and _same_line(doc, prev.end - 1)
            and prev[-1].is_alpha
            and e[0].is_alpha
        ):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _initials(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the initials after "berinisial": "MH (37)", "S (47), B (44) dan NT"."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ not in _INITIALS_CUES:
            continue
        k = tok.i + 1
        while k < len(doc) and _INITIALS.fullmatch(doc[k].text):
            found.append((k, k + 1))
            k += 1
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3  # the age: "(37)"
            if k + 1 < len(doc) and doc[k].text in (",", "dan") and doc[k + 1].text != "dan":
                k += 1
            elif k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].text == "dan":
                k += 2
            else:
                break
    return found


def _free_name(ctx: NerContext, k: int, taken: set[int], names: set[str]) -> int:
    """End of a run of untagged name words from ``k`` (``names``: only those words)."""
    doc = ctx.doc
    j = k
    while j < len(doc) and j - k < _MAX_NAME and j not in taken and _name_word(doc[j], ctx):
        if names and doc[j].text not in names:
            break
        j += 1
        if not _same_line(doc, j - 1):
            break
    return j


def link_people(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Every person mention (module docstring). Returns the spans sorted by start."""
    doc = ctx.doc
    out = _reshape(ctx, spans)
    initials = _initials(doc)
    marks = {doc[a].text for a, _ in initials if len(doc[a].text) >= 2}
    out = [e for e in out if e.text not in marks]
    taken = {i for e in out for i in range(e.start, e.end)}
    added: list[Span] = []
    for a, b in initials:
        if a not in taken:
            added.append(Span(doc, a, b, label="PERSON"))
            taken.add(a)
    for tok in doc:
        if tok.text in marks and tok.i not in taken:
            added.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            taken.add(tok.i)
    for tok in doc[:-1]:
        cue = tok.text.rstrip(".") in ctx.lex.name_cues
        if cue and tok.i + 1 not in taken and _same_line(doc, tok.i):
            end = _free_name(ctx, tok.i + 1, taken, set())
            if end > tok.i + 1 and (end == len(doc) or not doc[end].text[:1].isupper()):
                added.append(Span(doc, tok.i + 1, end, label="PERSON"))
                taken.update(range(tok.i + 1, end))
    # only the words of full names ("Veddriq Leonardo"), not of a one-word or odd span
    names = {
        t.text
        for e in out + added
        if e.label_ == "PERSON" and len(e) >= 2 and not _names_a_thing(ctx, e)
        for t in e
    }
    # a word the document also uses in a body's or place's name is no one's name alone
    # ("Energy" of "Energy Transition Roundtable")
    names -= {t.text for e in out if e.label_ in ("ORG", "LOC") for t in e}
    for tok in doc:
        if tok.text in names and tok.i not in taken:
            end = _free_name(ctx, tok.i, taken, names)
            if end > tok.i:
                added.append(Span(doc, tok.i, end, label="PERSON"))
                taken.update(range(tok.i, end))
    kept = {(e.start, e.end, e.label_) for e in out}
    for e in spans:
        if (e.start, e.end, e.label_) not in kept:
            ctx.drop_value(e)
    return _join_linked(ctx, sorted(out + added, key=lambda x: x.start))


def _word(text: str) -> bool:
    """Letters, an apostrophe inside allowed ("Ma’ruf", "Mu'ti")."""
    return text.replace("’", "").replace("'", "").isalpha()


def _join_linked(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """A name linked right before a PERSON joins it ("Wamen [Nezar] [Patria]" is "Nezar
    Patria" where the model found only "Patria")."""
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == e.label_ == "PERSON"
            and prev.end == e.start
            and _same_line(doc, prev.end - 1)
            and _word(prev[-1].text)
            and _word(e[0].text)
        ):
            for x in (prev, e):
                ctx.drop_value(x)
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out
