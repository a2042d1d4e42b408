"""The notebooks are documentation users copy from: each one must run top to bottom.

Every notebook in ``notebooks/`` is executed in a real Jupyter kernel (nbclient), from its
own folder, exactly as stored (no outputs). A failing cell fails the test. After the last
cell, one extra cell reads the notebook's own variables, so the assertions are about what
the pipeline produced there, not about hard-coded numbers. Plots are rendered by the
kernel's inline backend (Agg underneath: no display needed) and must come out as images.

When the shared corpora are available the archive and custom-topic notebooks use them
(``$PRESSNLP_DATA`` is passed to the kernel); their bundled-samples-only path is run too,
with ``DATA_DIR`` pointed at an empty folder.
"""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from pressnlp.resources import shared_data_dir

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
for _module in ("ipykernel", "matplotlib", "networkx"):
    pytest.importorskip(_module)

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
SAMPLES = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "samples"
FACTS = "PRESSNLP-TEST-FACTS:"
CELL_TIMEOUT = 600  # seconds; a hung cell fails instead of blocking the suite

pytestmark = pytest.mark.slow


def _outputs(nb: Any, kind: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if kind in data:
                found.append(data[kind])
    return found


def run_notebook(
    name: str, facts: str, monkeypatch: pytest.MonkeyPatch, *, data_dir: str | None = None
) -> tuple[Any, dict[str, Any]]:
    """Execute ``notebooks/<name>``; return it with outputs and the JSON that ``facts`` prints."""
    path = NOTEBOOKS / name
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:  # stored clean, so diffs stay readable
        assert cell.cell_type != "code" or (not cell.outputs and cell.execution_count is None), name
    if data_dir is not None:
        params = next(
            c for c in nb.cells if c.cell_type == "code" and "DATA_DIR = None" in c.source
        )
        params.source = params.source.replace("DATA_DIR = None", f"DATA_DIR = {data_dir!r}")
    nb.cells.append(
        nbformat.v4.new_code_cell(f"import json as _json\nprint({FACTS!r}, _json.dumps({facts}))")
    )
    shared = shared_data_dir(required=False)
    if shared is not None:
        monkeypatch.setenv("PRESSNLP_DATA", str(shared.resolve()))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    client = nbclient.NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    started = time.perf_counter()
    client.execute()
    print(f"{name}: {time.perf_counter() - started:.1f} s")
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", (name, out.get("ename"), out.get("evalue"))
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    assert FACTS in printed, printed
    return nb, json.loads(printed.split(FACTS, 1)[1])


def test_every_notebook_is_tested() -> None:
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == [
        "01_quickstart.ipynb",
        "02_archive_analysis.ipynb",
        "03_custom_topics.ipynb",
    ]


def test_quickstart(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = textwrap.dedent("""\
        {
            "title": article.title,
            "date": article.date.isoformat(),
            "removed": removed[["rule", "snippet", "why"]].fillna("").values.tolist(),
            "n_removed": len(article.removed),
            "stems": stems[["token", "stem", "start", "end"]].values.tolist(),
            "paragraph": first_paragraph,
            "entities": entity_table[["label", "text", "normalised"]].values.tolist(),
            "located": entity_table.dropna(subset=["lat"])["normalised"].tolist(),
            "topic": [topic.label, topic.score, len(topic.scores)],
            "bars": len(ax.patches),
            "analyze": [summary["title"], summary["topic"]["label"]],
        }
    """)
    nb, got = run_notebook("01_quickstart.ipynb", facts, monkeypatch)

    assert got["title"] == "Humas Kemensetneg Menjadi Narasumber Pelatihan Kehumasan Timor Leste"
    assert got["date"] == "2017-07-12"
    # every removed snippet is shown, with its rule and why that rule exists
    assert len(got["removed"]) == got["n_removed"] > 0
    rules = {rule for rule, _, _ in got["removed"]}
    assert {"view_counter", "signature"} <= rules
    assert all(why for _, _, why in got["removed"]), got["removed"]
    # stems sit next to their tokens, with offsets into the paragraph
    assert got["stems"] and any(tok != stem for tok, stem, _, _ in got["stems"])
    for token, _, start, end in got["stems"]:
        assert got["paragraph"][start:end] == token
    # entities: the table holds normalised values, displaCy shows them in the custom colours
    table = {(label, norm) for label, _, norm in got["entities"]}
    assert ("ORG", "Kementerian Sekretariat Negara") in table
    assert ("DATE", "2017-07-03/2017-07-14") in table
    assert "DKI Jakarta" in got["located"]
    html = "".join(_outputs(nb, "text/html"))
    assert "Kemensetneg" in html and "#8ecae6" in html and "#90be6d" in html
    # topic: one bar per label, from the same model analyze() uses
    label, score, n_scores = got["topic"]
    assert n_scores == got["bars"] == 12 and 0 <= score <= 1
    assert got["analyze"] == [got["title"], label]
    assert len(_outputs(nb, "image/png")) >= 1


ARCHIVE_FACTS = textwrap.dedent("""\
    {
        "summary": [summary.read, summary.tagged, summary.failed],
        "n_archive": len(archive),
        "sources": sorted(set(archive["source"])),
        "n_frame": len(frame),
        "n_ok": len(ok),
        "per_period": int(per_period.to_numpy().sum()),
        "n_dated": len(dated),
        "top_topics": top_table.index.tolist(),
        "top_institutions": top_table["top institutions"].fillna("").tolist(),
        "graph": [graph.number_of_nodes(), graph.number_of_edges(), core.number_of_nodes()],
        "n_mentioned": len(mentioned),
        "places": per_place[["name", "lat", "lon", "releases"]].values.tolist(),
    }
""")


def _check_archive(nb: Any, got: dict[str, Any]) -> None:
    n_samples = sum(1 for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    assert got["summary"] == [n_samples, n_samples, 0]
    assert got["n_frame"] == n_samples + got["n_archive"]
    assert got["n_ok"] == got["n_frame"]  # no release failed
    # every dated, classified release is in the topic-over-time counts exactly once
    assert got["per_period"] == got["n_dated"] > 0
    assert any(got["top_institutions"])
    nodes, edges, shown = got["graph"]
    assert nodes > 0 and edges > 0 and 0 < shown <= 30
    assert got["n_mentioned"] > 0
    # places mentioned are Indonesian regions with their gazetteer coordinates
    assert got["places"]
    for name, lat, lon, releases in got["places"]:
        assert -11.5 < lat < 6.5 and 94.5 < lon < 141.5, name
        assert releases >= 1
    # topics over time, institutions per topic, network, dates, map
    assert len(_outputs(nb, "image/png")) >= 5


def test_archive_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    nb, got = run_notebook("02_archive_analysis.ipynb", ARCHIVE_FACTS, monkeypatch)
    _check_archive(nb, got)
    if shared_data_dir(required=False) is not None:
        assert got["n_archive"] == 300
        assert any(s.startswith("press/") for s in got["sources"])
        assert any(s.startswith("ministry/") for s in got["sources"])
        assert got["graph"][2] == 30


def test_archive_analysis_without_shared_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    nb, got = run_notebook(
        "02_archive_analysis.ipynb", ARCHIVE_FACTS, monkeypatch, data_dir=str(tmp_path)
    )
    assert got["n_archive"] == 0
    _check_archive(nb, got)


CUSTOM_FACTS = textwrap.dedent("""\
    {
        "question": question,
        "labels": sorted(labelled["label"].unique()),
        "classes": [str(c) for c in custom.classes_],
        "meta_rows": json.loads((model_dir / "meta.json").read_text())["training_data"]["rows"],
        "n_train": len(train),
        "n_test": len(test),
        "overlap": len(set(train["group"]) & set(test["group"])),
        "comparison": {k: v for k, v in comparison["accuracy"].items()},
        "pipeline_topic": doc._.topic.label,
        "cats": sorted(doc.cats),
    }
""")


def _check_custom(nb: Any, got: dict[str, Any]) -> None:
    assert got["classes"] == got["labels"]
    assert got["meta_rows"] == got["n_train"] and got["n_test"] > 0
    assert got["overlap"] == 0  # no release on both sides of the split
    assert set(got["comparison"]) == {
        "custom",
        "default, translated",
        "always the most frequent label",
    }
    # the pipeline with the custom model answers with the user's labels
    assert got["pipeline_topic"] in got["labels"] and got["cats"] == got["labels"]
    assert len(_outputs(nb, "image/png")) >= 2


def test_custom_topics(monkeypatch: pytest.MonkeyPatch) -> None:
    nb, got = run_notebook("03_custom_topics.ipynb", CUSTOM_FACTS, monkeypatch)
    _check_custom(nb, got)
    if shared_data_dir(required=False) is not None:
        assert got["question"] == "which ministry issued the release"
        assert len(got["labels"]) >= 5
        # trained on the user's labels, it must beat always answering the commonest one
        acc = got["comparison"]
        assert acc["custom"] > acc["always the most frequent label"] + 0.2


def test_custom_topics_without_shared_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    nb, got = run_notebook(
        "03_custom_topics.ipynb", CUSTOM_FACTS, monkeypatch, data_dir=str(tmp_path)
    )
    assert got["labels"] == ["daerah", "pusat"]
    _check_custom(nb, got)
