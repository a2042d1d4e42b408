"""Placeholder (the cleaning helper replaces this whole file): minimal Article/clean."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    title: str | None = None
    date: dt.date | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


def clean(raw: str | bytes, *, html: bool | None = None) -> Article:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    if not isinstance(raw, str):
        raise TypeError(f"clean() expects str or bytes, got {type(raw).__name__}")
    paragraphs = [p.strip() for p in raw.split("\n\n") if p.strip()]
    return Article(body="\n\n".join(paragraphs), paragraphs=paragraphs)
