"""Checkpointed output of :func:`pressnlp.tag_archive`: numbered parts, a manifest,
and an atomic final assembly.

Layout while a run is unfinished (``DEST`` is the output file)::

    DEST.parts/manifest.json        settings of the run + one entry per finished chunk
    DEST.parts/part-000000.parquet  rows of chunk 0 (same format as DEST)
    DEST.parts/errors-000000.jsonl  failed records of chunk 0 (id, error)
    ...

Ordering guarantee, for each chunk ``k``: the part file and the errors file are written
to ``*.tmp`` (created exclusively, never through a symlink), fsynced and renamed; only then is the manifest listing chunk ``k``
rewritten (temp file, fsync, ``os.replace``, fsync of the folder). So after a crash at any
point, every chunk in the manifest is complete on disk, and anything else in the folder
is debris that a resumed run overwrites. At the end the errors file and then ``DEST`` are
assembled inside ``DEST.parts/``, fsynced and moved into place with ``os.replace``
(``DEST`` last, so a ``DEST`` that exists is complete), and the folder is removed.

A row that the output format cannot hold (a lone surrogate in a string, a carried value
of another type than its column) fails alone, with ``error`` saying why: its chunk is
written without it, never blocked by it. :class:`DestLock` keeps a second run off ``DEST``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from pressnlp.archive import (
    LIST_FIELDS,
    Layout,
    arrow_schema,
    open_sink,
    release_arrow_memory,
    write_csv_header,
)
from pressnlp.errors import OutputLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock (documented)
    fcntl = None  # type: ignore[assignment]

Row = dict[str, Any]
_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def parts_dir(dest: str | os.PathLike[str]) -> Path:
    """Where :func:`tag_archive` keeps the parts and checkpoint of an unfinished run."""
    return Path(f"{os.fspath(dest)}.parts")


def errors_path(dest: str | os.PathLike[str]) -> Path:
    """The ``DEST.errors.jsonl`` file listing failed records (id, error)."""
    return Path(f"{os.fspath(dest)}.errors.jsonl")


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform / filesystem
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create_exclusive(path: Path) -> IO[bytes]:
    """Open a new file for writing: created here and now (``O_EXCL``), never through a
    symlink (``O_NOFOLLOW``). A leftover file or link of that name (debris of a killed run)
    is removed first; removing a link never touches what it points to."""
    try:
        fd = os.open(path, _EXCLUSIVE | getattr(os, "O_BINARY", 0), 0o644)
    except FileExistsError:
        path.unlink()
        fd = os.open(path, _EXCLUSIVE | getattr(os, "O_BINARY", 0), 0o644)
    return os.fdopen(fd, "wb")


class DestLock:
    """An exclusive lock on ``DEST`` for one run (``DEST.lock``, ``flock``), so two runs
    can never write the same output; the second raises :class:`OutputLockedError`.
    The lock file is removed when the run ends. (No lock on systems without ``fcntl``.)"""

    def __init__(self, dest: str | os.PathLike[str]) -> None:
        self.dest = Path(dest)
        self.path = Path(f"{os.fspath(dest)}.lock")
        self._fd: int | None = None

    def __enter__(self) -> DestLock:
        if fcntl is None:  # pragma: no cover
            return self
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputLockedError(
                    f"another run is writing {self.dest} (it holds {self.path}); "
                    "wait for it to finish or choose another output"
                ) from None
            # The holder before us may have removed the file after we opened it: lock
            # the file that is at the path now.
            with contextlib.suppress(FileNotFoundError):
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    self._fd = fd
                    return self
            os.close(fd)

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)
            self._fd = None


def _write_atomically(path: Path, write: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with create_exclusive(tmp) as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class Checkpoint:
    """The ``DEST.parts/`` folder: numbered parts plus ``manifest.json``.

    Chunk ``k`` holds records ``k*chunk_size`` to ``(k+1)*chunk_size - 1`` of the source.
    A chunk counts as done only once its part and error files are fsynced and renamed
    *and* the manifest listing it has been replaced atomically; anything else in the
    folder is debris of a killed run and is ignored.
    """

    def __init__(
        self, dest: Path, fmt: str, settings: dict[str, Any], layout: Layout | None = None
    ) -> None:
        self.dir = parts_dir(dest)
        self.fmt = fmt
        self.settings = settings
        self.layout = layout or Layout()
        self.chunks: list[dict[str, int]] = []
        self.resumed = 0  # records an earlier run had checkpointed

    @property
    def manifest(self) -> Path:
        return self.dir / "manifest.json"

    def part(self, k: int) -> Path:
        return self.dir / f"part-{k:06d}.{self.fmt}"

    def errors(self, k: int) -> Path:
        return self.dir / f"errors-{k:06d}.jsonl"

    def start(self, resume: bool) -> None:
        if self.dir.is_symlink():
            raise OSError(
                f"{self.dir} is a symlink; remove it (parts are never written through one)"
            )
        if self.manifest.is_file() and resume:
            saved = json.loads(self.manifest.read_text(encoding="utf-8"))
            changed = [
                f"{key} ({saved['settings'].get(key)!r} -> {value!r})"
                for key, value in self.settings.items()
                if saved["settings"].get(key) != value
            ]
            if changed:
                raise ValueError(
                    f"cannot resume the run in {self.dir}: {', '.join(changed)} changed; "
                    "run without resume to start over"
                )
            self.chunks = saved["chunks"]
            self.resumed = self.done
            return
        if resume:
            print(
                f"pressnlp: no unfinished run in {self.dir}; starting from the beginning",
                file=sys.stderr,
            )
        elif self.dir.exists():
            print(
                f"pressnlp: discarding the unfinished run in {self.dir} (use resume to continue it)",
                file=sys.stderr,
            )
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self._save()

    def _save(self) -> None:
        data = json.dumps({"settings": self.settings, "chunks": self.chunks}, indent=1)
        _write_atomically(self.manifest, lambda fh: fh.write(data.encode("utf-8")))

    @property
    def done(self) -> int:
        return sum(c["read"] for c in self.chunks)

    def commit(self, rows: Sequence[Row]) -> None:
        k = len(self.chunks)

        def write_rows(fh: IO[bytes]) -> None:
            self._write_rows(fh, rows)

        try:
            _write_atomically(self.part(k), write_rows)
        except (ValueError, TypeError, OverflowError):
            # A value the format cannot hold: fail those rows alone, write the rest.
            rows = [self._writable(row) for row in rows]
            _write_atomically(self.part(k), write_rows)

        def write_errors(fh: IO[bytes]) -> None:
            for row in rows:
                if row["error"] is not None:
                    line = json.dumps({"id": row["id"], "error": row["error"]}, ensure_ascii=False)
                    fh.write(line.encode("utf-8") + b"\n")

        _write_atomically(self.errors(k), write_errors)
        failed = sum(row["error"] is not None for row in rows)
        self.chunks.append({"read": len(rows), "failed": failed})
        self._save()

    def _write_rows(self, fh: IO[bytes], rows: Sequence[Row]) -> None:
        sink = open_sink(fh, self.fmt, self.layout)
        try:
            sink.write(rows)
        except BaseException:
            with contextlib.suppress(Exception):
                sink.close()
            raise
        sink.close()

    def _writable(self, row: Row) -> Row:
        """``row``, or its failed version when the output format cannot hold it."""
        try:
            self._write_rows(io.BytesIO(), [row])
            return row
        except (ValueError, TypeError, OverflowError) as err:
            reason = f"cannot write the row: {type(err).__name__}: {err}"
        rid = str(row["id"]).encode("utf-8", "backslashreplace").decode("utf-8")
        failed: Row = dict.fromkeys(self.layout.fields)
        failed |= {name: [] for name in LIST_FIELDS}
        failed |= {"id": rid, "entities": [], "n_tokens": 0, "error": reason[:500]}
        return failed

    def assemble(self, dest: Path) -> Path | None:
        """Join the parts into ``dest`` and the error parts into ``DEST.errors.jsonl``.

        Each file is built in the parts folder, fsynced and moved into place with
        ``os.replace``; the errors file first, ``dest`` last, so a complete ``dest`` means a
        complete run. Then the parts folder is removed.
        """
        n = len(self.chunks)
        errors_file = errors_path(dest)
        if any(c["failed"] for c in self.chunks):
            tmp = self.dir / "errors.assembled"
            with create_exclusive(tmp) as fh:
                for k in range(n):
                    with open(self.errors(k), "rb") as part:
                        shutil.copyfileobj(part, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, errors_file)
        else:
            errors_file.unlink(missing_ok=True)  # stale, from an earlier run
            errors_file = None  # type: ignore[assignment]
        tmp = self.dir / "output.assembled"
        with create_exclusive(tmp) as fh:
            self._join(fh, n)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
        shutil.rmtree(self.dir)
        return errors_file

    def _join(self, fh: IO[bytes], n: int) -> None:
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            schema = arrow_schema(self.layout)
            with pq.ParquetWriter(fh, schema) as writer:
                for k in range(n):
                    part = pq.ParquetFile(self.part(k))
                    # Row group by row group: memory stays at one chunk.
                    for g in range(part.num_row_groups):
                        table = part.read_row_group(g)
                        writer.write_table(table, row_group_size=max(table.num_rows, 1))
                        del table
                        release_arrow_memory()
            return
        if self.fmt == "csv":
            write_csv_header(fh, self.layout)
        for k in range(n):
            with open(self.part(k), "rb") as part_fh:
                shutil.copyfileobj(part_fh, fh)
