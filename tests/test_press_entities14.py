"""Press-release entity fixes of the fourteenth wave, read off entity outputs on unlabelled
releases (aitf-siaran-pers, gov-ministry-news-2025, kemenhut-cms-2025). Real sentences of
shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


def test_english_common_words_are_no_person(press) -> None:  # type: ignore[no-untyped-def]
    # KOMDIGI (aitf-9790ae697784): the three stages of a research strategy were PERSONs
    text = (
        "Wamen Nezar merujuk pada strategi riset dari Massachusetts Institute of Technology "
        "(MIT) yang terdiri dari tiga tahap, yaitu Learn, Evaluate, dan Reflect. Tahap "
        "selanjutnya adalah Evaluate, yakni membangun skeptisisme sehat."
    )
    got = entity_pairs(press, text, dt.date(2026, 1, 20))
    assert ("Nezar", "PERSON") in got
    assert ("MIT", "ORG") in got
    assert not any(t in ("Evaluate", "Reflect") for t, _ in got)
    # gov-a382be441022: "Society 5.0" was a PERSON
    text = (
        "“Society 5.0 adalah era ketika teknologi dan inovasi yang berpusat pada manusia hadir "
        "untuk menjawab tantangan, termasuk di dunia kedokteran gigi."
    )
    assert not any(label == "PERSON" for _, label in entity_pairs(press, text, None))
    # a surname with such an ending stays, named in full (KEMHAN, gov-ministry-news-2025)
    text = (
        "Menhan menegaskan bahwa Pratu Haris Umaternate telah diberikan penghargaan kenaikan "
        "pangkat Anumerta satu tingkat lebih tinggi dari pangkat semula."
    )
    assert ("Haris Umaternate", "PERSON") in entity_pairs(press, text, dt.date(2025, 10, 24))


def test_a_quoted_theme_holds_no_person_the_release_does_not_name(press) -> None:  # type: ignore[no-untyped-def]
    # KEMENDIKDASMEN (gov-931e864f9067): "Heritage" in a session's theme was a PERSON
    text = (
        "Selanjutnya, sesi kedua mengangkat tema “Connecting Cultures and Communities in the "
        "Digital Age: Heritage, Sustainable Tourism and the Silk Roads.” Topik ini menyoroti "
        "peran teknologi dalam melestarikan warisan budaya."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 5))
    assert not any(label == "PERSON" for _, label in got)


def test_a_body_named_like_a_person_is_an_org(press) -> None:  # type: ignore[no-untyped-def]
    # BUMN (aitf-8f9275932ff1): "Chairman Eagle Hills" and "lanjut Erick, Eagle Hills juga"
    # gave PERSON "Eagle Hills"; the release writes it as a body elsewhere
    text = (
        "Penandatanganan nota kesepahaman ini dilakukan oleh Menteri BUMN, Erick Thohir dan "
        "Chairman Eagle Hills serta Pendiri Emaar, Mohamed Ali Rashed Alabbar. “Alhamdulillah "
        "BUMN dan Eagle Hills telah sepakat bekerja sama dengan nilai investasi hingga 3 miliar "
        "dolar AS,” kata Erick."
    )
    got = entity_pairs(press, text, dt.date(2024, 7, 17))
    assert got.count(("Eagle Hills", "ORG")) == 2
    assert ("Eagle Hills", "PERSON") not in got
    assert ("Mohamed Ali Rashed Alabbar", "PERSON") in got
    assert ("Erick Thohir", "PERSON") in got


def test_a_village_level_word_opens_the_village_name(press) -> None:  # type: ignore[no-untyped-def]
    # PU (aitf-774a1e41111d), headline: LOC "Jembatan Armco Gampong" and LOC "Sirong"
    got = entity_pairs(
        press,
        "Respons Cepat Kementerian PU, Jembatan Armco Gampong Salah Sirong Segera Dibangun",
        dt.date(2026, 2, 20),
    )
    assert ("Gampong Salah Sirong", "LOC") in got
    assert ("Sirong", "LOC") not in got
    assert not any(t.endswith("Gampong") for t, _ in got)
    # the body already had it right
    text = (
        "Kementerian Pekerjaan Umum (PU) bergerak cepat merespons kerusakan jembatan darurat "
        "Gampong Salah Sirong di Desa Salah Sirong, Kecamatan Jeumpa, Kabupaten Bireuen."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 20))
    assert ("Gampong Salah Sirong", "LOC") in got
    assert ("Desa Salah Sirong", "LOC") in got
    assert ("Kecamatan Jeumpa", "LOC") in got


def test_south_south_cooperation_names_no_place(press) -> None:  # type: ignore[no-untyped-def]
    # BAPPENAS (aitf-d8afc388dfdd): LOC "Selatan" in "Kerja Sama Selatan–Selatan"
    text = (
        "Pada forum ini, Indonesia berbagi pengalaman implementasi Kerja Sama Selatan–Selatan "
        "dan Triangular (KSST)."
    )
    got = entity_pairs(press, text, dt.date(2025, 9, 30))
    assert ("Indonesia", "LOC") in got
    assert not any("Selatan" in t for t, _ in got)
    # KEMENKEU (gov-3db6e6bfd995): one token, LOC "Selatan-Selatan"
    text = "Indonesia mendorong reformasi menyeluruh serta memperkuat kerjasama Selatan-Selatan."
    assert not any("Selatan" in t for t, _ in entity_pairs(press, text, None))
    # a compass word sharing a known province before it stays a place (gov-8aaa984a5891)
    text = (
        "Kegiatan dihadiri oleh perwakilan Lembaga Layanan Pendidikan Tinggi (LLDikti) Wilayah "
        "XI Kalimantan Selatan, Barat, Timur, Tengah, dan Utara."
    )
    assert ("Barat", "LOC") in entity_pairs(press, text, dt.date(2025, 11, 11))


def test_a_project_in_a_capitals_headline_is_no_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-7fcf152a83c6): the headline's "CISEM II" was an ORG; the body writes the
    # pipeline project "Cisem II", never as an entity
    text = (
        "SOAL CISEM II, MENTERI ESDM INGATKAN KPPU JANGAN BANGUN PERSEPSI, SEMUA SESUAI "
        "ATURAN!\nKementerian Energi dan Sumber Daya Mineral menghormati penyelidikan tender "
        "proyek pembangunan pipa transmisi gas bumi Cirebon-Semarang (Cisem) Tahap II. Cisem "
        "II merupakan PSN yang ditetapkan melalui Peraturan Presiden."
    )
    got = entity_pairs(press, text, dt.date(2024, 12, 28))
    assert ("KPPU", "ORG") in got
    assert ("Kementerian Energi dan Sumber Daya Mineral", "ORG") in got
    assert not any("CISEM" in t.upper() and label == "ORG" for t, label in got)
    # a body the running text tags stays in the capitals headline (aitf-8ff312c44a39)
    text = (
        "KEMENTERIAN ESDM MENGHORMATI LANGKAH YANG DIAMBIL APARAT PENEGAK HUKUM\n"
        "Kementerian ESDM menghormati langkah hukum tersebut."
    )
    got = entity_pairs(press, text, dt.date(2025, 2, 10))
    assert ("KEMENTERIAN ESDM", "ORG") in got


def test_the_ministry_in_a_regulation_name_stays_a_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM: the press gold annotates "Peraturan Menteri [ESDM] Nomor 7 Tahun 2024" and
    # "Permen [ESDM] Nomor 11"; the bracketed acronym after the written-out field is the same
    # mention (press spec: an ORG inside a title is annotated; the regulation is no entity)
    text = (
        "Melalui Peraturan Menteri Energi dan Sumber Daya Mineral (ESDM) Nomor 14 Tahun 2025 "
        "tentang Kerja Sama Pengelolaan Bagian Wilayah Kerja untuk Peningkatan Produksi Minyak."
    )
    got = entity_pairs(press, text, dt.date(2025, 8, 1))
    assert got == [("ESDM", "ORG")]


def test_a_kitchen_or_a_cooperative_named_by_its_kind_is_no_body(press) -> None:  # type: ignore[no-untyped-def]
    # BGN (aitf-9c62f8098a15, aitf-cb7d243df34c): bare "SPPG", a kind of unit, was an ORG
    # (press_ner dev leaves "operasional SPPG", "mitra SPPG" untagged)
    text = (
        "Nanik mengingatkan Kepala SPPG dalam Rapat Koordinasi dengan para Kepala SPPG, "
        "Pengawas Keuangan, dan Pengawas Gizi se Wilayah Solo Raya. Selain itu, setiap unit "
        "SPPG mampu menyerap 47 tenaga kerja, mayoritas berasal dari masyarakat sekitar."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 25))
    assert ("Solo Raya", "LOC") in got
    assert not any("SPPG" in t for t, _ in got)
    # KEMENKOP (gov-b5b009f58d99): "Kopdes", the village cooperatives, was an ORG
    text = (
        "Kini Kemenkop tengah mempersiapkan dan mempercepat pembangunan aset gerai dan gudang "
        "agar Maret 2026 seluruh Kopdes sudah dapat mulai beroperasi."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 1))
    assert ("Kemenkop", "ORG") in got
    assert not any("Kopdes" in t for t, _ in got)
    # the long form with its acronym names the unit (press_ner train: "Satuan Pelayanan
    # Pemenuhan Gizi (SPPG) Purwosari")
    text = (
        "Dari hasil investigasi, ditemukan bahwa dapur Satuan Pelayanan Pemenuhan Gizi (SPPG) "
        "Purwosari yang mengolah dan mendistribusikan makanan itu belum sepenuhnya memenuhi "
        "persyaratan kelayakan."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 6))
    assert any("SPPG" in t and label == "ORG" for t, label in got)


def test_a_region_or_city_taken_for_a_person_is_a_place(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-9b792b35bfd9): the regencies "Sigi" and "Donggala" were PERSONs
    text = (
        "Enam tahun lalu gempabumi Palu, Sigi dan Donggala telah mengakibatkan kerugian harta "
        "benda dan jiwa."
    )
    got = entity_pairs(press, text, dt.date(2024, 9, 28))
    assert ("Sigi", "LOC") in got
    assert ("Donggala", "LOC") in got
    # ESDM (aitf-fca4b53699b1): "Gayo Lues" was a PERSON
    text = (
        "Namun di beberapa titik seperti Benar Meriah, Aceh Tamiang, dan Gayo Lues, jaringan "
        "masih bergantung pada pasokan listrik."
    )
    assert ("Gayo Lues", "LOC") in entity_pairs(press, text, dt.date(2025, 12, 10))


def test_a_foundation_named_after_a_person_is_a_body(press) -> None:  # type: ignore[no-untyped-def]
    # BGN (aitf-cdeda13294c7): "Yayasan" + PERSON "Rockefeller"
    text = (
        "Nanik lalu menceritakan pertemuannya dengan Yayasan Rockefeller tahun lalu ketika "
        "program MBG disusun."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 1))
    assert ("Yayasan Rockefeller", "ORG") in got
    assert ("Rockefeller", "PERSON") not in got


def test_an_anniversary_is_no_person(press) -> None:  # type: ignore[no-untyped-def]
    # KOMDIGI (gov-26034752a7e1): "Dies Natalis" was a PERSON
    text = (
        "ujar Meutya saat menyampaikan Orasi Ilmiah dalam Dies Natalis ke-45 Fakultas Ilmu "
        "Sosial dan Ilmu Politik (FISIP) Universitas Sumatera Utara (USU) di Kota Medan, Sabtu "
        "(08/11/2025)."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 8))
    assert ("Meutya", "PERSON") in got
    assert ("Kota Medan", "LOC") in got
    assert not any("Dies" in t for t, _ in got)


def test_a_headline_running_on_after_its_verb_is_no_name(press) -> None:  # type: ignore[no-untyped-def]
    # BUMN (aitf-abcda6a4cecb), a title: PERSON "Erick Thohir Dorong Persingkat Waktu Tempuh"
    got = entity_pairs(
        press, "Jajal Kereta Bandara, Erick Thohir Dorong Persingkat Waktu Tempuh", None
    )
    assert got == [("Erick Thohir", "PERSON")]
    # BGN (aitf-e12ae3f06afd), a title: LOC "Indonesia Bahas Fortifikasi Pangan"
    got = entity_pairs(
        press,
        "Jadi Tuan Rumah Pertemuan Internasional, Indonesia Bahas Fortifikasi Pangan untuk "
        "Atasi Masalah Gizi",
        None,
    )
    assert ("Indonesia", "LOC") in got
    assert not any("Bahas" in t for t, _ in got)
    # a company's name with a verb's root in it stays (gov-d6dfee003cb4)
    text = (
        "Ditemukan dua klien dengan Laporan Auditor Independen (LAI) yang tidak didukung oleh "
        "kertas kerja audit, yaitu PT Liman Bangun Perkasa dan PT Gaung Civitha Ranooha tahun "
        "buku 2020."
    )
    got = entity_pairs(press, text, dt.date(2025, 3, 12))
    assert ("PT Liman Bangun Perkasa", "ORG") in got


def test_a_lower_case_noun_is_no_part_of_a_place(press) -> None:  # type: ignore[no-untyped-def]
    # KEMDIKTISAINTEK (gov-bdbc52a1ba79): LOC "tepian Sungai Batang"
    text = (
        "Padang — Di sebuah rumah sederhana nan hangat di tepian Sungai Batang Arau, di bawah "
        "bayang Jembatan Siti Nurbaya yang sohor itu, tumbuh seorang anak."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 1))
    assert ("Padang", "LOC") in got
    assert not any(t.startswith("tepian") for t, _ in got)
    assert any(t.startswith("Sungai Batang") and label == "LOC" for t, label in got)
