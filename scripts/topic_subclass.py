"""Sub-labels for the two labels news makes multimodal: does a model that learns tourism apart
from entertainment (and sport policy apart from match reports) read tourism and sport press
releases better?

    OMP_NUM_THREADS=1 python scripts/topic_subclass.py [--folds K] [VARIANT ...]

`pariwisata_hiburan` is learnt from 1,358 news rows, mostly celebrity and lifestyle news, and
`olahraga_pemuda` from 1,506, mostly match reports; one linear weight vector per label then
describes the bulk of its rows, and a tourism or sport *policy* release reads as `ekonomi` or
`politik_pemerintahan`. A variant trains the SVM on sub-labels (tourism: travel and food
sections or news naming tourism twice; sport policy: news naming sport policy twice) and
scores each label as the sum of its sub-labels' softmax shares (the sub-labels' logits
merged by log-sum-exp), so users still get the 12 labels.

Scored on press dev, and with ``--folds K`` on validation parts of the train split (see
``scripts/topic_unstemmed.py``); the held-out news split is never used.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from topic_unstemmed import fit_recipe, log, run_variants

from pressnlp.training.topic_sublabels import sub_labels as shipped_sub_labels

SEP = "~"


def sub_labels(fit: pd.DataFrame, variant: str) -> pd.Series:
    """Each row's label, with the sub-label of the variant where one applies (``tour`` and
    ``sport``: the rules of :mod:`pressnlp.training.topic_sublabels`, which the shipped
    model is trained with)."""
    labels = fit["label"].astype(str).copy()
    shipped = shipped_sub_labels(fit)
    if variant in ("tour", "tour_sport"):
        labels[shipped.eq("tourism")] = "pariwisata_hiburan" + SEP + "tour"
    if variant in ("sport", "tour_sport"):
        labels[shipped.eq("policy")] = "olahraga_pemuda" + SEP + "policy"
    if variant.startswith("km"):
        labels = _clusters(fit, labels, int(variant[2:]))
    return labels


def _clusters(fit: pd.DataFrame, labels: pd.Series, k: int, *, min_rows: int = 300) -> pd.Series:
    """News rows of every label with at least ``min_rows`` of them split into ``k`` k-means
    clusters of their TF-IDF vectors (the sub-labels found from the data, not by rules)."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    labels = labels.copy()
    news = fit["origin"].eq("mapped").to_numpy()
    for label in sorted(set(labels[news])):
        rows = np.flatnonzero(news & labels.eq(label).to_numpy())
        if len(rows) < min_rows:
            continue
        texts = fit["text"].iloc[rows].astype(str).str.lower()
        X = TfidfVectorizer(min_df=3, max_features=20000, sublinear_tf=True).fit_transform(texts)
        found = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(X)
        labels.iloc[rows] = [f"{label}{SEP}{c}" for c in found]
    return labels


class Merged:
    """A model fitted on sub-labels, scored on the labels: a label's score is the sum of its
    sub-labels' scores (softmax shares times the domain fit)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        parents = np.array([str(c).split(SEP)[0] for c in model.classes_])
        self.classes_ = np.unique(parents)
        self._index = np.searchsorted(self.classes_, parents)

    def label_scores(self, X: Any) -> np.ndarray:
        sub = self.model.label_scores(X)
        out = np.zeros((sub.shape[0], len(self.classes_)))
        np.add.at(out.T, self._index, sub.T)
        return out

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.label_scores(X), axis=1)])


VARIANTS = [
    "shipped",
    "tour",
    "sport",
    "tour_sport",
    "km2",
    "km3",
    "km4",
    "tour_max",
    "tour_sport_max",
    "km2_max",
]


def _fit(name: str, fit: pd.DataFrame) -> Any:
    if name.endswith("_max"):  # the model's own sub-labels: a label's decision is its max
        labels = sub_labels(fit, name.removesuffix("_max"))
        sub = labels.str.split(SEP).str[1].fillna("")
        log(f"{name}: sub-labels {sub[sub != ''].value_counts().to_dict()}")
        return fit_recipe(fit, {}, sub_labels=sub.to_numpy())
    labels = sub_labels(fit, name)
    counts = labels[labels.str.contains(SEP, regex=False)].value_counts().to_dict()
    log(f"{name}: sub-labels {counts}")
    return Merged(fit_recipe(fit.assign(label=labels), {}))


def main() -> None:
    run_variants(__doc__, VARIANTS, _fit, per_release=True)


if __name__ == "__main__":
    main()
