"""tag_dask_frame on a real dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import sample_records

from pressnlp.batch import get_pipeline, tag_frame
from pressnlp.pipeline import TOPICS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

# The topic classifier is left out only to keep the three pipeline loads (two workers,
# one reference) short; the partition machinery is the same with it.
EXCLUDE = (TOPICS,)


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    # the bundled sample releases, cycled to 240 records: runs in every clone
    rows = sample_records(240)
    df = pd.DataFrame(
        {"doc": [r["id"] for r in rows], "text": [r["text"] for r in rows]},
        index=pd.RangeIndex(1000, 1000 + 2 * len(rows), 2),
    )
    df.loc[df.index[[3, 100]], "text"] = [None, ""]
    return df


def _worker_pids() -> list[int]:
    import os

    from pressnlp import tagging

    return [os.getpid(), len(tagging._PIPELINES)]


@pytest.mark.slow
def test_dask_cluster_matches_tag_frame(frame: pd.DataFrame) -> None:
    from pressnlp.dask import tag_dask_frame

    ddf = dd.from_pandas(frame, npartitions=8)
    lazy = tag_dask_frame(ddf, "text", id_column="doc", batch_size=16, exclude=EXCLUDE)
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = lazy.compute()
        loaded = client.run(_worker_pids)
    # one pipeline per worker process, however many partitions it tagged
    assert len(loaded) == 2 and all(n == 1 for _, n in loaded.values())

    expected = tag_frame(frame, "text", id_column="doc", nlp=get_pipeline(EXCLUDE))
    assert list(result.columns) == list(expected.columns) == list(lazy.columns)
    assert result.index.equals(frame.index)
    # Dask may store the input text column as Arrow strings; values must be identical.
    result["text"] = result["text"].astype(object).where(result["text"].notna(), None)
    expected["text"] = expected["text"].astype(object).where(expected["text"].notna(), None)
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)
    for column in ("persons", "entities", "error", "topic_score", "n_tokens"):
        assert result[column].dtype == expected[column].dtype, column
    assert result["error"].tolist().count(None) == len(frame) - 2
    assert result["n_tokens"].sum() > 50_000
