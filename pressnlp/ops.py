"""Faster CPU maths for the spaCy models: thinc's matrix products through numpy's BLAS.

thinc's :class:`~thinc.api.NumpyOps` multiplies matrices with BLIS, single-threaded and
built for portability. numpy ships OpenBLAS with kernels tuned for the CPU it runs on, and for
the shapes of the NER model (batches of a few thousand tokens times 128-384 wide layers) its
products are measurably faster (``benchmarks/bench_pipeline.py`` prints the ratio). Only
``gemm`` changes: every other operation, and the parser's own C loop, stay thinc's. The floret
vectors of a word are computed once per process (:class:`FloretCache`) instead of on every
batch. Outputs are unchanged (``scripts/compare_analyze.py``: 1,000 of 1,000 releases
identical).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from thinc.api import NumpyOps

__all__ = [
    "CachedVectorsForward",
    "FloretCache",
    "MatmulOps",
    "cache_floret_vectors",
    "model_nodes",
    "use_numpy_blas",
]


class MatmulOps(NumpyOps):
    """:class:`NumpyOps` whose ``gemm`` is ``numpy.matmul`` (OpenBLAS)."""

    name = "pressnlp_matmul"

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def model_nodes(nlp: Any) -> Iterator[Any]:
    """Every thinc model node of ``nlp``'s components (a node shared by two is seen twice)."""
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def use_numpy_blas(nlp: Any) -> int:
    """Switch every thinc model node of ``nlp``'s components to :class:`MatmulOps`; return how
    many nodes were switched (0 for a pipeline without thinc models)."""
    ops = MatmulOps()
    switched = 0
    for node in model_nodes(nlp):
        if type(node.ops) is NumpyOps:
            node.ops = ops
            switched += 1
    return switched


VECTOR_CACHE_ROWS = 20_000
"""Most distinct keys whose floret vectors are cached per pipeline (100-d float32: 8 MB, so the
cache stays small next to the pipeline's ~400 MB)."""


class FloretCache:
    """Floret vectors by key, computed once: ``Vectors.get_batch`` hashes every token's
    character n-grams on every call, although a key's vector never changes. Rows are cached
    until ``capacity`` keys are held (frequent words arrive first); later keys are computed
    as before. The rows are the exact values ``get_batch`` returns."""

    def __init__(self, vectors: Any, capacity: int = VECTOR_CACHE_ROWS) -> None:
        self.vectors = vectors
        self.capacity = capacity
        self.rows: dict[int, int] = {}
        self.table = np.zeros((0, vectors.shape[1]), dtype="float32")

    def get_batch(self, keys: Any) -> Any:
        unique, inverse = np.unique(np.asarray(keys, dtype="uint64"), return_inverse=True)
        rows = np.fromiter((self.rows.get(int(k), -1) for k in unique), "int64", len(unique))
        missing = unique[rows < 0]
        if len(missing):
            fresh = np.asarray(self.vectors.get_batch(missing), dtype="float32")
            room = max(0, self.capacity - len(self.rows))
            if room:
                add = fresh[:room]
                start = len(self.rows)
                if start + len(add) > len(self.table):
                    # grow by doubling (amortised copies), never beyond the capacity
                    size = min(self.capacity, max(2 * len(self.table), start + len(add), 1024))
                    table = np.zeros((size, self.table.shape[1]), dtype="float32")
                    table[:start] = self.table[:start]
                    self.table = table
                self.table[start : start + len(add)] = add
                for offset, key in enumerate(missing[:room]):
                    self.rows[int(key)] = start + offset
            out_unique = np.empty((len(unique), self.table.shape[1]), dtype="float32")
            out_unique[rows >= 0] = self.table[rows[rows >= 0]]
            out_unique[rows < 0] = fresh
        else:
            out_unique = self.table[rows]
        return out_unique[inverse.reshape(-1)]


def cache_floret_vectors(nlp: Any, capacity: int = VECTOR_CACHE_ROWS) -> int:
    """Give every ``static_vectors`` layer of ``nlp`` a :class:`FloretCache` for inference
    (training keeps spaCy's own forward); return how many layers got one."""
    vectors = nlp.vocab.vectors
    if getattr(vectors, "mode", None) != "floret":
        return 0
    cache = FloretCache(vectors, capacity)
    patched = 0
    for node in model_nodes(nlp):
        if node.name == "static_vectors":
            node._func = CachedVectorsForward(cache, node._func)
            patched += 1
    return patched


class CachedVectorsForward:
    """The forward of spaCy's ``static_vectors`` layer with vectors from a
    :class:`FloretCache` at inference (an object, not a closure, so it pickles)."""

    def __init__(self, cache: FloretCache, original: Any) -> None:
        self.cache = cache
        self.original = original

    def __call__(self, model: Any, docs: Any, is_train: bool) -> Any:
        from spacy.attrs import ORTH
        from thinc.types import Ragged

        cache = self.cache
        if is_train or not docs or docs[0].vocab.vectors is not cache.vectors:
            return self.original(model, docs, is_train)
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return self.original(model, docs, is_train)
        keys = model.ops.flatten(
            [doc.to_array(getattr(cache.vectors, "attr", ORTH)) for doc in docs]
        )
        V = model.ops.as_contig(cache.get_batch(keys))
        W = model.ops.as_contig(model.get_param("W"))
        data = model.ops.gemm(V, W, trans2=True)
        return Ragged(data, model.ops.asarray1i(lengths)), _no_backprop


def _no_backprop(d_output: Any) -> list[Any]:
    raise RuntimeError("pressnlp's cached vectors are for inference only")
