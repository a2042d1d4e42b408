"""``pressnlp evaluate topics``: held-out scores of a topic model on the shared corpora.

The held-out part is the fixed split of :func:`pressnlp.training.topics.split` (stratified,
de-duplicated, near-duplicate groups kept on one side, seed 20240611); the shipped model is
trained on the other part only, so its figures here are honest. Reports macro-F1, accuracy,
per-label precision/recall/F1, a confusion matrix and, separately, the real ministry releases
(``gov-ministry-news-2025``).

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

if TYPE_CHECKING:
    import pandas as pd

    from pressnlp._topic_model import TopicModel

HELP = "Held-out macro-F1, accuracy, per-label P/R/F and confusion matrix of the topic model."

GOV = "gov-ministry-news-2025"


def _metrics(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict[str, Any]:
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
    out = _metrics(y_true, y_pred, labels)
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
    out["gov_ministry"] = _metrics(gov_true, gov_pred, sorted(set(gov_true)))
    return out


def evaluate(
    data: str | os.PathLike[str] | None = None,
    model: str | os.PathLike[str] | TopicModel | None = None,
) -> dict[str, Any]:
    """Score ``model`` (default: the shipped one) on the fixed held-out split of ``data``.

    Returns a dict with ``macro_f1``, ``accuracy``, ``per_class``, ``confusion``,
    ``by_dataset`` and ``gov_ministry`` (same keys, ministry releases only).
    """
    from pressnlp._topic_model import TopicModel, load
    from pressnlp.resources import model_path, shared_data_dir
    from pressnlp.training.topics import load_corpus, out_of_domain_texts, split

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
    from pressnlp.errors import UsageError

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


# ---------------------------------------------------------------------------------------------
# model card
# ---------------------------------------------------------------------------------------------
def write_card(folder: str | os.PathLike[str]) -> Path:
    """(Re)write ``README.md`` of a model folder from its ``meta.json``."""
    from pressnlp._topic_model import MODEL_FILE, read_meta

    folder = Path(folder)
    meta = read_meta(folder)
    scores = meta["scores"]
    td = meta["training_data"]
    size_mb = (folder / MODEL_FILE).stat().st_size / 1e6
    per = "\n".join(
        f"| `{lab}` | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        for lab, m in scores["per_class"].items()
    )
    gov = scores["gov_ministry"]
    gov_rows = "\n".join(
        f"| `{lab}` | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        for lab, m in gov["per_class"].items()
    )
    labels = scores["confusion"]["labels"]
    conf = [
        "| true \\ pred | " + " | ".join(lab[:6] for lab in labels) + " |",
        "|---|" + "---:|" * len(labels),
    ]
    conf += [
        f"| `{lab}` | " + " | ".join(str(v) for v in row) + " |"
        for lab, row in zip(labels, scores["confusion"]["matrix"], strict=True)
    ]
    fits: dict[str, dict[str, int]] = {}
    for key, n in td["fit_counts"].items():
        lab, origin = key.split("|")
        fits.setdefault(lab, {})[origin] = n
    fit_rows = "\n".join(
        f"| `{lab}` | {c.get('mapped', 0)} | {c.get('weak', 0)} |"
        for lab, c in sorted(fits.items())
    )
    feats = "\n".join(
        f"- `{lab}`: " + ", ".join(f"`{f}`" for f in fs[:12])
        for lab, fs in meta["top_features"].items()
    )
    bycorp = ", ".join(
        f"{k} {v['accuracy']:.3f} (n={v['n']})" for k, v in scores["by_dataset"].items()
    )
    ood = scores.get("out_of_domain")
    ood_text = ""
    if ood:
        key = f"share_score_ge_{ood['threshold']}"
        ood_text = (
            f"Unmapped-sections check (sections LABEL_MAPPING.md leaves out: car and home channels, "
            f"devotional columns; n={ood['out_of_domain']['n']}): {ood['out_of_domain'][key]:.1%} get a score "
            f">= {ood['threshold']} (median score {ood['out_of_domain']['median_score']:.2f}), against "
            f"{ood['in_domain_test'][key]:.1%} of the held-out in-domain texts (median "
            f"{ood['in_domain_test']['median_score']:.2f})."
        )
    v = meta["versions"]
    extra = (
        (folder / "CARD_NOTES.md").read_text(encoding="utf-8")
        if (folder / "CARD_NOTES.md").is_file()
        else ""
    )
    text = f"""# pressnlp topic model (`models/topics`)

Policy-domain topic classifier for Indonesian press releases: 12 labels
({", ".join(f"`{x}`" for x in meta["labels"])}).
Generated by `pressnlp train topics` (this card is rewritten from `meta.json` on every run).

## Use
```python
import pressnlp
topic = pressnlp.classify_topic(pressnlp.clean(raw).body)   # Topic(label, score, scores)
topic.label, topic.score, topic.top(3)
```
`score` is the calibrated one-vs-rest probability of the label times a domain-fit factor
(0..1: how close the text's words come to any label's centroid, relative to that label's own
training texts; the same for all labels of a text, so it never changes the winner). Scores of
all labels need not sum to 1 — when every score is low the text is probably outside the 12
policy domains (threshold `score`, e.g. 0.5). Empty texts, texts of fewer than 3 words and non-Indonesian
texts get the neutral `Topic(label=None, score=0.0, scores={{}})`.

## Recipe
- Text: `pressnlp.clean()` body -> news-site artefacts removed (site names, datelines such as
  "Liputan6.com, Jakarta -", urls/domains, "Baca juga"/"Lihat juga" lines, byline initials
  like "(md/rer)") -> {"Sastrawi stemming via `pressnlp.stem` -> " if td["stemmed"] else "(no stemming: stemmer not available at training time) -> "}lowercase; first {meta["params"]["max_chars"]} characters.
- Features: word 1-2-gram TF-IDF (max {meta["params"]["max_word_features"]} features) +
  character 3-5-gram (`char_wb`) TF-IDF (max {meta["params"]["max_char_features"]}), sublinear tf, min_df {meta["params"]["min_df"]}.
- Model: `LinearSVC(C={meta["params"]["C"]}, class_weight="balanced")`; Platt scaling per label on
  {meta["params"]["calibration_folds"]}-fold out-of-fold decision values; domain fit from per-label
  word centroids (top 2,000 terms each) and the 10th percentile of each label's own texts'
  similarity to its centroid.
- Trained on: {meta["trained_on"]}; big labels capped at {td["max_per_class"]} rows
  (ministry, Kemenhut and weak rows always kept). Training-data digest (SHA-256 over id, label,
  text hash): `{td["sha256_fit"]}`; test part: `{td["sha256_test"]}`.
- Saved with skops (no pickle), loaded with an explicit trusted-type list. Model file
  {size_mb:.1f} MB. Versions: scikit-learn {v["scikit-learn"]}, skops {v["skops"]}, numpy {v["numpy"]},
  Python {v["python"]}.
- `runtime.npz`: the same fitted model as plain arrays (vocabularies, idf, SVM coefficients,
  Platt and domain-fit parameters; loaded with `allow_pickle=False`), written by `save()` and
  stamped with the SHA-256 of `model.skops`. `classify_topic`, the `pressnlp_topics` component
  and `pressnlp topic` score with it, without importing scikit-learn or skops (about 2 s of a
  cold start); tests check it gives the estimator's labels and scores. A missing or stale
  runtime falls back to the skops estimator.

## Data
All of `shared/data/topics/` mapped with `LABEL_MAPPING.md` (rows mapped to "—" are not training
data), plus the 17 Kemenhut releases in `shared/data/press/kemenhut-cms-2025` as
`lingkungan_energi`; texts shorter than 200 characters after cleaning and exact duplicates
dropped; near-duplicates (word 5-gram shingle cosine >= 0.5) grouped. Corpus {td["rows_corpus"]}
rows; train part {td["rows_train"]} (fit on {td["rows_fit"]}); held-out {td["rows_test"]}.

Rows used for fitting, per label (`mapped` = source label mapped by LABEL_MAPPING.md,
`weak` = keyword weak label on unmapped news, see below):

| label | mapped | weak |
|---|---:|---:|
{fit_rows}

## Held-out figures
`pressnlp evaluate topics` (fixed split: StratifiedGroupKFold fold 0 of 5, seed 20240611,
stratified by label and by label+ministry for `gov-ministry-news-2025`; near-duplicate groups
never straddle it; weak labels never in the test part).

**macro-F1 {scores["macro_f1"]:.3f}, accuracy {scores["accuracy"]:.3f}** on {scores["n"]} held-out texts.

| label | precision | recall | F1 | n |
|---|---:|---:|---:|---:|
{per}

Real ministry releases (`gov-ministry-news-2025`, its own held-out share; labels derived from
the issuing ministry, macro over its {len(gov["per_class"])} labels): **macro-F1 {gov["macro_f1"]:.3f},
accuracy {gov["accuracy"]:.3f}** (n={gov["n"]}).

| label | precision | recall | F1 | n |
|---|---:|---:|---:|---:|
{gov_rows}

Accuracy by corpus: {bycorp}.

{ood_text}

Confusion matrix (rows = true label):

{chr(10).join(conf)}

## Top features per label
Largest positive SVM weights (checked for source artefacts: none of the site names survive
the artefact filter).

{feats}

{extra}
"""
    (folder / "README.md").write_text(text, encoding="utf-8")
    return folder / "README.md"
