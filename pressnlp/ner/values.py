"""The last pass: ``Span._.value`` on every entity.

ISO string (DATE), institution dict (ORG), region / country dict or ``{"candidates":
[...]}`` (LOC), cleaned name string (PERSON), else ``None``: plain data, so values survive
``nlp.pipe(n_process=2)``. The ``Span._.value`` extension is registered by the
``pressnlp_entities`` component.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from pressnlp import dates
from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import copy_value, value_of

__all__ = ["set_values"]


def set_values(ctx: NerContext, ents: Iterable[Span]) -> None:
    """Set ``e._.value`` on each entity: the value a pass found for exactly its characters
    (``ctx.values``: rule dates), else the date normalised against the publication date,
    else a copy of the gazetteer's value."""
    for e in ents:
        key = (e.start_char, e.end_char)
        if key in ctx.values:
            e._.value = ctx.values[key]
        elif e.label_ == "DATE":
            e._.value = dates.normalize_date(e.text, pub_date=ctx.pub)
        else:
            e._.value = copy_value(value_of(e.label_, e.text))
