"""Topics that fit press releases (issue 14): issuer labels and section fixes, calibration of
the best label's score on press text, ``Topic.secondary``, the shipped model on press texts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import pressnlp
from pressnlp.topics import Topic, classify_topic
from pressnlp.topics.calibration import (
    apply_top_scaling,
    cross_fitted_scores,
    fit_temperature,
    fit_top_scaling,
)
from pressnlp.training.topic_corpus import GOV
from pressnlp.training.topic_press import fix_section_label, gold_path
from pressnlp.training.topic_scores import (
    ece_test,
    expected_calibration_error,
    paired_f1_difference,
    press_report,
    press_scores,
    score_split,
)

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "topics"

RECIPE = (
    "Siapkan 250 gram tepung terigu, dua butir telur, 100 gram gula pasir dan mentega cair. "
    "Kocok telur dan gula hingga mengembang, masukkan tepung sedikit demi sedikit sambil diaduk "
    "rata, lalu tuang ke loyang yang sudah diolesi mentega. Panggang dalam oven bersuhu 180 "
    "derajat selama 30 menit hingga kue matang dan berwarna keemasan. Sajikan hangat."
)
ENGLISH = (
    "The coach said on Saturday that the striker had agreed personal terms with the club and "
    "that the transfer would be completed once the medical was done next week."
)


def test_energy_news_filed_under_business_is_energy() -> None:
    head = (
        "Kementerian ESDM mencabut empat izin usaha pertambangan nikel di Raja Ampat. Menteri "
        "ESDM menyebut tambang itu melanggar aturan lingkungan, sementara smelter ..."
    )
    assert fix_section_label("ekonomi", "Izin Tambang Nikel di Raja Ampat Dicabut", head) == (
        "lingkungan_energi"
    )
    # money framing stays economy; other labels are never touched
    assert fix_section_label("ekonomi", "Saham Emiten Nikel Melonjak", head) == "ekonomi"
    assert fix_section_label("kesehatan", "Izin Tambang Dicabut", head) == "kesehatan"
    assert fix_section_label("ekonomi", "Rupiah Menguat", "Bank Indonesia ...") == "ekonomi"


def test_top_scaling_learns_slope_and_keeps_ranking() -> None:
    rng = np.random.default_rng(1)
    z = rng.normal(0, 2, 800)
    correct = rng.random(800) < 1 / (1 + np.exp(-(0.5 * z + 1.0)))  # overconfident logits
    alpha, beta = fit_top_scaling(z, np.ones(800), correct)
    assert 0.35 < alpha < 0.7 and 0.7 < beta < 1.3
    scaled = apply_top_scaling(z, np.ones(800), alpha, beta)
    assert (np.argsort(scaled) == np.argsort(z)).all()
    ece_raw, _ = expected_calibration_error(1 / (1 + np.exp(-z)), correct)
    ece_cross, _ = expected_calibration_error(
        cross_fitted_scores(z, np.ones(800), correct), correct
    )
    assert ece_cross < 0.06 < ece_raw


def test_reliability_table_counts_every_text() -> None:
    ece, table = expected_calibration_error([0.95, 0.91, 0.55, 0.05], [True, False, True, False])
    assert sum(b["n"] for b in table) == 4 and len(table) == 10
    assert table[9]["n"] == 2 and table[9]["accuracy"] == 0.5
    assert ece == pytest.approx((2 * 0.43 + 0.45 + 0.05) / 4)


def test_ece_test_tells_miscalibration_from_small_set_noise() -> None:
    """On 145 texts a calibrated model's ECE is often above 0.05 by chance alone (p not small);
    scores of 0.95 on texts right 70 % of the time are flagged (p near 0)."""
    rng = np.random.default_rng(5)
    conf = rng.uniform(0.3, 1.0, 145)
    calibrated_ok = rng.random(145) < conf
    ece, _ = expected_calibration_error(conf, calibrated_ok)
    honest = ece_test(conf, ece)
    assert honest["p_value"] > 0.05
    assert honest["range_90"][0] < honest["if_calibrated"] < honest["range_90"][1]
    over = np.full(145, 0.95)
    ece_over, _ = expected_calibration_error(over, rng.random(145) < 0.7)
    assert ece_test(over, ece_over)["p_value"] < 0.01
    report = press_report(["a", "b"], np.column_stack([conf, 1 - conf]), ["a"] * 145)
    assert 0 <= report["ece_p_value"] <= 1 and len(report["ece_if_calibrated_range_90"]) == 2


def test_paired_bootstrap_of_a_macro_f1_difference() -> None:
    """Equal predictions differ by exactly 0. A model that fixes 15 errors of another and makes
    10 new ones (of 1,000 texts) is ahead by a margin whose 90 % range includes 0; one that
    fixes 200 and makes 10 is clearly ahead."""
    from sklearn.metrics import f1_score

    rng = np.random.default_rng(3)
    labels = [f"l{i}" for i in range(6)]
    y = [labels[i] for i in rng.integers(0, 6, 1000)]
    noisy = [labels[(labels.index(t) + 1) % 6] if rng.random() < 0.3 else t for t in y]
    same = paired_f1_difference(y, noisy, noisy)
    assert same["diff"] == 0 and same["range_90"] == [0.0, 0.0] and same["share_ahead"] == 0
    wrong = [i for i, (a, b) in enumerate(zip(y, noisy, strict=True)) if a != b]
    right = [i for i, (a, b) in enumerate(zip(y, noisy, strict=True)) if a == b]
    for fixed, clear in ((15, False), (200, True)):
        better = list(noisy)
        for i in wrong[:fixed]:
            better[i] = y[i]
        for i in right[:10]:
            better[i] = labels[(labels.index(y[i]) + 2) % 6]
        r = paired_f1_difference(y, better, noisy)
        expected = f1_score(y, better, average="macro") - f1_score(y, noisy, average="macro")
        assert r["diff"] == pytest.approx(expected)
        assert r["diff"] > 0 and (r["range_90"][0] > 0) is clear
    with pytest.raises(ValueError, match="predictions"):
        paired_f1_difference(y, noisy[:-1], noisy)


def test_secondary_topic() -> None:
    two = Topic("ekonomi", 0.6, {"ekonomi": 0.6, "lingkungan_energi": 0.35, "sosial": 0.01})
    assert two.secondary == "lingkungan_energi"
    assert Topic("ekonomi", 0.9, {"ekonomi": 0.9, "sosial": 0.02}).secondary is None
    assert pressnlp.topics.NEUTRAL.secondary is None


def test_calibrate_top_changes_scores_not_labels() -> None:
    texts = ["harga saham dan pajak naik", "tim menang gol indah", "pajak dan bunga bank"] * 6
    labels = ["ekonomi", "olahraga", "ekonomi"] * 6
    model = pressnlp.topics.train(texts, labels, min_df=1, calibration_folds=2)
    probe = ["saham bank naik", "gol menit akhir"]
    before = model.label_scores(probe)
    alpha, beta = model.calibrate_top(["saham naik", "gol indah", "pajak naik"], list(labels[:3]))
    after = model.label_scores(probe)
    assert alpha > 0 and model.top_scaling_ == (alpha, beta)
    assert (before.argmax(axis=1) == after.argmax(axis=1)).all()
    assert not np.allclose(before, after)


def test_seed_release_scores_politics_or_international_above_half(seed_raw: str) -> None:
    topic = classify_topic(pressnlp.clean(seed_raw).body)
    assert topic.label in {"politik_pemerintahan", "internasional"}, topic.top(3)
    assert topic.score >= 0.5, topic.top(3)


def test_clear_release_high_out_of_domain_low() -> None:
    release = classify_topic(
        "Kementerian Energi dan Sumber Daya Mineral menetapkan harga BBM nonsubsidi dan tarif "
        "listrik PLN untuk triwulan berikutnya. Menteri ESDM juga meminta percepatan "
        "pembangunan pembangkit listrik tenaga surya dan pengawasan izin usaha pertambangan."
    )
    assert release.label == "lingkungan_energi" and release.score > 0.5, release.top(3)
    assert classify_topic(RECIPE).score < 0.5
    assert classify_topic(ENGLISH).score < 0.5  # not Indonesian: the neutral result


@pytest.mark.slow
def test_press_evaluation_reproduces_card(shared_data: Path) -> None:
    if not gold_path().is_file():
        pytest.skip("press gold set pressnlp/data/gold/press_topics.jsonl not present")
    from pressnlp.evaluation.topics import evaluate_press

    report = evaluate_press(shared_data)
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    press = meta["scores"]["press"]
    for split in ("dev", "test", "dev titles", "test titles"):
        if " " not in split:
            assert report[split]["n"] == press["gold"][split]
        assert report[split]["n"] == press[split]["n"]
        assert report[split]["accuracy"] == pytest.approx(press[split]["accuracy"], abs=1e-6)
        assert report[split]["ece"] == pytest.approx(press[split]["ece"], abs=1e-4)
        assert sum(b["n"] for b in report[split]["reliability"]) == report[split]["n"]
    # calibrated on press_topics_train (out of fold), never on dev: both splits are held out.
    # Pinned just above the shipped model's (dev 0.074, test 0.052; the target, 0.05
    # on dev, is not met; a perfectly calibrated model would show about 0.06 on dev, 0.08 on
    # test: a bin of 145 texts moves ECE by several points)
    assert report["dev"]["ece"] <= 0.085 and report["test"]["ece"] <= 0.07
    # floors pinned just under the shipped model's dev figures (top-2 0.945, accuracy 0.793;
    # the targets, 0.95 and 0.85, are not met)
    assert report["dev"]["top2_accuracy"] >= 0.93
    assert report["dev"]["accuracy"] >= 0.78
    # titles alone (wave 13): compared with full articles, dev titles scored 0.335 on average
    # for accuracy 0.592 (ECE 0.279); against the training texts cut to their length, ECE 0.12;
    # labelled by the headline head (wave 14), accuracy 0.675 and ECE 0.077
    assert report["dev titles"]["n"] >= 100 and report["dev titles"]["ece"] <= 0.12
    assert report["dev titles"]["accuracy"] >= 0.65


def test_temperature_recovers_overconfident_logits() -> None:
    rng = np.random.default_rng(2)
    z = rng.normal(0, 2, (3000, 4))
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    y = (rng.random((3000, 1)) > p.cumsum(axis=1)).sum(axis=1)  # labels drawn from softmax(z)
    assert fit_temperature(z * 2.5, y) == pytest.approx(2.5, rel=0.1)
    assert fit_temperature(z / 2, y) == pytest.approx(0.5, rel=0.1)
    with pytest.raises(ValueError, match="one row of logits"):
        fit_temperature(z, y[:10])


def test_press_report_formats_the_baselines_side_by_side() -> None:
    """`evaluate topics --press --baseline`: the plain baseline scored like the model (its
    predict_proba as label scores) and printed after the model's splits."""
    from test_topics_calibrate_on import ECONOMY, HEALTH, SPORT

    from pressnlp.evaluation.topics import _Proba, baseline_model, format_press_report
    from pressnlp.training.topic_scores import press_scores

    labels = ["ekonomi"] * 6 + ["kesehatan"] * 6 + ["olahraga"] * 6
    fitted = _Proba(baseline_model().fit((ECONOMY + HEALTH + SPORT) * 2, labels * 2))
    probes = [ECONOMY[0], HEALTH[1], SPORT[2], ECONOMY[3]]
    truth = ["ekonomi", "kesehatan", "olahraga", "kesehatan"]  # the last one is wrong
    r = press_scores(fitted, probes, truth)
    assert r["n"] == 4 and r["accuracy"] == 0.75 and r["top2_accuracy"] >= 0.75
    text = format_press_report({"dev": r, "baselines": {"news": {"dev": r}}})
    assert text.count("press dev:") == 2  # the model's split line and the baseline's
    assert "trained on news:\n  press dev: accuracy 0.750" in text


def test_press_scores_count_the_neutral_result_as_a_miss() -> None:
    # what users get: English text has no label, so it cannot be right, whatever the raw
    # scores behind it say
    model = pressnlp.topics.default_model()
    release = (
        "Menteri Kesehatan Budi Gunadi Sadikin meluncurkan program imunisasi nasional untuk bayi "
        "dan balita. Kementerian Kesehatan meminta puskesmas dan posyandu di seluruh provinsi "
        "mengejar anak yang belum mendapat vaksin campak dan polio, serta memperkuat layanan "
        "kesehatan ibu dan anak."
    )
    r = press_scores(model, [release, ENGLISH], ["kesehatan", "internasional"])
    assert r["neutral"] == 1
    assert r["accuracy"] == 0.5
    assert r["confusion"]["matrix"] == [[0, 0], [0, 1]]  # the English row: no label at all


def test_the_news_split_is_scored_as_users_get_it_too() -> None:
    # the held-out news split holds one such text (a Javanese song's chord sheet): its raw
    # argmax is some label, users get none, and the split's scores count what users get
    model = pressnlp.topics.default_model()
    song = (
        "Sumpah ai love you, ono gambar waru ning njero ati iki. Ora ono liyane, yo mung kanggo "
        "kowe, tak wenehne kabeh tresnaku marang sliramu."
    )
    assert classify_topic(song).label is None and model.label_scores([song]).max() > 0
    test = pd.DataFrame({"text": [song], "label": ["pariwisata_hiburan"], "dataset": [GOV]})
    r = score_split(model, test)
    assert r["accuracy"] == 0.0 and r["per_class"]["pariwisata_hiburan"]["recall"] == 0.0
