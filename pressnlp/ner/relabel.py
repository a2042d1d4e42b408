"""Labels by the annotated corpora's conventions.

* :func:`relabel_spans`: a known place is a LOC and a known institution an ORG whatever
  the model said; a LOC after "anggota/kelompok" is an ORG, one ending in a degree a PERSON;
* :func:`drop_place_roles`: a place in a job title, modifying a noun or as the subject of a
  verb is no LOC ("Gubernur Jawa Barat", "turis Jepang", "Israel meluncurkan");
* :func:`listed_bodies` (press): a LOC no gazetteer knows between two ORGs of one list is an
  ORG ("mitra ... Indofood, [Japfa], BPDP", "Bank Mandiri, [Tapera], dan Taspen"), and so is
  a PERSON there ("didukung oleh KAPPI, [Artha Graha], Royal Golden Eagle");
* :func:`body_persons` (press): a PERSON whose words the release tags as an ORG at least as
  often is that body, a company named like a person ("Chairman [Eagle Hills] serta Pendiri
  Emaar", "lanjut Erick, [Eagle Hills] juga siap" where "BUMN dan [Eagle Hills] telah
  sepakat" is an ORG); not after an honorific ("Pak [Fatih]"). An ORG made of a title and a
  name the release tags as a PERSON is that PERSON ("dipimpin oleh Ambassador [Ted Osius]").
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import (
    degree_words,
    looks_like_name,
    person_words,
    title_at,
    title_last_words,
)

__all__ = [
    "body_persons",
    "drop_place_roles",
    "listed_bodies",
    "place_role",
    "relabel",
    "relabel_spans",
]

# what joins two items of a list: a comma, "dan"/"serta", an item's bracketed acronym before it
_MAX_ITEMS = 2  # unknown items side by side in a list of bodies
_MAX_GAP = 24  # characters: a list's join is short, and the pattern is not run on long gaps
_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)"
)  # no two runs of spaces side by side: linear on any gap

_VERB_AFTER_SUBJECT = re.compile(
    r"(?:me|mem|men|meng|meny|ber|di)[a-z]{3,}$|(?:telah|akan|juga|tidak|sudah|masih|harus|dapat|bisa|pun)$"
)


def relabel_spans(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Every span with its label set by :func:`relabel`; a relabelled span loses its value."""
    out = list(spans)
    for i, e in enumerate(out):
        label = relabel(ctx.doc, e)
        if label:
            ctx.drop_value(e)
            out[i] = Span(ctx.doc, e.start, e.end, label=label)
    return out


def relabel(doc: Doc, e: Span) -> str:
    """The new label of ``e``, or ``""`` to keep it.

    A model LOC that is a group ("anggota Al-Qaeda", "kelompok Hamas") is an ORG; one that
    ends in an academic degree ("Maju Daryono Pakpahan SH") is a PERSON. A model ORG that is
    exactly a known place ("Uni Soviet") is a LOC: idner-news-2k train labels known country,
    city and region names LOC 314x, ORG 0x; and the other way round for exact institution
    names ("Unila": ORG 353x, LOC 3x).
    """
    if e.label_ == "ORG":
        return "LOC" if known_as(e.text) == "LOC" else ""
    if e.label_ != "LOC":
        return ""
    if known_as(e.text) == "ORG":
        return "ORG"
    if (
        e.start > 0
        and doc[e.start - 1].lower_ in lexicon().membership_nouns
        and doc[e.start - 1].is_lower
    ):
        return "ORG"
    last = doc[e.end - 1].text.rstrip(".")
    if len(e) > 1 and last in degree_words() and looks_like_name(doc[e.start : e.end - 1]):
        return "PERSON"
    return ""


def drop_place_roles(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the LOCs that name a role rather than a place (see :func:`place_role`).
    Not run with the ``place_roles`` option."""
    return [e for e in spans if e.label_ != "LOC" or not place_role(ctx.doc, e)]


def place_role(doc: Doc, e: Span) -> bool:
    """ "Gubernur Jawa Barat", "Menteri Pertahanan Amerika Serikat", "turis Jepang",
    "Israel meluncurkan serangan": the place names a role, a nationality or an actor."""
    lex = lexicon()
    prev = doc[e.start - 1] if e.start else None
    if prev is not None and prev.lower_ in lex.place_modified and prev.is_lower:
        return True
    # the subject of a verb, not after a locative preposition: "Israel meluncurkan
    # serangan", "Afrika Selatan juga mengikuti" (idner-news-2k train: O 72x, LOC 22x)
    if e.end < len(doc) and (prev is None or prev.lower_ not in lex.locative_before):
        nxt = doc[e.end]
        if nxt.is_lower and _VERB_AFTER_SUBJECT.match(nxt.text):
            return True
    if prev is None:
        return False
    # a job title ends right before the place, or before a few portfolio words
    _, _, longest = person_words()
    last_words = title_last_words()
    for gap in range(0, 4):
        end = e.start - gap
        if end < 1 or (gap and not doc[end].text[:1].isupper()):
            break
        w = doc[end - 1].text.rstrip(".")
        if (w if len(w) <= 3 else w.lower()) not in last_words:
            continue
        for k in range(max(0, end - longest), end):
            if title_at(doc, k) == end - k:
                return True
    return False


def listed_bodies(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with each LOC no gazetteer knows and each PERSON that stands between two
    ORGs of one list relabelled ORG, up to two such items side by side ("KAPPI, [Artha
    Graha], [Royal Golden Eagle], Indofood"; module docstring)."""
    text = ctx.text
    spans = sorted(spans, key=lambda x: x.start)
    listed = [
        a.label_ != "DATE"
        and b.label_ != "DATE"
        and len(gap := text[a.end_char : b.start_char]) <= _MAX_GAP
        and _LIST_GAP.fullmatch(gap) is not None
        for a, b in itertools.pairwise(spans)
    ]

    def item(e: Span) -> bool:
        return e.label_ == "PERSON" or (e.label_ == "LOC" and value_of("LOC", e.text) is None)

    def org_at(k: int, step: int) -> bool:
        """An ORG of the same list ``step`` (-1 or 1) from span ``k``, past other items."""
        for _ in range(_MAX_ITEMS):
            if not listed[min(k, k + step)]:
                return False
            k += step
            if spans[k].label_ == "ORG":
                return True
            if not item(spans[k]) or not 0 < k < len(spans) - 1:
                return False
        return False

    out = list(spans)
    for k in range(1, len(spans) - 1):
        if item(spans[k]) and org_at(k, -1) and org_at(k, 1):
            ctx.drop_value(spans[k])
            out[k] = Span(ctx.doc, spans[k].start, spans[k].end, label="ORG")
    return out


def body_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with each PERSON the release tags as an ORG at least as often relabelled
    ORG (module docstring)."""
    votes: dict[str, int] = {}
    for e in spans:
        if e.label_ in ("PERSON", "ORG"):
            votes[e.text] = votes.get(e.text, 0) + (1 if e.label_ == "ORG" else -1)
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        if e.label_ == "PERSON" and votes.get(e.text, -1) >= 0 and not ctx.after_name_cue(e):
            ctx.drop_value(e)
            e = Span(doc, e.start, e.end, label="ORG")
        elif (
            e.label_ == "ORG"
            and len(e) >= 3
            and e[0].text in ctx.lex.name_titles
            and votes.get(e[1:].text, 0) < 0  # "dipimpin oleh [Ambassador] Ted Osius"
        ):
            ctx.drop_value(e)
            e = Span(doc, e.start + 1, e.end, label="PERSON")
        out.append(e)
    return out
