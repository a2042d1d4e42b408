"""``pressnlp evaluate ner``: P/R/F per label on a CoNLL file, measured as users call it.

Each sentence is turned into text by joining its tokens with single spaces and passed to
:func:`pressnlp.extract_entities` (the full entity pipeline: statistical NER plus the
rule-based ``pressnlp_entities`` component).  Predicted and gold entities are matched by
exact character offsets and label, so tokenizer splits count.  ``--bare`` scores the shipped
statistical model alone (``spacy.load(models/ner)``); ``--model DIR`` scores another NER
pipeline folder (a training checkpoint) the same way.

Default file: idner-news-2k dev with DATE projected from its NER-UGM twin (as in training).
DATE is only scored on sentences whose DATE annotation is known (364 of the 367 dev
sentences have a NER-UGM twin); for a user file, only labels present in its gold are scored.

>>> from pressnlp.evaluation.ner import evaluate               # doctest: +SKIP
>>> evaluate()["PERSON"]["f"]                                  # doctest: +SKIP
0.9...
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pressnlp.cleaning import clean
from pressnlp.entities import extract_entities
from pressnlp.ner import LABELS
from pressnlp.pipeline import ENTITIES, TOPICS, load
from pressnlp.resources import model_path, shared_data_dir
from pressnlp.training.ner_corpus import load_conll_file, load_idner
from pressnlp.training.ner_silver import gazetteer_matcher

HELP = "P/R/F per label of the NER on a CoNLL file (default: idner-news-2k dev + projected DATE)."

Predictor = Callable[[str], list[tuple[int, int, str]]]
SCORED = LABELS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="shared corpora folder (default: $PRESSNLP_DATA or ../shared/data)",
    )
    parser.add_argument(
        "--file",
        metavar="CONLL",
        help="token-per-line file (token first, IOB2 tag last); default: idner-news-2k dev",
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="score the statistical NER model alone, not extract_entities()",
    )
    parser.add_argument(
        "--model",
        metavar="DIR",
        help="a spaCy NER pipeline folder to score instead of the shipped models/ner",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--press",
        action="store_true",
        help="instead: the press-release check (gazetteer-mention recall on unlabelled real releases)",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also print up to N wrong predictions / misses",
    )


def validate(args: argparse.Namespace) -> None:
    if args.file is not None and not Path(args.file).is_file():
        raise SystemExit(f"error: --file {args.file} does not exist")
    if args.model is not None and not (Path(args.model) / "config.cfg").is_file():
        raise SystemExit(
            f"error: --model {args.model} is not a spaCy pipeline folder (no config.cfg)"
        )


def pipeline_predictor(model: str | os.PathLike[str] | None = None) -> Predictor:
    """Predictions of :func:`pressnlp.extract_entities`; with ``model``, on that spaCy NER
    pipeline followed by ``pressnlp_entities`` instead of the shipped pipeline."""
    nlp: Any = None
    if model is not None:
        # imported here: spaCy and the component are heavy (`pressnlp evaluate --help`)
        import spacy

        import pressnlp.components.entities  # noqa: F401  (registers the factory)

        nlp = spacy.load(Path(model))
        nlp.add_pipe(ENTITIES, config={"conventions": "idner"})
    else:
        # the news corpora follow their own convention: score with it (model card)
        nlp = load(exclude=(TOPICS,), entity_config={"conventions": "idner"})

    def predict(text: str) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.label) for e in extract_entities(text, nlp=nlp)]

    return predict


def bare_predictor(model: str | os.PathLike[str] | None = None) -> Predictor:
    """Predictions of the statistical model alone (no pressnlp components)."""
    import spacy

    nlp = spacy.load(Path(model) if model is not None else model_path("ner"))

    def predict(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return predict


def _gold(sent: Any) -> tuple[str, list[tuple[int, int, str]]]:
    starts = sent.char_starts()
    spans = [
        (starts[s], starts[e - 1] + len(sent.tokens[e - 1]), label) for s, e, label in sent.ents
    ]
    return sent.text, spans


def evaluate(
    *,
    data: str | os.PathLike[str] | None = None,
    file: str | os.PathLike[str] | None = None,
    bare: bool = False,
    model: str | os.PathLike[str] | None = None,
    predictor: Predictor | None = None,
    errors: list[tuple[str, str, str]] | None = None,
) -> dict[str, Any]:
    """Scores as ``{label: {"p", "r", "f", "tp", "fp", "fn"}, "PER/ORG/LOC": ..., "ALL": ...,
    "sentences": n, "seconds": t}``; P/R/F are fractions (0..1).

    ``errors``, if given, collects ``(kind, label, "text [span]")`` for misses and false alarms.
    """
    if file is not None:
        sents = load_conll_file(Path(file))
    else:
        root = shared_data_dir(data)
        assert root is not None
        sents = load_idner(root, "dev")
    if predictor is None:
        predictor = bare_predictor(model) if bare else pipeline_predictor(model)
    labels = [lbl for lbl in SCORED if any(e[2] == lbl for s in sents for e in s.ents)]
    counts = {lbl: [0, 0, 0] for lbl in labels}  # tp, fp, fn
    t0 = time.perf_counter()
    for sent in sents:
        text, gold = _gold(sent)
        pred = predictor(text)
        scored = [lbl for lbl in labels if lbl != "DATE" or sent.has_date]
        gold_set = {g for g in gold if g[2] in scored}
        pred_set = {p for p in pred if p[2] in scored}
        for lbl in scored:
            g = {x for x in gold_set if x[2] == lbl}
            p = {x for x in pred_set if x[2] == lbl}
            counts[lbl][0] += len(g & p)
            counts[lbl][1] += len(p - g)
            counts[lbl][2] += len(g - p)
        if errors is not None:
            for kind, spans in (("miss", gold_set - pred_set), ("false", pred_set - gold_set)):
                for s, e, lbl in sorted(spans):
                    errors.append(
                        (kind, lbl, f"{text[max(0, s - 40) : s]}[{text[s:e]}]{text[e : e + 40]}")
                    )
    seconds = time.perf_counter() - t0
    result: dict[str, Any] = {lbl: _prf(*counts[lbl]) for lbl in labels}
    core = [lbl for lbl in LABELS if lbl != "DATE" and lbl in counts]
    if core:
        result["PER/ORG/LOC"] = _prf(*(sum(counts[lbl][i] for lbl in core) for i in range(3)))
    result["ALL"] = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    result["sentences"] = len(sents)
    result["seconds"] = round(seconds, 2)
    return result


def press_check(
    *, data: str | os.PathLike[str] | None = None, model: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """The press-release gap, measured without hand labels on real government releases that
    no training step reads (``press/cms-pasted-html`` and ``press/kemkes-wp-2020``, cleaned
    with :func:`pressnlp.clean`): recall of the bare model on every mention of a curated
    institution (ORG) or Kemendagri region (LOC) name, exact span and label, plus how many
    predicted entities run across a line break (always wrong)."""
    import spacy
    from spacy.util import filter_spans

    root = shared_data_dir(data)
    assert root is not None
    nlp = spacy.load(Path(model) if model is not None else model_path("ner"))
    matcher = gazetteer_matcher(root, nlp)
    bodies = []
    for folder in ("cms-pasted-html", "kemkes-wp-2020"):
        for file in sorted((root / "press" / folder / "html").glob("*.html")):
            bodies.append(clean(file.read_text(encoding="utf-8", errors="replace"), html=True).body)
    found = {"ORG": [0, 0, 0], "LOC": [0, 0, 0]}  # exact, exact-or-inside, mentions
    n_ents, crossing, labels = 0, 0, {lbl: 0 for lbl in SCORED}
    for doc in nlp.pipe(bodies):
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        n_ents += len(pred)
        crossing += sum("\n" in e.text for e in doc.ents)
        for e in doc.ents:
            labels[e.label_] = labels.get(e.label_, 0) + 1
        matches = matcher(doc)
        for span in filter_spans([doc[s:e] for _, s, e in matches]):
            label = next(
                nlp.vocab.strings[m] for m, s, e in matches if (s, e) == (span.start, span.end)
            )
            if any(
                e.start <= span.start and span.end <= e.end and e.label_ != label for e in doc.ents
            ):
                continue  # nested in another label ("Dinas Kesehatan Kota Depok"): not scored
            found[label][2] += 1
            found[label][0] += (span.start, span.end, label) in pred
            found[label][1] += any(
                e.start <= span.start and span.end <= e.end and e.label_ == label for e in doc.ents
            )
    out: dict[str, Any] = {}
    for k, (exact, inside, total) in found.items():
        out[f"gazetteer_{k}_mentions"] = total
        out[f"gazetteer_{k}_recall_exact"] = round(exact / total, 4) if total else None
        out[f"gazetteer_{k}_recall_in_entity"] = round(inside / total, 4) if total else None
    out.update(
        {"texts": len(bodies), "entities": n_ents, "by_label": labels, "crossing_newline": crossing}
    )
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def format_table(result: dict[str, Any]) -> str:
    rows = [f"{'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for key, val in result.items():
        if isinstance(val, dict):
            rows.append(
                f"{key:<12} {100 * val['p']:6.1f} {100 * val['r']:6.1f} {100 * val['f']:6.1f} "
                f"{val['tp'] + val['fn']:6d} {val['tp'] + val['fp']:6d}"
            )
    rows.append(f"{result['sentences']} sentences in {result['seconds']:.1f} s")
    return "\n".join(rows)


def run(args: argparse.Namespace) -> int:
    if args.press:
        print(json.dumps(press_check(data=args.data, model=args.model), indent=2))
        return 0
    errors: list[tuple[str, str, str]] | None = [] if args.errors else None
    result = evaluate(
        data=args.data, file=args.file, bare=args.bare, model=args.model, errors=errors
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        what = "bare NER model" if args.bare else "extract_entities()"
        print(
            f"NER evaluation through {what} on {args.file or 'idner-news-2k dev (+ projected DATE)'}"
        )
        print(format_table(result))
    if errors:
        for kind, label, context in errors[: args.errors]:
            print(f"{kind:<5} {label:<6} {context}", file=sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - convenience
    parser = argparse.ArgumentParser(description=HELP)
    add_arguments(parser)
    args = parser.parse_args(argv)
    validate(args)
    return run(args)
