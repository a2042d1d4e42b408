"""Training the topic model on hand-labelled press releases (``press_topics_train``), and the
one scoring path of :class:`pressnlp.topics.model.TopicModel` (decision values -> Platt logits
-> scores) that training calibrates with."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import pressnlp
from pressnlp.topics.model import TopicModel
from pressnlp.topics.types import LABELS
from pressnlp.training.topic_corpus import PRESS_TRAIN, press_train_rows, split_excluding
from pressnlp.training.topic_press import PressGold, gold_path, train_gold_path


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def test_press_train_set_is_disjoint_from_dev_and_test_and_well_formed() -> None:
    train, held = _records(train_gold_path()), _records(gold_path())
    assert len(train) >= 150
    assert not {r["source"] for r in train} & {r["source"] for r in held}
    assert len({r["source"] for r in train}) == len(train)  # each release once
    assert {r["split"] for r in train} == {"train"}
    for r in train:
        assert r["label"] in LABELS, r
        assert r.get("secondary") in (None, *LABELS) and r.get("secondary") != r["label"], r
        assert len(r["sha256"]) == 16
    labels = Counter(r["label"] for r in train)
    # spread over the labels ministries publish (sport and tourism releases are not in the pool)
    assert sum(n >= 10 for n in labels.values()) >= 10, labels


def test_press_train_rows_carry_hand_labels() -> None:
    gold = PressGold(
        [
            {
                "id": "aitf-1",
                "split": "train",
                "text": "Kementerian ESDM menetapkan harga BBM.",
                "label": "lingkungan_energi",
                "secondary": "ekonomi",
                "issuer": "ESDM",
            },
            {
                "id": "gov-2",
                "split": "train",
                "text": "BKN mengumumkan hasil seleksi PPPK.",
                "label": "politik_pemerintahan",
                "issuer": "BKN",
            },
        ]
    )
    rows = press_train_rows(gold)
    assert list(rows["label"]) == ["lingkungan_energi", "politik_pemerintahan"]
    assert set(rows["origin"]) == {"gold"} and set(rows["dataset"]) == {PRESS_TRAIN}
    assert list(rows["source"]) == ["ESDM", "BKN"]
    assert len(gold.subset("train")) == 2 and len(gold.subset("dev")) == 0


def test_split_excluding_keeps_the_test_part() -> None:
    n = 60
    labels = ["ekonomi", "olahraga_pemuda", "kesehatan"] * (n // 3)
    df = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(n)],
            "label": labels,
            "dataset": "news",
            "origin": "mapped",
            "group": list(range(n)),
        }
    )
    train_all, test_all = split_excluding(df, set())
    drop = set(train_all["id"][:5])
    train, test = split_excluding(df, drop)
    assert test.equals(test_all)
    assert not drop & set(train["id"]) and len(train) == len(train_all) - 5


@pytest.fixture(scope="module")
def small_model() -> TopicModel:
    texts = [
        "Harga saham perbankan naik dan rupiah menguat di pasar keuangan.",
        "Timnas menang dua gol atas Vietnam di laga kualifikasi.",
        "Dinas Kesehatan membuka layanan imunisasi campak untuk anak.",
    ] * 6
    labels = ["ekonomi", "olahraga_pemuda", "kesehatan"] * 6
    return pressnlp.topics.train(texts, labels, min_df=1, calibration_folds=2)


def test_one_scoring_path(small_model: TopicModel) -> None:
    probe = ["Saham bank naik tajam", "Gol indah timnas di menit akhir", "Vaksin campak anak"]
    dec, fit = small_model.decision_and_fit(probe)
    logits = small_model.logits_from_decision(dec)
    scores = small_model.scores_from_logits(logits, fit)
    assert np.array_equal(scores, small_model.label_scores(probe))
    assert np.array_equal(dec, small_model.decision_function(probe))
    best, top, fit2 = small_model.top_logits(probe)
    assert np.array_equal(best, scores.argmax(axis=1)) and np.array_equal(fit, fit2)
    assert list(small_model.classes_[best]) == ["ekonomi", "olahraga_pemuda", "kesehatan"]
    assert np.array_equal(top, logits[np.arange(3), best])


def test_scale_top_rescales_logits_keeps_ranking(small_model: TopicModel) -> None:
    model = copy.deepcopy(small_model)
    probe = ["Saham bank naik tajam", "Gol indah timnas di menit akhir"]
    dec, _ = model.decision_and_fit(probe)
    before = model.logits_from_decision(dec)
    model.scale_top(0.5, -0.2)
    assert np.allclose(model.logits_from_decision(dec), 0.5 * before - 0.2)
    assert model.top_scaling_ == (0.5, -0.2)
    assert (model.label_scores(probe).argmax(axis=1) == before.argmax(axis=1)).all()
    with pytest.raises(ValueError, match="alpha"):
        model.scale_top(0.0, 0.0)


def test_gold_ids_match_corpus_ids_for_text_files_and_records(tmp_path: Path) -> None:
    """A hand-labelled release is kept out of the corpus by its corpus id: the record id of
    a JSONL source, the file name of a text-file source (Kemenhut's ``doc_id``). The full
    path never matched, so Kemenhut dev/test releases were trained on as corpus rows."""
    from pressnlp.evaluation.sources import text_hash
    from pressnlp.training.topic_press import press_gold

    body = (
        "Jakarta, 3 Maret 2025 - Kementerian Kehutanan menanam 10.000 bibit mangrove di pesisir "
        "utara Jawa untuk memulihkan kawasan yang rusak akibat abrasi dan menahan gelombang."
    )
    txt = tmp_path / "press" / "kemenhut-cms-2025" / "txt"
    txt.mkdir(parents=True)
    (txt / "kemenhut-1a2b3c.txt").write_text(body, encoding="utf-8")
    jsonl = tmp_path / "press" / "aitf-siaran-pers" / "releases.jsonl"
    jsonl.parent.mkdir(parents=True)
    jsonl.write_text(json.dumps({"id": "aitf-9", "title": "T", "text": body}) + "\n")
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"source": "press/kemenhut-cms-2025/txt/kemenhut-1a2b3c.txt", "label": "lingkungan_energi"},
        {"source": "press/aitf-siaran-pers/releases.jsonl#aitf-9", "label": "lingkungan_energi"},
    ]
    gold.write_text(
        "".join(json.dumps({**r, "sha256": text_hash(body), "split": "dev"}) + "\n" for r in rows)
    )
    assert press_gold(tmp_path, path=gold).ids == ["kemenhut-1a2b3c", "aitf-9"]


def test_row_weights_and_press_rows_by_origin() -> None:
    """Hand-labelled releases weigh GOLD_WEIGHT, ministry releases PRESS_WEIGHT, keyword
    weak labels (news articles of unmapped sections) WEAK_WEIGHT; only the releases are the
    press rows ``in_domain`` marks."""
    from pressnlp.training import topics as T

    rows = pd.DataFrame(
        {
            "origin": ["gold", "mapped", "weak", "mapped", "issuer"],
            "dataset": [
                "press-topics-train",
                T.GOV,
                "indonews-sections-2025",
                "indosum-dev",
                "aitf-siaran-pers",
            ],
        }
    )
    assert T.press_rows(rows).tolist() == [True, True, False, False, True]
    weights = T.row_weights(rows).tolist()
    assert weights == [T.GOLD_WEIGHT, T.PRESS_WEIGHT, T.WEAK_WEIGHT, 1.0, T.PRESS_WEIGHT]
    assert T.row_weights(rows, {"gold": 2.0, "weak": 0.1})[[0, 2]].tolist() == [2.0, 0.1]
