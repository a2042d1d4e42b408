"""Batch tagging: a pandas DataFrame (:func:`tag_frame`) or a whole archive on disk
(:func:`tag_archive`), fast, resumable and without losing a record.

Every input row gives exactly one output row. A row that cannot be tagged (missing or
empty text, a stage raising on it) gets empty results and its reason in ``error``; it never
stops the batch.

>>> import pandas as pd, pressnlp
>>> df = pd.DataFrame({"text": ["Menteri Keuangan Sri Mulyani di Jakarta.", None]})
>>> out = pressnlp.tag_frame(df)                                  # doctest: +SKIP
>>> out[["organizations", "places", "error"]]                     # doctest: +SKIP
                organizations     places          error
0  [Kementerian Keuangan]     [Jakarta]           None
1                      []          []    missing text

>>> summary = pressnlp.tag_archive("releases/", "tagged.parquet")  # doctest: +SKIP
>>> print(summary)                                                  # doctest: +SKIP
1204 read, 1201 tagged, 3 failed
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pressnlp._version import __version__
from pressnlp.archive import (
    OUTPUT_FIELDS,
    Record,
    check_source,
    iter_records,
    read_rows,
    sink_format,
)
from pressnlp.checkpoint import Checkpoint, errors_path, parts_dir
from pressnlp.tagging import (
    DEFAULT_BATCH_SIZE,
    Row,
    Runner,
    failed_row,
    get_pipeline,
    progress_bar,
)

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CHUNK_SIZE",
    "FRAME_COLUMNS",
    "Summary",
    "demo_summary",
    "errors_path",
    "get_pipeline",
    "parts_dir",
    "read_rows",
    "tag_archive",
    "tag_frame",
]

DEFAULT_CHUNK_SIZE = 1000
"""Records per checkpoint of :func:`tag_archive` (one output row group / part file)."""

#: Columns :func:`tag_frame` adds, in order.
FRAME_COLUMNS: tuple[str, ...] = OUTPUT_FIELDS[1:]

_log = logging.getLogger(__name__)


# --- DataFrames ----------------------------------------------------------------------------


def _empty_output(df: pd.DataFrame) -> dict[str, pd.Series]:
    import pandas as pd

    series: dict[str, pd.Series] = {}
    for name in FRAME_COLUMNS:
        dtype = "float64" if name == "topic_score" else "int64" if name == "n_tokens" else object
        series[name] = pd.Series([], index=df.index[:0], dtype=dtype)
    return series


def _output_frame(df: pd.DataFrame, rows: Sequence[Row]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    # Input columns named like output columns are kept under "<name>_input".
    renamed = {c: f"{c}_input" for c in df.columns if c in FRAME_COLUMNS}
    out = df.rename(columns=renamed) if renamed else df.copy()
    for name in FRAME_COLUMNS:
        values = [row[name] for row in rows]
        if name == "topic_score":
            out[name] = pd.Series(
                [math.nan if v is None else v for v in values], index=df.index, dtype="float64"
            )
        elif name == "n_tokens":
            out[name] = pd.Series(values, index=df.index, dtype="int64")
        else:
            # Filled element-wise: pandas could read a list of equal-length lists as 2-D.
            array = np.empty(len(values), dtype=object)
            for i, value in enumerate(values):
                array[i] = value
            out[name] = pd.Series(array, index=df.index, dtype=object)
    return out


def tag_frame(
    df: pd.DataFrame,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    html: bool | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
    nlp: Language | None = None,
    exclude: Iterable[str] = (),
    topic_model: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """Tag every row of ``df``: one output row per input row, same index and order.

    Input columns are kept (one named like an output column is renamed ``<name>_input``)
    and these are added: ``title``, ``date`` (ISO string), ``body``; ``persons``,
    ``organizations``, ``places``, ``dates`` (lists of normalised values, each once);
    ``entities`` (list of dicts: text, label, start, end, value); ``topic``,
    ``topic_score``; ``n_tokens``; ``error`` (``None``, or why the row failed: missing or
    empty text, or the stage that raised). Failed rows have empty lists and ``topic=None``.

    Args:
        text_column: column with the raw text or HTML (``str`` or ``bytes``).
        id_column: column naming the rows in the log message about failed rows (logger
            ``pressnlp.batch``, level INFO; default: the index); checked to exist.
        html: passed to :func:`pressnlp.clean` (``None``: detect per row).
        n_process: worker processes (each loads the pipeline once, shared via fork).
        batch_size: documents per ``nlp.pipe`` batch and per worker task.
        progress: show a tqdm progress bar on stderr.
        nlp: a pipeline from :func:`pressnlp.load` (default: :func:`get_pipeline` with
            ``exclude`` and ``topic_model``, cached for the process).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["Kemensetneg menggelar pelatihan kehumasan di Jakarta.", None]})
    >>> out = tag_frame(df)
    >>> out[["organizations", "places", "error"]].values.tolist()
    [[['Kementerian Sekretariat Negara'], ['DKI Jakarta'], None], [[], [], 'missing text']]
    """
    for name in (text_column, id_column):
        if name is not None and name not in df.columns:
            raise KeyError(f"no column {name!r} in the DataFrame; columns: {list(df.columns)}")
    if len(df) == 0:
        out = df.rename(columns={c: f"{c}_input" for c in df.columns if c in FRAME_COLUMNS})
        return out.assign(**_empty_output(df))
    items = [(raw, html) for raw in df[text_column].tolist()]
    rows: list[Row] = []
    runner = Runner(
        nlp=nlp,
        n_process=n_process,
        batch_size=batch_size,
        exclude=exclude,
        topic_model=topic_model,
    )
    with runner, progress_bar(progress, len(items)) as bar:
        for batch_rows in runner.tag(items):
            rows.extend(batch_rows)
            bar.update(len(batch_rows))
    failed = [i for i, row in enumerate(rows) if row["error"] is not None]
    if failed:
        names = [df[id_column].iloc[i] if id_column else df.index[i] for i in failed[:5]]
        _log.info(
            "%d of %d rows failed, e.g. %s",
            len(failed),
            len(rows),
            "; ".join(
                f"{name}: {rows[i]['error']}" for name, i in zip(names, failed[:5], strict=True)
            ),
        )
    return _output_frame(df, rows)


# --- archives ------------------------------------------------------------------------------


@dataclass
class Summary:
    """What :func:`tag_archive` did; ``str()`` is the line ``N read, N tagged, N failed``.

    ``read == tagged + failed`` always; ``resumed`` counts records read by an earlier,
    interrupted run (included in ``read``).

    >>> print(Summary(read=3, tagged=2, failed=1))
    3 read, 2 tagged, 1 failed
    """

    read: int = 0
    tagged: int = 0
    failed: int = 0
    dest: Path | None = None
    errors: Path | None = None
    resumed: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return f"{self.read} read, {self.tagged} tagged, {self.failed} failed"


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    while chunk := list(islice(records, size)):
        yield chunk


def tag_archive(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    html: bool | None = None,
    format: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool | None = None,
    resume: bool = False,
    nlp: Language | None = None,
    exclude: Iterable[str] = (),
    topic_model: str | os.PathLike[str] | None = None,
    stdin: IO[bytes] | None = None,
    on_commit: Callable[[int, int], object] | None = None,
) -> Summary:
    """Tag an archive into ``dest`` in bounded memory; the Python side of ``pressnlp tag``.

    ``source`` is a folder (``*.txt``, ``*.html``, ``*.htm``, recursively, relative path as
    id), a ``.jsonl`` / ``.csv`` / ``.parquet`` file (``text_column``, ``id_column``; id
    defaults to the line / row number), or ``"-"`` for JSONL on standard input. ``dest``
    is ``.parquet`` (default), ``.jsonl`` or ``.csv``, or as ``format`` says; it has an
    ``id`` column plus the columns of :func:`tag_frame`, one row per record in source
    order, failed records included (with ``error``), and ``DEST.errors.jsonl`` lists them.

    Records are read, tagged and written ``chunk_size`` at a time into ``DEST.parts/``
    with a checkpoint after each chunk; at the end the parts are joined and moved to
    ``dest`` atomically. With ``resume=True`` a run that was interrupted (Ctrl-C, kill -9)
    continues after its last checkpoint and gives the same output as an uninterrupted run
    (the source, ``chunk_size`` and tagging options must be unchanged; ``n_process`` and
    ``batch_size`` may differ).

    ``on_commit(chunks, records)``, if given, is called after each chunk is checkpointed
    (its rows are safe on disk): ``chunks`` counts the chunks this call has committed so far,
    ``records`` the records checkpointed in total (those of a resumed run included). Use it
    for progress reports; an exception it raises stops the run like Ctrl-C would, with the
    committed chunks kept for ``resume``.

    >>> import tempfile
    >>> from pressnlp.resources import data_file
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     summary = tag_archive(str(data_file("samples")), f"{tmp}/samples.parquet")
    ...     rows = read_rows(f"{tmp}/samples.parquet")
    >>> print(summary)
    15 read, 15 tagged, 0 failed
    >>> len(rows), int(rows["error"].notna().sum())
    (15, 0)
    """
    started = time.perf_counter()
    dest, fmt, src_fmt = _check_paths(source, dest, format, text_column, id_column, chunk_size)
    settings = _settings(
        source, src_fmt, fmt, text_column, id_column, html, chunk_size, exclude, topic_model, nlp
    )
    checkpoint = Checkpoint(dest, fmt, settings)
    checkpoint.start(resume)
    done = checkpoint.done
    records = iter_records(
        source, text_column=text_column, id_column=id_column, html=html, skip=done, stdin=stdin
    )
    runner = Runner(
        nlp=nlp,
        n_process=n_process,
        batch_size=batch_size,
        exclude=exclude,
        topic_model=topic_model,
    )
    with runner, progress_bar(progress, _source_total(source, src_fmt), initial=done) as bar:
        for committed, checkpointed in _commit_chunks(runner, records, chunk_size, checkpoint, bar):
            if on_commit is not None:
                on_commit(committed, checkpointed)
    errors_file = checkpoint.assemble(dest)
    read = sum(c["read"] for c in checkpoint.chunks)
    failed = sum(c["failed"] for c in checkpoint.chunks)
    seconds = time.perf_counter() - started
    return Summary(
        read, read - failed, failed, dest, errors=errors_file, resumed=done, seconds=seconds
    )


def _settings(
    source: str | os.PathLike[str],
    src_fmt: str,
    fmt: str,
    text_column: str,
    id_column: str | None,
    html: bool | None,
    chunk_size: int,
    exclude: Iterable[str],
    topic_model: str | os.PathLike[str] | None,
    nlp: Language | None,
) -> dict[str, Any]:
    """What a resumed run must share with the run it continues (see :class:`Checkpoint`)."""
    return {
        "pressnlp": __version__,
        "source": os.fspath(source) if os.fspath(source) == "-" else str(Path(source).resolve()),
        "source_stat": _source_stat(source, src_fmt),
        "text_column": text_column,
        "id_column": id_column,
        "html": html,
        "format": fmt,
        "chunk_size": chunk_size,
        "exclude": sorted(exclude),
        "topic_model": os.fspath(topic_model) if topic_model is not None else None,
        "pipeline": None if nlp is None else nlp.pipe_names,
    }


def _commit_chunks(
    runner: Runner, records: Iterator[Record], chunk_size: int, checkpoint: Checkpoint, bar: Any
) -> Iterator[tuple[int, int]]:
    """Tag and checkpoint ``records`` chunk by chunk; after each commit yield the chunks
    committed so far and the records checkpointed in total (resumed ones included)."""
    checkpointed = checkpoint.done
    for committed, chunk in enumerate(_chunks(records, chunk_size), start=1):
        checkpoint.commit(_chunk_rows(runner, chunk))
        bar.update(len(chunk))
        checkpointed += len(chunk)
        yield committed, checkpointed


def _check_paths(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    format: str | None,
    text_column: str,
    id_column: str | None,
    chunk_size: int,
) -> tuple[Path, str, str]:
    """``(dest, output format, source format)``, or why the run cannot start (before any
    work is done)."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    dest = Path(dest)
    fmt = sink_format(dest, format)
    src_fmt = check_source(source, text_column=text_column, id_column=id_column)
    if not dest.parent.is_dir():
        raise FileNotFoundError(f"output folder {dest.parent} does not exist")
    if dest.is_dir():
        raise IsADirectoryError(f"output {dest} is a folder; give a file name")
    return dest, fmt, src_fmt


def _chunk_rows(runner: Runner, chunk: list[Record]) -> list[Row]:
    """One row per record of ``chunk``, in order, with its ``id``; unreadable records fail."""
    readable = [(i, r) for i, r in enumerate(chunk) if r.error is None]
    rows: list[Row] = [failed_row(r.error) if r.error else {} for r in chunk]
    tagged_rows = (
        row for batch in runner.tag([(r.raw, r.html) for _, r in readable]) for row in batch
    )
    for (i, _), row in zip(readable, tagged_rows, strict=True):
        rows[i] = row
    for record, row in zip(chunk, rows, strict=True):
        row["id"] = record.id
    return rows


def _source_stat(source: str | os.PathLike[str], fmt: str) -> list[int] | None:
    # A changed file cannot be resumed; a folder is only identified by its path
    # (listing it here would cost a full walk).
    if os.fspath(source) == "-" or fmt == "folder":
        return None
    st = os.stat(source)
    return [st.st_size, st.st_mtime_ns]


def _source_total(source: str | os.PathLike[str], fmt: str) -> int | None:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(source).metadata.num_rows)
    return None


# --- summaries for people ------------------------------------------------------------------


def demo_summary(df: pd.DataFrame, *, top: int = 10) -> str:
    """A few plain-text tables about a tagged frame (from :func:`tag_frame` or
    :func:`read_rows`): counts, date span, topics, and the most frequent organisations,
    places and persons (counted once per article).

    >>> print(demo_summary(read_rows("samples.parquet")))    # doctest: +SKIP
    """
    failed = int(df["error"].notna().sum())
    lines = [f"{len(df)} articles, {len(df) - failed} tagged, {failed} failed"]
    dates = sorted(d for d in df["date"].tolist() if isinstance(d, str) and d)
    if dates:
        lines.append(f"published {dates[0]} to {dates[-1]} ({len(dates)} with a date)")
    else:
        lines.append("no publication dates found")

    def table(title: str, counts: Counter[str]) -> None:
        lines.append("")
        lines.append(title)
        if not counts:
            lines.append("  (none)")
            return
        width = max(len(name) for name, _ in counts.most_common(top))
        for name, n in counts.most_common(top):
            lines.append(f"  {name:<{width}}  {n:>5}")

    topics = Counter(t for t in df["topic"].tolist() if isinstance(t, str))
    table("topics", topics)
    for column, title in (
        ("organizations", "top organisations"),
        ("places", "top places"),
        ("persons", "top persons"),
    ):
        counts: Counter[str] = Counter()
        for values in df[column].tolist():
            if isinstance(values, (list, tuple)) or hasattr(values, "tolist"):
                counts.update(set(list(values)))
        table(title, counts)
    return "\n".join(lines)
