"""The domain fit of a text: how close its words come to any label's training texts (0..1).

One-vs-rest classifiers are confident far from their data (for a model trained on
food/car/property labels, "not food, not cars" is enough to mean property), so label scores
are scaled by how much the text's vocabulary resembles any label's texts. Each label keeps the
top terms of its word-block centroid and how close its own texts come to it; a text as close
as most of a label's own texts fits 1. Shared by the estimator and the runtime (numpy and
scipy only).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["centroid_matrix", "domain_fit", "fit_centroids"]


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


def domain_fit(Xw: Any, centroids: Any, reference: np.ndarray) -> np.ndarray:
    """Each text's closeness to its closest label centroid relative to that label's
    ``reference``, clipped to 0..1 (``Xw``: word-block rows, ``centroids``:
    :func:`centroid_matrix`)."""
    sims = np.asarray((Xw @ centroids).todense())
    return np.asarray(np.clip((sims / reference).max(axis=1), 0.0, 1.0))
