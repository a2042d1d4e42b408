"""A named venue or building is a LOC (press conventions): "di [The Stones Hotel], Legian",
"di [Takes Mansion and Hotel], Jakarta", "di [Hotel Borobudur]"; a kind of venue tagged alone
takes the number that names it ("[Terminal 2F]").

The model reads hotels and halls as companies. An ORG right after "di" whose first or last
word names a kind of building (``venue_words.txt``: Hotel, Resort, Ballroom, Convention
Center, Gedung, ...) is where something happens, not a body; a legal form ("di PT Sahid Jaya
Hotel") or a known institution keeps it an ORG.

:func:`facility_places`: an acronym of a kind of venue (``facility_acronyms.txt``: RSUD, TMP,
TPU, KHDTK, ...) and the name after it are one place ("[TMP Kalibata]", "[RSUD Aceh Tamiang]
Kian Dipulihkan", "[TPU Karet Bivak]"); after an acronym of a kind of plant
(``plant_acronyms.txt``: PLTP, SPAM, SPBU, ...) the name is the place and the acronym stays
outside ("SPAM [Lampahan]", "PLTP [Wapsalit]"). The name is the run of
capitalised words after it on the same line, not opening with a common word, without the
common words at its end, and stopping at an acronym, a headline verb, an ORG or DATE, or a
second name. With no name after it the acronym names no place ("membeli
BBM di SPBU", "SPBU Swasta"), and a LOC or ORG of the acronym alone is dropped. A title after it
("RSUD Dr. Soetomo"), a span running past the name, or a bracketed acronym with a name after
the bracket ("Taman Makam Pahlawan (TMP) Mangilu") leaves everything as it is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.headline_verbs import headline_verb
from pressnlp.ner.names import is_common_word

__all__ = ["facility_places", "venue_places"]

_LEGAL = frozenset({"pt", "persero", "(persero)", "tbk", "cv"})
_CODE = re.compile(r"\d{1,3}[A-Z]?")  # "Terminal 2F", "Terminal 1"; not a year


def is_venue(ctx: NerContext, e: Span) -> bool:
    """Whether the ORG ``e`` names a venue (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    if e.start == 0 or doc[e.start - 1].lower_ != "di" or not e.text[:1].isupper():
        return False
    words = [t.lower_ for t in e]
    if not {words[0], words[-1], " ".join(words[-2:])} & lex.venue_words:
        return False
    if any(w.strip(".,") in _LEGAL or w in lex.legal_suffixes for w in words):
        return False
    return not gazetteer.exact_institution(e.text)


def _numbered(ctx: NerContext, e: Span, taken: set[int]) -> Span:
    """ "[Terminal] 2F", "[Terminal] 1": a LOC that is a kind of venue alone is named by the
    number after it, which joins it ("[Terminal 2F] Bandara Internasional Soekarno-Hatta")."""
    doc, k = ctx.doc, e.end
    if (
        e.label_ == "LOC"
        and len(e) == 1
        and e.text in ctx.lex.venue_heads
        and k < len(doc)
        and k not in taken
        and _CODE.fullmatch(doc[k].text) is not None
        and e[0].whitespace_
    ):
        ctx.drop_value(e)
        return Span(doc, e.start, k + 1, label="LOC")
    return e


def venue_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with ORGs that name a venue relabelled LOC, and a venue's number joined to
    it (module docstring)."""
    out: list[Span] = []
    taken = {i for e in spans for i in range(e.start, e.end)}
    for e in spans:
        if e.label_ == "ORG" and is_venue(ctx, e):
            ctx.drop_value(e)
            e = Span(ctx.doc, e.start, e.end, label="LOC")
        out.append(_numbered(ctx, e, taken))
    return out


def _name_end(ctx: NerContext, k: int, covered: dict[int, Span]) -> int:
    """The end of the name after the facility acronym at ``k`` (``k + 1``: no name), or -1
    when a title follows it."""
    doc, lex = ctx.doc, ctx.lex
    end = k + 1
    while end < len(doc):
        t, e = doc[end], covered.get(end)
        if not t.is_alpha or not t.text[0].isupper() or t.text.isupper():
            break
        if e is not None and (e.label_ in ("ORG", "DATE") or (e.start == end > k + 1)):
            break  # a body, a date, or another name ("KHDTK Gunungkidul" | "Blok Playen")
        if t.lower_ in lex.honorifics or t.text in lex.honorifics:
            return -1 if end == k + 1 else end
        if headline_verb(t.text):
            break
        if "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    if end > k + 1 and is_common_word(doc[k + 1].text):
        return k + 1  # "SPAM Jaringan Perpipaan", "SPBU Swasta": a kind, no name
    while end > k + 1 and is_common_word(doc[end - 1].text):
        end -= 1
    return end


def _bracketed_before_name(doc: Doc, k: int) -> bool:
    """The bracketed acronym of a named venue: "Taman Makam Pahlawan (TMP) Mangilu"."""
    return (
        0 < k < len(doc) - 2
        and doc[k - 1].text == "("
        and doc[k + 1].text == ")"
        and doc[k + 2].text[:1].isupper()
    )


def _facility(ctx: NerContext, out: list[Span], k: int, covered: dict[int, Span]) -> None:
    """Join, split or drop the spans at the facility acronym ``k`` in ``out`` (module
    docstring)."""
    doc = ctx.doc
    end = _name_end(ctx, k, covered)
    inside = [e for e in out if e.start < max(end, k + 1) and e.end > k]
    if end < 0 or any(e.end > max(end, k + 1) or e.label_ == "DATE" for e in inside):
        return
    if end == k + 1 and _bracketed_before_name(doc, k):
        return
    for e in inside:
        ctx.drop_value(e)
        out.remove(e)
    if end == k + 1:
        out.extend(e for e in inside if e.label_ not in ("LOC", "ORG"))
    elif doc[k].text in ctx.lex.facility_acronyms:
        out.append(Span(doc, k, end, label="LOC"))
    else:  # a plant: the place after it, as the model bounds it when it found one
        names = [e for e in inside if e.end > k + 1]
        stop = max((e.end for e in names), default=end)
        out.append(Span(doc, k + 1, stop, label="LOC"))


def facility_places(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with facility acronyms joined to the name after them, plants split from the
    place after them, and either dropped when no name follows (module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    acronyms = lex.facility_acronyms | lex.plant_acronyms
    covered = {i: e for e in spans for i in range(e.start, e.end)}
    out = list(spans)
    for k, tok in enumerate(doc):
        if tok.text in acronyms and (k not in covered or covered[k].start == k):
            _facility(ctx, out, k, covered)
    return sorted(out, key=lambda e: e.start)
