"""Tourism and sport news about policy weighted up: do press releases on tourism and sport
(no press training release has either label) get their labels?

    OMP_NUM_THREADS=1 python scripts/topic_policy_rows.py [--folds K] [VARIANT ...]

`pariwisata_hiburan` and `olahraga_pemuda` are learnt from news only, mostly celebrity and
match reports, and every tourism release of press dev (an SOE tourism hub, a culinary tour, a
festival, the Expo pavilion) reads as something else. A variant ``policyW`` multiplies by
``W`` the weight of the news rows of those two labels that name tourism or sport policy at
least twice (``TOURISM``, ``SPORT``: 145 and 84 of 1,358 and 1,506 rows).

Scored on press dev, and with ``--folds K`` on validation parts of the train split (see
``scripts/topic_unstemmed.py``); the held-out news split is never used. About 100 s per fit.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from topic_unstemmed import fit_recipe, log, run_variants

from pressnlp.topics.model import TopicModel
from pressnlp.training.topic_sublabels import SPORT_POLICY as SPORT
from pressnlp.training.topic_sublabels import TOURISM

VARIANTS = {"shipped": 1.0, "policy3": 3.0, "policy5": 5.0}


def policy_rows(fit: pd.DataFrame) -> np.ndarray:
    """News rows of the two labels that name tourism or sport policy at least twice."""
    rx = fit["label"].map({"pariwisata_hiburan": TOURISM, "olahraga_pemuda": SPORT})
    news = fit["origin"].eq("mapped")
    hits = [
        bool(r is not None and isinstance(r, re.Pattern) and len(r.findall(t)) >= 2)
        for r, t in zip(rx, fit["text"], strict=True)
    ]
    return news.to_numpy() & np.asarray(hits)


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    rows = policy_rows(fit)
    log(f"{name}: {int(rows.sum())} policy rows of {len(fit)} weighted x{VARIANTS[name]}")
    return fit_recipe(fit, {}, factor=np.where(rows, VARIANTS[name], 1.0))


def main() -> None:
    run_variants(__doc__, list(VARIANTS), _fit, per_release=True)


if __name__ == "__main__":
    main()
