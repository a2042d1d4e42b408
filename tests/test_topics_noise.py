"""Training rows whose label the model's own out-of-fold decisions contradict
(:mod:`pressnlp.training.topic_noise`, ``pressnlp train topics --drop-contradicted``): a
mislabelled text is flagged, a rightly labelled one is not, and the fit's out-of-fold
decisions are never saved with the model (issue 14)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pytest

import pressnlp
from pressnlp.errors import UsageError
from pressnlp.resources import model_path
from pressnlp.training import topics as T
from pressnlp.training.topic_noise import contradicted

HEALTH = [
    "Kementerian Kesehatan memperluas imunisasi campak dan rubela bagi anak balita di puskesmas.",
    "Rumah sakit rujukan menambah ruang isolasi pasien dan tenaga dokter spesialis paru.",
    "Dinas kesehatan mencatat kasus demam berdarah turun setelah fogging dan pemberantasan jentik.",
    "Program pemeriksaan kesehatan gratis melayani warga di posyandu dan puskesmas desa.",
    "Menteri Kesehatan meminta rumah sakit memperkuat layanan jantung dan stroke.",
]
ECONOMY = [
    "Bank Indonesia menahan suku bunga acuan untuk menjaga inflasi dan stabilitas rupiah.",
    "Ekspor nonmigas naik dan neraca perdagangan kembali surplus pada bulan lalu.",
    "Pemerintah menaikkan target penerimaan pajak dan menekan defisit anggaran negara.",
    "Investor asing membeli obligasi negara sehingga rupiah menguat terhadap dolar.",
    "Harga saham perbankan naik di bursa efek setelah laporan laba kuartal diumumkan.",
]
SPORT = [
    "Tim nasional sepak bola menang dua gol tanpa balas di stadion utama.",
    "Pebulu tangkis Indonesia melaju ke final setelah menang rubber game.",
    "Atlet angkat besi meraih medali emas pada kejuaraan dunia di Tashkent.",
    "Pelatih timnas memanggil tiga pemain muda untuk laga kualifikasi Piala Asia.",
    "Pembalap muda itu finis di podium pada seri balap motor di Mandalika.",
]
# an immunisation report filed under the economy section: the kind of section label the
# held-out news errors show (models/topics/label_noise_sample.tsv)
MISFILED = "Puskesmas dan rumah sakit memperluas imunisasi anak dan pemeriksaan kesehatan warga."
TEXTS = HEALTH + ECONOMY + SPORT + [MISFILED]
LABELS = ["kesehatan"] * 5 + ["ekonomi"] * 5 + ["olahraga_pemuda"] * 5 + ["ekonomi"]


def test_contradicted_checks_its_input() -> None:
    oof = np.array([[2.0, 0.0, -1.0], [0.0, 1.5, -1.0], [-1.0, 0.2, 0.1]])
    classes = ["a", "b", "c"]
    flags = contradicted(oof, classes, ["a", "a", "c"], [True, True, True], 1.0)
    assert flags.tolist() == [False, True, False]  # row 3: "b" beats "c" by 0.1 only
    assert not contradicted(oof, classes, ["a", "a", "c"], [True, False, True], 1.0).any()
    with pytest.raises(ValueError, match="margin"):
        contradicted(oof, classes, ["a", "a", "c"], [True] * 3, 0.0)
    with pytest.raises(ValueError, match="not among the classes"):
        contradicted(oof, classes, ["a", "a", "z"], [True] * 3, 1.0)
    with pytest.raises(ValueError, match="one row per label"):
        contradicted(oof[:2], classes, ["a", "a", "c"], [True] * 3, 1.0)
    with pytest.raises(ValueError, match="one flag per row"):
        contradicted(oof, classes, ["a", "a", "c"], [True] * 2, 1.0)


def test_a_misfiled_text_is_flagged_and_the_oof_is_not_saved(tmp_path: Path) -> None:
    model = pressnlp.topics.train(TEXTS, LABELS, min_df=1, calibration_folds=3)
    oof = model.oof_decision_
    assert oof.shape == (len(TEXTS), 3)
    eligible = np.ones(len(TEXTS), dtype=bool)
    flags = contradicted(oof, list(model.classes_), LABELS, eligible, 0.3)
    assert flags[-1], oof[-1]  # the immunisation report, filed under economy
    assert flags.sum() <= 2, [t for t, f in zip(TEXTS, flags, strict=True) if f]
    best = np.asarray(model.classes_)[np.argmax(oof[-1])]
    assert best == "kesehatan"
    folder = model.save(tmp_path / "m")
    reloaded = pressnlp.topics.load(folder)
    assert not hasattr(reloaded, "oof_decision_")
    assert reloaded.predict([MISFILED]).tolist() == model.predict([MISFILED]).tolist()


def test_cli_option_is_checked_and_defaults_to_the_shipped_recipe() -> None:
    parser = argparse.ArgumentParser()
    T.add_arguments(parser)
    assert parser.parse_args([]).drop_contradicted == T.DROP_CONTRADICTED
    with pytest.raises(UsageError, match="drop-contradicted"):
        T.validate(parser.parse_args(["--drop-contradicted", "-1"]))
    meta = json.loads((model_path("topics") / "meta.json").read_text(encoding="utf-8"))
    # the shipped model records what it was fitted without (nothing when the margin is 0)
    recorded = meta["training_data"].get("contradicted", {"margin": 0.0})["margin"]
    assert recorded == T.DROP_CONTRADICTED


def test_cli_user_data_drops_the_contradicted_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``pressnlp train topics --data FILE --drop-contradicted M``: every row of the user's file
    may be flagged; meta.json records how many were; the model is fitted without them."""
    import pandas as pd

    from pressnlp import cli

    csv = tmp_path / "mine.csv"
    pd.DataFrame({"text": TEXTS, "label": LABELS}).to_csv(csv, index=False)
    out = tmp_path / "model"
    args = ["train", "topics", "--data", str(csv), "-o", str(out), "--no-clean"]
    assert cli.main([*args, "--drop-contradicted", "0.3"]) == 0
    assert "contradicted rows (see contradicted.csv)" in capsys.readouterr().err
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))["training_data"]
    table = pd.read_csv(out / "contradicted.csv")
    assert meta["contradicted"] == {"margin": 0.3, "rows": len(table), "file": "contradicted.csv"}
    assert 1 <= len(table) <= 2 and list(table.columns) == ["row", "label", "predicted", "margin"]
    # the immunisation report (the file's last row) is listed with what the model read
    misfiled = table[table["row"] == len(TEXTS) - 1]
    assert misfiled[["label", "predicted"]].values.tolist() == [["ekonomi", "kesehatan"]]
    assert (table["margin"] >= 0.3).all()
    assert pressnlp.topics.load(out).predict([MISFILED]).tolist() == ["kesehatan"]
    # options that apply to the shipped model only are refused, not ignored
    assert cli.main([*args, "--sub-labels"]) == 2
    assert "--sub-labels" in capsys.readouterr().err
    two = tmp_path / "two.csv"
    pd.DataFrame({"text": TEXTS[:10], "label": LABELS[:10]}).to_csv(two, index=False)
    assert (
        cli.main(
            ["train", "topics", "--data", str(two), "-o", str(out), "--drop-contradicted", "1"]
        )
        == 2
    )
    assert "three labels" in capsys.readouterr().err
