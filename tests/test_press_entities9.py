"""Press-release entity fixes of the ninth wave, read off entity outputs on unlabelled releases
(aitf-siaran-pers, gov-ministry-news-2025, kemenhut-cms-2025) rather than the press dev errors.
Real sentences of shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


def test_a_headline_verb_is_no_place(press) -> None:  # type: ignore[no-untyped-def]
    # ESDM (aitf-927c9ff80f60), the headline glued to the date line as the site gives it
    text = (
        "Menteri ESDM Lantik Dirjen MinerbaJumat, 20 September 2024 - Dibaca 5995 kali\n"
        "Menteri ESDM Lantik Dirjen Minerba"
    )
    got = entity_pairs(press, text, dt.date(2024, 9, 20))
    assert ("ESDM", "ORG") in got
    assert not any("Lantik" in t for t, _ in got)
    # ESDM (aitf-25e2c985301a): the headline opens with the verb; Blora stays a place
    text = "Tinjau Sumur Tua di Blora, Menteri ESDM Tegaskan Langkah Menuju Swasembada Energi"
    got = entity_pairs(press, text, dt.date(2025, 7, 17))
    assert ("Blora", "LOC") in got
    assert not any(t.startswith("Tinjau") for t, _ in got)
