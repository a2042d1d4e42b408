"""Press-release entity fixes of the fifteenth wave, read off entity outputs on unlabelled
releases (aitf-siaran-pers). Real sentences of shared releases are copied here so the tests
run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


def test_a_subsidiary_after_its_company_is_part_of_the_org(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-93231b1d11f5): "Hulu Mahakam" after "Pertamina" was a PERSON
    text = (
        '"Kita tadi ke Pertamina Hulu Mahakam dan kita ngecek sekalipun ini memang '
        'sumur-sumur yang sudah tua," kata Bahlil.'
    )
    got = entity_pairs(press, text, dt.date(2025, 5, 10))
    assert ("Pertamina Hulu Mahakam", "ORG") in got
    assert not any(t == "Hulu Mahakam" for t, _ in got)
    # ESDM (aitf-40919a0fb6db): "PT Pertamina [Hulu Rokan] (PHR)"
    text = (
        "Wamen ESDM memimpin rapat koordinasi teknis kelistrikan di Kantor Utama PT Pertamina "
        "Hulu Rokan (PHR), Rumbai, Jumat (23/1)."
    )
    got = entity_pairs(press, text, dt.date(2026, 1, 24))
    assert any(t.endswith("PT Pertamina Hulu Rokan") and lab == "ORG" for t, lab in got)
    assert ("Hulu Rokan", "PERSON") not in got
    # a person after the company and a job title stays a person
    got = entity_pairs(
        press, "Direktur Utama Pertamina Nicke Widyawati hadir dalam acara itu.", None
    )
    assert ("Nicke Widyawati", "PERSON") in got


def test_headline_predicates_without_men_end_the_name(press) -> None:  # type: ignore[no-untyped-def]
    # PU (aitf-f427d6e3611a), headline: LOC "Ponorogo Rampung"
    got = entity_pairs(
        press,
        "Penanganan Longsor Ruas Jalan Nasional Trenggalek–Ponorogo Rampung, Jalan Siap "
        "Dibuka Terbatas",
        dt.date(2026, 3, 5),
    )
    assert ("Ponorogo", "LOC") in got
    assert not any("Rampung" in t for t, _ in got)
    # BGN (aitf-c0d2fff9de77): LOC "Jambi Rampung"
    got = entity_pairs(press, "BGN Targetkan SPPG Jambi Rampung Mei 2026", dt.date(2026, 3, 5))
    assert ("Jambi", "LOC") in got
    assert ("Mei 2026", "DATE") in got
    # ESDM (aitf-5f535120c151): LOC "Maluku Butuh Energi Bersih"
    got = entity_pairs(
        press,
        "Maluku Butuh Energi Bersih, Menteri Bahlil Perintahkan PLN Bangun Pembangkit",
        dt.date(2025, 4, 6),
    )
    assert ("Maluku", "LOC") in got
    assert not any("Butuh" in t for t, _ in got)


def test_a_philosophy_is_no_person_and_a_group_is_an_org(press) -> None:  # type: ignore[no-untyped-def]
    # Kemenhut (aitf-6ef1b46dad43): PERSON "Tri Hita Karana"
    text = (
        "Paviliun Indonesia mengangkat tema “Thriving in Harmony: Nature, Culture, Future” "
        "yang terinspirasi dari Tri Hita Karana, filosofi luhur dari Bali yang menekankan "
        "harmoni antara manusia, alam, dan Tuhan."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Karana" in t for t, _ in got)
    assert ("Bali", "LOC") in got
    # Kemenhut (aitf-61558848af6e): PERSON "Mama Bamboo", a women's group
    text = (
        "Kelompok perempuan dari Kabupaten Manggarai Timur, yang dikenal dengan Mama Bamboo "
        "tampil mewakili Indonesia. Selain pelestarian bambu, kelompok Mama Bamboo juga "
        "mengelola kawasan hutan."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert got.count(("Mama Bamboo", "ORG")) == 2
    assert ("Mama Bamboo", "PERSON") not in got


def test_glued_words_and_a_cooperation_name_are_no_entities(press) -> None:  # type: ignore[no-untyped-def]
    # KOMDIGI (aitf-0929c829a2cd): PERSON "Melaluisandboxini"
    text = (
        "“Melaluisandboxini, kami ingin menguji mekanisme mana yang paling efektif,” ujar "
        "Meutya Hafid."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert ("Meutya Hafid", "PERSON") in got
    assert not any(label == "PERSON" and "sandbox" in t for t, label in got)
    # KEMLU (aitf-d8afc388dfdd): LOC "Triangular"
    text = (
        "Pada forum ini, Indonesia berbagi pengalaman implementasi Kerja Sama Selatan–Selatan "
        "dan Triangular (KSST)."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert ("Indonesia", "LOC") in got
    assert ("Triangular", "LOC") not in got


def test_one_word_after_a_company_is_its_programme(press) -> None:  # type: ignore[no-untyped-def]
    # BUMN (aitf-fb9481d48e30), headline: PERSON "Mekaar", PNM's lending programme
    got = entity_pairs(
        press,
        "Anak Nasabah PNM Mekaar Cetak Sejarah di Piala Asia U17, Dampak Nyata BUMN Bawa "
        "Perubahan Sosial dan Ekonomi Rakyat",
        dt.date(2025, 6, 1),
    )
    assert ("PNM", "ORG") in got
    assert not any("Mekaar" in t for t, _ in got)


def test_writers_initials_glued_after_the_last_sentence_end_it(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-cbfd8abf6958), the glued end of the release: PERSON "Riva.(SF"
    text = (
        "M, BPH Migas, Pemerintah Daerah dan seluruh stakeholder terkait yang telah "
        "berkolaborasi dalam mewujudkan dan memastikan penyaluran BBM Satu Harga berjalan dengan lancar sehingga multiplier "
        "effect bagi masyarakat atas kehadiran energi ini dapat dirasakan oleh seluruh "
        'masyarakat Indonesia," pungkas Riva.(SF)Kepala Biro Komunikasi, Layanan Informasi '
        "Publik, dan Kerja SamaAgus Cahyono AdiBagikan Ini!"
    )
    got = entity_pairs(press, text, dt.date(2024, 10, 30))
    assert ("Riva", "PERSON") in got
    assert ("Agus Cahyono Adi", "PERSON") in got
    assert not any("(SF" in t for t, _ in got)
