"""Building the pressnlp spaCy pipeline.

``load()`` returns a ``spacy.Language`` for Indonesian with every pressnlp component:

    ner -> pressnlp_entities -> pressnlp_stemmer -> pressnlp_topics

The statistical NER (and its tokenizer settings) comes from the shipped ``models/ner``;
``pressnlp_entities`` adds rule-based entities and normalised values (``Span._.value``),
``pressnlp_stemmer`` fills ``Token._.stem`` (keeping entity tokens intact) and
``pressnlp_topics`` fills ``doc.cats``.

>>> import pressnlp
>>> nlp = pressnlp.load()                                       # doctest: +SKIP
>>> doc = nlp("Menteri Keuangan Sri Mulyani Indrawati di Jakarta.")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pressnlp.resources import model_path

if TYPE_CHECKING:
    from spacy.language import Language

STEMMER = "pressnlp_stemmer"
ENTITIES = "pressnlp_entities"
TOPICS = "pressnlp_topics"
COMPONENTS = ("ner", ENTITIES, STEMMER, TOPICS)


def _register_components() -> None:
    # Importing the modules runs their @Language.factory decorators; needed when pressnlp
    # runs from a source tree without installed entry points.
    import pressnlp.components.entities
    import pressnlp.components.stemmer
    import pressnlp.components.topics  # noqa: F401


def load(
    *,
    topic_model: str | os.PathLike[str] | None = None,
    exclude: Iterable[str] = (),
    entity_config: Mapping[str, Any] | None = None,
) -> Language:
    """A fresh pressnlp pipeline.

    Args:
        topic_model: folder of a topic model saved with ``TopicModel.save`` (or trained with
            ``pressnlp train topics``); default: the shipped ``models/topics``.
        exclude: component names to leave out, e.g. ``("pressnlp_topics",)`` for speed.
        entity_config: options of the ``pressnlp_entities`` component, e.g.
            ``{"place_roles": True}`` to tag "Gubernur Jawa Barat"'s place as LOC too.

    >>> nlp = load(exclude=["pressnlp_topics"])
    >>> [name for name in nlp.pipe_names if name.startswith("pressnlp")]
    ['pressnlp_entities', 'pressnlp_stemmer']
    >>> doc = nlp("Menteri Keuangan Sri Mulyani Indrawati meninjau pelabuhan di Kota Makassar.")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Sri Mulyani Indrawati', 'PERSON'), ('Kota Makassar', 'LOC')]
    >>> doc[5].text, doc[5]._.stem
    ('meninjau', 'tinjau')
    """
    with _collector_paused():
        return _load(topic_model=topic_model, exclude=exclude, entity_config=entity_config)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the pipeline loads.

    Loading (importing spaCy and scikit-learn, building the models and vocabularies)
    creates hundreds of thousands of long-lived objects, and the collector would traverse
    the growing heap again and again: pausing it saves about 0.3-0.6 s of a cold start.
    Nothing needs collecting meanwhile; the collector resumes right after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(
    *,
    topic_model: str | os.PathLike[str] | None,
    exclude: Iterable[str],
    entity_config: Mapping[str, Any] | None,
) -> Language:
    import spacy

    _register_components()
    excluded = set(exclude)
    unknown = excluded - set(COMPONENTS)
    if unknown:
        raise ValueError(f"unknown component(s) {sorted(unknown)}; choose from {COMPONENTS}")
    try:
        ner_dir = model_path("ner")
    except FileNotFoundError:
        ner_dir = None
    # spaCy's Indonesian tokenizer, built without its slow special-case set-up (same
    # tokens; see pressnlp.tokenizer). The shipped model was trained with the default one,
    # so models/ner/tokenizer is not read (a test checks the two give the same tokens).
    import pressnlp.tokenizer  # noqa: F401  (registers pressnlp.id_tokenizer.v1)

    fast = {"nlp": {"tokenizer": {"@tokenizers": "pressnlp.id_tokenizer.v1"}}}
    if ner_dir is not None and (ner_dir / "config.cfg").is_file():
        skip = ["tokenizer", *(n for n in excluded if n == "ner")]
        nlp = spacy.load(ner_dir, exclude=skip, config=fast)
    else:
        nlp = spacy.blank("id", config=fast)
    if ENTITIES not in excluded and ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(ENTITIES, config=dict(entity_config or {}))
    if STEMMER not in excluded:
        nlp.add_pipe(STEMMER)
    if TOPICS not in excluded:
        config = {"model": os.fspath(topic_model)} if topic_model is not None else {}
        nlp.add_pipe(TOPICS, config=config)
    return nlp


@functools.cache
def default_pipeline(exclude: tuple[str, ...] = ()) -> Language:
    """The process-wide shared pipeline used by the plain functions (loaded once)."""
    return load(exclude=exclude)
