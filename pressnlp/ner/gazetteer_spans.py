"""Gazetteer matches: institution names and acronyms, "Kabupaten/Kota/Provinsi X",
regional governments, province names, countries and foreign cities.

:class:`GazetteerMatcher` is built once per pipeline (phrase matchers over every name of
:mod:`pressnlp.gazetteer`); :func:`gazetteer_spans` runs it on a doc. Which matches beat
the model's spans is decided in :func:`pressnlp.ner.merge.merge_spans`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressnlp import gazetteer
from pressnlp.ner.boundaries import extend_paren, extend_ri, extend_unit
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon

__all__ = ["GazetteerMatcher", "gazetteer_spans"]

_Phrases = dict[str, set[str]]


class GazetteerMatcher:
    """Phrase matchers for the gazetteer's names: single words and acronyms by exact case
    ("Pelni" yes, "pelni" in a URL no), longer names case-insensitively. ``LOC_BARE`` marks
    bare country/province/city names, which need a place cue unless ``bare_places``."""

    def __init__(self, nlp: Language, *, build: bool = True) -> None:
        # match ids -> labels kept here: a doc from another Vocab must not break the lookup
        self.labels = {nlp.vocab.strings.add(x): x for x in ("ORG", "LOC", "LOC_BARE")}
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        if build:
            orth: _Phrases = {"ORG": set(), "LOC": set(), "LOC_BARE": set()}
            lower: _Phrases = {"ORG": set(), "LOC": set()}
            _institution_names(orth, lower)
            _region_names(orth, lower)
            for c in gazetteer.countries().values():
                # "AS" and "PNG" are too short to trust without the model
                orth["LOC_BARE"].update(n for n in [c["name"], *c["aliases"]] if len(n) > 3)
            for c in gazetteer.cities().values():
                orth["LOC_BARE"].update(_spaced([c["name"], *c["aliases"]]))
            for label, phrases in orth.items():
                self.orth.add(label, [nlp.make_doc(p) for p in sorted(phrases)])
            for label, phrases in lower.items():
                self.lower.add(label, [nlp.make_doc(p) for p in sorted(phrases)])


# "Washington D.C." is also written with spaced initials: "Washington D. C."
_INITIALS = re.compile(r"(?<![A-Za-z])([A-Z]\.)(?=[A-Z]\.)")


def _spaced(names: list[str]) -> set[str]:
    """The names, and each written with its initials spaced ("D.C." as "D. C.")."""
    return set(names) | {_INITIALS.sub(r"\1 ", n) for n in names}


def _institution_names(orth: _Phrases, lower: _Phrases) -> None:
    ambiguous = gazetteer.ambiguous_aliases()
    for inst in gazetteer.institutions().values():
        for alias in [inst["canonical"], *inst["aliases"]]:
            if alias in ambiguous:
                continue
            if gazetteer.is_acronym(alias) or len(alias.split()) == 1:
                orth["ORG"].add(alias)
            else:
                lower["ORG"].add(alias)


def _region_names(orth: _Phrases, lower: _Phrases) -> None:
    for r in gazetteer.regions().values():
        names = {r["short_name"], *(a for a in r["aliases"] if not gazetteer.is_acronym(a))}
        if r["level"] == 1:
            names.add(r["name"])  # "DKI Jakarta", "DI Yogyakarta"
            for n in names:
                for cue in ("Provinsi", "Prov.", "Prov"):
                    lower["LOC"].add(f"{cue} {n}")
                for body in ("Pemerintah Provinsi", "Pemprov", "DPRD Provinsi"):
                    lower["ORG"].add(f"{body} {n}")
            orth["LOC_BARE"].update(names)
            orth["LOC_BARE"].update(a for a in r["aliases"] if gazetteer.is_acronym(a))
            continue
        lower["LOC"].add(r["name"])
        kabupaten = r["type"].startswith("kab")
        for cue in ("Kabupaten", "Kab.", "Kab") if kabupaten else ("Kota",):
            lower["LOC"].add(f"{cue} {r['short_name']}")
        head = "Kabupaten" if kabupaten else "Kota"
        short = "Pemkab" if kabupaten else "Pemkot"
        for body in (f"Pemerintah {head}", short, f"DPRD {head}"):
            lower["ORG"].add(f"{body} {r['short_name']}")
        if r["type"] == "kota_administrasi":
            orth["LOC_BARE"].add(r["short_name"])


def gazetteer_spans(ctx: NerContext, matcher: GazetteerMatcher) -> list[Span]:
    """The longest non-overlapping gazetteer matches of the doc. An ORG takes the unit in
    front ("Biro Humas Kemnaker"), "RI" and a fitting bracketed acronym after it; a bare
    place name counts only where it is used as a place (see :func:`_bare_place_ok`)."""
    doc = ctx.doc
    cands: list[Span] = []
    for phrases in (matcher.orth, matcher.lower):
        for match_id, start, end in phrases(doc):
            label = matcher.labels[match_id]
            if phrases is matcher.lower and doc[start].is_lower:
                continue  # "bank dunia" in running text is not the name
            if label == "LOC_BARE":
                # press: a country inside a name is still a LOC ("Neraca Pembayaran
                # Indonesia", "Ekonomi Indonesia Kuat"); a longer known name still wins
                country = ctx.options.press and gazetteer.lookup_country(doc[start:end].text)
                if not _bare_place_ok(doc, start, end, inside_names=bool(country)):
                    continue
                if not (ctx.options.bare_places or _place_cue(doc, start)):
                    continue
                label = "LOC"
            elif label == "ORG":
                start = extend_unit(doc, start)
                end = extend_paren(doc, extend_ri(doc, end), start)
            cands.append(Span(doc, start, end, label=label))
    return filter_spans(cands)


def _place_cue(doc: Doc, start: int) -> bool:
    """A bare name used as a place, not as an actor ("Jepang melarang impor"):
    after a locative preposition or place noun ("ke wilayah Israel") or inside "Republik
    Demokratik Timor Leste"."""
    if start == 0:
        return False
    lex = lexicon()
    prev = doc[start - 1]
    if prev.text in lex.place_nouns:  # lower case only: "Kota" starts a region name
        return True
    return prev.lower_ in lex.place_preps or prev.text in lex.country_heads


def _bare_place_ok(doc: Doc, start: int, end: int, *, inside_names: bool = False) -> bool:
    """Not a language ("bahasa Inggris"), not inside a longer capitalised name ("Bank
    Jepang", "Jakarta Convention Center") unless ``inside_names``."""
    lex = lexicon()
    if start > 0:
        prev = doc[start - 1]
        if prev.lower_ == "bahasa":  # "bahasa Inggris" is a language
            return False
        sentence_start = (
            start == 1
            or doc[start - 2].text in {".", "!", "?", ":", "–", "-"}
            or ("\n" in doc[start - 2].text_with_ws)
        )
        if (
            prev.is_title
            and prev.text not in lex.loc_ok_before
            and not sentence_start
            and not inside_names
        ):
            return False
    return not (end < len(doc) and doc[end].text in lex.name_continues)
