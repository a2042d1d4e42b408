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
