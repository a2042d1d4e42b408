"""Gold sets of our own: annotations stored as offsets plus the source id and text hash.

The texts stay in the shared corpora (``../shared/data``); a gold file only names them. A
*source id* is a path relative to the data folder, with ``#<record id>`` for a record of a
JSONL file (its ``id`` or ``doc_id`` field)::

    press/aitf-siaran-pers/releases.jsonl#aitf-0118e1adb8f6   -> the record's "text" field
    topics/gov-ministry-news-2025/articles.jsonl#gov-005b96a90b89
    press/bi-rdg/txt/bi-20190321-211719.txt                  -> the whole file (UTF-8/cp1252)
    press/kemkes-wp-2020/html/<file>.html                    -> the raw HTML

A gold file is JSONL, one document per line, with at least ``source``, ``sha256`` (of the
UTF-8 text, first 16 hex digits) and ``split`` (``"dev"`` or ``"train"``); the rest is the
task's (spans as ``{"start", "end", "label", "text", ...}`` dicts with offsets into the
source text and the span's surface ``text`` as a check, labels, ...). A line with
``"view": "clean_body"`` annotates ``pressnlp.clean(raw).body`` of the source instead of the
raw text (for HTML sources); its ``sha256`` is then the body's, so a cleaner that changes
that body is caught like a changed corpus.
:func:`check_gold` verifies every hash and offset, so a changed corpus is caught before it
skews a score.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pressnlp.cleaning import clean
from pressnlp.cleaning.normalize import decode_bytes

VIEWS = ("raw", "clean_body")
"""What a gold line's offsets index: the source text as read, or its cleaned body."""

__all__ = ["VIEWS", "GoldDocument", "Source", "check_gold", "load_gold", "read_source", "text_hash"]


@dataclass(frozen=True)
class Source:
    """One shared text: its id, the text, and the other fields of its record."""

    id: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GoldDocument:
    """One line of a gold file, with its source text resolved and checked."""

    source: Source
    split: str
    annotation: dict[str, Any]


def text_hash(text: str) -> str:
    """First 16 hex digits of the SHA-256 of ``text`` in UTF-8.

    >>> len(text_hash("Siaran pers")), text_hash("a") == text_hash("a")
    (16, True)
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@lru_cache(maxsize=16)
def _jsonl_index(path: Path) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                key = rec.get("id", rec.get("doc_id"))
                if key is not None:
                    index[str(key)] = rec
    return index


def read_source(source_id: str, data: Path) -> Source:
    """Resolve a source id against the data folder ``data``; ``KeyError`` if unknown."""
    rel, _, record_id = source_id.partition("#")
    path = data / rel
    if not path.is_file():
        raise KeyError(f"{source_id}: no file {path}")
    if not record_id:
        return Source(source_id, decode_bytes(path.read_bytes()))
    rec = _jsonl_index(path).get(record_id)
    if rec is None:
        raise KeyError(f"{source_id}: no record {record_id!r} in {path}")
    fields = {k: v for k, v in rec.items() if k != "text"}
    return Source(source_id, str(rec["text"]), fields)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: {exc}") from exc


def load_gold(path: Path, data: Path, *, split: str | None = None) -> list[GoldDocument]:
    """Read a gold file and resolve its sources; raise ``ValueError`` on any mismatch."""
    docs = []
    for rec in _jsonl(path):
        if split is not None and rec.get("split") != split:
            continue
        source = read_source(rec["source"], data)
        view = rec.get("view", "raw")
        if view not in VIEWS:
            raise ValueError(f"{path}: {rec['source']}: unknown view {view!r}")
        if view == "clean_body":
            source = Source(source.id, clean(source.text).body, {**source.fields, "view": view})
        if text_hash(source.text) != rec["sha256"]:
            raise ValueError(f"{path}: {rec['source']}: text hash changed")
        skip = ("source", "sha256", "split", "view")
        annotation = {k: v for k, v in rec.items() if k not in skip}
        docs.append(GoldDocument(source, str(rec.get("split", "")), annotation))
    return docs


def check_gold(
    docs: Iterable[GoldDocument], *, span_keys: tuple[str, ...] = ("entities", "spans")
) -> list[str]:
    """Problems in resolved gold documents: span offsets outside the text, or a span's
    stored ``text`` that no longer matches the source. One message per problem; an empty
    list means the set is sound (overlapping spans are allowed)."""
    problems: list[str] = []
    for doc in docs:
        n = len(doc.source.text)
        for key in span_keys:
            for span in doc.annotation.get(key, []):
                start, end = span["start"], span["end"]
                if not (0 <= start < end <= n):
                    problems.append(f"{doc.source.id}: {key} {start}-{end} outside 0-{n}")
                    continue
                surface = span.get("text")
                if surface is not None and doc.source.text[start:end] != surface:
                    problems.append(
                        f"{doc.source.id}: {key} {start}-{end} is "
                        f"{doc.source.text[start:end]!r}, not {surface!r}"
                    )
    return problems
