"""A headline head for :class:`~pressnlp.topics.model.TopicModel`: a second linear SVM on
the same features, fitted on titles, that labels the texts of the first ``short_words``
band (headlines, one-line posts) instead of the model fitted on full texts.

A title says less than its article and says it differently ("Erick-Widi Siap Bentuk Tim
Bersama"), and an SVM fitted on full texts reads it as a very short article. Fitted on the
titles of the training articles and releases, the head labels press dev titles right in 0.675
of cases against 0.592 (models/topics/CARD_NOTES.md, wave 14). Scores keep the model's domain
fit, so a short text about none of the labels still scores low. numpy only here (the SVM and
its Platt scaling come from the estimator's own fitting code).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from pressnlp.topics.calibration import rescaled
from pressnlp.topics.text import as_texts

__all__ = ["HeadlineHead", "headline_rows"]

# a closing full stop (before closing quotes or brackets): a sentence, not a headline
_SENTENCE_END = re.compile(r"\.[\s\"'\u201d\u2019)\]]*$")


def headline_rows(texts: Sequence[str], bands: np.ndarray | None) -> np.ndarray:
    """Indices of the texts a headline head labels: of the first length band (``bands``, see
    :func:`~pressnlp.topics.domain.length_bands`; none without bands) and not closed by a full
    stop. A short sentence ("Menteri Luar Negeri bertemu mitranya dari Jepang untuk membahas
    kerja sama bilateral.") reads like the articles the full-text SVM was fitted on: the head,
    fitted on titles, labelled three of seven such sentences wrong."""
    if bands is None:
        return np.zeros(0, dtype=int)
    short = np.flatnonzero(np.asarray(bands) == 0)
    return np.array([i for i in short.tolist() if not _SENTENCE_END.search(texts[i])], dtype=int)


class HeadlineHead:
    """:meth:`fit_headlines` and the scoring of headlines by the head it fits (a mixin of
    :class:`~pressnlp.topics.model.TopicModel`)."""

    classes_: np.ndarray
    short_words: tuple[int, ...]
    adapt: float
    scores: str

    if TYPE_CHECKING:  # TopicModel's methods this mixin calls

        def _prep(self, texts: Any) -> np.ndarray: ...
        def _transform(self, prepped: np.ndarray) -> Any: ...
        def _check_fitted(self) -> None: ...
        def _bands(self, prepped: np.ndarray) -> np.ndarray | None: ...
        def _domain_fit(self, Xv: Any, bands: np.ndarray | None) -> np.ndarray: ...
        def _fit_svm(self, Xv: Any, y_idx: np.ndarray, w: Any, d: Any) -> Any: ...
        def _decision(self, Xv: Any, svm: Any = None) -> np.ndarray: ...
        def _calibrate(
            self, Xv: Any, y_idx: np.ndarray, thinnest: int, weights: Any = None
        ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]: ...
        def _oof_scaling(
            self, Xv: Any, y_idx: np.ndarray, oof: np.ndarray, mask: Any,
            prepped: np.ndarray, platt: np.ndarray,
        ) -> tuple[float, float]: ...  # fmt: skip

    def fit_headlines(
        self, X: Any, y: Any, sample_weight: Any = None, *, calibrate_on: Any = None
    ) -> Any:
        """Fit the headline head on titles ``X`` (their labels ``y``, every label of the
        model among them) after :meth:`fit`: texts of up to ``short_words[0]`` words are then
        labelled by it. Its Platt scaling comes from out-of-fold decisions, as the model's;
        ``calibrate_on`` marks the titles (e.g. of hand-labelled releases) its temperature
        (``scores="softmax"``) or top-label scaling is fitted on. Returns the model."""
        self._check_fitted()
        if not self.short_words:
            raise ValueError("a headline head needs short_words (it scores the first band)")
        if self.adapt:
            raise ValueError("a headline head cannot be combined with adapt")
        texts = as_texts(X)
        labels = np.asarray([str(v) for v in (y.to_numpy() if hasattr(y, "to_numpy") else y)])
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} titles but {len(labels)} labels")
        known = [str(c) for c in self.classes_]
        found, counts = np.unique(labels, return_counts=True)
        if sorted(map(str, found)) != known or counts.min() < 2:
            raise ValueError(f"the titles need at least 2 examples of every label {known}")
        prepped = self._prep(texts)
        Xv = self._transform(prepped)
        y_idx = np.searchsorted(self.classes_, labels)
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if weights is not None and weights.shape != (len(labels),):
            raise ValueError(f"{len(labels)} titles but sample_weight has shape {weights.shape}")
        self.headline_svm_ = self._fit_svm(Xv, y_idx, weights, None)
        params, oof, _ = self._calibrate(Xv, y_idx, int(counts.min()), weights)
        if calibrate_on is not None:
            scaling = self._oof_scaling(Xv, y_idx, oof, calibrate_on, prepped, params)
            params = rescaled(params, *scaling)
        self.headline_calibration_ = params
        return self

    def headline_logits(self, Xv: Any) -> np.ndarray:
        """The head's calibrated logits of feature rows ``Xv`` (every label)."""
        platt = self.headline_calibration_
        return np.asarray(self._decision(Xv, self.headline_svm_) * platt[:, 0] + platt[:, 1])

    def _with_headlines(
        self, Xv: Any, texts: Sequence[str], bands: np.ndarray | None, logits: np.ndarray
    ) -> np.ndarray:
        """``logits`` with the rows of the headlines among ``texts`` (:func:`headline_rows`)
        from the headline head (as they are without a head, or for a model saved before heads
        existed)."""
        if getattr(self, "headline_svm_", None) is None:
            return logits
        rows = headline_rows(texts, bands)
        if rows.size:
            logits = logits.copy()
            logits[rows] = self.headline_logits(Xv[rows])
        return logits
