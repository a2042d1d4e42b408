"""Recipe selection for the unstemmed word block (issue 14, topics6), WITHOUT the news test
split: a validation part is carved out of the train part of the fixed split and every
variant is fitted on the rest of the rows ``pressnlp train topics`` fits (same weights,
same ``calibrate_on``), then scored on that validation part (news macro-F1 and accuracy,
next to the plain baseline fitted on the train part minus the validation part) and on press
dev (accuracy, macro-F1, top-2, ECE).

The validation part: mapped train rows split like :func:`pressnlp.training.topic_corpus.split`
(``StratifiedGroupKFold``, 5 folds, near-duplicate groups kept on one side) with another seed;
``--folds K`` averages over the first K folds (each fold a fit of every variant). Rows of
a validation group (also weak-labelled ones) are left out of the fit.

    OMP_NUM_THREADS=1 python scripts/topic_unstemmed.py [--folds K] [VARIANT ...]

See models/topics/CARD_NOTES.md ("topics6") for the figures of one run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

from pressnlp.evaluation.topics import baseline_model
from pressnlp.resources import shared_data_dir
from pressnlp.topics.model import TopicModel
from pressnlp.training import topics as T
from pressnlp.training.topic_corpus import GOV, SEED
from pressnlp.training.topic_scores import press_report

VALIDATION_SEED = SEED + 1
UNSTEMMED = {"unstemmed_ngram_range": (1, 2)}

# name -> (TopicModel options over T.RECIPE, weights over the shipped ones)
VARIANTS: dict[str, tuple[dict[str, Any], dict[str, float]]] = {
    "shipped": ({}, {}),
    "unstemmed20k": ({**UNSTEMMED, "max_unstemmed_features": 20000}, {}),
    "unstemmed50k": ({**UNSTEMMED, "max_unstemmed_features": 50000}, {}),
    "unstemmed100k": ({**UNSTEMMED, "max_unstemmed_features": 100000}, {}),
    "unstemmed50k_C0.5": ({**UNSTEMMED, "max_unstemmed_features": 50000, "C": 0.5}, {}),
    "unstemmed50k_C2": ({**UNSTEMMED, "max_unstemmed_features": 50000, "C": 2.0}, {}),
    "unstemmed50k_press1": ({**UNSTEMMED, "max_unstemmed_features": 50000}, {"press": 1.0}),
    "unstemmed50k_gold5": ({**UNSTEMMED, "max_unstemmed_features": 50000}, {"gold": 5.0}),
    "unstemmed50k_weak1": ({**UNSTEMMED, "max_unstemmed_features": 50000}, {"weak": 1.0}),
    "unstemmed50k_unigram": (
        {"unstemmed_ngram_range": (1, 1), "max_unstemmed_features": 50000},
        {},
    ),
    # issue 14, wave 7: the hand-labelled press training set grew from 184 to 356 releases
    "gold3": ({}, {"gold": 3.0}),
    "gold5": ({}, {"gold": 5.0}),
    "gold20": ({}, {"gold": 20.0}),
    "unstemmed50k_word30k": (
        {**UNSTEMMED, "max_unstemmed_features": 50000, "max_word_features": 30000},
        {},
    ),
}

CACHE: dict[tuple[Any, ...], tuple[str, str]] = {}
t0 = time.time()


def log(msg: str) -> None:
    print(f"[{time.time() - t0:5.0f}s] {msg}", flush=True)


class Cached(TopicModel):
    """The estimator with its (stemming) preprocessing remembered across variants (keyed by
    the preprocessing options too: variants that change them get their own entries)."""

    def _prep(self, texts: Any) -> np.ndarray:
        options = (self.stem, self.max_chars, self.lead_chars)
        keys = [(*options, t) for t in texts]
        miss = list(dict.fromkeys(k for k in keys if k not in CACHE))
        if miss:
            for k, row in zip(miss, TopicModel._prep(self, [k[-1] for k in miss]), strict=True):
                CACHE[k] = (row[0], row[1])
        return np.array([CACHE[k] for k in keys], dtype=object).reshape(len(keys), 2)


def weights(fit_df: pd.DataFrame, over: dict[str, float]) -> np.ndarray:
    return np.asarray(T.row_weights(fit_df, over))


def validation_folds(train_df: pd.DataFrame, k: int) -> list[pd.Index]:
    mapped = train_df[train_df["origin"] == "mapped"]
    strata = mapped["label"] + mapped["dataset"].map(lambda d: "|gov" if d == GOV else "")
    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=VALIDATION_SEED)
    folds = cv.split(mapped, strata, groups=mapped["group"])
    return [mapped.index[val] for _, (_, val) in zip(range(k), folds, strict=False)]


def compare_on_folds(
    train_df: pd.DataFrame,
    fit_df: pd.DataFrame,
    dev: Any,
    folds: int,
    names: list[str],
    fit_variant: Callable[[str, pd.DataFrame], Any],
) -> None:
    """Fit every variant (``fit_variant(name, rows)``) without each validation part, score
    it there (next to the baseline) and on press dev, and log the mean over the folds."""
    hand_all = fit_df["origin"].eq("gold")
    results: dict[str, list[tuple[float, ...]]] = {}
    for fold, val_idx in enumerate(validation_folds(train_df, folds)):
        val = train_df.loc[val_idx]
        groups = set(val["group"])
        fit = fit_df[~fit_df["group"].isin(groups) | hand_all]
        rest = train_df[~train_df["group"].isin(groups)]
        y_val = np.asarray([str(x) for x in val["label"]])
        log(f"fold {fold}: validation {len(val)}, fit {len(fit)} of {len(fit_df)}")
        base = baseline_model().fit(list(rest["text"]), list(rest["label"]))
        pred = base.predict(list(val["text"]))
        bf1 = f1_score(y_val, pred, average="macro")
        log(f"  baseline: validation F1 {bf1:.3f} acc {(pred == y_val).mean():.3f}")
        results.setdefault("baseline", []).append((bf1, float((pred == y_val).mean())))
        for name in names:
            model = fit_variant(name, fit)
            pv = model.predict(list(val["text"]))
            f1, acc = f1_score(y_val, pv, average="macro"), float((pv == y_val).mean())
            r, gap = dev_report(model, dev)
            row = (f1, acc, r["accuracy"], r["macro_f1"], r["top2_accuracy"], r["ece"], gap)
            results.setdefault(name, []).append(row)
            log(f"  {name:<24} validation F1 {f1:.3f} ({f1 - bf1:+.3f}) acc {acc:.3f} | dev acc "
                f"{row[2]:.3f} F1 {row[3]:.3f} top-2 {row[4]:.3f} ECE {row[5]:.3f} "
                f"gap {gap:+.3f}")  # fmt: skip
    log("mean over folds:")
    for name, rows in results.items():
        m = np.mean(np.asarray(rows), axis=0)
        log(f"  {name:<24} " + " ".join(f"{v:.3f}" for v in m))


def variant_run(
    doc: str, variants: list[str], folds: int
) -> tuple[argparse.Namespace, pd.DataFrame, pd.DataFrame, Any]:
    """``(options, train part, rows to fit, press dev)`` of a selection script: ``--folds K``
    and the variant names (checked against ``variants``) from the command line, the rows as
    ``pressnlp train topics`` builds them."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--folds", type=int, default=folds)
    parser.add_argument("variants", nargs="*", default=variants)
    opts = parser.parse_args()
    if unknown := sorted(set(opts.variants) - set(variants)):
        parser.error(f"unknown variants {unknown}; known: {variants}")
    return (opts, *training_rows())


def training_rows() -> tuple[pd.DataFrame, pd.DataFrame, Any]:
    """``(train part, rows to fit, press dev)`` as ``pressnlp train topics`` builds them
    with its default options."""
    targs = argparse.ArgumentParser()
    T.add_arguments(targs)
    _, train_df, fit_df, _, gold = T._training_frames(targs.parse_args([]), shared_data_dir(None))
    assert gold is not None
    return train_df, fit_df, gold.subset("dev")


def run_variants(
    doc: str,
    variants: list[str],
    fit_variant: Callable[[str, pd.DataFrame], TopicModel],
    *,
    per_release: bool = False,
) -> None:
    """A selection script's run: each variant named on the command line fitted on all rows
    and logged on press dev (:func:`log_dev`), then ``--folds K`` validation parts
    (:func:`compare_on_folds`)."""
    opts, train_df, fit_df, dev = variant_run(doc, variants, 0)
    for name in opts.variants:
        log_dev(name, fit_variant(name, fit_df), dev, per_release=per_release)
    if opts.folds:
        compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, fit_variant)


def fit_recipe(
    fit: pd.DataFrame,
    options: dict[str, Any],
    over: dict[str, float] | None = None,
    *,
    estimator: Callable[..., TopicModel] = Cached,
    factor: np.ndarray | None = None,
    sub_labels: np.ndarray | None = None,
) -> TopicModel:
    """The shipped recipe with ``options`` changed, fitted on the rows ``fit`` with the
    training's row weights (``over``: other weights per origin; ``factor``: a multiplier per
    row) and calibration; ``estimator`` builds the model from its options."""
    w = weights(fit, over or {})
    hand = fit["origin"].eq("gold").to_numpy()
    return estimator(stem=True, **{**T.RECIPE, **options}).fit(
        fit["text"],
        fit["label"],
        sample_weight=w if factor is None else w * factor,
        calibrate_on=hand if hand.any() else None,
        in_domain=T.press_rows(fit),
        sub_labels=sub_labels,
    )


def dev_report(model: TopicModel, dev: Any) -> tuple[dict[str, Any], float]:
    """:func:`press_report` of ``model`` on press dev, and the mean top score minus the
    accuracy (> 0: over-confident), the sign the binned ECE hides."""
    scores = model.label_scores(dev.texts)
    r = press_report(list(model.classes_), scores, dev.labels, dev.secondary)
    return r, float(np.asarray(scores).max(axis=1).mean() - r["accuracy"])


def log_dev(name: str, model: TopicModel, dev: Any, *, per_release: bool = False) -> None:
    """Log a fitted variant's press dev accuracy, macro-F1, top-2, ECE and confidence gap
    (and, with ``per_release``, each release's gold and predicted label, to diff variants)."""
    r, gap = dev_report(model, dev)
    log(f"{name:<10} dev acc {r['accuracy']:.3f} F1 {r['macro_f1']:.3f} top-2 "
        f"{r['top2_accuracy']:.3f} ECE {r['ece']:.3f} (if calibrated "
        f"{r['ece_if_calibrated']:.3f}) gap {gap:+.3f}")  # fmt: skip
    if per_release:
        for i, (p, g) in enumerate(zip(model.predict(dev.texts), dev.labels, strict=True)):
            log(f"    {'ok ' if p == g else 'ERR'} {dev.ids[i]} {g} -> {p}")


def _fit_variant(name: str, fit: pd.DataFrame) -> TopicModel:
    options, over = VARIANTS[name]
    return fit_recipe(fit, options, over)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=1)
    parser.add_argument("variants", nargs="*", default=list(VARIANTS))
    opts = parser.parse_args()
    train_df, fit_df, dev = training_rows()
    compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, _fit_variant)


if __name__ == "__main__":
    main()
