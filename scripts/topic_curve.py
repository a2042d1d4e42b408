"""Learning curve over the hand-labelled press training releases: how much does press dev
gain per labelled release, and how many more would the 0.85 target take?

    OMP_NUM_THREADS=1 python scripts/topic_curve.py [--draws 2] [SIZE ...]

Fits the shipped recipe (same rows, weights and calibration as ``pressnlp train topics``)
with only ``SIZE`` of the 568 hand-labelled press training releases (a random draw,
stratified by nothing; ``--draws`` draws per size, seeds 0, 1, ...), the rest of the rows
unchanged, and prints press dev accuracy, macro-F1, top-2 and ECE, then a least-squares fit
of accuracy against log2(size). The held-out news split is never used. About 150 s per fit.
"""

from __future__ import annotations

import argparse

import numpy as np
from topic_unstemmed import fit_recipe, log, training_rows

from pressnlp.training.topic_scores import press_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=2)
    parser.add_argument("sizes", nargs="*", type=int, default=[142, 284, 426, 568])
    opts = parser.parse_args()
    _, fit_df, dev = training_rows()
    hand_idx = fit_df.index[fit_df["origin"].eq("gold")]
    points = []
    for size in opts.sizes:
        draws = 1 if size >= len(hand_idx) else opts.draws
        for seed in range(draws):
            keep = np.random.default_rng(seed).choice(hand_idx, size=size, replace=False)
            fit = fit_df[~fit_df.index.isin(hand_idx) | fit_df.index.isin(keep)]
            model = fit_recipe(fit, {})
            r = press_report(list(model.classes_), model.label_scores(dev.texts), dev.labels,
                             dev.secondary)  # fmt: skip
            points.append((size, r["accuracy"]))
            log(f"{size:>4} hand-labelled (draw {seed}): dev acc {r['accuracy']:.3f} F1 "
                f"{r['macro_f1']:.3f} top-2 {r['top2_accuracy']:.3f} ECE {r['ece']:.3f}")  # fmt: skip
    if len({p[0] for p in points}) < 2:
        return  # one size: no curve to fit
    x = np.log2([p[0] for p in points])
    slope, offset = np.polyfit(x, [p[1] for p in points], 1)
    need = 2 ** ((0.85 - offset) / slope) if slope > 0 else float("inf")
    log(f"accuracy ~ {offset:.3f} + {slope:.3f} * log2(size): 0.85 at about {need:.0f} releases")


if __name__ == "__main__":
    main()
