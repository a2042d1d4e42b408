"""``analyze``: the whole pipeline on one raw press release.

>>> import pressnlp
>>> from pressnlp.resources import data_file
>>> result = pressnlp.analyze(data_file("samples", "000_8bdf8b16649a04d4.txt").read_bytes())
>>> result.article.title
'Humas Kemensetneg Menjadi Narasumber Pelatihan Kehumasan Timor Leste'
>>> result.topic.label in pressnlp.topics.LABELS
True
>>> [e.key for e in result.entities if e.label == "DATE"]
['2017-07-03/2017-07-14']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pressnlp.cleaning import Article, clean
from pressnlp.entities import CHUNK_CHARS, Entity, entities_from_doc, stream_chunks
from pressnlp.pipeline import default_pipeline
from pressnlp.topics import Topic, topic_from_doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class Analysis:
    """A cleaned article with its entities (offsets into ``article.body``) and topic.

    >>> result = analyze("Kemensetneg menggelar pelatihan kehumasan pada 3 s.d. 14 Juli 2017.")
    >>> ent = result.entities[-1]
    >>> ent.label, ent.value, result.article.body[ent.start:ent.end]
    ('DATE', '2017-07-03/2017-07-14', '3 s.d. 14 Juli 2017')
    """

    article: Article
    entities: list[Entity] = field(default_factory=list)
    topic: Topic | None = None
    n_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the article's fields plus ``entities``, ``topic``, ``n_tokens``.

        >>> import json
        >>> d = analyze("Kemensetneg menggelar pelatihan kehumasan di Jakarta.").to_dict()
        >>> sorted(d)
        ['body', 'date', 'entities', 'meta', 'n_tokens', 'paragraphs', 'removed', 'title', 'topic']
        >>> json.loads(json.dumps(d)) == d
        True
        """
        return {
            **self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "topic": self.topic.to_dict() if self.topic is not None else None,
            "n_tokens": self.n_tokens,
        }


def prepare_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise ``article.body`` and attach the publication date for relative dates.

    >>> article = clean("Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru di Bandung.")
    >>> doc = prepare_doc(default_pipeline(), article)
    >>> doc.text, doc._.pub_date
    ('Menteri meresmikan gedung baru di Bandung.', datetime.date(2024, 5, 2))
    """
    doc = nlp.make_doc(article.body)
    doc._.pub_date = article.date
    return doc


def analysis_from_doc(article: Article, doc: Doc) -> Analysis:
    """Collect the results a processed ``doc`` holds for ``article``.

    >>> nlp = default_pipeline()
    >>> article = clean("Menteri meresmikan bendungan di Kabupaten Garut.")
    >>> [(e.label, e.key) for e in analysis_from_doc(article, nlp(prepare_doc(nlp, article))).entities]
    [('LOC', 'Kabupaten Garut')]
    """
    return Analysis(
        article=article,
        entities=entities_from_doc(doc, text=article.body),
        topic=topic_from_doc(doc),
        n_tokens=len(doc),
    )


def analyze_article(article: Article, nlp: Language) -> Analysis:
    """Run ``nlp`` on a cleaned article; bodies too long for one Doc go in chunks.

    Chunks are cut at paragraph breaks (:func:`pressnlp.entities.stream_chunks`); entity
    offsets still point into ``article.body`` and the topic comes from the first chunk
    (the classifier reads only the beginning of a text anyway).

    >>> article = clean("Jakarta, 2 Mei 2024 - Presiden meresmikan bendungan pada Senin (6/5).")
    >>> [(e.label, e.key) for e in analyze_article(article, default_pipeline()).entities]
    [('DATE', '2024-05-06')]
    """
    limit = min(CHUNK_CHARS, nlp.max_length)
    if len(article.body) <= limit:
        return analysis_from_doc(article, nlp(prepare_doc(nlp, article)))
    entities: list[Entity] = []
    topic, n_tokens = None, 0
    # one chunk's doc alive at a time: a 5 MB body stays under 1 GB (issue 20)
    for offset, doc in stream_chunks(nlp, article.body, pub_date=article.date):
        if offset == 0:
            topic = topic_from_doc(doc)
        entities += entities_from_doc(doc, offset=offset, text=article.body)
        n_tokens += len(doc)
    return Analysis(article=article, entities=entities, topic=topic, n_tokens=n_tokens)


def analyze(raw: str | bytes, *, html: bool | None = None, nlp: Language | None = None) -> Analysis:
    """Clean ``raw`` (text or HTML), then find entities and the topic of its body.

    ``nlp`` defaults to the shared pipeline from :func:`pressnlp.load` (loaded once per
    process); pass your own, e.g. ``pressnlp.load(topic_model=DIR)``.

    >>> result = analyze("<html><body><h1>Kemensetneg Gelar Pelatihan</h1><p>Kementerian "
    ...                  "Sekretariat Negara menggelar pelatihan kehumasan di Jakarta.</p></body></html>")
    >>> result.article.title, [(e.label, e.key) for e in result.entities]
    ('Kemensetneg Gelar Pelatihan', [('ORG', 'Kementerian Sekretariat Negara'), ('LOC', 'DKI Jakarta')])
    """
    article = clean(raw, html=html)
    return analyze_article(article, nlp if nlp is not None else default_pipeline())
