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
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pressnlp._version import __version__
from pressnlp.archive import (
    OUTPUT_FIELDS,
    Layout,
    Record,
    carried_names,
    check_source,
    clash_note,
    iter_records,
    read_rows,
    scan_source,
    sink_format,
)
from pressnlp.checkpoint import Checkpoint, DestLock, errors_path, parts_dir
from pressnlp.sources import Scan, detect_columns
from pressnlp.tagging import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_CHARS,
    DEFAULT_TIMEOUT,
    Limits,
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
    "DEFAULT_MAX_CHARS",
    "DEFAULT_TIMEOUT",
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


def _renamed_input(df: pd.DataFrame, names: dict[str, str], stacklevel: int = 3) -> pd.DataFrame:
    """``df`` with input columns named like output columns kept as ``<name>_input`` (the
    clash rule of :mod:`pressnlp.archive`, ``names`` from :func:`carried_names`, announced
    with a :class:`UserWarning`)."""
    note = clash_note(names)
    if note is None:
        return df.copy()
    warnings.warn(f"tag_frame: {note}", UserWarning, stacklevel=stacklevel)
    return df.rename(columns={c: names[str(c)] for c in df.columns})


def _output_frame(df: pd.DataFrame, rows: Sequence[Row], names: dict[str, str]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    out = _renamed_input(df, names, stacklevel=4)  # the caller of tag_frame
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
    date_column: str | None = None,
    title_column: str | None = None,
    id_column: str | None = None,
    html: bool | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
    nlp: Language | None = None,
    exclude: Iterable[str] = (),
    topic_model: str | os.PathLike[str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
    auto_columns: bool = True,
) -> pd.DataFrame:
    """Tag every row of ``df``: one output row per input row, same index and order.

    Every input column is kept unchanged, and these are added: ``title``, ``date`` (ISO
    string), ``body``; ``persons``, ``organizations``, ``places``, ``dates`` (lists of
    normalised values, each once; ``dates`` ISO only, unresolved dates stay in ``entities``); ``entities`` (list of dicts: text, label, start, end,
    value); ``topic``, ``topic_score``; ``n_tokens``; ``error`` (``None``, or why the row
    failed: missing, empty or binary text, ``text too long``, ``timeout``, or the stage that
    raised). Failed rows have empty lists and ``topic=None``.

    **Name clashes:** an input column named like an added column (``title``, ``date``,
    ``topic``, ...) is kept, with its values unchanged, as ``<name>_input``, and a
    :class:`UserWarning` says so; ``pressnlp tag`` follows the same rule.

    Args:
        text_column: column with the raw text or HTML (``str`` or ``bytes``).
        date_column: column with the archive's publication date, in any common form
            (:func:`pressnlp.tagging.publication_date`: ISO, "Kamis, 19 September 2024",
            "06 Mar 2026 20:52", "09-03-2026", Unix time). It fills ``date`` when the text
            has no date of its own and completes dates written without a year
            ("Selasa (17/6)"); a value that is not a date is ignored with a logged warning.
        title_column: column with the archive's title; fills ``title`` when the text has
            none.
        id_column: column naming failed rows in the log (``pressnlp.batch``, INFO).
        html: passed to :func:`pressnlp.clean` (``None``: detect per row).
        n_process: worker processes (each loads the pipeline once, shared via fork).
        batch_size: documents per ``nlp.pipe`` batch and per worker task.
        progress: show a tqdm progress bar on stderr.
        nlp: a pipeline from :func:`pressnlp.load` (default: :func:`get_pipeline` with
            ``exclude`` and ``topic_model``, cached for the process).
        max_chars: a longer text fails with ``text too long`` (``None``: no limit).
        timeout: seconds a record's cleaning or tagging may take before it fails with
            ``timeout`` (``None``: no limit; enforced in a process's main thread only).
        auto_columns: ``df``'s ``date``/``title``/``id`` columns serve when none is named.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["Kemensetneg menggelar pelatihan kehumasan di Jakarta.", None]})
    >>> out = tag_frame(df)
    >>> out[["organizations", "places", "error"]].values.tolist()
    [[['Kementerian Sekretariat Negara'], ['DKI Jakarta'], None], [[], [], 'missing text']]
    """
    if auto_columns:
        date_column, title_column, id_column = _frame_columns(
            df, text_column, date_column, title_column, id_column
        )
    for name in (text_column, id_column, date_column, title_column):
        if name is not None and name not in df.columns:
            raise KeyError(f"no column {name!r} in the DataFrame; columns: {list(df.columns)}")
    # raises first on a clash no rule can solve
    names = carried_names([str(c) for c in df.columns], FRAME_COLUMNS)
    limits = Limits(max_chars=max_chars, timeout=timeout)
    if len(df) == 0:
        return _renamed_input(df, names).assign(**_empty_output(df))
    items = _frame_items(df, text_column, date_column, title_column, html)
    rows: list[Row] = []
    runner = Runner(nlp=nlp, n_process=n_process, batch_size=batch_size, exclude=exclude,
                    topic_model=topic_model, limits=limits)  # fmt: skip
    with runner, progress_bar(progress, len(items)) as bar:
        for batch_rows in runner.tag(items):
            rows.extend(batch_rows)
            bar.update(len(batch_rows))
    _log_failures(df, rows, id_column)
    return _output_frame(df, rows, names)


def _frame_items(
    df: pd.DataFrame, text: str, date: str | None, title: str | None, html: bool | None
) -> list[tuple[Any, bool | None, Any, Any]]:
    dates = df[date].tolist() if date else [None] * len(df)
    titles = df[title].tolist() if title else [None] * len(df)
    return [(raw, html, d, t) for raw, d, t in zip(df[text].tolist(), dates, titles, strict=True)]


def _frame_columns(
    df: pd.DataFrame, text: str, date: str | None, title: str | None, id_: str | None
) -> tuple[str | None, str | None, str | None]:
    """The date, title and id columns, each ``None`` filled by ``df``'s column of that name."""
    scan = Scan(columns={str(c): "string" for c in df.columns})
    got = detect_columns({"text": text, "id": id_, "date": date, "title": title}, scan)
    return got["date"], got["title"], got["id"]


def _log_failures(df: pd.DataFrame, rows: Sequence[Row], id_column: str | None) -> None:
    failed = [i for i, row in enumerate(rows) if row["error"] is not None]
    if failed:
        names = [df[id_column].iloc[i] if id_column else df.index[i] for i in failed[:5]]
        examples = (f"{n}: {rows[i]['error']}" for n, i in zip(names, failed[:5], strict=True))
        _log.info("%d of %d rows failed, e.g. %s", len(failed), len(rows), "; ".join(examples))


# --- archives ------------------------------------------------------------------------------


@dataclass
class Summary:
    """What :func:`tag_archive` did; ``str()`` is the line ``N read, N tagged, N failed``.

    ``read == tagged + failed`` always; ``resumed`` counts records read by an earlier,
    interrupted run (included in ``read``); ``skipped`` counts the entries of a folder
    source that are not records (symlinks, other suffixes), by reason; ``columns`` names
    the source columns used for the record ``id``, ``date`` and ``title``.

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
    skipped: dict[str, int] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)  # id/date/title -> source column

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
    date_column: str | None = None,
    title_column: str | None = None,
    html: bool | None = None,
    format: str | None = None,
    encoding: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool | None = None,
    resume: bool = False,
    overwrite: bool = True,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
    nlp: Language | None = None,
    exclude: Iterable[str] = (),
    topic_model: str | os.PathLike[str] | None = None,
    stdin: IO[bytes] | None = None,
    on_commit: Callable[[int, int], object] | None = None,
    auto_columns: bool = True,
) -> Summary:
    """Tag an archive into ``dest`` in bounded memory; the Python side of ``pressnlp tag``.

    ``source``: a folder (``*.txt``, ``*.html``, ``*.htm``, recursively, relative path as id;
    symlinks skipped and counted), a ``.jsonl`` / ``.csv`` / ``.parquet`` file (id from
    ``id_column``, else the line / row number), or ``"-"`` for JSONL on standard input (see
    :mod:`pressnlp.sources`); ``auto_columns``: an id, date or title column not named is the
    source's ``id``, ``date`` or ``title`` (:func:`~pressnlp.sources.detect_columns`). ``dest``: ``.parquet`` (default), ``.jsonl`` or ``.csv`` (or
    ``format``), with ``id``, every other input column unchanged (the clash rule of
    :func:`tag_frame`), then the columns of :func:`tag_frame`: one row per record in source
    order, failed ones included; ``DEST.errors.jsonl`` lists those. ``date_column``,
    ``title_column``, ``max_chars``, ``timeout`` work as in :func:`tag_frame`; ``encoding``
    decodes the source (default: UTF-8, else cp1252, line by line).

    ``dest`` is locked for the run (:class:`~pressnlp.errors.OutputLockedError`), never the
    source, and must not exist with ``overwrite=False`` (:class:`FileExistsError`). Records
    are tagged ``chunk_size`` at a time into ``DEST.parts/`` with a checkpoint after each
    chunk, then joined and moved to ``dest`` atomically. ``resume=True`` continues an interrupted run (Ctrl-C, kill -9) after its
    last checkpoint, with the same output as an uninterrupted run (same source,
    ``chunk_size`` and tagging options; ``n_process`` and ``batch_size`` may differ).

    ``on_commit(chunks, records)``: called after each checkpoint (chunks this call committed,
    records checkpointed in all); raising in it stops the run like Ctrl-C.
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
    started, limits = time.perf_counter(), Limits(max_chars=max_chars, timeout=timeout)
    columns = {"text": text_column, "id": id_column, "date": date_column, "title": title_column}
    dest, fmt, src_fmt = _check_paths(source, dest, format, columns, chunk_size, overwrite)
    with DestLock(dest):
        scan, columns, layout = _scan(source, src_fmt, columns, auto_columns, stdin)
        settings = _settings(source, src_fmt, fmt, columns, html, encoding, chunk_size)
        settings |= _run_settings(exclude, topic_model, nlp, limits, layout)
        checkpoint = Checkpoint(dest, fmt, settings, layout)
        checkpoint.start(resume)
        records = iter_records(
            source, text_column=text_column, id_column=columns["id"], date_column=columns["date"],
            title_column=columns["title"], html=html, skip=checkpoint.done, stdin=stdin,
            encoding=encoding, scan=scan,
        )  # fmt: skip
        runner = Runner(nlp=nlp, n_process=n_process, batch_size=batch_size, exclude=exclude,
                        topic_model=topic_model, limits=limits)  # fmt: skip
        with runner, progress_bar(progress, scan.total, initial=checkpoint.done) as bar:
            for commit in _commit_chunks(runner, records, chunk_size, checkpoint, bar, layout):
                if on_commit is not None:
                    on_commit(*commit)
        errors_file = checkpoint.assemble(dest)
    return _summary(checkpoint, dest, errors_file, scan, layout, columns, started)


def _summary(
    checkpoint: Checkpoint,
    dest: Path,
    errors_file: Path | None,
    scan: Scan,
    layout: Layout,
    columns: dict[str, str | None],
    started: float,
) -> Summary:
    read = sum(c["read"] for c in checkpoint.chunks)
    failed = sum(c["failed"] for c in checkpoint.chunks)
    renamed = {out: name for name, out, _ in layout.carried if out != name}
    resumed = checkpoint.resumed
    return Summary(
        read,
        read - failed,
        failed,
        dest,
        errors_file,
        resumed,
        time.perf_counter() - started,
        dict(scan.skipped),
        renamed,
        {role: name for role, name in columns.items() if name and role != "text"},
    )


def _scan(
    source: str | os.PathLike[str],
    src_fmt: str,
    columns: dict[str, str | None],
    auto_columns: bool,
    stdin: IO[bytes] | None,
) -> tuple[Scan, dict[str, str | None], Layout]:
    """The source's scan, the columns the run uses and the output layout."""
    text, named_id = columns["text"] or "text", columns["id"]
    scan = scan_source(source, text_column=text, id_column=named_id, stdin=stdin)
    columns = detect_columns(columns, scan) if auto_columns else columns
    return scan, columns, _layout(source, src_fmt, scan)


def _layout(source: str | os.PathLike[str], src_fmt: str, scan: Scan) -> Layout:
    """The output columns: the scanned input columns, renamed on a clash (with a warning)."""
    names = carried_names(scan.columns, OUTPUT_FIELDS)
    note = clash_note(names)
    if note is not None:
        warnings.warn(f"tag_archive: {note}", UserWarning, stacklevel=3)
    carried = tuple((name, names[name], kind) for name, kind in scan.columns.items())
    return Layout(carried, os.fspath(source) if src_fmt == "parquet" else None)


def _settings(
    source: str | os.PathLike[str],
    src_fmt: str,
    fmt: str,
    columns: dict[str, str | None],
    html: bool | None,
    encoding: str | None,
    chunk_size: int,
) -> dict[str, Any]:
    """What a resumed run must share with the run it continues (see :class:`Checkpoint`)."""
    return {
        "pressnlp": __version__,
        "source": os.fspath(source) if os.fspath(source) == "-" else str(Path(source).resolve()),
        "source_stat": _source_stat(source, src_fmt),
        "text_column": columns["text"],
        "id_column": columns["id"],
        "date_column": columns["date"],
        "title_column": columns["title"],
        "html": html,
        "encoding": encoding,
        "format": fmt,
        "chunk_size": chunk_size,
    }


def _run_settings(
    exclude: Iterable[str],
    topic_model: str | os.PathLike[str] | None,
    nlp: Language | None,
    limits: Limits,
    layout: Layout,
) -> dict[str, Any]:
    return {
        "exclude": sorted(exclude),
        "topic_model": os.fspath(topic_model) if topic_model is not None else None,
        "pipeline": None if nlp is None else nlp.pipe_names,
        "max_chars": limits.max_chars,
        "timeout": limits.timeout,
        "columns": layout.describe(),
    }


def _commit_chunks(
    runner: Runner,
    records: Iterator[Record],
    chunk_size: int,
    checkpoint: Checkpoint,
    bar: Any,
    layout: Layout,
) -> Iterator[tuple[int, int]]:
    """Tag and checkpoint ``records`` chunk by chunk; after each commit yield the chunks
    committed so far and the records checkpointed in total (resumed ones included)."""
    checkpointed = checkpoint.done
    for committed, chunk in enumerate(_chunks(records, chunk_size), start=1):
        checkpoint.commit(_chunk_rows(runner, chunk, layout, bar.update))
        checkpointed += len(chunk)
        yield committed, checkpointed


def _check_paths(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    format: str | None,
    columns: dict[str, str | None],
    chunk_size: int,
    overwrite: bool,
) -> tuple[Path, str, str]:
    """``(dest, output format, source format)``, or why the run cannot start (before any
    work is done)."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    dest = Path(dest)
    fmt = sink_format(dest, format)
    src_fmt = check_source(
        source,
        text_column=columns["text"] or "text",
        id_column=columns["id"],
        date_column=columns["date"],
        title_column=columns["title"],
    )
    if not dest.parent.is_dir():
        raise FileNotFoundError(f"output folder {dest.parent} does not exist")
    if dest.is_dir():
        raise IsADirectoryError(f"output {dest} is a folder; give a file name")
    if os.fspath(source) != "-" and dest.exists() and os.path.samefile(source, dest):
        raise FileExistsError(f"output {dest} is the source itself; choose another file")
    if not overwrite and dest.exists():
        raise FileExistsError(f"output {dest} exists; remove it or allow overwriting")
    return dest, fmt, src_fmt


def _chunk_rows(
    runner: Runner, chunk: list[Record], layout: Layout, progress: Callable[[int], object]
) -> list[Row]:
    """One row per record of ``chunk``, in order, with its ``id`` and carried columns;
    unreadable records fail. ``progress(n)`` is told as each batch of ``n`` is done."""
    readable = [(i, r) for i, r in enumerate(chunk) if r.error is None]
    rows: list[Row] = [failed_row(r.error) if r.error else {} for r in chunk]
    progress(len(chunk) - len(readable))
    items = [(r.raw, r.html, r.date, r.title) for _, r in readable]
    tagged_rows: list[Row] = []
    for batch in runner.tag(items):
        tagged_rows += batch
        progress(len(batch))
    for (i, _), row in zip(readable, tagged_rows, strict=True):
        rows[i] = row
    for record, row in zip(chunk, rows, strict=True):
        row["id"] = record.id
        for name, out, _ in layout.carried:
            row[out] = record.extra.get(name)
    return rows


def _source_stat(source: str | os.PathLike[str], fmt: str) -> list[int] | None:
    # A changed file cannot be resumed; a folder is only identified by its path
    # (listing it here would cost a full walk).
    if os.fspath(source) == "-" or fmt == "folder":
        return None
    st = os.stat(source)
    return [st.st_size, st.st_mtime_ns]


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
