"""The files of a saved topic model folder and its ``meta.json``.

A folder written by :meth:`pressnlp.topics.TopicModel.save` holds ``model.skops`` (the
estimator), ``runtime.npz`` (its arrays for :mod:`pressnlp.topics.runtime`) and
``meta.json`` (parameters, versions, training data, scores); the model card ``README.md``
is written from the latter. Standard library only, so readers of ``meta.json`` (the model
card) load neither numpy nor scikit-learn.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["META_FILE", "MODEL_FILE", "RUNTIME_FILE", "read_meta"]

MODEL_FILE = "model.skops"
META_FILE = "meta.json"
RUNTIME_FILE = "runtime.npz"


def read_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The ``meta.json`` of a saved model folder (``{}`` if missing)."""
    meta_path = Path(path) / META_FILE
    if not meta_path.is_file():
        return {}
    return json.loads(meta_path.read_text(encoding="utf-8"))
