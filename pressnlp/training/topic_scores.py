"""Held-out scores of a topic model: macro-F1, accuracy, per-label P/R/F, confusion matrix,
accuracy by corpus, the real ministry releases on their own, and the out-of-domain check.

Measured by ``pressnlp evaluate topics`` (:mod:`pressnlp.evaluation.topics`) and by
``pressnlp train topics`` for the model card (:mod:`pressnlp.training.topic_card`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressnlp.training.topic_corpus import GOV

if TYPE_CHECKING:
    import pandas as pd

    from pressnlp.topics.model import TopicModel

__all__ = ["metrics", "out_of_domain_scores", "score_split"]


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


def score_split(model: TopicModel, test: pd.DataFrame) -> dict[str, Any]:
    """Scores of ``model`` on a test frame (``text``, ``label``, ``dataset`` columns)."""
    y_true = [str(x) for x in test["label"]]
    y_pred = [str(x) for x in model.predict(test["text"])]
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
