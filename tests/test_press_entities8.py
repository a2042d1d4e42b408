"""Press-release entity fixes of the eighth wave, read off the press dev errors and checked on
unlabelled releases (aitf-siaran-pers, gov-ministry-news-2025, kemenhut-cms-2025). Real
sentences of shared releases are copied here so the tests run without ../shared."""

from __future__ import annotations

import datetime as dt

from conftest import entity_pairs


def test_no_entity_runs_over_a_blank_line(press) -> None:  # type: ignore[no-untyped-def]
    # Kemenhut (kemenhut-d6a219a6ea), the contact block closing every release, as a CMS gives it
    text = (
        "Jakarta, Kemenhut, 29 Agustus 2025\r\n\r\nUntuk Informasi Lebih Lanjut:\r\nKepala Balai "
        "Taman Nasional Ujung Kulon\r\nArdi Andono - 0812-2302-554\r\n\r\nPenanggung jawab "
        "berita:\r\nKepala Biro Hubungan Masyarakat dan Kerjasama Luar Negeri, Kementerian "
        "Kehutanan,\r\nKrisdianto\r\n\r\nWebsite:\r\nwww.kehutanan.go.id\r\n\r\nYoutube:\r\n"
        "Kementerian Kehutanan"
    )
    got = entity_pairs(press, text, dt.date(2025, 8, 29))
    assert ("Krisdianto", "PERSON") in got
    assert not any("\n\n" in t for t, _ in got)
    assert not any("Website" in t for t, _ in got)
