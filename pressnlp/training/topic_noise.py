"""Training rows whose label the model's own out-of-fold decisions contradict: confident
learning in its simplest form (model card, waves 15 and 16).

About 40 % of the held-out news errors are errors of the section-derived labels (read by
hand, ``models/topics/label_noise_sample.tsv``): an Iron Dome explainer filed under travel, a
fare cut under travel. A news row is *contradicted* when, fitted without it, the model's best
label beats the row's own label by a decision margin of at least ``margin``. ``pressnlp train
topics --drop-contradicted M`` fits the recipe once, then again with those rows at weight 0.
Hand-labelled and ministry rows are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["contradicted", "contradicted_table"]


def contradicted(
    oof: Any, classes: Sequence[str], labels: Sequence[str], eligible: Any, margin: float
) -> np.ndarray:
    """Mask of the rows ``eligible`` marks whose best out-of-fold decision value (``oof``:
    rows = texts, columns = ``classes``) beats that of their own label (``labels``) by
    ``margin`` or more.

    >>> oof = [[1.0, -1.0, -1.0], [-0.2, 0.3, -1.0], [-1.5, 0.5, -1.0]]
    >>> contradicted(oof, ["a", "b", "c"], ["a", "a", "a"], [True, True, False], 0.5).tolist()
    [False, True, False]
    """
    if not margin > 0:
        raise ValueError(f"margin must be positive (got {margin})")
    gaps = _gaps(np.asarray(oof, dtype=float), [str(c) for c in classes], labels)
    mask = np.asarray(eligible, dtype=bool)
    if mask.shape != gaps.shape:
        raise ValueError(f"eligible must have one flag per row ({len(gaps)}), got {mask.shape}")
    return mask & (gaps >= margin)


def contradicted_table(
    oof: Any, classes: Sequence[str], labels: Sequence[str], flags: Any, rows: Sequence[int]
) -> pd.DataFrame:
    """The rows ``flags`` marks, one line each: ``row`` (from ``rows``), ``label``, the best
    label out of fold (``predicted``) and by how much it beats the row's own (``margin``).

    >>> oof = [[1.0, -1.0, -1.0], [-0.2, 0.3, -1.0]]
    >>> contradicted_table(oof, ["a", "b", "c"], ["a", "a"], [False, True], [7, 9]).values.tolist()
    [[9, 'a', 'b', 0.5]]
    """
    import pandas as pd

    dec = np.asarray(oof, dtype=float)
    names = [str(c) for c in classes]
    gaps = _gaps(dec, names, labels)
    idx = [int(i) for i in np.flatnonzero(np.asarray(flags, dtype=bool))]
    return pd.DataFrame({
        "row": [int(rows[i]) for i in idx],
        "label": [str(labels[i]) for i in idx],
        "predicted": np.asarray(names)[np.argmax(dec[idx], axis=1)],
        "margin": np.round(gaps[idx], 3),
    })  # fmt: skip


def _gaps(dec: np.ndarray, names: list[str], labels: Sequence[str]) -> np.ndarray:
    """Each row's best decision value minus its own label's (0: the label is the best)."""
    if dec.ndim != 2 or dec.shape != (len(labels), len(names)) or len(names) < 3:
        raise ValueError(
            f"oof must have one row per label and one column per class (3 or more): "
            f"got shape {dec.shape} for {len(labels)} labels and {len(names)} classes"
        )
    index = {c: i for i, c in enumerate(names)}
    unknown = sorted({str(y) for y in labels} - set(index))
    if unknown:
        raise ValueError(f"labels not among the classes: {unknown}")
    own = dec[np.arange(len(labels)), [index[str(y)] for y in labels]]
    return dec.max(axis=1) - own
