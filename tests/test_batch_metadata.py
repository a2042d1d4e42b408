"""The archive's own metadata in batch tagging: the date and title columns used, every
other column carried through (one clash rule for the API and the CLI), encodings and
binary input. Inputs are built from the bundled samples: runs in every clone."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import SAMPLES, SEED_NAME, sample_records

from pressnlp import clean
from pressnlp.archive import read_rows
from pressnlp.batch import FRAME_COLUMNS, errors_path, get_pipeline, tag_archive, tag_frame
from pressnlp.cleaning import check_text
from pressnlp.cli import main
from pressnlp.errors import BinaryInputError
from pressnlp.pipeline import TOPICS
from pressnlp.tagging import publication_date

FAST = [TOPICS]  # the topic classifier plays no part in these tests
NO_YEAR = "Menteri Pertanian meninjau panen raya di Kabupaten Garut pada Selasa (17/6)."
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12]|-W\d{2})?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
BINARY = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4  # the start of an executable


@pytest.fixture(scope="module")
def nlp() -> Any:
    return get_pipeline(FAST)


def test_publication_date_reads_the_forms_archives_use() -> None:
    expected = dt.date(2024, 9, 19)
    for value in (
        "2024-09-19",
        "2024-09-19T22:15:00+07:00",
        "Kamis, 19 September 2024",
        "19-09-2024",
        "19/09/2024 | 13.49 WIB",
        1726714800,  # 2024-09-19 10:00 WIB
        1726714800000,  # the same in milliseconds
        "1726714800",
        dt.datetime(2024, 9, 19, 23, 59),
        pd.Timestamp("2024-09-19 08:00"),
    ):
        assert publication_date(value) == expected, value
    assert publication_date("06 Mar 2026 20:52") == dt.date(2026, 3, 6)
    assert publication_date("09-03-2026") == dt.date(2026, 3, 9)  # day first
    for missing in (None, "", "  ", float("nan"), pd.NaT):
        assert publication_date(missing) is None
    with pytest.raises(ValueError, match="not a date: 'kemarin sore'"):
        publication_date("kemarin sore")


def test_date_column_resolves_dates_without_a_year_and_fills_date(nlp: Any) -> None:
    seed = (SAMPLES / SEED_NAME).read_text(encoding="utf-8")  # dated 12 Juli 2017 in its text
    df = pd.DataFrame(
        {
            "text": [NO_YEAR, NO_YEAR, seed, NO_YEAR],
            "published": ["Senin, 16 Juni 2025", 1718600000, "2020-01-01", "kemarin"],
            "judul": ["Panen Raya di Garut", None, "Judul arsip", None],
            "issuer": ["Kementan", "Kementan", "Kemensetneg", None],
        },
        index=pd.Index([10, 20, 30, 40], name="row"),
    )
    out = tag_frame(df, date_column="published", title_column="judul", nlp=nlp)

    # Every input column kept, unchanged and in place, then the tagged columns.
    assert list(out.columns) == [*df.columns, *FRAME_COLUMNS]
    pd.testing.assert_frame_equal(out[list(df.columns)], df)
    assert out["date"].tolist() == ["2025-06-16", "2024-06-17", "2017-07-12", None]
    # "Selasa (17/6)" completed from the archive's date; without one it has no ISO value.
    assert out["dates"].tolist()[:2] == [["2025-06-17"], ["2024-06-17"]]
    assert out.loc[40, "dates"] == []  # unresolved: only in `entities`, with value None
    unresolved = [e for e in out.loc[40, "entities"] if e["label"] == "DATE"]
    assert unresolved and not any(ISO.match(e["value"] or "") for e in unresolved)
    # The archive's title fills a text without one; the text's own title comes first.
    assert out.loc[10, "title"] == "Panen Raya di Garut"
    # an archive title that is its page's URL slug (Komdigi's CMS export) is written as words
    slug = df.assign(judul=["panen-raya-padi-di-garut-2025", None, None, None])
    assert tag_frame(slug.iloc[:1], title_column="judul", nlp=nlp).loc[10, "title"] == (
        "panen raya padi di garut 2025"
    )
    assert out.loc[30, "title"] != "Judul arsip" and out.loc[30, "title"]
    assert out["error"].isna().all()
    for values in out["dates"]:
        assert all(ISO.match(v) for v in values), values


def test_clashing_columns_are_kept_as_name_input_with_a_warning(nlp: Any) -> None:
    df = pd.DataFrame({"text": [NO_YEAR], "date": ["16 Juni 2025"], "topic": ["pertanian"]})
    with pytest.warns(UserWarning, match="date -> date_input, topic -> topic_input"):
        out = tag_frame(df, date_column="date", nlp=nlp)
    assert list(out.columns) == ["text", "date_input", "topic_input", *FRAME_COLUMNS]
    assert out["date_input"].tolist() == ["16 Juni 2025"] and out["date"].tolist() == ["2025-06-16"]
    assert out["topic_input"].tolist() == ["pertanian"]
    both = df.assign(date_input=["x"])
    with pytest.raises(ValueError, match="date_input exist too; rename one of them"):
        tag_frame(both, nlp=nlp)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no clash, no warning
        tag_frame(df.rename(columns={"date": "terbit", "topic": "kategori"}), nlp=nlp)


def test_tag_frame_takes_the_frames_date_and_title_columns_unless_told_not_to(nlp: Any) -> None:
    df = pd.DataFrame(
        {"text": [NO_YEAR], "date": ["Senin, 16 Juni 2025"], "title": ["Panen Raya di Garut"]}
    )
    with pytest.warns(UserWarning, match="date -> date_input, title -> title_input"):
        out = tag_frame(df, nlp=nlp)
    # "Selasa (17/6)" gets its year from the frame's own date column, the title fills in
    assert out["date"].tolist() == ["2025-06-16"] and out["dates"].tolist() == [["2025-06-17"]]
    assert out["title"].tolist() == ["Panen Raya di Garut"]
    with pytest.warns(UserWarning):
        plain = tag_frame(df, nlp=nlp, auto_columns=False)
    assert plain["date"].tolist() == [None] and plain["dates"].tolist() == [[]]
    assert plain["title"].tolist() != ["Panen Raya di Garut"]
    assert plain["date_input"].tolist() == ["Senin, 16 Juni 2025"]


def _archive_records() -> list[dict[str, Any]]:
    rows = []
    for i, rec in enumerate(sample_records(6)):
        rows.append(
            {
                "doc": rec["id"],
                "issuer": f"Kementerian {i}",
                "hits": 100 + i,
                "date": ["Senin, 16 Juni 2025", "1718600000", None][i % 3],
                "title": f"Judul {i}",
                "text": rec["text"] if i else NO_YEAR,
            }
        )
    return rows


def test_archives_carry_their_columns_in_every_format(nlp: Any, tmp_path: Path) -> None:
    records = _archive_records()
    frame = pd.DataFrame(records)
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    frame.to_csv(tmp_path / "in.csv", index=False)
    frame.to_parquet(tmp_path / "in.parquet")
    opts: dict[str, Any] = {"id_column": "doc", "date_column": "date", "title_column": "title"}
    outputs = {}
    for src in ("in.jsonl", "in.csv", "in.parquet"):
        for fmt in ("parquet", "jsonl", "csv"):
            dest = tmp_path / f"{src}.{fmt}"
            with pytest.warns(UserWarning, match="date -> date_input, title -> title_input"):
                summary = tag_archive(tmp_path / src, dest, nlp=nlp, chunk_size=4, **opts)
            assert str(summary) == "6 read, 6 tagged, 0 failed"
            assert summary.renamed == {"title_input": "title", "date_input": "date"}
            outputs[src, fmt] = read_rows(dest)
    expected_columns = ["id", "issuer", "hits", "date_input", "title_input", *FRAME_COLUMNS]
    for key, rows in outputs.items():
        assert list(rows.columns) == expected_columns, key
        assert rows["id"].tolist() == frame["doc"].tolist()
        assert rows["issuer"].tolist() == frame["issuer"].tolist()
        assert rows["date"].tolist()[0] == "2025-06-16" and rows["dates"][0] == ["2025-06-17"]
        assert rows["title"][0] == "Judul 0"
    # Types survive where the format keeps them: a JSONL or Parquet int stays an int
    # (CSV stores text, and a CSV source is text).
    assert outputs["in.jsonl", "parquet"]["hits"].tolist() == list(range(100, 106))
    assert outputs["in.parquet", "jsonl"]["hits"].tolist() == list(range(100, 106))
    assert outputs["in.csv", "parquet"]["hits"].tolist() == [str(n) for n in range(100, 106)]
    reference = outputs["in.jsonl", "jsonl"][list(FRAME_COLUMNS)]
    for key, rows in outputs.items():
        pd.testing.assert_frame_equal(rows[list(FRAME_COLUMNS)], reference, obj=str(key))


def test_cli_keeps_columns_and_refuses_column_options_on_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _archive_records()[:2]), encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    argv = ["tag", str(src), "-o", str(dest), "--id-col", "doc", "--date-col", "date"]
    assert main([*argv, "--title-col", "title", "--exclude", TOPICS]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "2 read, 2 tagged, 0 failed"
    assert captured.err == (
        "pressnlp tag: note: input column(s) named like output columns kept as "
        "date -> date_input, title -> title_input\n"
    )
    rows = read_rows(dest)
    assert rows["dates"][0] == ["2025-06-17"] and rows["hits"].tolist() == [100, 101]
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["tag", str(folder), "-o", str(tmp_path / "f.parquet"), "--date-col", "d"]) == 2
    assert "is a folder: its files have no date column" in capsys.readouterr().err


def test_cli_takes_the_sources_id_date_and_title_columns_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an archive with the usual field names and no column option: its ids, dates and titles
    # are used (the first record's text has no year, only "Selasa (17/6)")
    records = [{**r, "id": r.pop("doc")} for r in _archive_records()[:3]]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["tag", str(src), "-o", str(tmp_path / "auto.jsonl"), "--exclude", TOPICS]) == 0
    err = capsys.readouterr().err
    assert "used the source's `id` as id, `date` as date, `title` as title" in err
    rows = read_rows(tmp_path / "auto.jsonl")
    assert rows["id"].tolist() == [r["id"] for r in records]
    assert "id_input" not in rows.columns
    assert rows["date"][0] == "2025-06-16" and rows["dates"][0] == ["2025-06-17"]
    assert rows["title"].tolist()[0] == "Judul 0"
    # opting out: line numbers as ids, the source's columns only carried
    argv = ["tag", str(src), "-o", str(tmp_path / "off.jsonl"), "--exclude", TOPICS]
    assert main([*argv, "--no-auto-columns"]) == 0
    assert "used the source's" not in capsys.readouterr().err
    off = read_rows(tmp_path / "off.jsonl")
    assert off["id"].tolist() == ["1", "2", "3"]
    assert off["id_input"].tolist() == [r["id"] for r in records]
    assert off["date"][0] is None and off["dates"][0] == []  # no year to complete it from


def test_cp1252_csv_is_decoded_and_bad_lines_fail_alone(nlp: Any, tmp_path: Path) -> None:
    text = "Menteri Keuangan meresmikan kafe di Jakarta – harga naik 5 %, kata pejabat café."
    good = f'id,text\n1,"{text}"\n'.encode("cp1252")
    src = tmp_path / "cp1252.csv"
    # Row 2 holds byte 0x81, which neither UTF-8 nor cp1252 can decode.
    src.write_bytes(good + b'2,"Menteri di Jakarta \x81 hari ini."\n3,"' + text.encode() + b'"\n')
    dest = tmp_path / "out.parquet"
    summary = tag_archive(src, dest, id_column="id", nlp=nlp)
    assert str(summary) == "3 read, 2 tagged, 1 failed"
    rows = read_rows(dest).set_index("id")
    assert "café" in rows.loc["1", "body"] and "–" in rows.loc["1", "body"]
    assert rows.loc["1", "body"] == rows.loc["3", "body"]  # cp1252 line = UTF-8 line
    assert rows.loc["2", "error"] == (
        f"cannot decode line 3 of {src} as utf-8 or cp1252 (byte 0x81 at position 22)"
    )
    # An explicit encoding is used strictly: latin-1 decodes every byte.
    latin = tag_archive(
        src, tmp_path / "latin.parquet", id_column="id", nlp=nlp, encoding="latin-1"
    )
    assert latin.failed == 0


def test_jsonl_lines_decode_per_line_with_the_file_and_line_in_the_reason(
    nlp: Any, tmp_path: Path
) -> None:
    src = tmp_path / "mixed.jsonl"
    line = json.dumps({"text": "Wali Kota Bandung meresmikan taman – café."}, ensure_ascii=False)
    src.write_bytes(line.encode("utf-8") + b"\n" + line.encode("cp1252") + b"\n")
    src.write_bytes(src.read_bytes() + b'{"text": "rusak \x81"}\n')
    summary = tag_archive(src, tmp_path / "out.jsonl", nlp=nlp)
    rows = read_rows(tmp_path / "out.jsonl")
    assert str(summary) == "3 read, 2 tagged, 1 failed"
    assert rows["body"][0] == rows["body"][1]
    assert (
        rows["error"][2]
        == f"cannot decode line 3 of {src} as utf-8 or cp1252 (byte 0x81 at position 16)"
    )


def test_binary_input_is_named_not_processed(
    nlp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(BinaryInputError, match="binary input"):
        clean(BINARY)
    with pytest.raises(BinaryInputError, match="binary input"):
        check_text(BINARY.decode("latin-1"))  # str is checked on request (clean takes it as text)
    assert clean((SAMPLES / SEED_NAME).read_bytes()).body  # real releases pass
    assert clean("Siaran pers\x0c\tKemenkeu\r\n").body  # form feeds and tabs are text

    path = tmp_path / "binary.txt"
    path.write_bytes(BINARY)
    for command in ("clean", "entities", "stem", "topic"):
        assert main([command, str(path)]) == 2, command
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (
            f"pressnlp {command}: error: {path}: binary input (NUL bytes), not text\n"
        )

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BINARY)
    (folder / "b.txt").write_bytes((SAMPLES / SEED_NAME).read_bytes())
    dest = tmp_path / "out.parquet"
    summary = tag_archive(folder, dest, nlp=nlp)
    assert str(summary) == "2 read, 1 tagged, 1 failed"
    errors = [json.loads(line) for line in errors_path(dest).read_text().splitlines()]
    assert errors == [{"id": "a.txt", "error": "binary input"}]
