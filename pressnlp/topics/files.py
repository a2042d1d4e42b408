"""The files of a saved topic model folder, its ``meta.json`` and the checks that tie
``runtime.npz`` to a trusted ``model.skops``.

A folder written by :meth:`pressnlp.topics.TopicModel.save` holds ``model.skops`` (the
estimator), ``runtime.npz`` (its arrays for :mod:`pressnlp.topics.runtime`) and
``meta.json`` (parameters, versions, training data, scores); the model card ``README.md``
is written from the latter. Standard library only at import (:func:`library_versions`,
called by ``save``, imports what it reports), so readers of ``meta.json`` (the model card)
load neither numpy nor scikit-learn, and the runtime can check ``model.skops`` without
importing skops (~2 s, see :mod:`pressnlp.topics.runtime`).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

__all__ = [
    "META_FILE",
    "MODEL_FILE",
    "MODEL_FILE_TYPES",
    "RUNTIME_FILE",
    "file_sha256",
    "library_versions",
    "model_file_types",
    "read_meta",
]

MODEL_FILE = "model.skops"
META_FILE = "meta.json"
RUNTIME_FILE = "runtime.npz"

MAX_SCHEMA_BYTES = 64 * 1024 * 1024
"""Largest ``schema.json`` (uncompressed) :func:`model_file_types` reads."""

MODEL_FILE_TYPES = frozenset(
    {
        ("builtins", "dict", "DictNode"),
        ("builtins", "list", "ListNode"),
        ("builtins", "slice", "SliceNode"),
        ("builtins", "str", "JsonNode"),
        ("builtins", "str", "TypeNode"),
        ("builtins", "tuple", "TupleNode"),
        ("numpy", "float32", "TypeNode"),
        ("numpy", "float64", "TypeNode"),
        ("numpy", "ndarray", "NdArrayNode"),
        ("pressnlp.topics.adapt", "AdaptedLinearSVC", "ObjectNode"),
        ("pressnlp.topics.model", "TopicModel", "ObjectNode"),
        ("pressnlp.topics.nbsvm", "NBLinearSVC", "ObjectNode"),
        ("pressnlp.topics.sublabels", "SubLabelLinearSVC", "ObjectNode"),
        ("sklearn.compose._column_transformer", "ColumnTransformer", "ObjectNode"),
        ("sklearn.feature_extraction.text", "TfidfTransformer", "ObjectNode"),
        ("sklearn.feature_extraction.text", "TfidfVectorizer", "ObjectNode"),
        ("sklearn.svm._classes", "LinearSVC", "ObjectNode"),
    }
)
"""``(module, class, skops loader)`` of every node a ``model.skops`` written by
:meth:`~pressnlp.topics.TopicModel.save` holds. Each is trusted by skops' defaults or by
:data:`pressnlp.topics.model.TRUSTED_TYPES` (a test checks it with skops itself), so a file
naming nothing else passes the estimator's trusted-type check too. The runtime is used only
for such a file; any other goes through the estimator's full skops check."""


def read_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The ``meta.json`` of a saved model folder (``{}`` if missing)."""
    meta_path = Path(path) / META_FILE
    if not meta_path.is_file():
        return {}
    return json.loads(meta_path.read_text(encoding="utf-8"))


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file's bytes (the stamp tying ``runtime.npz`` to ``model.skops``)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def model_file_types(path: str | os.PathLike[str]) -> set[tuple[str, str, str]]:
    """``(module, class, loader)`` of every node in a skops file's ``schema.json``: every
    object, container, array and type reference it names, read with ``zipfile`` and ``json``
    (nothing is loaded or imported). Not a skops file, or a schema over
    :data:`MAX_SCHEMA_BYTES`: :class:`ValueError`.

    >>> from pressnlp.resources import model_path
    >>> model_file_types(model_path("topics") / MODEL_FILE) <= MODEL_FILE_TYPES
    True
    """
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("schema.json")
            if info.file_size > MAX_SCHEMA_BYTES:
                raise ValueError(f"{path}: schema.json is over {MAX_SCHEMA_BYTES} bytes")
            schema = json.loads(archive.read(info))
    except (KeyError, zipfile.BadZipFile, UnicodeDecodeError, RecursionError) as err:
        raise ValueError(f"{path}: not a readable skops file ({err})") from err
    types: set[tuple[str, str, str]] = set()
    stack: list[Any] = [schema]
    while stack:  # iterative: a deeply nested schema cannot exhaust the recursion limit
        node = stack.pop()
        if isinstance(node, dict):
            if "__class__" in node or "__module__" in node or "__loader__" in node:
                types.add(
                    (
                        str(node.get("__module__")),
                        str(node.get("__class__")),
                        str(node.get("__loader__")),
                    )
                )
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return types


def library_versions() -> dict[str, str]:
    """Versions of pressnlp and the libraries a saved model depends on (for ``meta.json``);
    imports them, so only the estimator's ``save`` calls it."""
    import platform

    import numpy as np
    import scipy
    import sklearn
    import skops

    from pressnlp._version import __version__

    return {
        "pressnlp": __version__,
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "python": platform.python_version(),
    }
