"""Press-release entity fixes of the sixteenth wave: wave 15's leftovers and errors read off
entity outputs on unlabelled releases (aitf-siaran-pers). Real sentences of shared releases
are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs

# BGN (aitf-b8a4df4cf431), a glued release: "Dadanpun" is "Dadan" + the particle "pun"
_DADAN = (
    "Jakarta— Kepala Badan Gizi Nasional (BGN), Dadan Hindayana menegaskan bahwa penguatan "
    "sumber daya manusia (SDM) merupakan fondasi utama dalam membangun organisasi yang kokoh "
    "dan berkelanjutan. Hal tersebut disampaikan Dadan Kepada KPPG dan seluruh pegawai dalam "
    "arahannya pada acara Sosialisasi Regulasi Kepegawaian di lingkungan Badan Gizi Nasional, "
    "di Jakarta, Rabu (25/2).Dadanpun mengutip arahan Prabowo Subianto, yang menyatakan bahwa "
    "terdapat tiga kategori kepemimpinan. Pertama, kepemimpinan yang baik (good commander), "
    "yakni pemimpin yang memikirkan dampak strategi.Kedua, pemimpin yang hebat."
)

# ESDM (aitf-b54cc40fdcb0), a glued release: "1 MW.Bahlil melanjutkan"
_BAHLIL = (
    '10 tahun kan, RUPTL itu minimum saya katakan 60% itu harus energi baru terbarukan," '
    "tuturnya pada acara Kumparan Green Initiative Conference 2024 di Jakarta, Rabu (25/9)."
    "Untuk meningkatkan porsi pembangkit EBT dalam RUPTL, jelas Bahlil, pemerintah tengah "
    "mengkaji skema yang akan digunakan. "
    "Karena capital Expenditure (capex) dalam pembangunan pembangkit berbasis EBT sangat "
    "mahal, Bahlil menyebutkan bahwa untuk 1 MW pembangkit EBT, dana yang dikucurkan "
    "mencapai USD6 juta, nilai tersebut mencapai 6 kali lebih besar apabila dibandingkan "
    "dengan pembangkit berbasis batubara yang jauh lebih murah dengan nilai di bawah USD1 "
    "juta untuk 1 MW.Bahlil melanjutkan untuk mengambil jalan tengah permasalahan tersebut, "
    "pemerintah sedang meriset opsi yang sudah didiskusikan bersama.Opsi itu dibahas lagi."
)

# BUMN (aitf-577cd4805a3c), a glued release: "dolar AS.Menteri Badan Usaha Milik Negara"
_ANTAM = (
    "JAKARTA, 21 Februari 2025 -- PT Freeport Indonesia (PTFI) mulai menjual emas hasil "
    "olahannya kepada PT Aneka Tambang (Antam). Penjualan emas olahan Freeport seberat 125 kg "
    "ke Antam ini merupakan bagian dari kontrak kerja sama selama lima tahun dengan nilai "
    "mencapai 12,5 miliar dolar AS.Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir "
    "menyampaikan, hal ini bagian sinergi Mining Industry Indonesia (MIND ID) dalam "
    "hilirisasi emas dan mengurangi impor. Erick mengatakan, fasilitas pemurnian Freeport "
    "memiliki kapasitas produksi mencapai 50 ton emas per tahun, di mana Antam akan menyerap "
    'sebanyak 30 ton."Kerja sama ini memberikan manfaat besar bagi perekonomian nasional," '
    "ujar Erick di Jakarta, Jumat (21/2/2025).Erick menyampaikan, langkah ini sejalan dengan "
    "arahan Presiden Prabowo Subianto."
)


def test_a_name_with_the_particle_pun_glued_is_the_name(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _DADAN, dt.date(2026, 2, 25))
    assert got.count(("Dadan", "PERSON")) == 2
    assert not any("Dadanpun" in t for t, _ in got)
    assert ("Prabowo Subianto", "PERSON") in got


def test_a_unit_or_acronym_glued_to_the_next_sentence_ends_it(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _BAHLIL, dt.date(2025, 1, 1))
    assert got.count(("Bahlil", "PERSON")) == 3
    assert not any("MW" in t for t, _ in got)
    got = entity_pairs(press, _ANTAM, dt.date(2025, 2, 21))
    assert ("AS", "LOC") in got
    assert ("Erick Thohir", "PERSON") in got
    # initials and degrees stay one token: no name is cut out of them
    got = entity_pairs(
        press,
        "Jaksa Agung H.M.Prasetyo hadir bersama Ir. Sutrisno, M.T.Direktur Jenderal itu "
        "menjelaskan programnya kepada wartawan.",
        None,
    )
    assert not any(t == "Prasetyo" for t, _ in got)


def test_a_span_over_glued_words_is_no_entity(press) -> None:  # type: ignore[no-untyped-def]
    # KOMDIGI (aitf-d8a67b610e1f): PERSON "Permintaansilicon" ("permintaan" + "silicon")
    text = (
        "Kelangkaan chip global menjadi peluang bagi negara yang memiliki bahan baku besar "
        "seperti Indonesia.“Permintaansilicon wafersangat tinggi karena industri AI "
        "berkembang pesat. Ini momentum yang jarang,” kata Nezar Patria."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("silicon" in t for t, _ in got)
    assert ("Indonesia", "LOC") in got
    # BUMN (aitf-916f6968b78b): ORG "denganBUMN"; gov-4704b447ae9a: ORG "melaluiGoogle"
    text = (
        "Jakarta, 23 Mei 2024 – Kementerian Badan Usaha Milik Negara berkolaborasi denganBUMN "
        "menggelar “Jelajah Kuliner Nusantara”. Dilansir dari turnbackhoax.id, setelah "
        "menelusuri tangkapan layar dari foto melaluiGoogle Lens, hasil pencarian mengarah ke "
        "pemberitaan itu."
    )
    got = entity_pairs(press, text, dt.date(2024, 5, 23))
    assert ("Kementerian Badan Usaha Milik Negara", "ORG") in got
    assert not any(t.startswith(("dengan", "melalui")) for t, _ in got)


def test_a_form_of_a_holy_book_is_no_entity(press) -> None:  # type: ignore[no-untyped-def]
    # Kemensos (aitf-e1b6e988a534): ORG "Braille" after "mushaf"
    text = (
        "“Nilai-nilai Al-Qur’an harus menjadi fondasi utama dalam membentuk karakter "
        "generasi,” ujarnya. Penyerahan mushaf Braille diharapkan tidak hanya mendukung "
        "kebutuhan peserta selama perlombaan. Ia menambahkan, mushaf Braille tersebut akan "
        "sangat membantunya dalam membaca Al-Qur’an. Mushaf yang baru diterimanya menjadi "
        "penyemangat."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Braille" in t or "Mushaf" in t for t, _ in got)


def test_an_unknown_word_listed_after_a_place_is_a_place(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-5b1e413ca3f4): ORG "Nobo", a village under Lewotobi
    text = (
        "Potensi bahaya yang mungkin timbul adalah banjir lahar dingin pada sungai-sungai yang "
        "berhulu di puncak G. Lewotobi Laki-Laki jika terjadi hujan dengan intensitas tinggi "
        "terutama daerah Dulipali, Padang Pasir dan Nobo."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert ("Nobo", "LOC") in got
    assert ("Nobo", "ORG") not in got


def test_a_company_s_head_office_and_numbered_units(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-40919a0fb6db): ORG "Kantor Utama PT Pertamina Hulu Rokan"
    text = (
        "Dirjen Migas Laode Sulaeman memimpin rapat koordinasi teknis kelistrikan di Kantor "
        "Utama PT Pertamina Hulu Rokan (PHR), Rumbai, Jumat (23/1)."
    )
    got = entity_pairs(press, text, dt.date(2026, 1, 24))
    assert ("PT Pertamina Hulu Rokan", "ORG") in got
    assert not any(t.startswith("Kantor") for t, _ in got)
    # gov-40d62970333b: "PT Pertamina Hulu Rokan Regional" without "1 Zona 4"
    text = (
        "Romi juga salah satu yang menerima beasiswa fully funded dari PT Pertamina Hulu Rokan "
        "Regional 1 Zona 4 atas prestasi akademiknya."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert ("PT Pertamina Hulu Rokan Regional 1 Zona 4", "ORG") in got


def test_one_english_common_word_is_no_org(press) -> None:  # type: ignore[no-untyped-def]
    # BUMN (aitf-fb9481d48e30): ORG "Unleashed", the ministry's YouTube show
    text = (
        "Kementerian Badan Usaha Milik Negara (BUMN) melalui kanal YouTube resminya meluncurkan "
        "episode perdana BUMN Unleashed. Program ini dipandu Juru Bicara Kementerian BUMN, "
        "Putri Violla."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Unleashed" in t for t, _ in got)
    assert ("Putri Violla", "PERSON") in got
    # BPS/KemenPPPA (aitf-9831c91fd867): ORG "Technology" inside "STEM (Science, ...)"
    text = (
        "Hambatan struktural sering kali menghambat perempuan di bidang Science, Technology, "
        "Engineering, and Mathematics (STEM)."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any(t == "Technology" for t, _ in got)
    # companies listed with "and" are each tagged and stay
    got = entity_pairs(
        press, "Kerja sama dengan Google, Microsoft, and Huawei terus diperluas.", None
    )
    assert ("Microsoft", "ORG") in got


def test_a_name_ends_at_a_sentence_end(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-56b726aac905): ORG "Badan Geologi. Sementara"
    text = (
        "Penghargaan diterima perwakilan PT PLN Nusantara Power, serta Ahmad Barnes dari Badan "
        "Geologi. Sementara itu, penerima penghargaan Kategori Madya diumumkan kemudian."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Sementara" in t for t, _ in got)
    # KKP (aitf-7c7bffc5a32a): ORG "Uni Eropa. Kolaborasi Indonesia"
    text = (
        "Aturan itu diterapkan dalam kerangka Common Fisheries Policy Uni Eropa. Kolaborasi "
        "Indonesia, Vietnam, dan Uni Eropa diharapkan menjadi contoh."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Kolaborasi" in t for t, _ in got)
    assert ("Indonesia", "LOC") in got
    # gov-5dcace002128: ORG "Kementerian/Lembaga. Sementara"; a class of bodies is no ORG
    text = (
        "Realisasi itu melampaui target, terutama ditopang oleh PNBP dari layanan "
        "Kementerian/Lembaga. Sementara itu, Pendapatan BLU telah mencapai 41,4 persen."
    )
    got = entity_pairs(press, text, dt.date(2025, 6, 1))
    assert not any("Lembaga" in t for t, _ in got)
    # an abbreviation keeps its name
    got = entity_pairs(press, "Kunjungan kerja ke Prov. Jawa Tengah berlangsung lancar.", None)
    assert any(t.endswith("Jawa Tengah") for t, _ in got)


def test_a_headline_verb_with_one_word_after_it_ends_the_name(press) -> None:  # type: ignore[no-untyped-def]
    # Bappenas (aitf-9a34aa709262), headline: ORG "Bappenas Dorong Pesantren"
    got = entity_pairs(
        press,
        "Bappenas Dorong Pesantren dan Santri Berperan dalam Pembangunan Masyarakat",
        dt.date(2025, 6, 1),
    )
    assert ("Bappenas", "ORG") in got
    assert not any("Dorong" in t for t, _ in got)
    # ESDM (aitf-6450d90ba9ff), headline: ORG "Brasil Perkuat Kemitraan Strategis Sektor ESDM"
    got = entity_pairs(
        press,
        "Tindaklanjuti Kesepakatan Presiden Prabowo dan Presiden Lula, Indonesia-Brasil "
        "Perkuat Kemitraan Strategis Sektor ESDM",
        dt.date(2025, 10, 23),
    )
    assert ("Brasil", "LOC") in got
    assert not any("Perkuat" in t for t, _ in got)
    # KLH (aitf-6d1d5313a13b), headline: LOC "Paviliun Indonesia Catat"
    got = entity_pairs(
        press,
        "Jelang Penutupan World Expo 2025 Osaka, Paviliun Indonesia Catat Berbagai Capaian Penting",
        dt.date(2025, 10, 10),
    )
    assert ("Paviliun Indonesia", "LOC") in got
    # a body word alone is no body: "40 Badan Usaha Pertambangan Terima Anugerah ..."
    got = entity_pairs(press, "40 Badan Usaha Pertambangan Terima Anugerah Prasetya Ahimsa", None)
    assert not any(t.startswith("Badan") for t, _ in got)
