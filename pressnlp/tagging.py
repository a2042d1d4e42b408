"""Texts to output rows: the tagging step of :mod:`pressnlp.batch`, in this process
(:func:`tag_items`) or in a pool of worker processes (:class:`Runner`).

Every item gives exactly one row (a dict with the columns of
:data:`pressnlp.batch.FRAME_COLUMNS`). An item that cannot be tagged (missing, empty or
binary text, a text over :attr:`Limits.max_chars`, a stage raising on it or running over
:attr:`Limits.timeout`) gets :func:`failed_row`, with the reason in ``error``; it never
stops the batch.

An item is ``(raw, html)`` or ``(raw, html, date, title)``: the archive's own publication
date (any common form, see :func:`publication_date`) and title. The text's own date and
title come first; the given ones fill the row when the text has none, and the date then
completes dates written without a year ("Selasa (17/6)").

>>> rows = tag_items(get_pipeline(), [("Menteri Keuangan rapat di Jakarta.", None), (None, None)])
>>> rows[0]["places"], rows[1]["error"]
(['DKI Jakarta'], 'missing text')
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import json
import logging
import multiprocessing
import numbers
import os
import re
import signal
import sys
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pressnlp.analysis import Analysis, analysis_from_doc, analyze_article, prepare_doc
from pressnlp.archive import LABEL_COLUMNS, LIST_FIELDS, json_default
from pressnlp.cleaning import Article, clean
from pressnlp.dates import parse_date
from pressnlp.entities import CHUNK_CHARS
from pressnlp.errors import BinaryInputError
from pressnlp.pipeline import load

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_TIMEOUT",
    "UNUSED_IN_BATCH",
    "Limits",
    "Row",
    "Runner",
    "failed_row",
    "get_pipeline",
    "progress_bar",
    "publication_date",
    "tag_items",
]

DEFAULT_BATCH_SIZE = 64
"""Documents per ``nlp.pipe`` batch (and per task sent to a worker process)."""
DEFAULT_MAX_CHARS = 5_000_000
"""Longest text (characters, or bytes for ``bytes`` input) a batch tags; a longer record
fails with ``text too long`` instead of holding gigabytes of memory."""
DEFAULT_TIMEOUT = 600.0
"""Seconds a record's cleaning, or its tagging, may take before it fails with ``timeout``."""

Row = dict[str, Any]
_log = logging.getLogger("pressnlp.batch")


@dataclass(frozen=True)
class Limits:
    """Per-record limits of a batch: ``max_chars`` (``None``: none) and ``timeout`` in
    seconds (``None``: none; enforced with ``SIGALRM``, so only where a record is tagged in
    a process's main thread: in-process runs and worker pools, not Dask threads)."""

    max_chars: int | None = DEFAULT_MAX_CHARS
    timeout: float | None = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.max_chars is not None and self.max_chars < 1:
            raise ValueError(f"max_chars must be at least 1, got {self.max_chars}")
        if self.timeout is not None and not self.timeout > 0:
            raise ValueError(f"timeout must be positive, got {self.timeout}")


class RecordTimeout(Exception):
    """A record ran over :attr:`Limits.timeout`."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RecordTimeout` in the block after ``seconds`` (``None``, a non-main
    thread or a platform without ``setitimer``: no limit)."""
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise RecordTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- the archive's metadata ----------------------------------------------------------------

_WIB = dt.timezone(dt.timedelta(hours=7))
_UNIX = re.compile(r"\d{9,13}(?:\.\d+)?")


def publication_date(value: Any) -> dt.date | None:
    """The date in an archive's publication-date value, or ``None`` when it is missing.

    Accepts dates and datetimes, ISO text ("2024-09-19", "2024-09-19T10:00:00+07:00"), the
    forms press sites print ("Kamis, 19 September 2024", "06 Mar 2026 20:52", "09-03-2026",
    day first) and Unix time in seconds or milliseconds (read in Jakarta time, UTC+7).
    Raises :class:`ValueError` for a value that is none of these.

    >>> [str(publication_date(v)) for v in ("Kamis, 19 September 2024", "06 Mar 2026 20:52",
    ...                                     "09-03-2026", 1726714800, "2024-09-19T10:00:00Z")]
    ['2024-09-19', '2026-03-06', '2026-03-09', '2024-09-19', '2024-09-19']
    """
    if value is None or (not isinstance(value, str) and value != value):  # NaN, NaT
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return _from_unix(float(value))
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _UNIX.fullmatch(text):
            return _from_unix(float(text))
        with contextlib.suppress(ValueError):
            return dt.datetime.fromisoformat(text).date()
        found = parse_date(text)
        if found is not None:
            return found
    raise ValueError(f"not a date: {value!r}")


def _from_unix(seconds: float) -> dt.date:
    if abs(seconds) > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=_WIB).date()
    except (OverflowError, OSError, ValueError) as err:
        raise ValueError(f"not a date: Unix time {seconds!r} out of range") from err


def _apply_metadata(article: Article, date: Any, title: Any, where: Any) -> Article:
    if article.date is None and date is not None:
        try:
            article.date = publication_date(date)
        except ValueError as err:
            _log.warning("%s: date column ignored: %s", where, err)
    if not article.title and isinstance(title, str) and title.strip():
        article.title = given_title(title)
    return article


# a URL slug: lower-case words and numbers joined by hyphens, three parts at least
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")


def given_title(title: str) -> str:
    """An archive's title as a row's title: whitespace joined, and a URL slug (some CMS
    exports, e.g. Komdigi's, give the slug as the title) written as words, since a slug is
    read as one token by the entity and topic stages.

    >>> given_title("kemkomdigi-dorong-regulasi-data-terpadu")
    'kemkomdigi dorong regulasi data terpadu'
    >>> given_title("  Panen Raya  di Garut "), given_title("covid-19"), given_title("KTT G-20")
    ('Panen Raya di Garut', 'covid-19', 'KTT G-20')
    """
    title = " ".join(title.split())
    return title.replace("-", " ") if _SLUG.fullmatch(title) else title


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


def _json_safe(value: Any) -> Any:
    """``value`` as plain JSON types (dates as ISO strings), so every output format and
    every process count give identical values."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=json_default))


def _row(analysis: Analysis) -> Row:
    article = analysis.article
    found: dict[str, list[str]] = {name: [] for name in LIST_FIELDS}
    for ent in analysis.entities:
        field = LABEL_COLUMNS.get(ent.label)
        if field is not None:
            # a DATE's key is its ISO value or None: an unresolved date ("Selasa (17/6)" with
            # no publication date) stays in `entities` only
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


def _text_problem(raw: Any, max_chars: int | None) -> str | None:
    if isinstance(raw, (str, bytes)):
        if max_chars is not None and len(raw) > max_chars:
            unit = "characters" if isinstance(raw, str) else "bytes"
            return f"text too long: {len(raw):,} {unit} (max_chars is {max_chars:,})"
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
    nlp: Language,
    items: Sequence[tuple[Any, ...]],
    batch_size: int = DEFAULT_BATCH_SIZE,
    limits: Limits | None = None,
) -> list[Row]:
    """Tag ``(raw, html)`` or ``(raw, html, date, title)`` items in this process; one row
    per item, in order.

    Cleaning runs per item; ``nlp.pipe`` runs per batch, and when it raises (or runs over
    the time limit) the batch is redone one document at a time so only the bad document
    fails.
    """
    limits = limits or Limits()
    rows: list[Row | None] = [None] * len(items)
    ready: list[tuple[int, Article]] = []
    for i, (raw, html, *meta) in enumerate(items):
        problem = _text_problem(raw, limits.max_chars)
        if problem is not None:
            rows[i] = failed_row(problem)
            continue
        try:
            with time_limit(limits.timeout):
                article = clean(raw, html=html)
        except RecordTimeout:
            rows[i] = failed_row("timeout")
            continue
        except BinaryInputError:
            rows[i] = failed_row("binary input")
            continue
        except Exception as err:
            rows[i] = failed_row(_reason("clean", err))
            continue
        if not article.body.strip():
            rows[i] = failed_row("no body text left after cleaning", article)
            continue
        if meta:
            article = _apply_metadata(article, meta[0], meta[1], f"item {i}")
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
            for i, row in _tag_batch(nlp, batch, limits.timeout):
                rows[i] = row
        if warmed < _WARMUP_DOCS:
            _warm_docs[nlp] = warmed + len(batch)
        _bound_stem_cache()
    assert all(row is not None for row in rows)
    return rows  # type: ignore[return-value]


def _tag_batch(
    nlp: Language, batch: list[tuple[int, Article]], timeout: float | None
) -> list[tuple[int, Row]]:
    out: list[tuple[int, Row]] = []
    ready: list[tuple[int, Article, Doc]] = []
    limit = min(CHUNK_CHARS, nlp.max_length)
    for i, article in batch:
        if len(article.body) > limit:
            out.append((i, _tag_one(nlp, article, timeout)))  # in chunks, like analyze()
            continue
        try:
            ready.append((i, article, prepare_doc(nlp, article)))
        except Exception:
            out.append((i, _tag_one(nlp, article, timeout)))  # fails again, with the reason
    for part in _token_batches(ready):
        try:
            with time_limit(None if timeout is None else timeout * len(part)):
                docs = list(nlp.pipe([doc for _, _, doc in part], batch_size=len(part)))
        except Exception:  # RecordTimeout included: each document gets its own limit
            out += [(i, _tag_one(nlp, article, timeout)) for i, article, _ in part]
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


def _tag_one(nlp: Language, article: Article, timeout: float | None) -> Row:
    try:
        with time_limit(timeout):
            analysis = analyze_article(article, nlp)
    except RecordTimeout:
        return failed_row("timeout", article)
    except Exception as err:
        return failed_row(_reason("pipeline", err), article)
    try:
        return _row(analysis)
    except Exception as err:
        return failed_row(_reason("results", err), article)


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
_WORKER_LIMITS = Limits()


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


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Make this worker process end when its parent does, even on ``kill -9`` of the parent
    (which gives the pool no chance to stop it): Linux's ``PR_SET_PDEATHSIG``, elsewhere a
    thread that watches the parent's pid."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="pressnlp-parent-watch", daemon=True).start()


def _init_worker(
    nlp: Language | None,
    options: tuple[tuple[str, ...], str | None],
    n_process: int,
    parent: int,
    limits: Limits,
) -> None:
    global _WORKER_NLP, _THREAD_LIMITS, _WORKER_LIMITS
    _die_with_parent(parent)
    _WORKER_LIMITS = limits
    # The parent handles Ctrl-C and shuts the pool down; workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Share the cores between workers: n workers each running a BLAS / OpenMP pool as wide
    # as the machine would oversubscribe it.
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        _THREAD_LIMITS = threadpool_limits(max(1, (os.cpu_count() or 1) // n_process))
    _WORKER_NLP = nlp if nlp is not None else get_pipeline(*options)


def _worker_tag(items: list[tuple[Any, ...]], batch_size: int) -> list[Row]:
    assert _WORKER_NLP is not None
    return tag_items(_WORKER_NLP, items, batch_size, _WORKER_LIMITS)


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
        limits: Limits | None = None,
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
        self.limits = limits or Limits()
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
                initargs=(nlp, self._options, self.n_process, os.getpid(), self.limits),
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

    def tag(self, items: Sequence[tuple[Any, ...]]) -> Iterator[list[Row]]:
        """Rows for ``items`` in order, yielded one batch at a time."""
        batches = [
            list(items[i : i + self.batch_size]) for i in range(0, len(items), self.batch_size)
        ]
        if self._pool is None:
            for batch in batches:
                yield tag_items(self.nlp, batch, self.batch_size, self.limits)
            return
        try:
            yield from self._pool.map(_worker_tag, batches, [self.batch_size] * len(batches))
        except BrokenProcessPool as err:
            raise RuntimeError(
                "a worker process died (out of memory or killed?); nothing was lost: "
                "completed chunks are kept, rerun with resume to continue"
            ) from err


def progress_bar(enabled: bool | None, total: int | None, initial: int = 0, **options: Any) -> Any:
    """A tqdm bar on stderr counting records (``enabled=None``: only when stderr is a
    terminal), with a total and an ETA when ``total`` is known."""
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
        **options,
    )
