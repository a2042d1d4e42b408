"""spaCy component ``pressnlp_entities``: rule-based entities and normalised values.

Runs after the statistical ``ner``. Its passes live in :mod:`pressnlp.ner`, one module each;
:meth:`EntityNormalizer.__call__` lists them in order:

1. the model's spans, cleaned (:mod:`pressnlp.ner.model`);
2. rule DATE spans (``pressnlp.dates``) and gazetteer matches (institution names and
   acronyms, "Kabupaten/Kota/Provinsi X", province names, countries) merged with the
   model's spans by one policy (:func:`pressnlp.ner.merge.merge_spans`);
3. PERSON rules (:mod:`pressnlp.ner.persons`): a name in apposition ("Juvenal, salah satu
   peserta, ...", "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan") becomes PERSON;
4. the entity conventions: span shapes, splits, coordination ("X dan Y"), balanced
   brackets, person/organisation boundaries, terms that are no ORG, labels, bracketed
   acronyms, place roles, DATE boundaries. ``conventions="press"`` (default) follows the
   project's press-release spec: every country mention is a LOC (also as a modifier,
   "dolar AS", "ekonomi Indonesia"), "Komite ... (KSSK)" is two mentions linked through the
   document, relative dates ("kemarin", "pekan lalu") are DATEs, edge words ("akhir",
   "tahun") stay outside DATEs. ``conventions="idner"`` keeps the news-corpus convention
   of idner-news-2k (for comparable evaluation figures);
5. ``Span._.value`` on every entity: ISO string (DATE), institution dict (ORG), region /
   country dict or ``{"candidates": [...]}`` (LOC), cleaned name string (PERSON), else None.

Values are plain ``str``/``dict``/``list``/``None`` so they survive ``nlp.pipe(n_process=2)``.
Light imports only: this module is loaded through a spaCy entry point.

>>> import spacy, datetime
>>> nlp = spacy.blank("id"); _ = nlp.add_pipe("pressnlp_entities")
>>> doc = nlp.make_doc("Rapat di Kemensetneg pada Jumat (14/7).")
>>> doc._.pub_date = datetime.date(2017, 7, 12)
>>> [(e.text, e.label_, e._.value if e.label_ == "DATE" else e._.value["canonical"]) for e in nlp(doc).ents]
[('Kemensetneg', 'ORG', 'Kementerian Sekretariat Negara'), ('Jumat (14/7)', 'DATE', '2017-07-14')]
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressnlp.ner.bodies import name_bodies
from pressnlp.ner.boundaries import merge_acronyms
from pressnlp.ner.brackets import (
    balance_brackets,
    bracket_acronyms,
    link_acronym_phrases,
    link_acronyms,
    split_acronyms,
)
from pressnlp.ner.capitals import capital_terms
from pressnlp.ner.context import NerContext, NerOptions, as_date
from pressnlp.ner.date_spans import date_spans, extend_dates, split_trailing_weekdays
from pressnlp.ner.english_orgs import drop_english_orgs, un_bodies
from pressnlp.ner.first_names import first_names
from pressnlp.ner.gazetteer_spans import GazetteerMatcher, gazetteer_spans
from pressnlp.ner.glued_spans import drop_glued_spans
from pressnlp.ner.headline_verbs import cut_headline_verbs
from pressnlp.ner.listed_places import listed_places
from pressnlp.ner.merge import merge_spans
from pressnlp.ner.model import model_spans
from pressnlp.ner.national import national_phrases
from pressnlp.ner.non_persons import not_names, place_persons
from pressnlp.ner.odd_persons import odd_persons
from pressnlp.ner.offices import office_bodies
from pressnlp.ner.people import fix_people
from pressnlp.ner.people_links import link_people
from pressnlp.ner.persons import appositive_persons
from pressnlp.ner.press import (
    currency_places,
    drop_terms,
    join_country_dashes,
    split_coordination,
    trim_date_edges,
)
from pressnlp.ner.press_dates import press_dates
from pressnlp.ner.region_heads import region_heads
from pressnlp.ner.relabel import body_persons, drop_place_roles, listed_bodies, relabel_spans
from pressnlp.ner.republic import title_republic
from pressnlp.ner.scriptures import drop_scriptures
from pressnlp.ner.sentence_ends import cut_sentence_ends
from pressnlp.ner.services import service_banks
from pressnlp.ner.shapes import shape_spans
from pressnlp.ner.ships import drop_ships
from pressnlp.ner.species import species_places
from pressnlp.ner.splits import split_spans
from pressnlp.ner.streets import street_names
from pressnlp.ner.tables import drop_table_headings
from pressnlp.ner.terms import drop_term_names
from pressnlp.ner.themes import drop_theme_names
from pressnlp.ner.titled_orgs import strip_org_titles
from pressnlp.ner.unit_names import counted_bodies, unit_names
from pressnlp.ner.units import join_units
from pressnlp.ner.values import set_values
from pressnlp.ner.venues import facility_places, venue_places
from pressnlp.ner.villages import lower_heads, village_names

__all__ = ["EntityNormalizer", "make_entities"]

_PUB_DATE_KEY = "pressnlp.pub_date"


def _get_pub_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(_PUB_DATE_KEY)
    return dt.date.fromisoformat(value) if value else None


def _set_pub_date(doc: Doc, value: Any) -> None:
    # Stored as an ISO string: spaCy serialises user_data with msgpack, which has no date
    # type, so a date object would break nlp.pipe(docs, n_process=2) (spaCy error E871).
    date = as_date(value)
    if value is not None and date is None:
        raise ValueError(f"pub_date must be a datetime.date or an ISO date string, not {value!r}")
    doc.user_data[_PUB_DATE_KEY] = date.isoformat() if date is not None else None


if not Doc.has_extension("pub_date"):
    Doc.set_extension("pub_date", getter=_get_pub_date, setter=_set_pub_date)
if not Span.has_extension("value"):
    Span.set_extension("value", default=None)


class EntityNormalizer:
    """The ``pressnlp_entities`` component (see module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "pressnlp_entities",
        *,
        dates: bool = True,
        gazetteer: bool = True,
        bare_places: bool | None = None,
        persons: bool = True,
        place_roles: bool | None = None,
        conventions: str = "press",
    ) -> None:
        self.name = name
        press = conventions == "press"
        # Bare country/province names ("Jepang", "Jawa Barat") are added only without a
        # statistical NER: a trained model knows them and the annotation it learned from
        # tags them only in some uses (idner-news-2k: "Israel" O 16x, LOC 3x), so adding
        # every mention costs LOC precision. Prefixed forms ("Kabupaten Bogor") always count.
        # The press conventions count every mention of a place, modifiers and roles included.
        no_model = "ner" not in nlp.pipe_names
        self.options = NerOptions(
            dates=dates,
            gazetteer=gazetteer,
            bare_places=(press or no_model) if bare_places is None else bare_places,
            persons=persons,
            place_roles=press if place_roles is None else place_roles,
            conventions=conventions,
        )
        self.matcher = GazetteerMatcher(nlp, build=gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        options = self.options
        ctx = NerContext(doc, options, pub=doc._.pub_date)  # the getter gives a date or None
        spans = model_spans(ctx, doc.ents)
        spans = merge_spans(ctx, spans, date_spans(ctx), self._gazetteer_spans(ctx))
        if options.persons:
            spans = appositive_persons(ctx, spans)
        spans = shape_spans(ctx, spans)
        if options.press:
            spans = currency_places(ctx, drop_table_headings(ctx, spans))
        spans = split_spans(ctx, spans)
        spans = split_coordination(ctx, spans)
        if options.press:
            spans = join_country_dashes(ctx, spans)
        spans = balance_brackets(ctx, spans)
        spans = fix_people(ctx, spans)
        if options.press:
            spans = drop_terms(ctx, place_persons(ctx, spans))
        spans = split_trailing_weekdays(ctx, spans)
        spans = relabel_spans(ctx, spans)
        if options.press:
            spans = join_units(ctx, unit_names(ctx, spans))
            spans = bracket_acronyms(ctx, split_acronyms(ctx, spans))
        else:
            spans = merge_acronyms(ctx, spans)
        if not options.place_roles:
            spans = drop_place_roles(ctx, spans)
        spans = extend_dates(ctx, spans)
        spans = link_people(ctx, spans)
        if options.press:
            spans = press_dates(ctx, trim_date_edges(ctx, not_names(ctx, spans)))
            spans = link_acronyms(ctx, sorted(spans, key=lambda e: e.start))
            spans = drop_term_names(ctx, drop_theme_names(ctx, spans))
            spans = service_banks(ctx, national_phrases(ctx, spans))
            spans = link_acronym_phrases(ctx, spans)
            spans = cut_headline_verbs(ctx, strip_org_titles(ctx, spans))
            spans = split_coordination(ctx, spans, joins=("dash",))
            spans = name_bodies(ctx, spans)
            spans = species_places(ctx, counted_bodies(ctx, spans))
            spans = street_names(ctx, office_bodies(ctx, spans))
            spans = region_heads(ctx, title_republic(ctx, spans))
            spans = facility_places(ctx, venue_places(ctx, spans))
            spans = drop_ships(ctx, listed_bodies(ctx, drop_scriptures(ctx, spans)))
            spans = lower_heads(ctx, village_names(ctx, body_persons(ctx, spans)))
            spans = odd_persons(ctx, capital_terms(ctx, spans))
            spans = drop_english_orgs(ctx, drop_glued_spans(ctx, listed_places(ctx, spans)))
            spans = first_names(ctx, un_bodies(ctx, spans))
            spans = cut_sentence_ends(ctx, spans)
        doc.ents = sorted((e for e in spans if len(e)), key=lambda e: e.start)
        set_values(ctx, doc.ents)
        return doc

    def _gazetteer_spans(self, ctx: NerContext) -> list[Span]:
        return gazetteer_spans(ctx, self.matcher) if self.options.gazetteer else []


@Language.factory(
    "pressnlp_entities",
    default_config={
        "dates": True,
        "gazetteer": True,
        "bare_places": None,
        "persons": True,
        "place_roles": None,
        "conventions": "press",
    },
    requires=["doc.ents"],
    assigns=["doc.ents", "span._.value"],
)
def make_entities(
    nlp: Language,
    name: str,
    dates: bool,
    gazetteer: bool,
    bare_places: bool | None,
    persons: bool = True,
    place_roles: bool | None = None,
    conventions: str = "press",
) -> EntityNormalizer:
    """Factory of the ``pressnlp_entities`` component.

    ``bare_places``: also add bare country/province names found by the gazetteer; ``None``
    (default) = only when the pipeline has no statistical ``ner``. ``persons``: the PERSON
    rules (appositive names, sentence-initial common words). ``place_roles``: also tag a
    place name that names a role, a nationality or an actor ("Gubernur Jawa Barat", "turis
    Jepang", "Israel meluncurkan serangan") as LOC; ``None`` (default) = on with the press
    conventions, off with ``"idner"`` (where only a place mention is LOC). ``conventions``:
    ``"press"`` (default, the press-release spec) or ``"idner"`` (the news-corpus
    convention of idner-news-2k; see the module docstring).
    """
    return EntityNormalizer(
        nlp,
        name,
        dates=dates,
        gazetteer=gazetteer,
        bare_places=bare_places,
        persons=persons,
        place_roles=place_roles,
        conventions=conventions,
    )
