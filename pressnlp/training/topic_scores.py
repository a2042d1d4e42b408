"""Held-out scores of a topic model: macro-F1, accuracy, per-label P/R/F, confusion matrix,
accuracy by corpus, the real ministry releases on their own, and the out-of-domain check.

Measured by ``pressnlp evaluate topics`` (:mod:`pressnlp.evaluation.topics`) and by
``pressnlp train topics`` for the model card (:mod:`pressnlp.training.topic_card`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pressnlp.training.topic_corpus import GOV

if TYPE_CHECKING:
    import pandas as pd

    from pressnlp.topics.model import TopicModel

__all__ = [
    "calibrated_ece",
    "calibrated_ece_draws",
    "ece_test",
    "expected_calibration_error",
    "metrics",
    "out_of_domain_scores",
    "paired_f1_difference",
    "press_report",
    "press_scores",
    "ranked_scores",
    "score_split",
    "user_labels",
]


def metrics(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict[str, Any]:
    """``n``, ``macro_f1`` (over ``labels``), ``accuracy``, ``per_class`` and ``confusion``.

    >>> m = metrics(["a", "a", "b"], ["a", "b", "b"], ["a", "b"])
    >>> m["n"], round(m["accuracy"], 3), m["confusion"]["matrix"]
    (3, 0.667, [[1, 1], [0, 1]])
    """
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return {
        "n": len(y_true),
        "macro_f1": float(f.mean()) if len(labels) else 0.0,
        "accuracy": float(accuracy_score(y_true, y_pred)) if y_true else 0.0,
        "per_class": {
            lab: {
                "precision": round(float(p[i]), 4),
                "recall": round(float(r[i]), 4),
                "f1": round(float(f[i]), 4),
                "support": int(s[i]),
            }
            for i, lab in enumerate(labels)
        },
        "confusion": {
            "labels": labels,
            "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
        },
    }


def score_split(
    model: TopicModel, test: pd.DataFrame, y_pred: list[str] | None = None
) -> dict[str, Any]:
    """Scores of ``model`` on a test frame (``text``, ``label``, ``dataset`` columns);
    ``y_pred``: its predictions there, if already made (default: :func:`user_labels`)."""
    y_true = [str(x) for x in test["label"]]
    if y_pred is None:
        y_pred = user_labels(model, list(test["text"]))
    labels = sorted(set(y_true) | {str(c) for c in model.classes_})
    out = metrics(y_true, y_pred, labels)
    by_dataset: dict[str, Any] = {}
    for name in sorted(set(test["dataset"])):
        idx = [i for i, d in enumerate(test["dataset"]) if d == name]
        t = [y_true[i] for i in idx]
        pr = [y_pred[i] for i in idx]
        by_dataset[name] = {
            "n": len(idx),
            "accuracy": round(sum(a == b for a, b in zip(t, pr, strict=True)) / len(idx), 4),
        }
    out["by_dataset"] = by_dataset
    gov_idx = [i for i, d in enumerate(test["dataset"]) if d == GOV]
    gov_true = [y_true[i] for i in gov_idx]
    gov_pred = [y_pred[i] for i in gov_idx]
    # Macro over the labels that occur in the ministry set (it has 6 of the 12).
    out["gov_ministry"] = metrics(gov_true, gov_pred, sorted(set(gov_true)))
    return out


def paired_f1_difference(
    y_true: Sequence[str],
    pred_a: Sequence[str],
    pred_b: Sequence[str],
    *,
    draws: int = 1000,
    seed: int = 0,
) -> dict[str, Any]:
    """Macro-F1 (over the labels of ``y_true``) of ``pred_a`` minus that of ``pred_b`` on the
    same texts, with a paired bootstrap over the texts: ``diff``, ``range_90`` (5th and 95th
    percentiles of the resampled differences) and ``share_ahead`` (share of resamples in which
    ``a`` is ahead). How far a difference on one split is from noise.

    >>> r = paired_f1_difference(["a", "b"] * 50, ["a", "b"] * 50, ["a", "a"] * 50)
    >>> round(r["diff"], 3), r["range_90"][0] > 0, r["share_ahead"]
    (0.667, True, 1.0)
    """
    import numpy as np

    labels = sorted(set(y_true))
    index = {lab: i for i, lab in enumerate(labels)}
    k = len(labels)
    t = np.asarray([index[y] for y in y_true])
    # predictions outside the true labels count as wrong for every label (code k)
    a = np.asarray([index.get(p, k) for p in pred_a])
    b = np.asarray([index.get(p, k) for p in pred_b])
    if not len(t) == len(a) == len(b):
        raise ValueError(f"{len(t)} true labels but {len(a)} and {len(b)} predictions")

    def macro_f1(rows: Any, pred: Any) -> float:
        tp = np.bincount(t[rows][pred[rows] == t[rows]], minlength=k)[:k]
        n_pred = np.bincount(pred[rows], minlength=k + 1)[:k]
        n_true = np.bincount(t[rows], minlength=k)
        denom = n_pred + n_true
        return float(np.mean(np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)))

    everything = np.arange(len(t))
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(draws):
        rows = rng.integers(0, len(t), len(t))
        diffs.append(macro_f1(rows, a) - macro_f1(rows, b))
    sims = np.asarray(diffs)
    return {
        "diff": macro_f1(everything, a) - macro_f1(everything, b),
        "range_90": [float(x) for x in np.percentile(sims, [5, 95])],
        "share_ahead": float(np.mean(sims > 0)),
    }


def out_of_domain_scores(
    model: TopicModel, test: pd.DataFrame, ood: list[str], threshold: float = 0.5
) -> dict[str, Any]:
    """How often in-domain (held-out) and out-of-domain texts get a score >= ``threshold``."""
    import numpy as np

    def stats(texts: list[str]) -> dict[str, Any]:
        scores = np.asarray([t.score for t in model.classify_many(texts)]) if texts else np.zeros(0)
        return {
            "n": len(texts),
            "median_score": round(float(np.median(scores)), 4) if len(scores) else 0.0,
            f"share_score_ge_{threshold}": round(float((scores >= threshold).mean()), 4)
            if len(scores)
            else 0.0,
        }

    return {
        "threshold": threshold,
        "in_domain_test": stats(list(test["text"])),
        "out_of_domain": stats(ood),
    }


RELIABILITY_BINS = 10


def expected_calibration_error(
    confidence: Any, correct: Any, bins: int = RELIABILITY_BINS
) -> tuple[float, list[dict[str, Any]]]:
    """ECE of top-label scores and the reliability diagram behind it: equal-width bins of
    score, each with its count, mean score and accuracy; ECE is the count-weighted mean gap.

    >>> ece, table = expected_calibration_error([0.9, 0.9, 0.2, 0.3], [True, True, False, True])
    >>> round(ece, 3), [(b["lo"], b["n"]) for b in table if b["n"]]
    (0.275, [(0.2, 1), (0.3, 1), (0.9, 2)])
    """
    import numpy as np

    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    which = np.minimum((conf * bins).astype(int), bins - 1)
    table, ece = [], 0.0
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        mean_conf = float(conf[mask].mean()) if n else 0.0
        acc = float(ok[mask].mean()) if n else 0.0
        if n:
            ece += n / len(conf) * abs(mean_conf - acc)
        table.append(
            {
                "lo": round(b / bins, 2),
                "hi": round((b + 1) / bins, 2),
                "n": n,
                "mean_score": round(mean_conf, 4),
                "accuracy": round(acc, 4),
            }
        )
    return float(ece), table


def calibrated_ece_draws(confidence: Any, *, draws: int = 1000, seed: int = 0) -> Any:
    """The ECEs a perfectly calibrated model with these top-label scores shows on ``draws``
    simulated sets this size (each text right with probability = its score): the noise an
    observed ECE on a small set is read against."""
    import numpy as np

    conf = np.asarray(confidence, dtype=float)
    rng = np.random.default_rng(seed)
    return np.asarray(
        [expected_calibration_error(conf, rng.random(len(conf)) < conf)[0] for _ in range(draws)]
    )


def calibrated_ece(confidence: Any, *, draws: int = 1000, seed: int = 0) -> float:
    """The mean of :func:`calibrated_ece_draws`: the noise floor of ECE on a set this size.

    >>> round(calibrated_ece([0.99] * 100), 3) < 0.02 < round(calibrated_ece([0.6] * 100), 3)
    True
    """
    import numpy as np

    return float(np.mean(calibrated_ece_draws(confidence, draws=draws, seed=seed)))


def ece_test(confidence: Any, ece: float, *, draws: int = 1000, seed: int = 0) -> dict[str, Any]:
    """An observed ``ece`` against a perfectly calibrated model with the same scores:
    ``if_calibrated`` (mean simulated ECE), ``range_90`` (its 5th and 95th percentiles) and
    ``p_value``, the share of simulated sets with an ECE at least as high (small: the scores
    are miscalibrated; not small: the ECE is within what set size alone explains).

    >>> ece_test([0.9] * 200, 0.3)["p_value"] < 0.01 < ece_test([0.9] * 200, 0.02)["p_value"]
    True
    """
    import numpy as np

    sims = calibrated_ece_draws(confidence, draws=draws, seed=seed)
    return {
        "if_calibrated": float(np.mean(sims)),
        "range_90": [float(x) for x in np.percentile(sims, [5, 95])],
        "p_value": float(np.mean(sims >= ece - 1e-12)),
    }


def ranked_scores(model: Any, texts: Sequence[str]) -> tuple[list[str], Any]:
    """``(classes, scores)``: per-label scores (rows = texts) of a TopicModel or compiled
    runtime; a text it gives the neutral result (no label) scores 0 everywhere, as users see
    it. Plain scikit-learn classifiers (no ``min_words``) score every text."""
    import numpy as np

    from pressnlp.topics.text import neutral_reason

    scores = np.array(model.label_scores(list(texts)), dtype=float)
    min_words = getattr(model, "min_words", None)
    if min_words is not None:
        for i, text in enumerate(texts):
            if neutral_reason(text, min_words=min_words):
                scores[i] = 0.0
    return [str(c) for c in model.classes_], scores


def user_labels(model: Any, texts: Sequence[str]) -> list[str]:
    """The label users get for each text, ``"-"`` for the neutral result (no label): the
    argmax of :func:`ranked_scores`, so a held-out split is scored as :func:`press_scores` is.

    >>> from pressnlp.topics import default_model
    >>> user_labels(default_model(), ["Menteri Kesehatan meninjau imunisasi anak di puskesmas.", "ok"])
    ['kesehatan', '-']
    """
    classes, scores = ranked_scores(model, texts)
    return [classes[int(row.argmax())] if row.any() else "-" for row in scores]


def press_scores(
    model: Any,
    texts: Sequence[str],
    labels: Sequence[str],
    secondary: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """Scores of ``model`` on hand-labelled press releases (see :func:`press_report`)."""
    classes, scores = ranked_scores(model, texts)
    return press_report(classes, scores, labels, secondary)


def press_report(
    classes: Sequence[str],
    scores: Any,
    labels: Sequence[str],
    secondary: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """Scores on hand-labelled press releases from per-label ``scores`` (rows = texts, columns
    = ``classes``): ``accuracy``, ``macro_f1`` (over the labels present), ``top2_accuracy``
    (primary label among the two best), ``ece`` and the ``reliability`` table of the top
    label's score, ``per_class``, ``confusion`` and, where ``secondary`` labels are given, how
    often the best label is the primary or the secondary. A row of zeros is the neutral result:
    no label (``"-"``), a miss with score 0, ``neutral`` counts them.

    >>> r = press_report(["a", "b"], [[0.9, 0.1], [0.3, 0.6]], ["a", "a"], [None, "b"])
    >>> r["accuracy"], r["top2_accuracy"], r["top1_primary_or_secondary"]
    (0.5, 1.0, 1.0)
    >>> r = press_report(["a", "b"], [[0.9, 0.1], [0.0, 0.0]], ["a", "b"])
    >>> r["accuracy"], r["top2_accuracy"], r["neutral"]
    (0.5, 0.5, 1)
    """
    import numpy as np

    scores = np.asarray(scores)
    order = np.argsort(-scores, axis=1)
    neutral = ~(scores > 0).any(axis=1)
    pred = ["-" if n else classes[row[0]] for n, row in zip(neutral, order, strict=True)]
    top2 = [
        set() if n else {classes[i] for i in row[:2]} for n, row in zip(neutral, order, strict=True)
    ]
    correct = [p == y for p, y in zip(pred, labels, strict=True)]
    conf = scores[np.arange(len(pred)), order[:, 0]]
    ece, table = expected_calibration_error(conf, correct)
    out = metrics(list(labels), pred, sorted(set(labels)))
    out["top2_accuracy"] = float(np.mean([y in t for y, t in zip(labels, top2, strict=True)]))
    out["ece"] = ece
    null = ece_test(conf, ece)
    out["ece_if_calibrated"] = null["if_calibrated"]
    out["ece_if_calibrated_range_90"] = null["range_90"]
    out["ece_p_value"] = null["p_value"]
    out["reliability"] = table
    out["median_score"] = float(np.median(conf))
    out["neutral"] = int(neutral.sum())
    if secondary is not None:
        either = [p in {y, s} for p, y, s in zip(pred, labels, secondary, strict=True)]
        out["top1_primary_or_secondary"] = float(np.mean(either))
    return out
