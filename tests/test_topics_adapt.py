"""Domain adaptation by feature copies (:mod:`pressnlp.topics.adapt`, ``TopicModel(adapt=...)``):
in-domain rows get their own copy of every feature, folded into ordinary linear weights, so
press releases can give a word another label than the news articles around them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from test_topics_calibrate_on import ECONOMY, SPORT

from pressnlp.topics.adapt import AdaptedLinearSVC

# News sites file energy under business: in news these are `ekonomi` articles.
ENERGY_NEWS = [
    "Kementerian ESDM menyebut harga minyak naik, saham emiten energi menguat di bursa.",
    "Kementerian ESDM memastikan tarif listrik tidak naik, saham perusahaan listrik menguat.",
    "Kementerian ESDM menahan harga BBM, inflasi energi diperkirakan tetap rendah.",
    "Kementerian ESDM mencatat lifting minyak turun, penerimaan negara dari migas tertekan.",
    "Investor menanti keputusan Kementerian ESDM soal subsidi listrik dan harga BBM.",
    "Kementerian ESDM menaikkan target produksi batu bara, saham emiten tambang melonjak.",
]
# Ministry releases on the same subjects: by the label definitions, `lingkungan_energi`.
ENERGY_PRESS = [
    "Kementerian ESDM memastikan pasokan listrik dan BBM aman selama libur akhir tahun.",
    "Kementerian ESDM menetapkan tarif listrik triwulan pertama dan mempercepat energi terbarukan.",
    "Kementerian ESDM mendorong peningkatan lifting minyak dan pengawasan izin tambang batu bara.",
    "Kementerian ESDM meresmikan pembangkit listrik tenaga surya dan jaringan listrik desa.",
]
TEXTS = ECONOMY + ENERGY_NEWS + ENERGY_PRESS
LABELS = ["ekonomi"] * (len(ECONOMY) + len(ENERGY_NEWS)) + ["lingkungan_energi"] * len(ENERGY_PRESS)
IN_DOMAIN = [False] * (len(ECONOMY) + len(ENERGY_NEWS)) + [True] * len(ENERGY_PRESS)
PROBE = "Kementerian ESDM memastikan harga BBM dan tarif listrik tidak naik hingga akhir tahun."


@pytest.fixture(scope="module")
def vectorized() -> tuple[sparse.csr_matrix, np.ndarray]:
    vec = TfidfVectorizer(sublinear_tf=True).fit([*TEXTS, PROBE])
    return vec.transform([*TEXTS, PROBE]), np.asarray(LABELS)


def test_copies_are_folded_into_the_weights(
    vectorized: tuple[sparse.csr_matrix, np.ndarray],
) -> None:
    """coef_ on the plain features scores a text as the SVM on [x, w x] scores it in-domain."""
    X, y = vectorized
    X_fit = X[: len(y)]
    model = AdaptedLinearSVC(C=0.5, copy_weight=0.7).fit(X_fit, y, in_domain=IN_DOMAIN)
    copy = sparse.diags(np.asarray(IN_DOMAIN) * 0.7) @ X_fit
    svm = LinearSVC(C=0.5, class_weight="balanced", random_state=0)
    svm.fit(sparse.hstack([X_fit, copy]).tocsr(), y)
    np.testing.assert_allclose(
        model.decision_function(X), svm.decision_function(sparse.hstack([X, 0.7 * X])), atol=1e-8
    )
    assert model.coef_.shape == (1, X.shape[1])  # two labels: sklearn's binary convention


def test_press_rows_decide_what_a_press_text_means(
    vectorized: tuple[sparse.csr_matrix, np.ndarray],
) -> None:
    """Energy news filed under business outnumbers the ministry releases; the plain SVM reads
    a ministry energy release as economy, the adapted one as the releases label it."""
    X, y = vectorized
    X_fit, probe = X[: len(y)], X[len(y) :]
    plain = LinearSVC(C=1.0, class_weight=None, random_state=0).fit(X_fit, y)
    assert plain.decision_function(probe)[0] < -0.1  # clearly `ekonomi`
    adapted = AdaptedLinearSVC(C=1.0, copy_weight=2.0, class_weight=None)
    adapted.fit(X_fit, y, in_domain=IN_DOMAIN)
    assert adapted.decision_function(probe)[0] > 0.1  # clearly `lingkungan_energi`
    # the economy news it was trained on stays economy
    assert list(adapted.predict(X_fit[: len(ECONOMY)])) == ["ekonomi"] * len(ECONOMY)


def test_bad_input_is_a_clear_error(vectorized: tuple[sparse.csr_matrix, np.ndarray]) -> None:
    from pressnlp.topics.model import TopicModel

    X, y = vectorized
    X_fit = X[: len(y)]
    with pytest.raises(ValueError, match="copy_weight must be positive"):
        AdaptedLinearSVC(copy_weight=0).fit(X_fit, y, in_domain=IN_DOMAIN)
    with pytest.raises(ValueError, match="in_domain is needed"):
        AdaptedLinearSVC().fit(X_fit, y)
    with pytest.raises(ValueError, match="at least one true"):
        AdaptedLinearSVC().fit(X_fit, y, in_domain=[False] * len(y))
    with pytest.raises(ValueError, match="at least one true"):
        AdaptedLinearSVC().fit(X_fit, y, in_domain=IN_DOMAIN[:-1])
    with pytest.raises(ValueError, match="in_domain is needed"):
        TopicModel(min_df=1, adapt=0.5).fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match="cannot be combined"):
        TopicModel(min_df=1, adapt=0.5, nb_alpha=1.0).fit(TEXTS, LABELS, in_domain=IN_DOMAIN)


def test_topic_model_with_adapt_saves_loads_and_compiles(tmp_path: Path) -> None:
    """TopicModel(adapt=...) fits with in_domain (also inside its calibration folds),
    round-trips through skops with the trust check, and its compiled runtime gives the
    estimator's scores."""
    import pressnlp
    from pressnlp.topics.runtime import CompiledTopicModel

    # three labels: the runtime compiles models with one weight row per label
    texts = (TEXTS + SPORT) * 2
    labels = (LABELS + ["olahraga"] * len(SPORT)) * 2
    domain = (IN_DOMAIN + [False] * len(SPORT)) * 2
    options = {"min_df": 1, "calibration_folds": 3, "C": 1.0, "class_weight": None}
    model = pressnlp.topics.TopicModel(adapt=2.0, **options)
    model.fit(texts, labels, in_domain=domain)
    assert type(model.svm_).__name__ == "AdaptedLinearSVC"
    assert model.predict([PROBE])[0] == "lingkungan_energi"
    # without adapt, in_domain is ignored: the plain model, which reads the release as economy
    plain = pressnlp.topics.TopicModel(**options).fit(texts, labels, in_domain=domain)
    unmarked = pressnlp.topics.TopicModel(**options).fit(texts, labels)
    np.testing.assert_array_equal(
        plain.decision_function([PROBE]), unmarked.decision_function([PROBE])
    )
    energy = list(model.classes_).index("lingkungan_energi")
    assert (
        plain.decision_function([PROBE])[0, energy]
        < 0
        < model.decision_function([PROBE])[0, energy]
    )
    model.save(tmp_path / "m")
    again = pressnlp.topics.load(tmp_path / "m")
    np.testing.assert_array_equal(again.label_scores([PROBE]), model.label_scores([PROBE]))
    compiled = pressnlp.topics.load_classifier(tmp_path / "m")
    assert isinstance(compiled, CompiledTopicModel)
    np.testing.assert_allclose(
        compiled.label_scores([PROBE]), model.label_scores([PROBE]), atol=1e-6
    )
