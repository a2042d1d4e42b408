"""Hand-annotated press releases as NER training data (pressnlp.training.ner_press) and the
`pressnlp train ner` options that use them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import spacy

from pressnlp.evaluation.sources import text_hash
from pressnlp.resources import model_path
from pressnlp.training import ner as train_ner
from pressnlp.training.ner_corpus import Sentence, drop_held_out, to_doc
from pressnlp.training.ner_press import load_press, release_pieces, to_model_convention

# A glued scraped release (aitf style): sentences and lines run together without spaces.
GLUED = (
    "KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIANREPUBLIK INDONESIA "
    "Jakarta, 3 Februari 2026Pemerintah terus menjaga stabilitas ekonomi nasional di tengah "
    "dinamika global.“Menko Airlangga hadir langsung dalam pertemuan tersebut. Forum itu "
    "menjadi ruang dialog informal.Melalui pertemuan tersebut, Kemenko Perekonomian "
    "menegaskan komitmennya."
)


def _span(text: str, surface: str, label: str, nth: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "label": label, "text": surface}


GLUED_SPANS = [
    _span(GLUED, "KEMENTERIAN KOORDINATOR BIDANG PEREKONOMIAN", "ORG"),
    _span(GLUED, "REPUBLIK INDONESIA", "LOC"),
    _span(GLUED, "Jakarta", "LOC"),
    _span(GLUED, "3 Februari 2026", "DATE"),
    _span(GLUED, "Airlangga", "PERSON"),
    _span(GLUED, "Kemenko Perekonomian", "ORG"),
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("id")


def _labelled(piece: Sentence) -> list[tuple[str, str]]:
    return [(" ".join(piece.tokens[s:e]), label) for s, e, label in piece.ents]


def test_glued_release_is_cut_at_sentence_ends_without_spaces(nlp) -> None:
    pieces = release_pieces(nlp, GLUED, GLUED_SPANS, max_tokens=12)
    texts = [p.text for p in pieces]
    # every piece is the release's own characters
    assert all(t in GLUED for t in texts)
    # "global.“Menko" and "informal.Melalui" are sentence boundaries although unspaced
    assert any(t.endswith("dinamika global.") for t in texts)
    assert any(t.startswith("“Menko Airlangga") for t in texts)
    assert any(t.startswith("Melalui pertemuan tersebut") for t in texts)
    labelled = [x for p in pieces for x in _labelled(p)]
    assert ("Airlangga", "PERSON") in labelled
    assert ("Kemenko Perekonomian", "ORG") in labelled
    assert ("Jakarta", "LOC") in labelled


def test_span_edges_inside_glued_tokens_become_missing_not_wrong(nlp) -> None:
    first = release_pieces(nlp, GLUED, GLUED_SPANS, max_tokens=12)[0]
    # "PEREKONOMIANREPUBLIK" is one token: neither span can be a boundary there
    assert "PEREKONOMIANREPUBLIK" in first.tokens
    labels = {label for *_, label in first.ents}
    assert "ORG" not in labels
    assert first.missing[:2] == [(0, 4), (3, 5)]
    # "2026Pemerintah" is one token too: the DATE is missing, "Jakarta" stays exact
    assert ("Jakarta", "LOC") in _labelled(first)
    assert "DATE" not in labels
    assert (7, 10) in first.missing


def test_pieces_pack_sentences_up_to_max_tokens(nlp) -> None:
    short = release_pieces(nlp, GLUED, GLUED_SPANS, max_tokens=12)
    long = release_pieces(nlp, GLUED, GLUED_SPANS, max_tokens=200)
    assert len(long) == 1 and len(short) >= 4
    assert long[0].text == GLUED
    assert sorted(x for p in short for x in _labelled(p)) == sorted(_labelled(long[0]))


def test_no_cut_inside_an_entity_or_after_an_initial(nlp) -> None:
    text = "Acara dibuka oleh H. Abdul Muis.\nBadan Kepegawaian\nNegara hadir."
    spans = [
        _span(text, "Abdul Muis", "PERSON"),
        _span(text, "Badan Kepegawaian\nNegara", "ORG"),
    ]
    pieces = release_pieces(nlp, text, spans, max_tokens=1)
    assert [p.text for p in pieces] == [
        "Acara dibuka oleh H. Abdul Muis.",
        "Badan Kepegawaian\nNegara hadir.",
    ]
    assert _labelled(pieces[1]) == [("Badan Kepegawaian \n Negara", "ORG")]
    doc = to_doc(nlp, pieces[1])
    assert [(e.text, e.label_) for e in doc.ents] == [("Badan Kepegawaian\nNegara", "ORG")]
    # unannotated tokens are O (every mention is annotated), not missing
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)


def test_line_breaks_and_blank_lines_cut_pieces(nlp) -> None:
    text = "SIARAN PERS\r\n\r\nMenteri Keuangan Sri Mulyani hadir di Bali.\n\nAcara selesai."
    spans = [_span(text, "Sri Mulyani", "PERSON"), _span(text, "Bali", "LOC")]
    pieces = release_pieces(nlp, text, spans, max_tokens=5)
    assert [p.text for p in pieces] == [
        "SIARAN PERS",
        "Menteri Keuangan Sri Mulyani hadir di Bali.",
        "Acara selesai.",
    ]


def _fake_gold(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    folder = data / "press" / "fake" / "txt"
    folder.mkdir(parents=True)
    texts = {
        "a.txt": "Kepala BKN Zudan Arif hadir di Jakarta. Rapat berlangsung lancar sekali.",
        "b.txt": "Bank Indonesia menjaga stabilitas Rupiah. Acara ditutup di Surabaya.",
    }
    lines = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        spans = [
            _span(text, w, lbl)
            for w, lbl in (
                ("BKN", "ORG"),
                ("Zudan Arif", "PERSON"),
                ("Jakarta", "LOC"),
                ("Bank Indonesia", "ORG"),
                ("Surabaya", "LOC"),
            )
            if w in text
        ]
        rec = {
            "source": f"press/fake/txt/{name}",
            "sha256": text_hash(text),
            "split": "train" if name == "a.txt" else "dev",
            "entities": spans,
        }
        lines.append(json.dumps(rec))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, data


def test_load_press_reads_only_the_train_split(tmp_path: Path, nlp) -> None:
    gold, data = _fake_gold(tmp_path)
    pieces = load_press(gold, data, nlp, max_tokens=8)
    assert [p.text for p in pieces] == [
        "Kepala BKN Zudan Arif hadir di Jakarta.",
        "Rapat berlangsung lancar sekali.",
    ]
    assert _labelled(pieces[0]) == [("BKN", "ORG"), ("Zudan Arif", "PERSON"), ("Jakarta", "LOC")]
    assert all(p.source == "press" for p in pieces)


def test_held_out_text_drops_pieces_and_silver_sentences(tmp_path: Path, nlp) -> None:
    gold, data = _fake_gold(tmp_path)
    dev = ["Lain kali. RAPAT berlangsung lancar sekali! Selesai."]
    pieces = load_press(gold, data, nlp, max_tokens=8, exclude_texts=dev)
    assert [p.text for p in pieces] == ["Kepala BKN Zudan Arif hadir di Jakarta."]
    silver = [
        Sentence(["Kemnaker", "hadir"]),
        Sentence(["Rapat", "berlangsung", "lancar", "sekali", "."]),
    ]
    assert drop_held_out(silver, dev) == silver[:1]  # a short text ("Kemnakerhadir") is kept
    assert drop_held_out(silver, []) == silver


def test_a_changed_source_text_is_an_error(tmp_path: Path, nlp) -> None:
    gold, data = _fake_gold(tmp_path)
    (data / "press" / "fake" / "txt" / "a.txt").write_text("Teks lain.", encoding="utf-8")
    with pytest.raises(ValueError, match="text hash changed"):
        load_press(gold, data, nlp)


# training runs from a checkout: its configs/ are the repository's, also when pressnlp is
# installed into site-packages (as CI installs it)
CONFIGS = Path(__file__).resolve().parents[1] / "configs"


@pytest.fixture(autouse=True)
def _repo_configs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_ner, "DEFAULT_CONFIG", CONFIGS / "ner.cfg")
    monkeypatch.setattr(train_ner, "FINETUNE_CONFIG", CONFIGS / "ner_finetune.cfg")


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    train_ner.add_arguments(parser)
    args = parser.parse_args(list(argv))
    train_ner.validate(args)
    return args


def test_train_options_pick_the_config_and_check_inputs(tmp_path: Path) -> None:
    assert Path(_args().config) == train_ner.DEFAULT_CONFIG
    assert _args().press == "none"  # `pressnlp train ner` rebuilds the shipped model
    args = _args("--fine-tune", str(model_path("ner")), "--press", "auto")
    assert Path(args.config) == train_ner.FINETUNE_CONFIG
    assert (args.press, args.press_weight) == ("auto", 3)
    with pytest.raises(SystemExit, match="not a spaCy pipeline"):
        _args("--fine-tune", str(tmp_path))
    with pytest.raises(SystemExit, match="does not exist"):
        _args("--press", str(tmp_path / "none.jsonl"))
    with pytest.raises(SystemExit, match="at least 1"):
        _args("--press-weight", "0")


def test_finetune_config_sources_both_components() -> None:
    from spacy.util import load_config

    config = load_config(
        train_ner.FINETUNE_CONFIG, overrides={"paths.base": "BASE"}, interpolate=True
    )
    assert config["components"]["tok2vec"] == {"source": "BASE"}
    assert config["components"]["ner"] == {"source": "BASE"}
    assert config["initialize"]["vectors"] == "BASE"
    assert config["training"]["max_steps"] > 0


def test_real_press_train_split_converts(shared_data: Path, nlp) -> None:
    """The bundled train split: every release resolves, nearly every gold span is an exact
    token span of its piece, and no piece is text of a dev release."""
    from pressnlp.training.ner_press import held_out_texts

    gold_dir = Path(train_ner.__file__).resolve().parent.parent / "data" / "gold"
    dev = held_out_texts(gold_dir / train_ner.PRESS_DEV, shared_data)
    gold = gold_dir / train_ner.PRESS_TRAIN
    pieces = load_press(gold, shared_data, nlp, exclude_texts=dev, adapt=False)
    n_ents = sum(len(p.ents) for p in pieces)
    assert len(pieces) > 600
    assert 0.9 * 1508 < n_ents <= 1508
    docs = [to_doc(nlp, p) for p in pieces]
    assert sum(len(d.ents) for d in docs) >= 0.98 * n_ents
    assert drop_held_out(pieces, dev) == pieces


def test_model_convention_joins_acronyms_and_leaves_country_modifiers_open(nlp) -> None:
    text = (
        "Komite Stabilitas Sistem Keuangan (KSSK) menilai ekonomi Indonesia kuat. "
        "Delegasi tiba di Indonesia dari Jepang."
    )
    spans = [
        _span(text, "Komite Stabilitas Sistem Keuangan", "ORG"),
        _span(text, "KSSK", "ORG"),
        _span(text, "Indonesia", "LOC"),
        _span(text, "Indonesia", "LOC", nth=1),
        _span(text, "Jepang", "LOC"),
    ]
    literal = release_pieces(nlp, text, spans)[0]
    assert len(literal.ents) == 5 and not literal.missing
    adapted = to_model_convention(literal)
    assert _labelled(adapted) == [
        ("Komite Stabilitas Sistem Keuangan ( KSSK )", "ORG"),
        ("Indonesia", "LOC"),
        ("Jepang", "LOC"),
    ]
    # "ekonomi Indonesia": neither LOC nor O for the model (pressnlp_entities adds it)
    modifier = adapted.tokens.index("Indonesia")
    assert adapted.missing == [(modifier, modifier + 1)]
