"""Press-release entity fixes of the eleventh wave, read off entity outputs on unlabelled releases
(aitf-siaran-pers, gov-ministry-news-2025, kemenhut-cms-2025) rather than the press dev errors.
Real sentences of shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import assert_linear, entity_pairs


def test_an_abbreviated_region_level_is_part_of_the_place(press) -> None:  # type: ignore[no-untyped-def]
    # PU (aitf-f587ab3527b4): the model split "Prov" from "Jawa Tengah", and the level was
    # dropped, while "Provinsi Jawa Tengah" keeps it
    text = (
        "katanya Triono saat mendampingi pada saat Kunjungan Kerja Reses Komisi V DPR RI di "
        "Semarang, Prov. Jawa Tengah, Jumat (20/2/26)."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 20))
    assert ("Prov. Jawa Tengah", "LOC") in got
    assert ("Jawa Tengah", "LOC") not in got
    # PPG (gov-78dfac8c2ddc): "Kab" and "Merauke" were two places
    text = (
        "ungkap Direktur PPG, Ferry Maulana Putra, saat melakukan pendampingan di "
        "Kab. Merauke (5/11)."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 7))
    assert ("Kab. Merauke", "LOC") in got
    assert not any(t in ("Kab", "Merauke") for t, _ in got)


def test_two_names_joined_by_a_dash_are_two(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-c5e45f655a26): a headline naming the two parties of a letter of intent
    got = entity_pairs(
        press,
        "Kementerian ESDM - AFD Teken LoI Atasi Perubahan Iklim dan Dukung Transisi Energi",
        dt.date(2024, 11, 1),
    )
    assert {("Kementerian ESDM", "ORG"), ("AFD", "ORG")} <= set(got)
    assert ("Kementerian ESDM - AFD", "ORG") not in got
    # Kemenpar (aitf-0b24da9de24c): a list of destinations, each "place – province"
    text = (
        "Pasuruan – Jawa Timur, Jembrana - Bali, Likupang – Sulawesi Utara, Lembata – NTT, "
        "Halmahera – Maluku Utara."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert {("Jembrana", "LOC"), ("Bali", "LOC"), ("Lembata", "LOC"), ("NTT", "LOC")} <= set(got)
    assert not any("–" in t or " - " in t for t, _ in got)


def test_a_glued_staff_table_has_no_heading_entities(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-7df98f02640d): the headings "NO NAMA JABATAN LAMA ..." and the row numbers
    # lost their cell breaks
    text = (
        "Menteri ESDM Lantik Pejabat Tinggi Madya di Lingkungan Kementerian ESDMRabu, 17 "
        "September 2025 - Dibaca 15010 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK "
        "INDONESIASIARAN PERSNOMOR: 075.Pers/04/SJI/2025Tanggal: 17 September2025Menteri ESDM "
        "Lantik Pejabat Tinggi Madya di Lingkungan Kementerian ESDMMenteri Energi dan Sumber "
        "Daya Mineral (ESDM) Bahlil Lahadalia, hari ini, Rabu (17/9) melantik Pejabat Tinggi "
        "Madya di Lingkungan Kementerian ESDM. Pelantikan dilaksanakan di Gedung Chairul Saleh, "
        "Kantor Sekretariat Jenderal Kementerian ESDM.Adapun data pejabat yang dilantik adalah "
        "sebagai berikut.NONAMAJABATAN LAMAJABATAN BARUJABATANUNITJABATANUNIT1Prof. Ahmad Erani "
        "Yustika, S.E., M.Sc., Ph.D.Kepala Sekretariat Wakil PresidenSekretariat Wakil "
        "Presiden, Kementerian Sekretariat NegaraSekretaris Jenderal Kementerian "
        "ESDMSekretariat Jenderal Kementerian ESDM2Irjen Pol Yudhiawan, S.I.K., S.H., M.H., "
        "M.Si.Pati Bareskrim PolriKepolisian RI"
    )
    got = entity_pairs(press, text, dt.date(2025, 9, 17))
    assert not any("JABATAN" in t for t, _ in got)
    assert ("Yudhiawan", "PERSON") in got
    assert not any("ESDM2" in t for t, _ in got)


def test_table_rules_are_linear() -> None:
    from pressnlp.ner.tables import headings_in
    from pressnlp.ner.unglue import _EMPTY_CELLS, _ROW_NUMBER

    assert headings_in("NONAMAJABATAN") == 3 and headings_in("NOMOR") == 0
    assert_linear(lambda t: list(_ROW_NUMBER.finditer(t)), lambda n: "Aceh3Cecep " * n, 4_000)
    assert_linear(lambda t: list(_ROW_NUMBER.finditer(t)), lambda n: "a1" * n + "A", 8_000)
    assert_linear(lambda t: list(_EMPTY_CELLS.finditer(t)), lambda n: "a---" * n, 8_000)


def test_an_app_is_the_company_or_no_entity(press) -> None:  # type: ignore[no-untyped-def]
    # Kemkomdigi (aitf-9bcc55101fb8): "Canva" was read as a place, then as a person who
    # "berharap"; an account of its paid edition is a product
    text = (
        "“Canva menjadi kebutuhan utama untuk mendesain, memasarkan, dan menjual produk,” jelas "
        "Meutya. Melalui kerja sama ini, Kemkomdigi dan Canva berharap dapat memperkuat "
        "ekosistem kreator desain Indonesia melalui penyediaan 8.000 akun Canva Pro gratis."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 6))
    assert ("Canva", "ORG") in got
    assert not any(t.startswith("Canva") and label != "ORG" for t, label in got)
    assert not any(t == "Canva Pro" for t, _ in got)
    # Kemkomdigi (aitf-da02d7791fc6): an AI service read as a person
    text = (
        "“Normalisasi akses layanan Grok dilakukan secara bersyarat setelah X Corp "
        "menyampaikan komitmen tertulis,” ujarnya."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 1))
    assert ("Grok", "PERSON") not in got


def test_unknown_items_between_bodies_of_a_list_are_bodies(press) -> None:  # type: ignore[no-untyped-def]
    # Expo 2025 Osaka (aitf-865d5beff792): the sponsor read as a person, the next as a place
    text = (
        "Selain Astra, Paviliun Indonesia di World Expo 2025 Osaka juga turut didukung oleh "
        "KAPPI, Artha Graha, Royal Golden Eagle, Indofood, dan Japfa Comfeed Indonesia."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 22))
    assert {("Artha Graha", "ORG"), ("Royal Golden Eagle", "ORG")} <= set(got)
    # a known place in such a list stays a place, a person after a title stays a person
    text = (
        "Acara dihadiri Kementerian Keuangan, Bank Indonesia, Jakarta, dan OJK, serta Menteri "
        "Keuangan Purbaya Yudhi Sadewa."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 22))
    assert ("Jakarta", "LOC") in got and ("Purbaya Yudhi Sadewa", "PERSON") in got


def test_a_headline_verb_opens_no_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-e67c00eb4d91): the model ran the headline from its verb into the ministry
    got = entity_pairs(
        press, "Menteri ESDM Lantik Pejabat Tinggi Kementerian ESDM", dt.date(2025, 11, 24)
    )
    assert ("Kementerian ESDM", "ORG") in got
    assert not any(t.startswith("Lantik") for t, _ in got)


def test_a_known_acronym_glued_to_the_next_cell_ends_there(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-7df98f02640d): the unit column of a glued staff table
    text = (
        "Menteri ESDM Lantik Pejabat Tinggi Madya di Lingkungan Kementerian ESDMRabu, 17 "
        "September 2025 - Dibaca 15010 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK "
        "INDONESIASIARAN PERSNOMOR: 075.Pers/04/SJI/2025Tanggal: 17 September2025Adapun data "
        "pejabat yang dilantik adalah sebagai berikut.1Prof. Ahmad Erani Yustika, S.E., M.Sc., "
        "Ph.D.Kepala Sekretariat Wakil PresidenSekretariat Wakil Presiden, Kementerian "
        "Sekretariat NegaraSekretaris Jenderal Kementerian ESDMSekretariat Jenderal Kementerian "
        "ESDM2Irjen Pol Yudhiawan, S.I.K., S.H., M.H., M.Si."
    )
    got = entity_pairs(press, text, dt.date(2025, 9, 17))
    assert ("Sekretariat Jenderal Kementerian ESDM", "ORG") in got
    assert not any("ESDMSekretariat" in t for t, _ in got)


def test_glued_acronym_pattern_is_linear() -> None:
    from pressnlp.ner.unglue import _ACRONYM_GLUED

    assert_linear(lambda t: list(_ACRONYM_GLUED.finditer(t)), lambda n: "ESDMA" * n, 4_000)
    assert_linear(lambda t: list(_ACRONYM_GLUED.finditer(t)), lambda n: "A" * n + "b", 16_000)


def test_a_roadmap_is_a_term_not_a_street(press) -> None:  # type: ignore[no-untyped-def]
    # Bappenas (aitf-c48715ce0e94, aitf-9a34aa709262): "Peta Jalan" (a roadmap) read as a street
    text = (
        "World Resources Institute (WRI) Indonesia sedang menyusun dokumen Peta Jalan "
        "Dekarbonisasi Industri Nasional yang menjadi bagian Rencana Pembangunan."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any(t.startswith("Jalan") for t, _ in got)
    text = (
        "Kementerian PPN/Bappenas juga telah menyusun Peta Jalan Pendidikan Indonesia "
        "2025-2045, sebagai bentuk komitmen."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert ("Indonesia", "LOC") in got
    assert not any("Jalan" in t for t, _ in got)
    # a street stays a street
    got = entity_pairs(press, "Kantor kami di Jalan Medan Merdeka Barat, Jakarta.", None)
    assert ("Jalan Medan Merdeka Barat", "LOC") in got or ("Medan Merdeka Barat", "LOC") in got


def test_the_government_and_a_headline_verb_are_no_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-9c9e39590c78), Ekon (aitf-3975f2a91ad0): "Pemerintah" + a headline
    got = entity_pairs(
        press,
        "Siap Jalani Uji Kelayakan dan Kepatutan, Pemerintah Serahkan 18 Calon Komite BPH "
        "Migas ke DPR RI",
        dt.date(2025, 8, 30),
    )
    assert not any(t.startswith("Pemerintah") for t, _ in got)
    got = entity_pairs(
        press,
        "Menteri ESDM Pimpin Sidang DEN, Pemerintah Jaga Ketahanan Energi di Tengah Gejolak Global",
        dt.date(2026, 3, 3),
    )
    assert not any(t.startswith("Pemerintah") for t, _ in got)
    # a regional government stays a body before its verb
    got = entity_pairs(press, "Pemerintah Aceh Dorong Investasi Hijau", dt.date(2026, 3, 3))
    assert ("Pemerintah Aceh", "ORG") in got


def test_a_headline_adverb_ends_a_name(press) -> None:  # type: ignore[no-untyped-def]
    # BKN (gov-018ef19ae422), BUMN (aitf-492d73c2512b): Title Case headlines
    got = entity_pairs(
        press,
        "Usai Jalani Seleksi Terbuka, Prof. Zudan Arif Fakrulloh Resmi Dilantik Jadi Kepala BKN",
        dt.date(2025, 3, 1),
    )
    assert ("Zudan Arif Fakrulloh", "PERSON") in got
    got = entity_pairs(
        press, "Menteri BUMN, Erick Thohir Siap Wujudkan Arahan Presiden", dt.date(2025, 3, 1)
    )
    assert ("Erick Thohir", "PERSON") in got


def test_within_a_body_in_title_case_is_the_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-7e7467706e88): a headline's "di Lingkungan Kementerian ESDM" was a LOC
    got = entity_pairs(
        press,
        "Menteri ESDM Lantik Pejabat Tinggi Pratama di Lingkungan Kementerian ESDM",
        dt.date(2025, 4, 28),
    )
    assert ("Kementerian ESDM", "ORG") in got
    assert not any(t.startswith("Lingkungan") for t, _ in got)


def test_a_recruitment_drive_and_an_agreement_are_terms(press) -> None:  # type: ignore[no-untyped-def]
    # BUMN (aitf-9e06ae7ea6b1): the programme and its acronym were bodies
    text = (
        "Kementerian BUMN dan FHCI resmi mengumumkan pembukaan Rekrutmen Bersama BUMN (RBB) "
        "2025. RBB 2025 memberikan kesempatan bagi lulusan SMA/SMK, D3, D4, S1, hingga S2."
    )
    got = entity_pairs(press, text, dt.date(2025, 3, 1))
    assert not any(t == "RBB" for t, _ in got)
    assert ("FHCI", "ORG") in got
    # Kemnaker (aitf-ecd7ce3fc8e1): "PKS" of an agreement is no party
    text = (
        "Kemnaker dan Kementerian P2MI sedang melanjutkan proses Perjanjian Kerja Sama (PKS) "
        "untuk konteks pelatihan."
    )
    got = entity_pairs(press, text, dt.date(2025, 3, 1))
    assert not any(t == "PKS" for t, _ in got)


def test_a_kind_of_place_is_no_place(press) -> None:  # type: ignore[no-untyped-def]
    # PU (aitf-fa1d0b276f27), ESDM (aitf-a23b4a1d79b2): headline kinds of place
    got = entity_pairs(
        press,
        "Kementerian PU Pastikan Jalan Nasional dan Jalan Tol di Jawa Timur Siap Layani Pemudik",
        dt.date(2026, 2, 28),
    )
    assert not any(t in ("Jalan Nasional", "Jalan Tol") for t, _ in got)
    assert ("Jawa Timur", "LOC") in got
    got = entity_pairs(
        press,
        "Wamen ESDM: Modernisasi Alat Pemantauan Gunung Api Jadi Prioritas",
        dt.date(2024, 10, 30),
    )
    assert ("Gunung Api", "LOC") not in got


def test_a_known_body_abbreviated_after_a_title_field_is_an_org(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-e67c00eb4d91): once "Kementerian ESDMMenteri" was unglued, the model left the
    # bracketed "(ESDM)" after the minister's field untagged
    text = (
        "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia, hari ini, Senin (24/11) "
        "melantik Pejabat Tinggi Pratama Kementerian ESDM."
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 24))
    assert ("ESDM", "ORG") in got
    assert ("Bahlil Lahadalia", "PERSON") in got


def test_the_country_closing_a_body_on_its_own_line_is_the_body(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM staff tables (aitf-7df98f02640d, aitf-1a2f970fe1b6), as unglue gives the cells back
    text = (
        "Irjen Pol Yudhiawan, S.I.K., S.H., M.H., M.Si.Pati Bareskrim Polri\n\nKepolisian RI\n\n"
        "Inspektur Jenderal Kementerian ESDM"
    )
    got = entity_pairs(press, text, dt.date(2025, 11, 24))
    assert ("Kepolisian RI", "ORG") in got
    assert ("RI", "LOC") not in got
    text = "5\n\nArif Fajarudin\n\nAnggota Kepolisian Republik Indonesia\n\nInspektur V"
    got = entity_pairs(press, text, dt.date(2025, 11, 24))
    assert ("Kepolisian Republik Indonesia", "ORG") in got
    # in running text the country of a title stays a LOC
    text = "Turut hadir Sekretaris Kabinet RI Teddy Indra Wijaya dan Duta Besar RI."
    got = entity_pairs(press, text, dt.date(2025, 11, 24))
    assert ("RI", "LOC") in got


def test_empty_cells_written_as_dashes_end_a_glued_cell(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-1a2f970fe1b6): the old post of a new director general is "---", glued
    text = (
        "Menteri ESDM Lantik Pejabat Pimpinan Tinggi Madya dan PratamaKamis, 16 Januari 2025 - "
        "Dibaca 15310 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK INDONESIASIARAN "
        "PERSNOMOR: 003.Pers/04/SJI/2025Tanggal: 16 Januari 2025Menteri ESDM Lantik Pejabat "
        "Pimpinan Tinggi Madya dan PratamaMenteri Energi dan Sumber Daya Mineral (ESDM) Bahlil "
        "Lahadalia, hari ini, Kamis (16/1) melantik Pejabat Pimpinan Tinggi Madya dan Pratama "
        "di lingkungan Kementerian ESDM.Adapun data Pejabat Pimpinan Tinggi yang dilantik hari "
        "ini adalah sebagai berikut:NONAMAJABATAN LAMAJABATAN BARUJABATANUNITJABATANUNIT1Achmad "
        "Muchtasyar------Direktur Jenderal Minyak dan Gas BumiDirektorat Jenderal Minyak dan Gas "
        "Bumi2NasriKepala Divisi Keuangan InternalBadan Pengelola Minyak dan Gas Bumi Aceh"
    )
    got = entity_pairs(press, text, dt.date(2025, 1, 16))
    assert ("Achmad Muchtasyar", "PERSON") in got
    assert ("Achmad", "PERSON") not in got


def test_a_city_with_spaced_initials_is_one_place(press) -> None:  # type: ignore[no-untyped-def]
    # Kemenko Perekonomian (aitf-4d79a4d1ace9): the dateline on a line of its own after the
    # headline, where the model misses the city and the gazetteer knew only "D.C."
    text = (
        "Komitmen USD38,4 Miliar Perkuat Posisi Indonesia sebagai Mitra Strategis AS\n\n"
        "Washington D. C., 19 Februari 2026\n\nIndonesia dan Amerika Serikat menandai babak "
        "baru hubungan ekonomi bilateral kedua negara."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 19))
    assert ("Washington D. C.", "LOC") in got


def test_common_words_of_a_capital_headline_are_no_name(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-8ff312c44a39, aitf-7fcf152a83c6): headlines written in capitals
    got = entity_pairs(
        press,
        "KEMENTERIAN ESDM MENGHORMATI LANGKAH YANG DIAMBIL APARAT PENEGAK HUKUM",
        dt.date(2025, 2, 10),
    )
    assert ("KEMENTERIAN ESDM", "ORG") in got
    assert not any("MENGHORMATI" in t for t, _ in got)
    got = entity_pairs(
        press,
        "SOAL CISEM II, MENTERI ESDM INGATKAN KPPU JANGAN BANGUN PERSEPSI, SEMUA SESUAI ATURAN!",
        dt.date(2024, 12, 28),
    )
    assert not any("ATURAN" in t for t, _ in got)
    assert ("KPPU", "ORG") in got
