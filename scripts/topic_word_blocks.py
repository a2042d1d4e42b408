"""Two ways past the plain baseline on the news split (issue 14), one run, same rows as
``pressnlp train topics`` (see models/topics/CARD_NOTES.md, "topics5"):

1. the shipped recipe plus a third feature block: unstemmed word 1-2-grams (sublinear tf,
   min_df 2, no feature cap) of the preprocessed text;
2. the shipped model's scores averaged with the probabilities of a word 1-2-gram
   ``LogisticRegression(C=10, class_weight="balanced")`` fitted on the same rows and weights;
3. (``combo``) 1 averaged with 2, and with the baseline recipe itself (raw text) fitted on
   the same rows and weights.

    OMP_NUM_THREADS=1 python scripts/topic_word_blocks.py [extra ens combo]   # about 10 min

Prints news macro-F1/accuracy (held-out split) and press dev accuracy, macro-F1, top-2 and
ECE for each, next to the plain baseline fitted on the train part (hand-labelled press
training releases excluded, so it differs slightly from ``evaluate --baseline``).
"""

import argparse
import sys
import time

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from pressnlp.evaluation.topics import baseline_model
from pressnlp.resources import shared_data_dir
from pressnlp.topics.model import TopicModel
from pressnlp.topics.runtime import TOKEN_PATTERN
from pressnlp.training import topics as T
from pressnlp.training.topic_scores import press_report

t0 = time.time()


def log(m):
    print(f"[{time.time() - t0:5.0f}s] {m}", flush=True)


p = argparse.ArgumentParser()
T.add_arguments(p)
args = p.parse_args([])
data_dir = shared_data_dir(None)
df, train_df, fit_df, test_df, gold = T._training_frames(args, data_dir)
w = T.row_weights(fit_df)
hand = fit_df["origin"].eq("gold").to_numpy()
dev = gold.subset("dev")
log(f"fit {len(fit_df)} train {len(train_df)} test {len(test_df)} dev {len(dev.texts)}")
CACHE = {}


class Cached(TopicModel):
    def _prep(self, texts):
        texts = list(texts)
        miss = [t for t in texts if t not in CACHE]
        if miss:
            for t, row in zip(miss, TopicModel._prep(self, miss), strict=True):
                CACHE[t] = tuple(row)
        out = np.empty((len(texts), 2), dtype=object)
        for i, t in enumerate(texts):
            out[i] = CACHE[t]
        return out


class Extra(Cached):
    def _features(self):
        base = super()._features()
        w2 = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=2,
            token_pattern=TOKEN_PATTERN,
            dtype=np.float32,
            max_features=EXTRA_MAX,
        )
        return ColumnTransformer([*base.transformers, ("word2", w2, 1)], sparse_threshold=1.0)


EXTRA_MAX = None
y_news = np.asarray([str(x) for x in test_df["label"]])
news_texts = list(test_df["text"])


def news_f1(classes, S):
    pred = np.asarray(classes)[S.argmax(1)]
    return f1_score(y_news, pred, average="macro"), (pred == y_news).mean()


def devrep(classes, S):
    r = press_report(list(classes), S, dev.labels, dev.secondary)
    return f"dev acc {r['accuracy']:.3f} F1 {r['macro_f1']:.3f} top2 {r['top2_accuracy']:.3f} ECE {r['ece']:.3f}"


def show(name, classes, S_news, S_dev):
    f, a = news_f1(classes, S_news)
    log(f"{name:<40} news F1 {f:.3f} acc {a:.3f} | {devrep(classes, S_dev)}")


# baseline, as evaluate --baseline
bl = baseline_model().fit(list(train_df["text"]), list(train_df["label"]))
log("baseline fitted")
fb, ab = news_f1(bl.classes_, bl.predict_proba(news_texts))
log(f"BASELINE news F1 {fb:.3f} acc {ab:.3f}")
which = sys.argv[1:] or ["extra", "ens", "combo"]

m = Cached(stem=True, **T.RECIPE).fit(
    fit_df["text"], fit_df["label"], sample_weight=w, calibrate_on=hand
)
Sn, Sd = m.label_scores(news_texts), m.label_scores(dev.texts)
show("shipped recipe", m.classes_, Sn, Sd)
if "extra" in which:
    for mx in (None,):
        EXTRA_MAX = mx
        e = Extra(stem=True, **T.RECIPE).fit(
            fit_df["text"], fit_df["label"], sample_weight=w, calibrate_on=hand
        )
        show(
            f"+unstemmed word1-2 block max={mx}",
            e.classes_,
            e.label_scores(news_texts),
            e.label_scores(dev.texts),
        )
if "ens" in which:
    prep_fit = m._prep(list(fit_df["text"]))[:, 1]
    prep_news = m._prep(news_texts)[:, 1]
    prep_dev = m._prep(dev.texts)[:, 1]
    vec = TfidfVectorizer(
        ngram_range=(1, 2),
        sublinear_tf=True,
        min_df=2,
        token_pattern=TOKEN_PATTERN,
        dtype=np.float32,
    )
    Xf = vec.fit_transform(prep_fit)
    lr = LogisticRegression(C=10, class_weight="balanced", max_iter=2000).fit(
        Xf, fit_df["label"], sample_weight=w
    )
    assert list(lr.classes_) == list(m.classes_)
    Pn, Pd = lr.predict_proba(vec.transform(prep_news)), lr.predict_proba(vec.transform(prep_dev))
    show("word-LR (preprocessed, fit rows, weights)", lr.classes_, Pn, Pd)
    for a in (0.25, 0.4, 0.5, 0.6):
        show(f"ens avg prob a={a}", m.classes_, (1 - a) * Sn + a * Pn, (1 - a) * Sd + a * Pd)
    # normalised our scores
    Nn, Nd = Sn / Sn.sum(1, keepdims=True), Sd / Sd.sum(1, keepdims=True)
    for a in (0.3, 0.5):
        show(f"ens avg normalised a={a}", m.classes_, (1 - a) * Nn + a * Pn, (1 - a) * Nd + a * Pd)
if "combo" in which:  # the extra block averaged with the word-LR / the raw-text baseline recipe
    En, Ed = e.label_scores(news_texts), e.label_scores(dev.texts)
    for a in (0.25, 0.4, 0.6):
        show(f"+word2 block, ens a={a}", e.classes_, (1 - a) * En + a * Pn, (1 - a) * Ed + a * Pd)
    raw = baseline_model().fit(
        list(fit_df["text"]), list(fit_df["label"]), logisticregression__sample_weight=w
    )
    Rn, Rd = raw.predict_proba(news_texts), raw.predict_proba(dev.texts)
    show("raw-text baseline recipe on fit rows+weights", raw.classes_, Rn, Rd)
    for a in (0.25, 0.4):
        show(
            f"+word2 block, raw-LR ens a={a}",
            e.classes_,
            (1 - a) * En + a * Rn,
            (1 - a) * Ed + a * Rd,
        )
