"""Sparse counts of a text's word n-grams and character n-grams (``char_wb``), computed as
scikit-learn's vectorizers compute them but without it: the topic runtime's features
(:mod:`pressnlp.topics.runtime`) and the estimator's fast paths (:mod:`pressnlp.topics.fast`).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

__all__ = ["WordIndex", "char_wb_counts", "char_wb_ngrams", "tfidf", "word_counts"]


def char_wb_ngrams(word: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one word (no whitespace inside), repeats kept."""
    w = f" {word} "
    grams = []
    for n in range(min_n, max_n + 1):
        offset = 0
        grams.append(w[offset : offset + n])
        while offset + n < len(w):
            offset += 1
            grams.append(w[offset : offset + n])
        if offset == 0:  # a word shorter than n counts once
            break
    return grams


def char_wb_counts(
    vocab: dict[str, int],
    ngrams: Callable[[str], list[str]],
    docs: Sequence[str],
    cache: dict[str, bytes],
) -> Any:
    """Count matrix (CSR, int64, may hold duplicates) of ``char_wb`` n-grams: the n-grams of a
    text are those of its words, so counts = (word counts per text) @ (n-grams per word), each
    distinct word analysed once and remembered in ``cache``."""
    from scipy.sparse import csr_matrix

    columns: dict[str, int] = {}  # distinct words of this batch -> row of `grams`
    d_indptr = [0]
    d_indices: list[int] = []
    d_counts: list[int] = []
    for doc in docs:
        # the vectorizer lowercases and splits on whitespace
        for word, count in Counter(doc.lower().split()).items():
            col = columns.get(word)
            if col is None:
                col = columns[word] = len(columns)
            d_indices.append(col)
            d_counts.append(count)
        d_indptr.append(len(d_indices))
    parts: list[bytes] = []
    g_indptr = np.zeros(len(columns) + 1, dtype=np.int64)
    for word, col in columns.items():
        packed = cache.get(word)
        if packed is None:
            ids = [vocab[g] for g in ngrams(word) if g in vocab]
            packed = cache[word] = array("i", ids).tobytes()
        parts.append(packed)
        g_indptr[col + 1] = len(packed) // 4
    np.cumsum(g_indptr, out=g_indptr)
    g_indices = np.frombuffer(b"".join(parts), dtype=np.intc)
    grams = csr_matrix(
        (np.ones(len(g_indices), dtype=np.int64), g_indices, g_indptr),
        shape=(len(columns), len(vocab)),
    )
    words = csr_matrix(
        (np.asarray(d_counts, dtype=np.int64), np.asarray(d_indices, dtype=np.int64), d_indptr),
        shape=(len(docs), len(columns)),
    )
    return (words @ grams).tocsr()


class WordIndex:
    """A word vectorizer's vocabulary as integer tables: token -> id, id -> unigram
    feature, (id, id) -> bigram feature (as sorted ``id * n_tokens + id`` keys)."""

    def __init__(self, vocab: dict[str, int]) -> None:
        token_id: dict[str, int] = {}
        for term in vocab:
            for tok in term.split(" "):
                token_id.setdefault(tok, len(token_id))
        n = len(token_id)
        unigram = np.full(n, -1, dtype=np.int64)
        keys, feats = [], []
        for term, idx in vocab.items():
            toks = term.split(" ")
            if len(toks) == 1:
                unigram[token_id[toks[0]]] = idx
            else:
                keys.append(token_id[toks[0]] * n + token_id[toks[1]])
                feats.append(idx)
        order = np.argsort(np.asarray(keys, dtype=np.int64), kind="stable")
        self.n_features = len(vocab)
        self.token_id = token_id
        self.n_tokens = n
        self.unigram = unigram
        self.bigram_keys = np.asarray(keys, dtype=np.int64)[order]
        self.bigram_feats = np.asarray(feats, dtype=np.int64)[order]


def word_counts(
    index: WordIndex,
    tokenize: Callable[[str], list[str]],
    ngram_range: tuple[int, int],
    docs: Sequence[str],
) -> Any:
    """Count matrix (CSR, int64) of word 1- or 1-2-grams: tokens become integer ids and
    bigrams integer pairs, looked up with numpy instead of joined into strings."""
    from scipy.sparse import coo_matrix

    get = index.token_id.get
    ids: list[int] = []
    lengths = np.zeros(len(docs), dtype=np.int64)
    for k, doc in enumerate(docs):
        toks = tokenize(doc)
        ids.extend([get(t, -1) for t in toks])
        lengths[k] = len(toks)
    tok = np.asarray(ids, dtype=np.int64)
    doc_of = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    min_n, max_n = ngram_range
    rows, cols = [], []
    if min_n == 1:
        feat = np.where(tok >= 0, index.unigram[np.maximum(tok, 0)], -1)
        keep = feat >= 0
        rows.append(doc_of[keep])
        cols.append(feat[keep])
    if max_n == 2 and len(tok) > 1 and len(index.bigram_keys):
        first, second = tok[:-1], tok[1:]
        same_doc = doc_of[:-1] == doc_of[1:]
        valid = same_doc & (first >= 0) & (second >= 0)
        keys = first[valid] * index.n_tokens + second[valid]
        pos = np.minimum(np.searchsorted(index.bigram_keys, keys), len(index.bigram_keys) - 1)
        found = index.bigram_keys[pos] == keys
        rows.append(doc_of[:-1][valid][found])
        cols.append(index.bigram_feats[pos[found]])
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    return coo_matrix(
        (np.ones(len(r), dtype=np.int64), (r, c)), shape=(len(docs), index.n_features)
    ).tocsr()


def tfidf(counts: Any, idf: np.ndarray) -> Any:
    """scikit-learn's ``TfidfTransformer(sublinear_tf=True, norm="l2")`` on float32 counts."""
    from scipy.sparse import csr_matrix

    counts.sum_duplicates()
    X = csr_matrix(
        (
            counts.data.astype(np.float32),
            counts.indices.astype(np.int32),
            counts.indptr.astype(np.int32),
        ),
        shape=counts.shape,
    )
    np.log(X.data, X.data)
    X.data += 1.0
    X.data *= idf[X.indices]
    norms = (
        np.sqrt(np.add.reduceat(X.data.astype(np.float64) ** 2, X.indptr[:-1])) if X.nnz else None
    )
    if norms is not None:
        lengths = np.diff(X.indptr)
        norms = np.where(lengths > 0, norms, 1.0)
        norms[norms == 0.0] = 1.0
        X.data /= np.repeat(norms, lengths).astype(X.data.dtype)
    return X
