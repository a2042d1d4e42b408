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
