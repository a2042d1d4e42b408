"""Press-release entity fixes of the seventh wave of issue 13, read off unlabelled releases of
aitf-siaran-pers (glued text). Real sentences of shared releases are copied here so the tests
run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


def test_a_capitalised_word_glued_to_the_next_line_ends_the_entity(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-85ff29735163): the headline's last word glued to the dateline
    text = (
        "KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIANREPUBLIK INDONESIASIARAN PERSHM.02.04/63/"
        "SET.M.EKON.3/02/2026Presiden Prabowo Hadiri Forum Bisnis RI-AS 2026, Dorong Penguatan "
        "Hubungan Bisnis Amerika Serikat dan IndonesiaWashington\xa0D.C., 19 Februari 2026Presiden "
        "Prabowo Subianto turut menghadiri US-Indonesia Business Summit 2026 (Forum Bisnis RI-AS "
        "2026), sebagai bagian dari rangkaian kunjungan kerja ke Amerika Serikat, yang "
        "diselenggarakan oleh the U.S. Chamber of Commerce (USCC), the US-ASEAN Business Council "
        "(USABC), dan the U.S.-Indonesia Society (USINDO) di Washington D.C., Rabu (18/02). "
        "Pertemuan ini diselenggarakan untuk menunjukkan dukungan kuat sektor swasta AS terhadap "
        "Pemerintah Indonesia. Pada pertemuan tersebut, Presiden Prabowo turut didampingi oleh "
        "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto dan Duta Besar RI Washington "
        "DC.“Kunjungan ke Amerika ini untuk menyelesaikan perjanjian perdagangan penting yang "
        "memiliki arti penting bagi bisnis, investor, dan rantai pasok di seluruh Pasifik,” "
        "tegas Presiden Prabowo.Sebagaimana diketahui, kunjungan Presiden Prabowo ke Amerika "
        "Serikat (AS) kali ini adalah dalam rangka penandatanganan Agreement on Reciprocal Trade "
        "(ART).“Sebagai Presiden, tanggungjawab saya sangat jelas,” ungkap Presiden Prabowo."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 19))
    assert ("Indonesia", "LOC") in got
    assert not any(t.startswith("IndonesiaWashington") for t, _ in got)
    assert ("Washington", "LOC") in got
    # ESDM (aitf-2c3caca07600): the headline repeated in the body, glued to its first sentence
    text = (
        "Langkah Awal Realisasi PLTS 100 GW, Menteri Bahlil Temui Perusahaan Solar PV di "
        "TiongkokKamis, 14 Agustus 2025 - Dibaca 12988 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA "
        "MINERALREPUBLIK INDONESIASIARAN PERSNOMOR: 072.Pers/KM.01.03/SJI/2025Tanggal: 14 "
        "Agustus 2025Langkah Awal Realisasi PLTS 100 GW, Menteri Bahlil Temui Perusahaan Solar "
        "PV di TiongkokDalam lawatannya ke Tiongkok, Menteri Energi dan Sumber Daya Mineral "
        "(ESDM) Bahlil Lahadalia melakukan pertemuan bilateral dengan perusahaan produsen Solar "
        "Photo Voltaik (PV), Trina Solar."
    )
    got = entity_pairs(press, text, dt.date(2025, 8, 14))
    assert not any("TiongkokDalam" in t for t, _ in got)
    assert sum(1 for pair in got if pair == ("Tiongkok", "LOC")) >= 3
    # a camel-case name is no line end: "GovTech" is not cut
    text = (
        "Kerja sama juga akan mencakup inisiatif GovTech untuk menciptakan koordinasi yang mulus "
        "antarlembaga pemerintah.Menurut Menteri, langkah ini penting. " * 4
    )
    assert not any(t == "Tech" for t, _ in entity_pairs(press, text, dt.date(2025, 8, 14)))


def test_a_hard_wrapped_line_in_a_glued_page_is_a_space(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-58b18d67dad4): a PDF's wrapped lines in an otherwise glued page
    text = (
        "Kementerian ESDM Pastikan Penggunaan BBM Rendah Sulfur Bisa Tekan EmisiJumat, 4 Oktober "
        "2024 - Dibaca 6518 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK "
        "INDONESIASIARAN PERSNOMOR: "
        "557.Pers/04/SJI/2024Tanggal: 4 Oktober 2024Kementerian ESDM Pastikan Penggunaan BBM "
        "Rendah Sulfur Bisa\nTekan EmisiSektor transportasi memegang kunci penting dalam upaya\n"
        "penurunan emisi. Berbagai macam upaya dilakukan pemerintah agar dampak buruk\nperubahan "
        "iklim tidak terus terjadi dan bertambah parah. Langkah tersebut\nmerupakan bentuk "
        "komitmen pemerintah untuk mewujudkan net zero emission (NZE)\npada tahun 2060 mendatang."
        "Mengingat penggunaan bahan bakar minyak (BBM) dengan sulfur\ntinggi menjadi salah satu "
        "penyumbang emisi, maka mengganti dengan BBM yang\nrendah sulfur menjadi sebuah "
        'keharusan agar kualitas udara tidak bertambah buruk."BBM rendah sulfur adalah sebuah '
        "kebutuhan. Karena kita\nsemua tahu kualitas udara kita saat ini kurang bagus dan salah "
        'satu penyebabnya\nadalah BBM kita yang mengandung sulfur yang tinggi," kata Kepala Biro'
        "\nKomunikasi Layanan Informasi Publik dan Kerja Sama (Biro Klik) Kementerian\nEnergi dan "
        "Sumber Daya Mineral (ESDM) Agus Cahyono Adi di Kantor Kementerian\nESDM Jakarta, Jumat "
        "(4/10).Agus menambahkan, untuk pelaksanaannya sendiri, Pemerintah\ntelah membuat peta "
        "jalan."
    )
    got = entity_pairs(press, text, dt.date(2024, 10, 4))
    assert ("Biro\nKomunikasi Layanan Informasi Publik dan Kerja Sama", "ORG") in got
    assert ("Jakarta", "LOC") in got
    assert ("Jumat (4/10)", "DATE") in got


def test_a_headline_verb_is_no_part_of_a_body_or_a_name(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-03d18fa43ca8): the headline, printed twice, names the body before its verb
    text = (
        "Bandung Diguncang Gempa M5,0, Badan Geologi Kirim Tim ke Lokasi TerdampakKamis, 19 "
        "September 2024 - Dibaca 11004 kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK "
        "INDONESIASIARAN PERSNOMOR: 514.Pers/04/SJI/2024Tanggal: 19 September 2024Bandung "
        "Diguncang Gempa M5,0, Badan Geologi Kirim Tim ke Lokasi TerdampakSetelah terjadinya "
        "gempa magnitudo 5,0 di Bandung, Badan Geologi Kementerian Energi dan Sumber Daya Mineral "
        "(ESDM) segera mengirimkan Tim Siaga Bencana ke lokasi terdampak untuk melakukan "
        "pemeriksaan penyebab gempa serta menginventarisasi data geologis terkait."
    )
    got = entity_pairs(press, text, dt.date(2024, 9, 19))
    assert not any("Kirim" in t for t, _ in got)
    assert sum(1 for t, label in got if t == "Badan Geologi" and label == "ORG") >= 2
    # PU (aitf-1e3a200b9123): the minister's name before the headline verb
    text = (
        "Optimalkan Bendungan Jlantah, Menteri Dody Dorong Perluasan Irigasi untuk Tingkatkan "
        "Produktivitas Pertanian di Karanganyar14 Februari 202643PrintKaranganyar – Menteri "
        "Pekerjaan Umum (PU) Dody Hanggodo meninjau optimalisasi pemanfaatan Bendungan Jlantah "
        "di Kabupaten Karanganyar, Jawa Tengah, Sabtu (14/2/2026). Peninjauan ini dilakukan "
        "untuk memastikan bendungan yang telah selesai dibangun pada periode 2019-2024 dapat "
        "dimanfaatkan optimal.Menteri Dody menegaskan bahwa fungsi utama Bendungan Jlantah adalah "
        "mendukung irigasi pertanian dan peningkatan produktivitas sawah."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 14))
    assert not any("Dorong" in t for t, _ in got)
    assert ("Dody", "PERSON") in got
    # ESDM (aitf-f15ad6430205): a headline opening with its verb is no person
    text = (
        "Jelang Libur Natal dan Tahun Baru, Menteri ESDM Jamin Keandalan Listrik di Wilayah "
        "Indonesia TimurRabu, 18 Desember 2024 - Dibaca 5820 kaliKEMENTERIAN ENERGI DAN SUMBER "
        "DAYA MINERALREPUBLIK INDONESIASIARAN PERSNOMOR: 700.Pers/04/SJI/2024Tanggal: 18 "
        "Desember 2024Pemerintah memastikan keandalan pasokan listrik selama libur Natal dan "
        "Tahun Baru di wilayah Indonesia Timur. Menteri Energi dan Sumber Daya Mineral (ESDM) "
        "Bahlil Lahadalia meninjau kesiapan pembangkit di Papua."
    )
    got = entity_pairs(press, text, dt.date(2024, 12, 18))
    assert not any("Jamin" in t for t, _ in got)
    assert ("Bahlil Lahadalia", "PERSON") in got
    # a portfolio after a unit word and a field after "dan" stay in the name
    got = entity_pairs(
        press,
        "Untuk itu, Kementerian PU melalui Direktorat Jenderal Bina Marga menyiapkan program "
        "overlay. Badan Geologi melalui Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) "
        "memantau 127 gunung api aktif.",
        dt.date(2024, 12, 18),
    )
    assert ("Direktorat Jenderal Bina Marga", "ORG") in got
    assert ("Pusat Vulkanologi dan Mitigasi Bencana Geologi", "ORG") in got


def test_a_job_title_is_no_part_of_the_body_it_names(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-f87c6f5314bd): a list of officials, each title with its body
    got = entity_pairs(
        press,
        "Turut hadir dalam kegiatan tersebut diantaranya yakni Ketua Komisi XI DPR RI Mukhamad "
        "Misbakhun beserta Anggota Komisi XI, Deputi Bidang Koordinasi BUMN Kemenko Perekonomian "
        "Ferry Irawan, Wakil Menteri Keuangan Republik Indonesia Juda Agung, Deputi Gubernur "
        "Senior Bank Indonesia Destry Damayanti, serta perwakilan pelaku industri jasa keuangan.",
        dt.date(2026, 2, 10),
    )
    assert ("Kemenko Perekonomian", "ORG") in got
    assert ("Bank Indonesia", "ORG") in got
    assert ("Ferry Irawan", "PERSON") in got
    assert not any(t.startswith("Deputi") for t, _ in got)
    # EKON (aitf-ba7648aeb8f1): an assistant deputy named by the unit alone
    got = entity_pairs(
        press,
        "Turut dihadiri oleh perwakilan Kementerian ESDM, Kementerian Luar Negeri, KBRI Tokyo, "
        "Asisten Deputi Kerja Sama Ekonomi Multilateral Kemenko Perekonomian, lembaga "
        "internasional JICA dan JBIC.",
        dt.date(2025, 10, 1),
    )
    assert ("Kemenko Perekonomian", "ORG") in got
    assert not any("Asisten" in t for t, _ in got)


def test_an_event_named_in_english_is_no_org(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-4d79a4d1ace9): the meeting is no body, the board it convenes is
    got = entity_pairs(
        press,
        "Forum ini merupakan bagian strategis dari kunjungan kerja Presiden Prabowo Subianto "
        "dalam rangka The Inaugural Meeting of Board of Peace dan penandatanganan Agreement on "
        "Reciprocal Trade (ART) bersama Presiden AS Donald Trump.",
        dt.date(2026, 2, 19),
    )
    assert not any("Meeting" in t for t, _ in got)
    assert ("Board of Peace", "ORG") in got
    # EKON (aitf-380f1d2478c8): the meeting of a team is no ORG, the team is
    got = entity_pairs(
        press,
        "Pemerintah dan Bank Indonesia terus memperkuat sinergi dan koordinasi dalam pengendalian "
        "inflasi. Kesepakatan ini dicapai dalam High Level Meeting Tim Pengendalian Inflasi "
        "Pusat (HLM TPIP) pada Kamis (29/01), sebagai komitmen bersama.",
        dt.date(2026, 1, 30),
    )
    assert ("Tim Pengendalian Inflasi Pusat", "ORG") in got
    assert not any("Meeting" in t for t, _ in got)
    # BGN (aitf-57a5a8442f9c): an event's year is a DATE
    got = entity_pairs(
        press,
        "Hal tersebut disampaikan Kepala Badan Gizi Nasional, Prof. Dr. Ir. Dadan Hindayana, "
        "dalam Talk Show Pekan Gizi Nasional 2026 yang digelar dalam rangka Hari Gizi Nasional.",
        dt.date(2026, 1, 25),
    )
    assert not any("Talk Show" in t for t, _ in got)
    assert ("2026", "DATE") in got
    assert ("Badan Gizi Nasional", "ORG") in got
    # EKON (aitf-98d74da051aa): a headline's person stays when the event it names is no ORG
    got = entity_pairs(
        press,
        "Presiden Prabowo Hadiri Indonesia Economic Outlook 2026: Kita Permudah Akses Ekspor\n"
        "Jakarta, 14 Februari 2026 - Presiden Prabowo Subianto menghadiri acara Indonesia "
        "Economic Outlook 2026 yang diselenggarakan di Wisma Danantara.",
        dt.date(2026, 2, 14),
    )
    assert ("Prabowo", "PERSON") in got
    assert not any("Hadiri" in t or "Outlook" in t for t, _ in got)
