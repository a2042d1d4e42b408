"""``pressnlp train ner``: rebuild the shipped statistical NER model from the shared corpora.

Steps (all deterministic given the data, except floret's multi-threaded vector training):

1. corpus: idner-news-2k train (+ DATE projected from NER-UGM) + NER-UI, de-duplicated,
   missing-DATE marking, re-tokenised with spaCy's ``id`` tokenizer -> ``train.spacy``;
   idner-news-2k dev (+ projected DATE) -> ``dev.spacy`` (see :mod:`.ner_corpus`);
2. vectors: floret (hashed subword) vectors trained on the unlabelled ``topics/`` news text
   (see :mod:`.ner_vectors`), converted with ``spacy init vectors --mode floret``;
3. ``spacy train configs/ner.cfg`` (fixed seed, early stopping on idner dev);
4. the best checkpoint is copied to ``--output`` (default ``models/ner``), keeping its
   model card ``README.md``.

``--press auto`` adds the hand-annotated press releases (``press_ner_train.jsonl``, see
:mod:`.ner_press`, ``--press-weight`` copies each). ``--fine-tune MODEL`` skips step 2:
tok2vec and ner start from ``MODEL``'s weights and keep its floret vectors
(``configs/ner_finetune.cfg``), train ``max_steps`` more steps on the mix, and the last
checkpoint is shipped (about 17 min on the shared machine)::

    pressnlp train ner --fine-tune models/ner --press auto --output /tmp/ner-press

Example::

    pressnlp train ner --data ../shared/data --output models/ner
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressnlp.resources import data_file, shared_data_dir
from pressnlp.training.ner_corpus import Sentence, build_corpus
from pressnlp.training.ner_press import held_out_texts, load_press
from pressnlp.training.ner_silver import build_silver
from pressnlp.training.ner_vectors import train_vectors, write_text

if TYPE_CHECKING:
    from spacy.language import Language

HELP = "Train the statistical NER model (PERSON/ORG/LOC/DATE) from the shared corpora."

_REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_CONFIG = _REPO / "configs" / "ner.cfg"
FINETUNE_CONFIG = _REPO / "configs" / "ner_finetune.cfg"
PRESS_TRAIN = "press_ner_train.jsonl"
PRESS_DEV = "press_ner_dev.jsonl"
EXTRAS = ("nerui", "nergrit")
DEFAULT_SILVER = "auto"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="shared corpora folder (default: $PRESSNLP_DATA or ../shared/data)",
    )
    parser.add_argument(
        "--output",
        metavar="DIR",
        default=str(_REPO / "models" / "ner"),
        help="where the trained pipeline goes (default: models/ner)",
    )
    parser.add_argument(
        "--config",
        metavar="CFG",
        help="spaCy training config (default: configs/ner.cfg, with --fine-tune configs/ner_finetune.cfg)",
    )
    _add_press_arguments(parser)
    parser.add_argument(
        "--silver",
        metavar="auto|none|JSONL",
        default=DEFAULT_SILVER,
        help="gazetteer-labelled ministry-text sentences: 'auto' builds them from the data (pressnlp.training.ner_silver), 'none', or a JSONL file (default: %(default)s)",
    )
    parser.add_argument(
        "--paragraphs",
        type=float,
        default=0.3,
        metavar="SHARE",
        help="share of training sentences merged into multi-sentence pieces with newlines (default: 0.3)",
    )
    parser.add_argument(
        "--idner-weight",
        type=int,
        default=1,
        metavar="N",
        help="copies of each idner-news-2k train sentence (default: 1)",
    )
    parser.add_argument(
        "--loc-context",
        nargs="?",
        const="all",
        default=None,
        choices=["all", "countries"],
        help="keep NER-UI LOC labels (all, or only country names) only after locative cues (di, ke, dari, ...), else mark them missing",
    )
    parser.add_argument("--no-vectors", action="store_true", help="train without static vectors")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse corpus/vectors already in --workdir"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--max-steps", type=int, help="override training.max_steps")


def _add_press_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of training on the press gold set and of fine-tuning a trained model."""
    parser.add_argument(
        "--fine-tune",
        metavar="MODEL",
        help="start from this trained pipeline (e.g. models/ner): keep its weights and floret vectors, train --max-steps more steps on the mix and ship the last checkpoint",
    )
    parser.add_argument(
        "--press",
        metavar="auto|none|JSONL",
        default="none",
        help="hand-annotated press releases to train on: 'auto' = the bundled pressnlp/data/gold/press_ner_train.jsonl (train split), 'none', or a gold JSONL file; with press data, silver sentences from press dev texts are dropped too (default: %(default)s, the shipped recipe)",
    )
    parser.add_argument(
        "--press-literal",
        action="store_true",
        help="train on the press spans exactly as annotated, not in the model convention (pressnlp.training.ner_press.to_model_convention)",
    )
    parser.add_argument(
        "--press-weight",
        type=int,
        default=3,
        metavar="N",
        help="copies of each press training piece (default: 3)",
    )
    parser.add_argument(
        "--workdir",
        metavar="DIR",
        default=str(_REPO / "corpus" / "ner"),
        help="scratch folder for .spacy files, vectors, checkpoints (default: corpus/ner)",
    )
    parser.add_argument(
        "--extras",
        default="nerui",
        help="comma-separated extra corpora from {nerui,nergrit}, or '' (default: nerui)",
    )


def validate(args: argparse.Namespace) -> None:
    if args.config is None:
        args.config = str(FINETUNE_CONFIG if args.fine_tune else DEFAULT_CONFIG)
    if args.fine_tune and not (Path(args.fine_tune) / "config.cfg").is_file():
        raise SystemExit(f"error: --fine-tune {args.fine_tune} is not a spaCy pipeline folder")
    if args.press not in ("auto", "none") and not Path(args.press).is_file():
        raise SystemExit(f"error: --press {args.press} does not exist")
    if args.press_weight < 1:
        raise SystemExit("error: --press-weight must be at least 1")
    if not Path(args.config).is_file():
        raise SystemExit(f"error: config {args.config} not found")
    extras = [e for e in args.extras.split(",") if e]
    bad = set(extras) - set(EXTRAS)
    if bad:
        raise SystemExit(f"error: unknown extra corpora {sorted(bad)}; choose from {EXTRAS}")
    args.extras_list = extras
    if args.silver not in ("auto", "none") and not Path(args.silver).is_file():
        raise SystemExit(f"error: --silver {args.silver} does not exist")


def _log(msg: str) -> None:
    print(f"[train ner] {msg}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    # imported here: spaCy's training machinery is heavy (`pressnlp train --help` stays fast)
    import spacy
    from spacy.cli.train import train as spacy_train

    if not hasattr(args, "extras_list"):
        validate(args)
    data = shared_data_dir(args.data)
    assert data is not None
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")

    if not (args.reuse and (work / "train.spacy").is_file()):
        _build_corpus(args, data, work, nlp)

    overrides: dict[str, object] = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "system.seed": args.seed,
    }
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    if args.fine_tune:
        # a copy: --output may be the base itself, and it is replaced at the end
        base = work / "base"
        if base.exists():
            shutil.rmtree(base)
        shutil.copytree(args.fine_tune, base)
        overrides["paths.base"] = str(base)  # its weights and its floret vectors
    elif args.no_vectors:
        overrides["components.tok2vec.model.embed.include_static_vectors"] = False
    else:
        overrides["paths.vectors"] = str(_build_vectors(args, data, work, nlp))

    out_train = work / "training"
    _log(f"spacy train {args.config} -> {out_train}")
    spacy_train(Path(args.config), out_train, overrides=overrides)

    # a fine-tune runs a fixed number of steps; from scratch, idner dev picks the checkpoint
    install_model(out_train / ("model-last" if args.fine_tune else "model-best"), Path(args.output))
    _log(f"saved to {args.output}")
    return 0


def _build_corpus(args: argparse.Namespace, data: Path, work: Path, nlp: Language) -> None:
    """``train.spacy`` / ``dev.spacy`` (and the silver sentences) in ``work``."""
    silver: Path | None = None
    if args.silver == "auto":
        silver = work / "silver.jsonl"
        n = build_silver(data, silver, nlp, seed=args.seed)
        _log(f"silver: {n} gazetteer-labelled sentences from ministry/press texts")
    elif args.silver != "none":
        silver = Path(args.silver)
    press, held_out = _press_pieces(args, data, nlp)
    _log(f"building corpus from {data} (extras: {args.extras_list or 'none'})")
    counts = build_corpus(
        data,
        work,
        extras=args.extras_list,
        silver=silver,
        nlp=nlp,
        paragraphs=args.paragraphs,
        idner_weight=args.idner_weight,
        loc_context=args.loc_context or False,
        seed=args.seed,
        press=press,
        press_weight=args.press_weight,
        exclude_texts=held_out,
    )
    (work / "corpus_counts.json").write_text(json.dumps(counts, indent=1))
    _log(f"corpus: {counts}")


def _press_pieces(
    args: argparse.Namespace, data: Path, nlp: Language
) -> tuple[list[Sentence], list[str]]:
    """The press training pieces (:mod:`.ner_press`) and the press dev texts they, and the
    silver sentences, are kept apart from (never trained on, not even as silver); nothing
    for ``--press none``."""
    from importlib.resources import as_file

    if args.press == "none":  # the shipped recipe (its silver set predates the press gold)
        return [], []
    with as_file(data_file("gold", PRESS_DEV)) as dev_path:
        held_out = held_out_texts(dev_path, data)
    with as_file(data_file("gold", PRESS_TRAIN)) as bundled:
        gold = bundled if args.press == "auto" else Path(args.press)
        press = load_press(gold, data, nlp, exclude_texts=held_out, adapt=not args.press_literal)
    _log(f"press: {len(press)} pieces of hand-annotated releases (x{args.press_weight})")
    return press, held_out


def _build_vectors(args: argparse.Namespace, data: Path, work: Path, nlp: Language) -> Path:
    """The floret vectors folder in ``work`` (trained unless ``--reuse`` finds one)."""
    vec_dir = work / "vectors"
    if not (args.reuse and (vec_dir / "config.cfg").is_file()):
        text = work / "vectors.txt"
        _log("writing tokenised topics/ text for floret")
        write_text(data, text, nlp, seed=args.seed)
        _log("training floret vectors")
        floret_file = train_vectors(text, work / "vectors")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "init",
                "vectors",
                "id",
                str(floret_file),
                str(vec_dir),
                "--mode",
                "floret",
            ],
            check=True,
        )
    return vec_dir


def install_model(best: Path, output: Path) -> None:
    """Copy a training checkpoint to ``output`` (replacing it) with pressnlp's meta,
    keeping the model card ``README.md`` already there."""
    card = output / "README.md"
    card_text = card.read_text(encoding="utf-8") if card.is_file() else None
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    from spacy.util import load_config

    # scratch paths of the training run mean nothing in the shipped copy
    config = load_config(output / "config.cfg", interpolate=False)
    for key in ("train", "dev", "vectors", "base"):
        if key in config["paths"]:
            config["paths"][key] = None
    config.to_disk(output / "config.cfg")
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        {
            "name": "pressnlp_ner",
            "version": "1.0.0",
            "license": "MIT",
            "description": "pressnlp statistical NER (PERSON/ORG/LOC/DATE) for Indonesian; see README.md",
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2))
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
