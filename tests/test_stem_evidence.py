"""Stemming decided by corpus evidence (issue 18, helper stem4): nouns in -an of their own
over a root news never writes alone, Sastrawi's fallback that leaves a scrap of a loan word."""

from __future__ import annotations

import pytest

from pressnlp import stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # the noun is the word news uses; its root is never written on its own
        ("anggaran", "anggaran"),
        ("anggarannya", "anggaran"),
        ("Anggaran", "anggaran"),
        ("lingkungan", "lingkungan"),
        ("rangkaian", "rangkaian"),
        # the verbs and other nouns of the same root still go to the root
        ("dianggarkan", "anggar"),
        ("penganggaran", "anggar"),
        # nouns whose verbs news uses as much stay derived: bantu, atur, sasar
        ("bantuan", "bantu"),
        ("aturan", "atur"),
        ("sasaran", "sasar"),
        # the nouns protected before keep their -an
        ("tujuan", "tujuan"),
        ("alasan", "alasan"),
    ],
)
def test_lexical_an_nouns(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_lexical_an_in_a_sentence() -> None:
    text = "Pemerintah menganggarkan dana itu dalam anggaran tahun depan."
    assert stem(text) == "perintah anggar dana itu dalam anggaran tahun depan."


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Sastrawi alone reads di+se+m-in-as+i and leaves three letters of ten
        ("diseminasi", "diseminasi"),
        ("Diseminasi", "diseminasi"),
        # its fallback still serves where it keeps the root whole
        ("ditunjukannya", "tunjuk"),
    ],
)
def test_sastrawi_fallback_leaves_no_scrap(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_diseminasi_in_a_headline_and_a_sentence() -> None:
    headline = "Diseminasi Sistem Coretax, BKN Gelar Bimtek Aktivasi Akun Wajib Pajak"
    assert stem(headline).split()[:2] == ["diseminasi", "sistem"]
    assert stem("Kegiatan diseminasi informasi digelar.") == "giat diseminasi informasi gelar."


def test_se_prefix_beats_attached_pun() -> None:
    # -pun is written apart but in lexicalised words: serumpun is se+rumpun, not serum+pun
    assert stem("serumpun") == "rumpun"
    assert stem("Bahasa serumpun itu") == "bahasa rumpun itu"
    assert stem("merekapun bagaimanapun") == "mereka bagaimana"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an Indonesian root word inside a name in another language stays with it
        (
            "Bali Maritim Tourism Hub Berpotensi Tingkatkan Ekonomi",
            "Bali Maritim Tourism Hub potensi tingkat ekonomi",
        ),
        (
            "Indonesia Dorong Kerja Sama di Busan Global Partnership Forum 2025",
            "Indonesia dorong kerja sama di Busan Global Partnership Forum 2025",
        ),
        (
            "Tangani Banjir di Cluster Spring Valley, Sentul City",
            "tangan banjir di Cluster Spring Valley, Sentul City",
        ),
        (
            "FKG UNEJ Gelar International Conference and Dental Exhibition 2025",
            "FKG UNEJ gelar International Conference and Dental Exhibition 2025",
        ),
        # ... but not a verb before it, nor a noun before a foreign word after a
        # non-name, nor before an acronym or a foreign-looking Indonesian name
        ("Indonesia Raih Award di Tokyo", "Indonesia raih Award di Tokyo"),
        ("Tingkatkan Kualitas Startup Nasional", "tingkat kualitas startup nasional"),
        (
            "Jelang Tutup Tahun, Realisasi PNBP Sektor ESDM Tembus Rp228 Triliun",
            "jelang tutup tahun, realisasi PNBP sektor ESDM tembus Rp228 triliun",
        ),
        (
            "BGN Bantah Isu Penghentian MBG Usai Idul Fitri",
            "BGN bantah isu henti MBG usai Idul Fitri",
        ),
        # a word no dictionary has and news hardly writes lower case, after Pulau/Kota/...
        (
            "Resmikan SPPG Pulau Sebatik, Kepala BGN Tinjau Dapur",
            "resmi SPPG Pulau Sebatik, Kepala BGN tinjau dapur",
        ),
    ],
)
def test_headline_names_by_evidence(title: str, expected: str) -> None:
    assert stem(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # one lower-case word in a title of many capitalised ones is a slip of Title Case
        (
            "Kepala BGN sebut Efek Program MBG Dongkrak Penjualan Motor",
            "Kepala BGN sebut efek program MBG dongkrak jual motor",
        ),
        (
            "Menpora: Persiapan PON XX Berjalan sesuai Rencana",
            "Menpora: siap PON XX jalan sesuai rencana",
        ),
    ],
)
def test_title_with_one_lower_case_word(title: str, expected: str) -> None:
    assert stem(title) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence: a meN- verb, a final full stop, a line that starts lower case
        "Presiden Joko Widodo meresmikan Bendungan Sadawarna Kabupaten Subang Jawa Barat",
        "Kepala BGN Sebut Efek Program MBG Dongkrak Penjualan sepeda Motor.",
        "termasuk Purnomo Yusgiantoro Jero Wacik Sudirman Said Arifin Tasrif",
        # two lower-case words
        "Kepala BGN sebut Efek Program MBG dongkrak Penjualan Motor",
    ],
)
def test_sentences_are_no_titles(text: str) -> None:
    from pressnlp.stemming.headlines import headline_segments

    assert headline_segments(text) == []


def test_only_the_first_line_is_a_title() -> None:
    from pressnlp.stemming.headlines import headline_segments

    line = "Kepala BGN sebut Efek Program MBG Dongkrak Penjualan Motor"
    assert headline_segments(line + "\nIsi berita.") == [(0, len(line))]
    assert headline_segments("Isi berita.\n" + line) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a rare capitalised root+i whose -i verbs news uses is a headline verb, no name
        (
            "Bahlil: Lifting Minyak Sudah 619.000 Barel/Hari, Lampaui Target APBN",
            "Bahlil: lifting minyak sudah 619.000 barel/hari, lampau target APBN",
        ),
        (
            "Pemerintah Siapkan SDM Unggul untuk Masuki Industri Semikonduktor Global",
            "perintah siap SDM unggul untuk masuk industri semikonduktor global",
        ),
        # names ending in -i stay: Bekasi, Maluku (common), Kawali (mengawali is awal+i)
        ("Banjir Rendam Bekasi dan Maluku", "banjir rendam Bekasi dan Maluku"),
        # lewat is a preposition, not a word of the name after it
        (
            "Pluang Ekspansi ke Asia Tenggara Lewat Sandbox SEC Filipina",
            "Pluang ekspansi ke Asia Tenggara lewat Sandbox SEC Filipina",
        ),
    ],
)
def test_headline_verbs_in_i(title: str, expected: str) -> None:
    assert stem(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Menteri + the name of a ministry of the gazetteer is a title, kept whole
        ("Kemenkeu Sertijab Menteri Keuangan", "Kemenkeu Sertijab Menteri Keuangan"),
        (
            "Menteri Energi dan Sumber Daya Mineral Tinjau Kilang",
            "Menteri Energi dan Sumber Daya Mineral tinjau kilang",
        ),
        ("Menteri Resmikan Jembatan di Papua", "Menteri resmi jembatan di Papua"),
    ],
)
def test_minister_titles(title: str, expected: str) -> None:
    assert stem(title) == expected
