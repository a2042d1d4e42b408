"""The press NER gold set (``pressnlp/data/gold/press_ner_dev.jsonl``) and its evaluation."""

from __future__ import annotations

import json
from pathlib import Path

from pressnlp.cleaning import clean
from pressnlp.evaluation.ner import evaluate_press, press_gold
from pressnlp.evaluation.sources import check_gold, load_gold, text_hash

HTML = (
    "<html><body><h1>BKN Gelar Rapat</h1><p>Kepala BKN Zudan Arif memimpin rapat di "
    "Jakarta, Senin (17/8/2025).</p><p>Bagikan: Facebook Twitter WhatsApp</p></body></html>"
)


def test_clean_body_view_is_checked_against_the_cleaned_text(tmp_path: Path) -> None:
    (tmp_path / "press").mkdir()
    (tmp_path / "press" / "a.html").write_text(HTML, encoding="utf-8")
    body = clean(HTML).body
    start = body.index("Zudan Arif")
    line = {
        "source": "press/a.html",
        "sha256": text_hash(body),
        "split": "dev",
        "view": "clean_body",
        "entities": [{"start": start, "end": start + 10, "label": "PERSON", "text": "Zudan Arif"}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    docs = load_gold(gold, tmp_path)
    assert docs[0].source.text == body and "view" not in docs[0].annotation
    assert check_gold(docs) == []
    # offsets into the raw HTML would not match the body: the check says so
    line["entities"][0]["start"] = HTML.index("Zudan Arif")
    line["entities"][0]["end"] = line["entities"][0]["start"] + 10
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert check_gold(load_gold(gold, tmp_path))


def test_press_gold_checks_out_and_evaluates(shared_data: Path) -> None:
    docs = press_gold(shared_data)
    assert check_gold(docs) == []
    assert len(docs) >= 30
    entities = [e for d in docs for e in d.annotation["entities"]]
    assert len(entities) >= 1500
    assert len({d.annotation["issuer"] for d in docs}) >= 10
    assert {d.annotation["shape"] for d in docs} == {"clean_text", "glued_text", "html"}
    assert all(e["value"] for e in entities if e["label"] == "DATE")

    result = evaluate_press(data=shared_data)
    assert result["documents"] == len(docs)
    assert sum(
        result[lbl]["tp"] + result[lbl]["fn"] for lbl in ("PERSON", "ORG", "LOC", "DATE")
    ) == (len(entities))
    # floors under the 2026-12-07 figures (F1 90.7, ORG 86.4, wave 10): a regression below is
    # a real loss
    assert result["ALL"]["f"] >= 0.90
    assert result["ORG"]["f"] >= 0.85
    assert result["date_values"]["rate"] >= 0.95
    assert "shape glued_text" in result["by_source"]
