"""Sub-labels: a linear SVM fitted on finer labels than the ones it predicts.

A label learnt from two kinds of text (``pariwisata_hiburan``: travel news and celebrity
news; ``olahraga_pemuda``: sport policy and match reports) gets one weight vector per kind
instead of one that mostly describes the larger kind. A label's decision value is the largest
of its sub-labels' (a text is tourism when it reads like either kind), so everything after
the SVM (Platt scaling, softmax, the runtime) still sees one column per label.

Used by :mod:`pressnlp.topics.model` (scikit-learn), and imported only with it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.svm import LinearSVC

from pressnlp.topics.runtime import max_by_label

__all__ = ["SubLabelLinearSVC", "sub_codes"]


def sub_codes(sub_labels: Any, n: int) -> np.ndarray:
    """``sub_labels`` (one string per text, ``""`` or ``None`` for none) as integer codes, 0
    for none; sub-labels are named within their label, so codes need not differ by label."""
    if sub_labels is None:
        return np.zeros(n, dtype=np.int64)
    values = ["" if v is None or v != v else str(v) for v in sub_labels]  # v != v: NaN
    if len(values) != n:
        raise ValueError(f"{n} texts but {len(values)} sub-labels")
    names = sorted(set(values) - {""})
    codes = {name: i + 1 for i, name in enumerate(names)}
    return np.asarray([codes.get(v, 0) for v in values], dtype=np.int64)


class SubLabelLinearSVC(ClassifierMixin, BaseEstimator):
    """A :class:`sklearn.svm.LinearSVC` on (label, sub-label) pairs whose decision value for
    a label is the largest of its pairs' (see the module docstring).

    ``coef_`` and ``intercept_`` have one row per pair; ``row_label_`` maps each row to its
    label's index in ``classes_``. Needs at least three labels.

    >>> X = sparse.csr_matrix(np.eye(4))
    >>> m = SubLabelLinearSVC().fit(X, ["a", "a", "b", "c"], sub=[1, 2, 0, 0])
    >>> m.coef_.shape[0], m.predict(X).tolist()
    (4, ['a', 'a', 'b', 'c'])
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        class_weight: str | dict[Any, float] | None = "balanced",
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X: Any, y: Any, sample_weight: Any = None, *, sub: Any = None) -> Any:
        """Fit on features ``X``, labels ``y`` and ``sub``, one sub-label code per row (0:
        none; see :func:`sub_codes`)."""
        y = np.asarray(y)
        codes = np.zeros(len(y), dtype=np.int64) if sub is None else np.asarray(sub)
        if codes.shape != y.shape:
            raise ValueError(f"{len(y)} labels but sub has shape {codes.shape}")
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        if len(self.classes_) < 3:
            raise ValueError("sub-labels need at least three labels")
        pairs, pair_idx = np.unique(np.column_stack([y_idx, codes]), axis=0, return_inverse=True)
        svm = LinearSVC(C=self.C, class_weight=self.class_weight, random_state=self.random_state)
        svm.fit(X, pair_idx.ravel(), sample_weight=sample_weight)
        self.coef_ = svm.coef_
        self.intercept_ = svm.intercept_
        self.row_label_ = pairs[:, 0].astype(np.int64)
        self.n_features_in_ = svm.n_features_in_
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        """One column per label: the largest decision value of its sub-labels."""
        dec = np.asarray(sparse.csr_matrix(X) @ self.coef_.T) + self.intercept_
        return max_by_label(dec, self.row_label_, len(self.classes_))

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.decision_function(X), axis=1)])
