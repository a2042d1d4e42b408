"""Scale-out with Dask: :func:`tag_dask_frame` tags a ``dask.dataframe`` partition by partition.

Needs the optional extra: ``pip install "pressnlp[dask]"``. Dask is imported only when
:func:`tag_dask_frame` is called.

Each worker process loads the pipeline once, on its first partition, and keeps it for
every later partition (:func:`pressnlp.batch.get_pipeline` caches it per process and per
options); loading it also registers pressnlp's spaCy extensions in that process.

>>> import dask.dataframe as dd
>>> from dask.distributed import Client, LocalCluster
>>> from pressnlp.dask import tag_dask_frame
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))   # doctest: +SKIP
>>> ddf = dd.read_parquet("releases.parquet")                           # doctest: +SKIP
>>> tagged = tag_dask_frame(ddf, text_column="text")                    # doctest: +SKIP
>>> tagged.to_parquet("tagged/")                                        # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pressnlp.batch import DEFAULT_BATCH_SIZE, get_pipeline, tag_frame

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd


def _tag_partition(
    part: pd.DataFrame,
    text_column: str,
    options: dict[str, Any],
    exclude: tuple[str, ...],
    topic_model: str | None,
) -> pd.DataFrame:
    if len(part) == 0:
        return tag_frame(part, text_column, **options)
    # One pipeline per worker process, reused across partitions (cached in pressnlp.batch).
    nlp = get_pipeline(exclude, topic_model)
    return tag_frame(part, text_column, nlp=nlp, **options)


def tag_dask_frame(
    ddf: dd.DataFrame,
    text_column: str = "text",
    *,
    date_column: str | None = None,
    title_column: str | None = None,
    id_column: str | None = None,
    html: bool | None = None,
    batch_size: int | None = None,
    exclude: Iterable[str] = (),
    topic_model: str | os.PathLike[str] | None = None,
    auto_columns: bool = True,
) -> dd.DataFrame:
    """:func:`pressnlp.tag_frame` applied to every partition of ``ddf`` (lazily).

    ``date_column`` / ``title_column`` / ``id_column``, ``auto_columns`` and the name-clash rule are those of
    :func:`pressnlp.tag_frame`. The result has the columns and dtypes of it (given as the
    explicit ``meta``), the same index and partitions; call ``.compute()`` or write it out.
    Parallelism comes from Dask (workers / processes), so each partition is tagged in a
    single process: run workers with ``threads_per_worker=1``, as spaCy holds the GIL.

    Raises :class:`ImportError` with install instructions when Dask is missing.

    >>> import dask.dataframe as dd, pandas as pd
    >>> df = pd.DataFrame({"text": ["Kemensetneg menggelar pelatihan kehumasan di Jakarta.", None]})
    >>> tagged = tag_dask_frame(dd.from_pandas(df, npartitions=2))   # lazy: nothing runs yet
    >>> tagged.npartitions, list(tagged.columns[-3:])
    (2, ['topic_score', 'n_tokens', 'error'])
    >>> out = tagged.compute(scheduler="sync")   # or on a distributed Client, see above
    >>> out["organizations"].tolist(), out["places"].tolist(), out["error"].tolist()
    ([['Kementerian Sekretariat Negara'], []], [['DKI Jakarta'], []], [None, 'missing text'])
    """
    try:
        import dask.dataframe  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError('tag_dask_frame needs Dask: pip install "pressnlp[dask]"') from err
    if text_column not in ddf.columns:
        raise KeyError(
            f"no column {text_column!r} in the Dask DataFrame; columns: {list(ddf.columns)}"
        )
    options: dict[str, Any] = {
        "date_column": date_column,
        "title_column": title_column,
        "id_column": id_column,
        "auto_columns": auto_columns,
        "html": html,
        "batch_size": batch_size or DEFAULT_BATCH_SIZE,
    }
    # tag_frame on the empty meta frame loads nothing and gives the exact output dtypes.
    meta = tag_frame(ddf._meta, text_column, **options)
    return ddf.map_partitions(
        _tag_partition,
        text_column,
        options,
        tuple(sorted(exclude)),
        os.fspath(topic_model) if topic_model is not None else None,
        meta=meta,
        align_dataframes=False,
    )
