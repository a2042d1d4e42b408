"""Sub-labels (:mod:`pressnlp.topics.sublabels`, ``TopicModel.fit(..., sub_labels=)``): the
SVM learns the two kinds of text of one label apart, and a label's decision value is the
largest of its kinds'; the runtime scores such a model like the estimator (issue 14)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

import pressnlp
from pressnlp.topics.runtime import CompiledTopicModel
from pressnlp.topics.sublabels import SubLabelLinearSVC, sub_codes
from pressnlp.training.topic_sublabels import sub_labels

ECONOMY = [
    "Harga saham perbankan naik di bursa efek setelah laporan laba kuartal diumumkan.",
    "Inflasi bulan ini turun dan bank sentral menahan suku bunga acuan.",
    "Pemerintah menaikkan target penerimaan pajak dan menekan defisit anggaran.",
    "Investor asing membeli obligasi negara, rupiah menguat terhadap dolar.",
]
CELEBRITY = [
    "Penyanyi dangdut itu menikah dengan aktor sinetron di sebuah hotel mewah.",
    "Artis muda itu merilis lagu baru dan video klipnya ditonton jutaan kali.",
    "Aktris film horor itu bercerai setelah lima tahun menikah dengan pengusaha.",
    "Grup musik itu menggelar konser reuni dan tiket habis dalam satu jam.",
]
TOURISM = [
    "Kunjungan wisatawan mancanegara ke destinasi wisata Bali naik saat libur panjang.",
    "Desa wisata di Banyuwangi menarik wisatawan dengan festival budaya tahunan.",
]
MATCHES = [
    "Persija menang dua gol tanpa balas atas Persib di stadion tadi malam.",
    "Pebulu tangkis Indonesia melaju ke final setelah menang rubber game.",
]
TEXTS = ECONOMY + CELEBRITY + TOURISM + MATCHES
LABELS = ["ekonomi"] * 4 + ["pariwisata_hiburan"] * 6 + ["olahraga_pemuda"] * 2
SUBS = [""] * 8 + ["tourism"] * 2 + [""] * 2


def test_sublabel_svm_decision_is_the_largest_of_its_rows() -> None:
    X = sparse.csr_matrix(np.random.default_rng(0).random((12, 5)))
    y = np.array(["a", "b", "c"] * 4)
    sub = np.array([0, 0, 0, 1, 0, 0] * 2)  # the fourth row: label "a", sub-label 1
    svm = SubLabelLinearSVC(C=1.0).fit(X, y, sub=sub)
    assert svm.coef_.shape == (4, 5) and svm.row_label_.tolist() == [0, 0, 1, 2]
    rows = np.asarray(X @ svm.coef_.T) + svm.intercept_
    dec = svm.decision_function(X)
    np.testing.assert_allclose(dec[:, 0], rows[:, :2].max(axis=1))
    np.testing.assert_allclose(dec[:, 1:], rows[:, 2:])
    with pytest.raises(ValueError, match="three labels"):
        SubLabelLinearSVC().fit(X[:8], np.array(["a", "b"] * 4))
    with pytest.raises(ValueError, match="sub has shape"):
        SubLabelLinearSVC().fit(X, y, sub=sub[:5])


def test_sub_codes() -> None:
    assert sub_codes(["", "x", None, float("nan"), "y", "x"], 6).tolist() == [0, 1, 0, 0, 2, 1]
    assert sub_codes(None, 3).tolist() == [0, 0, 0]
    with pytest.raises(ValueError, match="4 texts but 2 sub-labels"):
        sub_codes(["a", "b"], 4)


def _model(**options: object) -> pressnlp.topics.TopicModel:
    model = pressnlp.topics.TopicModel(min_df=1, calibration_folds=2, stem=False, **options)
    return model.fit(TEXTS * 2, LABELS * 2, sub_labels=SUBS * 2)


def test_model_on_sublabels_predicts_labels_and_its_runtime_agrees(tmp_path: Path) -> None:
    model = _model()
    assert list(model.classes_) == ["ekonomi", "olahraga_pemuda", "pariwisata_hiburan"]
    assert model.svm_.coef_.shape[0] == 4  # economy, sport, entertainment, tourism
    probe = ["Festival budaya menarik ribuan wisatawan ke desa wisata itu.", ECONOMY[0]]
    assert model.predict(probe).tolist() == ["pariwisata_hiburan", "ekonomi"]
    assert set(model.top_features(3)) == set(model.classes_)
    folder = model.save(tmp_path / "sub")
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel)
    np.testing.assert_allclose(compiled.label_scores(probe), model.label_scores(probe), atol=1e-6)
    np.testing.assert_allclose(
        pressnlp.topics.load(folder).label_scores(probe), model.label_scores(probe)
    )


def test_runtime_rows_must_each_name_a_label(tmp_path: Path) -> None:
    folder = _model().save(tmp_path / "sub")
    with np.load(folder / "runtime.npz", allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["coef_label"] = np.zeros_like(arrays["coef_label"])  # no row for the second label
    np.savez_compressed(folder / "runtime.npz", **arrays)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="coef_label"):
        CompiledTopicModel.load(folder)


def test_sublabels_do_not_combine_with_feature_copies() -> None:
    with pytest.raises(ValueError, match="sub_labels cannot be combined"):
        pressnlp.topics.TopicModel(min_df=1, stem=False, adapt=0.5).fit(
            TEXTS * 2, LABELS * 2, sub_labels=SUBS * 2, in_domain=[True] * 24
        )


def test_training_rules_mark_tourism_and_sport_policy_news_only() -> None:
    rows = pd.DataFrame(
        {
            "label": ["pariwisata_hiburan"] * 3 + ["olahraga_pemuda"] * 2 + ["pariwisata_hiburan"],
            "origin": ["mapped"] * 5 + ["gold"],
            "section": ["detik/travel", "liputan6/showbiz", None, "okezone/bola", None, None],
            "source": ["detik.com", "liputan6.com", "kumparan", "Okezone", "antaranews", "BUMN"],
            "text": [
                "Pantai di Lombok ramai pengunjung.",  # a travel section: tourism
                "Aktor itu menikah di Bali.",
                "Jumlah wisatawan ke destinasi super prioritas naik, kata Menparekraf.",
                "Persija menang 2-1 atas Persib di Jakarta.",
                "Menpora memberi bonus kepada atlet peraih medali SEA Games.",
                "Kunjungan wisatawan ke destinasi BUMN naik.",  # not news: no sub-label
            ],
        }
    )
    assert sub_labels(rows).tolist() == ["tourism", "", "tourism", "", "policy", ""]
