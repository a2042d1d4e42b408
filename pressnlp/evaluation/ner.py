"""``pressnlp evaluate ner``: P/R/F per label on a CoNLL file, measured as users call it.

Each sentence is turned into text by joining its tokens with single spaces and passed to
:func:`pressnlp.extract_entities` (the full entity pipeline: statistical NER plus the
rule-based ``pressnlp_entities`` component).  Predicted and gold entities are matched by
exact character offsets and label, so tokenizer splits count.  ``--bare`` scores the shipped
statistical model alone (``spacy.load(models/ner)``); ``--model DIR`` scores another NER
pipeline folder (a training checkpoint) the same way.

``--press`` scores the press gold set instead (``pressnlp/data/gold/press_ner_dev.jsonl``:
hand-annotated real releases following ``press-entity-conventions.md``), per label, per source
folder and per source shape, plus the DATE value exact-match rate; ``--press-gazetteer`` is
the older label-free check (gazetteer-mention recall of the bare model).

Default file: idner-news-2k dev with DATE projected from its NER-UGM twin (as in training).
DATE is only scored on sentences whose DATE annotation is known (364 of the 367 dev
sentences have a NER-UGM twin); for a user file, only labels present in its gold are scored.

>>> from pressnlp.evaluation.ner import evaluate               # doctest: +SKIP
>>> evaluate()["PERSON"]["f"]                                  # doctest: +SKIP
0.9...
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pressnlp.cleaning import clean
from pressnlp.entities import Entity, extract_entities
from pressnlp.evaluation.sources import GoldDocument, load_gold
from pressnlp.ner import LABELS
from pressnlp.pipeline import ENTITIES, TOPICS, load
from pressnlp.resources import data_file, model_path, shared_data_dir
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
        help="instead: the press gold set (hand-annotated real releases, dev split)",
    )
    parser.add_argument(
        "--split",
        default="dev",
        help="with --press: the gold split to score (default: dev)",
    )
    parser.add_argument(
        "--press-gazetteer",
        action="store_true",
        help="instead: gazetteer-mention recall of the bare model on unlabelled real releases",
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


PRESS_GOLD = "press_ner_{split}.jsonl"
"""The press gold file of a split, in ``pressnlp/data/gold/``."""


def press_gold(
    data: str | os.PathLike[str] | None = None, *, split: str = "dev"
) -> list[GoldDocument]:
    """The press gold documents of ``split``, their source texts resolved and hash-checked."""
    root = shared_data_dir(data)
    assert root is not None
    with resources_path(PRESS_GOLD.format(split=split)) as path:
        return load_gold(path, root, split=split)


def resources_path(name: str) -> Any:
    """Context manager giving a real path to ``pressnlp/data/gold/<name>``."""
    from importlib.resources import as_file

    return as_file(data_file("gold", name))


def _doc_keys(doc: GoldDocument) -> list[str]:
    folder = doc.source.id.split("#")[0].rsplit("/", 1)[0]
    if folder.endswith(("/txt", "/html")):
        folder = folder.rsplit("/", 1)[0]
    return [f"source {folder}", f"shape {doc.annotation.get('shape') or '?'}"]


def evaluate_press(
    *,
    data: str | os.PathLike[str] | None = None,
    split: str = "dev",
    model: str | os.PathLike[str] | None = None,
    errors: list[tuple[str, str, str]] | None = None,
) -> dict[str, Any]:
    """Scores of :func:`pressnlp.extract_entities` on the press gold set: exact span and
    label; ``{label: prf, "ALL": prf, "by_source": {key: prf}, "date_values": {...},
    "documents": n, "seconds": t}``. Each release is analysed whole, with its
    publication date; DATE values are compared (exact string) on the DATE spans found."""
    docs = press_gold(data, split=split)
    nlp = None
    if model is not None:
        import spacy

        import pressnlp.components.entities  # noqa: F401  (registers the factory)

        nlp = spacy.load(Path(model))
        nlp.add_pipe(ENTITIES)
    counts = {lbl: [0, 0, 0] for lbl in SCORED}
    by_key: dict[str, list[int]] = {}
    values = [0, 0]  # DATE spans found with the gold value, DATE spans found
    t0 = time.perf_counter()
    for doc in docs:
        pub = doc.annotation.get("pub_date")
        pub_date = dt.date.fromisoformat(pub) if pub else None
        pred = extract_entities(doc.source.text, pub_date=pub_date, nlp=nlp)
        gold = {
            (e["start"], e["end"], e["label"]): e.get("value") for e in doc.annotation["entities"]
        }
        found = {(e.start, e.end, e.label): e for e in pred}
        _count(counts, by_key, _doc_keys(doc), set(gold), set(found))
        for key, value in gold.items():
            if key[2] == "DATE" and key in found:
                values[1] += 1
                values[0] += _date_value(found[key]) == value
        if errors is not None:
            _collect_errors(errors, doc.source.text, set(gold), set(found))
    result: dict[str, Any] = {lbl: _prf(*counts[lbl]) for lbl in SCORED}
    result["ALL"] = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    result["by_source"] = {k: _prf(*v) for k, v in sorted(by_key.items())}
    rate = round(values[0] / values[1], 4) if values[1] else None
    n_gold = counts["DATE"][0] + counts["DATE"][2]
    result["date_values"] = {"exact": values[0], "scored": values[1], "rate": rate, "gold": n_gold}
    result["documents"] = len(docs)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    return result


def _date_value(ent: Entity) -> str | None:
    return ent.value if isinstance(ent.value, str) else None


def _count(
    counts: dict[str, list[int]],
    by_key: dict[str, list[int]],
    keys: list[str],
    gold: set[tuple[int, int, str]],
    pred: set[tuple[int, int, str]],
) -> None:
    for lbl in SCORED:
        g = {x for x in gold if x[2] == lbl}
        p = {x for x in pred if x[2] == lbl}
        row = (len(g & p), len(p - g), len(g - p))
        for i in range(3):
            counts[lbl][i] += row[i]
            for key in keys:
                by_key.setdefault(key, [0, 0, 0])[i] += row[i]


def _collect_errors(
    errors: list[tuple[str, str, str]],
    text: str,
    gold: set[tuple[int, int, str]],
    pred: set[tuple[int, int, str]],
) -> None:
    for kind, spans in (("miss", gold - pred), ("false", pred - gold)):
        for s, e, lbl in sorted(spans):
            context = f"{text[max(0, s - 40) : s]}[{text[s:e]}]{text[e : e + 40]}"
            errors.append((kind, lbl, context.replace("\n", " ")))


def _score_row(name: str, val: dict[str, Any] | None, width: int) -> str:
    """One line of a P/R/F1 table; ``val=None`` gives the header line."""
    if val is None:
        return f"{name:<{width}} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"
    return (
        f"{name:<{width}} {100 * val['p']:6.1f} {100 * val['r']:6.1f} {100 * val['f']:6.1f} "
        f"{val['tp'] + val['fn']:6d} {val['tp'] + val['fp']:6d}"
    )


def format_press_table(result: dict[str, Any]) -> str:
    rows = [_score_row("", None, 34)]
    rows += [_score_row(lbl, result[lbl], 34) for lbl in (*SCORED, "ALL")]
    rows += [_score_row(key, val, 34) for key, val in result["by_source"].items()]
    dv = result["date_values"]
    rate = f"{100 * dv['rate']:.1f} %" if dv["rate"] is not None else "n/a"
    rows.append(
        f"DATE values exact: {dv['exact']}/{dv['scored']} DATE spans found ({rate}); "
        f"{dv['exact']}/{dv['gold']} of all gold DATEs"
    )
    rows.append(f"{result['documents']} releases in {result['seconds']:.1f} s")
    return "\n".join(rows)


def _run_press(args: argparse.Namespace) -> int:
    errors: list[tuple[str, str, str]] | None = [] if args.errors else None
    result = evaluate_press(data=args.data, split=args.split, model=args.model, errors=errors)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"NER evaluation through extract_entities() on the press gold set ({args.split})")
        print(format_press_table(result))
    for kind, label, context in (errors or [])[: args.errors]:
        print(f"{kind:<5} {label:<6} {context}")
    return 0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def format_table(result: dict[str, Any]) -> str:
    rows = [_score_row("label", None, 12)]
    rows += [_score_row(key, val, 12) for key, val in result.items() if isinstance(val, dict)]
    rows.append(f"{result['sentences']} sentences in {result['seconds']:.1f} s")
    return "\n".join(rows)


def run(args: argparse.Namespace) -> int:
    if args.press_gazetteer:
        print(json.dumps(press_check(data=args.data, model=args.model), indent=2))
        return 0
    if args.press:
        return _run_press(args)
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
