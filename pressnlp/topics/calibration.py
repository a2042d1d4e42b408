"""Calibrating the label scores on in-domain texts (press releases).

The estimator's per-label Platt scaling is fitted on out-of-fold decisions over its training
texts, mostly news. On press releases those probabilities are off: the press set decides what
a score means. :func:`fit_top_scaling` fits one slope and one offset on top of every label's
Platt logit so that the best label's score, ``sigmoid(alpha * z + beta) * domain_fit``, is the
probability that it is right; :func:`cross_fitted_scores` gives honest scores for the texts the
scaling is fitted on (each fold scaled by a fit on the others), for measuring calibration
error on the very set used to calibrate. Both keep the ranking of labels: ``alpha > 0``.

For a model whose scores are a softmax over the labels' Platt logits (``scores="softmax"``),
:func:`fit_temperature` fits the one temperature that makes those shares probabilities on the
in-domain texts (temperature scaling, Guo et al. 2017); the scores themselves are computed by
:func:`pressnlp.topics.runtime.label_scores_from_logits`.

numpy and scipy only (no scikit-learn).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "apply_top_scaling",
    "cross_fitted_scores",
    "fit_temperature",
    "fit_top_scaling",
    "rescaled",
]


def rescaled(platt: np.ndarray, alpha: float, beta: float) -> np.ndarray:
    """Per-label Platt parameters ``(slope, intercept)`` whose logits ``z`` become
    ``alpha * z + beta`` (the top-label scaling or a softmax temperature folded in).

    >>> rescaled(np.array([[2.0, -1.0]]), 0.5, 0.25).tolist()
    [[1.0, -0.25]]
    """
    return np.column_stack([platt[:, 0] * alpha, platt[:, 1] * alpha + beta])


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


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature ``t`` minimising the log loss of ``softmax(logits / t)`` against the
    true label indices ``labels`` (bounded to 0.05..20; rankings do not depend on it).

    >>> rng = np.random.default_rng(0); z = rng.normal(0, 2, (2000, 3))
    >>> p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    >>> y = (rng.random((2000, 1)) > p.cumsum(1)).sum(1)  # labels drawn from softmax(z)
    >>> 2.5 < fit_temperature(z * 3, y) < 3.5  # logits 3x too sharp: temperature about 3
    True
    """
    from scipy.optimize import minimize_scalar
    from scipy.special import log_softmax

    z = np.asarray(logits, dtype=float)
    y = np.asarray(labels, dtype=int)
    if z.ndim != 2 or len(z) != len(y) or not len(y):
        raise ValueError("fit_temperature needs one row of logits per label index")
    rows = np.arange(len(y))

    def loss(log_t: float) -> float:
        return float(-np.mean(log_softmax(z / np.exp(log_t), axis=1)[rows, y]))

    res = minimize_scalar(loss, bounds=(np.log(0.05), np.log(20.0)), method="bounded")
    return float(np.exp(res.x))
