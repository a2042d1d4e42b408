"""Policy-domain topic classification of press releases.

Twelve labels (see :data:`LABELS`); the shipped model lives in ``models/topics`` and is a
:class:`TopicModel` (word + character n-gram TF-IDF, linear SVM, sigmoid-calibrated
probabilities). Texts are expected to be article bodies: pass ``pressnlp.clean(raw).body``
for scraped pages (the model itself also drops news-site artefacts such as datelines).

>>> import pressnlp
>>> topic = pressnlp.classify_topic(
...     "Menteri Keuangan menyampaikan realisasi APBN dan penerimaan pajak hingga Oktober.")
>>> topic.label
'ekonomi'

``score`` is the calibrated one-vs-rest probability of the label scaled by how much the text
resembles the training texts of any label, so texts outside the label set get low scores:
threshold it (e.g. 0.5). Scores of all labels need not sum to 1.

Neutral result: empty texts, texts with fewer than three words, and texts that are not
Indonesian get ``Topic(label=None, score=0.0, scores={})`` instead of a guess
(see :data:`NEUTRAL`); nothing raises except a non-``str`` input (``TypeError``).

Retraining on your own labels, the scikit-learn way::

    model = pressnlp.topics.train(texts, labels)      # -> TopicModel (an sklearn estimator)
    model.save("my-topics"); model = pressnlp.topics.load("my-topics")
    nlp = pressnlp.load(topic_model="my-topics")

This module stays light (no scikit-learn at import time): the estimator lives in
:mod:`pressnlp._topic_model` and is re-exported here on first access.
"""

from __future__ import annotations

import functools
import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from pressnlp._topic_model import TopicModel, load, train
    from pressnlp._topic_runtime import CompiledTopicModel

__all__ = [
    "LABELS",
    "NEUTRAL",
    "Topic",
    "TopicModel",
    "classify_topic",
    "classify_topics",
    "default_classifier",
    "default_model",
    "load",
    "load_classifier",
    "topic_from_doc",
    "train",
]

LABELS: tuple[str, ...] = (
    "ekonomi",
    "politik_pemerintahan",
    "hukum_keamanan",
    "kesehatan",
    "pendidikan_kebudayaan",
    "sosial",
    "infrastruktur_transportasi",
    "lingkungan_energi",
    "teknologi_digital",
    "internasional",
    "olahraga_pemuda",
    "pariwisata_hiburan",
)
"""Label set of the shipped model (definitions: ``shared/data/topics/LABEL_MAPPING.md``)."""

_LAZY = {"TopicModel", "train", "load"}


def __getattr__(name: str) -> Any:
    # PEP 562: keep scikit-learn out of `import pressnlp.topics` (spaCy entry points load it).
    if name in _LAZY:
        return getattr(importlib.import_module("pressnlp._topic_model"), name)
    raise AttributeError(f"module 'pressnlp.topics' has no attribute {name!r}")


@dataclass
class Topic:
    """A topic decision.

    ``label`` is the best label (``None`` for the neutral result), ``score`` its calibrated
    probability, ``scores`` the probability of every label, highest first.

    >>> Topic("ekonomi", 0.9, {"ekonomi": 0.9, "sosial": 0.1}).top(1)
    [('ekonomi', 0.9)]
    """

    label: str | None
    score: float
    scores: dict[str, float] = field(default_factory=dict)

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` best ``(label, score)`` pairs."""
        return sorted(self.scores.items(), key=lambda kv: kv[1], reverse=True)[:n]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``{"label", "score", "scores"}``."""
        return {"label": self.label, "score": self.score, "scores": dict(self.scores)}


NEUTRAL = Topic(label=None, score=0.0, scores={})
"""What empty, one- or two-word and non-Indonesian texts get (never an exception)."""


def topic_from_doc(doc: Doc) -> Topic | None:
    """The :class:`Topic` the ``pressnlp_topics`` component stored (``None`` if it did not run)."""
    if doc.has_extension("topic"):
        topic = doc._.topic
        if topic is not None:
            return topic
    return None


@functools.cache
def default_model() -> TopicModel:
    """The shipped model (``models/topics``), loaded once per process."""
    from pressnlp._topic_model import load
    from pressnlp.resources import model_path

    return load(model_path("topics"))


@functools.cache
def default_classifier() -> TopicModel | CompiledTopicModel:
    """What :func:`classify_topic` and the pipeline score with: the shipped model's compiled
    runtime (its arrays, no scikit-learn import; same labels and scores, see
    :mod:`pressnlp._topic_runtime`), or the estimator itself if the runtime is missing or stale."""
    from pressnlp.resources import model_path

    return load_classifier(model_path("topics"))


def load_classifier(path: str | os.PathLike[str]) -> TopicModel | CompiledTopicModel:
    """A saved model folder for scoring: its compiled runtime when it has a current one, else
    the estimator (:func:`load`, skops with the trusted-types check)."""
    from pressnlp._topic_runtime import CompiledTopicModel

    folder = Path(path)
    compiled = CompiledTopicModel.load(folder) if folder.is_dir() else None
    if compiled is not None:
        return compiled
    from pressnlp._topic_model import load

    return load(folder)


def classify_topic(text: str) -> Topic:
    """Topic of one article body with the shipped model.

    >>> classify_topic("").label is None
    True
    """
    return default_classifier().classify(text)


def classify_topics(texts: list[str]) -> list[Topic]:
    """Topics of many bodies at once (vectorised: much faster than a loop)."""
    return default_classifier().classify_many(texts)
