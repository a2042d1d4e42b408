"""Archive sources and sinks for batch tagging: stream records in, stream rows out.

A *source* yields :class:`Record` objects one at a time, so an archive of any size is read
in bounded memory:

- a folder: every ``*.txt``, ``*.html`` and ``*.htm`` below it (recursively, in sorted
  order, one directory at a time), read as bytes; the id is the path relative to the folder;
- a ``.jsonl`` / ``.csv`` / ``.parquet`` file: one record per line / row, text from
  ``text_column``, id from ``id_column`` (default: the 1-based line or row number);
- ``-``: JSONL on standard input.

A *sink* writes lists of output rows (dicts with :data:`OUTPUT_FIELDS`) to ``.parquet``
(one row group per write, explicit schema), ``.jsonl`` or ``.csv``. List columns are native
lists in Parquet and JSONL and JSON strings in CSV; ``entities`` (nested, with values of
varying type) is a JSON string in Parquet and CSV. :func:`read_rows` reads any of them back
with the same Python values.

>>> from pressnlp.archive import iter_records
>>> next(iter_records("pressnlp/data/samples")).id        # doctest: +SKIP
'000_8bdf8b16649a04d4.txt'
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from pressnlp.ner import LABELS as ENTITY_LABELS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

FOLDER_SUFFIXES = (".txt", ".html", ".htm")
SINK_FORMATS = ("parquet", "jsonl", "csv")

#: The list column of each entity label (:data:`pressnlp.ner.LABELS`), in label order.
LABEL_COLUMNS: dict[str, str] = dict(
    zip(ENTITY_LABELS, ("persons", "organizations", "places", "dates"), strict=True)
)
LIST_FIELDS = tuple(LABEL_COLUMNS.values())
#: Columns of every tagged row, in output order (``id`` only in archive output).
OUTPUT_FIELDS = (
    "id",
    "title",
    "date",
    "body",
    *LIST_FIELDS,
    "entities",
    "topic",
    "topic_score",
    "n_tokens",
    "error",
)
JSON_FIELDS = ("entities",)  # nested values of varying type: JSON text in Parquet / CSV


@dataclass(frozen=True)
class Record:
    """One item of an archive: its id, the raw text or bytes, and an HTML hint.

    ``raw`` is ``None`` (with ``error`` set) when the record could not be read at all,
    e.g. an invalid JSON line; it is still counted and reported, never dropped.
    """

    id: str
    raw: str | bytes | None
    html: bool | None = None
    error: str | None = None


def source_format(source: str | os.PathLike[str]) -> str:
    """``folder``, ``jsonl``, ``csv`` or ``parquet`` for ``source`` (``-`` is JSONL on stdin)."""
    if os.fspath(source) == "-":
        return "jsonl"
    path = Path(source)
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".parquet"):
        return suffix[1:]
    raise ValueError(
        f"cannot tell the format of {source}: expected a folder, .jsonl, .csv or .parquet"
    )


def sink_format(dest: str | os.PathLike[str], explicit: str | None = None) -> str:
    """Output format from ``explicit`` or the suffix of ``dest`` (default ``parquet``)."""
    if explicit is not None:
        if explicit not in SINK_FORMATS:
            raise ValueError(f"unknown output format {explicit!r}; choose from {SINK_FORMATS}")
        return explicit
    suffix = Path(dest).suffix.lower().lstrip(".")
    if suffix == "ndjson":
        return "jsonl"
    if suffix in SINK_FORMATS:
        return suffix
    if suffix:
        raise ValueError(
            f"unknown output format {suffix!r} (from {dest}); use .parquet, .jsonl or .csv "
            "or pass format"
        )
    return "parquet"


# --- sources ---------------------------------------------------------------------------


def check_source(
    source: str | os.PathLike[str], *, text_column: str = "text", id_column: str | None = None
) -> str:
    """Validate ``source`` cheaply before any work; return its format.

    Raises :class:`FileNotFoundError` for a missing path and :class:`ValueError` for an
    unknown format or a missing text / id column (looked up in the CSV header, the
    Parquet schema, or the first JSONL record).
    """
    if os.fspath(source) != "-" and not Path(source).exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    fmt = source_format(source)
    if fmt == "folder" or os.fspath(source) == "-":
        return fmt
    columns: Sequence[str] | None = None
    if fmt == "csv":
        with open(source, encoding="utf-8", newline="") as fh:
            columns = next(csv.reader(fh), [])
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        columns = pq.ParquetFile(source).schema_arrow.names
    else:
        with open(source, "rb") as fh:
            for line in fh:
                if line.strip():
                    try:
                        first = json.loads(line)
                    except ValueError:
                        return fmt  # reported per record, like any other bad line
                    columns = list(first) if isinstance(first, dict) else None
                    break
    if columns is not None:
        for role, name in (("text", text_column), ("id", id_column)):
            if name is not None and name not in columns:
                raise ValueError(
                    f"{source} has no {role} column {name!r}; columns: {', '.join(map(str, columns))}"
                )
    return fmt


def iter_records(
    source: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    html: bool | None = None,
    skip: int = 0,
    stdin: IO[bytes] | None = None,
) -> Iterator[Record]:
    """Stream the records of ``source`` in a stable order, skipping the first ``skip``.

    ``html`` overrides the per-record HTML hint (for folders: ``.html``/``.htm`` files are
    HTML, ``.txt`` files are auto-detected by :func:`pressnlp.clean`).
    """
    fmt = source_format(source)
    if fmt == "folder":
        records = _folder_records(Path(source), skip)
    elif fmt == "parquet":
        records = _parquet_records(Path(source), text_column, id_column, skip)
    elif fmt == "csv":
        records = _csv_records(Path(source), text_column, id_column, skip)
    elif os.fspath(source) == "-":
        records = _jsonl_records(stdin or sys.stdin.buffer, text_column, id_column, skip)
    else:
        records = _jsonl_file_records(Path(source), text_column, id_column, skip)
    for record in records:
        yield (
            record
            if html is None or record.raw is None
            else Record(record.id, record.raw, html, record.error)
        )


def _walk_sorted(folder: Path) -> Iterator[Path]:
    # Depth-first with each directory's entries sorted by name, so files come in the order
    # of their sorted relative paths while only the listings of the directories on the
    # current path are held in memory (a sorted list of every path would grow with the
    # archive).
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_sorted(Path(entry.path))
        elif os.path.splitext(entry.name)[1].lower() in FOLDER_SUFFIXES:
            yield Path(entry.path)


def _folder_records(root: Path, skip: int) -> Iterator[Record]:
    for seen, path in enumerate(_walk_sorted(root), 1):
        if seen <= skip:
            continue
        rel = path.relative_to(root).as_posix()
        try:
            raw: bytes | None = path.read_bytes()
            error = None
        except OSError as err:
            raw, error = None, f"cannot read file: {err.strerror or err}"
        html = True if path.suffix.lower() in (".html", ".htm") else None
        yield Record(rel, raw, html, error)


def _jsonl_file_records(
    path: Path, text_column: str, id_column: str | None, skip: int
) -> Iterator[Record]:
    with open(path, "rb") as fh:
        yield from _jsonl_records(fh, text_column, id_column, skip)


def _jsonl_records(
    fh: IO[bytes], text_column: str, id_column: str | None, skip: int
) -> Iterator[Record]:
    seen = 0
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue  # blank lines are not records
        seen += 1
        if seen <= skip:
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield Record(str(lineno), None, error=f"invalid JSON on line {lineno}: {err}")
            continue
        if not isinstance(obj, dict):
            yield Record(str(lineno), None, error=f"line {lineno} is not a JSON object")
            continue
        rid = _id_value(obj.get(id_column) if id_column else None, lineno)
        if text_column not in obj:
            yield Record(rid, None, error=f"no {text_column!r} field")
            continue
        yield Record(rid, obj[text_column])


def _csv_records(
    path: Path, text_column: str, id_column: str | None, skip: int
) -> Iterator[Record]:
    import pandas as pd

    usecols = [text_column] + ([id_column] if id_column and id_column != text_column else [])
    # Text read as str, never parsed: an empty cell stays "" and is reported as empty text.
    # Skipped rows are parsed and discarded rather than passed as ``skiprows``, which
    # counts physical lines and would miscount rows with quoted newlines.
    reader = pd.read_csv(path, usecols=usecols, dtype=str, keep_default_na=False, chunksize=1000)
    rowno = 0
    with reader:
        for chunk in reader:
            ids = chunk[id_column].tolist() if id_column else [None] * len(chunk)
            for rid, text in zip(ids, chunk[text_column].tolist(), strict=True):
                rowno += 1
                if rowno > skip:
                    yield Record(_id_value(rid, rowno), text)


def _parquet_records(
    path: Path, text_column: str, id_column: str | None, skip: int
) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    columns = [text_column] + ([id_column] if id_column and id_column != text_column else [])
    # Skip whole row groups by their metadata, so resuming never re-reads finished data.
    first_group, rowno = 0, 0
    while (
        first_group < pf.num_row_groups
        and rowno + pf.metadata.row_group(first_group).num_rows <= skip
    ):
        rowno += pf.metadata.row_group(first_group).num_rows
        first_group += 1
    groups = list(range(first_group, pf.num_row_groups))
    if not groups:
        return
    for batch in pf.iter_batches(batch_size=1000, row_groups=groups, columns=columns):
        texts = batch.column(text_column).to_pylist()
        ids = batch.column(id_column).to_pylist() if id_column else [None] * len(texts)
        for rid, text in zip(ids, texts, strict=True):
            rowno += 1
            if rowno <= skip:
                continue
            yield Record(_id_value(rid, rowno), text)


def _id_value(value: Any, number: int) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return str(number)
    return str(value)


# --- sinks -----------------------------------------------------------------------------


def arrow_schema() -> pa.Schema:
    """The Parquet schema of tagged output: every part and row group uses exactly this."""
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("id", text),
            ("title", text),
            ("date", text),
            ("body", text),
            *((name, pa.list_(text)) for name in LIST_FIELDS),
            ("entities", text),
            ("topic", text),
            ("topic_score", pa.float64()),
            ("n_tokens", pa.int64()),
            ("error", text),
        ]
    )


class Sink(Protocol):
    def write(self, rows: Sequence[dict[str, Any]]) -> None: ...
    def close(self) -> None: ...


def _encoded(row: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    out = {name: row.get(name) for name in OUTPUT_FIELDS}
    for name in fields:
        if out[name] is not None:
            out[name] = json.dumps(out[name], ensure_ascii=False)
    return out


class ParquetSink:
    """One row group per :meth:`write`, all with :func:`arrow_schema`."""

    def __init__(self, fh: IO[bytes]) -> None:
        import pyarrow.parquet as pq

        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(fh, self._schema)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa

        encoded = [_encoded(row, JSON_FIELDS) for row in rows]
        table = pa.Table.from_pylist(encoded, schema=self._schema)
        self._writer.write_table(table, row_group_size=max(len(rows), 1))

    def close(self) -> None:
        self._writer.close()
        release_arrow_memory()


def release_arrow_memory() -> None:
    """Hand the memory pyarrow's pool keeps after a write back to the system.

    The default (mimalloc) pool keeps the pages of the last table for reuse: about 50 MB
    after a 1,000-row chunk, which stayed resident for the rest of a ``pressnlp tag`` run
    and made its peak look as if it grew with the archive.
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


class JsonlSink:
    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            out = {name: row.get(name) for name in OUTPUT_FIELDS}
            self._fh.write(json.dumps(out, ensure_ascii=False).encode("utf-8") + b"\n")

    def close(self) -> None:
        pass


class CsvSink:
    """CSV without a header (parts are concatenated; :func:`write_csv_header` adds it)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=OUTPUT_FIELDS, lineterminator="\n")
        for row in rows:
            writer.writerow(_encoded(row, (*LIST_FIELDS, *JSON_FIELDS)))
        self._fh.write(buf.getvalue().encode("utf-8"))

    def close(self) -> None:
        pass


def write_csv_header(fh: IO[bytes]) -> None:
    fh.write((",".join(OUTPUT_FIELDS) + "\n").encode("utf-8"))


def open_sink(fh: IO[bytes], fmt: str) -> Sink:
    """A sink writing ``fmt`` rows to the binary file ``fh``."""
    if fmt == "parquet":
        return ParquetSink(fh)
    if fmt == "jsonl":
        return JsonlSink(fh)
    if fmt == "csv":
        return CsvSink(fh)
    raise ValueError(f"unknown output format {fmt!r}; choose from {SINK_FORMATS}")


def read_rows(path: str | os.PathLike[str], fmt: str | None = None) -> pd.DataFrame:
    """Read tagged output written by :func:`pressnlp.tag_archive` back into a DataFrame.

    JSON-encoded columns are decoded, so every format gives the same Python values:
    lists for ``persons``/``organizations``/``places``/``dates``, lists of dicts for
    ``entities``.

    >>> df = read_rows("tagged.parquet")      # doctest: +SKIP
    >>> df.loc[0, "organizations"]            # doctest: +SKIP
    ['Kementerian Sekretariat Negara']
    """
    import pandas as pd

    fmt = sink_format(path, fmt)
    if fmt == "parquet":
        df = pd.read_parquet(path)
        for name in LIST_FIELDS:
            df[name] = pd.Series([list(v) for v in df[name]], index=df.index, dtype=object)
        decode: Sequence[str] = JSON_FIELDS
    elif fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            df = pd.DataFrame([json.loads(line) for line in fh], columns=list(OUTPUT_FIELDS))
        decode = ()
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        df["topic_score"] = df["topic_score"].astype(float)
        df["n_tokens"] = df["n_tokens"].astype("int64")
        decode = (*LIST_FIELDS, *JSON_FIELDS)
    for name in decode:
        df[name] = pd.Series(
            [json.loads(v) if isinstance(v, str) else None for v in df[name]],
            index=df.index,
            dtype=object,
        )
    text_fields = ("id", "title", "date", "body", "topic", "error")
    for name in text_fields:
        df[name] = pd.Series(
            [None if _missing(v) else str(v) for v in df[name]], index=df.index, dtype=object
        )
    return df


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
