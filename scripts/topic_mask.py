"""Institution names masked before the topic model reads a text: does it then read what a
release is about instead of who issued it?

    OMP_NUM_THREADS=1 python scripts/topic_mask.py [--folds K] [VARIANT ...]

Many press dev errors follow the issuer, not the subject: a Kemhan release on an
environmental institute reads as `hukum_keamanan`, an ESDM Dharma Wanita talk as
`lingkungan_energi`, a Kemenhut law-enforcement (``Gakkum``) operation as `hukum_keamanan`.
A variant removes the names of the bundled institutions (``pressnlp/data/institutions.json``:
canonical names, aliases, acronyms; ``Menteri X`` for every ``Kementerian X``) from every
text, in training and when scoring:

- ``mask_all``: every institution;
- ``mask_gov``: ministries, agencies, state bodies only (universities, companies, parties,
  international bodies kept).

Scored on press dev, and with ``--folds K`` on validation parts of the train split (see
``scripts/topic_unstemmed.py``); the held-out news split is never used. About 100 s per fit.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np
import pandas as pd
from topic_unstemmed import Cached, fit_recipe, run_variants

from pressnlp import gazetteer
from pressnlp.topics.model import TopicModel

GOV = {
    "kementerian",
    "kementerian_koordinator",
    "lpnk",
    "lembaga_negara",
    "lembaga_kepresidenan",
    "lembaga_independen",
    "tni_polri",
    "lembaga",
    "badan_hukum_publik",
}


@functools.cache
def _pattern(types: frozenset[str] | None) -> re.Pattern[str]:
    names: set[str] = set()
    for v in gazetteer.institutions().values():
        if types is not None and v["type"] not in types:
            continue
        for n in [v["canonical"], v.get("acronym"), *v["aliases"]]:
            if n and len(n) >= 3:
                names.add(n)
                if n.startswith("Kementerian "):
                    names.add("Menteri " + n.removeprefix("Kementerian "))
    alts = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alts)) + r")(?!\w)")


def mask(text: str, types: frozenset[str] | None) -> str:
    return _pattern(types).sub(" ", text)


class Masked(Cached):
    """The estimator reading every text with the institution names of ``types`` removed
    (``None``: all of them)."""

    types: frozenset[str] | None = None

    def _prep(self, texts: Any) -> np.ndarray:
        return super()._prep([mask(t, self.types) for t in texts])


class MaskedGov(Masked):
    types = frozenset(GOV)


ESTIMATORS: dict[str, type[TopicModel]] = {
    "shipped": Cached,
    "mask_all": Masked,
    "mask_gov": MaskedGov,
}


def _fit(name: str, fit: pd.DataFrame) -> TopicModel:
    return fit_recipe(fit, {}, estimator=ESTIMATORS[name])


def main() -> None:
    run_variants(__doc__, list(ESTIMATORS), _fit, per_release=True)


if __name__ == "__main__":
    main()
