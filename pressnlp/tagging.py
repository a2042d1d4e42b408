"""Texts to output rows: the tagging step of :mod:`pressnlp.batch`, in this process
(:func:`tag_items`) or in a pool of worker processes (:class:`Runner`).

Every item gives exactly one row (a dict with the columns of
:data:`pressnlp.batch.FRAME_COLUMNS`). An item that cannot be tagged (missing or empty text,
a stage raising on it) gets :func:`failed_row`, with the reason in ``error``; it never stops
the batch.

>>> rows = tag_items(get_pipeline(), [("Menteri Keuangan rapat di Jakarta.", None), (None, None)])
>>> rows[0]["places"], rows[1]["error"]
(['DKI Jakarta'], 'missing text')
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import signal
import sys
import weakref
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from pressnlp.analysis import Analysis, analysis_from_doc, prepare_doc
from pressnlp.archive import LABEL_COLUMNS, LIST_FIELDS
from pressnlp.cleaning import Article, clean
from pressnlp.pipeline import load

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "UNUSED_IN_BATCH",
    "Row",
    "Runner",
    "failed_row",
    "get_pipeline",
    "progress_bar",
    "tag_items",
]

DEFAULT_BATCH_SIZE = 64
"""Documents per ``nlp.pipe`` batch (and per task sent to a worker process)."""

Row = dict[str, Any]

# --- one batch of texts -> rows ----------------------------------------------------------


def failed_row(reason: str, article: Article | None = None) -> Row:
    """The row of an item that could not be tagged: what cleaning found (if it ran), empty
    results, and ``reason`` in ``error``."""
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
        field = LABEL_COLUMNS.get(ent.label)
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
    rows: list[Row | None] = [None] * len(items)
    ready: list[tuple[int, Article]] = []
    for i, (raw, html) in enumerate(items):
        problem = _text_problem(raw)
        if problem is not None:
            rows[i] = failed_row(problem)
            continue
        try:
            article = clean(raw, html=html)
        except Exception as err:
            rows[i] = failed_row(_reason("clean", err))
            continue
        if not article.body.strip():
            rows[i] = failed_row("no body text left after cleaning", article)
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
    try:
        doc = nlp(prepare_doc(nlp, article))
    except Exception as err:
        return failed_row(_reason("pipeline", err), article)
    return _row_or_failure(article, doc)


def _row_or_failure(article: Article, doc: Any) -> Row:
    try:
        return _row(analysis_from_doc(article, doc))
    except Exception as err:
        return failed_row(_reason("results", err), article)


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


class Runner:
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

    def __enter__(self) -> Runner:
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
        try:
            yield from self._pool.map(_worker_tag, batches, [self.batch_size] * len(batches))
        except BrokenProcessPool as err:
            raise RuntimeError(
                "a worker process died (out of memory or killed?); nothing was lost: "
                "completed chunks are kept, rerun with resume to continue"
            ) from err


def progress_bar(enabled: bool | None, total: int | None, initial: int = 0) -> Any:
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
