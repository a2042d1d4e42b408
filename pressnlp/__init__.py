"""pressnlp: NLP for Indonesian press releases (*siaran pers*).

Every stage is a plain function; heavy dependencies (spaCy models, scikit-learn,
pandas) load lazily on first use, so ``import pressnlp`` stays cheap.

>>> import pressnlp
>>> pressnlp.stem("Kementerian menyampaikan inovasi-inovasi")  # doctest: +SKIP
'Kementerian sampai inovasi'
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
    "Topic": "pressnlp.topics",
    "classify_topic": "pressnlp.topics",
    "load": "pressnlp.pipeline",
    "analyze": "pressnlp.analysis",
    "Analysis": "pressnlp.analysis",
    "tag_frame": "pressnlp.batch",
    "tag_archive": "pressnlp.batch",
    "Summary": "pressnlp.batch",
}

__all__ = ["__version__", *sorted(_LAZY)]

if TYPE_CHECKING:  # pragma: no cover
    from pressnlp.batch import Summary, tag_archive, tag_frame
    from pressnlp.cleaning import Article, clean
    from pressnlp.entities import Entity, extract_entities
    from pressnlp.analysis import Analysis, analyze
    from pressnlp.pipeline import load
    from pressnlp.stemming import stem, stem_tokens
    from pressnlp.topics import Topic, classify_topic


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressnlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
