"""Fast transform of fitted scikit-learn TF-IDF vectorizers (used by
:class:`~pressnlp.topics.model.TopicModel`).

A fitted TfidfVectorizer counts its n-grams in a Python loop: a string per n-gram and a
dictionary look-up per string (most of the topic component's time in a pipeline). These
helpers build the very count matrix ``CountVectorizer._count_vocab`` builds (same
integers, sorted indices, int32 indices, the vectorizer's dtype) with fewer Python steps,
then weight it with the vectorizer's own TF-IDF transformer, so the features (and every
score) are bit-for-bit those of ``features_.transform`` (tests compare them):

* char_wb: the n-grams of a text are those of its words one by one, so counts are
  (word counts per text) @ (n-gram counts per word), each distinct word analysed once
  and remembered;
* word 1-2-grams: tokens become integer ids and bigrams integer pairs, looked up with
  numpy instead of joined into strings.

The counting itself is shared with the compiled runtime (:mod:`pressnlp.topics.runtime`).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from pressnlp.topics.runtime import WORD_CACHE_LIMIT, WordIndex, char_wb_counts, word_counts

__all__ = ["FAST_TRANSFORMS", "fast_kind", "fast_transform"]

_char_grams: weakref.WeakKeyDictionary[Any, dict[str, bytes]] = weakref.WeakKeyDictionary()
_word_index: weakref.WeakKeyDictionary[Any, WordIndex] = weakref.WeakKeyDictionary()


def fast_kind(vec: Any) -> str | None:
    """``"char_wb"`` or ``"word"`` if ``vec`` is a fitted TfidfVectorizer these fast paths
    reproduce exactly, else ``None``."""
    if not (
        type(vec) is TfidfVectorizer
        and vec.input == "content"
        and not vec.binary
        and isinstance(getattr(vec, "vocabulary_", None), dict)
        and hasattr(vec, "_tfidf")
    ):
        return None
    if (
        vec.analyzer == "char_wb"
        and vec.lowercase
        and vec.preprocessor is None
        and vec.strip_accents is None
    ):
        return "char_wb"
    if (
        vec.analyzer == "word"
        and vec.stop_words is None
        and tuple(vec.ngram_range) in ((1, 1), (1, 2))
    ):
        return "word"
    return None


def _counts_matrix(vec: Any, counts: Any, n_docs: int) -> Any:
    """``counts`` (CSR, positive integer entries) as ``_count_vocab`` returns it, TF-IDF weighted."""
    counts.sum_duplicates()  # also sorts the indices
    X = csr_matrix(
        (
            counts.data.astype(vec.dtype),
            counts.indices.astype(np.int32),
            counts.indptr.astype(np.int32),
        ),
        shape=(n_docs, len(vec.vocabulary_)),
    )
    X.sort_indices()
    return vec._tfidf.transform(X, copy=False)


def _char_wb_transform(vec: Any, docs: Sequence[str]) -> Any:
    """``vec.transform(docs)`` for a char_wb vectorizer (see :func:`fast_kind`)."""
    cache = _char_grams.get(vec)
    if cache is None or len(cache) > WORD_CACHE_LIMIT:
        cache = _char_grams[vec] = {}
    # the vectorizer's own n-gram function on each word (repeats kept)
    counts = char_wb_counts(vec.vocabulary_, vec._char_wb_ngrams, docs, cache)
    return _counts_matrix(vec, counts, len(docs))


def _word_transform(vec: Any, docs: Sequence[str]) -> Any:
    """``vec.transform(docs)`` for a word 1-2-gram vectorizer (see :func:`fast_kind`)."""
    index = _word_index.get(vec)
    if index is None:
        index = _word_index[vec] = WordIndex(vec.vocabulary_)
    prepare, tokenize = vec.build_preprocessor(), vec.build_tokenizer()
    counts = word_counts(index, lambda doc: tokenize(prepare(doc)), tuple(vec.ngram_range), docs)
    return _counts_matrix(vec, counts, len(docs))


FAST_TRANSFORMS: dict[str, Callable[[Any, Sequence[str]], Any]] = {
    "char_wb": _char_wb_transform,
    "word": _word_transform,
}
"""``vec.transform(docs)`` for each kind :func:`fast_kind` names."""


def fast_transform(features: Any, prepped: np.ndarray) -> Any:
    """``features.transform(prepped)`` of a fitted ColumnTransformer, with the fast paths for
    its TF-IDF blocks where they apply (bit-for-bit the same matrix)."""
    blocks = getattr(features, "transformers_", None)
    kinds = [fast_kind(vec) for _, vec, _ in blocks or ()]
    if (
        not blocks
        or not getattr(features, "sparse_output_", False)
        or not any(kinds)
        or any(not isinstance(col, int) or isinstance(vec, str) for _, vec, col in blocks)
    ):
        return features.transform(prepped)
    from scipy import sparse

    weights = features.transformer_weights or {}
    Xs = [
        (
            vec.transform(prepped[:, col])
            if kind is None
            else FAST_TRANSFORMS[kind](vec, list(prepped[:, col]))
        )
        * weights.get(name, 1.0)
        for (name, vec, col), kind in zip(blocks, kinds, strict=True)
    ]
    # as ColumnTransformer stacks sparse blocks
    return sparse.hstack(Xs).tocsr()
