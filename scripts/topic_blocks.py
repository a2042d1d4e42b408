"""Recipe selection for the feature blocks and the learner (issue 14, topics7), WITHOUT the
news test split: the same validation part and fits as ``scripts/topic_unstemmed.py`` (carved
out of the train part of the fixed split; every variant fitted on the rest of the rows
``pressnlp train topics`` fits, same weights and ``calibrate_on``), scored on that validation
part and on press dev.

Variants over the shipped recipe (``pressnlp.training.topics.RECIPE``): character n-gram
range and cap, per-block weights (ColumnTransformer ``transformer_weights``), ``min_df``,
``class_weight``, SVM ``C``, and logistic regression instead of the linear SVM.

    OMP_NUM_THREADS=1 python scripts/topic_blocks.py [--folds K] [VARIANT ...]
    OMP_NUM_THREADS=1 python scripts/topic_blocks.py --full [VARIANT ...]

``--full``: fit every variant on all the rows ``pressnlp train topics`` fits (no validation
part; the news test split is not scored) and score press dev only: dev figures of the full
fits moved by up to 0.03 macro-F1 against those of the validation fits.

See models/topics/CARD_NOTES.md ("topics7") for the figures of one run.
"""

from __future__ import annotations

import argparse
from typing import Any

from sklearn.linear_model import LogisticRegression
from topic_unstemmed import Cached, compare_on_folds, log, training_rows, weights

from pressnlp.training import topics as T
from pressnlp.training.topic_scores import press_report


class Variant(Cached):
    """The cached estimator with optional block weights and another learner."""

    extra_weights: dict[str, float] | None = None
    learner: dict[str, Any] | None = None

    def _features(self) -> Any:
        features = super()._features()
        if self.extra_weights:
            features.set_params(transformer_weights=self.extra_weights)
        return features

    def _svm(self) -> Any:
        if self.learner is None:
            return super()._svm()
        return LogisticRegression(class_weight=self.class_weight, max_iter=3000, **self.learner)


# name -> (TopicModel options over T.RECIPE, block weights, learner options)
VARIANTS: dict[str, tuple[dict[str, Any], dict[str, float] | None, dict[str, Any] | None]] = {
    "shipped": ({}, None, None),
    "char25": ({"char_ngram_range": (2, 5)}, None, None),
    "char35_50k": ({"max_char_features": 50000}, None, None),
    "char25_50k": ({"char_ngram_range": (2, 5), "max_char_features": 50000}, None, None),
    "char_w0.5": ({"char_weight": 0.5}, None, None),
    "char_w1.5": ({"char_weight": 1.5}, None, None),
    "unst_w1.5": ({"unstemmed_weight": 1.5}, None, None),
    "word_w0.5": ({}, {"word": 0.5, "char": 1.0, "unstemmed": 1.0}, None),
    "min_df3": ({"min_df": 3}, None, None),
    "cw_none": ({"class_weight": None}, None, None),
    "C0.3": ({"C": 0.3}, None, None),
    "lr_C10": ({}, None, {"C": 10.0}),
    "lr_C30": ({}, None, {"C": 30.0}),
    "unst_w2": ({"unstemmed_weight": 2.0}, None, None),
    "char1.5_unst1.5": ({"char_weight": 1.5, "unstemmed_weight": 1.5}, None, None),
    "char1.5_unst2": ({"char_weight": 1.5, "unstemmed_weight": 2.0}, None, None),
    "char1.25_unst1.5": ({"char_weight": 1.25, "unstemmed_weight": 1.5}, None, None),
}


def fitted(name: str, fit: Any) -> Variant:
    options, block_weights, learner = VARIANTS[name]
    model = Variant(stem=True, **{**T.RECIPE, **options})
    model.extra_weights, model.learner = block_weights, learner
    hand = fit["origin"].eq("gold").to_numpy()
    return model.fit(fit["text"], fit["label"], sample_weight=weights(fit, {}), calibrate_on=hand)


def dev_row(model: Variant, dev: Any) -> tuple[float, ...]:
    r = press_report(list(model.classes_), model.label_scores(dev.texts), dev.labels, dev.secondary)
    return (r["accuracy"], r["macro_f1"], r["top2_accuracy"], r["ece"])


def full_fits(fit_df: Any, dev: Any, names: list[str]) -> None:
    log(f"full fits on {len(fit_df)} rows, press dev only")
    for name in names:
        acc, f1, top2, ece = dev_row(fitted(name, fit_df), dev)
        log(f"  {name:<24} dev acc {acc:.3f} F1 {f1:.3f} top-2 {top2:.3f} ECE {ece:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=1)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("variants", nargs="*", default=list(VARIANTS))
    opts = parser.parse_args()
    train_df, fit_df, dev = training_rows()
    if opts.full:
        full_fits(fit_df, dev, opts.variants)
        return
    compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, fitted)


if __name__ == "__main__":
    main()
