"""Locating bundled data, shipped models and the (optional) shared training corpora.

Bundled files are read through :mod:`importlib.resources`; loaders that parse them are
wrapped in :func:`functools.cache` by their callers so each file is read once per process.
"""

from __future__ import annotations

import functools
import gzip
import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "DATA_ENV",
    "WordFrequency",
    "data_file",
    "model_path",
    "shared_data_dir",
    "word_frequencies",
]

DATA_ENV = "PRESSNLP_DATA"
"""Environment variable that points at the shared corpora folder (``shared/data``)."""

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_file(*parts: str) -> Traversable:
    """A file or folder under ``pressnlp/data`` (works from a wheel or a checkout)."""
    node = resources.files("pressnlp") / "data"
    for part in parts:
        node = node / part
    return node


def model_path(name: str) -> Path:
    """Folder of the shipped model ``name`` (``models/<name>``).

    In a wheel the top-level ``models/`` folder is installed as ``pressnlp/models``;
    in a source checkout (or an editable install) it sits next to the package.
    """
    candidates = [_PACKAGE_DIR / "models" / name, _PACKAGE_DIR.parent / "models" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"shipped model {name!r} not found (looked in {', '.join(map(str, candidates))}); "
        "reinstall pressnlp or rebuild it with `pressnlp train`"
    )


def shared_data_dir(
    explicit: str | os.PathLike[str] | None = None, *, required: bool = True
) -> Path | None:
    """The shared corpora folder used by training, evaluation and benchmarks.

    Looked up in order: ``explicit`` argument, ``$PRESSNLP_DATA``, ``../shared/data``
    relative to the source checkout, then relative to the working directory.
    Returns ``None`` (or raises :class:`FileNotFoundError` when ``required``) if absent.
    """
    if explicit is not None:
        path = Path(explicit).expanduser()
        if not path.is_dir():
            raise FileNotFoundError(f"data folder {path} does not exist")
        return path
    candidates: list[Path] = []
    if os.environ.get(DATA_ENV):
        candidates.append(Path(os.environ[DATA_ENV]).expanduser())
    candidates += [
        _PACKAGE_DIR.parent.parent / "shared" / "data",
        Path.cwd().parent / "shared" / "data",
        Path.cwd() / "shared" / "data",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    if required:
        raise FileNotFoundError(
            "shared data folder not found; pass --data DIR or set "
            f"${DATA_ENV} (looked in {', '.join(map(str, candidates))})"
        )
    return None


class WordFrequency(NamedTuple):
    """How often running Indonesian news writes a word form (see :func:`word_frequencies`)."""

    total: int
    """Occurrences in any casing."""
    lower: int
    """Occurrences written lower case."""
    midcap: int
    """Occurrences capitalised inside a sentence (as names are)."""


@functools.cache
def word_frequencies() -> dict[str, WordFrequency]:
    """Word-form counts of Indonesian news (``pressnlp/data/stem_freq.tsv.gz``), loaded once.

    Used to score stemming candidates and to tell names from words. The file ships in the
    package; a broken install without it raises ``FileNotFoundError`` rather than stemming
    and tagging differently without a word.

    >>> word_frequencies()["pemerintah"].lower > word_frequencies()["pemerintah"].midcap
    True
    """
    table: dict[str, WordFrequency] = {}
    raw = data_file("stem_freq.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    for line in lines[1:]:
        word, count, lower, midcap = line.split("\t")
        table[word] = WordFrequency(int(count), int(lower), int(midcap))
    return table


@functools.cache
def name_pairs() -> frozenset[tuple[str, str]]:
    """Pairs of ordinary words that running news writes capitalised as the start of a name
    (``pressnlp/data/name_pairs.tsv.gz``, see its ``.md``), loaded once.

    >>> ("sekolah", "rakyat") in name_pairs(), ("dorong", "pembangunan") in name_pairs()
    (True, False)
    """
    raw = data_file("name_pairs.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset((a, b) for a, b, *_ in (line.split("\t") for line in lines[1:]))
