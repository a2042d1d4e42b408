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

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import math
import multiprocessing
import os
import signal
import sys
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pressnlp._version import __version__
from pressnlp.archive import (
    LIST_FIELDS,
    OUTPUT_FIELDS,
    Record,
    check_source,
    iter_records,
    read_rows,
    sink_format,
)
from pressnlp.checkpoint import Checkpoint, errors_path, parts_dir

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

    from pressnlp.analysis import Analysis
    from pressnlp.cleaning import Article

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CHUNK_SIZE",
    "FRAME_COLUMNS",
    "Summary",
    "demo_summary",
    "errors_path",
    "parts_dir",
    "read_rows",
    "tag_archive",
    "tag_frame",
]

DEFAULT_BATCH_SIZE = 64
"""Documents per ``nlp.pipe`` batch (and per task sent to a worker process)."""
DEFAULT_CHUNK_SIZE = 1000
"""Records per checkpoint of :func:`tag_archive` (one output row group / part file)."""

#: Columns :func:`tag_frame` adds, in order.
FRAME_COLUMNS: tuple[str, ...] = OUTPUT_FIELDS[1:]
_OBJECT_COLUMNS = tuple(c for c in FRAME_COLUMNS if c not in ("topic_score", "n_tokens"))
_LABEL_FIELDS = {"PERSON": "persons", "ORG": "organizations", "LOC": "places", "DATE": "dates"}

# Test-only hook (used by tests/test_tag_cli.py to kill a run at a known point): after
# committing this many chunks, tag_archive announces it on stderr and sleeps.
_PAUSE_ENV = "PRESSNLP_TEST_PAUSE_AFTER_CHUNKS"

Row = dict[str, Any]
_log = logging.getLogger(__name__)


# --- one batch of texts -> rows ----------------------------------------------------------


def _failed_row(reason: str, article: Article | None = None) -> Row:
    return {
        "title": (article.title or None) if article else None,
        "date": article.date.isoformat() if article and article.date else None,
        "body": (article.body or None) if article else None,
        **{name: [] for name in LIST_FIELDS},
        "entities": [],
        "topic": None,
        "topic_score": None,
        "n_tokens": 0,
        "error": reason,
    }


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _json_safe(value: Any) -> Any:
    """``value`` as plain JSON types (dates as ISO strings), so every output format and
    every process count give identical values."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=_json_default))


def _row(analysis: Analysis) -> Row:
    article = analysis.article
    found: dict[str, list[str]] = {name: [] for name in LIST_FIELDS}
    for ent in analysis.entities:
        field = _LABEL_FIELDS.get(ent.label)
        if field is not None:
            key = ent.key
            if key and key not in found[field]:  # once per article, in order of appearance
                found[field].append(key)
    topic = analysis.topic
    return {
        "title": article.title or None,
        "date": article.date.isoformat() if article.date else None,
        "body": article.body or None,
        **found,
        "entities": _json_safe([ent.to_dict() for ent in analysis.entities]),
        "topic": topic.label if topic is not None else None,
        "topic_score": float(topic.score) if topic is not None else None,
        "n_tokens": int(analysis.n_tokens),
        "error": None,
    }


def _reason(stage: str, err: BaseException) -> str:
    return f"{stage}: {type(err).__name__}: {err}"


def _text_problem(raw: Any) -> str | None:
    if isinstance(raw, (str, bytes)):
        return None if raw.strip() else "empty text"
    if raw is None:
        return "missing text"
    import pandas as pd

    if pd.api.types.is_scalar(raw) and pd.isna(raw):  # NaN, NaT, pandas.NA
        return "missing text"
    return f"text is {type(raw).__name__}, not str or bytes"


_WARMUP_DOCS = 256
_MAX_PIPE_TOKENS = 3000
_STEM_CACHE_LIMIT = 50_000


def _bound_stem_cache() -> None:
    # The stemmer's token cache is process-wide and unbounded; over a long archive it
    # would grow with the vocabulary. Clearing it changes no result, only costs re-stems.
    stemming = sys.modules.get("pressnlp.stemming")
    if stemming is not None and hasattr(stemming, "cache_info"):
        info = stemming.cache_info()
        if max(info.values(), default=0) > _STEM_CACHE_LIMIT:
            stemming.clear_cache()


_warm_docs: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def tag_items(
    nlp: Language, items: Sequence[tuple[Any, bool | None]], batch_size: int = DEFAULT_BATCH_SIZE
) -> list[Row]:
    """Tag ``(raw, html)`` pairs in this process; one row per item, in order.

    Cleaning runs per item; ``nlp.pipe`` runs per batch, and when it raises the batch is
    redone one document at a time so only the bad document fails.
    """
    from pressnlp.cleaning import clean

    rows: list[Row | None] = [None] * len(items)
    ready: list[tuple[int, Article]] = []
    for i, (raw, html) in enumerate(items):
        problem = _text_problem(raw)
        if problem is not None:
            rows[i] = _failed_row(problem)
            continue
        try:
            article = clean(raw, html=html)
        except Exception as err:
            rows[i] = _failed_row(_reason("clean", err))
            continue
        if not article.body.strip():
            rows[i] = _failed_row("no body text left after cleaning", article)
            continue
        ready.append((i, article))
    for start in range(0, len(ready), batch_size):
        batch = ready[start : start + batch_size]
        # Strings and lexemes a batch adds to the vocab are freed when its memory zone
        # closes, so memory stays flat however many documents a process tags. The first
        # _WARMUP_DOCS documents run outside a zone: their (frequent) words stay in the
        # vocab and tokenizer cache, instead of being rebuilt for every batch.
        warmed = _warm_docs.get(nlp, 0)
        zone = nlp.memory_zone() if warmed >= _WARMUP_DOCS else contextlib.nullcontext()
        with zone:
            for i, row in _tag_batch(nlp, batch):
                rows[i] = row
        if warmed < _WARMUP_DOCS:
            _warm_docs[nlp] = warmed + len(batch)
        _bound_stem_cache()
    assert all(row is not None for row in rows)
    return rows  # type: ignore[return-value]


def _tag_batch(nlp: Language, batch: list[tuple[int, Article]]) -> list[tuple[int, Row]]:
    from pressnlp.analysis import prepare_doc

    out: list[tuple[int, Row]] = []
    ready: list[tuple[int, Article, Doc]] = []
    for i, article in batch:
        try:
            ready.append((i, article, prepare_doc(nlp, article)))
        except Exception:
            out.append((i, _tag_one(nlp, article)))  # fails again, with the reason
    for part in _token_batches(ready):
        try:
            docs = list(nlp.pipe([doc for _, _, doc in part], batch_size=len(part)))
        except Exception:
            out += [(i, _tag_one(nlp, article)) for i, article, _ in part]
            continue
        out += [
            (i, _row_or_failure(article, doc))
            for (i, article, _), doc in zip(part, docs, strict=True)
        ]
    return out


def _token_batches(
    ready: list[tuple[int, Article, Doc]],
) -> Iterator[list[tuple[int, Article, Doc]]]:
    # The NER model's working memory (tok2vec activations, about 20 kB a token) grows with
    # the tokens in one nlp.pipe call: calls of at most _MAX_PIPE_TOKENS tokens keep the
    # peak of a whole run near that of its first batch (they are no slower than bigger
    # ones), whatever the mix of long and short releases. One document longer than that is
    # still one call; load() lets tok2vec run it window by window
    # (pipeline.window_long_documents).
    part: list[tuple[int, Article, Doc]] = []
    tokens = 0
    for item in ready:
        n = len(item[2])
        if part and tokens + n > _MAX_PIPE_TOKENS:
            yield part
            part, tokens = [], 0
        part.append(item)
        tokens += n
    if part:
        yield part


def _tag_one(nlp: Language, article: Article) -> Row:
    from pressnlp.analysis import prepare_doc

    try:
        doc = nlp(prepare_doc(nlp, article))
    except Exception as err:
        return _failed_row(_reason("pipeline", err), article)
    return _row_or_failure(article, doc)


def _row_or_failure(article: Article, doc: Any) -> Row:
    from pressnlp.analysis import analysis_from_doc

    try:
        return _row(analysis_from_doc(article, doc))
    except Exception as err:
        return _failed_row(_reason("results", err), article)


# --- running in this process or in worker processes ----------------------------------------

UNUSED_IN_BATCH: tuple[str, ...] = ("pressnlp_stemmer",)
"""Components batch pipelines leave out: no output column uses ``Token._.stem`` (the topic
model stems the text itself), so running the stemmer would only cost time."""

_PIPELINES: dict[tuple[tuple[str, ...], str | None], Language] = {}
_WORKER_NLP: Language | None = None


def get_pipeline(
    exclude: Iterable[str] = (), topic_model: str | os.PathLike[str] | None = None
) -> Language:
    """The batch pipeline for these options, loaded once per process and cached.

    Batch runs, Dask tasks and worker processes all go through here, so a process never
    loads the same pipeline twice. It leaves out :data:`UNUSED_IN_BATCH` (components whose
    results no output column holds), on top of ``exclude``.
    """
    skip = {*exclude, *UNUSED_IN_BATCH}
    key = (tuple(sorted(skip)), os.fspath(topic_model) if topic_model is not None else None)
    if key not in _PIPELINES:
        from pressnlp.pipeline import load

        _PIPELINES[key] = load(topic_model=key[1], exclude=key[0])
    return _PIPELINES[key]


_THREAD_LIMITS: Any = None


def _init_worker(
    nlp: Language | None, options: tuple[tuple[str, ...], str | None], n_process: int
) -> None:
    global _WORKER_NLP, _THREAD_LIMITS
    # The parent handles Ctrl-C and shuts the pool down; workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Share the cores between workers: n workers each running a BLAS / OpenMP pool as wide
    # as the machine would oversubscribe it.
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        _THREAD_LIMITS = threadpool_limits(max(1, (os.cpu_count() or 1) // n_process))
    _WORKER_NLP = nlp if nlp is not None else get_pipeline(*options)


def _worker_tag(items: list[tuple[Any, bool | None]], batch_size: int) -> list[Row]:
    assert _WORKER_NLP is not None
    return tag_items(_WORKER_NLP, items, batch_size)


class _Runner:
    """Tags lists of items in this process (``n_process=1``) or in a pool of processes.

    Each worker process tags whole batches (cleaning, ``nlp.pipe``, results), so only raw
    texts and finished rows cross process boundaries; spaCy's own ``n_process`` would
    serialise Docs, and ``Doc.to_bytes`` cannot encode a ``datetime.date`` in
    ``doc._.pub_date`` (it would also leave cleaning in the parent process).
    """

    def __init__(
        self,
        *,
        nlp: Language | None,
        n_process: int,
        batch_size: int,
        exclude: Iterable[str],
        topic_model: str | os.PathLike[str] | None,
    ) -> None:
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1, got {n_process}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.n_process = n_process
        self.batch_size = batch_size
        self._options = (
            tuple(sorted(exclude)),
            os.fspath(topic_model) if topic_model is not None else None,
        )
        self._nlp = nlp
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        if self.n_process > 1:
            nlp: Language | None
            if "fork" in multiprocessing.get_all_start_methods():
                # Forked workers share the parent's loaded pipeline (copy-on-write)
                # instead of each loading it again.
                nlp, method = self.nlp, "fork"
            else:
                nlp, method = self._nlp, "spawn"  # a custom pipeline must be picklable
            ctx = multiprocessing.get_context(method)
            self._pool = ProcessPoolExecutor(
                self.n_process,
                mp_context=ctx,
                initializer=_init_worker,
                initargs=(nlp, self._options, self.n_process),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = get_pipeline(*self._options)
        return self._nlp

    def tag(self, items: Sequence[tuple[Any, bool | None]]) -> Iterator[list[Row]]:
        """Rows for ``items`` in order, yielded one batch at a time."""
        batches = [
            list(items[i : i + self.batch_size]) for i in range(0, len(items), self.batch_size)
        ]
        if self._pool is None:
            for batch in batches:
                yield tag_items(self.nlp, batch, self.batch_size)
            return
        from concurrent.futures.process import BrokenProcessPool

        try:
            yield from self._pool.map(_worker_tag, batches, [self.batch_size] * len(batches))
        except BrokenProcessPool as err:
            raise RuntimeError(
                "a worker process died (out of memory or killed?); nothing was lost: "
                "completed chunks are kept, rerun with resume to continue"
            ) from err


def _progress_bar(enabled: bool | None, total: int | None, initial: int = 0) -> Any:
    from tqdm.auto import tqdm

    disable = not (sys.stderr.isatty() if enabled is None else enabled)
    return tqdm(
        total=total,
        initial=initial,
        unit="doc",
        disable=disable,
        file=sys.stderr,
        dynamic_ncols=True,
        desc="tagging",
    )


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
    runner = _Runner(
        nlp=nlp,
        n_process=n_process,
        batch_size=batch_size,
        exclude=exclude,
        topic_model=topic_model,
    )
    with runner, _progress_bar(progress, len(items)) as bar:
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
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    dest = Path(dest)
    fmt = sink_format(dest, format)
    src_fmt = check_source(source, text_column=text_column, id_column=id_column)
    if not dest.parent.is_dir():
        raise FileNotFoundError(f"output folder {dest.parent} does not exist")
    if dest.is_dir():
        raise IsADirectoryError(f"output {dest} is a folder; give a file name")
    settings = {
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
    checkpoint = Checkpoint(dest, fmt, settings)
    checkpoint.start(resume)
    done = checkpoint.done
    pause_after = int(os.environ.get(_PAUSE_ENV, "0") or 0)
    records = iter_records(
        source, text_column=text_column, id_column=id_column, html=html, skip=done, stdin=stdin
    )
    runner = _Runner(
        nlp=nlp,
        n_process=n_process,
        batch_size=batch_size,
        exclude=exclude,
        topic_model=topic_model,
    )
    total = _source_total(source, src_fmt)
    committed = 0
    with runner, _progress_bar(progress, total, initial=done) as bar:
        for chunk in _chunks(records, chunk_size):
            readable = [(i, r) for i, r in enumerate(chunk) if r.error is None]
            rows: list[Row] = [_failed_row(r.error) if r.error else {} for r in chunk]
            tagged_rows = (
                row for batch in runner.tag([(r.raw, r.html) for _, r in readable]) for row in batch
            )
            for (i, _), row in zip(readable, tagged_rows, strict=True):
                rows[i] = row
            for record, row in zip(chunk, rows, strict=True):
                row["id"] = record.id
            checkpoint.commit(rows)
            bar.update(len(chunk))
            committed += 1
            if pause_after and committed == pause_after:
                print(
                    f"pressnlp-test: paused after {committed} chunks", file=sys.stderr, flush=True
                )
                time.sleep(600)
    errors_file = checkpoint.assemble(dest)
    read = sum(c["read"] for c in checkpoint.chunks)
    failed = sum(c["failed"] for c in checkpoint.chunks)
    return Summary(
        read=read,
        tagged=read - failed,
        failed=failed,
        dest=dest,
        errors=errors_file,
        resumed=done,
        seconds=time.perf_counter() - started,
    )


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
    from collections import Counter

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
