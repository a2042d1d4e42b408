"""Topic scoring without scikit-learn: the fitted model's arrays and plain numpy/scipy.

Importing scikit-learn and skops (whose trusted-type table imports every scikit-learn module)
takes 2-2.5 s, most of a cold start. Scoring needs none of it: a fitted
:class:`~pressnlp.topics.model.TopicModel` is two or three TF-IDF vocabularies (word n-grams of
the stemmed text, character n-grams and optionally word n-grams of the unstemmed text) with
their idf weights, a linear SVM's coefficients, Platt parameters and label centroids. :meth:`TopicModel.save`
writes those arrays next to ``model.skops`` as ``runtime.npz`` (plain arrays, loaded with
``allow_pickle=False``, so nothing in it can run code), stamped with the SHA-256 of the
``model.skops`` it came from. :class:`CompiledTopicModel` scores with them; the shipped model
and ``classify_topic`` use it, and tests check it gives the estimator's labels and scores.

Trust (:meth:`CompiledTopicModel.load`): a runtime is checked as strictly as the estimator.

* Its contents are validated before use: known keys and dtypes, consistent shapes, and
  parameters the training code writes; the word token pattern must be one of
  :data:`TOKEN_PATTERNS` (a pattern is never compiled as given: a planted nested-quantifier
  pattern took 671 s on one text). Anything else raises :class:`ValueError`.
* It is used only for the ``model.skops`` next to it: its stamp must equal the file's
  SHA-256 and ``meta.json``'s ``model_sha256``, and that file may name only the types a
  saved :class:`~pressnlp.topics.model.TopicModel` holds
  (:data:`pressnlp.topics.files.MODEL_FILE_TYPES`, all trusted by the estimator's skops
  check; read without importing skops). Otherwise :class:`StaleRuntimeError`, and
  :func:`pressnlp.topics.load_classifier` warns and scores with the estimator, loaded with
  the full skops trusted-type check (which refuses an untrusted file).

The n-gram counting here is also the estimator's fast transform: one code path, so both build
the very count matrix scikit-learn's ``CountVectorizer`` builds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from pressnlp.topics.counts import WordIndex, char_wb_counts, char_wb_ngrams, word_counts
from pressnlp.topics.counts import tfidf as _tfidf
from pressnlp.topics.domain import centroid_matrix, domain_fit, length_bands
from pressnlp.topics.files import (
    META_FILE,
    MODEL_FILE,
    MODEL_FILE_TYPES,
    RUNTIME_FILE,
    file_sha256,
    model_file_types,
)
from pressnlp.topics.headlines import headline_rows
from pressnlp.topics.text import as_texts, neutral_reason, preprocess_both
from pressnlp.topics.types import NEUTRAL, Topic

__all__ = [
    "RUNTIME_FORMAT",
    "TOKEN_PATTERN",
    "TOKEN_PATTERNS",
    "WORD_CACHE_LIMIT",
    "CompiledTopicModel",
    "StaleRuntimeError",
    "WordIndex",
    "char_wb_counts",
    "char_wb_ngrams",
    "check_arrays",
    "check_params",
    "check_source",
    "topics_for",
    "word_counts",
]

RUNTIME_FORMAT = "pressnlp-topics-runtime/2"  # /2: the unstemmed word block
WORD_CACHE_LIMIT = 50_000  # distinct words whose char n-grams are remembered (a few MB)

TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W\d_]+\b"
"""The word vectorizer's token pattern (two or more letters) the training code uses."""

TOKEN_PATTERNS = frozenset({TOKEN_PATTERN})
"""Token patterns a ``runtime.npz`` may hold (each linear-time); anything else is refused."""

_ARRAY_KINDS = {
    "format": "U",
    "model_sha256": "U",
    "params": "U",
    "classes": "U",
    "word_terms": "U",
    "word_idf": "f",
    "char_terms": "U",
    "char_idf": "f",
    "unstemmed_terms": "U",
    "unstemmed_idf": "f",
    "coef": "f",
    "intercept": "f",
    "calibration": "f",
    "centroid_index": "i",
    "centroid_weight": "f",
    "domain_reference": "f",
}
# a headline head (:mod:`pressnlp.topics.headlines`): both or neither; older runtimes have none
_HEADLINE_KINDS = {"headline_coef": "f", "headline_intercept": "f"}
# an SVM on sub-labels (:mod:`pressnlp.topics.sublabels`): the label of each row of ``coef``
_SUBLABEL_KINDS = {"coef_label": "i"}


SCORE_KINDS = ("ovr", "softmax")  # per-label Platt probabilities, or their softmax shares
# Params a runtime exported before they existed lacks, with the values that reproduce it.
OPTIONAL_PARAMS: dict[str, Any] = {
    "scores": "ovr",
    "lead_chars": 0,
    "short_words": [],
    "band_scaling": [],
}


class StaleRuntimeError(ValueError):
    """A ``runtime.npz`` that cannot be tied to a trusted ``model.skops`` next to it (another
    or a missing model file, a foreign stamp, an old format, or a model file naming types
    outside :data:`~pressnlp.topics.files.MODEL_FILE_TYPES`)."""


class CompiledTopicModel:
    """Scores texts like the :class:`~pressnlp.topics.model.TopicModel` it was exported
    from, with its arrays only (see the module docstring). ``classify``/``classify_many``
    return :class:`~pressnlp.topics.types.Topic`, including the neutral result."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.classes_ = np.asarray([str(c) for c in arrays["classes"]], dtype=object)
        params = {**OPTIONAL_PARAMS, **json.loads(str(arrays["params"]))}
        self.stem: bool = params["stem"]
        self.max_chars: int | None = params["max_chars"]
        self.min_words: int = params["min_words"]
        self.scores: str = params["scores"]
        self.lead_chars: int = params["lead_chars"]
        self.short_words: tuple[int, ...] = tuple(params["short_words"])
        self._band_scaling = np.asarray(
            params["band_scaling"] or [1.0] * (len(self.short_words) + 1)
        )
        self._word_range = tuple(params["word_ngram_range"])
        self._char_range = tuple(params["char_ngram_range"])
        self._token = re.compile(params["token_pattern"])  # one of TOKEN_PATTERNS (checked)
        self._word_index = WordIndex({str(t): i for i, t in enumerate(arrays["word_terms"])})
        unstemmed = params["unstemmed_ngram_range"]
        self._unstemmed_range = None if unstemmed is None else tuple(unstemmed)
        self._unstemmed_index = WordIndex(
            {str(t): i for i, t in enumerate(arrays["unstemmed_terms"])}
        )
        self._unstemmed_idf = arrays["unstemmed_idf"]
        self._char_vocab = {str(t): i for i, t in enumerate(arrays["char_terms"])}
        self._char_cache: dict[str, bytes] = {}
        self._word_idf = arrays["word_idf"]
        self._char_idf = arrays["char_idf"]
        self._coef_t = np.ascontiguousarray(arrays["coef"].T)
        self._intercept = arrays["intercept"]
        self._coef_label = arrays.get("coef_label")
        self._calibration = arrays["calibration"]
        self._centroids = centroid_matrix(
            arrays["centroid_index"], arrays["centroid_weight"], len(arrays["word_terms"])
        )
        self._domain_reference = arrays["domain_reference"]
        head = arrays.get("headline_coef")
        self._headline_coef_t = None if head is None else np.ascontiguousarray(head.T)
        self._headline_intercept = arrays.get("headline_intercept")

    @classmethod
    def load(cls, folder: str | Path) -> CompiledTopicModel | None:
        """The runtime of the model in ``folder`` (see the module docstring), ``None`` if the
        folder has no ``runtime.npz``. A runtime whose contents are not a valid export
        raises :class:`ValueError`; one not exported from the trusted ``model.skops`` next to
        it raises :class:`StaleRuntimeError`."""
        folder = Path(folder)
        path = folder / RUNTIME_FILE
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError, EOFError) as err:  # zipfile.BadZipFile is an OSError
            raise ValueError(f"{path}: not a readable runtime ({err})") from err
        if str(arrays.get("format", "")) != RUNTIME_FORMAT:
            raise StaleRuntimeError(f"{path}: format is not {RUNTIME_FORMAT!r}")
        check_arrays(arrays, path)
        check_source(folder, str(arrays["model_sha256"]))
        return cls(arrays)

    def label_scores(self, texts: Sequence[str]) -> np.ndarray:
        """Per-label scores of raw texts (calibrated probability x domain fit)."""
        from scipy.sparse import hstack

        pairs = [
            preprocess_both(t, stem=self.stem, max_chars=self.max_chars, lead_chars=self.lead_chars)
            for t in texts
        ]
        words = word_counts(
            self._word_index, self._tokenize, self._word_range, [w for w, _ in pairs]
        )
        chars = char_wb_counts(
            self._char_vocab, self._char_ngrams, [c for _, c in pairs], self._char_cache
        )
        if len(self._char_cache) > WORD_CACHE_LIMIT:
            self._char_cache = {}
        Xw = _tfidf(words, self._word_idf)
        blocks = [Xw, _tfidf(chars, self._char_idf)]
        if self._unstemmed_range is not None:
            plain = [c for _, c in pairs]
            counts = word_counts(
                self._unstemmed_index, self._tokenize, self._unstemmed_range, plain
            )
            blocks.append(_tfidf(counts, self._unstemmed_idf))
        X = hstack(blocks).tocsr()
        dec = np.asarray(X @ self._coef_t) + self._intercept
        if self._coef_label is not None:
            dec = max_by_label(dec, self._coef_label, len(self.classes_))
        a, b = self._calibration[:, 0], self._calibration[:, 1]
        bands = None
        logits = dec * a + b
        if self.short_words:
            bands = length_bands((c for _, c in pairs), self.short_words)
            logits = logits * self._band_scaling[bands][:, None]
            if self._headline_coef_t is not None:
                rows = headline_rows(texts, bands)
                logits[rows] = (
                    np.asarray(X[rows] @ self._headline_coef_t) + self._headline_intercept
                )
        fit = domain_fit(Xw, self._centroids, self._domain_reference, bands)
        return label_scores_from_logits(logits, fit, self.scores)

    def _tokenize(self, text: str) -> list[str]:
        return self._token.findall(text.lower())

    def _char_ngrams(self, word: str) -> list[str]:
        return char_wb_ngrams(word, *self._char_range)

    def classify(self, text: str) -> Topic:
        """A :class:`Topic` for one text (neutral result for empty/short/non-Indonesian text)."""
        return self.classify_many([text])[0]

    def classify_many(self, texts: Sequence[str]) -> list[Topic]:
        """:class:`Topic` for each text, as :meth:`TopicModel.classify_many` gives it."""
        return topics_for(texts, self.label_scores, self.classes_, self.min_words)


def check_params(params: Any, where: object = "runtime") -> None:
    """:class:`ValueError` unless ``params`` (a runtime's ``params``) are settings the training
    code writes: the known keys with their types, n-gram ranges the runtime reproduces and a
    token pattern from :data:`TOKEN_PATTERNS`."""
    expected = {"stem", "max_chars", "min_words"} | {"token_pattern"}
    expected |= {"word_ngram_range", "char_ngram_range", "unstemmed_ngram_range"}
    if not isinstance(params, dict) or set(params) - set(OPTIONAL_PARAMS) != expected:
        raise ValueError(f"{where}: params must have exactly the keys {sorted(expected)}")
    params = {**OPTIONAL_PARAMS, **params}

    def is_int(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    chars = params["char_ngram_range"]
    problems = [
        ("token_pattern", params["token_pattern"] not in TOKEN_PATTERNS),
        ("stem", not isinstance(params["stem"], bool)),
        (
            "max_chars",
            params["max_chars"] is not None
            and not (is_int(params["max_chars"]) and params["max_chars"] > 0),
        ),
        ("min_words", not (is_int(params["min_words"]) and params["min_words"] >= 0)),
        ("scores", params["scores"] not in SCORE_KINDS),
        ("lead_chars", not (is_int(params["lead_chars"]) and params["lead_chars"] >= 0)),
        ("short_words", not _increasing_limits(params["short_words"])),
        ("band_scaling", not _band_scaling_ok(params["band_scaling"], params["short_words"])),
        ("word_ngram_range", params["word_ngram_range"] not in ([1, 1], [1, 2])),
        ("unstemmed_ngram_range", params["unstemmed_ngram_range"] not in (None, [1, 1], [1, 2])),
        (
            "char_ngram_range",
            not (
                isinstance(chars, list)
                and len(chars) == 2
                and all(is_int(n) for n in chars)
                and 1 <= chars[0] <= chars[1] <= 10
            ),
        ),
    ]
    bad = [name for name, wrong in problems if wrong]
    if bad:
        shown = {name: params[name] for name in bad}
        raise ValueError(f"{where}: unsupported params {shown}")


def check_arrays(arrays: dict[str, np.ndarray], where: object = "runtime") -> None:
    """:class:`ValueError` unless ``arrays`` (a loaded ``runtime.npz``) hold exactly the
    runtime's arrays with their dtypes and consistent shapes, and valid params
    (:func:`check_params`)."""
    kinds = {
        **_ARRAY_KINDS,
        **(_HEADLINE_KINDS if "headline_coef" in arrays else {}),
        **(_SUBLABEL_KINDS if "coef_label" in arrays else {}),
    }
    if set(arrays) != set(kinds):
        raise ValueError(f"{where}: arrays must be exactly {sorted(kinds)}")
    wrong = [k for k, kind in kinds.items() if arrays[k].dtype.kind != kind]
    if wrong:
        raise ValueError(f"{where}: arrays with the wrong dtype: {wrong}")
    scalars = ("format", "model_sha256", "params")
    vectors = ("classes", "word_terms", "char_terms", "unstemmed_terms")
    if any(arrays[k].ndim for k in scalars) or any(arrays[k].ndim != 1 for k in vectors):
        raise ValueError(f"{where}: {scalars} must be scalars and {vectors} vectors")
    try:
        params = json.loads(str(arrays["params"]))
    except ValueError as err:
        raise ValueError(f"{where}: params are not JSON ({err})") from err
    check_params(params, where)
    k, n_word, n_char = len(arrays["classes"]), len(arrays["word_terms"]), len(arrays["char_terms"])
    n_unstemmed = len(arrays["unstemmed_terms"])
    index = arrays["centroid_index"]
    n_features = n_word + n_char + n_unstemmed
    row_label = arrays.get("coef_label")
    rows = k if row_label is None else len(row_label)
    shapes = {
        "classes": k > 0,
        "word_idf": arrays["word_idf"].shape == (n_word,),
        "char_idf": arrays["char_idf"].shape == (n_char,),
        "unstemmed_idf": arrays["unstemmed_idf"].shape == (n_unstemmed,),
        # no unstemmed block: no unstemmed terms
        "unstemmed_terms": params["unstemmed_ngram_range"] is not None or n_unstemmed == 0,
        "coef": arrays["coef"].shape == (rows, n_features),
        "intercept": arrays["intercept"].shape == (rows,),
        # every row belongs to a label and every label has a row
        "coef_label": row_label is None
        or (row_label.ndim == 1 and np.array_equal(np.unique(row_label), np.arange(k))),
        "calibration": arrays["calibration"].shape == (k, 2),
        "centroid_index": index.ndim == 2
        and index.shape[0] == k
        and (index.size == 0 or (index.min() >= 0 and index.max() < n_word)),
        "centroid_weight": arrays["centroid_weight"].shape == index.shape,
        # one reference per label, or one per length band and the full texts' row last
        "domain_reference": arrays["domain_reference"].shape
        == ((len(limits) + 1, k) if (limits := params.get("short_words")) else (k,)),
        # a headline head scores the first length band: only with bands
        "headline_coef": "headline_coef" not in arrays
        or (bool(limits) and arrays["headline_coef"].shape == (k, n_features)),
        "headline_intercept": "headline_coef" not in arrays
        or arrays["headline_intercept"].shape == (k,),
    }
    bad = [name for name, ok in shapes.items() if not ok]
    if bad:
        raise ValueError(f"{where}: arrays with inconsistent shapes: {bad}")


def _increasing_limits(limits: Any) -> bool:
    return (
        isinstance(limits, list)
        and all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in limits)
        and limits == sorted(set(limits))
    )


def _band_scaling_ok(scaling: Any, limits: Any) -> bool:
    """No factors, or one positive finite factor per length band and 1 for full texts."""
    if scaling == []:
        return True
    return (
        isinstance(scaling, list)
        and isinstance(limits, list)
        and len(scaling) == len(limits) + 1
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in scaling)
        and all(0 < v < 1e3 for v in scaling)
        and scaling[-1] == 1
    )


def check_source(folder: str | Path, stamp: str) -> None:
    """:class:`StaleRuntimeError` unless ``folder`` holds the trusted ``model.skops`` a
    runtime stamped ``stamp`` was exported from: the file's SHA-256 and ``meta.json``'s
    ``model_sha256`` equal ``stamp``, and the file names only
    :data:`~pressnlp.topics.files.MODEL_FILE_TYPES`."""
    folder = Path(folder)
    model_file = folder / MODEL_FILE
    if not model_file.is_file():
        raise StaleRuntimeError(f"{folder}: runtime without its {MODEL_FILE}")
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise StaleRuntimeError(f"{folder}: unreadable {META_FILE} ({err})") from err
    if not isinstance(meta, dict) or meta.get("model_sha256") != stamp:
        raise StaleRuntimeError(f"{folder}: {RUNTIME_FILE} and {META_FILE} name other models")
    if file_sha256(model_file) != stamp:
        raise StaleRuntimeError(f"{folder}: {RUNTIME_FILE} was not exported from its {MODEL_FILE}")
    try:
        foreign = model_file_types(model_file) - MODEL_FILE_TYPES
    except ValueError as err:
        raise StaleRuntimeError(str(err)) from err
    if foreign:
        raise StaleRuntimeError(
            f"{model_file} names types a saved TopicModel does not hold: {sorted(foreign)}"
        )


def max_by_label(decision: np.ndarray, row_label: np.ndarray, n_labels: int) -> np.ndarray:
    """Each label's largest decision value among the columns ``row_label`` assigns to it
    (an SVM on sub-labels, :mod:`pressnlp.topics.sublabels`).

    >>> max_by_label(np.array([[1.0, 3.0, 2.0]]), np.array([0, 0, 1]), 2).tolist()
    [[3.0, 2.0]]
    """
    out = np.full((decision.shape[0], n_labels), -np.inf)
    for k in range(n_labels):
        out[:, k] = decision[:, row_label == k].max(axis=1)
    return out


def label_scores_from_logits(logits: np.ndarray, domain_fit: np.ndarray, kind: str) -> np.ndarray:
    """Label scores from every label's (calibrated) Platt logit: ``sigmoid(logit)`` for
    ``kind="ovr"``, the softmax shares of a text's logits for ``"softmax"``; times the text's
    ``domain_fit``. Shared by the estimator and the runtime so both score alike.

    >>> label_scores_from_logits(np.array([[0.0, 0.0]]), np.array([1.0]), "ovr").tolist()
    [[0.5, 0.5]]
    >>> label_scores_from_logits(np.array([[1.0, 1.0]]), np.array([0.5]), "softmax").tolist()
    [[0.25, 0.25]]
    """
    z = np.asarray(logits, dtype=float)
    fit = np.asarray(domain_fit, dtype=float)[:, None]
    if kind == "ovr":
        return np.asarray(fit / (1.0 + np.exp(-z)))
    if kind == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True) * fit)
    raise ValueError(f"unknown score kind {kind!r} (use one of {SCORE_KINDS})")


def topics_for(
    texts: Sequence[str],
    score: Callable[[list[str]], np.ndarray],
    classes: Iterable[Any],
    min_words: int,
) -> list[Topic]:
    """:class:`Topic` for each text from a label-score function: the neutral result for
    empty/short/non-Indonesian texts (never scored), else labels ranked by score. Non-``str``
    texts raise ``TypeError``; ``None``/NaN count as empty."""
    texts = as_texts(list(texts))
    results: list[Topic | None] = [
        NEUTRAL if neutral_reason(t, min_words=min_words) else None for t in texts
    ]
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        scores = score([texts[i] for i in todo])
        labels = [str(c) for c in classes]
        for i, row in zip(todo, scores, strict=True):
            order = np.argsort(-row)
            ranked = {labels[k]: round(float(row[k]), 4) for k in order}
            best = labels[order[0]]
            results[i] = Topic(best, ranked[best], ranked)
    return [Topic(r.label, r.score, dict(r.scores)) if r is not None else NEUTRAL for r in results]
