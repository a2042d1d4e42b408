"""Domain adaptation by feature copies (Daumé III, "Frustratingly Easy Domain Adaptation",
ACL 2007): a linear SVM on ``[X, copy_weight * X]`` where the second copy of every feature is
non-zero only for in-domain rows (press releases among news articles).

The shared weights learn from every row; the in-domain weights learn what press text adds or
changes (a label's words in releases). The fitted model scores every text as an in-domain
one, so the two are folded into one weight per feature (``w_shared + copy_weight * w_domain``):
``decision_function`` is ``X @ coef_.T + intercept_`` as for :class:`sklearn.svm.LinearSVC`,
and the topic runtime uses the weights unchanged.

Used by :mod:`pressnlp.topics.model` (scikit-learn), and imported only with it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.svm import LinearSVC

from pressnlp.topics.nbsvm import FoldedLinearClassifier

__all__ = ["AdaptedLinearSVC", "domain_flags"]


def domain_flags(in_domain: Any, n: int) -> np.ndarray:
    """``in_domain`` as a boolean array of ``n`` flags, at least one of them true."""
    if in_domain is None:
        raise ValueError("in_domain is needed: one flag per text, true for in-domain texts")
    flags = np.asarray(in_domain, dtype=bool)
    if flags.shape != (n,) or not flags.any():
        raise ValueError(f"in_domain must be {n} flags, at least one true (got {flags.shape})")
    return flags


class AdaptedLinearSVC(FoldedLinearClassifier):
    """Linear SVM with an in-domain copy of every feature (see the module docstring).

    Args:
        C: inverse regularisation strength of the SVM.
        copy_weight: factor on the in-domain copy (> 0); larger lets in-domain rows move
            their own weights more cheaply, away from the shared ones.
        class_weight: as for :class:`sklearn.svm.LinearSVC`.
        random_state: seed of the SVM solver.

    >>> X = sparse.csr_matrix(np.array([[1, 0], [2, 0], [0, 1], [0, 3]], dtype=float))
    >>> model = AdaptedLinearSVC().fit(X, ["a", "a", "b", "b"], in_domain=[1, 0, 1, 0])
    >>> model.predict(X).tolist()
    ['a', 'a', 'b', 'b']
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        copy_weight: float = 0.5,
        class_weight: str | dict[Any, float] | None = "balanced",
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.copy_weight = copy_weight
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(
        self, X: Any, y: Any, sample_weight: Any = None, *, in_domain: Any = None
    ) -> AdaptedLinearSVC:
        """Fit on a feature matrix ``X`` (rows = texts), labels ``y`` and ``in_domain``, one
        flag per row (true for the target domain's rows)."""
        if not self.copy_weight > 0:
            raise ValueError(f"copy_weight must be positive (got {self.copy_weight!r})")
        X = sparse.csr_matrix(X)
        flags = domain_flags(in_domain, X.shape[0])
        copy = sparse.diags(flags * float(self.copy_weight)) @ X
        svm = LinearSVC(
            C=self.C, class_weight=self.class_weight, random_state=self.random_state
        ).fit(sparse.hstack([X, copy]).tocsr(), y, sample_weight=sample_weight)
        n = X.shape[1]
        self.classes_ = svm.classes_
        self.coef_ = svm.coef_[:, :n] + self.copy_weight * svm.coef_[:, n:]
        self.intercept_ = svm.intercept_
        self.n_features_in_ = n
        return self
