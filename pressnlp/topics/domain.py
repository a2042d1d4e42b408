"""The domain fit of a text: how close its words come to any label's training texts (0..1).

One-vs-rest classifiers are confident far from their data (for a model trained on
food/car/property labels, "not food, not cars" is enough to mean property), so label scores
are scaled by how much the text's vocabulary resembles any label's texts. Each label keeps the
top terms of its word-block centroid and how close its own texts come to it; a text as close
as most of a label's own texts fits 1. Shared by the estimator and the runtime (numpy and
scipy only).

Short texts (headlines, leads, one-line posts) share fewer words with any centroid than
full articles, so a title of an ordinary release fitted about 0.5. A model fitted with
``short_words`` (word-count limits, e.g. ``(20, 60)``) keeps one reference row per length
band as well, measured on its training texts cut to that band's length
(:func:`fit_short_references`): a text is compared with texts of its own length.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = [
    "centroid_matrix",
    "domain_fit",
    "fit_centroids",
    "fit_short_references",
    "length_bands",
]


def fit_centroids(
    Xw: Any, y_idx: np.ndarray, n_classes: int, *, terms: int, quantile: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(index, weight, reference)`` per label from the word-block rows ``Xw`` (sparse,
    l2-normalised TF-IDF) of its texts: the ``terms`` largest entries of the label's centroid
    (their feature indices and unit-normalised weights) and the ``quantile`` of its own texts'
    similarity to them (most texts of a label are at least this close)."""
    from scipy.sparse import csr_matrix

    Xw = csr_matrix(Xw)
    k_top = min(terms, Xw.shape[1])
    index = np.zeros((n_classes, k_top), dtype=np.int32)
    weight = np.zeros((n_classes, k_top), dtype=np.float32)
    reference = np.zeros(n_classes)
    for k in range(n_classes):
        rows = Xw[y_idx == k]
        centroid = np.asarray(rows.mean(axis=0)).ravel()
        top = np.argsort(-centroid)[:k_top]
        vals = centroid[top] / max(float(np.linalg.norm(centroid[top])), 1e-12)
        index[k], weight[k] = top, vals
        reference[k] = max(float(np.quantile(rows[:, top] @ vals, quantile)), 1e-6)
    return index, weight, reference


def centroid_matrix(index: np.ndarray, weight: np.ndarray, n_word: int) -> Any:
    """The label centroids as one sparse ``(n_word, labels)`` matrix."""
    from scipy.sparse import csr_matrix

    k, top = index.shape
    return csr_matrix(
        (weight.ravel(), (index.ravel(), np.repeat(np.arange(k), top))), shape=(n_word, k)
    )


def fit_short_references(
    cut_rows: list[Any],
    y_idx: np.ndarray,
    centroids: Any,
    reference: np.ndarray,
    *,
    quantile: float,
) -> np.ndarray:
    """One reference row per length band: for each label, the ``quantile`` of its training
    texts' similarity to its centroid when the texts are cut to the band's length
    (``cut_rows``: one word-block matrix per band, rows as in ``y_idx``). A band never asks
    for more than the full texts' ``reference`` does."""
    from scipy.sparse import csr_matrix

    out = np.zeros((len(cut_rows), len(reference)))
    for b, Xc in enumerate(cut_rows):
        sims = np.asarray((csr_matrix(Xc) @ centroids).todense())
        for k in range(len(reference)):
            own = sims[y_idx == k, k]
            out[b, k] = max(float(np.quantile(own, quantile)), 1e-6) if len(own) else reference[k]
    return np.minimum(out, reference[None, :])


def length_bands(plain: Iterable[str], short_words: tuple[int, ...]) -> np.ndarray:
    """The length band of each preprocessed (plain) text: ``i`` for at most
    ``short_words[i]`` words (the first such limit), ``len(short_words)`` for longer texts.

    >>> length_bands(["w " * n for n in (3, 20, 21, 60, 61)], (20, 60)).tolist()
    [0, 0, 1, 1, 2]
    """
    n_words = [len(str(t).split()) for t in plain]
    return np.searchsorted(np.asarray(short_words), np.asarray(n_words, dtype=int), side="left")


def domain_fit(
    Xw: Any, centroids: Any, reference: np.ndarray, bands: np.ndarray | None = None
) -> np.ndarray:
    """Each text's closeness to its closest label centroid relative to that label's
    ``reference``, clipped to 0..1 (``Xw``: word-block rows, ``centroids``:
    :func:`centroid_matrix`). With a reference row per length band (2-D ``reference``, the
    full texts' row last), ``bands`` (:func:`length_bands`) picks each text's row."""
    sims = np.asarray((Xw @ centroids).todense())
    ref = np.asarray(reference)
    if ref.ndim == 2:
        if bands is None:
            raise ValueError("a reference per length band needs the texts' bands")
        ref = ref[np.asarray(bands, dtype=int)]
    return np.asarray(np.clip((sims / ref).max(axis=1), 0.0, 1.0))
