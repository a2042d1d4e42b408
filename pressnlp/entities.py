"""Named entities of Indonesian press releases: PERSON, ORG, LOC, DATE with normalised values.

>>> import datetime, pressnlp
>>> ents = pressnlp.extract_entities("Kemensetneg menggelar pelatihan 3 s.d. 14 Juli 2017.")
>>> [(e.text, e.label, e.key) for e in ents]                          # doctest: +SKIP
[('Kemensetneg', 'ORG', 'Kementerian Sekretariat Negara'),
 ('3 s.d. 14 Juli 2017', 'DATE', '2017-07-03/2017-07-14')]

Value formats (``Entity.value`` / ``Span._.value``), all plain data:

- DATE: ISO 8601 string -- ``"2017-07-12"``, ``"2017-07-03/2017-07-14"``, ``"2025-01"``,
  ``"2024"``, ``"2024-Q3"``, ``"2025-H1"``, ISO week ``"2025-W24"`` ("pekan lalu") -- or
  ``None`` (a weekday alone, "Selasa (17/6)" without a publication date); every value
  matches :data:`pressnlp.dates.ISO_VALUE`.
- ORG: ``{"id", "canonical", "acronym", "type"}`` plus ``"valid_to"``, ``"successor"``,
  ``"successor_name"`` for historic names (Kominfo -> Komdigi) and ``"unit"`` when the span
  names a unit of a known institution ("Biro Humas" of Kemnaker); ``None`` if unknown.
- LOC: region ``{"name", "code", "level", "type", "province", "lat", "lon"}``, country
  ``{"name", "iso2", "type": "country"}``, ``{"candidates": [region, ...]}`` when a bare name
  is ambiguous (Bogor, Banjar), or ``None``.
- PERSON: the name without honorifics, titles, ranks and degrees (``str``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pressnlp.dates import is_iso_value
from pressnlp.ner.unglue import map_span, unglue
from pressnlp.pipeline import TOPICS, default_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CHUNK_CHARS",
    "Entity",
    "entities_from_doc",
    "extract_entities",
    "pipe_chunks",
    "split_text",
    "stream_chunks",
]

CHUNK_CHARS = 100_000
"""Texts longer than this are processed in chunks cut at paragraph boundaries."""


@dataclass
class Entity:
    """One entity: ``start``/``end`` are character offsets into the analysed text.

    >>> ent = Entity("Kemensetneg", "ORG", 0, 11, {"canonical": "Kementerian Sekretariat Negara"})
    >>> ent.key
    'Kementerian Sekretariat Negara'
    >>> Entity("Kemenhut", "ORG", 0, 8).key  # no normalised value: the surface text
    'Kemenhut'
    >>> Entity("Jumat", "DATE", 0, 5).key is None  # a DATE key is ISO 8601 or None
    True
    """

    text: str
    label: str
    start: int
    end: int
    value: Any = None

    @property
    def key(self) -> str | None:
        """A flat string for counting and joining: ISO date, canonical institution,
        region/country name, cleaned person name; the surface text when not normalised,
        except for a DATE, whose key is its ISO value or ``None``."""
        v = self.value
        if self.label == "DATE":
            return v if isinstance(v, str) and is_iso_value(v) else None
        if isinstance(v, str) and v:
            return v
        if isinstance(v, dict):
            for field in ("canonical", "name"):
                if isinstance(v.get(field), str):
                    return str(v[field])
        return self.text

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-ready) with ``key`` included.

        >>> Entity("Jakarta", "LOC", 10, 17, {"name": "DKI Jakarta"}).to_dict()["key"]
        'DKI Jakarta'
        """
        return {
            "text": self.text,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "key": self.key,
        }


def entities_from_doc(doc: Doc, *, offset: int = 0, text: str | None = None) -> list[Entity]:
    """Entities of a processed doc (``doc.ents`` with ``Span._.value``).

    ``text``: the text the doc was made from, ``offset`` characters in; entity texts are
    taken from it, so they keep characters the tokenizer replaced (a lone surrogate becomes
    U+FFFD in ``doc.text``, see :func:`pressnlp.tokenizer.replace_surrogates`).
    """
    source = doc.text if text is None else text
    shift = 0 if text is None else offset
    return [
        Entity(
            source[e.start_char + shift : e.end_char + shift],
            e.label_,
            e.start_char + offset,
            e.end_char + offset,
            e._.value,
        )
        for e in doc.ents
    ]


_BREAKS = [
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?])\s+"),
    re.compile(r"\s+"),
]


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, chunk)`` pieces of at most ``max_chars``, cut at the last paragraph break
    (else line break, sentence end, whitespace; a hard cut only for one giant word).

    >>> list(split_text("aa\\n\\nbb\\n\\ncc", 5))
    [(0, 'aa\\n\\n'), (4, 'bb\\n\\n'), (8, 'cc')]
    """
    pos = 0
    n = len(text)
    while n - pos > max_chars:
        window = text[pos : pos + max_chars]
        cut = 0
        for rx in _BREAKS:
            ends = [m.end() for m in rx.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        yield pos, text[pos : pos + cut]
        pos += cut
    if pos < n or n == 0:
        yield pos, text[pos:]


def extract_entities(
    text: str, *, pub_date: dt.date | None = None, nlp: Language | None = None
) -> list[Entity]:
    """PERSON / ORG / LOC / DATE entities of ``text`` with normalised values.

    ``pub_date`` (the release's publication date) resolves dates without a year
    ("Jumat (14/7)"). A scraped text that lost its line breaks ("…Ekonomi Indonesia
    KuatJakarta, 3 Februari 2026Pemerintah…") is analysed with its breaks given back
    (:func:`pressnlp.ner.unglue.unglue`), offsets still into ``text``. Long texts are
    processed in paragraph-aligned chunks one at a time; offsets always refer to ``text``, and ``text[e.start:e.end] == e.text`` (lone surrogates are replaced
    by U+FFFD for the model only). ``nlp`` defaults to the shared pipeline without the topic classifier.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> import datetime
    >>> ents = extract_entities("Jumat (14/7), Kemensetneg menggelar pelatihan di Jakarta.",
    ...                         pub_date=datetime.date(2017, 7, 12))
    >>> [(e.text, e.label, e.key) for e in ents]
    [('Jumat (14/7)', 'DATE', '2017-07-14'), ('Kemensetneg', 'ORG', 'Kementerian Sekretariat Negara'), ('Jakarta', 'LOC', 'DKI Jakarta')]
    >>> extract_entities("   ")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        return []
    if nlp is None:
        nlp = default_pipeline(exclude=(TOPICS,))
    glued = unglue(text)
    analysed = text if glued is None else glued[0]
    ents = [
        ent
        for offset, doc in stream_chunks(nlp, analysed, pub_date=pub_date)
        for ent in entities_from_doc(doc, offset=offset, text=analysed)
    ]
    return ents if glued is None else _map_back(ents, text, glued[1])


def _map_back(ents: list[Entity], text: str, where: list[int]) -> list[Entity]:
    """Entities of an unglued text (:func:`pressnlp.ner.unglue.unglue`) with offsets into
    the text as given."""
    out = []
    for e in ents:
        found = map_span(where, e.start, e.end)
        if found is not None:
            out.append(Entity(text[found[0] : found[1]], e.label, found[0], found[1], e.value))
    return out


def stream_chunks(
    nlp: Language, text: str, *, pub_date: dt.date | None = None
) -> Iterator[tuple[int, Doc]]:
    """``(offset, doc)`` for each paragraph-aligned chunk of ``text``, one at a time.

    Chunks are at most ``min(CHUNK_CHARS, nlp.max_length)`` characters, so texts of any
    length can be processed; ``offset`` maps each doc's characters back into ``text``.
    The docs are piped one by one: keep only what you need from each, and memory stays
    that of one chunk whatever the length of ``text`` (a 5 MB text: under 1 GB peak,
    ``benchmarks/memory_huge_text.py``).
    """
    chunks = list(split_text(text, min(CHUNK_CHARS, nlp.max_length)))

    def docs() -> Iterator[Doc]:
        for _, chunk in chunks:
            doc = nlp.make_doc(chunk)
            doc._.pub_date = pub_date
            yield doc

    for (offset, _), doc in zip(chunks, nlp.pipe(docs(), batch_size=1), strict=True):
        yield offset, doc


def pipe_chunks(
    nlp: Language, text: str, *, pub_date: dt.date | None = None
) -> list[tuple[int, Doc]]:
    """All of :func:`stream_chunks` at once (every chunk's doc alive together: for texts
    of a few chunks; use :func:`stream_chunks` for huge ones)."""
    return list(stream_chunks(nlp, text, pub_date=pub_date))
