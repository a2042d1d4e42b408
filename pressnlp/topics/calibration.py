"""Calibrating the best label's score on in-domain texts (press releases).

The estimator's per-label Platt scaling is fitted on out-of-fold decisions over its training
texts, mostly news. On press releases those probabilities are off: the press set decides what
a score means. :func:`fit_top_scaling` fits one slope and one offset on top of every label's
Platt logit so that the best label's score, ``sigmoid(alpha * z + beta) * domain_fit``, is the
probability that it is right; :func:`cross_fitted_scores` gives honest scores for the texts the
scaling is fitted on (each fold scaled by a fit on the others), for measuring calibration
error on the very set used to calibrate. Both keep the ranking of labels: ``alpha > 0``.

numpy and scipy only (no scikit-learn).
"""

from __future__ import annotations

import numpy as np

__all__ = ["apply_top_scaling", "cross_fitted_scores", "fit_top_scaling"]


def apply_top_scaling(
    logit: np.ndarray, domain_fit: np.ndarray, alpha: float, beta: float
) -> np.ndarray:
    """``sigmoid(alpha * logit + beta) * domain_fit``.

    >>> apply_top_scaling(np.array([0.0]), np.array([1.0]), 1.0, 0.0).tolist()
    [0.5]
    """
    return np.asarray(domain_fit / (1.0 + np.exp(-(alpha * logit + beta))))


def fit_top_scaling(
    logit: np.ndarray, domain_fit: np.ndarray, correct: np.ndarray
) -> tuple[float, float]:
    """``(alpha, beta)`` minimising the log loss of :func:`apply_top_scaling` against
    ``correct`` (whether each text's best label is right), with ``alpha`` kept positive.

    >>> z = np.linspace(-3, 3, 200); ok = np.random.default_rng(0).random(200) < 1 / (1 + np.exp(-2 * z))
    >>> a, b = fit_top_scaling(z, np.ones(200), ok)
    >>> 1.2 < a < 3.5 and abs(b) < 0.8
    True
    """
    from scipy.optimize import minimize

    z = np.asarray(logit, dtype=float)
    f = np.clip(np.asarray(domain_fit, dtype=float), 1e-6, 1.0)
    y = np.asarray(correct, dtype=float)

    def loss(params: np.ndarray) -> float:
        alpha, beta = float(np.exp(params[0])), float(params[1])
        p = np.clip(apply_top_scaling(z, f, alpha, beta), 1e-9, 1 - 1e-9)
        # mild pull towards the uncalibrated scores (alpha 1, beta 0): small sets stay stable
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 1e-3 * (params @ params))

    res = minimize(loss, np.zeros(2), method="L-BFGS-B")
    return float(np.exp(res.x[0])), float(res.x[1])


def cross_fitted_scores(
    logit: np.ndarray, domain_fit: np.ndarray, correct: np.ndarray, *, folds: int = 5, seed: int = 0
) -> np.ndarray:
    """Best-label scores of texts under a scaling fitted on the other folds (cross-fitting)."""
    n = len(logit)
    rng = np.random.default_rng(seed)
    fold_of = rng.permutation(np.arange(n) % folds)
    out = np.zeros(n)
    for k in range(folds):
        held = fold_of == k
        alpha, beta = fit_top_scaling(logit[~held], domain_fit[~held], correct[~held])
        out[held] = apply_top_scaling(logit[held], domain_fit[held], alpha, beta)
    return out
