"""A topic model folder's ``runtime.npz`` is trusted only as far as its ``model.skops``:
planted patterns and arrays are refused, a runtime of another model is detected, and the
shipped one scores like the estimator (issue 20)."""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import sample_records

import pressnlp
from pressnlp.cli import main
from pressnlp.resources import model_path
from pressnlp.topics.classify import default_model, load_classifier
from pressnlp.topics.files import MODEL_FILE_TYPES, file_sha256, model_file_types
from pressnlp.topics.runtime import (
    TOKEN_PATTERN,
    CompiledTopicModel,
    StaleRuntimeError,
    check_params,
)

SHIPPED = model_path("topics")
EVIL_PATTERN = r"(?u)(\w+\s?)+$"  # nested quantifiers: exponential on a long non-matching text


def _copy_shipped(dest: Path) -> Path:
    dest.mkdir()
    for name in ("model.skops", "runtime.npz", "meta.json"):
        shutil.copyfile(SHIPPED / name, dest / name)
    return dest


def _arrays(folder: Path) -> dict[str, np.ndarray]:
    with np.load(folder / "runtime.npz", allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def _write_runtime(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    # uncompressed: the loader reads both, and a compressed write takes seconds per case
    np.savez(folder / "runtime.npz", **arrays)  # type: ignore[arg-type]


def _set_param(arrays: dict[str, np.ndarray], **changes: object) -> None:
    params = json.loads(str(arrays["params"]))
    params.update(changes)
    arrays["params"] = np.asarray(json.dumps(params))


def _tiny_model_folder(dest: Path, **options: object) -> Path:
    texts = ["pajak dan harga naik tajam", "gol indah sekali di laga", "hujan deras banjir kota"]
    labels = ["ekonomi", "olahraga", "lingkungan_energi"]  # three: a binary SVM has no runtime
    model = pressnlp.topics.train(texts * 4, labels * 4, min_df=1, **options)
    return model.save(dest)


def test_planted_foreign_pattern_is_refused(tmp_path: Path) -> None:
    """A runtime with a token pattern the training code never writes is refused before the
    pattern is compiled, whatever its stamp says: by the loader, the pipeline and the CLI."""
    folder = _copy_shipped(tmp_path / "m")
    arrays = _arrays(folder)
    _set_param(arrays, token_pattern=EVIL_PATTERN)
    _write_runtime(folder, arrays)  # stamp untouched: it still names this model.skops
    start = time.perf_counter()
    with pytest.raises(ValueError, match="token_pattern"):
        CompiledTopicModel.load(folder)
    with pytest.raises(ValueError, match="token_pattern"):
        load_classifier(folder)
    with pytest.raises(ValueError, match="token_pattern"):
        pressnlp.load(topic_model=folder)
    assert main(["topic", "--model", str(folder)]) == 2
    assert time.perf_counter() - start < 60  # nothing ran the pattern


def test_planted_params_and_arrays_are_refused(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path / "m")
    good = _arrays(folder)
    bad_params = [
        {"char_ngram_range": [3, 5000]},
        {"word_ngram_range": [1, 3]},
        {"unstemmed_ngram_range": [2, 2]},
        {"unstemmed_ngram_range": "1-2"},
        {"max_chars": -1},
        {"stem": "yes"},
        {"extra": 1},
    ]
    for change in bad_params:
        arrays = dict(good)
        _set_param(arrays, **change)
        _write_runtime(folder, arrays)
        with pytest.raises(ValueError, match="params"):
            CompiledTopicModel.load(folder)
    for key, value in [
        ("coef", good["coef"][:, :-1]),  # one feature short
        ("unstemmed_idf", good["unstemmed_idf"][:-1]),
        ("unstemmed_terms", good["unstemmed_terms"][:-1]),  # coef then one column too wide
        ("centroid_index", good["centroid_index"] + len(good["word_terms"])),  # out of range
        ("classes", good["classes"][:0]),
    ]:
        _write_runtime(folder, {**good, key: value})
        with pytest.raises(ValueError, match="shapes"):
            CompiledTopicModel.load(folder)
    _write_runtime(folder, {**good, "word_idf": good["word_terms"]})
    with pytest.raises(ValueError, match="dtype"):
        CompiledTopicModel.load(folder)
    extra = {**good, "classes": np.asarray([{"a": 1}], dtype=object)}
    np.savez(folder / "runtime.npz", **extra)  # type: ignore[arg-type]  # pickled: never loaded
    with pytest.raises(ValueError, match="not a readable runtime"):
        CompiledTopicModel.load(folder)
    (folder / "runtime.npz").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a readable runtime"):
        CompiledTopicModel.load(folder)


def test_unstemmed_block_only_as_its_params_say(tmp_path: Path) -> None:
    """A model without the unstemmed word block exports empty unstemmed arrays and scores like
    its estimator; unstemmed terms planted into such a runtime (params: no block) are refused,
    as is the shipped runtime with its block switched off in the params."""
    folder = _tiny_model_folder(tmp_path / "plain")
    arrays = _arrays(folder)
    assert json.loads(str(arrays["params"]))["unstemmed_ngram_range"] is None
    assert arrays["unstemmed_terms"].shape == arrays["unstemmed_idf"].shape == (0,)
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel)
    texts = ["harga pajak naik", "laga gol indah", "banjir di kota", "pajak gol banjir"]
    estimator = pressnlp.topics.load(folder)
    np.testing.assert_allclose(
        compiled.label_scores(texts), estimator.label_scores(texts), atol=1e-6
    )
    planted = {**arrays, "unstemmed_terms": np.asarray(["pajak"]),
               "unstemmed_idf": np.ones(1, dtype=np.float32),
               "coef": np.hstack([arrays["coef"], np.ones((len(arrays["classes"]), 1))])}  # fmt: skip
    _write_runtime(folder, planted)
    with pytest.raises(ValueError, match="unstemmed_terms"):
        CompiledTopicModel.load(folder)
    shipped = _copy_shipped(tmp_path / "m")
    good = _arrays(shipped)
    assert json.loads(str(good["params"]))["unstemmed_ngram_range"] == [1, 2]
    _set_param(good, unstemmed_ngram_range=None)
    _write_runtime(shipped, good)
    with pytest.raises(ValueError, match="unstemmed_terms"):
        CompiledTopicModel.load(shipped)


def test_runtime_of_an_older_format_is_not_used(tmp_path: Path) -> None:
    """A runtime written before the unstemmed block (format /1) is stale: load_classifier
    warns and scores with the estimator instead of misreading its arrays."""
    folder = _copy_shipped(tmp_path / "m")
    arrays = _arrays(folder)
    old = {k: v for k, v in arrays.items() if not k.startswith("unstemmed_")}
    old["format"] = np.asarray("pressnlp-topics-runtime/1")
    _write_runtime(folder, old)
    with pytest.raises(StaleRuntimeError, match="format"):
        CompiledTopicModel.load(folder)
    with pytest.warns(RuntimeWarning, match="runtime not used"):
        model = load_classifier(folder)
    assert isinstance(model, pressnlp.topics.TopicModel)


def test_runtime_of_another_model_is_detected(tmp_path: Path) -> None:
    """A runtime exported from another model.skops is never used, even with a meta.json
    edited to match it: the loader names the mismatch, load_classifier warns and scores with
    the shipped estimator (loaded with the skops trusted-type check)."""
    other = _tiny_model_folder(tmp_path / "other")
    assert isinstance(load_classifier(other), CompiledTopicModel)
    folder = _copy_shipped(tmp_path / "m")
    shutil.copyfile(other / "runtime.npz", folder / "runtime.npz")
    with pytest.raises(StaleRuntimeError, match=r"meta\.json"):
        CompiledTopicModel.load(folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["model_sha256"] = file_sha256(other / "model.skops")
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StaleRuntimeError, match=r"not exported from its model\.skops"):
        CompiledTopicModel.load(folder)
    with pytest.warns(RuntimeWarning, match="runtime not used"):
        model = load_classifier(folder)
    assert isinstance(model, pressnlp.topics.TopicModel)
    assert list(model.classes_) == list(default_model().classes_)
    # a runtime with no model.skops beside it is not used either: the folder has no model
    (folder / "model.skops").unlink()
    with pytest.raises(StaleRuntimeError, match=r"without its model\.skops"):
        CompiledTopicModel.load(folder)
    with pytest.warns(RuntimeWarning), pytest.raises(FileNotFoundError):
        load_classifier(folder)


def test_model_file_with_untrusted_type_is_not_scored(tmp_path: Path) -> None:
    """A model.skops naming a type a saved TopicModel never holds, re-stamped everywhere,
    is not scored by the runtime: the estimator's skops check then refuses it."""
    folder = _tiny_model_folder(tmp_path / "m")
    with zipfile.ZipFile(folder / "model.skops") as src:
        entries = {info.filename: src.read(info) for info in src.infolist()}
    schema = json.loads(entries["schema.json"])
    attrs = schema["content"]  # the TopicModel's attribute dict
    str_type = attrs["key_types"]["content"][0]
    empty = {
        **{"__class__": "dict", "__module__": "builtins", "__loader__": "DictNode"},
        **{"content": {}, "__id__": 1},
        "key_types": {**{"__class__": "list", "__module__": "builtins", "__loader__": "ListNode"},
                      **{"content": [], "__id__": 3}},
    }  # fmt: skip
    attrs["content"]["hook"] = {
        **{"__class__": "Popen", "__module__": "subprocess", "__loader__": "ObjectNode"},
        **{"content": empty, "__id__": 2},
    }
    attrs["key_types"]["content"].append(str_type)
    entries["schema.json"] = json.dumps(schema).encode()
    with zipfile.ZipFile(folder / "model.skops", "w") as dst:
        for name, data in entries.items():
            dst.writestr(name, data)
    stamp = file_sha256(folder / "model.skops")
    arrays = _arrays(folder)
    arrays["model_sha256"] = np.asarray(stamp)
    _write_runtime(folder, arrays)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["model_sha256"] = stamp
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert ("subprocess", "Popen", "ObjectNode") in model_file_types(folder / "model.skops")
    with pytest.raises(StaleRuntimeError, match="subprocess"):
        CompiledTopicModel.load(folder)
    with pytest.warns(RuntimeWarning), pytest.raises(ValueError, match="not trusted"):
        load_classifier(folder)


def test_model_file_types_are_all_trusted_by_skops() -> None:
    """Every type the runtime accepts in a model.skops passes the estimator's skops check:
    the shipped file names only such types, and skops trusts each (or TRUSTED_TYPES does)."""
    import skops.io as sio
    from skops.io import _trusted_types as skops_trusted

    from pressnlp.topics.model import TRUSTED_TYPES

    shipped = model_file_types(SHIPPED / "model.skops")
    assert shipped <= MODEL_FILE_TYPES
    untrusted = set(sio.get_untrusted_types(file=SHIPPED / "model.skops"))
    assert "pressnlp.topics.model.TopicModel" in untrusted <= set(TRUSTED_TYPES)
    trusted = set(TRUSTED_TYPES) | {"builtins.dict", "builtins.slice", "numpy.ndarray"}
    for name in dir(skops_trusted):
        if name.endswith("_TYPE_NAMES"):
            trusted |= set(getattr(skops_trusted, name))
    assert {f"{module}.{cls}" for module, cls, _ in MODEL_FILE_TYPES} <= trusted


def test_known_patterns_only() -> None:
    params = {"stem": True, "max_chars": 6000, "min_words": 3, "word_ngram_range": [1, 2],
              "char_ngram_range": [3, 5], "unstemmed_ngram_range": [1, 2],
              "token_pattern": TOKEN_PATTERN}  # fmt: skip
    check_params(params)
    for pattern in (EVIL_PATTERN, r"(?u)\b\w\w+\b", TOKEN_PATTERN + " "):
        with pytest.raises(ValueError, match="token_pattern"):
            check_params({**params, "token_pattern": pattern})
    # the score kind is optional (runtimes exported before it score per label) and checked
    check_params({**params, "scores": "softmax", "lead_chars": 300})
    with pytest.raises(ValueError, match="scores"):
        check_params({**params, "scores": "probit"})
    for bad in (-1, 2.5, True):
        with pytest.raises(ValueError, match="lead_chars"):
            check_params({**params, "lead_chars": bad})
    with pytest.raises(ValueError, match="exactly the keys"):
        check_params({**params, "extra": 1})


def test_shipped_runtime_is_trusted_and_scores_like_the_estimator() -> None:
    """The shipped runtime.npz carries the stamp of the shipped model.skops (written by
    TopicModel.save) and gives the estimator's scores on the bundled samples."""
    arrays = _arrays(SHIPPED)
    stamp = str(arrays["model_sha256"])
    assert stamp == file_sha256(SHIPPED / "model.skops")
    assert stamp == json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))["model_sha256"]
    compiled = load_classifier(SHIPPED)
    assert isinstance(compiled, CompiledTopicModel)
    texts = [pressnlp.clean(rec["text"]).body for rec in sample_records()]
    texts += [rec["text"] for rec in sample_records()]
    # and their titles: texts of up to 20 words have their own domain reference
    texts += [t for rec in sample_records() if (t := pressnlp.clean(rec["text"]).title)]
    assert any(len(t.split()) <= 20 for t in texts)
    np.testing.assert_allclose(
        compiled.label_scores(texts), default_model().label_scores(texts), atol=1e-6
    )
    assert compiled.classify_many(texts) == default_model().classify_many(texts)


def test_lead_weighting_runtime_scores_like_the_estimator(tmp_path: Path) -> None:
    """A model whose lead counts twice exports it to runtime.npz: both score alike, and the
    lead weighting really changes the scores."""
    folder = _tiny_model_folder(tmp_path / "lead", lead_chars=12, scores="softmax")
    plain = pressnlp.topics.load(_tiny_model_folder(tmp_path / "plain", scores="softmax"))
    estimator = pressnlp.topics.load(folder)
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel) and compiled.lead_chars == 12
    texts = ["gol indah di laga, lalu pajak dan harga naik tajam", "hujan banjir pajak naik"]
    np.testing.assert_allclose(
        compiled.label_scores(texts), estimator.label_scores(texts), atol=1e-6
    )
    assert not np.allclose(plain.label_scores(texts), estimator.label_scores(texts))


def test_block_weights_are_folded_into_the_runtime(tmp_path: Path) -> None:
    """With block weights (character and unstemmed word blocks counting other than the stemmed
    word block), the fast transform gives the weighted matrix of the fitted ColumnTransformer,
    and runtime.npz (unweighted features, weights folded into the coefficients) scores like
    the estimator; the weights really change the model."""
    options = {"unstemmed_ngram_range": (1, 2), "stem": True}
    folder = _tiny_model_folder(tmp_path / "w", char_weight=0.5, unstemmed_weight=2.0, **options)
    plain = _tiny_model_folder(tmp_path / "p", **options)
    estimator = pressnlp.topics.load(folder)
    assert estimator.features_.transformer_weights == {"word": 1.0, "char": 0.5, "unstemmed": 2.0}
    texts = ["harga pajak naik", "laga gol indah", "banjir di kota", "pajak gol banjir",
             "Pembangunan jalan dan perpajakan daerah di kota banjir"]  # fmt: skip
    prepped = estimator._prep(texts)
    expected, got = estimator.features_.transform(prepped), estimator._transform(prepped)
    np.testing.assert_array_equal(got.toarray(), expected.toarray())
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel)
    np.testing.assert_allclose(
        compiled.label_scores(texts), estimator.label_scores(texts), atol=1e-6
    )
    unweighted = pressnlp.topics.load(plain)
    assert not np.allclose(unweighted.decision_function(texts), estimator.decision_function(texts))


def test_length_bands_runtime_scores_like_the_estimator(tmp_path: Path) -> None:
    """A model with a domain reference per length band exports it to runtime.npz (the bands
    in its params): both score alike; a short text is compared with cut training texts (its
    fit is no lower than under one reference), and labels do not change."""
    texts = [
        "pajak dan harga naik tajam di pasar kota hari ini menurut menteri keuangan",
        "gol indah sekali di laga final tadi malam kata pelatih tim nasional muda",
        "hujan deras membuat banjir di kota dan sungai meluap sampai pagi ini tadi",
    ]
    labels = ["ekonomi", "olahraga", "lingkungan_energi"]
    banded = pressnlp.topics.train(texts * 4, labels * 4, min_df=1, short_words=(4, 8))
    folder = banded.save(tmp_path / "bands")
    plain = pressnlp.topics.train(texts * 4, labels * 4, min_df=1)
    assert banded.domain_references().shape == (3, 3)
    assert (banded.short_reference_ <= banded.domain_reference_).all()
    assert json.loads(str(_arrays(folder)["params"]))["short_words"] == [4, 8]
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel) and compiled.short_words == (4, 8)
    probe = ["pajak naik", "gol indah di laga final", texts[2], "pajak gol banjir kota hari"]
    np.testing.assert_allclose(compiled.label_scores(probe), banded.label_scores(probe), atol=1e-6)
    assert (banded.predict(probe) == plain.predict(probe)).all()
    short_fit, plain_fit = banded.domain_fit(probe[:2]), plain.domain_fit(probe[:2])
    assert (short_fit >= plain_fit - 1e-9).all() and (short_fit > plain_fit).any()
    with pytest.raises(ValueError, match="short_words"):
        pressnlp.topics.train(texts * 4, labels * 4, min_df=1, short_words=(8, 4))


def test_length_bands_get_their_own_temperature(tmp_path: Path) -> None:
    """With softmax scores calibrated on some texts, each length band gets a temperature fitted
    on those texts cut to its length; the runtime applies it as the estimator does."""
    texts = [
        "pajak dan harga naik tajam di pasar kota hari ini menurut menteri keuangan",
        "gol indah sekali di laga final tadi malam kata pelatih tim nasional muda",
        "hujan deras membuat banjir di kota dan sungai meluap sampai pagi ini tadi",
        "harga beras dan pajak kendaraan naik lagi bulan ini kata pedagang pasar",
        "pelatih memuji gol penalti di laga semifinal liga pekan lalu di stadion",
        "banjir bandang dan longsor melanda desa setelah hujan deras semalam penuh",
    ]
    labels = ["ekonomi", "olahraga", "lingkungan_energi"] * 2
    model = pressnlp.topics.TopicModel(
        min_df=1, short_words=(4, 8), scores="softmax", band_temperature=True
    )
    model.fit(texts * 3, labels * 3, calibrate_on=[True] * 18)
    assert model.band_scaling_.shape == (3,) and model.band_scaling_[-1] == 1.0
    assert not np.allclose(model.band_scaling_[:2], 1.0)
    compiled = CompiledTopicModel.load(model.save(tmp_path / "t"))
    assert isinstance(compiled, CompiledTopicModel)
    probe = ["pajak naik", "gol indah di laga final", texts[2]]
    np.testing.assert_allclose(compiled.label_scores(probe), model.label_scores(probe), atol=1e-6)


def test_runtime_with_bands_its_reference_does_not_match_is_refused(tmp_path: Path) -> None:
    folder = _tiny_model_folder(tmp_path / "b", short_words=(3, 6))
    arrays = _arrays(folder)
    arrays["domain_reference"] = arrays["domain_reference"][-1]  # one row, but bands in params
    _write_runtime(folder, arrays)
    with pytest.raises(ValueError, match="domain_reference"):
        CompiledTopicModel.load(folder)


def _headline_model() -> pressnlp.topics.TopicModel:
    texts = [
        "pajak dan harga naik tajam di pasar kota hari ini menurut menteri keuangan",
        "gol indah sekali di laga final tadi malam kata pelatih tim nasional muda",
        "hujan deras membuat banjir di kota dan sungai meluap sampai pagi ini tadi",
    ]
    labels = ["ekonomi", "olahraga", "lingkungan_energi"]
    model = pressnlp.topics.TopicModel(min_df=1, short_words=(6,), scores="softmax")
    return model.fit(texts * 4, labels * 4, calibrate_on=[True] * 12)


HEADLINES = ["Pajak Naik Lagi", "Gol Indah Timnas", "Banjir Rendam Kota"]
HEADLINE_LABELS = ["ekonomi", "olahraga", "lingkungan_energi"]


def test_headline_head_scores_the_first_band_only(tmp_path: Path) -> None:
    """After fit_headlines, texts of the first length band get their logits from the head (a
    second SVM fitted on titles), longer texts and short sentences (a closing full stop) keep
    theirs; the runtime and a reloaded model
    score alike, and a new fit drops the head (its features are gone)."""
    model = _headline_model()
    long = "pajak naik tajam di pasar kota hari ini"
    probe = ["pajak gol banjir", "gol pajak", long, "pajak gol."]
    before = model.label_scores(probe)
    model.fit_headlines(HEADLINES * 3, HEADLINE_LABELS * 3, calibrate_on=[True] * 9)
    after = model.label_scores(probe)
    assert not np.allclose(after[:2], before[:2])
    np.testing.assert_allclose(after[2:], before[2:])  # 8 words; a sentence: no headlines
    assert model.predict([long])[0] == "ekonomi"
    folder = model.save(tmp_path / "head")
    assert {"headline_coef", "headline_intercept"} <= set(_arrays(folder))
    compiled = CompiledTopicModel.load(folder)
    assert isinstance(compiled, CompiledTopicModel)
    np.testing.assert_allclose(compiled.label_scores(probe), after, atol=1e-6)
    np.testing.assert_allclose(pressnlp.topics.load(folder).label_scores(probe), after)
    refit = _headline_model()
    assert refit.headline_svm_ is None
    np.testing.assert_allclose(refit.label_scores(probe), before)


def test_headline_head_needs_bands_and_every_label() -> None:
    model = _headline_model()
    with pytest.raises(ValueError, match="every label"):
        model.fit_headlines(HEADLINES[:2] * 3, HEADLINE_LABELS[:2] * 3)
    with pytest.raises(ValueError, match="calibrate_on"):
        model.fit_headlines(HEADLINES * 3, HEADLINE_LABELS * 3, calibrate_on=[False] * 9)
    plain = pressnlp.topics.train(HEADLINES * 4, HEADLINE_LABELS * 4, min_df=1)
    with pytest.raises(ValueError, match="short_words"):
        plain.fit_headlines(HEADLINES * 3, HEADLINE_LABELS * 3)


@pytest.mark.parametrize("plant", ["one_array", "shape", "no_bands"])
def test_runtime_headline_arrays_are_checked(tmp_path: Path, plant: str) -> None:
    model = _headline_model().fit_headlines(HEADLINES * 3, HEADLINE_LABELS * 3)
    folder = model.save(tmp_path / plant)
    arrays = _arrays(folder)
    if plant == "one_array":
        del arrays["headline_intercept"]
    elif plant == "shape":
        arrays["headline_coef"] = arrays["headline_coef"][:, :-1]
    else:
        _set_param(arrays, short_words=[], band_scaling=[])
        arrays["domain_reference"] = arrays["domain_reference"][-1]
    _write_runtime(folder, arrays)
    with pytest.raises(ValueError, match="headline"):
        CompiledTopicModel.load(folder)
