"""``pressnlp train topics``: rebuild the shipped topic model, or train one on your labels.

Without ``--data FILE`` the default model is rebuilt from the shared corpora
(``shared/data/topics`` + the Kemenhut releases in ``shared/data/press``): labels mapped as in
``topics/LABEL_MAPPING.md``, texts run through :func:`pressnlp.clean`, near-duplicates
grouped, a fixed stratified grouped split held out, keyword weak labels added for the thinly
covered labels (all in :mod:`pressnlp.training.topic_corpus`), and the model, its ``meta.json``
with the held-out scores (:mod:`pressnlp.training.topic_scores`) and its model card
(:mod:`pressnlp.training.topic_card`) written to ``models/topics`` (or ``--output``).

With ``--data FILE.{csv,jsonl,parquet}`` a model is trained on the user's own labels::

    pressnlp train topics --data mine.csv --text-col text --label-col label --output my-topics
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressnlp.cleaning import clean
from pressnlp.errors import UsageError
from pressnlp.resources import model_path, shared_data_dir
from pressnlp.stemming import stem as stem_text
from pressnlp.training.topic_card import write_card
from pressnlp.training.topic_corpus import (
    GOV,
    WEAK_MAX_PER_CLASS,
    WEAK_MIN_SCORE,
    cap_per_class,
    digest,
    load_corpus,
    out_of_domain_texts,
    press_train_rows,
    split_excluding,
)
from pressnlp.training.topic_noise import contradicted, contradicted_table
from pressnlp.training.topic_press import (
    TITLE_MIN_WORDS,
    PressGold,
    gold_path,
    press_gold,
    train_gold_path,
)
from pressnlp.training.topic_scores import out_of_domain_scores, press_scores, score_split
from pressnlp.training.topic_sublabels import sub_labels

if TYPE_CHECKING:
    import pandas as pd

    from pressnlp.topics.model import TopicModel


HELP = "Train the topic classifier (default: rebuild models/topics from the shared corpora)."

# Cap on training rows per label: none (measured on press dev: every train row fitted gives
# higher accuracy, macro-F1 and top-2 than the earlier cap of 900; see the model card).
DEFAULT_MAX_PER_CLASS: int | None = None
# Keyword weak-labelled rows (noisy) count this much of a news article.
WEAK_WEIGHT = 0.5
# Press releases (issuer-labelled, ministry, Kemenhut) count this many times a news article.
PRESS_WEIGHT = 3.0
# Hand-labelled press releases (pressnlp/data/gold/press_topics_train.jsonl) count this many
# times a news article: press text decides what the labels mean. 10 for the first 184
# releases; 5 since the set has 356, so their total weight stays about the same (chosen on
# press dev and a validation part of the train split, scripts/topic_unstemmed.py: same dev
# accuracy and macro-F1 as 10, ECE 0.058 vs 0.075, validation macro-F1 +0.003). Kept at 5
# with 568 releases: 3 and 8 were no better on press dev (0.786 / 0.793 accuracy vs 0.793).
GOLD_WEIGHT = 5.0
# Decision margin by which a news row's out-of-fold best label must beat its own label for
# the row to be left out of the second fit (pressnlp.training.topic_noise); 0: no second fit.
DROP_CONTRADICTED = 0.0
# what `pressnlp train topics --data FILE --drop-contradicted M` writes next to the model
CONTRADICTED_FILE = "contradicted.csv"

# Model options of the shipped recipe (TopicModel parameters).
RECIPE: dict[str, Any] = {
    "max_chars": 6000,
    # the lead not counted twice: lead_chars 300 was +0.009 validation macro-F1 (two
    # validation parts) and +0.014 press dev accuracy, but fitted on all rows it lost on
    # news (-0.002), press top-2 (-0.014) and dev ECE (0.095 vs 0.074; scripts/topic_lead.py,
    # see the model card)
    "lead_chars": 0,
    "word_ngram_range": (1, 2),
    "char_ngram_range": (3, 5),
    "max_word_features": 20000,
    "max_char_features": 20000,
    # word n-grams of the unstemmed text next to the stemmed ones, and a stronger
    # regularisation for the larger feature space (selected on a validation part of the train
    # split and press dev, scripts/topic_unstemmed.py; see the model card)
    "unstemmed_ngram_range": (1, 2),
    "max_unstemmed_features": 50000,
    # every block counts the same: char 1.25 / unstemmed 1.5, better on two validation parts
    # and their press dev fits, was worse on press dev and news when fitted on all rows
    # (scripts/topic_blocks.py; see the model card)
    "char_weight": 1.0,
    "unstemmed_weight": 1.0,
    "min_df": 2,
    # the plain linear SVM, not NB-SVM (nb_alpha): over two validation parts NB-SVM C 0.2 was
    # +0.006 validation macro-F1 and +0.018 press dev macro-F1; fitted on all rows it was +2
    # dev releases but -0.004 news macro-F1 and -1 press test release (scripts/topic_nbsvm.py;
    # see the model card)
    "nb_alpha": None,
    # no in-domain feature copies (adapt): with them (0.5-1, C 0.3-0.5) press cross-validation
    # on the 568 hand-labelled releases stayed at 0.806 through the fitted scaling, press dev
    # moved by one release either way with a worse ECE, and a validation part of the news
    # train split lost 0.009-0.015 macro-F1 (scripts/topic_adapt.py; see the model card)
    "adapt": 0.0,
    # the domain fit of texts of up to 20 words is measured against training texts cut to
    # that length (a fit of 1 from the median of their similarities): titles of press dev
    # releases had a median fit of 0.51 and scores far below their accuracy; a 21-60-word
    # band, band temperatures and the 10th percentile did worse on leads, titles or
    # out-of-domain titles (scripts/topic_short_model.py; see the model card, wave 13)
    "short_words": (20,),
    "short_quantile": 0.5,
    "C": 0.5,
    "class_weight": "balanced",
    "calibration_folds": 5,
    # one distribution over the labels, its temperature fitted on the hand-labelled press
    # training releases (out of fold): press dev ECE 0.074 vs 0.112 for the per-label scores
    # with a fitted top-score slope, same labels (see the model card)
    "scores": "softmax",
}

# Fixed texts whose predictions are stored in meta.json: a test compares them with what the
# installed scikit-learn predicts, so a version change that alters predictions is caught.
PROBE_TEXTS: tuple[str, ...] = (
    "Menteri Keuangan menyampaikan realisasi APBN dan penerimaan pajak hingga akhir Oktober "
    "tumbuh positif, sementara defisit anggaran tetap terjaga di bawah tiga persen.",
    "Komisi Pemberantasan Korupsi menetapkan dua tersangka dalam kasus dugaan suap proyek "
    "pengadaan dan menahan keduanya selama dua puluh hari pertama.",
    "Kementerian Kesehatan mengimbau masyarakat segera melengkapi imunisasi anak karena kasus "
    "campak meningkat di sejumlah provinsi.",
    "Timnas Indonesia menang 2-0 atas Vietnam dalam laga kualifikasi Piala Dunia di Stadion "
    "Utama Gelora Bung Karno, Jakarta.",
    "Pemerintah meresmikan jalan tol baru sepanjang 40 kilometer yang menghubungkan dua kota "
    "dan diharapkan memangkas waktu tempuh kendaraan logistik.",
    "Kementerian Kehutanan bersama masyarakat menanam ribuan bibit mangrove untuk memulihkan "
    "ekosistem pesisir dan menekan emisi karbon.",
    "Menteri Luar Negeri bertemu mitranya dari Jepang untuk membahas kerja sama bilateral di "
    "bidang perdagangan dan keamanan kawasan.",
    "Campurkan tepung terigu, gula, dan telur, lalu aduk rata dan panggang adonan selama tiga "
    "puluh menit hingga kue matang keemasan.",
)


def stemmer_available() -> bool:
    """Whether :func:`pressnlp.stem` is implemented (the stemming stage lands separately)."""
    try:
        stem_text("Kementerian menyampaikan")
    except NotImplementedError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# user data
# ---------------------------------------------------------------------------------------------
def read_table(path: Path) -> pd.DataFrame:
    """A CSV, JSON-lines or Parquet file as a DataFrame."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path)
    if suffix in {".jsonl", ".ndjson"}:
        return pd.read_json(path, lines=True)
    if suffix in {".parquet", ".pq"}:
        return pd.read_parquet(path)
    raise UsageError(f"{path}: unsupported format {suffix!r} (use .csv, .jsonl or .parquet)")


def user_texts_labels(args: argparse.Namespace) -> tuple[list[str], list[str], int, list[int]]:
    """Texts, labels, the number of rows skipped and the kept rows' numbers (0-based, data
    rows of the file) from ``--data``; rows without text or label are skipped and counted."""
    df = read_table(Path(args.data)).reset_index(drop=True)
    missing = [c for c in (args.text_col, args.label_col) if c not in df.columns]
    if missing:
        raise UsageError(f"{args.data}: no column(s) {missing}; columns are {list(df.columns)}")
    ok = df[args.text_col].notna() & df[args.label_col].notna()
    ok &= df[args.text_col].astype(str).str.strip().astype(bool)
    ok &= df[args.label_col].astype(str).str.strip().astype(bool)
    texts = df.loc[ok, args.text_col].astype(str).tolist()
    labels = df.loc[ok, args.label_col].astype(str).str.strip().tolist()
    if not args.no_clean:
        texts = [clean(t).body for t in texts]
    return texts, labels, int((~ok).sum()), [int(i) for i in df.index[ok]]


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="FILE_OR_DIR",
        help="user data (.csv/.jsonl/.parquet) to train on; a folder = the shared "
        "corpora (default: ../shared/data or $PRESSNLP_DATA)",
    )
    parser.add_argument(
        "--text-col", default="text", help="text column of --data FILE (default: text)"
    )
    parser.add_argument(
        "--label-col", default="label", help="label column of --data FILE (default: label)"
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="DIR",
        help="folder to write the model to (default for the shipped model: models/topics)",
    )
    parser.add_argument(
        "--no-stem", action="store_true", help="do not stem (default: stem if available)"
    )
    parser.add_argument("--no-clean", action="store_true", help="user data: skip pressnlp.clean()")
    parser.add_argument(
        "--max-per-class",
        type=int,
        default=DEFAULT_MAX_PER_CLASS,
        help="shipped model: cap on training rows per label (default: no cap)",
    )
    parser.add_argument(
        "--gold",
        metavar="FILE",
        help="hand-labelled press dev/test set, left out of training (dev: model selection) "
        f"(default: {gold_path().name} in pressnlp/data/gold)",
    )
    parser.add_argument(
        "--train-gold",
        metavar="FILE",
        help="hand-labelled press releases to train on, with weight "
        f"{GOLD_WEIGHT:g} (default: {train_gold_path().name} in pressnlp/data/gold)",
    )
    parser.add_argument(
        "--no-train-gold",
        action="store_true",
        help="do not train on the hand-labelled press releases",
    )
    parser.add_argument(
        "--sub-labels",
        action="store_true",
        help="shipped model: learn tourism and sport-policy news as sub-labels of their labels "
        "(pressnlp.training.topic_sublabels; tried in wave 15 of the model card, not shipped)",
    )
    parser.add_argument(
        "--drop-contradicted",
        type=float,
        default=DROP_CONTRADICTED,
        metavar="MARGIN",
        help="fit twice, the second time without the rows (shipped model: the news rows) "
        "whose out-of-fold best label beats their own by this decision margin "
        f"(pressnlp.training.topic_noise; default {DROP_CONTRADICTED}; 0: keep every row)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print only errors")


def validate(args: argparse.Namespace) -> None:
    if args.drop_contradicted < 0:
        raise UsageError(f"--drop-contradicted must be 0 or more (got {args.drop_contradicted})")
    if args.data is not None and Path(args.data).is_file():
        if args.sub_labels:
            raise UsageError("--sub-labels applies to the shipped model only, not to --data FILE")
        if args.output is None:
            raise UsageError("--output DIR is required when training on your own --data FILE")
        if Path(args.data).suffix.lower() not in {".csv", ".jsonl", ".ndjson", ".parquet", ".pq"}:
            raise UsageError(f"{args.data}: unsupported format (use .csv, .jsonl or .parquet)")
    elif args.data is not None and not Path(args.data).is_dir():
        raise UsageError(f"no such file or folder: {args.data}")


def _log(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if args.data is not None and Path(args.data).is_file():
        return _run_user(args)
    return _run_default(args)


def _estimator() -> type[TopicModel]:
    # imported here: the estimator pulls in scikit-learn (`pressnlp train --help` stays fast)
    from pressnlp.topics.model import TopicModel

    return TopicModel


def _run_user(args: argparse.Namespace) -> int:
    texts, labels, skipped, rows = user_texts_labels(args)
    counts = Counter(labels)
    _log(
        args,
        f"{len(texts)} labelled texts ({skipped} rows without text/label skipped), "
        f"{len(counts)} labels: {dict(counts.most_common())}",
    )
    stem = not args.no_stem and stemmer_available()
    model = _estimator()(stem=stem, min_df=1 if len(texts) < 200 else 2).fit(texts, labels)
    dropped: dict[str, Any] = {}
    table = None
    if args.drop_contradicted:
        model, dropped, table = _user_without_contradicted(args, model, texts, labels, rows)
    df_digest = hashlib.sha256(
        "\n".join(f"{lab}\t{t}" for t, lab in zip(texts, labels, strict=True)).encode()
    ).hexdigest()
    model.save(
        args.output,
        meta={
            "training_data": {
                "file": Path(args.data).name,
                "rows": len(texts),
                "skipped_rows": skipped,
                "label_counts": dict(counts),
                "sha256": df_digest,
                **dropped,
            }
        },
    )
    if table is not None:
        # which rows were left out, and what the model read them as: label errors to review
        table.to_csv(Path(args.output) / CONTRADICTED_FILE, index=False)
    _log(args, f"saved to {args.output}")
    return 0


def _user_without_contradicted(
    args: argparse.Namespace, model: TopicModel, texts: list[str], labels: list[str],
    rows: list[int],
) -> tuple[TopicModel, dict[str, Any], Any]:  # fmt: skip
    """``(model, meta, table)``: ``model`` fitted again without the user's rows its
    out-of-fold decisions contradict; ``table`` lists them (:func:`contradicted_table`)."""
    import numpy as np

    if len(model.classes_) < 3:
        raise UsageError("--drop-contradicted needs three labels or more")
    oof, classes = model.oof_decision_, list(model.classes_)
    flags = contradicted(oof, classes, labels, np.ones(len(labels), bool), args.drop_contradicted)
    table = contradicted_table(oof, classes, labels, flags, rows)
    _log(args, f"fitting again without {len(table)} contradicted rows (see {CONTRADICTED_FILE})")
    model = model.fit(texts, labels, sample_weight=np.where(flags, 0.0, 1.0))
    meta = {"margin": args.drop_contradicted, "rows": len(table), "file": CONTRADICTED_FILE}
    return model, {"contradicted": meta}, table


def _press_report(model: TopicModel, gold: PressGold) -> dict[str, Any]:
    """The press scores for the card: dev and test, measured only (the best label's score was
    calibrated in :meth:`TopicModel.fit` on the out-of-fold decision values of the
    hand-labelled press training releases; dev is for model selection, test never used)."""
    dev, test = gold.subset("dev"), gold.subset("test")
    alpha, beta = getattr(model, "top_scaling_", (1.0, 0.0))
    return {
        "gold": {"dev": len(dev), "test": len(test)},
        "calibrated_on": "out-of-fold decision values of the hand-labelled press training "
        "releases (press_topics_train)",
        "top_scaling": {"alpha": round(alpha, 4), "beta": round(beta, 4)},
        "dev": press_scores(model, dev.texts, dev.labels, dev.secondary),
        "test": press_scores(model, test.texts, test.labels, test.secondary),
        # the releases' titles alone, as `evaluate topics --press` scores them
        **{
            f"{n} titles": press_scores(model, t.texts, t.labels, t.secondary)
            for n, t in (("dev", dev.titled()), ("test", test.titled()))
        },
    }


def _optional_gold(args: argparse.Namespace, path: Path | None, data_dir: Path) -> PressGold | None:
    try:
        return press_gold(data_dir, path=path)
    except FileNotFoundError as exc:
        _log(args, f"warning: {exc}")
        return None


def _training_frames(
    args: argparse.Namespace, data_dir: Path
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame, PressGold | None]:
    """``(corpus, train part, rows to fit, test part, press dev/test set)``: the press dev/test
    releases never trained on; the hand-labelled press training releases fitted with their
    labels (instead of any corpus label they have) and, when they are, the issuer-labelled
    releases (:data:`~pressnlp.training.topic_press.ISSUER_TOPICS`) not fitted."""
    import pandas as pd

    gold = _optional_gold(args, Path(args.gold) if args.gold else None, data_dir)
    if gold is None:
        _log(args, "no press dev/test set: scores stay calibrated on news only")
    train_gold = None
    if not args.no_train_gold:
        path = Path(args.train_gold) if args.train_gold else train_gold_path()
        train_gold = _optional_gold(args, path, data_dir)
    exclude = frozenset(gold.ids if gold else ())
    taken = frozenset(train_gold.ids if train_gold else ())
    if exclude & taken:
        raise UsageError(f"{len(exclude & taken)} releases are in both press gold sets")
    df = load_corpus(data_dir, exclude_ids=exclude)
    train_df, test_df = split_excluding(df, exclude | taken)
    leaked = taken & set(test_df["id"])
    if leaked:
        raise UsageError(
            f"press training releases in the held-out news split: {sorted(leaked)[:5]} ..."
        )
    if train_gold is None:
        fit_df = cap_per_class(train_df, args.max_per_class)
    else:
        # hand labels replace the issuer weak labels (measured on press dev: same accuracy,
        # better macro-F1 and top-2, news unchanged; see the model card)
        fit_df = cap_per_class(train_df[train_df["origin"] != "issuer"], args.max_per_class)
        fit_df = pd.concat([fit_df, press_train_rows(train_gold)], ignore_index=True)
    return df, train_df, fit_df, test_df, gold


def press_rows(fit_df: pd.DataFrame) -> Any:
    """Mask of the training rows that are press releases (issuer-labelled, hand-labelled,
    the ministry and Kemenhut sets) rather than news articles (keyword weak labels are news
    articles of unmapped sections)."""
    origin = fit_df["origin"]
    ministry = fit_df["dataset"].isin([GOV, "kemenhut-cms-2025"])
    return (origin.isin(["issuer", "gold"]) | ministry).to_numpy()


def headline_rows(fit_df: pd.DataFrame) -> tuple[list[str], list[str], Any, Any]:
    """``(titles, labels, weights, hand-labelled)`` the headline head is fitted on
    (:meth:`~pressnlp.topics.model.TopicModel.fit_headlines`): the titles of 3+ words of the
    rows fitted, with their rows' labels and :func:`row_weights`; the hand-labelled releases'
    titles calibrate it. On press dev titles: accuracy 0.675 against 0.592 for the full-text
    SVM (scripts/topic_headlines.py; see the model card, wave 14)."""
    titles = fit_df["title"].fillna("").astype(str)
    keep = (titles.str.split().str.len() >= TITLE_MIN_WORDS).to_numpy()
    rows = fit_df[keep]
    hand = rows["origin"].eq("gold").to_numpy()
    return list(titles[keep]), [str(v) for v in rows["label"]], row_weights(rows), hand


def row_weights(fit_df: pd.DataFrame, over: dict[str, float] | None = None) -> Any:
    """Each training row's weight: hand-labelled press releases :data:`GOLD_WEIGHT`, keyword
    weak labels :data:`WEAK_WEIGHT`, other press rows :data:`PRESS_WEIGHT`, news 1
    (``over``: other weights by ``"press"``, ``"weak"``, ``"gold"``, for experiments)."""
    import numpy as np

    over = over or {}
    w = np.where(press_rows(fit_df), over.get("press", PRESS_WEIGHT), 1.0)
    w = np.where(fit_df["origin"].eq("weak"), over.get("weak", WEAK_WEIGHT), w)
    return np.where(fit_df["origin"].eq("gold"), over.get("gold", GOLD_WEIGHT), w)


def _run_default(args: argparse.Namespace) -> int:
    data_dir = shared_data_dir(args.data)
    assert data_dir is not None
    t0 = time.time()
    df, train_df, fit_df, test_df, gold = _training_frames(args, data_dir)
    weights = row_weights(fit_df)
    _log(
        args,
        f"corpus {len(df)} rows ({(df['origin'] == 'weak').sum()} weak, "
        f"{(df['origin'] == 'issuer').sum()} issuer-labelled); train {len(train_df)} "
        f"(fitting on {len(fit_df)} after the per-label cap, "
        f"{int(fit_df['origin'].eq('gold').sum())} hand-labelled press), test {len(test_df)} "
        f"[{time.time() - t0:.0f}s]",
    )
    stem = not args.no_stem and stemmer_available()
    if not stem:
        _log(args, "warning: training WITHOUT stemming (pressnlp.stem unavailable or --no-stem)")
    subs = sub_labels(fit_df) if args.sub_labels else None
    model = _fit(stem, fit_df, weights, subs)
    # what the model was fitted on beyond the rows, for meta.json
    fitted_on: dict[str, Any] = {"headline_titles": 0, "sub_labels": _sub_counts(fit_df, subs)}
    kept = fit_df
    if args.drop_contradicted:
        model, kept = _without_contradicted(args, model, fit_df, weights, subs, fitted_on)
    if model.short_words:
        titles, labels, title_weights, hand_titles = headline_rows(kept)
        fitted_on["headline_titles"] = len(titles)
        model.fit_headlines(
            titles,
            labels,
            sample_weight=title_weights,
            calibrate_on=hand_titles if hand_titles.any() else None,
        )
    _log(args, f"fitted [{time.time() - t0:.0f}s]")
    press_report = _press_report(model, gold) if gold is not None else None
    scores = score_split(model, test_df)
    scores["out_of_domain"] = out_of_domain_scores(model, test_df, out_of_domain_texts(data_dir))
    if press_report:
        scores["press"] = press_report
    _log(
        args,
        f"held-out macro-F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}; "
        f"gov-ministry macro-F1 {scores['gov_ministry']['macro_f1']:.3f} [{time.time() - t0:.0f}s]",
    )
    out = _output_dir(args)
    meta = _meta(args, model, df, train_df, fit_df, test_df, scores, stem, fitted_on)
    model.save(out, meta=meta)
    write_card(out)
    _log(args, f"saved to {out} [{time.time() - t0:.0f}s]")
    return 0


def _fit(stem: bool, fit_df: pd.DataFrame, weights: Any, subs: pd.Series | None) -> TopicModel:
    """The shipped recipe fitted on ``fit_df`` with ``weights``, calibrated on its
    hand-labelled press releases (out of fold)."""
    hand = fit_df["origin"].eq("gold").to_numpy()
    return _estimator()(stem=stem, **RECIPE).fit(
        fit_df["text"],
        fit_df["label"],
        sample_weight=weights,
        calibrate_on=hand if hand.any() else None,
        in_domain=press_rows(fit_df),
        sub_labels=subs,
    )


def _without_contradicted(
    args: argparse.Namespace,
    model: TopicModel,
    fit_df: pd.DataFrame,
    weights: Any,
    subs: pd.Series | None,
    fitted_on: dict[str, Any],
) -> tuple[TopicModel, pd.DataFrame]:
    """``(model, rows kept)``: the recipe fitted again with the news rows that ``model``'s
    out-of-fold decisions contradict (:func:`~pressnlp.training.topic_noise.contradicted`)
    at weight 0; their counts go into ``fitted_on``, for meta.json."""
    flags = contradicted(
        model.oof_decision_, list(model.classes_), fit_df["label"].astype(str).tolist(),
        fit_df["origin"].eq("mapped"), args.drop_contradicted,
    )  # fmt: skip
    by_label = fit_df.loc[flags, "label"].value_counts()
    fitted_on["contradicted"] = {
        "margin": args.drop_contradicted,
        "rows": int(flags.sum()),
        "by_label": {str(k): int(v) for k, v in by_label.items()},
    }
    _log(args, f"fitting again without {int(flags.sum())} contradicted news rows")
    return _fit(model.stem, fit_df, weights * ~flags, subs), fit_df[~flags]


def _output_dir(args: argparse.Namespace) -> Path:
    if args.output:
        return Path(args.output)
    try:
        return model_path("topics")
    except FileNotFoundError:
        return Path(__file__).resolve().parents[2] / "models" / "topics"


def _sub_counts(fit_df: pd.DataFrame, subs: pd.Series | None) -> dict[str, int]:
    """Rows per ``label|sub-label`` (none without sub-labels)."""
    if subs is None:
        return {}
    counts = fit_df.assign(sub=subs).groupby(["label", "sub"]).size()
    return {f"{lab}|{sub}": int(n) for (lab, sub), n in counts.items() if sub}


def _meta(
    args: argparse.Namespace,
    model: TopicModel,
    df: pd.DataFrame,
    train_df: pd.DataFrame,
    fit_df: pd.DataFrame,
    test_df: pd.DataFrame,
    scores: dict[str, Any],
    stem: bool,
    fitted_on: dict[str, Any],
) -> dict[str, Any]:
    probes = model.classify_many(list(PROBE_TEXTS))
    return {
        "trained_on": "train part of the fixed split and the hand-labelled press training "
        "releases (test part and the press dev/test set held out)",
        "training_data": {
            "corpora": sorted(set(df["dataset"])),
            "rows_corpus": len(df),
            "rows_train": len(train_df),
            "rows_fit": len(fit_df),
            "rows_test": len(test_df),
            "fit_counts": {
                f"{lab}|{org}": int(n)
                for (lab, org), n in fit_df.groupby(["label", "origin"]).size().items()
            },
            "sha256_fit": digest(fit_df),
            "sha256_test": digest(test_df),
            "weak_rules": {"min_score": WEAK_MIN_SCORE, "max_per_class": WEAK_MAX_PER_CLASS},
            "max_per_class": args.max_per_class,
            "press_weight": PRESS_WEIGHT,
            "weak_weight": WEAK_WEIGHT,
            "gold_weight": GOLD_WEIGHT,
            **fitted_on,
            "stemmed": stem,
        },
        "scores": scores,
        "probes": [
            {"text": t, "label": p.label, "score": p.score}
            for t, p in zip(PROBE_TEXTS, probes, strict=True)
        ],
        "top_features": model.top_features(15),
    }
