"""What a topic decision is: :class:`Topic`, the :data:`NEUTRAL` result and the label set.

No scikit-learn and no numpy here: everything that scores (the estimator in
:mod:`pressnlp.topics.model`, the compiled runtime in :mod:`pressnlp.topics.runtime`) returns
these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["LABELS", "NEUTRAL", "SECONDARY_MIN", "Topic", "topic_from_doc"]

SECONDARY_MIN = 0.1
"""Score the runner-up label needs to be :attr:`Topic.secondary` (a two-topic release).

Measured with the shipped model (softmax scores) on the press dev set
(``pressnlp/data/gold/press_topics.md``, 84 of 145 releases with a hand-labelled secondary
topic): 50 runner-ups score >= 0.1, 14 of them are the labelled secondary and 14 more the
primary (where the best label is wrong), so read it as a hint, not a decision; 0.2 flags 25
(7 secondary), 0.05 flags 61 (15 secondary)."""

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

    @property
    def secondary(self) -> str | None:
        """The runner-up label when it scores at least :data:`SECONDARY_MIN` (a release with
        two topics), else ``None``.

        >>> Topic("ekonomi", 0.7, {"ekonomi": 0.7, "lingkungan_energi": 0.3}).secondary
        'lingkungan_energi'
        >>> Topic("ekonomi", 0.9, {"ekonomi": 0.9, "sosial": 0.01}).secondary is None
        True
        """
        ranked = self.top(2)
        if len(ranked) < 2 or ranked[1][1] < SECONDARY_MIN:
            return None
        return ranked[1][0]

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
