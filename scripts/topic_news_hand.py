"""Hand-labelled news texts for the thin labels (``pressnlp/data/gold/news_topics_train``: 99
unmapped news texts naming tourism or sport policy, labelled by reading) as extra training
rows: do tourism and sport press releases get their labels?

    OMP_NUM_THREADS=1 python scripts/topic_news_hand.py [--folds K] [VARIANT ...]

A variant ``newsW`` adds the texts with weight ``W`` (news rows weigh 1, hand-labelled press
releases 5). Keyword weak labels of the same texts are dropped. The texts are news, not
releases: they do not calibrate the scores (``calibrate_on`` stays the press releases).
Scored on press dev, and with ``--folds K`` on validation parts of the train split (see
``scripts/topic_unstemmed.py``); the held-out news split is never used (unmapped texts are
in no split).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from topic_unstemmed import fit_recipe, log, run_variants

from pressnlp.cleaning import clean
from pressnlp.evaluation.sources import load_gold
from pressnlp.resources import shared_data_dir
from pressnlp.training.topic_press import gold_path

VARIANTS = {"shipped": 0.0, "news1": 1.0, "news3": 3.0, "news5": 5.0}


def news_rows() -> pd.DataFrame:
    """The set's texts as training rows (origin ``"hand_news"``)."""
    docs = load_gold(gold_path().with_name("news_topics_train.jsonl"), shared_data_dir(None))
    return pd.DataFrame(
        {
            "id": [d.source.id.rpartition("#")[2] for d in docs],
            "dataset": "news-topics-train",
            "source": "",
            "title": [d.source.fields.get("title") for d in docs],
            "text": [clean(d.source.text).body for d in docs],
            "label": [d.annotation["label"] for d in docs],
            "origin": "hand_news",
            "section": None,
            "group": -1.0 - np.arange(len(docs)),  # each its own near-duplicate group
        }
    )


ROWS = news_rows()


def _fit(name: str, fit: pd.DataFrame) -> object:
    weight = VARIANTS[name]
    if not weight:
        return fit_recipe(fit, {})
    fit = fit[~(fit["origin"].eq("weak") & fit["id"].isin(set(ROWS["id"])))]
    rows = pd.concat([fit, ROWS], ignore_index=True)
    factor = np.where(rows["origin"].eq("hand_news"), weight, 1.0)
    log(f"{name}: {len(ROWS)} hand-labelled news rows, weight {weight:g}")
    return fit_recipe(rows, {}, factor=factor)


def main() -> None:
    run_variants(__doc__, list(VARIANTS), _fit, per_release=True)


if __name__ == "__main__":
    main()
