"""``pressnlp evaluate topics``: held-out scores of a topic model on the shared corpora
(``--baseline``: side by side with the plain TF-IDF + logistic-regression baseline) and on the
hand-labelled press releases (``--press``: accuracy, macro-F1, top-2 accuracy, reliability
diagram and expected calibration error).

The held-out part is the fixed split of :func:`pressnlp.training.topic_corpus.split` (stratified,
de-duplicated, near-duplicate groups kept on one side, seed 20240611); the shipped model is
trained on the other part only, so its figures here are honest. Reports macro-F1, accuracy,
per-label precision/recall/F1, a confusion matrix and, separately, the real ministry releases
(``gov-ministry-news-2025``); the measurements are those of
:mod:`pressnlp.training.topic_scores`, which ``pressnlp train topics`` writes into the card.

>>> from pressnlp.evaluation.topics import evaluate
>>> report = evaluate()                  # doctest: +SKIP
>>> round(report["macro_f1"], 2)         # doctest: +SKIP
0.87
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressnlp.errors import UsageError
from pressnlp.resources import model_path, shared_data_dir
from pressnlp.training.topic_corpus import load_corpus, out_of_domain_texts, split_excluding
from pressnlp.training.topic_press import gold_path, press_gold
from pressnlp.training.topic_scores import (
    metrics,
    out_of_domain_scores,
    paired_f1_difference,
    press_scores,
    score_split,
    user_labels,
)

if TYPE_CHECKING:
    from pressnlp.topics.model import TopicModel

__all__ = [
    "HELP",
    "add_arguments",
    "baseline_model",
    "evaluate",
    "evaluate_press",
    "format_press_report",
    "format_report",
    "out_of_domain_scores",
    "run",
    "score_split",
    "validate",
]

HELP = "Held-out macro-F1, accuracy, per-label P/R/F and confusion matrix of the topic model."


def gold_ids(data_dir: Path, gold: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Record ids of the hand-labelled press releases (never trained on; empty without the set)."""
    try:
        return frozenset(press_gold(data_dir, path=Path(gold) if gold else None).ids)
    except FileNotFoundError:
        return frozenset()


def baseline_model() -> Any:
    """The plain baseline of issue 14: word 1-2-gram TF-IDF (``sublinear_tf``, ``min_df=2``)
    and ``LogisticRegression(C=10, class_weight="balanced")``; no stemming, no normalisation."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        LogisticRegression(C=10, class_weight="balanced", max_iter=2000),
    )


def _load(model: str | os.PathLike[str] | TopicModel | None) -> TopicModel:
    # imported here: the estimator pulls in scikit-learn (`pressnlp evaluate --help` stays fast)
    from pressnlp.topics.model import TopicModel, load

    if model is None:
        return load(model_path("topics"))
    if isinstance(model, TopicModel):
        return model
    return load(model)


def evaluate(
    data: str | os.PathLike[str] | None = None,
    model: str | os.PathLike[str] | TopicModel | None = None,
    *,
    baseline: bool = False,
    gold: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Score ``model`` (default: the shipped one) on the fixed held-out split of ``data``.

    Returns a dict with ``macro_f1``, ``accuracy``, ``per_class``, ``confusion``,
    ``by_dataset`` and ``gov_ministry`` (same keys, ministry releases only). With
    ``baseline``, also ``baseline``: :func:`baseline_model` trained on the whole train part of
    the same split (press releases of the hand-labelled set left out, as for the shipped
    model) and scored on the same held-out texts.
    """
    data_dir = shared_data_dir(data)
    assert data_dir is not None
    estimator = _load(model)
    exclude = gold_ids(data_dir, gold)
    train, test = split_excluding(load_corpus(data_dir, exclude_ids=exclude), exclude)
    # scored as users get it: the neutral result ("-") is a miss, as in evaluate_press
    y_pred = user_labels(estimator, list(test["text"]))
    report = score_split(estimator, test, y_pred)
    report["out_of_domain"] = out_of_domain_scores(estimator, test, out_of_domain_texts(data_dir))
    if baseline:
        fitted = baseline_model().fit(list(train["text"]), list(train["label"]))
        y_true = [str(x) for x in test["label"]]
        pred = [str(x) for x in fitted.predict(list(test["text"]))]
        report["baseline"] = metrics(y_true, pred, sorted(set(y_true) | set(pred)))
        report["baseline"]["train_rows"] = len(train)
        report["baseline"]["model_minus_baseline"] = paired_f1_difference(y_true, y_pred, pred)
    return report


def evaluate_press(
    data: str | os.PathLike[str] | None = None,
    model: str | os.PathLike[str] | TopicModel | None = None,
    *,
    gold: str | os.PathLike[str] | None = None,
    splits: tuple[str, ...] = ("dev", "test"),
    baseline: bool = False,
) -> dict[str, Any]:
    """Scores on the hand-labelled press releases (``pressnlp/data/gold/press_topics.jsonl``),
    one report per split (see :func:`pressnlp.training.topic_scores.press_scores`), and one
    of the releases' titles alone (``"dev titles"``: titles of 3+ words). With
    ``baseline``, also ``baselines``: the same reports for :func:`baseline_model` trained on
    the news train part, and on it plus the hand-labelled press training releases (weighted
    as the shipped model weighs them)."""
    data_dir = shared_data_dir(data)
    assert data_dir is not None
    estimator = _load(model)
    sets = {n: press_gold(data_dir, split=n, path=Path(gold) if gold else None) for n in splits}
    out: dict[str, Any] = {}
    for name, g in sets.items():
        out[name] = press_scores(estimator, g.texts, g.labels, g.secondary)
        titles = g.titled()  # the releases' titles alone: how headlines are scored
        out[f"{name} titles"] = press_scores(
            estimator, titles.texts, titles.labels, titles.secondary
        )
    if baseline:
        out["baselines"] = {
            kind: {
                name: press_scores(fitted, g.texts, g.labels, g.secondary)
                for name, g in sets.items()
            }
            for kind, fitted in _press_baselines(data_dir, gold).items()
        }
    return out


class _Proba:
    """A fitted scikit-learn classifier with ``label_scores`` (its ``predict_proba``)."""

    def __init__(self, fitted: Any) -> None:
        self.classes_ = fitted.classes_
        self._fitted = fitted

    def label_scores(self, texts: list[str]) -> Any:
        return self._fitted.predict_proba(texts)


def _press_baselines(data_dir: Path, gold: str | os.PathLike[str] | None) -> dict[str, _Proba]:
    """:func:`baseline_model` fitted on the news train part (``"news"``) and on it plus the
    hand-labelled press training releases (``"news+press"``, weighted as in training, every
    other row 1)."""
    import pandas as pd

    from pressnlp.training.topic_corpus import press_train_rows
    from pressnlp.training.topic_press import train_gold_path
    from pressnlp.training.topics import row_weights

    exclude = gold_ids(data_dir, gold)
    hand = press_gold(data_dir, path=train_gold_path())
    train, _ = split_excluding(load_corpus(data_dir, exclude_ids=exclude), exclude)
    news = baseline_model().fit(list(train["text"]), list(train["label"]))
    rows = pd.concat(
        [train[~train["id"].isin(set(hand.ids))], press_train_rows(hand)], ignore_index=True
    )
    both = baseline_model().fit(
        list(rows["text"]),
        list(rows["label"]),
        logisticregression__sample_weight=row_weights(rows, {"press": 1.0, "weak": 1.0}),
    )
    return {"news": _Proba(news), "news+press": _Proba(both)}


def _ece_range(r: dict[str, Any]) -> str:
    if "ece_p_value" not in r:  # reports written before the test existed
        return ""
    lo, hi = r["ece_if_calibrated_range_90"]
    return (
        f" (90 % of sets {lo:.3f}-{hi:.3f}); an ECE of {r['ece']:.3f} or more in "
        f"{100 * r['ece_p_value']:.1f} % of them"
    )


def format_press_report(report: dict[str, Any]) -> str:
    """Plain-text summary and reliability diagram of :func:`evaluate_press`."""
    lines = []
    for name, r in report.items():
        if name == "baselines":
            continue
        lines += [
            f"press {name}: n={r['n']}  accuracy {r['accuracy']:.3f}  macro-F1 {r['macro_f1']:.3f}"
            f"  top-2 accuracy {r['top2_accuracy']:.3f}  ECE {r['ece']:.3f}"
            f"  (best label = primary or secondary {r.get('top1_primary_or_secondary', 0):.3f})",
            f"  no label (the neutral result, counted as wrong): {r.get('neutral', 0)}",
            f"  ECE a perfectly calibrated model with these scores would show on {r['n']} "
            f"texts (simulated): {r['ece_if_calibrated']:.3f}{_ece_range(r)}",
            f"  reliability ({name}): score bin, texts, mean score, accuracy",
        ]
        for b in r["reliability"]:
            if b["n"]:
                lines.append(
                    f"    {b['lo']:.1f}-{b['hi']:.1f}{b['n']:>6}{b['mean_score']:>9.3f}"
                    f"{b['accuracy']:>9.3f}"
                )
        lines.append("")
    for kind, reports in report.get("baselines", {}).items():
        lines.append(f"baseline (word TF-IDF + LogisticRegression) trained on {kind}:")
        lines += [
            f"  press {name}: accuracy {r['accuracy']:.3f}  macro-F1 {r['macro_f1']:.3f}"
            f"  top-2 accuracy {r['top2_accuracy']:.3f}  ECE {r['ece']:.3f}"
            for name, r in reports.items()
        ]
    return "\n".join(lines).rstrip()


def format_report(report: dict[str, Any]) -> str:
    """Plain-text table of a report from :func:`evaluate`."""
    lines = [
        f"held-out texts: {report['n']}   macro-F1: {report['macro_f1']:.3f}   "
        f"accuracy: {report['accuracy']:.3f}",
    ]
    base = report.get("baseline")
    if base:
        lines.append(
            f"baseline (word TF-IDF + LogisticRegression, same split): macro-F1 "
            f"{base['macro_f1']:.3f}   accuracy: {base['accuracy']:.3f}   "
            f"(model - baseline: {report['macro_f1'] - base['macro_f1']:+.3f} macro-F1)"
        )
        if diff := base.get("model_minus_baseline"):
            lo, hi = diff["range_90"]
            lines.append(
                f"  paired bootstrap over the texts: 90 % of resamples {lo:+.3f} to {hi:+.3f}, "
                f"the model ahead in {100 * diff['share_ahead']:.1f} %"
            )
    lines += [
        "",
        f"{'label':<28}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}",
    ]
    for lab, m in report["per_class"].items():
        lines.append(
            f"{lab:<28}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}"
        )
    gov = report["gov_ministry"]
    lines += [
        "",
        f"gov-ministry-news-2025 (real ministry releases): n={gov['n']} "
        f"macro-F1 {gov['macro_f1']:.3f} accuracy {gov['accuracy']:.3f}",
    ]
    for lab, m in gov["per_class"].items():
        lines.append(
            f"  {lab:<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}"
        )
    labels = report["confusion"]["labels"]
    short = [lab[:5] for lab in labels]
    lines += [
        "",
        "confusion (rows = true, columns = predicted):",
        " " * 28 + "".join(f"{s:>6}" for s in short),
    ]
    for lab, row in zip(labels, report["confusion"]["matrix"], strict=True):
        lines.append(f"{lab:<28}" + "".join(f"{v:>6}" for v in row))
    lines += [
        "",
        "accuracy by corpus: "
        + ", ".join(
            f"{k} {v['accuracy']:.3f} (n={v['n']})" for k, v in report["by_dataset"].items()
        ),
    ]
    ood = report.get("out_of_domain")
    if ood:
        key = f"share_score_ge_{ood['threshold']}"
        lines += [
            "",
            f"score >= {ood['threshold']}: held-out in-domain {ood['in_domain_test'][key]:.1%} "
            f"(median {ood['in_domain_test']['median_score']:.2f}), out-of-domain sections "
            f"{ood['out_of_domain'][key]:.1%} (median {ood['out_of_domain']['median_score']:.2f}, "
            f"n={ood['out_of_domain']['n']})",
        ]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="shared corpora folder (default: ../shared/data or $PRESSNLP_DATA)",
    )
    parser.add_argument(
        "--model", metavar="DIR", help="model folder to score (default: the shipped models/topics)"
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also train and score the plain TF-IDF + LogisticRegression baseline on the same "
        "split (with --press: trained on the news train part, and on it plus the hand-labelled "
        "press training releases)",
    )
    parser.add_argument(
        "--press",
        action="store_true",
        help="score the hand-labelled press releases instead (accuracy, macro-F1, top-2, "
        "reliability diagram, ECE)",
    )
    parser.add_argument(
        "--gold",
        metavar="FILE",
        help=f"press gold set (default: {gold_path().name} bundled in pressnlp/data/gold)",
    )
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument(
        "--min-macro-f1",
        type=float,
        metavar="F",
        help="exit with status 1 if macro-F1 (news split; --press: press dev) is below F (CI gate)",
    )


def validate(args: argparse.Namespace) -> None:
    if args.data is not None and not Path(args.data).is_dir():
        raise UsageError(f"--data {args.data}: no such folder")
    if args.model is not None and not Path(args.model).exists():
        raise UsageError(f"--model {args.model}: no such folder")
    gold = Path(args.gold) if args.gold else gold_path()
    if args.press and not gold.is_file():
        raise UsageError(f"--press: no press gold set at {gold}")


def run(args: argparse.Namespace) -> int:
    if args.press:
        report = evaluate_press(args.data, args.model, gold=args.gold, baseline=args.baseline)
        score = report["dev"]["macro_f1"]
        text = format_press_report(report)
    else:
        report = evaluate(args.data, args.model, baseline=args.baseline, gold=args.gold)
        score = report["macro_f1"]
        text = format_report(report)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else text)
    if args.min_macro_f1 is not None and score < args.min_macro_f1:
        print(f"macro-F1 {score:.3f} is below the floor {args.min_macro_f1}", file=sys.stderr)
        return 1
    return 0
