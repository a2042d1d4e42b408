"""The shipped statistical NER model (models/ner): loading, behaviour, and an accuracy gate."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import spacy

from pressnlp.resources import model_path

# CI gate: F1 floors on idner-news-2k dev (+ projected DATE), about 2 points under the figures in
# models/ner/README.md (bare 82.0 / pipeline 85.8 PER/ORG/LOC); a retrained model (or an entity
# component change) that falls below them must not ship.  The LOC (80) and DATE (90)
# targets are not yet met; raise these floors as the model improves.
FLOOR_BARE = {"PER/ORG/LOC": 0.80, "PERSON": 0.87, "ORG": 0.80, "LOC": 0.69}
FLOOR_PIPELINE = {"PER/ORG/LOC": 0.84, "PERSON": 0.88, "ORG": 0.83, "LOC": 0.77, "DATE": 0.80}


@functools.cache
def _bare() -> spacy.language.Language:
    return spacy.load(model_path("ner"))


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in _bare()(text).ents}


def test_model_folder_is_a_plain_spacy_pipeline() -> None:
    folder = model_path("ner")
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["lang"] == "id"
    assert meta["pipeline"] == ["tok2vec", "ner"]
    cfg = (folder / "config.cfg").read_text()
    assert "pressnlp" not in cfg.split("[components]", 1)[1].split("[corpora]", 1)[0]
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 40_000_000, f"models/ner is {size / 1e6:.1f} MB"
    assert set(_bare().get_pipe("ner").labels) == {"PERSON", "ORG", "LOC", "DATE"}


def test_tokenizer_splits_press_release_punctuation() -> None:
    doc = _bare().make_doc(
        "Jakarta, Jumat (14/7) - Kepala Kemensetneg, Faisal Fahmi, 3 s.d. 14 Juli 2017."
    )
    words = [t.text for t in doc]
    assert words[:8] == ["Jakarta", ",", "Jumat", "(", "14", "/", "7", ")"]
    assert "Kemensetneg" in words and "s.d." in words


def test_seed_sentences(seed_raw: str) -> None:
    sentence = (
        "Dalam paparannya, Kepala Bidang Pengelolaan Informasi Publik Asisten Deputi Hubungan "
        "Masyarakat Kemensetneg, Faisal Fahmi, menjelaskan tentang pengelolaan kehumasan di "
        "lingkungan Kementerian Sekretariat Negara."
    )
    assert sentence.split(",")[0] in seed_raw
    ents = _ents(sentence)
    assert ("Faisal Fahmi", "PERSON") in ents
    assert ("Kemensetneg", "ORG") in ents
    ents = _ents(
        "Sesi tersebut selain menjelaskan tentang kegiatan kehumasan di Kementerian "
        "Sekretariat Negara, juga diwarnai berbagi pengalaman."
    )
    assert ("Kementerian Sekretariat Negara", "ORG") in ents
    ents = _ents(
        "Pelatihan tersebut dilaksanakan dari tanggal 3 s.d. 14 Juli 2017 di Takes Mansion "
        "and Hotel, Jakarta."
    )
    assert ("Jakarta", "LOC") in ents
    # date ranges such as "3 s.d. 14 Juli 2017" come from the rules in pressnlp_entities
    assert ("Rabu (12/7/2017)", "DATE") in _ents("Rapat digelar di Jakarta, Rabu (12/7/2017).")


# Known gaps of the bare model on the seed (strict xfail: they flip to failures when fixed, so
# the marker gets removed).  idner-news-2k puts lowercase place nouns inside LOC ("kota Bandung",
# "wilayah Jabotabek"), and the model carries that over to "di lingkungan <institution>"; a
# sentence-initial single given name is the hardest PERSON case.
@pytest.mark.xfail(strict=True, reason="'di lingkungan' absorbed into a LOC span")
def test_seed_gap_lingkungan() -> None:
    ents = _ents(
        "Faisal Fahmi menjelaskan tentang pengelolaan kehumasan di lingkungan "
        "Kementerian Sekretariat Negara."
    )
    assert ("Kementerian Sekretariat Negara", "ORG") in ents


@pytest.mark.xfail(strict=True, reason="sentence-initial single given name not recognised")
def test_seed_gap_single_name() -> None:
    ents = _ents(
        "Juvenal, salah satu peserta, menyampaikan bahwa apa yang telah dilakukan "
        "Kementerian Sekretariat Negara sangat bagus."
    )
    assert ("Juvenal", "PERSON") in ents


def test_news_and_press_sentences() -> None:
    ents = _ents(
        "Menteri Keuangan Sri Mulyani Indrawati meninjau pelabuhan di Surabaya, "
        "Jawa Timur, Senin (25/8/2014)."
    )
    assert ("Sri Mulyani Indrawati", "PERSON") in ents
    assert ("Surabaya", "LOC") in ents
    assert any(label == "DATE" and "25" in text for text, label in ents)
    ents = _ents(
        "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kementerian Pertanian "
        "di Jakarta pada 9 Juli 2014."
    )
    assert any(
        label == "ORG" and text.startswith("Komisi Pemberantasan Korupsi") for text, label in ents
    )
    assert ("Kementerian Pertanian", "ORG") in ents
    assert ("Jakarta", "LOC") in ents
    assert ("9 Juli 2014", "DATE") in ents


def test_no_entities_in_plain_lowercase_text() -> None:
    assert _ents("harga beras naik sedikit minggu ini karena panen yang terlambat .") == set()
    assert _bare()("").ents == ()


def _check(scores: dict, floors: dict[str, float]) -> None:
    low = {k: scores[k]["f"] for k, floor in floors.items() if scores[k]["f"] < floor}
    assert not low, f"F1 below the pinned floor: {low} (floors {floors})"


def test_gates_on_idner_dev(shared_data: Path) -> None:
    """CI gates: the bare model and `extract_entities` above their pinned floors on idner dev
    (one corpus-backed test, so a clone without ../shared skips one, not two)."""
    from pressnlp.evaluation.ner import evaluate

    _check(evaluate(data=shared_data, bare=True), FLOOR_BARE)
    _check(evaluate(data=shared_data), FLOOR_PIPELINE)
