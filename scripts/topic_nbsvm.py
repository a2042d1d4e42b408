"""NB-SVM (``TopicModel(nb_alpha=...)``) against the plain linear SVM on validation parts of
the train split.

    python scripts/topic_nbsvm.py [--folds 2] [VARIANT ...]

Fits each variant of the shipped recipe without one validation part of the fixed train
split at a time (the held-out news split is never used), and prints validation macro-F1
next to the plain baseline's and the press dev scores (see ``compare_on_folds`` in
``scripts/topic_unstemmed.py``). Reads ``$PRESSNLP_DATA`` or ``../shared/data``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from topic_unstemmed import compare_on_folds, fit_recipe, variant_run

from pressnlp.topics.model import TopicModel

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
    opts, train_df, fit_df, dev = variant_run(__doc__, list(VARIANTS), 2)
    compare_on_folds(train_df, fit_df, dev, opts.folds, opts.variants, _fit)


if __name__ == "__main__":
    main()
