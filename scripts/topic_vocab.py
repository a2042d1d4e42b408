"""Vocabulary caps of the topic model's word blocks against the shipped recipe, on press text
and on validation parts of the train split.

    OMP_NUM_THREADS=1 python scripts/topic_vocab.py [--folds K] [VARIANT ...]

The shipped recipe keeps the 20,000 most frequent stemmed word 1-2-grams and 50,000 unstemmed
ones; bigrams fill most of that, so health words such as ``imunisasi``, ``polio`` or
``posyandu`` had no feature at all. Each variant is scored like ``scripts/topic_adapt.py``
(press cross-validation on the 568 hand-labelled training releases, press dev, ``--folds K``
validation parts of the train split next to the plain baseline; the held-out news split is
never used). Reads ``$PRESSNLP_DATA`` or ``../shared/data``. Results (2026-12-07, not
shipped): models/topics/CARD_NOTES.md, waves 11 and 12 (``unigrams``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from topic_adapt import Stash, log_variant
from topic_unstemmed import compare_on_folds, fit_recipe, variant_run

from pressnlp.topics.model import TopicModel

# name -> TopicModel options over the shipped recipe (pressnlp.training.topics.RECIPE)
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "word50k": {"max_word_features": 50_000},
    "word100k_unst100k": {"max_word_features": 100_000, "max_unstemmed_features": 100_000},
    "uncapped": {"max_word_features": None, "max_unstemmed_features": None},
    # every stemmed unigram, the bigrams left to the unstemmed block (wave 12)
    "unigrams": {"word_ngram_range": (1, 1), "max_word_features": None},
}


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    return fit_recipe(fit, VARIANTS[name], estimator=Stash)


def main() -> None:
    opts, train_df, fit_df, dev = variant_run(__doc__, list(VARIANTS), 0)
    for name in opts.variants:
        model = _fit(name, fit_df)
        n = {k: len(v.vocabulary_) for k, v, _ in model.features_.transformers_ if k != "remainder"}
        log_variant(f"{name} {n}", model, fit_df, dev)
    if opts.folds:
        compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, _fit)


if __name__ == "__main__":
    main()
