"""The headline head (``TopicModel.fit_headlines``) against the full-text SVM on short texts.

    OMP_NUM_THREADS=1 python scripts/topic_headlines.py [--c-sweep]

The shipped recipe is fitted once on all rows ``pressnlp train topics`` fits. Then each variant
scores press dev titles (3+ words), press dev first sentences (6+ words) and full bodies, and
the titles of out-of-domain sections (car, property, devotional: the share scoring >= 0.5):

- ``full-text SVM``: no head (wave 13's model);
- ``head``: :meth:`~pressnlp.topics.model.TopicModel.fit_headlines` on the titles of the rows
  fitted (:func:`pressnlp.training.topics.headline_rows`): the same features, a second SVM,
  for every text of up to 20 words;
- ``head, no sentences``: the same for those not closed by a full stop
  (:func:`pressnlp.topics.headlines.headline_rows`; shipped);
- ``own features``: a whole second model fitted on those titles (its own vocabularies and
  domain fit), its softmax shares times the first model's domain fit;
- ``mix W``: the head's and the full-text SVM's logits averaged, W on the head.

``--c-sweep`` instead compares the head's C: accuracy of the hand-labelled training releases'
titles out of fold (5 folds; the head refitted without each fold's titles) and of dev titles.
Also logged: the training's probe sentences (``PROBE_TEXTS``, clear one-sentence texts of
15-22 words). Labels and scores of texts over 20 words never change. Reads ``$PRESSNLP_DATA`` or
``../shared/data``; the held-out news split and press test are never used. Results:
models/topics/CARD_NOTES.md, wave 14.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import numpy as np
from topic_short import lead
from topic_short_model import out_of_domain
from topic_unstemmed import Cached, fit_recipe, log, training_rows

from pressnlp.topics.headlines import headline_rows
from pressnlp.topics.model import TopicModel
from pressnlp.topics.runtime import label_scores_from_logits
from pressnlp.training import topics as T
from pressnlp.training.topic_scores import press_report

RECIPE_HEADLINE = "Resep Bolu Panggang Lembut untuk Sarapan Keluarga"


def c_sweep(model: TopicModel, fit_df: Any, dev: Any) -> None:
    """The head's C: out-of-fold accuracy on the hand-labelled releases' titles, dev titles."""
    from sklearn.model_selection import StratifiedKFold

    titles, labels, weights, hand = T.headline_rows(fit_df)
    y = np.asarray(labels)
    titled = dev.titled()
    gold = np.flatnonzero(hand)
    for C in (0.1, 0.25, 0.5, 1.0, 2.0):
        head = copy.deepcopy(model)
        head.C = C
        right: list[bool] = []
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        for _, held in folds.split(gold, y[gold]):
            keep = np.ones(len(y), dtype=bool)
            keep[gold[held]] = False
            head.fit_headlines([t for t, k in zip(titles, keep, strict=True) if k], y[keep],
                               sample_weight=weights[keep], calibrate_on=hand[keep])  # fmt: skip
            right += list(head.predict([titles[i] for i in gold[held]]) == y[gold[held]])
        head.fit_headlines(titles, y, sample_weight=weights, calibrate_on=hand)
        dev_acc = np.mean(head.predict(titled.texts) == np.asarray(titled.labels))
        log(
            f"C {C}: hand-labelled titles out of fold {np.mean(right):.3f}, dev titles {dev_acc:.3f}"
        )


def main() -> None:
    _, fit_df, dev = training_rows()
    if "--c-sweep" in sys.argv[1:]:
        c_sweep(fit_recipe(fit_df, {}), fit_df, dev)
        return
    titled = dev.titled()
    forms = {"title": titled, "lead": None, "full": dev}
    leads = [lead(t) for t in dev.texts]
    ood = out_of_domain()["ood title"]
    model = fit_recipe(fit_df, {})
    titles, labels, weights, hand = T.headline_rows(fit_df)
    log(f"headline rows: {len(titles)} titles, {int(hand.sum())} of hand-labelled releases")

    def full_logits(texts: list[str]) -> np.ndarray:
        return model.logits_from_decision(model.decision_function(texts))

    own = Cached(stem=True, **{**T.RECIPE, "short_words": ()}).fit(
        titles, labels, sample_weight=weights, calibrate_on=hand
    )
    headed = copy.deepcopy(model).fit_headlines(
        titles, labels, sample_weight=weights, calibrate_on=hand
    )

    def head_logits(texts: list[str]) -> np.ndarray:
        return headed.headline_logits(headed._transform(headed._prep(texts)))

    variants = {
        "full-text SVM": full_logits,
        "head": head_logits,
        "head, no sentences": head_logits,
        "own features": lambda t: own.logits_from_decision(own.decision_function(t)),
        **{
            f"mix {w}": (lambda t, w=w: w * head_logits(t) + (1 - w) * full_logits(t))
            for w in (0.5, 0.7)
        },
    }
    for name, logits_of in variants.items():

        def scores(texts: list[str], logits_of=logits_of, name=name) -> np.ndarray:
            fit = model.domain_fit(texts)
            bands = model._bands(model._prep(texts))
            short = np.zeros(len(texts), dtype=bool)
            short[np.flatnonzero(bands == 0) if name != "head, no sentences" else
                  headline_rows(texts, bands)] = True  # fmt: skip
            z = np.where(short[:, None], logits_of(texts), full_logits(texts))
            return label_scores_from_logits(z, fit, "softmax")

        for what, gold in forms.items():
            texts = leads if gold is None else gold.texts
            g = dev if gold is None else gold
            s = scores(texts)
            r = press_report(list(model.classes_), s, g.labels, g.secondary)
            log(f"{name:<18} {what:<5} n {len(texts):>3} acc {r['accuracy']:.3f} "
                f"F1 {r['macro_f1']:.3f} top-2 {r['top2_accuracy']:.3f} ECE {r['ece']:.3f} "
                f"mean score {s.max(axis=1).mean():.3f}")  # fmt: skip
        probes = scores(list(T.PROBE_TEXTS))
        log(f"{name:<18} probes: " + ", ".join(
            f"{model.classes_[p.argmax()]} {p.max():.2f}" for p in probes))  # fmt: skip
        recipe = scores([RECIPE_HEADLINE])[0]
        log(f"{name:<18} out-of-domain titles >= 0.5: {np.mean(scores(ood).max(axis=1) >= 0.5):.3f}; "
            f"recipe headline {model.classes_[recipe.argmax()]} {recipe.max():.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
