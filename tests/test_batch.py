"""Batch tagging: tag_frame row accounting and values, archive sources/sinks round-trips,
checkpoint handling (the kill -9 resume test is in test_tag_cli.py)."""

from __future__ import annotations

import io
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import SAMPLES, SEED_NAME, sample_records

from pressnlp.archive import OUTPUT_FIELDS, iter_records, read_rows
from pressnlp.batch import (
    FRAME_COLUMNS,
    demo_summary,
    errors_path,
    get_pipeline,
    parts_dir,
    tag_archive,
    tag_frame,
)

LISTS = ("persons", "organizations", "places", "dates")
LABELS = {"persons": "PERSON", "organizations": "ORG", "places": "LOC", "dates": "DATE"}


@pytest.fixture(scope="module")
def nlp() -> Any:
    return get_pipeline()  # the full default pipeline, loaded once per process


@pytest.fixture(scope="module")
def gov_texts() -> list[dict[str, Any]]:
    # the bundled sample releases (text and HTML) cycled to 24 records: runs in every clone
    return sample_records(24)


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small archive folder: the bundled seed at the top, three .txt and three .html
    samples in nested folders, a file with another suffix and an empty release."""
    root = tmp_path_factory.mktemp("archive")
    shutil.copy(SAMPLES / SEED_NAME, root / SEED_NAME)
    for sub, suffix in (("berita", ".txt"), ("siaran", ".html")):
        (root / sub).mkdir()
        samples = sorted(p for p in SAMPLES.iterdir() if p.suffix == suffix and p.name != SEED_NAME)
        for path in samples[:3]:
            shutil.copy(path, root / sub / path.name)
    (root / "notes.md").write_text("not a release", encoding="utf-8")  # ignored suffix
    (root / "empty.txt").write_bytes(b"")  # read, then reported as failed
    return root


def _check_row_values(out: pd.DataFrame) -> None:
    """Invariants every tagged row satisfies."""
    for _, row in out.iterrows():
        ents = row["entities"]
        assert isinstance(ents, list)
        if row["error"] is not None:
            assert ents == [] and all(row[c] == [] for c in LISTS)
            assert row["topic"] is None and pd.isna(row["topic_score"]) and row["n_tokens"] == 0
            continue
        assert row["n_tokens"] > 0 and row["body"]
        for ent in ents:
            assert {"text", "label", "start", "end", "value"} <= set(ent)
            # offsets point into the cleaned body
            assert row["body"][ent["start"] : ent["end"]] == ent["text"]
            json.dumps(ent)  # plain JSON values only (dates as ISO strings)
        for column in LISTS:
            values = row[column]
            assert len(values) == len(set(values)), "each value once per article"
            assert all(isinstance(v, str) and v for v in values)
            assert len(values) <= sum(e["label"] == LABELS[column] for e in ents)


def test_tag_frame_accounts_for_every_row(nlp: Any, gov_texts: list[dict[str, Any]]) -> None:
    texts: list[Any] = [r["text"] for r in gov_texts[:6]]
    texts += [None, float("nan"), "", "   \n ", 42, (SAMPLES / SEED_NAME).read_bytes()]
    index = pd.Index([100 + 7 * i for i in range(len(texts))], name="row")
    df = pd.DataFrame({"text": texts, "title": [f"t{i}" for i in range(len(texts))]}, index=index)

    out = tag_frame(df, nlp=nlp)

    assert len(out) == len(df) and out.index.equals(df.index)
    assert list(out.columns) == ["text", "title_input", *FRAME_COLUMNS]
    assert out["title_input"].tolist() == df["title"].tolist()  # clashing input kept
    assert out["error"].tolist()[6:] == [
        "missing text",
        "missing text",
        "empty text",
        "empty text",
        "text is int, not str or bytes",
        None,
    ]
    assert out["error"].iloc[:6].isna().all()
    for column in (*LISTS, "entities", "title", "body", "error", "topic", "date"):
        assert out[column].dtype == object, column
    assert out["n_tokens"].dtype == "int64" and out["topic_score"].dtype == "float64"
    _check_row_values(out)
    seed = out.iloc[-1]  # bytes input is decoded by clean()
    assert "Timor Leste" in seed["body"] and seed["date"] == "2017-07-12"


def test_a_row_that_breaks_a_stage_fails_alone(nlp: Any, gov_texts: list[dict[str, Any]]) -> None:
    import spacy
    from spacy.language import Language

    if "test_batch_boom" not in Language.factories:

        @Language.component("test_batch_boom")
        def boom(doc: Any) -> Any:
            if "MELEDAK" in doc.text:
                raise RuntimeError("kaboom")
            return doc

    broken = spacy.blank("id")
    broken.add_pipe("test_batch_boom")
    texts = [r["text"] for r in gov_texts[:5]]
    middle = texts[2].index(" ", len(texts[2]) // 2)
    texts[2] = texts[2][:middle] + " MELEDAK" + texts[2][middle:]
    out = tag_frame(pd.DataFrame({"text": texts}), nlp=broken, batch_size=4)
    assert out["error"].tolist()[:2] + out["error"].tolist()[3:] == [None] * 4
    assert out["error"][2] == "pipeline: RuntimeError: kaboom"
    assert out["body"][2] and out["n_tokens"][2] == 0  # cleaning results kept for debugging
    assert (out["n_tokens"].drop(index=2) > 0).all()


def test_two_processes_give_the_same_frame(nlp: Any, gov_texts: list[dict[str, Any]]) -> None:
    df = pd.DataFrame(gov_texts[:12]).set_index("id")
    df.loc[df.index[3], "text"] = None
    one = tag_frame(df, nlp=nlp)
    two = tag_frame(df, nlp=nlp, n_process=2, batch_size=3)
    pd.testing.assert_frame_equal(one, two)
    assert one["error"].notna().sum() == 1


def test_pipe_calls_are_bounded_and_do_not_change_results(
    nlp: Any, gov_texts: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents go to nlp.pipe in calls of a bounded number of tokens (bounded memory);
    how they are grouped never changes a result."""
    import pressnlp.tagging as tagging

    df = pd.DataFrame(gov_texts[:16])
    calls: list[list[int]] = []
    pipe = nlp.pipe

    def spy(docs: Any, *args: Any, **kwargs: Any) -> Any:
        docs = list(docs)
        calls.append([len(doc) for doc in docs])
        return pipe(docs, *args, **kwargs)

    monkeypatch.setattr(tagging, "_MAX_PIPE_TOKENS", 1500)
    monkeypatch.setattr(nlp, "pipe", spy)
    grouped = tag_frame(df, nlp=nlp)
    assert len(calls) > 2 and sum(len(c) for c in calls) == len(df)
    assert all(len(c) == 1 or sum(c) <= 1500 for c in calls), calls
    assert any(len(c) > 1 for c in calls)
    monkeypatch.setattr(tagging, "_MAX_PIPE_TOKENS", 1)  # one document per call
    alone = tag_frame(df, nlp=nlp)
    pd.testing.assert_frame_equal(grouped, alone)


def test_tag_frame_edge_cases(nlp: Any) -> None:
    empty = tag_frame(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert list(empty.columns) == ["text", *FRAME_COLUMNS] and len(empty) == 0
    with pytest.raises(KeyError, match="no column 'body'"):
        tag_frame(pd.DataFrame({"text": ["x"]}), "body")
    with pytest.raises(ValueError, match="n_process"):
        tag_frame(pd.DataFrame({"text": ["x"]}), nlp=nlp, n_process=0)


def _frame_from_records(source: Path | str, **kwargs: Any) -> pd.DataFrame:
    records = list(iter_records(source, **kwargs))
    return pd.DataFrame({"text": [r.raw for r in records]}, index=[r.id for r in records])


def test_folder_archive_round_trips_every_format(
    nlp: Any, press_folder: Path, tmp_path: Path
) -> None:
    outputs = {}
    for fmt in ("parquet", "jsonl", "csv"):
        dest = tmp_path / f"tagged.{fmt}"
        summary = tag_archive(press_folder, dest, nlp=nlp, chunk_size=3, batch_size=2)
        assert (summary.read, summary.tagged, summary.failed) == (8, 7, 1)
        assert str(summary) == "8 read, 7 tagged, 1 failed"
        assert not parts_dir(dest).exists()
        errors = [json.loads(line) for line in errors_path(dest).read_text().splitlines()]
        assert errors == [{"id": "empty.txt", "error": "empty text"}]
        outputs[fmt] = read_rows(dest)
    parquet = outputs["parquet"]
    assert list(parquet.columns) == list(OUTPUT_FIELDS)
    assert parquet["id"].tolist() == [
        "000_8bdf8b16649a04d4.txt",
        *(f"berita/{p.name}" for p in sorted((press_folder / "berita").iterdir())),
        "empty.txt",
        *(f"siaran/{p.name}" for p in sorted((press_folder / "siaran").iterdir())),
    ]  # sorted relative paths; notes.md skipped
    pd.testing.assert_frame_equal(outputs["jsonl"], parquet)
    pd.testing.assert_frame_equal(outputs["csv"], parquet)
    # The archive holds exactly what tag_frame gives on the same records.
    import pyarrow.parquet as pq

    assert pq.ParquetFile(tmp_path / "tagged.parquet").num_row_groups == 3  # one per chunk
    frame = _frame_from_records(press_folder)
    html = [p.endswith(".html") for p in frame.index]
    expected = pd.concat(
        [
            tag_frame(frame[[not h for h in html]], nlp=nlp),
            tag_frame(frame[html], nlp=nlp, html=True),
        ]
    ).loc[parquet["id"]]
    pd.testing.assert_frame_equal(
        parquet[list(FRAME_COLUMNS)], expected[list(FRAME_COLUMNS)].reset_index(drop=True)
    )
    html_rows = parquet[parquet["id"].str.endswith(".html")]
    assert html_rows["error"].isna().all()
    assert not html_rows["body"].str.contains("<p>").any()
    _check_row_values(parquet)
    text = demo_summary(parquet)
    assert text.startswith("8 articles, 7 tagged, 1 failed\npublished ")
    orgs = Counter(org for row in parquet["organizations"] for org in set(row))
    assert orgs, "real releases name organisations"
    lines = text.splitlines()
    first = lines[lines.index("top organisations") + 1].rsplit(None, 1)
    assert orgs[first[0].strip()] == int(first[1]) == max(orgs.values())


def test_table_sources_give_the_same_rows(
    nlp: Any, gov_texts: list[dict[str, Any]], tmp_path: Path
) -> None:
    records = [*gov_texts[:7], {"id": "kosong", "text": ""}, {"id": "tanpa-teks"}]
    jsonl = tmp_path / "in.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(3, "{not json")
    jsonl.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    frame = pd.DataFrame(records)
    frame.to_csv(tmp_path / "in.csv", index=False)
    frame.to_parquet(tmp_path / "in.parquet", row_group_size=4)

    results = {}
    for name in ("in.jsonl", "in.csv", "in.parquet"):
        dest = tmp_path / f"out-{name}.parquet"
        summary = tag_archive(tmp_path / name, dest, id_column="id", nlp=nlp, chunk_size=4)
        results[name] = (summary, read_rows(dest).set_index("id"))
    stdin = io.BytesIO(jsonl.read_bytes())
    summary = tag_archive("-", tmp_path / "stdin.jsonl", id_column="id", nlp=nlp, stdin=stdin)
    results["-"] = (summary, read_rows(tmp_path / "stdin.jsonl").set_index("id"))

    jsonl_summary, jsonl_rows = results["in.jsonl"]
    # 9 records + 1 invalid JSON line, all accounted for
    assert (jsonl_summary.read, jsonl_summary.tagged, jsonl_summary.failed) == (10, 7, 3)
    assert jsonl_rows.loc["4", "error"].startswith("invalid JSON on line 4")
    assert jsonl_rows.loc["tanpa-teks", "error"] == "no 'text' field"
    assert jsonl_rows.loc["kosong", "error"] == "empty text"
    pd.testing.assert_frame_equal(results["-"][1], jsonl_rows)
    for name in ("in.csv", "in.parquet"):
        summary, rows = results[name]
        assert (summary.read, summary.tagged, summary.failed) == (9, 7, 2)
        assert rows.loc["tanpa-teks", "error"] in ("empty text", "missing text")
        pd.testing.assert_frame_equal(rows.loc[frame["id"][:7]], jsonl_rows.loc[frame["id"][:7]])


def test_on_commit_follows_every_checkpoint_and_can_stop_a_run(
    nlp: Any, gov_texts: list[dict[str, Any]], tmp_path: Path
) -> None:
    """on_commit(chunks, records) is called after each committed chunk; raising in it stops
    the run with the committed chunks kept, and resume counts the earlier records."""
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in gov_texts[:5]), encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    calls: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def stop_after_two(chunks: int, records: int) -> None:
        calls.append((chunks, records))
        if chunks == 2:
            raise Stop

    with pytest.raises(Stop):
        tag_archive(src, dest, nlp=nlp, chunk_size=2, on_commit=stop_after_two)
    manifest = json.loads((parts_dir(dest) / "manifest.json").read_text())
    assert [c["read"] for c in manifest["chunks"]] == [2, 2] and not dest.exists()
    resumed = tag_archive(
        src, dest, nlp=nlp, chunk_size=2, resume=True, on_commit=lambda c, r: calls.append((c, r))
    )
    assert calls == [(1, 2), (2, 4), (1, 5)]
    assert (resumed.read, resumed.resumed) == (5, 4) and len(read_rows(dest)) == 5


def test_resume_checks_settings_and_fresh_runs_discard_parts(
    nlp: Any, gov_texts: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in gov_texts[:5]), encoding="utf-8")
    dest = tmp_path / "out.parquet"
    debris = parts_dir(dest)
    debris.mkdir()
    (debris / "part-000000.parquet.tmp").write_bytes(b"half a file")
    summary = tag_archive(src, dest, nlp=nlp, chunk_size=2)
    assert "discarding the unfinished run" in capsys.readouterr().err
    assert summary.read == 5 and len(read_rows(dest)) == 5 and not debris.exists()

    # Interrupted (Ctrl-C) while reading record 4: chunks [0, 1] are checkpointed.
    class Interrupted(io.BytesIO):
        def __iter__(self) -> Any:
            for n, line in enumerate(io.BytesIO(self.getvalue()), 1):
                if n == 4:
                    raise KeyboardInterrupt
                yield line

    with pytest.raises(KeyboardInterrupt):
        tag_archive("-", dest, nlp=nlp, chunk_size=2, stdin=Interrupted(src.read_bytes()))
    manifest = json.loads((parts_dir(dest) / "manifest.json").read_text())
    assert manifest["chunks"] == [{"read": 2, "failed": 0}]
    assert len(read_rows(dest)) == 5  # the earlier complete output is untouched
    with pytest.raises(ValueError, match=r"cannot resume.*chunk_size"):
        tag_archive("-", dest, nlp=nlp, chunk_size=3, resume=True, stdin=io.BytesIO())
    resumed = tag_archive(
        "-", dest, nlp=nlp, chunk_size=2, resume=True, stdin=io.BytesIO(src.read_bytes())
    )
    assert (resumed.read, resumed.resumed) == (5, 2)
    fresh = tag_archive(
        "-", tmp_path / "fresh.parquet", nlp=nlp, chunk_size=2, stdin=io.BytesIO(src.read_bytes())
    )
    assert fresh.read == 5
    pd.testing.assert_frame_equal(read_rows(dest), read_rows(tmp_path / "fresh.parquet"))
