"""Scoring with a saved model: the shipped one (:func:`classify_topic`,
:func:`classify_topics`) or any model folder (:func:`load_classifier`).

Light on purpose (no scikit-learn at import time): the shipped model scores with its
compiled runtime (:mod:`pressnlp.topics.runtime`); the estimator module is imported only
when a folder has no current runtime, or when :func:`default_model` is asked for.
"""

from __future__ import annotations

import functools
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from pressnlp.resources import model_path
from pressnlp.topics.runtime import CompiledTopicModel, StaleRuntimeError
from pressnlp.topics.types import Topic

if TYPE_CHECKING:  # pragma: no cover
    from pressnlp.topics.model import TopicModel

__all__ = [
    "classify_topic",
    "classify_topics",
    "default_classifier",
    "default_model",
    "load_classifier",
]


def _load_estimator(path: str | os.PathLike[str]) -> TopicModel:
    # imported here: pressnlp.topics.model pulls in scikit-learn and skops (~2 s)
    from pressnlp.topics.model import load

    return load(path)


@functools.cache
def default_model() -> TopicModel:
    """The shipped model (``models/topics``) as the estimator, loaded once per process."""
    return _load_estimator(model_path("topics"))


@functools.cache
def default_classifier() -> TopicModel | CompiledTopicModel:
    """What :func:`classify_topic` and the pipeline score with: the shipped model's compiled
    runtime (its arrays, no scikit-learn import; same labels and scores, see
    :mod:`pressnlp.topics.runtime`), or the estimator itself if the runtime is missing or stale."""
    return load_classifier(model_path("topics"))


def load_classifier(path: str | os.PathLike[str]) -> TopicModel | CompiledTopicModel:
    """A saved model folder for scoring: its compiled runtime when it has one exported from
    its trusted ``model.skops``, else the estimator (:func:`pressnlp.topics.load`, skops with
    the trusted-types check). A runtime that is not a valid export raises
    :class:`ValueError`; one that belongs to no trusted ``model.skops`` next to it
    (:class:`~pressnlp.topics.runtime.StaleRuntimeError`) is ignored with a
    :class:`RuntimeWarning` naming the reason, and the estimator scores (same labels and
    scores, slower to load). See :mod:`pressnlp.topics.runtime` for the checks."""
    folder = Path(path)
    try:
        compiled = CompiledTopicModel.load(folder) if folder.is_dir() else None
    except StaleRuntimeError as err:
        warnings.warn(f"runtime not used, loading the estimator: {err}", RuntimeWarning, 2)
        compiled = None
    if compiled is not None:
        return compiled
    return _load_estimator(folder)


def classify_topic(text: str) -> Topic:
    """Topic of one article body with the shipped model.

    >>> classify_topic("").label is None
    True
    """
    return default_classifier().classify(text)


def classify_topics(texts: list[str]) -> list[Topic]:
    """Topics of many bodies at once (vectorised: much faster than a loop)."""
    return default_classifier().classify_many(texts)
