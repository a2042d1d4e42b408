"""Press-release entity fixes of the sixth wave of issue 13, read off unlabelled releases of
aitf-siaran-pers (glued text) and the press gold set's train part. Real sentences of shared
releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs

PUB = dt.date(2025, 1, 18)


def _ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return entity_pairs(nlp, text, PUB)


def test_a_job_title_after_a_slash_is_no_part_of_the_body(press) -> None:  # type: ignore[no-untyped-def]
    # Bappenas (aitf-9d2f0c7b862b): a double title, "Sekretaris Kementerian PPN" and
    # "Sekretaris Utama Bappenas"
    got = _ents(
        press,
        "Dalam sambutannya, Sekretaris Kementerian PPN/Sekretaris Utama Bappenas Teni "
        "Widuriyanti menyampaikan pembangunan berkelanjutan telah menjadi inti dari perencanaan "
        "pembangunan nasional.",
    )
    assert ("Kementerian PPN", "ORG") in got
    assert ("Bappenas", "ORG") in got
    assert ("Teni Widuriyanti", "PERSON") in got
    assert not any("Sekretaris" in text for text, _ in got)
    # the body's own slash name stays whole
    got = _ents(press, "Kementerian PPN/Bappenas bekerja sama dengan mitra pembangunan.")
    assert ("Kementerian PPN/Bappenas", "ORG") in got


def test_a_place_after_a_comma_is_no_part_of_the_body(press) -> None:  # type: ignore[no-untyped-def]
    # Komdigi (aitf-4448d23e19e6), glued: the model ran the ministry over the comma
    got = _ents(
        press,
        "Menurut Wamen Nezar, kelulusan ini menjadi fondasi awal industrialisasi AI nasional."
        "Mengutip data Kementerian Investasi, Indonesia memiliki 340 juta ton cadangan pasir "
        "silika yang merupakan bahan utama chip dan semikonduktor.",
    )
    assert ("Kementerian Investasi", "ORG") in got
    assert ("Indonesia", "LOC") in got
    assert not any("," in text for text, _ in got)


def test_a_quoted_event_theme_holds_no_org_or_person(press) -> None:  # type: ignore[no-untyped-def]
    # Bappenas (aitf-9d2f0c7b862b): the lecture's theme, a country inside stays a LOC
    got = _ents(
        press,
        "Melalui SDGs Lecture Series pertama di 2025 bertemakan “Indonesia’s Path in Global "
        "Challenges: Shaping a Sustainable World”, Kementerian PPN/Bappenas bekerja sama dengan "
        "mitra untuk mendukung Agenda 2030.",
    )
    assert not any(label in ("ORG", "PERSON") and "Challenges" in text for text, label in got)
    assert ("Indonesia", "LOC") in got
    assert ("Kementerian PPN/Bappenas", "ORG") in got
    # Bappenas (aitf-c48715ce0e94): a country inside the dropped title is a LOC
    got = _ents(
        press,
        "Kementerian PPN/Bappenas menggelar diskusi bertajuk “Charting Indonesia Forward as a "
        "Green Global Battery Hub”, Jumat (15/11).",
    )
    assert not any("Forward" in text for text, _ in got)
    assert ("Indonesia", "LOC") in got
    # ESDM (aitf-8dc834a8e32d): a known body inside the title is still named
    got = _ents(
        press,
        "Rapat koordinasi bertajuk 'Kesiapan Sektor ESDM menghadapi Periode Nataru' di Kantor "
        "Kementerian ESDM, Jakarta, Jumat (19/12).",
    )
    assert ("ESDM", "ORG") in got


def test_a_unit_and_its_head_split_where_the_release_names_them(press) -> None:  # type: ignore[no-untyped-def]
    # Bappenas (aitf-9d2f0c7b862b): the body is named alone earlier, its president later
    got = _ents(
        press,
        "Kementerian PPN/Bappenas bekerja sama dengan United In Diversity untuk mendukung Agenda "
        "2030. Dalam SDGs Lecture 2025, peran kemitraan ini ditegaskan Presiden United In "
        "Diversity Tantowi Yahya. “UID percaya kemitraan adalah kunci,” ungkap Tantowi.",
    )
    assert got.count(("United In Diversity", "ORG")) == 2
    assert ("Tantowi Yahya", "PERSON") in got
    assert not any(text in ("United In", "Diversity Tantowi Yahya") for text, _ in got)


def test_a_country_is_no_part_of_a_person(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-ec4bbcc326cd): the country after a title, and the country alone
    got = _ents(
        press,
        "Dalam pertemuan bilateral antara Presiden Prabowo dan Presiden Brasil Luiz Inacio Lula "
        "da Silva, isu energi bersih, ketahanan iklim, dan transisi energi menjadi topik utama. "
        'Bahlil menegaskan bahwa Indonesia melihat Brasil sebagai mitra penting. "Brasil telah '
        'membuktikan dirinya dalam pemanfaatan energi rendah karbon," ujar Bahlil.',
    )
    assert ("Luiz Inacio Lula da Silva", "PERSON") in got
    assert got.count(("Brasil", "LOC")) == 3
    assert not any(label == "PERSON" and "Brasil" in text for text, label in got)
    # EKON (aitf-4d79a4d1ace9), glued: the model took "AS Donald Trump" for an ORG
    got = _ents(
        press,
        "Kunjungan kerja Presiden Prabowo Subianto dalam rangka penandatanganan Agreement on "
        "Reciprocal Trade (ART) bersama Presiden AS Donald Trump.Pada sesi acara roundtable, "
        "para pimpinan perusahaan hadir.",
    )
    assert ("AS", "LOC") in got
    assert ("Donald Trump", "PERSON") in got


def test_a_phrase_with_an_acronym_or_a_lower_case_word_is_no_person(press) -> None:  # type: ignore[no-untyped-def]
    # Komdigi (aitf-4448d23e19e6), glued: "danPhysical AI"
    got = _ents(
        press,
        "Namun, hingga kini, Indonesia belum masuk rantai pasok global industri tersebut, bahkan "
        "pabrik semikonduktor di dalam negeri masih bergantung pada komponen impor.“Melalui AI "
        "Talent Factory, pemerintah menyiapkan sumber daya manusia yang mampu bekerja di klaster "
        "komputasi, algoritma, pemodelan, dan sistem cerdas. Keahlian ini menjadi inti industri "
        "chip, robotika, danPhysical AI,” tuturnya.Wamen Nezar juga menantang peserta program.",
    )
    assert not any(label == "PERSON" and "AI" in text for text, label in got)
    assert ("Nezar", "PERSON") in got
    # Komdigi (aitf-7f3feb004d70): India's programme
    got = _ents(
        press,
        "Pernyataan tersebut menjadi garis besar arah baru kebijakan Indonesia dalam membangun "
        "kemitraan strategis dengan India, yang dinilai berhasil mengakselerasi ekosistem "
        "teknologi melalui inisiatif Make in India.Wamen Nezar mengungkapkan kekagumannya.",
    )
    assert not any(label == "PERSON" and "Make" in text for text, label in got)
    assert ("India", "LOC") in got
    # names stay: a regnal number, particles, initials
    got = _ents(
        press,
        "Sri Sultan Hamengkubuwono X dan Presiden Luiz Inacio Lula da Silva hadir. Tersangka "
        "berinisial MH (37) ditahan.",
    )
    assert ("Luiz Inacio Lula da Silva", "PERSON") in got
    assert ("MH", "PERSON") in got
    assert any(label == "PERSON" and text.endswith("Hamengkubuwono X") for text, label in got)


def test_the_last_word_of_a_known_body_is_no_first_name(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-f87c6f5314bd): "Kemenko Perekonomian" + "Ferry Irawan", not
    # "... Kemenko" + "Perekonomian Ferry Irawan"
    got = _ents(
        press,
        "Turut hadir Ketua Komisi XI DPR RI Mukhamad Misbakhun beserta Anggota Komisi XI, Deputi "
        "Bidang Koordinasi BUMN Kemenko Perekonomian Ferry Irawan, Wakil Menteri Keuangan "
        "Republik Indonesia Juda Agung.",
    )
    assert ("Ferry Irawan", "PERSON") in got
    assert any(label == "ORG" and text.endswith("Kemenko Perekonomian") for text, label in got)
    assert not any("Perekonomian Ferry" in text for text, _ in got)


def test_a_two_word_title_before_a_name_stays_out_of_it(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-7830553e0d14): the model tagged "Bicara Haryo" after "Juru"
    got = _ents(
        press,
        "Kedua negara sepakat membentuk mekanisme konsultasi bilateral untuk membahas isu-isu "
        "yang berkaitan dengan implementasi ART,” jelas Juru Bicara Haryo.Menyoroti dampak "
        "konkret yang diperoleh kedua negara, pemerintah terus berupaya.",
    )
    assert ("Haryo", "PERSON") in got
    assert not any("Bicara" in text for text, _ in got)


def test_a_year_or_a_bracket_glued_to_the_next_sentence_ends_the_entity(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-4d79a4d1ace9): an odd dateline ("Washington D. C.") the dateline rule misses
    text = (
        "KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIANREPUBLIK INDONESIASIARAN PERSHM.02.04/64/"
        "SET.M.EKON.3/02/2026Presiden Prabowo di Depan Dunia Usaha Amerika Serikat:Komitmen "
        "USD38,4 Miliar Perkuat Posisi Indonesia sebagai Mitra Strategis ASWashington D. C., 19 "
        "Februari 2026Indonesia dan Amerika Serikat menandai babak baru hubungan ekonomi "
        "bilateral kedua negara melalui Forum Bisnis Indonesia-Amerika Serikat (US-Indonesia "
        "Business Forum) yang menghasilkan total komitmen perdagangan dan investasi senilai "
        "USD38,4 miliar. Forum yang digelar di U.S. Chamber of Commerce, Washington D.C. ini "
        "merupakan bagian strategis dari kunjungan kerja Presiden Prabowo Subianto dalam rangka "
        "The Inaugural Meeting of Board of Peace dan penandatanganan Agreement on Reciprocal "
        "Trade (ART) bersama Presiden AS Donald Trump.Pada sesi acararoundtable, di depan para "
        "Pimpinan Perusahaan Amerika Serikat (AS) dan Asosiasi Usaha, Presiden Prabowo kembali "
        "menegaskan, “Bagi perusahaan-perusahaan Amerika, Indonesia bukan hanya pasar, tetapi "
        "juga basis produksi dan mitra strategis di Asia Tenggara. Skala kami sangat signifikan, "
        "demografi kami kuat, dan komitmen kami terhadap keterbukaan sangat kuat.”Sejalan dengan "
        "penegasan Presiden Prabowo, Menteri Koordinator Bidang Perekonomian menyampaikan hal itu."
    )
    got = entity_pairs(press, text, dt.date(2026, 2, 19))
    assert ("19 Februari 2026", "DATE") in got
    assert not any("2026Indonesia" in t for t, _ in got)
    # ESDM (aitf-3f35667a5cab): a weekday date glued to an acronym opening the next sentence
    text = (
        "Penasihat DWP KESDM Sri Suparni Bahlil dan Wakil Penasihat DWP KESDM Khairina Yuliot."
        "Sri Bahlil menyampaikan bahwa gelaran ini adalah momentum berharga bagi Ibu-Ibu "
        "anggota DWP KESDM untuk mempererat tali silaturahmi. Selain itu, Sri juga berharap DWP "
        'KESDM mampu bekerja dan berkarya lebih nyata."Pagi ini adalah momentum yang sangat '
        "berharga bagi kita semua, khususnya untuk saling mempererat tali silaturahmi di antara "
        "Anggota Dharma Wanita Persatuan Kementerian ESDM. Dengan hadirnya penasihat DWP, kita "
        "dapat semakin solid dan juga mampu bekerja dan berkarya lebih nyata, memberikan "
        'kontribusi yang berdampak langsung bagi masyarakat dan sekitarnya," ujar Sri di Kantor '
        "Kementerian ESDM, Selasa (29/10).DWP KESDM, menurut Sri, bukan hanya sekadar "
        'organisasi, namun juga rumah bagi seluruh anggotanya. Dalam "rumah" ini, seluruh '
        'anggota DWP dapat menjadi teladan dalam pengabdian kepada masyarakat luas."DWP KESDM '
        "adalah rumah bagi kita semua."
    )
    got = entity_pairs(press, text, dt.date(2024, 10, 29))
    assert ("Selasa (29/10)", "DATE") in got
    assert not any(".DWP" in t for t, _ in got)


def test_a_glued_headline_opening_with_a_verb_is_no_org(press) -> None:  # type: ignore[no-untyped-def]
    # EKON (aitf-0ec8ec5c6902): the headline glued between the letterhead and the dateline
    text = (
        "KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIANREPUBLIK INDONESIASIARAN PERSHM.02.04/77/"
        "SET.M.EKON.3/03/2026Pemerintah Luncurkan AKSI KLIK dan Gerakan AKU BISA SEJAHTERA untuk "
        "Perkuat Literasi dan Inklusi KeuanganJakarta, 6 Maret 2026Indonesia telah mencatat "
        "kemajuan yang signifikan dalam perluasan akses dan literasi keuangan dalam satu dekade "
        "terakhir. Berdasarkan hasil Survei Nasional Literasi dan Inklusi Keuangan (SNLIK) yang "
        "dilaksanakan oleh Otoritas Jasa Keuangan (OJK) bersama Badan Pusat Statistik (BPS), "
        "tingkat inklusi keuangan nasional telah mencapai 92,74%, sementara tingkat literasi "
        "keuangan tercatat sebesar 66,64%. Capaian ini menunjukkan semakin luasnya akses "
        "masyarakat terhadap layanan keuangan sekaligus meningkatnya pemahaman masyarakat dalam "
        "mengelola keuangan secara lebih bijak.Capaian tersebut juga tidak terlepas dari peran "
        "Kementerian/Lembaga di bawah Dewan Nasional Keuangan Inklusif (DNKI). Sepanjang tahun "
        "2025, DNKI telah mencapai edukasi keuangan lebih dari 10 juta masyarakat."
    )
    got = entity_pairs(press, text, dt.date(2026, 3, 6))
    assert not any(text.startswith("Perkuat") for text, _ in got)
    assert ("Otoritas Jasa Keuangan", "ORG") in got
    assert ("Dewan Nasional Keuangan Inklusif", "ORG") in got
