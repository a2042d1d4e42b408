"""Press-release entity fixes of the eighteenth wave: wave 17's leftovers. Real sentences of
shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs

# aitf-a7a5a08de662, a glued release: the UN Resident Coordinator, a job title before her name
_RESIDENT = (
    "PBB akan memberikan dampak berskala besar untuk mendorong ambisi Presiden dalam mencapai "
    "ketahanan pangan, energi, dan air dengan landasan pertumbuhan ekonomi yang tinggi,” ujar "
    "Koordinator Residen PBB di Indonesia Gita Sabharwal.“Memasuki lima tahun terakhir"
)

# Kemensos (aitf-9bf1227b003c): a prophet's title alone
_PROPHET_TITLE = "Pondok Ramadan SRT 2 Banyuwangi Tanamkan Keteladanan Nabi"
_PROPHET = (
    "Salah satu materi yang diberikan kepada siswa adalah “Meneladani Kisah Nabi” yang "
    "disampaikan oleh wali kelas di setiap jenjang pendidikan."
)

# Kementerian PU (aitf-f587ab3527b4), a glued release: the portfolio of a director
_RIVERS = (
    "strategis di Jawa Tengah,” jelas Triono.Sementara itu Plt. Direktur Sungai dan Pantai, "
    "Mochammad Dian Alma'ruf, menjelaskan bahwa penanganan banjir di Prov. Jawa Tengah dibagi "
    "dalam tiga tahap."
)


def test_a_un_resident_coordinator_is_a_title_before_a_place_and_a_name(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _RESIDENT, dt.date(2025, 1, 1))
    assert ("Indonesia", "LOC") in got
    assert ("Gita Sabharwal", "PERSON") in got
    assert not any("Indonesia Gita" in t for t, _ in got)


def test_a_prophets_title_alone_is_no_person(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _PROPHET_TITLE, dt.date(2025, 3, 1))
    assert ("Banyuwangi", "LOC") in got
    assert not any("Nabi" in t for t, _ in got)
    assert not any("Nabi" in t for t, _ in entity_pairs(press, _PROPHET, dt.date(2025, 3, 1)))


def test_a_kind_of_place_alone_in_a_job_title_is_no_place(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _RIVERS, dt.date(2026, 2, 20))
    assert ("Mochammad Dian Alma'ruf", "PERSON") in got
    assert ("Jawa Tengah", "LOC") in got
    assert not any(label == "LOC" and t in ("Sungai", "Pantai") for t, label in got)


# Komdigi (aitf-e770239c0597), a glued release; ESDM (aitf-58b18d67dad4)
_LINGE = (
    '"Walaupun di tengah keterbatasan, semangat kita tidak pernah luntur untuk saudara-saudara '
    'kita di daerah bencana, khususnya di kawasan Linge dan Reje Payung," ujar Wamen Nezar '
    "Patria."
)
_DIESEL = (
    "pendistribusian BBM\nbersulfur rendah jenis minyak solar bersulfur rendah pada tahap awal "
    "akan mulai\ndidistribusikan di Jakarta, Cikampek dan Balongan, dilanjutkan kemudian pada\n"
    "periode berikutnya"
)


def test_two_short_place_names_joined_by_dan_are_two_places(press) -> None:  # type: ignore[no-untyped-def]
    got = entity_pairs(press, _LINGE, dt.date(2025, 12, 1))
    assert ("Linge", "LOC") in got
    assert ("Reje Payung", "LOC") in got
    got = entity_pairs(press, _DIESEL, dt.date(2019, 1, 1))
    assert ("Cikampek", "LOC") in got
    assert ("Balongan", "LOC") in got
