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
    from spacy.vocab import Vocab

STEMMER = "pressnlp_stemmer"
ENTITIES = "pressnlp_entities"
TOPICS = "pressnlp_topics"
PRESSNLP = (ENTITIES, STEMMER, TOPICS)
COMPONENTS = ("ner", *PRESSNLP)


def _register_components() -> None:
    # Importing the modules runs their @Language.factory decorators; needed when pressnlp
    # runs from a source tree without installed entry points.
    import pressnlp.components.entities
    import pressnlp.components.stemmer
    import pressnlp.components.topics  # noqa: F401


def load(
    *,
    topic_model: str | os.PathLike[str] | None = None,
    exclude: str | Iterable[str] = (),
    entity_config: Mapping[str, Any] | None = None,
    disable: str | Iterable[str] = (),
    enable: str | Iterable[str] = (),
    vocab: Vocab | bool = True,
    config: Mapping[str, Any] | None = None,
) -> Language:
    """A fresh pressnlp pipeline; also what ``spacy.load("pressnlp", ...)`` returns.

    Args:
        topic_model: folder of a topic model saved with ``TopicModel.save`` (or trained with
            ``pressnlp train topics``); default: the shipped ``models/topics``.
        exclude: component names to leave out, e.g. ``("pressnlp_topics",)`` for speed.
        entity_config: options of the ``pressnlp_entities`` component, e.g.
            ``{"place_roles": True}`` to tag "Gubernur Jawa Barat"'s place as LOC too.
        disable, enable, vocab, config: as in :func:`spacy.load`. Disabled components are
            loaded but do not run; with ``enable`` every other component is disabled.
            ``config`` overrides (nested or dot notation) may also set the pressnlp
            components' options, e.g. ``{"components.pressnlp_entities.place_roles": True}``.

    >>> nlp = load(exclude=["pressnlp_topics"])
    >>> [name for name in nlp.pipe_names if name.startswith("pressnlp")]
    ['pressnlp_entities', 'pressnlp_stemmer']
    >>> doc = nlp("Menteri Keuangan Sri Mulyani Indrawati meninjau pelabuhan di Kota Makassar.")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Sri Mulyani Indrawati', 'PERSON'), ('Kota Makassar', 'LOC')]
    >>> doc[5].text, doc[5]._.stem
    ('meninjau', 'tinjau')
    """
    excluded, disabled, enabled = (set(_names(x)) for x in (exclude, disable, enable))
    known = {*COMPONENTS, "tok2vec"}
    for arg, names in (("exclude", excluded), ("disable", disabled), ("enable", enabled)):
        if names - known:
            raise ValueError(
                f"{arg}: unknown component(s) {sorted(names - known)}; choose from {sorted(known)}"
            )
    if disabled & enabled:
        raise ValueError(f"components both enabled and disabled: {sorted(disabled & enabled)}")
    overrides = _flat(config or {})
    configs = {name: _pop_section(overrides, f"components.{name}.") for name in PRESSNLP}
    configs[ENTITIES].update(entity_config or {})
    if topic_model is not None:
        configs[TOPICS]["model"] = os.fspath(topic_model)
    with _collector_paused():
        nlp = _load(exclude=excluded, vocab=vocab, overrides=overrides, configs=configs)
    if enabled:
        disabled |= {name for name in nlp.pipe_names if name not in enabled}
    for name in sorted(disabled & set(nlp.pipe_names), key=nlp.pipe_names.index):
        nlp.disable_pipe(name)
    return nlp


def _names(names: str | Iterable[str]) -> list[str]:
    return [names] if isinstance(names, str) else list(names)


def _flat(config: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """spaCy config overrides, nested or in dot notation, as one flat dot-notation dict
    (a block naming a registered function, ``{"@tokenizers": ...}``, stays one value).

    Not ``spacy.util.dict_to_dot(for_overrides=True)``: that walks only ``dict`` (a read-only
    ``Mapping`` section would reach spaCy as one value and fail) and drops an empty section,
    which here stays a value (tests/test_pipeline_overrides.py)."""
    flat: dict[str, Any] = {}
    for key, value in config.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping) and value and not any(str(k).startswith("@") for k in value):
            flat.update(_flat(value, f"{path}."))
        else:
            flat[path] = value
    return flat


def _pop_section(flat: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Remove the keys under ``prefix`` from ``flat``; return them as a nested dict."""
    from spacy.util import dot_to_dict

    keys = [key for key in flat if key.startswith(prefix)]
    return dot_to_dict({key[len(prefix) :]: flat.pop(key) for key in keys})


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
    exclude: set[str],
    vocab: Vocab | bool,
    overrides: dict[str, Any],
    configs: dict[str, dict[str, Any]],
) -> Language:
    import spacy

    _register_components()
    try:
        ner_dir = model_path("ner")
    except FileNotFoundError:
        ner_dir = None
    # spaCy's Indonesian tokenizer, built without its slow special-case set-up (same
    # tokens; see pressnlp.tokenizer). The shipped model was trained with the default one,
    # so models/ner/tokenizer is not read (a test checks the two give the same tokens).
    import pressnlp.tokenizer  # noqa: F401  (registers pressnlp.id_tokenizer.v1)

    config = {**overrides, "nlp.tokenizer": {"@tokenizers": "pressnlp.id_tokenizer.v1"}}
    if ner_dir is not None and (ner_dir / "config.cfg").is_file():
        skip = ["tokenizer", *(n for n in exclude if n in ("ner", "tok2vec"))]
        nlp = spacy.load(ner_dir, vocab=vocab, exclude=skip, config=config)
    else:
        nlp = spacy.blank("id", vocab=vocab, config=config)
    for name in PRESSNLP:
        if name not in exclude and name not in nlp.pipe_names:
            nlp.add_pipe(name, config=configs[name])
    window_long_documents(nlp)
    # numpy's OpenBLAS multiplies the models' matrices faster than thinc's BLIS, and a
    # word's floret vector is computed once (pressnlp.ops; benchmarks/bench_pipeline.py
    # prints the ratio). Imported here, like spaCy, to keep thinc off the light import path.
    from pressnlp.ops import cache_floret_vectors, use_numpy_blas

    use_numpy_blas(nlp)
    cache_floret_vectors(nlp)
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
