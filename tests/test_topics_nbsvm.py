"""NB-SVM (:mod:`pressnlp.topics.nbsvm`, ``TopicModel(nb_alpha=...)``): naive-Bayes scaled
features folded into ordinary linear weights, so the runtime scores such a model unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from test_topics_calibrate_on import ECONOMY, HEALTH, SPORT

from pressnlp.topics.nbsvm import NBLinearSVC, nb_ratios

TEXTS = ECONOMY + HEALTH + SPORT
LABELS = ["ekonomi"] * 6 + ["kesehatan"] * 6 + ["olahraga"] * 6
PROBES = [
    "Pemerintah menaikkan target penerimaan pajak dan menjaga defisit anggaran.",
    "Kasus campak pada anak meningkat, imunisasi kejar digelar di puskesmas.",
    "Timnas menang dan melaju ke final kejuaraan setelah gol di menit akhir.",
]


@pytest.fixture(scope="module")
def vectorized() -> tuple[TfidfVectorizer, sparse.csr_matrix, np.ndarray]:
    vec = TfidfVectorizer(sublinear_tf=True)
    return vec, vec.fit_transform(TEXTS), np.asarray(LABELS)


def test_ratios_favour_a_labels_own_terms(
    vectorized: tuple[TfidfVectorizer, sparse.csr_matrix, np.ndarray],
) -> None:
    vec, X, y = vectorized
    classes, y_idx = np.unique(y, return_inverse=True)
    ratios = nb_ratios(X, y_idx, len(classes), np.ones(len(y)), 1.0)
    assert ratios.shape == (3, X.shape[1])
    pajak, campak = vec.vocabulary_["pajak"], vec.vocabulary_["campak"]
    assert ratios[0, pajak] > 0 > ratios[1, pajak]  # an economy term, not a health one
    assert ratios[1, campak] > 0 > ratios[0, campak]
    # a weight of 2 counts like the text twice
    twice = sparse.vstack([X, X[:1]]).tocsr()
    doubled = nb_ratios(twice, np.append(y_idx, y_idx[0]), 3, np.ones(len(y) + 1), 1.0)
    weighted = nb_ratios(X, y_idx, 3, np.where(np.arange(len(y)) == 0, 2.0, 1.0), 1.0)
    np.testing.assert_allclose(weighted, doubled)


def test_scaling_is_folded_into_the_weights(
    vectorized: tuple[TfidfVectorizer, sparse.csr_matrix, np.ndarray],
) -> None:
    """coef_ on unscaled features gives exactly each label's SVM on its scaled features."""
    _, X, y = vectorized
    model = NBLinearSVC(C=0.5, alpha=1.0, class_weight=None).fit(X, y)
    classes, y_idx = np.unique(y, return_inverse=True)
    ratios = nb_ratios(X, y_idx, 3, np.ones(len(y)), 1.0)
    for k in range(3):
        Xk = X @ sparse.diags(ratios[k])
        own = LinearSVC(C=0.5, random_state=0).fit(Xk, (y_idx == k).astype(int))
        np.testing.assert_allclose(
            model.decision_function(X)[:, k], own.decision_function(Xk), atol=1e-8
        )
    assert list(model.classes_) == list(classes)
    assert list(model.predict(X)) == LABELS


def test_two_labels_follow_sklearns_binary_convention(
    vectorized: tuple[TfidfVectorizer, sparse.csr_matrix, np.ndarray],
) -> None:
    _, X, y = vectorized
    keep = y != "olahraga"
    model = NBLinearSVC().fit(X[keep], y[keep])
    dec = model.decision_function(X[keep])
    assert model.coef_.shape == (1, X.shape[1]) and dec.ndim == 1
    assert list(model.predict(X[keep])) == list(y[keep])
    assert (dec[y[keep] == "kesehatan"] > 0).all()  # positive: the second class


def test_bad_input_is_a_clear_error(
    vectorized: tuple[TfidfVectorizer, sparse.csr_matrix, np.ndarray],
) -> None:
    _, X, y = vectorized
    with pytest.raises(ValueError, match="alpha must be positive"):
        NBLinearSVC(alpha=0).fit(X, y)
    with pytest.raises(ValueError, match="two different labels"):
        NBLinearSVC().fit(X, ["ekonomi"] * len(y))
    with pytest.raises(ValueError, match="rows but"):
        NBLinearSVC().fit(X, y[:-1])
    with pytest.raises(ValueError, match="sample_weight"):
        NBLinearSVC().fit(X, y, sample_weight=np.ones(3))
    assert clone(NBLinearSVC(C=0.3, alpha=0.5)).get_params()["alpha"] == 0.5


def test_topic_model_with_nb_saves_loads_and_compiles(tmp_path: Path) -> None:
    """TopicModel(nb_alpha=...) predicts, round-trips through skops with the trust check, and
    its compiled runtime gives the estimator's scores."""
    import pressnlp
    from pressnlp.topics.model import TopicModel
    from pressnlp.topics.runtime import CompiledTopicModel

    model = TopicModel(min_df=1, calibration_folds=3, nb_alpha=1.0, C=0.3)
    model.fit(TEXTS * 2, LABELS * 2)
    assert type(model.svm_).__name__ == "NBLinearSVC"
    assert list(model.predict(PROBES)) == ["ekonomi", "kesehatan", "olahraga"]
    plain = TopicModel(min_df=1, calibration_folds=3, C=0.3).fit(TEXTS * 2, LABELS * 2)
    assert not np.allclose(plain.decision_function(PROBES), model.decision_function(PROBES))
    model.save(tmp_path / "m")
    again = pressnlp.topics.load(tmp_path / "m")
    np.testing.assert_array_equal(again.label_scores(PROBES), model.label_scores(PROBES))
    compiled = pressnlp.topics.load_classifier(tmp_path / "m")
    assert isinstance(compiled, CompiledTopicModel)
    np.testing.assert_allclose(compiled.label_scores(PROBES), model.label_scores(PROBES), atol=1e-6)
