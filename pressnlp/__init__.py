r"""pressnlp: NLP for Indonesian press releases (*siaran pers*).

Every stage is a plain function; heavy dependencies (spaCy models, scikit-learn,
pandas) load lazily on first use, so ``import pressnlp`` stays cheap.

>>> import pressnlp
>>> pressnlp.clean("Di baca 5 kali\n\nMenteri meresmikan gedung baru di Bandung.").body
'Menteri meresmikan gedung baru di Bandung.'
>>> pressnlp.stem("Kementerian menyampaikan inovasi-inovasi")
'Kementerian sampai inovasi'
>>> [(e.label, e.key) for e in pressnlp.extract_entities("Kemensetneg menggelar pelatihan di Jakarta.")]
[('ORG', 'Kementerian Sekretariat Negara'), ('LOC', 'DKI Jakarta')]

The README has a tour of the whole API; every public function has a short example.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pressnlp._version import __version__

# public name -> defining module; resolved on first attribute access (PEP 562)
_LAZY: dict[str, str] = {
    "Article": "pressnlp.cleaning",
    "clean": "pressnlp.cleaning",
    "stem": "pressnlp.stemming",
    "stem_tokens": "pressnlp.stemming",
    "Entity": "pressnlp.entities",
    "extract_entities": "pressnlp.entities",
    "Topic": "pressnlp.topics.types",
    "classify_topic": "pressnlp.topics.classify",
    "load": "pressnlp.pipeline",
    "analyze": "pressnlp.analysis",
    "Analysis": "pressnlp.analysis",
    "tag_frame": "pressnlp.batch",
    "tag_archive": "pressnlp.batch",
    "Summary": "pressnlp.batch",
}

__all__ = ["__version__", *sorted(_LAZY)]

if TYPE_CHECKING:  # pragma: no cover  (static view of the lazy names)
    from pressnlp.analysis import Analysis as Analysis
    from pressnlp.analysis import analyze as analyze
    from pressnlp.batch import Summary as Summary
    from pressnlp.batch import tag_archive as tag_archive
    from pressnlp.batch import tag_frame as tag_frame
    from pressnlp.cleaning import Article as Article
    from pressnlp.cleaning import clean as clean
    from pressnlp.entities import Entity as Entity
    from pressnlp.entities import extract_entities as extract_entities
    from pressnlp.pipeline import load as load
    from pressnlp.stemming import stem as stem
    from pressnlp.stemming import stem_tokens as stem_tokens
    from pressnlp.topics.classify import classify_topic as classify_topic
    from pressnlp.topics.types import Topic as Topic


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressnlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
