"""Capitalised words the model takes for a person and that name something else (press
conventions), read off entity outputs on unlabelled releases.

:func:`odd_persons`:

* a subsidiary's name after its parent company is part of the company's ORG ("Kantor Utama
  [PT Pertamina Hulu Rokan] (PHR)", "ke [Pertamina Hulu Mahakam]"; the spec writes
  companies as written, a unit together with its parent as one span): a PERSON right after
  an ORG ending with a company the gazetteer knows by one word ("Pertamina", "PT
  Pertamina"), on the same line and with no job title or acronym before the company
  ("Direktur Utama Pertamina Nicke Widyawati", "CEO PT ..." keep their PERSON), with the
  numbered units after it ("[PT Pertamina Hulu Rokan Regional 1 Zona 4]"), but not a full
  name with no acronym and no word the corpus writes in lower case ("Baitul Maal PLN
  [Dewi Setyaharini]": "Hulu", "Niaga", "Power" are); one word
  in that place names a product or programme of the company, no entity ("Nasabah PNM
  [Mekaar]");
* a PERSON that the release writes right after a noun of an idea or with one in apposition
  after it (``data/ner/idea_nouns.txt``: "terinspirasi dari Tri Hita Karana, filosofi
  luhur dari Bali") names a term, no entity, and so do its other mentions;
* a PERSON that the release writes right after a lower-case noun of a group of people
  (``data/ner/group_nouns.txt``: "kelompok Mama Bamboo") names a body, an ORG, and so do
  its other mentions;
* a one-token PERSON that holds a sentence end or a bracket ("datang.(SF", the writer's
  initials glued to the last sentence; "MW.Bahlil"; not initials, "H.M.Prasetyo"), opens
  in lower case ("kV") or is lower-case words glued together ("Melaluisandboxini":
  "melalui" + "sandbox" + "ini"; a first word of five letters or more, written in lower
  case in the corpus, then a word of four letters or more or two words: not "Nasirun",
  "Salampak", "Poincare"; after a common word of eight letters or more, any four letters:
  "Permintaansilicon") is no name;
* a LOC no gazetteer knows coordinated after a pair of compass words names a direction of
  cooperation, no place ("Kerja Sama Selatan–Selatan dan [Triangular]").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of
from pressnlp.ner.names import glue_word, title_at, title_last_words
from pressnlp.ner.offices import after_head_office
from pressnlp.resources import word_frequencies

__all__ = ["odd_persons"]

# a sentence end or a bracket glued inside a token: "datang.(SF", "MW.Bahlil", "BBM.BPS"
_GLUE_MARKS = re.compile(r"[A-Za-z]{2}\.[(A-Za-z]|\w\(")
_APOSTROPHES = re.compile(r"['’‘ʼ-]")
_COMPANY_TYPES = frozenset({"bumn", "anak_usaha_bumn"})
_DASHES = frozenset({"-", "–", "—"})
_MIN_GLUE = 4  # letters of the word a glued token ends with (one more for its first word)
# words of a company's unit that take a number: "Regional 1 Zona 4", "Area II"
_NUMBERED = frozenset({"Regional", "Region", "Zona", "Wilayah", "Area", "Divisi", "Unit"})
_NUMBER = re.compile(r"\d{1,2}|[IVX]{1,4}")
# a common word this long glued to four letters or more is no name whatever follows it
# ("Permintaansilicon": "silicon" is never written in lower case in the corpus); no PERSON
# word of the NER corpora or the press outputs, none of the 21,802 words of the DBpedia
# person list opens with one
_LONG_HEAD = 8
_LOWER_USES = 10  # lower-case uses that make a word a subsidiary's, not a name's


def _company(o: Span) -> bool:
    """``o`` ends with a company the gazetteer knows by one word, alone or after "PT"
    ("Pertamina", "Kantor Utama PT Pertamina"; not "PT POS Indonesia")."""
    last = o[-1]
    if o.label_ != "ORG" or (len(o) > 1 and o.doc[last.i - 1].text != "PT"):
        return False
    value = value_of("ORG", last.text)
    return value is not None and value.get("type") in _COMPANY_TYPES


def _subsidiary(ctx: NerContext, o: Span, e: Span) -> bool:
    """``e`` (a PERSON) names a subsidiary of the company ``o`` right before it, with no
    job title before the company ("CEO PT X [Name]", "Direktur Utama Pertamina [Name]")."""
    doc = ctx.doc
    if e.label_ != "PERSON" or o.end != e.start or "\n" in doc[o.end - 1].whitespace_:
        return False
    if not doc[o.end - 1].whitespace_ or not _company(o):
        return False
    if title_at(doc, o.start):  # "Direktur Utama PT Pertamina" read as one ORG
        return False
    if len(e) >= 2 and not any(_unit_word(t.text) for t in e):
        return False  # a full name: "Baitul Maal PLN [Dewi Setyaharini]"
    if after_head_office(doc, o.start):  # "Kantor Utama [PT Pertamina] Hulu Rokan"
        return True
    before = doc[o.start - 1].text.rstrip(".") if o.start else ""
    return before.lower() not in title_last_words() and not before.isupper()


def _unit_word(word: str) -> bool:
    """A word a subsidiary's name holds and a person's does not: an acronym ("EP Cepu") or a
    word the corpus writes in lower case ("Hulu", "Niaga", "Power"; not "Dewi": 1 in 238)."""
    if word.isupper():
        return True
    f = word_frequencies().get(word.lower())
    return f is not None and f.lower >= _LOWER_USES


def _numbered_end(doc: Doc, end: int) -> int:
    """Where a subsidiary's name ends when its last word takes a number and numbered units
    follow ("[PT Pertamina Hulu Rokan Regional 1 Zona 4]": the PERSON the model saw ended
    before "1"): past each number and each "<unit word> <number>" after it."""
    k = end
    while k < len(doc) and doc[k - 1].text in _NUMBERED and _NUMBER.fullmatch(doc[k].text):
        k += 1
        if k + 1 < len(doc) and doc[k].text in _NUMBERED and _NUMBER.fullmatch(doc[k + 1].text):
            k += 1
    return k


def _join_subsidiaries(ctx: NerContext, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for e in spans:
        if out and _subsidiary(ctx, out[-1], e):
            ctx.drop_value(e)
            if len(e) == 1:  # a product or programme of the company: "PNM [Mekaar]"
                continue
            o = out.pop()
            ctx.drop_value(o)
            out.append(Span(ctx.doc, o.start, _numbered_end(ctx.doc, e.end), label="ORG"))
            continue
        out.append(e)
    return out


def _cued(doc: Doc, e: Span, nouns: frozenset[str], appositive: bool) -> bool:
    """A lower-case noun of ``nouns`` right before ``e`` ("kelompok Mama Bamboo"), or with
    ``appositive`` one after a comma right after it ("Tri Hita Karana, filosofi luhur")."""
    if e.start and doc[e.start - 1].text in nouns:
        return True
    k = e.end
    return appositive and k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text in nouns


def _glued(word: str) -> bool:
    """A one-token name that is no name: punctuation inside ("datang.(SF") or lower-case
    words glued ("Melaluisandboxini")."""
    if _GLUE_MARKS.search(word) or word[:1].islower():  # not "H.M.Prasetyo", "Md."
        return True
    word = _APOSTROPHES.sub("", word)  # "Mu’ti", "Al-Qaeda" are names
    if not word.isalpha() or not word[1:].islower():
        return False
    low, freq = word.lower(), word_frequencies()
    if low in freq:
        return False
    for cut in range(_MIN_GLUE + 1, len(low) - 2):  # not "Sang|kara", "Poin|care"
        common = glue_word(low[:cut])
        long_head = cut >= _LONG_HEAD and len(low) - cut >= _MIN_GLUE  # "Permintaan|silicon"
        if common and (long_head or _words(low[cut:])):
            return True
    return False


def _words(rest: str) -> bool:
    """``rest`` is a word or two glued that the corpus writes in lower case ("sandboxini":
    "sandbox" + "ini"; "press": 8 lower-case of 42)."""
    freq = word_frequencies()

    def word(w: str) -> bool:
        f = freq.get(w)
        return len(w) >= 3 and f is not None and f.lower >= 3

    alone = len(rest) > _MIN_GLUE - 1 and word(rest)  # not "Nasi|run", "Salam|pak"
    return alone or any(word(rest[:c]) and word(rest[c:]) for c in range(3, len(rest) - 2))


def _compass_pair(ctx: NerContext, e: Span) -> bool:
    """ "Selatan–Selatan dan [Triangular]": a LOC no gazetteer knows after a pair of compass
    words joined by a dash and "dan"."""
    doc, k = ctx.doc, e.start
    if e.label_ != "LOC" or k < 4 or value_of("LOC", e.text) is not None:
        return False
    a, dash, b, link = doc[k - 4 : k]
    compass = ctx.lex.compass
    return (
        link.lower_ in ("dan", "and")
        and dash.text in _DASHES
        and a.lower_ in compass
        and b.lower_ in compass
    )


def odd_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with subsidiaries joined to their companies, ideas and glued tokens out and
    groups of people as ORGs (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    spans = _join_subsidiaries(ctx, spans)
    persons = [e for e in spans if e.label_ == "PERSON"]
    ideas = {e.text for e in persons if _cued(doc, e, lex.idea_nouns, appositive=True)}
    groups = {e.text for e in persons if _cued(doc, e, lex.group_nouns, appositive=False)}
    out: list[Span] = []
    for e in spans:
        person = e.label_ == "PERSON"
        glued = person and len(e) == 1 and _glued(e.text)
        if (person and e.text in ideas) or glued or _compass_pair(ctx, e):
            ctx.drop_value(e)
        elif person and e.text in groups:
            ctx.drop_value(e)
            out.append(Span(doc, e.start, e.end, label="ORG"))
        else:
            out.append(e)
    return out
