"""In-domain feature copies (``TopicModel(adapt=...)``, :mod:`pressnlp.topics.adapt`) against
the shipped recipe, on press text and on validation parts of the train split.

    OMP_NUM_THREADS=1 python scripts/topic_adapt.py [--folds K] [VARIANT ...]

For each variant, fitted on the rows ``pressnlp train topics`` fits (same weights,
``calibrate_on``, ``in_domain`` = the press rows):

* press cross-validation: the 568 hand-labelled training releases, each scored from the
  calibration's out-of-fold decision values (5 folds over all rows; a model that never saw
  it) through the fitted Platt scaling and temperature;
* press dev: accuracy, macro-F1, top-2, ECE.

``--folds K`` (default 0) also scores each variant on K validation parts of the train split
next to the plain baseline (``compare_on_folds`` of ``scripts/topic_unstemmed.py``). The
held-out news split is never used. Reads ``$PRESSNLP_DATA`` or ``../shared/data``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from topic_unstemmed import Cached, compare_on_folds, log, variant_run, weights

from pressnlp.topics.model import TopicModel
from pressnlp.training import topics as T
from pressnlp.training.topic_scores import expected_calibration_error, press_report

# name -> TopicModel options over the shipped recipe (pressnlp.training.topics.RECIPE)
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "adapt0.5_C0.3": {"adapt": 0.5, "C": 0.3},
    "adapt0.5_C0.5": {"adapt": 0.5, "C": 0.5},
    "adapt1_C0.5": {"adapt": 1.0, "C": 0.5},
}


class Stash(Cached):
    """The estimator keeping its calibration's out-of-fold decision values (``oof_``)."""

    def _calibrate(
        self, *args: Any, **kwargs: Any
    ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        params, oof, cut_oof = super()._calibrate(*args, **kwargs)
        self.oof_ = oof
        return params, oof, cut_oof


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    return Stash(stem=True, **{**T.RECIPE, **VARIANTS[name]}).fit(
        fit["text"],
        fit["label"],
        sample_weight=weights(fit, {}),
        calibrate_on=fit["origin"].eq("gold").to_numpy(),
        in_domain=T.press_rows(fit),
    )


def press_cv(model: Stash, fit: pd.DataFrame) -> tuple[float, float, float]:
    """Accuracy, macro-F1 and ECE of the hand-labelled releases' out-of-fold scores."""
    hand = fit["origin"].eq("gold").to_numpy()
    texts = list(fit["text"][hand])
    logits = model.logits_from_decision(model.oof_[hand])
    scores = model.scores_from_logits(logits, model.domain_fit(texts))
    y = np.searchsorted(model.classes_, np.asarray(fit["label"][hand], dtype=str))
    pred = scores.argmax(axis=1)
    ece = expected_calibration_error(scores.max(axis=1), pred == y)[0]
    return float((pred == y).mean()), float(f1_score(y, pred, average="macro")), ece


def log_variant(label: str, model: TopicModel, fit: pd.DataFrame, dev: Any) -> None:
    """Log a fitted variant's press cross-validation and press dev scores."""
    assert isinstance(model, Stash)
    acc, f1, ece = press_cv(model, fit)
    r = press_report(list(model.classes_), model.label_scores(dev.texts), dev.labels,
                     dev.secondary)  # fmt: skip
    log(f"{label:<16} press CV acc {acc:.3f} F1 {f1:.3f} ECE {ece:.3f} | dev acc "
        f"{r['accuracy']:.3f} F1 {r['macro_f1']:.3f} top-2 {r['top2_accuracy']:.3f} "
        f"ECE {r['ece']:.3f}")  # fmt: skip


def main() -> None:
    opts, train_df, fit_df, dev = variant_run(__doc__, list(VARIANTS), 0)
    for name in opts.variants:
        log_variant(name, _fit(name, fit_df), fit_df, dev)
    if opts.folds:
        compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, _fit)


if __name__ == "__main__":
    main()
