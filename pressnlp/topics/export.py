"""The arrays of a fitted :class:`~pressnlp.topics.model.TopicModel` that
:class:`~pressnlp.topics.runtime.CompiledTopicModel` scores with (``runtime.npz``).

Imported by :mod:`pressnlp.topics.model` (it needs scikit-learn's fitted vectorizers); the
runtime reads the file with numpy only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from pressnlp.topics.fast import fast_kind
from pressnlp.topics.files import RUNTIME_FILE
from pressnlp.topics.runtime import RUNTIME_FORMAT, TOKEN_PATTERNS

if TYPE_CHECKING:
    from pressnlp.topics.model import TopicModel

__all__ = ["feature_coef", "runtime_arrays", "top_features", "write_runtime"]


def feature_coef(model: TopicModel, svm: Any = None) -> np.ndarray:
    """The SVM's (``svm``: another SVM on the model's features) weights on the *unweighted*
    TF-IDF features: each block's columns times its
    :meth:`~pressnlp.topics.model.TopicModel.block_weights` factor (what the runtime, which
    computes the blocks unweighted, multiplies its features with)."""
    coef = np.asarray((model.svm_ if svm is None else svm).coef_, dtype=np.float64).copy()
    start = 0
    for name, vec, _ in model.features_.transformers_:
        end = start + len(vec.vocabulary_)
        coef[:, start:end] *= model.block_weights().get(name, 1.0)
        start = end
    return coef


def _terms(vec: Any) -> np.ndarray:
    out = np.empty(len(vec.vocabulary_), dtype=object)
    for term, idx in vec.vocabulary_.items():
        out[idx] = term
    return out.astype(str)


def _reproducible(model: TopicModel, blocks: dict[str, Any]) -> bool:
    """Whether the runtime reproduces the model's features exactly: a word block and a
    char_wb block (in this order), optionally an unstemmed word block after them, each
    sublinear TF-IDF with l2 norm, word blocks with a known token pattern."""
    names = list(blocks)
    if names not in (["word", "char"], ["word", "char", "unstemmed"]):
        return False
    kinds = {"word": "word", "char": "char_wb", "unstemmed": "word"}
    words = [blocks[n] for n in names if kinds[n] == "word"]
    return (
        all(fast_kind(blocks[n]) == kinds[n] for n in names)
        and all(vec.sublinear_tf and vec.norm == "l2" for vec in blocks.values())
        and all(vec.token_pattern in TOKEN_PATTERNS for vec in words)
        and len({vec.token_pattern for vec in words}) == 1
        and model.svm_.coef_.shape[0] == len(getattr(model.svm_, "row_label_", model.classes_))
    )


def runtime_arrays(model: TopicModel, model_sha256: str) -> dict[str, np.ndarray] | None:
    """The runtime's arrays of a fitted ``model`` (see :mod:`pressnlp.topics.runtime`), stamped
    with ``model_sha256``; ``None`` for a model the runtime cannot reproduce (other vectorizer
    settings, a token pattern outside :data:`~pressnlp.topics.runtime.TOKEN_PATTERNS`)."""
    blocks = {name: vec for name, vec, _ in model.features_.transformers_}
    if not _reproducible(model, blocks):
        return None
    word, char = blocks["word"], blocks["char"]
    unstemmed = blocks.get("unstemmed")
    params = {
        "stem": bool(model.stem),
        "max_chars": model.max_chars,
        "min_words": int(model.min_words),
        "word_ngram_range": [int(n) for n in word.ngram_range],
        "char_ngram_range": [int(n) for n in char.ngram_range],
        "unstemmed_ngram_range": None
        if unstemmed is None
        else [int(n) for n in unstemmed.ngram_range],
        "token_pattern": word.token_pattern,
        "scores": str(model.scores),
        "lead_chars": int(model.lead_chars),
    }
    reference = model.domain_references()
    head = getattr(model, "headline_svm_", None)
    if reference.ndim == 2:
        params["short_words"] = [int(n) for n in model.short_words]
        params["band_scaling"] = [float(v) for v in model.band_scaling_]
    return {
        "format": np.asarray(RUNTIME_FORMAT),
        "model_sha256": np.asarray(model_sha256),
        "params": np.asarray(json.dumps(params)),
        "classes": np.asarray([str(c) for c in model.classes_]),
        "word_terms": _terms(word),
        "word_idf": word._tfidf.idf_.astype(np.float32),
        "char_terms": _terms(char),
        "char_idf": char._tfidf.idf_.astype(np.float32),
        "unstemmed_terms": np.zeros(0, dtype="<U1") if unstemmed is None else _terms(unstemmed),
        "unstemmed_idf": np.zeros(0, dtype=np.float32)
        if unstemmed is None
        else unstemmed._tfidf.idf_.astype(np.float32),
        # the block weights folded in: the runtime's features are the unweighted blocks
        "coef": feature_coef(model).astype(model.svm_.coef_.dtype),
        "intercept": model.svm_.intercept_,
        "calibration": model.calibration_,
        "centroid_index": model.centroid_index_,
        "centroid_weight": model.centroid_weight_,
        "domain_reference": reference,
        **({} if head is None or reference.ndim != 2 else _headline_arrays(model, head)),
        **_sublabel_arrays(model.svm_),
    }


def _sublabel_arrays(svm: Any) -> dict[str, np.ndarray]:
    """The label of each row of an SVM on sub-labels (:mod:`pressnlp.topics.sublabels`)."""
    row_label = getattr(svm, "row_label_", None)
    return {} if row_label is None else {"coef_label": np.asarray(row_label, dtype=np.int64)}


def _headline_arrays(model: TopicModel, head: Any) -> dict[str, np.ndarray]:
    """The headline head (:mod:`pressnlp.topics.headlines`) with its calibration folded in:
    its logits are ``features @ headline_coef.T + headline_intercept``."""
    a, b = model.headline_calibration_[:, 0], model.headline_calibration_[:, 1]
    coef = feature_coef(model, head) * a[:, None]
    return {
        "headline_coef": coef.astype(head.coef_.dtype),
        "headline_intercept": np.asarray(head.intercept_ * a + b, dtype=np.float64),
    }


def write_runtime(
    model: TopicModel, folder: str | os.PathLike[str], model_sha256: str
) -> Path | None:
    """Write :func:`runtime_arrays` as ``runtime.npz`` into ``folder`` (no pickled objects);
    ``None`` (and no file) when the runtime cannot reproduce the model."""
    arrays = runtime_arrays(model, model_sha256)
    if arrays is None:
        return None
    path = Path(folder) / RUNTIME_FILE
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)  # type: ignore[arg-type]
    return path


def top_features(model: TopicModel, n: int) -> dict[str, list[str]]:
    """The ``n`` features with the largest positive weight for each label of ``model``."""
    names = np.asarray(model.features_.get_feature_names_out())
    coef = feature_coef(model)
    if coef.shape[0] == 1:
        coef = np.vstack([-coef[0], coef[0]])
    if (row_label := getattr(model.svm_, "row_label_", None)) is not None:
        coef = np.vstack([coef[row_label == k].max(axis=0) for k in range(len(model.classes_))])
    return {
        str(label): [str(x) for x in names[np.argsort(-coef[k])[:n]]]
        for k, label in enumerate(model.classes_)
    }
