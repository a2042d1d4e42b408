"""NB-SVM: a linear SVM on features scaled by naive-Bayes log-count ratios (Wang & Manning,
"Baselines and Bigrams", ACL 2012), one binary SVM per label.

For label ``c`` each feature is multiplied by ``r_c = log((p_c / |p_c|) / (q_c / |q_c|))``,
where ``p_c`` and ``q_c`` count (weighted, smoothed by ``alpha``) the texts of ``c`` and of
the other labels that have the feature. Terms typical of a label count for more before the
SVM weighs them. The scaling is folded into ``coef_`` (``w_c * r_c``), so the fitted model is
an ordinary linear model on the unscaled features: ``decision_function`` is
``X @ coef_.T + intercept_``, exactly as for :class:`sklearn.svm.LinearSVC`, and the topic
runtime uses its weights unchanged.

Used by :mod:`pressnlp.topics.model` (scikit-learn), and imported only with it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.svm import LinearSVC
from sklearn.utils.class_weight import compute_class_weight

__all__ = ["FoldedLinearClassifier", "NBLinearSVC", "nb_ratios"]


def nb_ratios(X: Any, y_idx: np.ndarray, n_classes: int, weights: np.ndarray, alpha: float) -> Any:
    """Log-count ratio of each feature for each label, shape ``(n_classes, n_features)``:
    a feature counts once per text that has it (times the text's weight)."""
    present = sparse.csr_matrix(X, copy=True)
    present.data = (present.data != 0).astype(np.float64)
    onehot = sparse.csr_matrix(
        (weights, (y_idx, np.arange(len(y_idx)))), shape=(n_classes, len(y_idx))
    )
    own = np.asarray((onehot @ present).todense())
    rest = own.sum(axis=0, keepdims=True) - own
    p, q = own + alpha, rest + alpha
    return np.log(p / p.sum(axis=1, keepdims=True)) - np.log(q / q.sum(axis=1, keepdims=True))


class FoldedLinearClassifier(ClassifierMixin, BaseEstimator):
    """Base of the estimators whose feature transform is folded into ``coef_``: scored as
    ``X @ coef_.T + intercept_`` on the unscaled features, as :class:`sklearn.svm.LinearSVC`."""

    classes_: np.ndarray
    coef_: np.ndarray
    intercept_: np.ndarray

    def decision_function(self, X: Any) -> np.ndarray:
        """``X @ coef_.T + intercept_``; one column (the second class's) for two labels."""
        dec = np.asarray(sparse.csr_matrix(X) @ self.coef_.T) + self.intercept_
        return dec[:, 0] if dec.shape[1] == 1 else dec

    def predict(self, X: Any) -> np.ndarray:
        dec = self.decision_function(X)
        best = (dec > 0).astype(int) if dec.ndim == 1 else np.argmax(dec, axis=1)
        return np.asarray(self.classes_[best])


class NBLinearSVC(FoldedLinearClassifier):
    """One-vs-rest linear SVM on NB-scaled features (see the module docstring).

    Args:
        C: inverse regularisation strength of each binary SVM.
        alpha: smoothing of the feature counts (> 0); larger keeps ratios nearer 0.
        class_weight: ``"balanced"``, a dict label -> weight, or ``None``; applied as a
            factor on each text's weight in every binary problem.
        random_state: seed of the SVM solver.

    >>> X = sparse.csr_matrix(np.array([[1, 0], [2, 0], [0, 1], [0, 3]], dtype=float))
    >>> NBLinearSVC().fit(X, ["a", "a", "b", "b"]).predict(X).tolist()
    ['a', 'a', 'b', 'b']
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        alpha: float = 1.0,
        class_weight: str | dict[Any, float] | None = "balanced",
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.alpha = alpha
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> NBLinearSVC:
        """Fit on a feature matrix ``X`` (rows = texts) and labels ``y``."""
        if not self.alpha > 0:
            raise ValueError(f"alpha must be positive (got {self.alpha!r})")
        X = sparse.csr_matrix(X)
        classes, y_idx = np.unique(np.asarray(y), return_inverse=True)
        if len(classes) < 2:
            raise ValueError("need at least two different labels")
        if len(y_idx) != X.shape[0]:
            raise ValueError(f"{X.shape[0]} rows but {len(y_idx)} labels")
        weights = np.ones(len(y_idx)) if sample_weight is None else np.asarray(sample_weight, float)
        if weights.shape != y_idx.shape:
            raise ValueError(f"{len(y_idx)} rows but sample_weight has shape {weights.shape}")
        ratios = nb_ratios(X, y_idx, len(classes), weights, float(self.alpha))
        factor = compute_class_weight(self.class_weight, classes=classes, y=classes[y_idx])
        # sklearn's binary convention: one weight row, for the second class
        positives = [1] if len(classes) == 2 else range(len(classes))
        coef = np.zeros((len(positives), X.shape[1]))
        intercept = np.zeros(len(positives))
        for row, k in enumerate(positives):
            svm = LinearSVC(C=self.C, random_state=self.random_state).fit(
                X @ sparse.diags(ratios[k]),
                (y_idx == k).astype(int),
                sample_weight=weights * factor[y_idx],
            )
            coef[row] = svm.coef_[0] * ratios[k]
            intercept[row] = svm.intercept_[0]
        self.classes_ = classes
        self.coef_ = coef
        self.intercept_ = intercept
        self.n_features_in_ = X.shape[1]
        return self
