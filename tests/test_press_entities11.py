"""Press-release entity fixes of the eleventh wave, read off entity outputs on unlabelled releases
(aitf-siaran-pers, gov-ministry-news-2025, kemenhut-cms-2025) rather than the press dev errors.
Real sentences of shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


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
