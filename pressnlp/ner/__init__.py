"""The entity layer: the labels, and the passes that turn model spans into press-release entities.

The ``pressnlp_entities`` component (:mod:`pressnlp.components.entities`) runs these passes
in order on every doc; each takes the per-doc :class:`~pressnlp.ner.context.NerContext` and
the spans so far and returns the new spans:

1. ``model.model_spans``: the statistical model's spans, edges trimmed, non-persons dropped;
2. ``date_spans.date_spans`` (rule dates) and ``gazetteer_spans.gazetteer_spans``
   (gazetteer matches) find candidates, ``merge.merge_spans`` merges them with the model's
   spans: the one merge policy;
3. ``persons.appositive_persons``: names in apposition are PERSON (``persons`` option);
4. ``shapes.shape_spans``: each span as the annotated corpora write it, or dropped;
5. ``splits.split_spans``: lists, spans running over a verb, "<institution> Republik <country>";
6. ``date_spans.split_trailing_weekdays``: "Amanda Vanstone Selasa" is a PERSON and a DATE;
7. ``relabel.relabel_spans``: known places LOC, known institutions ORG, groups ORG;
8. ``boundaries.merge_acronyms``: "Himpunan Mahasiswa Islam (HMI)" is one ORG;
9. ``relabel.drop_place_roles``: "Gubernur Jawa Barat", "turis Jepang" hold no LOC (unless
   the ``place_roles`` option);
10. ``date_spans.extend_dates``: "akhir Mei", "Mei lalu", "Senin malam";
11. ``values.set_values``: ``Span._.value`` on every entity.

Shared helpers: ``lexicon`` (the word lists of ``pressnlp/data/ner/*.txt``), ``lookup``
(cached gazetteer values), ``names`` (name and job-title cues), ``boundaries``.
This ``__init__`` imports nothing: the passes load spaCy.
"""

from __future__ import annotations

__all__ = ["LABELS"]

# The entity labels pressnlp assigns, in the order outputs list them.
LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC", "DATE")
