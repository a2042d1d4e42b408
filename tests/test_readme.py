"""The README's API tour is code users paste: it must run, and what it claims must hold.

The tour is the first ``python`` block of the section "What it does"; lines written as
``<expression>  # -> <literal>`` state a result, which is checked. The shell line after it
(``pressnlp tag ...``) is run too, from a scratch folder where the sample path resolves.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SAMPLES = ROOT / "pressnlp" / "data" / "samples"
N_SAMPLES = sum(1 for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
CLAIM = re.compile(r"^(?P<expr>\S.*?)\s+# -> (?P<expected>.+)$")


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _blocks(section: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", section, flags=re.S | re.M)


def test_tour_is_there_and_covers_the_api() -> None:
    tour = _blocks(_section("What it does"), "python")[0]
    for name in (
        "pressnlp.clean",
        "pressnlp.stem",
        "pressnlp.extract_entities",
        "pressnlp.classify_topic",
        "pressnlp.analyze",
        "pressnlp.tag_frame",
        "tag_dask_frame",
    ):
        assert name in tour, name
    assert "pressnlp tag " in _blocks(_section("What it does"), "bash")[0]
    assert len(tour.strip().splitlines()) <= 22  # a tour, not a manual
    assert len([line for line in tour.splitlines() if CLAIM.match(line)]) >= 3


@pytest.mark.slow
def test_tour_runs_and_its_claims_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask.dataframe")  # the tour's last lines use the dask extra
    tour = _blocks(_section("What it does"), "python")[0]
    monkeypatch.chdir(tmp_path)  # the tour must not depend on the working directory
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    exec(compile(tour, "README.md (tour)", "exec"), namespace)

    claims = [m for line in tour.splitlines() if (m := CLAIM.match(line))]
    for m in claims:
        assert eval(m["expr"], namespace) == ast.literal_eval(m["expected"]), m["expr"]

    printed = capsys.readouterr().out
    assert (
        "ORG Kemensetneg {" in printed
        and "'canonical': 'Kementerian Sekretariat Negara'" in printed
    )
    from pressnlp.topics import LABELS

    assert namespace["topic"].label in LABELS
    result = namespace["result"]
    assert result.article.title == namespace["article"].title
    assert result.to_dict()["topic"]["label"] == namespace["topic"].label
    tagged, tagged_too = namespace["tagged"], namespace["tagged_too"]
    assert len(tagged) == N_SAMPLES and tagged["error"].isna().all()
    columns = ["title", "date", "persons", "organizations", "places", "dates", "topic"]
    pd.testing.assert_frame_equal(tagged_too[columns], tagged[columns])  # Dask gives the same rows


@pytest.mark.slow
def test_tour_shell_command_runs(tmp_path: Path) -> None:
    line = _blocks(_section("What it does"), "bash")[0].strip()
    argv = shlex.split(line)
    assert argv[0] == "pressnlp"
    # the command names the samples relative to a checkout; give the scratch folder that path
    (tmp_path / "pressnlp" / "data").mkdir(parents=True)
    os.symlink(SAMPLES, tmp_path / "pressnlp" / "data" / "samples")
    out = subprocess.run(
        [sys.executable, "-m", "pressnlp", *argv[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert f"{N_SAMPLES} read, {N_SAMPLES} tagged, 0 failed" in out.stdout + out.stderr
    dest = tmp_path / argv[argv.index("-o") + 1]
    from pressnlp.batch import read_rows

    df = read_rows(dest)
    assert len(df) == N_SAMPLES and df["topic"].notna().all()
