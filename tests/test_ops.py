"""Faster maths for the spaCy models (pressnlp.ops): same outputs as thinc's own."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import sample_records
from thinc.api import NumpyOps

import pressnlp
from pressnlp.ops import FloretCache, MatmulOps


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_matmul_gemm_equals_thinc_gemm(trans1: bool, trans2: bool) -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((37, 64) if not trans1 else (64, 37)).astype("float32")
    y = rng.standard_normal((64, 19) if not trans2 else (19, 64)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = np.empty_like(expected)
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    np.testing.assert_array_equal(out, got)


def test_floret_cache_returns_get_batch_rows_exactly() -> None:
    nlp = pressnlp.load(exclude=("pressnlp_topics",))
    vectors = nlp.vocab.vectors
    assert vectors.mode == "floret"
    docs = [nlp.make_doc(r["text"][:3000]) for r in sample_records()]
    keys = [np.asarray(doc.to_array("ORTH"), dtype="uint64") for doc in docs]
    cache = FloretCache(vectors, capacity=500)  # fills up part-way: both paths are used
    for batch in (keys[:5], keys[5:], keys):
        flat = np.concatenate(batch)
        np.testing.assert_array_equal(cache.get_batch(flat), vectors.get_batch(flat))
    assert len(cache.rows) == 500


def test_pipeline_uses_them_and_gives_thincs_entities() -> None:
    """The shipped pipeline runs on MatmulOps with cached vectors; a pipeline switched back
    to thinc's BLIS and spaCy's own vector lookup finds the same entities on every sample."""
    fast = pressnlp.load(exclude=("pressnlp_topics",))
    plain = pressnlp.load(exclude=("pressnlp_topics",))
    tok2vec = fast.get_pipe("tok2vec").model
    assert any(isinstance(node.ops, MatmulOps) for node in tok2vec.walk())
    for _name, proc in plain.pipeline:
        model = getattr(proc, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = NumpyOps()
            if node.name == "static_vectors":
                from spacy.ml.staticvectors import forward

                node._func = forward
    texts = [pressnlp.clean(r["text"]).body for r in sample_records()]
    for a, b in zip(fast.pipe(texts), plain.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_, e._.value) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_, e._.value) for e in b.ents
        ]
