"""The estimator's domain fit by text length: a mixin of
:class:`~pressnlp.topics.model.TopicModel` (label centroids and their references, the
``short_words`` length bands, their optional temperatures). The arithmetic is in
:mod:`pressnlp.topics.domain`, shared with the runtime; this module holds the fitting and the
estimator's side of scoring. numpy and scipy only (no scikit-learn import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from pressnlp.topics.domain import (
    centroid_matrix,
    domain_fit,
    fit_centroids,
    fit_short_references,
    length_bands,
)
from pressnlp.topics.text import as_texts

__all__ = ["CENTROID_TERMS", "DOMAIN_QUANTILE", "LengthBands"]

CENTROID_TERMS = 2000  # word features kept per label centroid (domain fit)
DOMAIN_QUANTILE = 0.1  # a text as close as the 10 % least typical training text of a label: fit 1


class LengthBands:
    """Domain fit and length bands of a :class:`~pressnlp.topics.model.TopicModel` (see
    its ``short_words``, ``short_quantile`` and ``band_temperature`` options)."""

    # set by TopicModel (options and fitted attributes)
    short_words: tuple[int, ...]
    short_quantile: float
    min_words: int
    features_: Any
    classes_: np.ndarray
    band_scaling_: np.ndarray

    if TYPE_CHECKING:  # TopicModel's methods this mixin calls

        def _prep(self, texts: Any) -> np.ndarray: ...
        def _transform(self, prepped: np.ndarray) -> Any: ...
        def _check_fitted(self) -> None: ...
        def logits_from_decision(self, decision: np.ndarray) -> np.ndarray: ...

    def _cut_forms(self, prepped: np.ndarray) -> list[np.ndarray]:
        """``prepped`` cut to the middle length of each ``short_words`` band (the geometric
        mean of its limits; the first band starts at ``min_words``)."""
        limits = [int(n) for n in self.short_words]
        if not limits:
            return []
        if limits != sorted(set(limits)) or limits[0] < 1:
            raise ValueError(f"short_words must be increasing positive limits ({limits})")
        lows = [max(1, self.min_words), *limits[:-1]]
        cuts = [max(1, round((lo * hi) ** 0.5)) for lo, hi in zip(lows, limits, strict=True)]
        return [
            np.array(
                [[" ".join(str(t).split()[:n]) for t in row] for row in prepped], dtype=object
            ).reshape(len(prepped), 2)
            for n in cuts
        ]

    def _fit_band_scaling(
        self, cut_oof: list[np.ndarray], y_idx: np.ndarray, mask: np.ndarray
    ) -> None:
        """Each length band's own softmax temperature, fitted like the full texts' one on the
        out-of-fold decisions of the calibration texts cut to the band's length: short texts
        are neither over- nor underconfident for the full texts' temperature."""
        from pressnlp.topics.calibration import fit_temperature

        for b, dec in enumerate(cut_oof):
            dec = dec[mask] if dec.shape[1] > 1 else np.column_stack([-dec[mask], dec[mask]])
            self.band_scaling_[b] = 1.0 / fit_temperature(
                self.logits_from_decision(dec), y_idx[mask]
            )

    def _bands(self, prepped: np.ndarray) -> np.ndarray | None:
        """Each text's length band (:func:`~pressnlp.topics.domain.length_bands`), ``None``
        for a model without bands (fitted without ``short_words``, or saved before them)."""
        if getattr(self, "short_reference_", None) is None:
            return None
        return length_bands(prepped[:, 1], tuple(self.short_words))

    def _band_factor(self, bands: np.ndarray | None, n: int) -> np.ndarray:
        """Each of ``n`` texts' logit factor: its length band's (1 without bands)."""
        return np.ones(n) if bands is None else np.asarray(self.band_scaling_)[bands]

    def _fit_domain(self, Xv: Any, y_idx: np.ndarray, cuts: list[Any]) -> None:
        """Label centroids of the word block and how close their own texts come to them,
        also cut to each ``short_words`` band's length (:mod:`pressnlp.topics.domain`)."""
        from scipy.sparse import csr_matrix

        n_word = len(self.features_.named_transformers_["word"].vocabulary_)
        index, weight, reference = fit_centroids(
            csr_matrix(Xv)[:, :n_word],
            y_idx,
            len(self.classes_),
            terms=CENTROID_TERMS,
            quantile=DOMAIN_QUANTILE,
        )
        self.n_word_features_ = n_word
        self.centroid_index_ = index
        self.centroid_weight_ = weight
        self.domain_reference_ = reference
        self.short_reference_ = None
        if cuts:
            rows = [csr_matrix(c)[:, :n_word] for c in cuts]
            centroids = centroid_matrix(index, weight, n_word)
            self.short_reference_ = fit_short_references(
                rows, y_idx, centroids, reference, quantile=self.short_quantile
            )

    def domain_references(self) -> np.ndarray:
        """The domain fit's reference per label: one row, or one per ``short_words`` band
        and the full texts' row last."""
        short = getattr(self, "short_reference_", None)
        if short is None:
            return np.asarray(self.domain_reference_)
        return np.vstack([short, self.domain_reference_])

    def _domain_fit(self, Xv: Any, bands: np.ndarray | None) -> np.ndarray:
        from scipy.sparse import csr_matrix

        centroids = centroid_matrix(
            self.centroid_index_, self.centroid_weight_, self.n_word_features_
        )
        Xw = csr_matrix(Xv)[:, : self.n_word_features_]
        return domain_fit(Xw, centroids, self.domain_references(), bands)

    def domain_fit(self, X: Any) -> np.ndarray:
        """How much each text resembles the training texts of some label (0..1).

        1 for anything as close to a label's word centroid as most of that label's own
        training texts; falls towards 0 for texts about something else.
        """
        self._check_fitted()
        prepped = self._prep(as_texts(X))
        return self._domain_fit(self._transform(prepped), self._bands(prepped))
