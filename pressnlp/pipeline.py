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
    window_long_documents(nlp)
    return nlp


TOK2VEC_WINDOW = 2000
"""Tokens per window when :func:`window_long_documents` splits a long document."""

# Token-to-vector models whose output for a token depends only on a fixed number of
# neighbours: per-token embeddings under a convolutional (window) encoder.
_TOKEN_EMBEDS = frozenset(
    f"spacy.{name}.v{v}" for name in ("MultiHashEmbed", "CharacterEmbed") for v in (1, 2)
)
_WINDOW_ENCODERS = frozenset(
    f"spacy.{name}.v{v}" for name in ("MaxoutWindowEncoder", "MishWindowEncoder") for v in (1, 2)
)


def tok2vec_context(model_config: Mapping[str, Any]) -> int | None:
    """How many neighbours on each side a ``spacy.Tok2Vec`` model looks at, from its config;
    ``None`` when the architecture is not a known fixed-window one.

    >>> tok2vec_context({"@architectures": "spacy.Tok2Vec.v2",
    ...     "embed": {"@architectures": "spacy.MultiHashEmbed.v2"},
    ...     "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "window_size": 1,
    ...                "depth": 4}})
    4
    """
    if model_config.get("@architectures") not in ("spacy.Tok2Vec.v1", "spacy.Tok2Vec.v2"):
        return None
    embed, encode = model_config.get("embed") or {}, model_config.get("encode") or {}
    if embed.get("@architectures") not in _TOKEN_EMBEDS:
        return None
    if encode.get("@architectures") not in _WINDOW_ENCODERS:
        return None
    try:
        return int(encode["window_size"]) * int(encode["depth"])
    except (KeyError, TypeError, ValueError):
        return None


def window_long_documents(nlp: Language, window: int = TOK2VEC_WINDOW) -> bool:
    """Let the ``tok2vec`` component compute a long document's vectors window by window.

    Its working memory is about 20 kB a token, so one 36,000-character release (7,700
    tokens) took 160 MB at once. A window of ``window`` tokens plus the encoder's context
    on each side gives every token the same neighbours, hence the same vectors and
    entities as the whole document (a test checks this bit for bit). Returns ``False``, and
    changes nothing, when the pipeline has no ``tok2vec`` or its architecture is not a
    known fixed-window one.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    if "tok2vec" not in nlp.pipe_names:
        return False
    config = nlp.config.get("components", {}).get("tok2vec", {}).get("model", {})
    context = tok2vec_context(config)
    if context is None:
        return False
    component: Any = nlp.get_pipe("tok2vec")
    component.predict = functools.partial(
        _windowed_predict, component, window=window, context=context
    )
    return True


def _windowed_predict(component: Any, docs: Iterable[Any], *, window: int, context: int) -> Any:
    docs = list(docs)
    whole = type(component).predict
    longest = window + 2 * context
    if all(len(doc) <= longest for doc in docs):
        return whole(component, docs)
    model = component.model
    out: list[Any] = []
    pending: list[Any] = []
    for doc in docs:
        if len(doc) <= longest:
            pending.append(doc)
            continue
        if pending:
            out.extend(whole(component, pending))
            pending = []
        pieces = []
        for start in range(0, len(doc), window):
            end = min(start + window, len(doc))
            lo, hi = max(0, start - context), min(len(doc), end + context)
            vectors = model.predict([doc[lo:hi].as_doc()])[0]
            pieces.append(vectors[start - lo : end - lo])
        out.append(model.ops.xp.concatenate(pieces))
    if pending:
        out.extend(whole(component, pending))
    return out


@functools.cache
def default_pipeline(exclude: tuple[str, ...] = ()) -> Language:
    """The process-wide shared pipeline used by the plain functions (loaded once)."""
    return load(exclude=exclude)
