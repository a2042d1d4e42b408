"""Policy-domain topic classification of press releases.

Twelve labels (see :data:`LABELS`); the shipped model lives in ``models/topics`` and is a
:class:`TopicModel` (word + character n-gram TF-IDF, linear SVM, Platt-calibrated
label probabilities). Texts are expected to be article bodies: pass ``pressnlp.clean(raw).body``
for scraped pages (the model itself also drops news-site artefacts such as datelines).

>>> import pressnlp
>>> topic = pressnlp.classify_topic(
...     "Menteri Keuangan menyampaikan realisasi APBN dan penerimaan pajak hingga Oktober.")
>>> topic.label
'ekonomi'

``score`` is the calibrated probability of the label (the shipped model: a softmax over the
labels, its temperature fitted on hand-labelled press releases) scaled by how much the text
resembles the training texts of any label, so texts outside the label set get low scores:
threshold it (e.g. 0.5). The shipped model's scores of all labels sum to that resemblance
(at most 1); a model trained with ``scores="ovr"`` gives per-label probabilities instead.

Neutral result: empty texts, texts with fewer than three words, and texts that are not
Indonesian get ``Topic(label=None, score=0.0, scores={})`` instead of a guess
(see :data:`NEUTRAL`); nothing raises except a non-``str`` input (``TypeError``).

Retraining on your own labels, the scikit-learn way::

    model = pressnlp.topics.train(texts, labels)      # -> TopicModel (an sklearn estimator)
    model.save("my-topics"); model = pressnlp.topics.load("my-topics")
    nlp = pressnlp.load(topic_model="my-topics")

Layout: :mod:`~pressnlp.topics.types` (:class:`Topic`, :data:`NEUTRAL`, :data:`LABELS`),
:mod:`~pressnlp.topics.text` (normalisation, neutral-result check),
:mod:`~pressnlp.topics.runtime` (scoring without scikit-learn),
:mod:`~pressnlp.topics.domain` (the domain fit; :mod:`~pressnlp.topics.bands`, the estimator's
side of it, by text length), :mod:`~pressnlp.topics.calibration`
(calibrating scores on press releases),
:mod:`~pressnlp.topics.model` (the scikit-learn estimator, :func:`train`, :func:`load`),
:mod:`~pressnlp.topics.classify` (the shipped model). This package stays light (no
scikit-learn at import time): ``TopicModel``, ``train`` and ``load`` are re-exported from
:mod:`pressnlp.topics.model` on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pressnlp.topics.types import LABELS, NEUTRAL, Topic, topic_from_doc

if TYPE_CHECKING:  # pragma: no cover  (static view of the lazy names)
    from pressnlp.topics.classify import (
        classify_topic,
        classify_topics,
        default_classifier,
        default_model,
        load_classifier,
    )
    from pressnlp.topics.model import TopicModel, load, train

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

# public name -> defining submodule, resolved on first access (PEP 562): `import
# pressnlp.topics` stays as light as its types (no numpy; no scikit-learn, which spaCy entry
# points must not load)
_LAZY: dict[str, str] = {
    "classify_topic": "pressnlp.topics.classify",
    "classify_topics": "pressnlp.topics.classify",
    "default_classifier": "pressnlp.topics.classify",
    "default_model": "pressnlp.topics.classify",
    "load_classifier": "pressnlp.topics.classify",
    "TopicModel": "pressnlp.topics.model",
    "train": "pressnlp.topics.model",
    "load": "pressnlp.topics.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressnlp.topics' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
