"""NB-SVM (``TopicModel(nb_alpha=...)``) against the plain linear SVM on validation parts of
the train split.

    python scripts/topic_nbsvm.py [--folds 2] [VARIANT ...]

Fits each variant of the shipped recipe without one validation part of the fixed train
split at a time (the held-out news split is never used), and prints validation macro-F1
next to the plain baseline's and the press dev scores (see ``compare_on_folds`` in
``scripts/topic_unstemmed.py``). Reads ``$PRESSNLP_DATA`` or ``../shared/data``.
"""

from __future__ import annotations

import argparse
from typing import Any

import pandas as pd
from topic_unstemmed import compare_on_folds, fit_recipe

from pressnlp.resources import shared_data_dir
from pressnlp.topics.model import TopicModel
from pressnlp.training import topics as T

# name -> TopicModel options over the shipped recipe (pressnlp.training.topics.RECIPE)
VARIANTS: dict[str, dict[str, Any]] = {
    "svm_C0.5": {"nb_alpha": None, "C": 0.5},  # the recipe before NB-SVM
    "nb_C0.2": {"nb_alpha": 1.0, "C": 0.2},
    "nb_C0.3": {"nb_alpha": 1.0, "C": 0.3},
    "nb_C0.5": {"nb_alpha": 1.0, "C": 0.5},
    "nb_C1": {"nb_alpha": 1.0, "C": 1.0},
    "nb_C0.3_a0.2": {"nb_alpha": 0.2, "C": 0.3},
    "nb_C0.3_a5": {"nb_alpha": 5.0, "C": 0.3},
}


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    return fit_recipe(fit, VARIANTS[name])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("variants", nargs="*", default=list(VARIANTS))
    opts = parser.parse_args()
    if unknown := sorted(set(opts.variants) - set(VARIANTS)):
        parser.error(f"unknown variants {unknown}; known: {list(VARIANTS)}")
    targs = argparse.ArgumentParser()
    T.add_arguments(targs)
    _, train_df, fit_df, _, gold = T._training_frames(targs.parse_args([]), shared_data_dir(None))
    assert gold is not None
    compare_on_folds(train_df, fit_df, gold.subset("dev"), opts.folds, opts.variants, _fit)


if __name__ == "__main__":
    main()
