"""Placeholder (the entities helper replaces this whole file): interface only."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from spacy.tokens import Doc


@dataclass
class Entity:
    text: str
    label: str
    start: int
    end: int
    value: Any = None

    @property
    def key(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def entities_from_doc(doc: Doc) -> list[Entity]:
    return [Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]


def extract_entities(text: str, *, pub_date: dt.date | None = None) -> list[Entity]:
    from pressnlp.pipeline import TOPICS, default_pipeline

    nlp = default_pipeline(exclude=(TOPICS,))
    doc = nlp.make_doc(text)
    doc._.pub_date = pub_date
    return entities_from_doc(nlp(doc))
