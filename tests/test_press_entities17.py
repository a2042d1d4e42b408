"""Press-release entity fixes of the seventeenth wave: wave 16's leftovers and errors read off
entity outputs on unlabelled releases (aitf-siaran-pers, gov-ministry-news-2025). Real
sentences of shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs

# Komdigi (gov-f80e63f7f2e9): a list of hoax headlines, one a line
_HOAXES = (
    "Berikut laporan harian isu hoaks yang telah diidentifikasi oleh Tim PRD Kementerian "
    "Komdigi, Jumat (31/10/2025):\n\n"
    "[HOAKS] Fabrizio Romano Sebut Frank de Boer Resmi Jadi Pelatih Timnas Indonesia\n\n"
    "[HOAKS] BEM UI Gelar Demo Desak Presiden Prabowo Copot Purbaya\n\n"
    "[HOAKS] Purbaya Resmi Menarik Anggaran Rp71 Triliun dari Program MBG untuk Dialihkan "
    "ke Beras Gratis\n\n"
)

# Bappenas (aitf-83ceef374b8e): title and a body sentence
_ESCAP_TITLE = (
    "Bappenas–UN ESCAP Luncurkan CRISP, Perkuat Perlindungan Sosial Inklusif dan Tangguh "
    "terhadap Perubahan Iklim"
)
_ESCAP_BODY = (
    "Peluncuran CRISP menjadi tonggak penting kolaborasi Indonesia–UN ESCAP dalam mendorong "
    "agenda pembangunan berkelanjutan."
)

# Kemensos (aitf-637bdd83f9ea), a glued release
_GUESTS = (
    "Turut hadir pula Direktur Mandiri Amal Insani Foundation Zainal Abidin, Ketua Yayasan "
    "Jannatul Firdaus Rahmat Broto Triaji, istri Wali Kota Bekasi Wiwiek Hargono, Manajer "
    "Yayasan Baitul Maal PLN Dewi Setyaharini, dan jajaran pemerintah daerah Bekasi."
)

# titles: Kemenhub (aitf-76977812ae24), BGN (aitf-d618932122d0)
_LOGISTICS = "Kemenhub dan KBUMN Koordinasi Untuk Efisiensi Biaya Logistik di Sektor Transportasi"
_JAMBI = "BGN Percepat Pembangunan SPPG di Jambi Demi Perluasan Akses Gizi"


def test_an_acronym_before_a_headline_verb_stays_in_the_name(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _HOAXES, dt.date(2025, 10, 31))
    assert ("BEM UI", "ORG") in got
    assert ("BEM", "ORG") not in got


def test_un_before_the_acronym_of_a_un_body_is_part_of_it(press) -> None:  # type: ignore[no-untyped-def]
    assert ("UN ESCAP", "ORG") in entity_pairs(press, _ESCAP_TITLE, dt.date(2025, 1, 1))
    got = entity_pairs(press, _ESCAP_BODY, dt.date(2025, 1, 1))
    assert ("UN ESCAP", "ORG") in got
    assert ("ESCAP", "ORG") not in got


def test_a_full_name_after_a_company_acronym_is_a_person(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _GUESTS, dt.date(2025, 3, 1))
    assert ("Dewi Setyaharini", "PERSON") in got
    assert ("PLN", "ORG") in got
    assert not any("PLN Dewi" in t for t, _ in got)


def test_a_capitalised_preposition_ends_a_name_on_a_headline(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _LOGISTICS, dt.date(2025, 1, 1))
    assert ("KBUMN", "ORG") in got
    assert not any("Koordinasi" in t for t, _ in got)
    got = entity_pairs(press, _JAMBI, dt.date(2025, 1, 1))
    assert ("Jambi", "LOC") in got
    assert not any("Demi" in t for t, _ in got)


# Komdigi (aitf-57e8b8c96d46), a glued release
_SAFER = (
    "Dengan hampir 50 persen pengguna internet di Indonesia merupakan anak di bawah 18 tahun "
    "maka prevalensi anak-anak menjadi korban sangat besar.Data Safer Internet Center "
    "menunjukkan 46 persen anak usia 8–17 tahun pernah mengalami penipuan daring."
)

# Komdigi (aitf-5c3f2efb8db3), a glued release
_STROKE = (
    "dengan tujuan akhir meningkatkan produktivitas dan kesejahteraan petani kecil.SITANGGAP - "
    "Rapid Stroke Symptom Capture System: Dikembangkan oleh Andre Nugraha dan Nurissa’idah. "
    "Sistem ini merupakan solusi AI yang dirancang untuk deteksi dini gejala stroke."
)


def test_an_english_name_of_a_body_or_system_is_no_person(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _SAFER, dt.date(2025, 1, 1))
    assert ("Safer Internet Center", "ORG") in got
    assert not any("Safer" in t and label == "PERSON" for t, label in got)
    got = entity_pairs(press, _STROKE, dt.date(2025, 1, 1))
    assert not any("Capture System" in t for t, _ in got)
    assert ("Andre Nugraha", "PERSON") in got


# ESDM (aitf-3975f2a91ad0)
_DEN = (
    "JAKARTA -- Bertempat di Kantor Kementerian Energi dan Sumber Daya Mineral (ESDM) Jakarta, "
    "Selasa (3/3), Menteri ESDM selaku Ketua Harian Dewan Energi Nasional (DEN) Bahlil "
    "Lahadalia memimpin Sidang Anggota DEN ke-1 Tahun 2026."
)


def test_a_known_place_after_a_bracketed_abbreviation_is_its_own_mention(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _DEN, dt.date(2026, 3, 3))
    assert ("Kementerian Energi dan Sumber Daya Mineral", "ORG") in got
    assert ("Jakarta", "LOC") in got
    assert not any("(ESDM) Jakarta" in t for t, _ in got)


# Bappenas (aitf-434851ec81b6), Kemenko Perekonomian (aitf-7954fdd1917a)
_ENVOY = (
    "JAKARTA– Menteri PPN/Kepala Bappenas Rachmat Pambudy menerima kunjungan Duta Besar "
    "Indonesia untuk Kuwait Lena Maryana Mukti untuk membahas penguatan hubungan bilateral "
    "Indonesia dan Kuwait."
)
_SECRETARY = (
    "Staf Ahli Bidang Pembangunan Daerah Kemenko Perekonomian Haryo Limanseto, Sekretaris "
    "Jenderal Kemnaker Cris Kuntadi. (rep/fsr)"
)


def test_a_place_or_body_running_into_a_name_after_a_title_is_split(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _ENVOY, dt.date(2025, 1, 1))
    assert ("Lena Maryana Mukti", "PERSON") in got
    assert got.count(("Kuwait", "LOC")) == 2
    got = entity_pairs(press, _SECRETARY, dt.date(2025, 1, 1))
    assert ("Kemnaker", "ORG") in got
    assert ("Cris Kuntadi", "PERSON") in got


# Kemhan (gov-e96fb89ded62)
_DONNY = (
    "Jakarta – Wakil Menteri Pertahanan Republik Indonesia Donny Ermawan Taufanto mewakili "
    "Menteri Pertahanan RI secara resmi menerima Laporan Hasil Pemeriksaan (LHP) dari Badan "
    "Pemeriksa Keuangan (BPK) RI di kantor Pusat BPK RI, Jakarta, pada hari Rabu (8/10/2025).\n\n"
    "Dalam sambutan Menhan Sjafrie yang dibacakan oleh Wamenhan Donny, disampaikan rasa "
    "syukur atas keberhasilan Kemhan."
)


def test_a_first_name_the_document_names_elsewhere_joins_the_person(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _DONNY, dt.date(2025, 10, 8))
    assert ("Donny Ermawan Taufanto", "PERSON") in got
    assert ("Ermawan Taufanto", "PERSON") not in got
