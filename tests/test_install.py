"""What a fresh install promises: spaCy-native loading, licence files, clear import errors."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.resources
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy

import pressnlp
from pressnlp.resources import data_file

SENTENCE = (
    "Masing-masing daerah.Kapal-kapal (abu-abu) tiba. Menteri Keuangan Sri Mulyani Indrawati "
    "meninjau pelabuhan di Kota Makassar pada Senin (6/5) bersama Kementerian Perhubungan."
)


def _seed_body() -> str:
    return pressnlp.clean(data_file("samples", "000_8bdf8b16649a04d4.txt").read_bytes()).body


def _outputs(nlp: spacy.Language, text: str) -> dict:
    doc = nlp(text)
    return {
        "tokens": [t.text for t in doc],
        "ents": [(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents],
        "stems": [t._.stem for t in doc] if doc.has_extension("stem") else None,
        "cats": dict(doc.cats),
    }


@pytest.fixture(scope="module")
def reference() -> spacy.Language:
    return pressnlp.load()


@pytest.mark.slow
def test_spacy_load_by_name_gives_the_same_pipeline(reference: spacy.Language) -> None:
    nlp = spacy.load("pressnlp")
    assert nlp.pipe_names == reference.pipe_names
    body = _seed_body()
    ents = _outputs(nlp, body)["ents"]
    assert ents == _outputs(reference, body)["ents"]
    assert any(label == "ORG" for _, _, label, _ in ents)


def test_spacy_load_honours_spacys_keyword_arguments() -> None:
    nlp = spacy.load("pressnlp", exclude=["pressnlp_topics"])
    assert "pressnlp_topics" not in nlp.component_names
    nlp = spacy.load(
        "pressnlp",
        disable=["pressnlp_topics"],
        config={"components.pressnlp_entities.conventions": "idner"},
    )
    assert nlp.disabled == ["pressnlp_topics"]
    assert "pressnlp_topics" not in nlp.pipe_names
    assert nlp.config["components"]["pressnlp_entities"]["conventions"] == "idner"
    # the news convention leaves the place inside a job title out; the default (press) keeps it
    doc = nlp("Gubernur Jawa Barat meresmikan jembatan.")
    assert doc.ents == ()
    default = spacy.load("pressnlp", exclude=["pressnlp_topics"])
    assert [
        (e.text, e.label_) for e in default("Gubernur Jawa Barat meresmikan jembatan.").ents
    ] == [("Jawa Barat", "LOC")]
    nlp = spacy.load("pressnlp", enable=["tok2vec", "ner"], exclude=["pressnlp_topics"])
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.disabled == ["pressnlp_entities", "pressnlp_stemmer"]


def test_load_rejects_unknown_names_clearly() -> None:
    with pytest.raises(ValueError, match="unknown component"):
        pressnlp.load(disable=["parser"])
    with pytest.raises(ValueError, match="both enabled and disabled"):
        pressnlp.load(enable=["ner"], disable=["ner"])


@pytest.mark.slow
def test_to_disk_round_trips_the_whole_pipeline(reference: spacy.Language, tmp_path: Path) -> None:
    reference.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == reference.pipe_names
    for text in (_seed_body(), SENTENCE):
        assert _outputs(loaded, text) == _outputs(reference, text)
    # the hyphenated-word guard survives: 'Masing-masing' stays one token
    assert "Masing-masing" in _outputs(loaded, SENTENCE)["tokens"]


def test_spacy_info_reads_the_package_meta() -> None:
    info = spacy.info("pressnlp")
    assert info["name"] == "pressnlp"
    assert info["version"] == pressnlp.__version__
    assert info["lang"] == "id"
    meta = json.loads(
        (importlib.resources.files("pressnlp") / "meta.json").read_text(encoding="utf-8")
    )
    assert meta["pipeline"] == ["tok2vec", "ner", *pressnlp.pipeline.PRESSNLP]


def test_spacy_validate_lists_pressnlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """`spacy validate` fetches spaCy's compatibility table from the internet; with a stand-in
    table it must list pressnlp as an installed pipeline compatible with this spaCy."""
    validate = importlib.import_module("spacy.cli.validate")

    class _Table:
        status_code = 200

        @staticmethod
        def json() -> dict:
            return {"spacy": {spacy.about.__version__: {}}}

    monkeypatch.setattr(validate.requests, "get", lambda url: _Table())
    pkgs, _ = validate.get_model_pkgs(silent=True)
    assert pkgs["pressnlp"]["version"] == pressnlp.__version__
    assert pkgs["pressnlp"]["compat"] is True


def test_licence_and_notice_ship_with_the_distribution() -> None:
    dist = importlib.metadata.distribution("pressnlp")
    assert dist.metadata["License-Expression"] == "MIT"
    licence_files = dist.metadata.get_all("License-File") or []
    assert {"LICENSE", "NOTICE"} <= set(licence_files)
    notice = next(f for f in dist.files or [] if f.name == "NOTICE")
    text = notice.read_text()
    assert "cahyadsn/wilayah" in text and "Cahya DSN" in text
    assert "Sastrawi" in text


def test_a_missing_html_dependency_raises_a_clear_error() -> None:
    """HTML cleaning must not fall back silently when lxml_html_clean is missing."""
    script = textwrap.dedent(
        """
        import sys, importlib.abc

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "lxml_html_clean" or name == "lxml.html.clean":
                    raise ImportError(f"No module named {name!r} (blocked by the test)")
                return None

        sys.meta_path.insert(0, Block())
        import pressnlp
        try:
            pressnlp.clean("<html><body><p>Menteri meresmikan jembatan.</p></body></html>")
        except ImportError as exc:
            print("IMPORT-ERROR:", exc)
        else:
            print("NO-ERROR")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("IMPORT-ERROR:"), out
    assert "lxml_html_clean" in out
    assert "pip install" in out
