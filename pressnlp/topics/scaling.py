"""Scaling of a fitted :class:`~pressnlp.topics.model.TopicModel`'s scores so that they are
probabilities on given texts (hand-labelled press releases): the softmax's temperature, or
the best label's slope and offset (:mod:`pressnlp.topics.calibration`). Rankings never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from pressnlp.topics.calibration import rescaled

__all__ = ["TopScaling"]


class TopScaling:
    """:meth:`calibrate_top`, :meth:`scale_top` and the fitting of their parameters from
    out-of-fold decisions (a mixin of :class:`~pressnlp.topics.model.TopicModel`)."""

    classes_: np.ndarray
    scores: str
    calibration_: np.ndarray
    top_scaling_: tuple[float, float]

    if TYPE_CHECKING:  # TopicModel's methods this mixin calls

        def _bands(self, prepped: np.ndarray) -> np.ndarray | None: ...
        def _domain_fit(self, Xv: Any, bands: np.ndarray | None) -> np.ndarray: ...
        def decision_and_fit(self, X: Any) -> tuple[np.ndarray, np.ndarray]: ...
        def logits_from_decision(self, decision: np.ndarray) -> np.ndarray: ...

    def _oof_scaling(
        self, Xv: Any, y_idx: np.ndarray, oof: np.ndarray, mask: Any, prepped: np.ndarray,
        platt: np.ndarray,
    ) -> tuple[float, float]:  # fmt: skip
        """:meth:`_scaling` of the texts ``mask`` marks, from their out-of-fold decisions
        ``oof`` through the Platt parameters ``platt`` (the model's or its headline head's)."""
        mask = np.asarray(mask, dtype=bool)
        if mask.shape != y_idx.shape or not mask.any():
            raise ValueError("calibrate_on must mark at least one of the texts (one flag each)")
        dec = oof[mask] if oof.shape[1] > 1 else np.column_stack([-oof[mask], oof[mask]])
        fit = self._domain_fit(Xv[np.flatnonzero(mask)], self._bands(prepped[mask]))
        return self._scaling(dec * platt[:, 0] + platt[:, 1], y_idx[mask], fit)

    def _scaling(
        self, logits: np.ndarray, y_idx: np.ndarray, fit: np.ndarray
    ) -> tuple[float, float]:
        """``(alpha, beta)`` for :meth:`scale_top` that calibrate these texts' scores: the
        softmax's temperature ``t`` as ``(1 / t, 0)``, or the best label's slope and offset."""
        from pressnlp.topics.calibration import fit_temperature, fit_top_scaling

        if self.scores == "softmax":
            return 1.0 / fit_temperature(logits, y_idx), 0.0
        best = np.argmax(logits, axis=1)
        return fit_top_scaling(logits[np.arange(len(best)), best], fit, best == y_idx)

    def top_logits(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(best, logit, domain_fit)`` of each text: index of the best label in ``classes_``,
        its Platt logit (the score is ``sigmoid(logit) * domain_fit``) and the domain fit."""
        dec, fit = self.decision_and_fit(X)
        logits = self.logits_from_decision(dec)
        best = np.argmax(logits, axis=1)
        return best, logits[np.arange(len(best)), best], fit

    def calibrate_top(self, X: Any, y: Any) -> tuple[float, float]:
        """Rescale every label's Platt logit by one slope and offset so that the best label's
        score is the probability it is right on the texts ``X`` with labels ``y`` (e.g.
        hand-labelled press releases; see :mod:`pressnlp.topics.calibration`). Rankings do
        not change. Returns ``(alpha, beta)``, also kept in ``top_scaling_``. With
        ``scores="softmax"`` it fits the softmax's temperature ``t`` instead: ``(1 / t, 0)``."""
        labels = np.asarray([str(v) for v in (y.to_numpy() if hasattr(y, "to_numpy") else y)])
        unknown = sorted(set(labels) - {str(c) for c in self.classes_})
        if unknown:
            raise ValueError(f"labels the model does not know: {unknown}")
        dec, fit = self.decision_and_fit(X)
        logits = self.logits_from_decision(dec)
        alpha, beta = self._scaling(logits, np.searchsorted(self.classes_, labels), fit)
        self.scale_top(alpha, beta)
        return alpha, beta

    def scale_top(self, alpha: float, beta: float) -> None:
        """Rescale every label's Platt logit ``z`` to ``alpha * z + beta`` (``alpha > 0``:
        rankings unchanged); kept in ``top_scaling_``. See :meth:`calibrate_top`."""
        if not alpha > 0:
            raise ValueError(f"alpha must be positive (got {alpha})")
        self.calibration_ = rescaled(self.calibration_, alpha, beta)
        self.top_scaling_ = (alpha, beta)
