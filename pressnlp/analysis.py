"""``analyze``: the whole pipeline on one raw press release.

>>> import pressnlp
>>> result = pressnlp.analyze(open("release.html", "rb").read())     # doctest: +SKIP
>>> result.article.title, result.topic.label, result.entities[0].value  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pressnlp.cleaning import Article, clean
from pressnlp.entities import CHUNK_CHARS, Entity, entities_from_doc, pipe_chunks
from pressnlp.pipeline import default_pipeline
from pressnlp.topics import Topic, topic_from_doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class Analysis:
    """A cleaned article with its entities (offsets into ``article.body``) and topic."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    topic: Topic | None = None
    n_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "topic": self.topic.to_dict() if self.topic is not None else None,
            "n_tokens": self.n_tokens,
        }


def prepare_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise ``article.body`` and attach the publication date for relative dates."""
    doc = nlp.make_doc(article.body)
    doc._.pub_date = article.date
    return doc


def analysis_from_doc(article: Article, doc: Doc) -> Analysis:
    """Collect the results a processed ``doc`` holds for ``article``."""
    return Analysis(
        article=article,
        entities=entities_from_doc(doc),
        topic=topic_from_doc(doc),
        n_tokens=len(doc),
    )


def analyze_article(article: Article, nlp: Language) -> Analysis:
    """Run ``nlp`` on a cleaned article; bodies too long for one Doc go in chunks.

    Chunks are cut at paragraph breaks (:func:`pressnlp.entities.pipe_chunks`); entity
    offsets still point into ``article.body`` and the topic comes from the first chunk
    (the classifier reads only the beginning of a text anyway).
    """
    limit = min(CHUNK_CHARS, nlp.max_length)
    if len(article.body) <= limit:
        return analysis_from_doc(article, nlp(prepare_doc(nlp, article)))
    chunks = pipe_chunks(nlp, article.body, pub_date=article.date)
    return Analysis(
        article=article,
        entities=[ent for offset, doc in chunks for ent in entities_from_doc(doc, offset=offset)],
        topic=topic_from_doc(chunks[0][1]),
        n_tokens=sum(len(doc) for _, doc in chunks),
    )


def analyze(raw: str | bytes, *, html: bool | None = None, nlp: Language | None = None) -> Analysis:
    """Clean ``raw`` (text or HTML), then find entities and the topic of its body.

    ``nlp`` defaults to the shared pipeline from :func:`pressnlp.load`.
    """
    article = clean(raw, html=html)
    return analyze_article(article, nlp if nlp is not None else default_pipeline())
