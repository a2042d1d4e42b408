"""One style across the commands: ``--help`` of every subcommand (one sentence, options, one
example), the same ``--clean/--no-clean`` default, the same JSON key naming the input,
exit codes, and per-record progress with a total."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, SEED_NAME, sample_records

from pressnlp import clean
from pressnlp.cli import COMMANDS, EXAMPLES, build_parser, main
from pressnlp.pipeline import TOPICS
from pressnlp.tagging import progress_bar


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_subcommand_has_help_in_one_style(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith(f"usage: pressnlp {command} ")
    module = build_parser()._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    summary = module.description
    assert summary[0].isupper() and summary.endswith("."), summary
    assert summary in " ".join(text.split())
    assert text.rstrip().endswith(f"Example:\n  {EXAMPLES[command]}")
    assert EXAMPLES[command].startswith(f"pressnlp {command}")


def test_tag_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["tag", "--help"])
    text = capsys.readouterr().out
    assert "Exit codes:" in text and "--allow-failures" in text
    for code in ("0    every record was tagged", "1    some records failed", "2    usage or"):
        assert code in text


@pytest.mark.parametrize("command", ["entities", "topic", "stem"])
def test_commands_reading_releases_clean_by_default(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--clean, --no-clean" in capsys.readouterr().out
    args = build_parser().parse_args([command, "x.txt"])
    assert args.clean is True
    assert build_parser().parse_args([command, "--no-clean", "x.txt"]).clean is False


def test_json_outputs_name_the_input_with_the_same_key(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = SAMPLES / SEED_NAME
    body = clean(seed.read_bytes()).body
    for command in ("clean", "stem", "entities", "topic"):
        assert main([command, "--json", str(seed)]) == 0, command
        first = json.loads(capsys.readouterr().out.splitlines()[0])
        assert first["input"] == str(seed), command
        assert not {"source", "file"} & set(first), command
    # entities clean first by default: offsets point into the article body, and the page
    # furniture (the date line above the body, the signature) gives no entity
    assert main(["entities", "--json", str(seed)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["pub_date"] == "2017-07-12"
    for ent in record["entities"]:
        assert body[ent["start"] : ent["end"]] == ent["text"]
    assert main(["entities", "--json", "--no-clean", str(seed)]) == 0
    raw_record = json.loads(capsys.readouterr().out)
    assert raw_record["pub_date"] is None and raw_record["entities"] != record["entities"]


def test_exit_codes_and_progress_per_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = sample_records(5)
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ['{"id": "x", "text": ""}']
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = ["tag", str(src), "--id-col", "id", "--exclude", TOPICS, "--batch-size", "2"]
    import pressnlp.batch

    bars: list[Any] = []

    def recording_bar(*args: Any, **kwargs: Any) -> Any:
        bars.append(progress_bar(*args, **kwargs, mininterval=0))
        return bars[-1]

    monkeypatch.setattr(pressnlp.batch, "progress_bar", recording_bar)
    assert main([*base, "-o", str(tmp_path / "a.parquet"), "--progress"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "6 read, 5 tagged, 1 failed\n"
    bar = captured.err.split("\r")
    # counted first, so the bar has its total from the start and moves batch by batch
    assert bars[0].total == 6
    assert any("| 0/6 [" in part for part in bar) and any("| 6/6 [" in part for part in bar)
    assert any("| 2/6 [" in part for part in bar) and any("| 4/6 [" in part for part in bar)
    assert main([*base, "-o", str(tmp_path / "b.parquet"), "--allow-failures", "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "6 read, 5 tagged, 1 failed\n" and captured.err == ""
    assert main(["tag", str(src), "-o", str(tmp_path / "c.parquet"), "--max-chars", "0"]) == 2
    assert capsys.readouterr().err == "pressnlp tag: error: --max-chars must be at least 1, got 0\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(src.read_bytes())))
    assert main(["tag", "-", "-o", str(tmp_path / "d.csv"), "--id-col", "id", "-q"]) == 1
