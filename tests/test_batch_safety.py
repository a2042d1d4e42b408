"""Batch safety: no orphaned workers after kill -9, per-record limits (max_chars, timeout),
rows the output cannot hold, the DEST lock, -o refusing the source or an existing file,
exclusive temp files, folder symlinks, and one-line errors with exit code 2. Inputs are
built from the bundled samples: runs in every clone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import SAMPLES, SEED_NAME, sample_records

from pressnlp.archive import read_rows
from pressnlp.batch import errors_path, get_pipeline, parts_dir, tag_archive, tag_frame
from pressnlp.checkpoint import DestLock
from pressnlp.cli import main
from pressnlp.errors import OutputLockedError
from pressnlp.pipeline import TOPICS

FAST = ["--exclude", TOPICS]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return get_pipeline([TOPICS])


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


PAUSE_DRIVER = """
import functools, sys, time
import pressnlp.cli.tag_cmd as tag_cmd
from pressnlp.cli import main

def on_commit(chunks, records):
    print("pressnlp-test: paused", file=sys.stderr, flush=True)
    time.sleep(600)

tag_cmd.tag_archive = functools.partial(tag_cmd.tag_archive, on_commit=on_commit)
sys.exit(main(["tag", *sys.argv[1:]]))
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_workers_die_with_their_parent_on_kill_9(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", sample_records(8))
    args = [str(src), "-o", str(tmp_path / "out.parquet"), "--n-process", "2"]
    command = [sys.executable, "-c", PAUSE_DRIVER, *args, "--chunk-size", "4", *FAST]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # the pool has tagged a chunk: both workers are up
        if line.startswith("pressnlp-test: paused"):
            break
    else:
        pytest.fail(f"run ended before pausing (exit {proc.wait()})")
    workers = _children(proc.pid)
    assert len(workers) >= 2, workers
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived their parent"


def test_max_chars_and_timeout_fail_a_record_and_the_run_goes_on(tmp_path: Path) -> None:
    import spacy
    from spacy.language import Language

    if "test_safety_slow" not in Language.factories:

        @Language.component("test_safety_slow")
        def slow(doc: Any) -> Any:
            if "LAMBAT" in doc.text:
                time.sleep(60)  # interrupted by the time limit
            return doc

    slow_nlp = spacy.blank("id")
    slow_nlp.add_pipe("test_safety_slow")
    texts = [r["text"] for r in sample_records(4)]
    texts[1] = texts[1].replace(" ", " LAMBAT ", 1)
    started = time.monotonic()
    out = tag_frame(pd.DataFrame({"text": texts}), nlp=slow_nlp, timeout=1.0, batch_size=4)
    assert time.monotonic() - started < 30
    assert out["error"].tolist() == [None, "timeout", None, None]
    assert out["body"][1]  # the cleaning result is kept for debugging

    limit = len(texts[2])
    long_text = texts[0] * (2 + limit // len(texts[0]))
    out = tag_frame(pd.DataFrame({"text": [long_text, texts[2]]}), nlp=slow_nlp, max_chars=limit)
    assert out["error"][0] == (
        f"text too long: {len(long_text):,} characters (max_chars is {limit:,})"
    )
    assert out["error"][1] is None
    with pytest.raises(ValueError, match="max_chars"):
        tag_frame(pd.DataFrame({"text": texts}), nlp=slow_nlp, max_chars=0)


def test_a_row_the_output_cannot_hold_fails_alone(nlp: Any, tmp_path: Path) -> None:
    records: list[dict[str, Any]] = [
        {"id": f"r{i}", "text": r["text"], "hits": i} for i, r in enumerate(sample_records(4))
    ]
    records[2]["hits"] = "banyak"  # not an int, as the first record said
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.append('{"id": "surrogate", "text": "Menteri \\ud800 di Jakarta pada Senin pagi."}')
    stdin = "\n".join(lines).encode("utf-8")
    import io

    for fmt in ("parquet", "jsonl", "csv"):
        dest = tmp_path / f"out.{fmt}"
        summary = tag_archive("-", dest, id_column="id", nlp=nlp, stdin=io.BytesIO(stdin))
        assert summary.read == 5, fmt
        rows = read_rows(dest).set_index("id")
        assert rows.loc[["r0", "r1", "r3"], "error"].isna().all()
        if fmt == "parquet":  # only Parquet has typed columns
            assert rows.loc["r2", "error"].startswith("cannot write the row: ")
            assert rows["hits"].tolist()[:2] == [0, 1]
        surrogate = rows.loc["surrogate", "error"]
        assert surrogate is None or surrogate.startswith(("cannot write the row", "pipeline"))
        assert len(rows) == 5 and not parts_dir(dest).exists()


def test_a_second_run_on_the_same_dest_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _jsonl(tmp_path / "in.jsonl", sample_records(2))
    dest = tmp_path / "out.parquet"
    with DestLock(dest):
        with pytest.raises(OutputLockedError, match="another run is writing"):
            tag_archive(src, dest, nlp=get_pipeline([TOPICS]))
        assert main(["tag", str(src), "-o", str(dest), *FAST]) == 2
        err = capsys.readouterr().err
        assert err == (
            f"pressnlp tag: error: another run is writing {dest} (it holds {dest}.lock); "
            "wait for it to finish or choose another output\n"
        )
    assert not dest.exists() and not parts_dir(dest).exists()
    assert main(["tag", str(src), "-o", str(dest), *FAST]) == 0  # the lock is released
    assert not Path(f"{dest}.lock").exists()


def test_output_refuses_the_source_and_existing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _jsonl(tmp_path / "in.jsonl", sample_records(2))
    before = src.read_bytes()
    for extra in ([], ["--overwrite"]):
        assert main(["tag", str(src), "-o", str(src), *extra]) == 2
        assert "is the source itself" in capsys.readouterr().err
    assert src.read_bytes() == before
    with pytest.raises(FileExistsError, match="is the source itself"):
        tag_archive(src, src)
    dest = tmp_path / "out.jsonl"
    dest.write_text("keep me", encoding="utf-8")
    assert main(["tag", str(src), "-o", str(dest), *FAST]) == 2
    assert "exists; pass --overwrite to replace it" in capsys.readouterr().err
    assert dest.read_text() == "keep me"
    assert main(["tag", str(src), "-o", str(dest), "--overwrite", *FAST]) == 0
    assert len(read_rows(dest)) == 2


def test_temp_files_never_follow_a_planted_symlink(nlp: Any, tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", sample_records(4))
    dest = tmp_path / "out.parquet"

    class Stop(Exception):
        pass

    def stop(chunks: int, records: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        tag_archive(src, dest, id_column="id", nlp=nlp, chunk_size=2, on_commit=stop)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in ("part-000001.parquet.tmp", "errors-000001.jsonl.tmp", "output.assembled"):
        (parts_dir(dest) / name).symlink_to(victim)
    summary = tag_archive(src, dest, id_column="id", nlp=nlp, chunk_size=2, resume=True)
    assert (summary.read, summary.resumed) == (4, 2)
    assert victim.read_text() == "precious" and len(read_rows(dest)) == 4


def test_folder_sources_skip_symlinks_and_count_every_skipped_file(
    nlp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes((SAMPLES / SEED_NAME).read_bytes())
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes((SAMPLES / SEED_NAME).read_bytes())
    (root / "sub" / "b.txt").write_bytes((SAMPLES / SEED_NAME).read_bytes())
    (root / "link.txt").symlink_to(outside / "secret.txt")  # a file outside the archive
    (root / "linked-folder").symlink_to(outside)  # a folder outside it
    (root / "notes.md").write_text("not a release", encoding="utf-8")
    summary = tag_archive(root, tmp_path / "out.parquet", nlp=nlp)
    assert str(summary) == "2 read, 2 tagged, 0 failed"
    assert summary.skipped == {"symlink": 2, "other suffix": 1}
    assert read_rows(tmp_path / "out.parquet")["id"].tolist() == ["a.txt", "sub/b.txt"]
    assert main(["tag", str(root), "-o", str(tmp_path / "cli.parquet"), *FAST]) == 0
    assert "skipped in the source folder: 1 other suffix, 2 symlink" in capsys.readouterr().err


def test_io_failures_are_one_line_errors_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corrupt = tmp_path / "corrupt.parquet"
    corrupt.write_bytes(b"PAR1" + os.urandom(200) + b"PAR1")
    assert main(["tag", str(corrupt), "-o", str(tmp_path / "a.parquet"), *FAST]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressnlp tag: error: ") and err.count("\n") == 1, err

    src = _jsonl(tmp_path / "in.jsonl", sample_records(2))

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["tag", str(src), "-o", str(tmp_path / "b.parquet"), *FAST]) == 2
    err = capsys.readouterr().err
    assert err == "pressnlp tag: error: [Errno 28] No space left on device\n", err
    monkeypatch.undo()
    assert main(["tag", str(src), "-o", str(tmp_path / "b.parquet"), *FAST, "--resume"]) == 0
    assert errors_path(tmp_path / "b.parquet").exists() is False
