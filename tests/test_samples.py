"""Every bundled sample cleans to a non-empty body with no boilerplate left in it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pressnlp.cleaning import clean
from pressnlp.resources import data_file
from pressnlp.rules import match_line

SAMPLES = sorted(
    p
    for p in (Path(str(data_file("samples")))).iterdir()
    if p.suffix in (".txt", ".html") and p.name[0].isdigit()
)

# strings that only ever occur in page chrome or release boilerplate of these samples
BOILERPLATE = [
    "bagikan",
    "Bagikan",
    "Share",
    "Di baca",
    "Dibaca",
    "Dilihat",
    "total views",
    "Bagaimana pendapat",
    "Baca juga",
    "Editor:",
    "Penulis:",
    "Foto:",
    "Narahubung",
    "Kontak Media",
    "Siaran Pers No",
    "SIARAN PERS",
    "Nomor:",
    "Telp",
    "Email:",
    "Hak Cipta",
    "Hak cipta",
    "©",
    "Copyright",
    "Instagram",
    "Laman:",
    "YouTube",
    "Format pdf",
    "Tentang PT",
    "Beranda",
    "Kategori:",
    "Tags:",
    "Sumber:",
    "Diposting",
    "***",
    "###",
    "#",
    "(humas/ant)",
    "(Humas Kemenkum)",
    "(rls/kemenpora)",
    "Biro Komunikasi",
    "Biro Hubungan Masyarakat",
    "Artikel Terkait",
    "Untuk informasi lebih lanjut",
]


def test_there_are_enough_samples() -> None:
    assert len(SAMPLES) >= 13
    assert sum(p.suffix == ".html" for p in SAMPLES) >= 4
    readme = Path(str(data_file("samples", "README.md"))).read_text(encoding="utf-8")
    assert "illustrative texts written for this project" in readme
    for path in SAMPLES:
        assert path.name in readme


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_cleans_to_body_without_boilerplate(path: Path) -> None:
    art = clean(path.read_bytes())
    assert art.title and len(art.title.split()) >= 5
    assert isinstance(art.date, dt.date) and 2017 <= art.date.year <= 2025
    assert len(art.paragraphs) >= 5
    for junk in BOILERPLATE:
        assert not re.search(r"(?<!\w)" + re.escape(junk), art.body), junk
    for par in art.paragraphs:
        assert match_line(par) is None, par
        assert len(par.split()) >= 10, par  # only article prose is left
        assert not re.search(r"<[a-z]+[ >]", par)
        assert not re.search(r"[.!?]\s*[(\[][^()]*[)\]]$", par), (
            par
        )  # no signature glued to the end
    assert clean(art.body).body == art.body


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_boilerplate_lands_in_meta(path: Path) -> None:
    art = clean(path.read_bytes())
    assert art.removed
    informative = {
        "views",
        "signature",
        "release_number",
        "dateline",
        "contact",
        "editor",
        "credits",
        "source",
    }
    assert informative & set(art.meta), art.meta
