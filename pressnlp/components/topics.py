"""spaCy component ``pressnlp_topics``: fills ``doc.cats`` and ``Doc._.topic``.

Loaded through a ``spacy_factories`` entry point, so this module imports only spaCy and the
light scoring side of :mod:`pressnlp.topics` (numpy, no scikit-learn): the shipped model
scores with its compiled runtime, and a model folder without one loads the scikit-learn
estimator when the component is created.

>>> import spacy, pressnlp.components.topics
>>> nlp = spacy.blank("id")
>>> _ = nlp.add_pipe("pressnlp_topics")                   # shipped models/topics
>>> doc = nlp("Bank Indonesia menahan suku bunga acuan di level 6 persen.")
>>> doc._.topic.label, max(doc.cats, key=doc.cats.get)
('ekonomi', 'ekonomi')

``doc.cats`` holds the calibrated score of every label (empty for the neutral result of
empty/short/non-Indonesian text); ``doc._.topic`` the :class:`pressnlp.topics.Topic`, equal to
``pressnlp.classify_topic(doc.text)`` with the same model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from pressnlp.topics.classify import default_classifier, load_classifier
from pressnlp.topics.runtime import CompiledTopicModel
from pressnlp.topics.types import Topic

if TYPE_CHECKING:
    from pressnlp.topics.model import TopicModel

_TOPIC_KEY = "pressnlp.topic"


def _get_topic(doc: Doc) -> Topic | None:
    data = doc.user_data.get(_TOPIC_KEY)
    return None if data is None else Topic(data["label"], data["score"], dict(data["scores"]))


def _set_topic(doc: Doc, value: Topic | None) -> None:
    # Stored as a plain dict: Doc.to_bytes() packs user_data with msgpack, which cannot pack a
    # Topic (nlp.pipe(n_process=2) and DocBin failed with spaCy error E871).
    if value is not None and not isinstance(value, Topic):
        raise TypeError(f"doc._.topic must be a Topic or None, not {type(value).__name__}")
    doc.user_data[_TOPIC_KEY] = (
        None
        if value is None
        else {
            "label": value.label,
            "score": float(value.score),
            "scores": {str(k): float(v) for k, v in value.scores.items()},
        }
    )


if not Doc.has_extension("topic"):
    Doc.set_extension("topic", getter=_get_topic, setter=_set_topic)


class TopicClassifier:
    """Classifies each doc's text with a :class:`~pressnlp.topics.TopicModel`.

    The model stems ``doc.text`` itself rather than reusing ``Token._.stem``: the stemmer
    component keeps entity tokens as written and follows parser sentence boundaries, so its
    stems can differ from :func:`pressnlp.stem` and the topic would then differ from
    ``classify_topic(doc.text)``. The stemmer's process-wide token cache (shared with the
    stemmer component) makes the second pass mostly dictionary look-ups.
    """

    def __init__(
        self, model: TopicModel | CompiledTopicModel, name: str = "pressnlp_topics"
    ) -> None:
        self.model = model
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self._run([doc])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Classify in batches (one vectorisation per batch: much faster than doc by doc)."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        topics = self.model.classify_many([d.text for d in docs])
        for doc, topic in zip(docs, topics, strict=True):
            # classify_many gives plain str labels and float scores (topics_for); the setter
            # checks and stores them for msgpack
            doc.cats = dict(topic.scores)
            doc._.topic = topic
        return docs


@Language.factory("pressnlp_topics", default_config={"model": None})
def make_topics(nlp: Language, name: str, model: str | None = None) -> TopicClassifier:
    """``model``: folder saved by ``TopicModel.save``; ``None`` = the shipped ``models/topics``."""
    loaded: Any = default_classifier() if model is None else load_classifier(model)
    return TopicClassifier(loaded, name)
