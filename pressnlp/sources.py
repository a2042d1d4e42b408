"""Archive sources for batch tagging: stream records in, with the archive's own columns.

A *source* yields :class:`Record` objects one at a time, so an archive of any size is read
in bounded memory:

- a folder: every ``*.txt``, ``*.html`` and ``*.htm`` below it (recursively, in sorted
  order, one directory at a time), read as bytes; the id is the path relative to the folder.
  **Symlinks are never followed**: a symlinked file or folder is skipped, like a file with
  another suffix or an unreadable folder, and every skipped entry is counted
  (:attr:`Scan.skipped`);
- a ``.jsonl`` / ``.csv`` / ``.parquet`` file: one record per line / row, text from
  ``text_column``, id from ``id_column`` (default: the 1-based line or row number), the
  publication date and title from ``date_column`` / ``title_column`` if given, and every
  other column in :attr:`Record.extra`;
- ``-``: JSONL on standard input (its columns are those of the first record).

Text input is decoded as ``encoding`` (strictly) or, by default, as UTF-8 with a cp1252
fallback line by line; a line neither can decode fails its record with a reason naming
the file and the line.

>>> from pressnlp.sources import iter_records
>>> next(iter_records("pressnlp/data/samples")).id        # doctest: +SKIP
'000_8bdf8b16649a04d4.txt'
"""

from __future__ import annotations

import csv
import json
import math
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = [
    "FOLDER_SUFFIXES",
    "Record",
    "Scan",
    "check_source",
    "iter_records",
    "scan_source",
    "source_format",
]

FOLDER_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Record:
    """One item of an archive: its id, the raw text or bytes, an HTML hint, and metadata.

    ``raw`` is ``None`` (with ``error`` set) when the record could not be read at all,
    e.g. an invalid JSON line; it is still counted and reported, never dropped. ``date``
    and ``title`` are the raw values of the date / title columns; ``extra`` maps every
    other input column (not the text or id column) to its value.
    """

    id: str
    raw: str | bytes | None
    html: bool | None = None
    error: str | None = None
    date: Any = None
    title: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Scan:
    """What one cheap pass over a source found before tagging.

    ``total``: records (``None`` when unknown, e.g. standard input); ``columns``: the input
    columns other than the text and id columns, in source order, each with its kind
    (``string``, ``bool``, ``int64``, ``float64``, ``json`` for anything else, ``arrow`` for a
    Parquet column kept with its own type); ``skipped``: folder entries left out, by reason.
    """

    total: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    skipped: Counter[str] = field(default_factory=Counter)
    head: list[bytes] = field(default_factory=list)  # lines of stdin already read
    rest: Iterator[bytes] | None = None  # and the iterator over the others


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


# --- decoding ----------------------------------------------------------------------------


def decode_line(line: bytes, encoding: str | None, where: str) -> tuple[str, str | None]:
    """``(text, problem)``: ``line`` decoded as ``encoding`` or UTF-8 then cp1252; when it
    cannot be decoded, the text with U+FFFD replacements and why, naming ``where``."""
    codecs = (encoding,) if encoding else ("utf-8", "cp1252")
    for codec in codecs:
        try:
            return line.decode(codec), None
        except UnicodeDecodeError as err:
            last = err
    bad = line[last.start : last.start + 1].hex()
    problem = (
        f"cannot decode {where} as {' or '.join(codecs)} (byte 0x{bad} at position {last.start})"
    )
    return line.decode(codecs[0], errors="replace"), problem


def _decoded_lines(
    lines: Iterable[bytes], encoding: str | None, name: str, problems: dict[int, str]
) -> Iterator[str]:
    for lineno, line in enumerate(lines, 1):
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf") and encoding in (None, "utf-8"):
            line = line[3:]
        text, problem = decode_line(line, encoding, f"line {lineno} of {name}")
        if problem is not None:
            problems[lineno] = problem
        yield text


# --- checking and scanning ---------------------------------------------------------------


def check_source(
    source: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    date_column: str | None = None,
    title_column: str | None = None,
) -> str:
    """Validate ``source`` cheaply before any work; return its format.

    Raises :class:`FileNotFoundError` for a missing path and :class:`ValueError` for an
    unknown format, a column option on a folder, or a missing column (looked up in the CSV
    header, the Parquet schema, or the first JSONL record).
    """
    if os.fspath(source) != "-" and not Path(source).exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    fmt = source_format(source)
    roles: list[tuple[str, str | None]] = [("text", text_column), ("id", id_column)]
    roles += [("date", date_column), ("title", title_column)]
    if fmt == "folder":
        for role, name in roles[1:]:
            if name is not None:
                raise ValueError(f"{source} is a folder: its files have no {role} column")
        return fmt
    if os.fspath(source) == "-":
        return fmt
    columns = _header(Path(source), fmt)
    if columns is not None:
        for role, name in roles:
            if name is not None and name not in columns:
                raise ValueError(
                    f"{source} has no {role} column {name!r}; columns: {', '.join(map(str, columns))}"
                )
    return fmt


def _header(path: Path, fmt: str) -> Sequence[str] | None:
    if fmt == "csv":
        with open(path, "rb") as fh:
            first = fh.readline()
        text, _ = decode_line(first.removeprefix(b"\xef\xbb\xbf"), None, f"line 1 of {path}")
        return next(csv.reader([text]), [])
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return list(pq.read_schema(path).names)
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return None  # reported per record, like any other bad line
                return list(first) if isinstance(first, dict) else None
    return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int64"
    if isinstance(value, float):
        return "float64"
    return "string" if isinstance(value, str) else "json"


def _merge_kinds(kinds: set[str]) -> str:
    if not kinds:
        return "string"
    if len(kinds) == 1:
        return next(iter(kinds))
    return "float64" if kinds == {"int64", "float64"} else "json"


def scan_source(
    source: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Scan:
    """Count the records of ``source`` and find its other columns (one pass, no tagging).

    A JSONL file is read once (every record's fields and value kinds); a CSV file's rows
    are counted; a Parquet file's metadata is read; a folder is walked. For ``-`` only the
    first record is read (and kept in :attr:`Scan.head` for :func:`iter_records`).
    """
    fmt = source_format(source)
    skip = {text_column, id_column}
    if fmt == "folder":
        scan = Scan(total=0)
        for _ in _walk_sorted(Path(source), scan.skipped):
            scan.total = (scan.total or 0) + 1
        return scan
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(source)
        names = [n for n in pf.schema_arrow.names if n not in skip]
        return Scan(total=pf.metadata.num_rows, columns=dict.fromkeys(names, "arrow"))
    if fmt == "csv":
        with open(source, "rb") as fh:
            reader = csv.reader(_decoded_lines(fh, None, str(source), {}))
            header = next(reader, [])
            total = sum(1 for _ in reader)
        return Scan(total=total, columns={n: "string" for n in header if n not in skip})
    if os.fspath(source) == "-":
        return _scan_stdin(stdin or sys.stdin.buffer, skip)
    kinds: dict[str, set[str]] = {}
    total = 0
    with open(source, "rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            total += 1
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                for key, value in obj.items():
                    if key not in skip:
                        seen = kinds.setdefault(key, set())
                        if value is not None:
                            seen.add(_kind(value))
    return Scan(total=total, columns={k: _merge_kinds(v) for k, v in kinds.items()})


# The columns ``pressnlp tag`` takes for the record id, date and title when none is named.
AUTO_COLUMNS = {"id": "id", "date": "date", "title": "title"}


def detect_columns(columns: dict[str, str | None], scan: Scan) -> dict[str, str | None]:
    """``columns`` (``text``/``id``/``date``/``title`` -> source column or ``None``) with each
    ``None`` filled from :data:`AUTO_COLUMNS` where the scanned source has that column; an id
    column found this way leaves :attr:`Scan.columns` (it is the record id, not carried).

    >>> scan = Scan(columns={"id": "string", "date": "string", "url": "string"})
    >>> detect_columns({"text": "text", "id": None, "date": None, "title": None}, scan)
    {'text': 'text', 'id': 'id', 'date': 'date', 'title': None}
    >>> list(scan.columns)
    ['date', 'url']
    """
    out = dict(columns)
    for role, name in AUTO_COLUMNS.items():
        if out.get(role) is None and name in scan.columns and name != out["text"]:
            out[role] = name
    if columns.get("id") is None and out["id"] is not None:
        del scan.columns[out["id"]]
    return out


def _scan_stdin(stream: IO[bytes], skip: set[str | None]) -> Scan:
    rest = iter(stream)
    scan = Scan(rest=rest)
    for line in rest:
        scan.head.append(line)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            break
        if isinstance(obj, dict):
            scan.columns = {
                k: "string" if v is None else _kind(v) for k, v in obj.items() if k not in skip
            }
        break
    return scan


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Columns:
    text: str
    id: str | None
    date: str | None
    title: str | None
    extra: tuple[str, ...]


def iter_records(
    source: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    date_column: str | None = None,
    title_column: str | None = None,
    html: bool | None = None,
    skip: int = 0,
    stdin: IO[bytes] | None = None,
    encoding: str | None = None,
    scan: Scan | None = None,
) -> Iterator[Record]:
    """Stream the records of ``source`` in a stable order, skipping the first ``skip``.

    ``html`` overrides the per-record HTML hint (for folders: ``.html``/``.htm`` files are
    HTML, ``.txt`` files are auto-detected by :func:`pressnlp.clean`). ``scan`` (from
    :func:`scan_source`, made if not given) names the columns kept in :attr:`Record.extra`.
    ``encoding`` decodes JSONL/CSV lines and folder files (default: UTF-8, else cp1252).
    """
    fmt = source_format(source)
    if scan is None:
        scan = scan_source(source, text_column=text_column, id_column=id_column, stdin=stdin)
    cols = _Columns(text_column, id_column, date_column, title_column, tuple(scan.columns))
    if fmt == "folder":
        records = _folder_records(Path(source), skip, encoding)
    elif fmt == "parquet":
        records = _parquet_records(Path(source), cols, skip)
    elif fmt == "csv":
        records = _csv_records(Path(source), cols, skip, encoding)
    elif os.fspath(source) == "-":
        lines = _chain(scan.head, scan.rest if scan.rest is not None else stdin or sys.stdin.buffer)
        records = _jsonl_records(lines, "standard input", cols, skip, encoding, strict=True)
    else:
        records = _jsonl_file_records(Path(source), cols, skip, encoding)
    for record in records:
        if html is not None and record.raw is not None:
            record = Record(
                record.id, record.raw, html, record.error, record.date, record.title, record.extra
            )
        yield record


def _chain(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _walk_sorted(folder: Path, skipped: Counter[str] | None = None) -> Iterator[Path]:
    # Depth-first with each directory's entries sorted by name, so files come in the order
    # of their sorted relative paths while only the listings of the directories on the
    # current path are held in memory. Symlinks are not followed (a link could leave the
    # archive or loop); what is left out is counted, never dropped silently.
    skipped = Counter() if skipped is None else skipped
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        skipped["unreadable folder"] += 1
        return
    for entry in entries:
        if entry.is_symlink():
            skipped["symlink"] += 1
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk_sorted(Path(entry.path), skipped)
        elif os.path.splitext(entry.name)[1].lower() not in FOLDER_SUFFIXES:
            skipped["other suffix"] += 1
        elif not entry.is_file(follow_symlinks=False):
            skipped["not a regular file"] += 1
        else:
            yield Path(entry.path)


def _folder_records(root: Path, skip: int, encoding: str | None) -> Iterator[Record]:
    for seen, path in enumerate(_walk_sorted(root), 1):
        if seen <= skip:
            continue
        rel = path.relative_to(root).as_posix()
        html = True if path.suffix.lower() in (".html", ".htm") else None
        try:
            data = path.read_bytes()
        except OSError as err:
            yield Record(rel, None, html, f"cannot read file: {err.strerror or err}")
            continue
        if encoding is None:
            yield Record(rel, data, html)  # clean() decodes: UTF-8, else cp1252
            continue
        try:
            yield Record(rel, data.decode(encoding), html)
        except UnicodeDecodeError as err:
            error = f"cannot decode {rel} as {encoding} (byte at position {err.start})"
            yield Record(rel, None, html, error)


def _jsonl_file_records(
    path: Path, cols: _Columns, skip: int, encoding: str | None
) -> Iterator[Record]:
    with open(path, "rb") as fh:
        yield from _jsonl_records(fh, str(path), cols, skip, encoding, strict=False)


def _jsonl_records(
    lines: Iterable[bytes],
    name: str,
    cols: _Columns,
    skip: int,
    encoding: str | None,
    *,
    strict: bool,
) -> Iterator[Record]:
    seen = 0
    known = {cols.text, cols.id, *cols.extra}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue  # blank lines are not records
        seen += 1
        if seen <= skip:
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        text, problem = decode_line(line, encoding, f"line {lineno} of {name}")
        if problem is not None:
            yield Record(str(lineno), None, error=problem)
            continue
        try:
            obj = json.loads(text)
        except ValueError as err:
            yield Record(str(lineno), None, error=f"invalid JSON on line {lineno}: {err}")
            continue
        if not isinstance(obj, dict):
            yield Record(str(lineno), None, error=f"line {lineno} is not a JSON object")
            continue
        rid = _id_value(obj.get(cols.id) if cols.id else None, lineno)
        extra = {k: obj.get(k) for k in cols.extra}
        unknown = [k for k in obj if k not in known]
        if strict and unknown:
            error = (
                f"field(s) {', '.join(map(repr, unknown))} not in the first record "
                "(standard input is read once: give every field in the first record)"
            )
            yield Record(rid, None, error=error, extra=extra)
        elif cols.text not in obj:
            yield Record(rid, None, error=f"no {cols.text!r} field", extra=extra)
        else:
            date = obj.get(cols.date) if cols.date else None
            title = obj.get(cols.title) if cols.title else None
            yield Record(rid, obj[cols.text], date=date, title=title, extra=extra)


def _csv_records(path: Path, cols: _Columns, skip: int, encoding: str | None) -> Iterator[Record]:
    # Text read as str, never parsed: an empty cell stays "" and is reported as empty text.
    problems: dict[int, str] = {}
    csv.field_size_limit(2**31 - 1)  # a release can be longer than csv's 128 KiB default
    with open(path, "rb") as fh:
        reader = csv.reader(_decoded_lines(fh, encoding, str(path), problems))
        header = next(reader, [])
        index = {name: i for i, name in enumerate(header)}
        rowno, first_line = 0, 2
        for values in reader:
            rowno += 1
            lines = range(first_line, reader.line_num + 1)
            first_line = reader.line_num + 1
            if rowno <= skip:
                continue
            cell = {name: values[i] if i < len(values) else None for name, i in index.items()}
            rid = _id_value(cell.get(cols.id) if cols.id else None, rowno)
            extra = {k: cell.get(k) for k in cols.extra}
            problem = next((problems.pop(n) for n in lines if n in problems), None)
            if problem is None and len(values) != len(header):
                problem = f"row {rowno} has {len(values)} fields, the header {len(header)}"
            if problem is not None:
                yield Record(rid, None, error=problem, extra=extra)
                continue
            date = cell.get(cols.date) if cols.date else None
            title = cell.get(cols.title) if cols.title else None
            yield Record(rid, cell[cols.text], date=date, title=title, extra=extra)


def _parquet_records(path: Path, cols: _Columns, skip: int) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    wanted = [cols.text, cols.id, cols.date, cols.title, *cols.extra]
    columns = list(dict.fromkeys(c for c in wanted if c is not None))
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
        data = {name: batch.column(name).to_pylist() for name in columns}
        for i in range(batch.num_rows):
            rowno += 1
            if rowno <= skip:
                continue
            rid = _id_value(data[cols.id][i] if cols.id else None, rowno)
            yield Record(
                rid,
                data[cols.text][i],
                date=data[cols.date][i] if cols.date else None,
                title=data[cols.title][i] if cols.title else None,
                extra={k: data[k][i] for k in cols.extra},
            )


def _id_value(value: Any, number: int) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return str(number)
    return str(value)
