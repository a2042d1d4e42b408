"""Short-text copies of the training rows against the shipped recipe: does the model learn to
read a one-sentence text (a headline, a lead, a post) without losing full releases?

    OMP_NUM_THREADS=1 python scripts/topic_short.py [--folds K] [VARIANT ...]

A variant ``shortA`` adds, for every training row, a second row holding only its first
sentence of at least six words (at most 300 characters), with ``A`` times the row's weight;
calibration stays on the full hand-labelled releases. Each variant is scored on press dev
(full bodies) and on the first sentences of the press dev releases (``lead``), plus the
validation parts of ``scripts/topic_unstemmed.py`` with ``--folds K``. The held-out news
split is never used. Reads ``$PRESSNLP_DATA`` or ``../shared/data``. Results (2026-12-07, not
shipped): models/topics/CARD_NOTES.md, wave 11.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold
from topic_unstemmed import Cached, compare_on_folds, log, variant_run, weights

from pressnlp.topics.model import TopicModel
from pressnlp.training import topics as T
from pressnlp.training.topic_scores import press_report

# name -> (weight share of the short copies, calibration folds keep near-duplicate groups and
# a row's short copy together)
VARIANTS = {
    "shipped": (0.0, False),
    "grouped": (0.0, True),
    "short0.2": (0.2, False),
    "short0.2_grouped": (0.2, True),
    "short0.5_grouped": (0.5, True),
    "short0.2_grouped_cal": (0.2, True),  # the temperature fitted on the short copies too
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def lead(text: str, *, min_words: int = 6, max_chars: int = 300) -> str:
    """The first sentence of ``text`` with at least ``min_words`` words (else its start)."""
    for sentence in _SENTENCE_END.split(text.strip()):
        if len(sentence.split()) >= min_words:
            return sentence[:max_chars]
    return text.strip()[:max_chars]


class Grouped(Cached):
    """The estimator whose calibration folds keep each group of rows (``groups_``) together:
    an out-of-fold decision comes from an SVM that saw no near-duplicate or copy of the row."""

    groups_: np.ndarray | None = None

    def _calibration_splits(self, Xv: Any, y_idx: np.ndarray, folds: int) -> Iterator[Any]:
        if self.groups_ is None:
            return super()._calibration_splits(Xv, y_idx, folds)
        cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        return iter(cv.split(Xv, y_idx, groups=self.groups_))


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    share, grouped = VARIANTS[name]
    w = weights(fit, {})
    texts, labels = list(fit["text"]), list(fit["label"])
    hand = fit["origin"].eq("gold").to_numpy()
    press = np.asarray(T.press_rows(fit), dtype=bool)
    if share:
        texts += [lead(t) for t in fit["text"]]
        labels += labels
        w = np.concatenate([w, share * w])
        # calibrated on the full releases only, or on their short copies too
        hand = np.concatenate([hand, hand if name.endswith("_cal") else np.zeros_like(hand)])
        press = np.concatenate([press, press])
    model = Grouped(stem=True, **T.RECIPE)
    if grouped:
        # a row without a group is a group of its own
        own = pd.Series([f"row{i}" for i in range(len(fit))], index=fit.index)
        groups = pd.factorize(fit["group"].astype(object).where(fit["group"].notna(), own))[0]
        model.groups_ = np.concatenate([groups, groups]) if share else groups
    return model.fit(texts, labels, sample_weight=w, calibrate_on=hand, in_domain=press)


def main() -> None:
    opts, train_df, fit_df, dev = variant_run(__doc__, list(VARIANTS), 0)
    leads = [lead(t) for t in dev.texts]
    for name in opts.variants:
        model = _fit(name, fit_df)
        parts = []
        for what, texts in (("dev", dev.texts), ("lead", leads)):
            r = press_report(list(model.classes_), model.label_scores(texts), dev.labels,
                             dev.secondary)  # fmt: skip
            parts.append(f"{what} acc {r['accuracy']:.3f} F1 {r['macro_f1']:.3f} top-2 "
                         f"{r['top2_accuracy']:.3f} ECE {r['ece']:.3f}")  # fmt: skip
        log(f"{name:<10} " + " | ".join(parts))
    if opts.folds:
        compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, _fit)


if __name__ == "__main__":
    main()
