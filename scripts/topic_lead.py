"""The lead counted twice (``TopicModel(lead_chars=N)``) on validation parts of the train split.

    python scripts/topic_lead.py [--folds 2] [0 300 600 1000]

Fits the shipped recipe with each ``lead_chars`` without one validation part of the fixed
train split at a time (the held-out news split is never used), and prints validation
macro-F1 next to the plain baseline's and the press dev scores (see ``compare_on_folds`` in
``scripts/topic_unstemmed.py``). About 100 s per fit; reads ``$PRESSNLP_DATA`` or
``../shared/data``.
"""

from __future__ import annotations

import argparse

import pandas as pd
from topic_unstemmed import compare_on_folds, fit_recipe, training_rows

from pressnlp.topics.model import TopicModel


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    return fit_recipe(fit, {"lead_chars": int(name.removeprefix("lead"))})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("leads", nargs="*", type=int, default=[0, 300, 600, 1000])
    opts = parser.parse_args()
    train_df, fit_df, dev = training_rows()
    names = [f"lead{n}" for n in opts.leads]
    compare_on_folds(train_df, fit_df, dev, opts.folds, names, _fit)


if __name__ == "__main__":
    main()
