"""The press-release entity conventions (issue 13), on real sentences of shared releases
(copied here so the tests run without ../shared)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import entity_pairs

from pressnlp import extract_entities
from pressnlp.pipeline import TOPICS, load

PUB = dt.date(2025, 6, 19)


@pytest.fixture(scope="module")
def idner():  # type: ignore[no-untyped-def]
    return load(exclude=(TOPICS, "pressnlp_stemmer"), entity_config={"conventions": "idner"})


def _ents(nlp, text: str, pub: dt.date | None = PUB) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return entity_pairs(nlp, text, pub)


def test_companies_and_honorifics_are_no_people(press) -> None:  # type: ignore[no-untyped-def]
    got = _ents(
        press,
        "Jakarta, 19 Maret 2025 - Moody's Investors Service (Moody's) telah menyelesaikan tinjauan berkala (periodic review) atas peringkat Republik Indonesia.",
    )
    assert ("Moody's", "ORG") in got
    assert not any(label == "PERSON" for _, label in got)
    got = _ents(
        press,
        "Wamenhan menerima kunjungan kehormatan dari Charge d’Affaires ad interim Kedutaan Besar Jepang di Indonesia, H.E. Mr. Mitsuru Myochin, di Kementerian Pertahanan, Jakarta, Jumat (31/10/2025).",
    )
    assert ("Mitsuru Myochin", "PERSON") in got
    assert not {"H.E. Mr", "Mr", "Charge"} & {t for t, _ in got}
    got = _ents(
        press,
        "“Green jobs bukan lagi pilihan, melainkan kewajiban bagi kita untuk mempersiapkan SDM,” tegasnya.",
    )
    assert ("Green", "PERSON") not in got


def test_people_glued_to_institutions_are_split(press) -> None:  # type: ignore[no-untyped-def]
    got = _ents(
        press,
        "Pada kunjungan tersebut, Ketua Dewan Komisioner OJK Mahendra Siregar, Sekretaris Jenderal Kementerian Kehutanan Mahfudz, Direktur Pengembangan Usaha Perhutanan Sosial Kementerian Perhutanan Catur Endah Prasetiani, dan Kepala OJK Provinsi Lampung Otto Fitriandy.",
    )
    assert {("Kementerian Kehutanan", "ORG"), ("Mahfudz", "PERSON")} <= set(got)
    assert ("Catur Endah Prasetiani", "PERSON") in got
    assert ("Kementerian Kehutanan Mahfudz", "ORG") not in got
    got = _ents(
        press,
        "Menteri Kehutanan Raja Juli Antoni menegaskan pentingnya penguasaan teknologi modern.",
    )
    assert ("Raja Juli Antoni", "PERSON") in got
    got = _ents(
        press,
        "Di hadapan Presiden RI, Prabowo Subianto, dan Presiden Lula da Silva, Memorandum ditandatangani.",
    )
    assert ("Lula da Silva", "PERSON") in got


def test_coordinated_institutions_are_two(press, idner) -> None:  # type: ignore[no-untyped-def]
    text = "“Kesepahaman antara Kementerian Kehutanan dan OJK, ada 8 area kerja sama,” ujarnya."
    for nlp in (press, idner):
        got = _ents(nlp, text)
        assert ("Kementerian Kehutanan", "ORG") in got and ("OJK", "ORG") in got
    got = _ents(
        press,
        "Perpres itu memisahkan fungsi Kementerian Lingkungan Hidup dan Kementerian Kehutanan.",
    )
    assert ("Kementerian Lingkungan Hidup", "ORG") in got
    assert ("Kementerian Kehutanan", "ORG") in got
    # a known name with "dan" stays whole
    got = _ents(press, "Badan Pengawas Obat dan Makanan menarik produk itu.")
    assert ("Badan Pengawas Obat dan Makanan", "ORG") in got


def test_no_span_has_unbalanced_brackets(press, idner) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Kegiatan meliputi site visit ke Perhutanan Sosial di Taman Hutan Rakyat (Tahura) Wan Abdul Rachman, Kabupaten Pesawaran.",
        "Penguatan ekosistem Satu Data Indonesia diperkuat melalui kolaborasi dengan Tentara Nasional Indonesia Angkatan Udara (TNI AU) dalam pengambilan foto udara.",
        "Jakarta, 19 Maret 2025 - Moody's Investors Service (Moody's) telah menyelesaikan tinjauan berkala.",
    ]
    for nlp in (press, idner):
        for text in texts:
            for span, _ in _ents(nlp, text):
                assert span.count("(") == span.count(")"), span
    got = _ents(press, texts[1])
    assert ("Tentara Nasional Indonesia Angkatan Udara", "ORG") in got
    assert ("TNI AU", "ORG") in got


def test_programmes_and_terms_are_no_org(press) -> None:  # type: ignore[no-untyped-def]
    assert _ents(press, "Bidang kerja sama lain yang disepakati PARA PIHAK.") == []
    got = _ents(
        press,
        "Penandatanganan Nota Kesepahaman ini merupakan bagian dari rangkaian Kick-off Pengenalan Pengembangan Potensi Nilai Ekonomi Karbon Perhutanan Sosial di Indonesia.",
    )
    assert not any(label == "ORG" for _, label in got)


def test_countries_as_modifiers_are_places(press, idner) -> None:  # type: ignore[no-untyped-def]
    text = "Nilai tukar rupiah menguat terhadap dolar AS, sejalan dengan ekonomi Indonesia yang tumbuh kuat. Kerja sama Indonesia dan Jepang terus meningkat."
    got = extract_entities(text, nlp=press)
    assert [(e.text, e.label) for e in got] == [
        ("AS", "LOC"),
        ("Indonesia", "LOC"),
        ("Indonesia", "LOC"),
        ("Jepang", "LOC"),
    ]
    assert got[0].key == "Amerika Serikat"
    assert ("AS", "LOC") not in _ents(idner, text)  # the news convention: no modifier place


def test_bracketed_acronym_is_its_own_mention_linked_in_the_document(press, idner) -> None:  # type: ignore[no-untyped-def]
    text = "Komite Stabilitas Sistem Keuangan (KSSK) menggelar rapat berkala. Rapat KSSK dihadiri Menteri Keuangan."
    got = extract_entities(text, nlp=press)
    assert [(e.text, e.label, e.key) for e in got] == [
        ("Komite Stabilitas Sistem Keuangan", "ORG", "Komite Stabilitas Sistem Keuangan"),
        ("KSSK", "ORG", "Komite Stabilitas Sistem Keuangan"),
        ("KSSK", "ORG", "Komite Stabilitas Sistem Keuangan"),
    ]
    assert _ents(idner, text)[0] == ("Komite Stabilitas Sistem Keuangan (KSSK)", "ORG")


def test_relative_dates_and_date_edges(press, idner) -> None:  # type: ignore[no-untyped-def]
    text = "Rapat digelar kemarin dan dilanjutkan hari ini, sedangkan evaluasi dilakukan besok. Pekan lalu tim meninjau lokasi, dan minggu lalu rapat digelar di Jakarta."
    got = [
        (e.text, e.value)
        for e in extract_entities(text, nlp=press, pub_date=PUB)
        if e.label == "DATE"
    ]
    assert got == [
        ("kemarin", "2025-06-18"),
        ("hari ini", "2025-06-19"),
        ("besok", "2025-06-20"),
        ("Pekan lalu", "2025-W24"),
        ("minggu lalu", "2025-W24"),
    ]
    # without a publication date they are dates without a value
    got = [(e.text, e.value) for e in extract_entities(text, nlp=press) if e.label == "DATE"]
    assert got and all(v is None for _, v in got)
    got = [
        (e.text, e.value)
        for e in extract_entities("Harga naik pada akhir Juni 2019.", nlp=press)
        if e.label == "DATE"
    ]
    assert got == [("Juni 2019", "2019-06")]


def test_conventions_option_is_checked() -> None:
    with pytest.raises(ValueError, match="conventions"):
        load(exclude=(TOPICS,), entity_config={"conventions": "news"})
