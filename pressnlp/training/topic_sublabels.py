"""Sub-labels of the training rows (:mod:`pressnlp.topics.sublabels`): tourism apart from
entertainment, sport policy apart from match reports.

`pariwisata_hiburan` is learnt from news that is mostly celebrity and lifestyle news, and
`olahraga_pemuda` from news that is mostly match reports; no hand-labelled press release has
either label. With one weight vector per label, a tourism or sport *policy* release reads as
`ekonomi` or `politik_pemerintahan`. The rules below mark the news rows of the policy kind,
so the SVM learns them apart (see the model card, wave 15).
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["SPORT_POLICY", "TOURISM", "TRAVEL_SECTION", "sub_labels"]

TOURISM = re.compile(
    r"\b(?:wisatawan|destinasi|pariwisata|kemenpar\w*|menpar\w*|desa wisata|ekonomi kreatif"
    r"|festival|kuliner)\b",
    re.IGNORECASE,
)
"""Words of tourism policy; a news row of `pariwisata_hiburan` naming two is tourism."""

SPORT_POLICY = re.compile(
    r"\b(?:kemenpora|menpora|pemuda|kepemudaan|pramuka|atlet|PON|SEA Games|Asian Games"
    r"|olimpiade|bonus)\b",
    re.IGNORECASE,
)
"""Words of sport and youth policy; a news row of `olahraga_pemuda` naming two is policy."""

TRAVEL_SECTION = re.compile(r"travel|food|kuliner", re.IGNORECASE)
"""News sections (or detik categories) of travel and food: tourism whatever the words."""


def _names(pattern: re.Pattern[str], texts: pd.Series, least: int = 2) -> pd.Series:
    return texts.map(lambda t: len(pattern.findall(str(t))) >= least)


def sub_labels(fit_df: pd.DataFrame) -> pd.Series:
    """Each training row's sub-label: ``"tourism"`` for news rows of `pariwisata_hiburan`
    from a travel or food section or naming :data:`TOURISM` twice, ``"policy"`` for news
    rows of `olahraga_pemuda` naming :data:`SPORT_POLICY` twice, else ``""``."""
    label = fit_df["label"].astype(str)
    news = fit_df["origin"].eq("mapped")
    where = fit_df["section"].fillna("").astype(str) + " " + fit_df["source"].fillna("").astype(str)
    text = fit_df["text"]
    tourism = label.eq("pariwisata_hiburan") & news
    tourism &= where.str.contains(TRAVEL_SECTION) | _names(TOURISM, text)
    sport = label.eq("olahraga_pemuda") & news & _names(SPORT_POLICY, text)
    out = pd.Series("", index=fit_df.index, dtype=object)
    out[tourism] = "tourism"
    out[sport] = "policy"
    return out
