"""Topic classification: shipped model, estimator contract, persistence, retraining, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import sample_records

import pressnlp
from pressnlp import cli
from pressnlp.topics import LABELS, NEUTRAL, Topic, classify_topic, default_model

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "topics"

GOSSIP = (
    "Penyanyi dangdut itu akhirnya buka suara soal kabar perceraiannya dengan sang suami. "
    "Lewat unggahan di Instagram, ia mengaku sudah pisah rumah sejak beberapa bulan lalu dan "
    "meminta warganet berhenti berkomentar tentang anak-anaknya. Kekasih barunya, seorang aktor "
    "sinetron, terlihat mendampinginya saat menghadiri pesta ulang tahun sahabatnya."
)
RECIPE = (
    "Siapkan 250 gram tepung terigu, dua butir telur, 100 gram gula pasir dan mentega cair. "
    "Kocok telur dan gula hingga mengembang, masukkan tepung sedikit demi sedikit sambil diaduk "
    "rata, lalu tuang ke loyang yang sudah diolesi mentega. Panggang dalam oven bersuhu 180 "
    "derajat selama 30 menit hingga kue matang dan berwarna keemasan. Sajikan hangat."
)


def _sample_texts() -> list[str]:
    """Real release texts every clone has: each bundled sample raw, cleaned, and its paragraphs
    (about 100 texts of every length, HTML included)."""
    texts: list[str] = []
    for rec in sample_records():
        body = pressnlp.clean(rec["text"]).body
        texts += [rec["text"], body]
        texts += [p for p in body.split("\n") if len(p) > 40]
    return texts


# --------------------------------------------------------------------------------------------
# the Topic result and neutral inputs
# --------------------------------------------------------------------------------------------
def test_topic_to_dict_and_top() -> None:
    t = Topic("ekonomi", 0.8, {"ekonomi": 0.8, "sosial": 0.3, "kesehatan": 0.1})
    assert t.to_dict() == {
        "label": "ekonomi",
        "score": 0.8,
        "scores": {"ekonomi": 0.8, "sosial": 0.3, "kesehatan": 0.1},
    }
    assert t.top(2) == [("ekonomi", 0.8), ("sosial", 0.3)]
    json.dumps(t.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "Korupsi",  # a single word
        "!!! 123 ...",
        "The Ministry of Finance announced on Monday that the state budget deficit widened to "
        "2.5 percent of GDP as spending on social programmes rose faster than tax revenue.",
        "Das Ministerium hat am Montag mitgeteilt, dass der Haushalt ausgeglichen ist und die "
        "Steuereinnahmen im vergangenen Jahr deutlich gestiegen sind.",
    ],
)
def test_neutral_result_for_bad_input(text: str) -> None:
    assert classify_topic(text) == NEUTRAL == Topic(label=None, score=0.0, scores={})


@pytest.mark.parametrize(
    "text",
    [
        # Javanese shares roots with Indonesian (lali, adoh, janji, pinggir, kali)
        "Aku tresno marang kowe, ora iso lali senajan adoh, atiku mung kanggo sliramu, tansah "
        "eling karo janji sing wis tak ucapke neng pinggir kali",
        # English full of Indonesian names and loanwords
        "Bank Indonesia held the BI Rate at 5.75 percent, the Deposit Facility at 5.00 percent "
        "and the Lending Facility at 6.50 percent, consistent with low inflation and rupiah "
        "stability in Jakarta, Surabaya, Medan and Makassar",
    ],
)
def test_other_languages_get_the_neutral_result(text: str) -> None:
    assert classify_topic(text) == NEUTRAL


def test_terse_indonesian_without_function_words_gets_a_topic() -> None:
    # a ministry's video caption: 20+ words, not one "yang", "dan" or "di", but Indonesian
    caption = (
        "Plt. Direktur PAI, Kemkomdigi, Syofian Kurniawan menyatakan Kementerian Komdigi tutup "
        "akses 94.720 konten judi online. Saksikan selengkapnya: https://youtu.be/5bdlTZ1B6Ow"
    )
    assert classify_topic(caption).label == "teknologi_digital"


def test_non_text_is_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="not str"):
        default_model().classify_many([b"bytes"])  # type: ignore[list-item]


# --------------------------------------------------------------------------------------------
# the shipped model
# --------------------------------------------------------------------------------------------
def test_shipped_model_labels_and_meta() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["labels"] == sorted(LABELS)
    assert list(default_model().classes_) == sorted(LABELS)
    for key in ("versions", "training_data", "scores", "probes", "top_features"):
        assert key in meta
    assert meta["training_data"]["sha256_fit"] and meta["training_data"]["sha256_test"]
    assert (MODEL_DIR / "README.md").is_file()
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    # model.skops plus its runtime.npz, about 8.2 MB each since the unstemmed word block (50k
    # terms; 3.9 MB each before), 11 MB with the headline head's SVM: a bound, so a vocabulary
    # cap left off is noticed
    assert size < 25_000_000, f"models/topics is {size / 1e6:.1f} MB"


def test_shipped_model_trained_with_installed_sklearn() -> None:
    """Fails when scikit-learn changed in a way that alters the shipped model's predictions."""
    import sklearn

    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    trained = meta["versions"]["scikit-learn"]
    assert trained.split(".")[:2] == sklearn.__version__.split(".")[:2], (
        f"models/topics was trained with scikit-learn {trained}, installed is {sklearn.__version__}: "
        "retrain it with `pressnlp train topics`"
    )
    probes = meta["probes"]
    assert len(probes) >= 5
    topics = default_model().classify_many([p["text"] for p in probes])
    for probe, topic in zip(probes, topics, strict=True):
        assert topic.label == probe["label"], probe["text"][:60]
        assert topic.score == pytest.approx(probe["score"], abs=2e-3), probe["text"][:60]


def test_compiled_runtime_scores_like_the_estimator(seed_raw: str) -> None:
    """classify_topic and the pipeline use the shipped model's runtime.npz: same topics as
    the skops estimator, on the card's probes, the seed, odd and out-of-domain texts."""
    from pressnlp.topics.runtime import CompiledTopicModel

    compiled = CompiledTopicModel.load(MODEL_DIR)
    assert compiled is not None
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    texts = [p["text"] for p in meta["probes"]]
    texts += [pressnlp.clean(seed_raw).body, GOSSIP, RECIPE, "", "Menteri", None, "x" * 20_000]
    assert compiled.classify_many(texts) == default_model().classify_many(texts)


def test_compiled_runtime_on_real_releases() -> None:
    """Runtime vs estimator on every bundled release, raw and cleaned, and on each paragraph."""
    from pressnlp.topics.runtime import CompiledTopicModel

    texts = _sample_texts()
    compiled = CompiledTopicModel.load(MODEL_DIR)
    assert compiled is not None
    raw = compiled.label_scores(texts)
    np.testing.assert_allclose(raw, default_model().label_scores(texts), atol=1e-6)
    assert [t.label for t in compiled.classify_many(texts)] == list(default_model().predict(texts))


def test_classify_topic_does_not_import_sklearn() -> None:
    """The cold-start path (import, classify) stays free of scikit-learn and skops."""
    import subprocess
    import sys

    code = (
        "import sys, pressnlp; t = pressnlp.classify_topic('Bank Indonesia menahan suku bunga "
        "acuan untuk menjaga inflasi dan nilai tukar rupiah.'); "
        "print(t.label, any(m.split('.')[0] in ('sklearn', 'skops') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ekonomi", "False"]


def test_seed_release_is_politics_or_international(seed_raw: str) -> None:
    body = pressnlp.clean(seed_raw).body
    topic = classify_topic(body)
    assert topic.label in {"politik_pemerintahan", "internasional"}, topic.top(3)
    assert set(topic.scores) == set(LABELS)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Kementerian Kesehatan mencatat kasus demam berdarah dengue meningkat. Menteri Kesehatan "
            "meminta dinas kesehatan daerah memperkuat pemberantasan sarang nyamuk dan puskesmas "
            "menyiapkan layanan pasien.",
            "kesehatan",
        ),
        (
            "Kementerian Perhubungan menyiapkan rekayasa lalu lintas di jalan tol dan menambah "
            "perjalanan kereta api serta kapal penyeberangan untuk angkutan mudik Lebaran.",
            "infrastruktur_transportasi",
        ),
        (
            "Bank Indonesia memutuskan mempertahankan suku bunga acuan untuk menjaga stabilitas nilai "
            "tukar rupiah dan mengendalikan inflasi sesuai sasaran.",
            "ekonomi",
        ),
    ],
)
def test_clear_press_texts(text: str, label: str) -> None:
    topic = classify_topic(text)
    assert topic.label == label, topic.top(3)


def test_out_of_domain_text_gets_a_low_score() -> None:
    # Not policy news: whatever label wins, its calibrated score must stay low.
    for text in (RECIPE,):
        topic = classify_topic(text)
        assert topic.label is not None
        assert topic.score < 0.5, topic.top(3)
    in_domain = classify_topic(
        "Menteri Keuangan menyampaikan realisasi penerimaan pajak dan belanja APBN hingga "
        "Oktober 2025 serta defisit anggaran yang tetap terjaga di bawah tiga persen PDB."
    )
    # scores are calibrated on press releases (issue 14): a clear release's top label > 0.5
    assert in_domain.label == "ekonomi" and in_domain.score > 0.5


def test_headlines_are_scored_like_their_releases() -> None:
    """A title alone (up to 20 words) is compared with training texts cut to its length, not
    with full articles, and labelled by the headline head: the bundled samples' titles that
    get their body's label score 0.73 on average (0.33 with one reference for every length).
    The head labels 8 of the 15 like their bodies, the full-text SVM 10 (on the hand-labelled
    press dev titles the head is right in 81 of 120, the full-text SVM in 71; CARD_NOTES wave
    14). A short sentence, closed by a full stop, keeps the full-text SVM's label."""
    same = []
    for rec in sample_records():
        cleaned = pressnlp.clean(rec["text"])
        title, body = classify_topic(cleaned.title), classify_topic(cleaned.body)
        if title.label == body.label:
            same.append(title.score)
    assert len(same) >= 8 and np.mean(same) >= 0.5, same
    sentence = (
        "Menteri Luar Negeri bertemu mitranya dari Jepang untuk membahas kerja sama bilateral "
        "di bidang perdagangan dan keamanan kawasan."
    )
    assert classify_topic(sentence).label == "internasional"
    # without its full stop it is headline-shaped: the head scores it (wrongly: hukum_keamanan)
    assert classify_topic(sentence.rstrip(".")).scores != classify_topic(sentence).scores


def test_top_features_are_topics_not_sources() -> None:
    # whole words only: "danantara" (the sovereign fund) is topic, "antaranews" would be source;
    # "tempo", "suara", "merdeka" are ordinary words, their site forms carry a domain suffix
    site = re.compile(
        r"\b(?:liputan\w*|detik\w*|kompas\w*|tribun\w*|okezone|sindo\w*|cnn|kumparan"
        r"|antaranews|republika|viva\w*|infohan|humas|baca juga|advertisement|gambas"
        r"|dailysocial|com|co id)\b"
    )
    for label, feats in default_model().top_features(40).items():
        leaks = [f for f in feats if site.search(f.split("__", 1)[-1])]
        assert not leaks, (label, leaks)


def test_batch_equals_single() -> None:
    texts = [RECIPE, GOSSIP, "", "Timnas Indonesia menang atas Vietnam di Stadion GBK."]
    many = default_model().classify_many(texts)
    assert many == [classify_topic(t) for t in texts]


def test_fast_features_equal_sklearn_transform() -> None:
    """The model's own n-gram counting gives exactly the matrix of its fitted vectorizers."""
    from pressnlp.topics.fast import fast_kind

    model = default_model()
    kinds = {name: fast_kind(vec) for name, vec, _ in model.features_.transformers_}
    # the fast paths are really used, also for the unstemmed word block
    assert kinds == {"word": "word", "char": "char_wb", "unstemmed": "word"}
    texts = _sample_texts()
    texts += [
        "",
        "a b c",
        "banana ana\tbanana\u00a0BANANA  x",  # repeated n-grams, odd whitespace
        "İstanbul ẞtraße ǅemal café naïve",  # lowercasing that changes length
        "tahun 2024 ke-3 COVID-19 www.kemenkeu.go.id",
    ]
    prepped = model._prep(texts)
    for start in (0, 40, len(prepped) - 64):
        part = prepped[start : start + 64]
        expected = model.features_.transform(part)
        got = model._transform(part)
        assert type(got) is type(expected) and got.dtype == expected.dtype
        assert got.shape == expected.shape
        np.testing.assert_array_equal(got.indptr, expected.indptr)
        np.testing.assert_array_equal(got.indices, expected.indices)
        np.testing.assert_array_equal(got.data, expected.data)


# --------------------------------------------------------------------------------------------
# spaCy component
# --------------------------------------------------------------------------------------------
def test_component_fills_cats_and_equals_classify_topic() -> None:
    import spacy

    import pressnlp.components.topics
    from pressnlp.topics import topic_from_doc

    texts = [pressnlp.clean(r["text"]).body for r in sample_records()] + ["", "Menteri"]
    nlp = spacy.blank("id")
    nlp.add_pipe("pressnlp_topics")
    for doc, text in zip(nlp.pipe(texts, batch_size=5), texts, strict=True):
        expected = classify_topic(text)
        assert topic_from_doc(doc) == expected
        assert doc.cats == expected.scores
    assert topic_from_doc(spacy.blank("id")("Menteri Keuangan hadir di Jakarta")) is None


# --------------------------------------------------------------------------------------------
# estimator contract, retraining and persistence on a small real data set
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_data(shared_data: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    """Detik channels outside the 12 labels (food/oto/properti): a different label set."""
    rows = [
        json.loads(line)
        for line in (shared_data / "topics" / "detik-categories-2025" / "articles.jsonl").open(
            encoding="utf-8"
        )
    ]
    wanted = {"food": "kuliner", "oto": "otomotif", "properti": "properti"}
    rows = sorted((r for r in rows if r["source_label"] in wanted), key=lambda r: r["id"])
    texts = [r["text"] for r in rows]
    labels = [wanted[r["source_label"]] for r in rows]
    # every 4th row is held out
    train_idx = [i for i in range(len(rows)) if i % 4]
    test_idx = [i for i in range(len(rows)) if not i % 4]
    return (
        [texts[i] for i in train_idx],
        [labels[i] for i in train_idx],
        [texts[i] for i in test_idx],
        [labels[i] for i in test_idx],
    )


def _check_train_user_labels_api_and_roundtrip(
    small_data: tuple[list[str], ...], tmp_path: Path
) -> None:
    X, y, X_test, y_test = small_data
    model = pressnlp.topics.train(X, y)
    assert list(model.classes_) == ["kuliner", "otomotif", "properti"]
    accuracy = float(np.mean(model.predict(X_test) == np.asarray(y_test)))
    assert accuracy > 0.85
    proba = model.predict_proba(X_test)
    assert proba.shape == (len(X_test), 3) and np.allclose(proba.sum(axis=1), 1)
    # a policy text is out of this model's domain: low score
    assert (
        model.classify(
            "Komisi Pemberantasan Korupsi menetapkan bupati sebagai tersangka "
            "suap proyek dan menahannya di rumah tahanan KPK selama dua puluh hari."
        ).score
        < 0.5
    )

    model.save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "meta.json").read_text(encoding="utf-8"))
    assert meta["labels"] == ["kuliner", "otomotif", "properti"]
    again = pressnlp.topics.load(tmp_path / "m")
    np.testing.assert_array_equal(again.label_scores(X_test), model.label_scores(X_test))

    # save() also writes the compiled runtime, which scores like the estimator ...
    from pressnlp.topics.runtime import CompiledTopicModel

    compiled = pressnlp.topics.load_classifier(tmp_path / "m")
    assert isinstance(compiled, CompiledTopicModel)
    assert compiled.classify_many(X_test) == model.classify_many(X_test)
    # ... and is ignored once it no longer belongs to the model.skops next to it
    meta["model_sha256"] = "0" * 64
    (tmp_path / "m" / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="runtime not used"):
        fallback = pressnlp.topics.load_classifier(tmp_path / "m")
    assert isinstance(fallback, pressnlp.topics.TopicModel)


def _check_estimator_clone_pipeline_gridsearch(small_data: tuple[list[str], ...]) -> None:
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV
    from sklearn.pipeline import Pipeline

    from pressnlp.topics import TopicModel

    X, y, X_test, y_test = small_data
    model = TopicModel(max_char_features=5000, calibration_folds=3)
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    copy.set_params(C=2.0)
    assert copy.C == 2.0 and model.C == 1.0
    pipe = Pipeline([("topics", TopicModel(max_char_features=5000, calibration_folds=3))])
    search = GridSearchCV(pipe, {"topics__C": [0.1, 1.0]}, cv=2, scoring="f1_macro")
    search.fit(X[:150], y[:150])
    assert search.best_params_["topics__C"] in {0.1, 1.0}
    assert search.score(X_test, y_test) > 0.7


def test_fit_rejects_unusable_labels() -> None:
    from pressnlp.topics import TopicModel

    with pytest.raises(ValueError, match="two different labels"):
        TopicModel().fit(["a b c", "d e f"], ["x", "x"])
    with pytest.raises(ValueError, match="at least 2 examples"):
        TopicModel().fit(["a b c", "d e f", "g h i"], ["x", "x", "y"])
    with pytest.raises(ValueError, match="texts but"):
        TopicModel().fit(["a b c"], ["x", "y"])


def test_load_refuses_untrusted_types(tmp_path: Path) -> None:
    import skops.io as sio

    sio.dump({"payload": Path("x")}, tmp_path / "model.skops")
    with pytest.raises(ValueError, match="not trusted"):
        pressnlp.topics.load(tmp_path)
    with pytest.raises(FileNotFoundError):
        pressnlp.topics.load(tmp_path / "missing")


# --------------------------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------------------------
def _check_cli_train_user_csv_then_pipeline(
    small_data: tuple[list[str], ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    X, y, X_test, _y_test = small_data
    csv = tmp_path / "mine.csv"
    pd.DataFrame({"isi": [*X, None, "teks tanpa label"], "kelas": [*y, "kuliner", None]}).to_csv(
        csv, index=False
    )
    out = tmp_path / "model"
    assert (
        cli.main(
            [
                "train",
                "topics",
                "--data",
                str(csv),
                "--text-col",
                "isi",
                "--label-col",
                "kelas",
                "--output",
                str(out),
                "--quiet",
            ]
        )
        == 0
    )
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["training_data"]["rows"] == len(X) and meta["training_data"]["skipped_rows"] == 2

    nlp = pressnlp.load(topic_model=out, exclude=("ner", "pressnlp_entities"))
    doc = nlp(X_test[0])
    assert set(doc.cats) == {"kuliner", "otomotif", "properti"}
    assert doc._.topic == pressnlp.topics.load(out).classify(X_test[0])

    capsys.readouterr()
    text_file = tmp_path / "a.txt"
    text_file.write_text(X_test[0], encoding="utf-8")
    assert cli.main(["topic", "--model", str(out), "--json", str(text_file)]) == 0
    line = json.loads(capsys.readouterr().out.strip())
    expected = pressnlp.topics.load(out).classify(pressnlp.clean(X_test[0]).body)
    assert line == {"input": str(text_file), **expected.to_dict()}
    assert set(line["scores"]) == {"kuliner", "otomotif", "properti"}


@pytest.mark.slow
def test_training_on_a_small_real_set(
    small_data: tuple[list[str], ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Retraining needs a labelled corpus, so these checks share one corpus-backed test (a
    clone without ../shared skips one test, not three): the estimator API and persistence,
    the sklearn contract (clone, Pipeline, GridSearchCV), and `pressnlp train topics`."""
    (tmp_path / "api").mkdir()
    (tmp_path / "cli").mkdir()
    _check_train_user_labels_api_and_roundtrip(small_data, tmp_path / "api")
    _check_estimator_clone_pipeline_gridsearch(small_data)
    _check_cli_train_user_csv_then_pipeline(small_data, tmp_path / "cli", capsys)


def test_cli_train_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "mine.csv"
    csv.write_text("text,label\nSatu dua tiga,a\n", encoding="utf-8")
    assert cli.main(["train", "topics", "--data", str(csv)]) == 2  # no --output
    assert (
        cli.main(
            [
                "train",
                "topics",
                "--data",
                str(csv),
                "--label-col",
                "kelas",
                "--output",
                str(tmp_path / "o"),
            ]
        )
        == 2
    )
    assert "no column" in capsys.readouterr().err
    bad = tmp_path / "mine.xlsx"
    bad.write_text("x", encoding="utf-8")
    assert cli.main(["train", "topics", "--data", str(bad), "--output", str(tmp_path / "o")]) == 2


def test_cli_topic_plain_and_json(
    tmp_path: Path, seed_raw: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_raw, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["topic", str(seed), str(empty)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split("\t")[1] in {"politik_pemerintahan", "internasional"}
    assert lines[1].split("\t")[1] == "-"
    assert cli.main(["topic", "--json", str(seed)]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["label"] == classify_topic(pressnlp.clean(seed_raw).body).label
    assert cli.main(["topic", str(tmp_path / "nope.txt")]) == 2


# --------------------------------------------------------------------------------------------
# evaluation (CI gate)
# --------------------------------------------------------------------------------------------
# Pinned just under the shipped model's figures (card: models/topics/README.md). The issue's
# target of 0.85 on the mixed news split is NOT met (about 0.78, much of the gap being label
# noise of the section-derived labels); the real ministry releases are at about 0.9.
MACRO_F1_FLOOR = 0.75
# The ministry set's labels are issuer-derived (press_topics.md: Komdigi agrees 3/6, Kemnaker
# 6/8); since issue 14 the model is selected on hand-labelled press releases, which moved it
# from 0.899 to 0.846 here, and 0.802 after retraining on the glued-text cleaning of issue 15
# (59 texts: a few releases; press dev is now the selection set, see press_topics.md).
GOV_MACRO_F1_FLOOR = 0.78


@pytest.mark.slow
@pytest.mark.shared_data
def test_evaluation_reproduces_card_and_meets_floor(shared_data: Path) -> None:
    from pressnlp.evaluation.topics import evaluate

    report = evaluate(shared_data)
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert report["n"] == meta["scores"]["n"]
    assert report["macro_f1"] == pytest.approx(meta["scores"]["macro_f1"], abs=1e-6)
    assert report["macro_f1"] >= MACRO_F1_FLOOR
    assert report["gov_ministry"]["n"] > 40
    assert report["gov_ministry"]["macro_f1"] >= GOV_MACRO_F1_FLOOR
    card = (MODEL_DIR / "README.md").read_text(encoding="utf-8")
    assert f"macro-F1 {report['macro_f1']:.3f}" in card
