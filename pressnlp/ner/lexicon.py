"""The word lists of the entity layer, read from ``pressnlp/data/ner/<name>.txt``.

One list per file, one entry per line, ``#`` lines say what the list is for and where it
comes from, so the lists can be edited without reading Python. Files are read once per
process, on first use.

>>> lex = lexicon()
>>> "Biro" in lex.unit_words, "BBM" in lex.not_org_acronyms
(True, True)
>>> lex.appositive_cues[0]
('salah', 'seorang')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pressnlp import dates
from pressnlp.resources import data_file

__all__ = ["AWARD_WORDS", "Lexicon", "lexicon", "unit_acronyms", "word_list"]


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``pressnlp/data/ner/<name>.txt`` in file order (comments and blank
    lines left out).

    >>> word_list("date_before")[:2]
    ('awal', 'akhir')
    """
    text = data_file("ner", f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@functools.cache
def unit_acronyms() -> dict[str, str]:
    """Acronyms of institution units mined from unlabelled releases, with their long forms
    (``data/ner/unit_acronyms.tsv``, built by ``scripts/build_unit_acronyms.py``).

    >>> unit_acronyms()["P2SEMH"]
    'Pusat Pengembangan Sosial Ekonomi Masyarakat Hutan'
    """
    text = data_file("ner", "unit_acronyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows}


def _set(*names: str) -> frozenset[str]:
    return frozenset(w for name in names for w in word_list(name))


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a list as word tuples, longest first (for matching at a token)."""
    return tuple(sorted((tuple(p.split()) for p in word_list(name)), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """All word lists, as sets (see each file's header for what a list is for)."""

    unit_words: frozenset[str]
    title_heads: frozenset[str]
    loc_ok_before: frozenset[str]
    place_preps: frozenset[str]
    locative_before: frozenset[str]  # place_preps + locative_words
    org_nouns: frozenset[str]
    org_heads: frozenset[str]  # org_nouns + org_heads
    currencies: frozenset[str]
    ranks: frozenset[str]
    not_org_acronyms: frozenset[str]
    unit_titles: frozenset[str]
    place_nouns: frozenset[str]
    country_heads: frozenset[str]
    name_continues: frozenset[str]
    appositive_cues: tuple[tuple[str, ...], ...]
    person_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    after_name: frozenset[str]
    name_particles: frozenset[str]
    name_stops: frozenset[str]
    within_nouns: frozenset[str]
    place_modified: frozenset[str]
    name_glue: frozenset[str]
    membership_nouns: frozenset[str]
    span_breakers: frozenset[str]
    institution_words: frozenset[str]
    legal_suffixes: frozenset[str]
    compass: frozenset[str]
    state_words: frozenset[str]
    month_names: frozenset[str]
    date_before: frozenset[str]
    date_after: frozenset[str]
    day_parts: frozenset[str]
    date_context: frozenset[str]  # date_before + date_after + day_parts + date_words
    weekdays: frozenset[str]
    honorifics: frozenset[str]
    not_person_words: frozenset[str]
    name_forming: frozenset[str]
    term_heads: frozenset[str]
    term_tails: frozenset[str]
    generic_orgs: frozenset[str]
    platforms: frozenset[str]
    name_titles: frozenset[str]
    name_cues: frozenset[str]
    regional_units: frozenset[str]
    list_unit_heads: frozenset[str]
    holidays: frozenset[str]
    venue_heads: frozenset[str]
    species_heads: frozenset[str]
    republic_cues: frozenset[str]
    region_titles: frozenset[str]
    venue_words: frozenset[str]
    facility_acronyms: frozenset[str]
    plant_acronyms: frozenset[str]
    theme_cues: frozenset[str]
    number_words: frozenset[str]
    count_units: frozenset[str]
    class_acronyms: frozenset[str]
    scriptures: frozenset[str]
    table_headers: frozenset[str]
    generic_places: frozenset[str]
    group_heads: tuple[tuple[str, ...], ...]
    group_levels: frozenset[str]
    unit_boards: tuple[tuple[str, ...], ...]
    national_phrases: tuple[tuple[str, ...], ...]
    banked_goods: frozenset[str]
    english_links: frozenset[str]
    english_suffixes: tuple[str, ...]
    ship_prefixes: frozenset[str]
    village_levels: frozenset[str]
    headline_predicates: frozenset[str]
    idea_nouns: frozenset[str]
    group_nouns: frozenset[str]


# the word that ends an award's name: "Baznas Awards 2025", "Academic Library Innovation Award"
AWARD_WORDS = frozenset({"award", "awards", "penghargaan"})


@functools.cache
def weekday_names() -> frozenset[str]:
    """Capitalised weekday names a DATE span may hold or end in ("Senin", "Jum'at",
    "Minggu", "Ahad"): all of :data:`pressnlp.dates.WEEKDAYS`.

    Capitalised "Minggu" is Sunday ("Minggu (5/10/2025)" is a DATE in the press entity
    spec); the week is written "minggu" or "pekan", and "Minggu lalu" opening a sentence is
    read as a Sunday too (see :func:`pressnlp.dates.normalize_date`).
    """
    return frozenset(w[:1].upper() + w[1:] for w in dates.WEEKDAYS)


@functools.cache
def lexicon() -> Lexicon:
    """All lists of ``pressnlp/data/ner``, read once per process."""
    return Lexicon(
        unit_words=_set("unit_words"),
        title_heads=_set("title_heads"),
        loc_ok_before=_set("loc_ok_before"),
        place_preps=_set("place_preps"),
        locative_before=_set("place_preps", "locative_words"),
        org_nouns=_set("org_nouns"),
        org_heads=_set("org_nouns", "org_heads"),
        currencies=_set("currencies"),
        ranks=_set("ranks"),
        not_org_acronyms=_set("not_org_acronyms"),
        unit_titles=_set("unit_titles"),
        place_nouns=_set("place_nouns"),
        country_heads=_set("country_heads"),
        name_continues=_set("name_continues"),
        appositive_cues=tuple(tuple(cue.split()) for cue in word_list("appositive_cues")),
        person_nouns=_set("person_nouns"),
        reporting_verbs=_set("reporting_verbs"),
        after_name=_set("after_name"),
        name_particles=_set("name_particles"),
        name_stops=_set("name_stops"),
        within_nouns=_set("within_nouns"),
        place_modified=_set("place_modified"),
        name_glue=_set("name_glue"),
        membership_nouns=_set("membership_nouns"),
        span_breakers=_set("span_breakers"),
        institution_words=_set("institution_words"),
        legal_suffixes=_set("legal_suffixes"),
        compass=_set("compass_words"),
        state_words=_set("state_words"),
        month_names=_set("month_names"),
        date_before=_set("date_before"),
        date_after=_set("date_after"),
        day_parts=_set("day_parts"),
        date_context=_set("date_before", "date_after", "day_parts", "date_words"),
        weekdays=weekday_names(),
        honorifics=_set("honorifics"),
        not_person_words=_set("not_person_words"),
        name_forming=_set("name_forming"),
        term_heads=_set("term_heads"),
        term_tails=_set("term_tails"),
        generic_orgs=_set("generic_orgs"),
        platforms=_set("platforms"),
        name_titles=_set("name_titles", "ranks", "honorifics"),
        name_cues=_set("name_cues", "ranks", "honorifics"),
        regional_units=_set("regional_units"),
        list_unit_heads=_set("list_unit_heads"),
        holidays=_set("holidays"),
        venue_heads=_set("venue_heads"),
        species_heads=_set("species_heads"),
        republic_cues=_set("republic_cues"),
        region_titles=_set("region_titles"),
        venue_words=_set("venue_words"),
        facility_acronyms=_set("facility_acronyms"),
        plant_acronyms=_set("plant_acronyms"),
        theme_cues=_set("theme_cues"),
        number_words=_set("number_words"),
        count_units=_set("count_units"),
        class_acronyms=_set("class_acronyms"),
        scriptures=_set("scriptures"),
        table_headers=_set("table_headers"),
        generic_places=_set("generic_places"),
        group_heads=_phrases("group_heads"),
        group_levels=_set("group_levels"),
        unit_boards=_phrases("unit_boards"),
        national_phrases=_phrases("national_phrases"),
        banked_goods=_set("banked_goods"),
        english_links=_set("english_links"),
        english_suffixes=word_list("english_suffixes"),
        ship_prefixes=_set("ship_prefixes"),
        village_levels=_set("village_levels"),
        headline_predicates=_set("headline_predicates"),
        idea_nouns=_set("idea_nouns"),
        group_nouns=_set("group_nouns"),
    )
