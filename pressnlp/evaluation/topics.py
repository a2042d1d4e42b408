"""``pressnlp evaluate topics``: held-out scores of a topic model on the shared corpora.

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
from pressnlp.training.topic_corpus import load_corpus, out_of_domain_texts, split
from pressnlp.training.topic_scores import out_of_domain_scores, score_split

if TYPE_CHECKING:
    from pressnlp.topics.model import TopicModel

__all__ = [
    "HELP",
    "add_arguments",
    "evaluate",
    "format_report",
    "out_of_domain_scores",
    "run",
    "score_split",
    "validate",
]

HELP = "Held-out macro-F1, accuracy, per-label P/R/F and confusion matrix of the topic model."


def evaluate(
    data: str | os.PathLike[str] | None = None,
    model: str | os.PathLike[str] | TopicModel | None = None,
) -> dict[str, Any]:
    """Score ``model`` (default: the shipped one) on the fixed held-out split of ``data``.

    Returns a dict with ``macro_f1``, ``accuracy``, ``per_class``, ``confusion``,
    ``by_dataset`` and ``gov_ministry`` (same keys, ministry releases only).
    """
    # imported here: the estimator pulls in scikit-learn (`pressnlp evaluate --help` stays fast)
    from pressnlp.topics.model import TopicModel, load

    data_dir = shared_data_dir(data)
    assert data_dir is not None
    if model is None:
        model = load(model_path("topics"))
    elif not isinstance(model, TopicModel):
        model = load(model)
    _, test = split(load_corpus(data_dir))
    report = score_split(model, test)
    report["out_of_domain"] = out_of_domain_scores(model, test, out_of_domain_texts(data_dir))
    return report


def format_report(report: dict[str, Any]) -> str:
    """Plain-text table of a report from :func:`evaluate`."""
    lines = [
        f"held-out texts: {report['n']}   macro-F1: {report['macro_f1']:.3f}   "
        f"accuracy: {report['accuracy']:.3f}",
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
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument(
        "--min-macro-f1",
        type=float,
        metavar="F",
        help="exit with status 1 if macro-F1 is below F (CI gate)",
    )


def validate(args: argparse.Namespace) -> None:
    if args.data is not None and not Path(args.data).is_dir():
        raise UsageError(f"--data {args.data}: no such folder")
    if args.model is not None and not Path(args.model).exists():
        raise UsageError(f"--model {args.model}: no such folder")


def run(args: argparse.Namespace) -> int:
    report = evaluate(args.data, args.model)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    if args.min_macro_f1 is not None and report["macro_f1"] < args.min_macro_f1:
        print(
            f"macro-F1 {report['macro_f1']:.3f} is below the floor {args.min_macro_f1}",
            file=sys.stderr,
        )
        return 1
    return 0
