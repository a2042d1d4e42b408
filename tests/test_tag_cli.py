"""``pressnlp tag``: argument validation, stdin, and resuming after a real Ctrl-C and kill -9.

The interrupted runs are real subprocesses. To make the signal land mid-run at a known
point they run ``pressnlp tag`` through a small driver (:data:`PAUSE_DRIVER`) that passes
``tag_archive`` an ``on_commit`` callback: after that many committed chunks it prints a
marker on stderr and sleeps, and the test then sends the signal.
"""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import sample_records

from pressnlp.archive import read_rows
from pressnlp.batch import errors_path, get_pipeline, parts_dir, tag_archive
from pressnlp.cli import main
from pressnlp.pipeline import TOPICS

# Without the topic classifier, which takes most of the pipeline's load time: these tests
# are about the batch machinery, and each subprocess loads the pipeline once.
FAST = ["--exclude", TOPICS]

# `pressnlp tag ARGS...` exactly as the CLI runs it, except that tag_archive gets an
# on_commit callback pausing the run after PAUSE committed chunks (argv: PAUSE ARGS...).
PAUSE_DRIVER = """
import functools, sys, time
import pressnlp.cli.tag_cmd as tag_cmd
from pressnlp.cli import main

pause_after = int(sys.argv[1])

def on_commit(chunks, records):
    if chunks == pause_after:
        print(f"pressnlp-test: paused after {chunks} chunks", file=sys.stderr, flush=True)
        time.sleep(600)

tag_cmd.tag_archive = functools.partial(tag_cmd.tag_archive, on_commit=on_commit)
sys.exit(main(["tag", *sys.argv[2:]]))
"""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """22 records (20 releases: the bundled samples cycled, an empty one and an invalid JSON
    line) as JSONL; built from the package's samples, so it runs in every clone."""
    rows = sample_records(20)
    lines = [json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) for r in rows]
    lines.insert(5, json.dumps({"id": "kosong", "text": " "}))
    lines.insert(13, "{rusak")
    out = tmp_path_factory.mktemp("src") / "releases.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope/", "-o", "{tmp}/out.parquet"], "no such file or folder: nope/"),
        (["{src}", "-o", "{tmp}/out.xlsx"], "unknown output format 'xlsx'"),
        (
            ["{src}", "-o", "{tmp}/out.x", "--format", "parquet", "--text-col", "body"],
            "has no text column 'body'; columns: id, text",
        ),
        (["{src}", "-o", "{tmp}/out.parquet", "--id-col", "uid"], "has no id column 'uid'"),
        (["{src}", "-o", "{tmp}/missing/out.parquet"], "output folder"),
        (["{src}", "-o", "{tmp}/out.csv", "--n-process", "0"], "--n-process must be at least 1"),
        (
            ["{src}", "-o", "{tmp}/out.csv", "--exclude", "parser"],
            "unknown component(s) ['parser']",
        ),
    ],
)
def test_bad_arguments_are_usage_errors(
    args: list[str], message: str, source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["tag", *(a.format(src=source, tmp=tmp_path) for a in args)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressnlp tag: error: ") and message in err
    assert not list(tmp_path.iterdir())  # nothing written


def test_stdin_jsonl_to_csv(
    source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source.read_bytes())))
    dest = tmp_path / "tagged.out"
    code = main(["tag", "-", "-o", str(dest), "--format", "csv", "--id-col", "id", *FAST])
    captured = capsys.readouterr()
    assert code == 1  # some records failed
    assert captured.out.strip() == "22 read, 20 tagged, 2 failed"
    rows = read_rows(dest, "csv")
    assert len(rows) == 22 and rows["error"].notna().sum() == 2
    assert rows.loc[rows["id"] == "kosong", "error"].item() == "empty text"
    errors = [json.loads(line) for line in errors_path(dest).read_text().splitlines()]
    assert [e["id"] for e in errors] == ["kosong", "14"]  # "{rusak" is line 14


def _start(args: list[str], pause_after: int | None = None) -> subprocess.Popen[str]:
    """``pressnlp tag ARGS`` in a subprocess; paused after ``pause_after`` chunks if given."""
    if pause_after is None:
        command = [sys.executable, "-m", "pressnlp", "tag", *args]
    else:
        command = [sys.executable, "-c", PAUSE_DRIVER, str(pause_after), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_pause(proc: subprocess.Popen[str], timeout: float = 240) -> None:
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout
    for line in proc.stderr:
        if line.startswith("pressnlp-test: paused after"):
            return
        assert time.monotonic() < deadline, "run never reached the pause point"
    pytest.fail(f"run ended before pausing (exit {proc.wait()})")


def test_resume_after_ctrl_c_and_kill_9_gives_identical_output(
    source: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "tagged.parquet"
    args = [
        str(source),
        "-o",
        str(dest),
        "--id-col",
        "id",
        "--chunk-size",
        "4",
        "--batch-size",
        "3",
    ]
    args += FAST

    # 1. kill -9 after 2 of the 6 chunks
    proc = _start(args, pause_after=2)
    _wait_for_pause(proc)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert not dest.exists() and not errors_path(dest).exists()  # nothing looks complete
    manifest = json.loads((parts_dir(dest) / "manifest.json").read_text())
    assert [c["read"] for c in manifest["chunks"]] == [4, 4]

    # 2. resumed, then Ctrl-C after one more chunk (2 processes this time: allowed)
    proc = _start([*args, "--resume", "--n-process", "2"], pause_after=1)
    _wait_for_pause(proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "rerun with --resume" in err and not dest.exists()
    manifest = json.loads((parts_dir(dest) / "manifest.json").read_text())
    assert [c["read"] for c in manifest["chunks"]] == [4, 4, 4]

    # 3. resumed to the end (exit 1: two records failed)
    proc = _start([*args, "--resume"])
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 1, err
    assert out.strip() == "22 read, 20 tagged, 2 failed"
    assert "resumed after 12 records" in err
    assert not parts_dir(dest).exists()

    # Same as one uninterrupted run.
    reference = tmp_path / "reference.parquet"
    summary = tag_archive(
        source,
        reference,
        id_column="id",
        chunk_size=4,
        exclude=[TOPICS],
        nlp=get_pipeline([TOPICS]),
    )
    assert str(summary) == "22 read, 20 tagged, 2 failed"
    resumed_rows, reference_rows = read_rows(dest), read_rows(reference)
    pd.testing.assert_frame_equal(resumed_rows, reference_rows)
    assert errors_path(dest).read_text() == errors_path(reference).read_text()
    assert resumed_rows["id"].tolist()[:6] == [*_ids(source)[:5], "kosong"]
    assert resumed_rows["n_tokens"].sum() > 1000


def _ids(source: Path) -> list[Any]:
    return [json.loads(line)["id"] for line in source.read_text().splitlines() if line != "{rusak"]
