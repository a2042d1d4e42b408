"""Archive sinks for batch tagging: stream rows out (sources: :mod:`pressnlp.sources`).

A *sink* writes lists of output rows to ``.parquet`` (one row group per write, explicit
schema), ``.jsonl`` or ``.csv``. The columns (:class:`Layout`) are ``id``, the input
columns carried through unchanged, then the tagged columns (:data:`OUTPUT_FIELDS` after
``id``). List columns are native lists in Parquet and JSONL and JSON strings in CSV;
``entities`` (nested, with values of varying type) is a JSON string in Parquet and CSV.
:func:`read_rows` reads any of them back with the same Python values.

**Name clashes** (the same rule in :func:`pressnlp.tag_frame`, :func:`pressnlp.tag_archive`
and ``pressnlp tag``): an input column named like a column the tagger writes (``title``,
``date``, ``topic``, ...) is kept, unchanged, as ``<name>_input``, and a warning names it
(:func:`carried_names`); if ``<name>_input`` exists as well, the run stops before any work.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from pressnlp.ner import LABELS as ENTITY_LABELS
from pressnlp.sources import (
    FOLDER_SUFFIXES,
    Record,
    check_source,
    iter_records,
    scan_source,
    source_format,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "FOLDER_SUFFIXES",
    "LABEL_COLUMNS",
    "LIST_FIELDS",
    "OUTPUT_FIELDS",
    "SINK_FORMATS",
    "Layout",
    "Record",
    "carried_names",
    "check_source",
    "iter_records",
    "json_default",
    "open_sink",
    "read_rows",
    "scan_source",
    "sink_format",
    "source_format",
]

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


# --- columns -----------------------------------------------------------------------------


def carried_names(names: Iterable[str], reserved: Iterable[str]) -> dict[str, str]:
    """The output name of each input column: its own, or ``<name>_input`` when the tagger
    writes a column of that name (``reserved``).

    Raises :class:`ValueError` when ``<name>_input`` is an input column too.

    >>> carried_names(["issuer", "title", "topic"], OUTPUT_FIELDS)
    {'issuer': 'issuer', 'title': 'title_input', 'topic': 'topic_input'}
    """
    names = list(names)
    taken = set(reserved)
    out = {name: f"{name}_input" if name in taken else name for name in names}
    both = [name for name in names if name in taken and f"{name}_input" in names]
    if both:
        raise ValueError(
            f"input column(s) {', '.join(both)} clash with output columns and "
            f"{', '.join(f'{n}_input' for n in both)} exist too; rename one of them"
        )
    return out


def clash_note(renamed: dict[str, str]) -> str | None:
    """The warning for renamed input columns, or ``None`` when nothing was renamed."""
    pairs = [f"{a} -> {b}" for a, b in renamed.items() if a != b]
    if not pairs:
        return None
    return f"input column(s) named like output columns kept as {', '.join(pairs)}"


@dataclass(frozen=True)
class Layout:
    """The columns of archive output: ``id``, the carried input columns, the tagged ones.

    ``carried`` holds ``(input name, output name, kind)`` per input column (kinds as in
    :class:`pressnlp.sources.Scan`); ``source`` is the Parquet file whose schema gives the
    type of ``arrow`` columns.
    """

    carried: tuple[tuple[str, str, str], ...] = ()
    source: str | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return ("id", *(out for _, out, _ in self.carried), *OUTPUT_FIELDS[1:])

    def describe(self) -> list[list[str]]:
        """JSON-friendly form (for the resume manifest)."""
        return [list(c) for c in self.carried]


def json_default(value: Any) -> Any:
    """``json.dumps`` fallback: dates as ISO strings, sets sorted, numpy scalars as Python."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default)


# --- sinks -------------------------------------------------------------------------------


def arrow_schema(layout: Layout | None = None) -> pa.Schema:
    """The Parquet schema of tagged output: every part and row group uses exactly this."""
    import pyarrow as pa

    layout = layout or Layout()
    text = pa.string()
    kinds = {"string": text, "json": text, "bool": pa.bool_()}
    kinds |= {"int64": pa.int64(), "float64": pa.float64()}
    source = None
    if any(kind == "arrow" for _, _, kind in layout.carried):
        import pyarrow.parquet as pq

        assert layout.source is not None
        source = pq.read_schema(layout.source)
    carried = [
        (out, source.field(name).type if kind == "arrow" and source else kinds[kind])
        for name, out, kind in layout.carried
    ]
    return pa.schema(
        [
            ("id", text),
            *carried,
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


def _encoded(row: dict[str, Any], fields: Sequence[str], encode: Iterable[str]) -> dict[str, Any]:
    out = {name: row.get(name) for name in fields}
    for name in encode:
        if out[name] is not None and not isinstance(out[name], str):
            out[name] = _dumps(out[name])
    return out


class ParquetSink:
    """One row group per :meth:`write`, all with :func:`arrow_schema`."""

    def __init__(self, fh: IO[bytes], layout: Layout) -> None:
        import pyarrow.parquet as pq

        self._schema = arrow_schema(layout)
        self._fields = layout.fields
        carried_json = [out for _, out, kind in layout.carried if kind == "json"]
        self._encode = (*carried_json, *JSON_FIELDS)
        self._writer = pq.ParquetWriter(fh, self._schema)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa

        encoded = [_encoded(row, self._fields, self._encode) for row in rows]
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
    def __init__(self, fh: IO[bytes], layout: Layout) -> None:
        self._fh = fh
        self._fields = layout.fields

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        lines = [_dumps({name: row.get(name) for name in self._fields}) for row in rows]
        self._fh.write("".join(line + "\n" for line in lines).encode("utf-8"))

    def close(self) -> None:
        pass


class CsvSink:
    """CSV without a header (parts are concatenated; :func:`write_csv_header` adds it).

    Carried values that are not strings are written as JSON (``5``, ``true``, ``[1, 2]``)."""

    def __init__(self, fh: IO[bytes], layout: Layout) -> None:
        self._fh = fh
        self._fields = layout.fields
        self._encode = (*(out for _, out, _ in layout.carried), *LIST_FIELDS, *JSON_FIELDS)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self._fields, lineterminator="\n")
        for row in rows:
            writer.writerow(_encoded(row, self._fields, self._encode))
        self._fh.write(buf.getvalue().encode("utf-8"))

    def close(self) -> None:
        pass


def write_csv_header(fh: IO[bytes], layout: Layout | None = None) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow((layout or Layout()).fields)
    fh.write(buf.getvalue().encode("utf-8"))


def open_sink(fh: IO[bytes], fmt: str, layout: Layout | None = None) -> Sink:
    """A sink writing ``fmt`` rows to the binary file ``fh``."""
    layout = layout or Layout()
    if fmt == "parquet":
        return ParquetSink(fh, layout)
    if fmt == "jsonl":
        return JsonlSink(fh, layout)
    if fmt == "csv":
        return CsvSink(fh, layout)
    raise ValueError(f"unknown output format {fmt!r}; choose from {SINK_FORMATS}")


def read_rows(path: str | os.PathLike[str], fmt: str | None = None) -> pd.DataFrame:
    """Read tagged output written by :func:`pressnlp.tag_archive` back into a DataFrame.

    JSON-encoded columns are decoded, so every format gives the same Python values:
    lists for ``persons``/``organizations``/``places``/``dates``, lists of dicts for
    ``entities``. Carried input columns come back as the format stores them (CSV: text).

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
            records = [json.loads(line) for line in fh]
        columns = list(records[0]) if records else list(OUTPUT_FIELDS)
        df = pd.DataFrame(records, columns=columns)
        decode = ()
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        decode = (*LIST_FIELDS, *JSON_FIELDS)
    df["topic_score"] = df["topic_score"].astype("float64")
    df["n_tokens"] = df["n_tokens"].astype("int64")
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
