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
