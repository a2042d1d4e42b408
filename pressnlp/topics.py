"""Placeholder (the topics helper replaces this whole file): interface only."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.tokens import Doc


@dataclass
class Topic:
    label: str | None
    score: float
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def topic_from_doc(doc: Doc) -> Topic | None:
    if not doc.cats:
        return None
    label = max(doc.cats, key=doc.cats.__getitem__)
    return Topic(label, doc.cats[label], dict(doc.cats))


def classify_topic(text: str) -> Topic:
    raise NotImplementedError
