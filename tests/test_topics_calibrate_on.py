"""``TopicModel.fit(..., calibrate_on=mask)``: the best label's score calibrated on the
out-of-fold decision values of some training texts (the hand-labelled press releases), so no
held-out text is spent on calibration."""

from __future__ import annotations

import numpy as np
import pytest

from pressnlp.topics.model import TopicModel

ECONOMY = [
    "Menteri Keuangan melaporkan realisasi penerimaan pajak dan defisit APBN semester pertama.",
    "Bank Indonesia mempertahankan suku bunga acuan untuk menjaga inflasi dan nilai tukar rupiah.",
    "Ekspor nonmigas naik dan neraca perdagangan kembali mencatat surplus bulan lalu.",
    "Pemerintah menyalurkan kredit usaha rakyat kepada pelaku UMKM di seluruh provinsi.",
    "Harga saham perbankan menguat dan indeks harga saham gabungan ditutup naik.",
    "Badan Pusat Statistik mencatat pertumbuhan ekonomi kuartal ketiga sebesar lima persen.",
]
HEALTH = [
    "Kementerian Kesehatan mengimbau orang tua melengkapi imunisasi campak dan rubela anak.",
    "Rumah sakit daerah menambah ruang perawatan pasien demam berdarah dengue.",
    "Puskesmas memberikan pemeriksaan kesehatan gratis dan skrining tuberkulosis bagi warga.",
    "Dinas Kesehatan menurunkan angka stunting melalui pemberian makanan tambahan balita.",
    "Dokter spesialis diberangkatkan ke daerah terpencil untuk layanan bedah dan persalinan.",
    "Vaksinasi polio massal digelar setelah ditemukan kasus lumpuh layuh pada anak.",
]
SPORT = [
    "Tim nasional menang dua gol tanpa balas dalam laga kualifikasi Piala Dunia.",
    "Pebulu tangkis Indonesia melaju ke final setelah mengalahkan unggulan pertama.",
    "Pelatih memanggil tiga pemain muda untuk pemusatan latihan menjelang SEA Games.",
    "Atlet angkat besi meraih medali emas dan memecahkan rekor nasional.",
    "Klub tuan rumah bermain imbang setelah gol penyeimbang pada menit akhir pertandingan.",
    "Pembalap muda finis ketiga pada seri kejuaraan dunia balap motor di Mandalika.",
]


def _data() -> tuple[list[str], list[str]]:
    texts = (ECONOMY + HEALTH + SPORT) * 2
    labels = (["ekonomi"] * 6 + ["kesehatan"] * 6 + ["olahraga"] * 6) * 2
    return texts, labels


def test_calibrate_on_scales_scores_and_keeps_labels() -> None:
    texts, labels = _data()
    plain = TopicModel(min_df=1, calibration_folds=3).fit(texts, labels)
    marked = np.arange(len(texts)) % 3 == 0
    calibrated = TopicModel(min_df=1, calibration_folds=3).fit(texts, labels, calibrate_on=marked)
    assert not hasattr(plain, "top_scaling_")
    assert calibrated.top_scaling_[0] > 0
    probe = [
        "Pemerintah menaikkan target penerimaan pajak dan menjaga defisit anggaran.",
        "Kasus campak pada anak meningkat, imunisasi kejar digelar di sekolah.",
    ]
    before, after = plain.label_scores(probe), calibrated.label_scores(probe)
    np.testing.assert_array_equal(before.argmax(axis=1), after.argmax(axis=1))
    assert list(calibrated.predict(probe)) == ["ekonomi", "kesehatan"]
    assert not np.allclose(before, after)  # the scores moved


def test_calibrate_on_must_mark_some_texts_one_flag_each() -> None:
    texts, labels = _data()
    with pytest.raises(ValueError, match="calibrate_on"):
        TopicModel(min_df=1, calibration_folds=3).fit(
            texts, labels, calibrate_on=np.zeros(len(texts), dtype=bool)
        )
    with pytest.raises(ValueError, match="calibrate_on"):
        TopicModel(min_df=1, calibration_folds=3).fit(texts, labels, calibrate_on=[True, False])


PROBE = [
    "Pemerintah menaikkan target penerimaan pajak dan menjaga defisit anggaran.",
    "Kasus campak pada anak meningkat, imunisasi kejar digelar di sekolah.",
    "Tim nasional lolos ke final setelah menang adu penalti.",
]


def test_softmax_scores_are_one_distribution_per_text() -> None:
    texts, labels = _data()
    ovr = TopicModel(min_df=1, calibration_folds=3).fit(texts, labels)
    soft = TopicModel(min_df=1, calibration_folds=3, scores="softmax").fit(texts, labels)
    s_ovr, s_soft = ovr.label_scores(PROBE), soft.label_scores(PROBE)
    fit = soft.domain_fit(PROBE)
    # a row sums to the text's domain fit; per-label probabilities do not
    np.testing.assert_allclose(s_soft.sum(axis=1), fit, rtol=1e-9)
    assert not np.allclose(s_ovr.sum(axis=1), ovr.domain_fit(PROBE))
    np.testing.assert_array_equal(s_ovr.argmax(axis=1), s_soft.argmax(axis=1))
    assert list(soft.predict(PROBE)) == ["ekonomi", "kesehatan", "olahraga"]


def test_softmax_calibrate_on_fits_a_temperature() -> None:
    texts, labels = _data()
    marked = np.arange(len(texts)) % 2 == 0
    model = TopicModel(min_df=1, calibration_folds=3, scores="softmax")
    model.fit(texts, labels, calibrate_on=marked)
    alpha, beta = model.top_scaling_
    assert alpha > 0 and beta == 0.0  # logits divided by the temperature, no offset
    plain = TopicModel(min_df=1, calibration_folds=3, scores="softmax").fit(texts, labels)
    np.testing.assert_allclose(
        model.calibration_, plain.calibration_ * alpha, rtol=1e-9
    )  # the same Platt logits, one temperature
    np.testing.assert_array_equal(model.predict(PROBE), plain.predict(PROBE))


def test_unknown_score_kind_is_a_clear_error() -> None:
    texts, labels = _data()
    with pytest.raises(ValueError, match="scores must be one of"):
        TopicModel(min_df=1, scores="probit").fit(texts, labels)
    for lead in (-1, 2.5, "300"):
        with pytest.raises(ValueError, match="lead_chars must be"):
            TopicModel(min_df=1, lead_chars=lead).fit(texts, labels)
    soft = TopicModel(min_df=1, calibration_folds=3, scores="softmax").fit(texts, labels)
    with pytest.raises(ValueError, match="does not know"):
        soft.calibrate_top(PROBE[:1], ["cuaca"])


def test_lead_counts_twice() -> None:
    """A release that opens on health and then dwells on the economy: counting its lead twice
    moves the score towards health (its subject) and changes nothing for a one-topic text."""
    texts, labels = _data()
    plain = TopicModel(min_df=1, calibration_folds=3, scores="softmax").fit(texts, labels)
    lead = TopicModel(min_df=1, calibration_folds=3, scores="softmax", lead_chars=90)
    lead.fit(texts, labels)
    release = (
        "Kementerian Kesehatan menggelar imunisasi campak dan skrining tuberkulosis anak. "
        + "Program ini dibiayai APBN; realisasi pajak, defisit anggaran, suku bunga, inflasi, "
        "ekspor dan kredit usaha rakyat juga dibahas bersama Bank Indonesia dan BPS. " * 2
    )
    health, economy = (list(plain.classes_).index(x) for x in ("kesehatan", "ekonomi"))

    def margin(model: TopicModel) -> float:  # health's Platt logit minus the economy's
        z = model.logits_from_decision(model.decision_function([release]))[0]
        return float(z[health] - z[economy])

    assert margin(lead) > margin(plain) + 1.0, (margin(plain), margin(lead))
    assert list(lead.predict(PROBE)) == ["ekonomi", "kesehatan", "olahraga"]
