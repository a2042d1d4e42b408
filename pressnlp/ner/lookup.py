"""Gazetteer look-ups of span texts, cached per process."""

from __future__ import annotations

import functools
from typing import Any

from pressnlp import gazetteer

__all__ = ["copy_value", "known_as", "trim", "value_of"]

_EDGE = " \t\n,.;:–—-/|\"'“”‘’"


def trim(text: str) -> str:
    """The name inside a model span that took a stray bracket or comma along.

    >>> trim("Kementerian Koperasi (")
    'Kementerian Koperasi'
    """
    t = " ".join(text.split()).strip(_EDGE)
    if t.count("(") != t.count(")"):
        t = t.strip(_EDGE + "()").strip(_EDGE)
    return t


@functools.lru_cache(maxsize=50_000)
def value_of(label: str, text: str) -> Any:
    """The normalised value of an ORG, LOC or PERSON text, ``None`` if unknown or another
    label. Shared between docs: hand out :func:`copy_value` copies.

    >>> value_of("ORG", "Kemensetneg")["canonical"]
    'Kementerian Sekretariat Negara'
    """
    text = trim(text)
    if label == "ORG":
        return gazetteer.lookup_institution(text)
    if label == "LOC":
        return gazetteer.lookup_location(text)
    if label == "PERSON":
        name = gazetteer.clean_person_name(text)
        return name or None
    return None


@functools.lru_cache(maxsize=50_000)
def known_as(text: str) -> str:
    """``"LOC"`` for a known place that is no institution, ``"ORG"`` for the reverse, else
    ``""``.

    >>> known_as("Uni Soviet"), known_as("Unila"), known_as("Paparan")
    ('LOC', 'ORG', '')
    """
    place = gazetteer.lookup_location(text) is not None
    institution = bool(gazetteer.exact_institution(text))
    return "LOC" if place and not institution else "ORG" if institution and not place else ""


def copy_value(value: Any) -> Any:
    """A deep copy of a cached value, so users may mutate theirs."""
    if isinstance(value, dict):
        return {k: copy_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_value(v) for v in value]
    return value
