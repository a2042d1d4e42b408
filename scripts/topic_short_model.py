"""Short texts (headlines, leads, one-line posts): the domain fit by length band
(``TopicModel(short_words=...)``) against one reference for every length.

    OMP_NUM_THREADS=1 python scripts/topic_short_model.py [VARIANT ...]

Each variant is the shipped recipe fitted on all rows ``pressnlp train topics`` fits, with
``short_words`` (and ``band_temperature``: each band's own softmax temperature, fitted on the
hand-labelled training releases cut to its length) changed. Scored on the press dev releases' first sentences (of at least six
words, at most 300 characters), their titles (of three words or more) and their full bodies,
and on out-of-domain texts (entertainment, lifestyle... sections: the share scoring >= 0.5,
as the model card reports it) whole, cut to their first sentence and as titles. Labels never
change with ``short_words`` (the domain fit is one factor per text); scores do. Reads
``$PRESSNLP_DATA`` or ``../shared/data``; the held-out news split is never used.
Results: models/topics/CARD_NOTES.md, wave 13.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
from topic_short import lead
from topic_unstemmed import fit_recipe, log, training_rows

from pressnlp.cleaning import clean
from pressnlp.resources import shared_data_dir
from pressnlp.topics.model import TopicModel
from pressnlp.training.topic_corpus import OUT_OF_DOMAIN_SECTIONS, iter_corpus
from pressnlp.training.topic_scores import press_report

VARIANTS: dict[str, dict[str, object]] = {
    "one_reference": {"short_words": ()},
    "bands_20": {"short_words": (20,)},
    "bands_20_q0.1": {"short_words": (20,), "short_quantile": 0.1},
    "bands_20_60": {"short_words": (20, 60)},
    "bands_20_60_temperature": {"short_words": (20, 60), "band_temperature": True},
}


def out_of_domain() -> dict[str, list[str]]:
    """Out-of-domain texts as the training's report reads them, cut to leads, and titles."""
    rows = [
        r
        for r in iter_corpus(shared_data_dir(None))
        if r["label"] is None and r.get("section") in OUT_OF_DOMAIN_SECTIONS
    ]
    bodies = [clean(r["text"]).body for r in rows]
    titles = [str(r.get("title") or "") for r in rows]
    return {
        "ood body": bodies,
        "ood lead": [lead(t) for t in bodies],
        "ood title": [t for t in titles if len(t.split()) >= 3],
    }


def report(name: str, what: str, model: TopicModel, texts: list[str], dev: Any) -> None:
    keep = np.array([len(t.split()) >= 3 for t in texts])
    scores = model.label_scores([t for t, k in zip(texts, keep, strict=True) if k])
    pick = np.flatnonzero(keep)
    r = press_report(list(model.classes_), scores, [dev.labels[i] for i in pick],
                     [dev.secondary[i] for i in pick])  # fmt: skip
    log(f"{name:<16} {what:<9} n {len(pick):>4} acc {r['accuracy']:.3f} F1 {r['macro_f1']:.3f} "
        f"top-2 {r['top2_accuracy']:.3f} ECE {r['ece']:.3f} "
        f"mean score {scores.max(axis=1).mean():.3f}")  # fmt: skip


def main() -> None:
    names = sys.argv[1:] or list(VARIANTS)
    _, fit_df, dev = training_rows()
    forms = {
        "lead": [lead(t) for t in dev.texts],
        "title": dev.titles,
        "full": list(dev.texts),
    }
    ood = out_of_domain()
    for name in names:
        model = fit_recipe(fit_df, VARIANTS[name])
        for what, texts in forms.items():
            report(name, what, model, texts, dev)
        for what, texts in ood.items():
            top = np.asarray([t.score for t in model.classify_many(texts)])
            log(f"{name:<16} {what:<9} n {len(texts):>4} share >= 0.5 {np.mean(top >= 0.5):.3f} "
                f"median {np.median(top):.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
