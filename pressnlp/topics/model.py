"""The topic estimator (scikit-learn): :class:`TopicModel`, :func:`train`, :func:`load`.

Imported lazily through :mod:`pressnlp.topics`; this module pulls in scikit-learn and skops.
Its fast transform of fitted vectorizers is :mod:`pressnlp.topics.fast`.

Recipe: texts are normalised (news-site artefacts removed, optionally stemmed, lowercased;
optionally the lead counted twice), then word 1-2-gram and character 3-5-gram TF-IDF (and
optionally word n-grams of the unstemmed text) feed a class-weighted linear SVM whose
per-label decision values get Platt scaling on out-of-fold decisions. ``Topic.scores`` are
those probabilities (``scores="ovr"``) or their softmax shares (``"softmax"``, temperature
fitted with ``fit(..., calibrate_on=)``) times a *domain fit* in 0..1
(:mod:`pressnlp.topics.domain`), so a text none of the labels covers (a recipe) gets low
scores instead of a confident winner; the factor never changes which label wins.

>>> model = train(["Harga saham naik tajam", "Timnas menang telak"] * 6,
...               ["ekonomi", "olahraga"] * 6, min_df=1)
>>> model.predict(["Saham perbankan naik"])[0]
'ekonomi'
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import inspect
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from pressnlp.topics.adapt import AdaptedLinearSVC, domain_flags
from pressnlp.topics.bands import LengthBands
from pressnlp.topics.fast import fast_transform
from pressnlp.topics.files import META_FILE, MODEL_FILE, library_versions
from pressnlp.topics.headlines import HeadlineHead
from pressnlp.topics.nbsvm import NBLinearSVC
from pressnlp.topics.runtime import (
    SCORE_KINDS,
    TOKEN_PATTERN,
    label_scores_from_logits,
    topics_for,
)
from pressnlp.topics.scaling import TopScaling
from pressnlp.topics.sublabels import SubLabelLinearSVC, sub_codes
from pressnlp.topics.text import as_texts, preprocess_both
from pressnlp.topics.types import Topic

__all__ = ["FORMAT", "TRUSTED_TYPES", "TopicModel", "load", "train"]

FORMAT = "pressnlp-topics/1"


class TopicModel(HeadlineHead, LengthBands, TopScaling, ClassifierMixin, BaseEstimator):
    """Text classifier: TF-IDF (words + characters) -> linear SVM -> Platt-calibrated scores
    scaled by a domain-fit factor (see the module docstring).

    A scikit-learn estimator on raw texts (``fit(texts, labels)``, ``predict``,
    ``predict_proba``, ``classes_``; works with ``clone``, ``Pipeline`` and ``GridSearchCV``).
    :meth:`classify` adds the documented neutral result and returns :class:`Topic`.

    Args:
        stem: stem texts with :func:`pressnlp.stem` before vectorising.
        max_chars: only the first ``max_chars`` characters of a text are used.
        lead_chars: the first ``lead_chars`` characters count twice (a release's subject is
            in its lead); 0: no lead weighting.
        word_ngram_range, char_ngram_range: n-gram sizes of the two TF-IDF blocks.
        max_word_features, max_char_features: vocabulary caps (bound model size and speed).
        unstemmed_ngram_range: n-gram sizes of a third block, word n-grams of the *unstemmed*
            text (next to the stemmed word block, with ``stem``: inflected forms such as
            "pembangunan" vs "bangun" keep what stemming merges); ``None``: no such block.
        max_unstemmed_features: vocabulary cap of that block.
        char_weight, unstemmed_weight: factors on the character and unstemmed word blocks'
            (l2-normalised) TF-IDF vectors, the stemmed word block's being 1.
        min_df: minimum document frequency of a feature.
        C: inverse regularisation strength of the SVM.
        class_weight: ``"balanced"`` up-weights thin labels; ``None`` to disable.
        calibration_folds: folds for the out-of-fold decision values used by Platt scaling
            (lowered automatically to the size of the thinnest label, minimum 2).
        min_words: texts with fewer words get the neutral result in :meth:`classify`.
        random_state: seed of the calibration folds.
        scores: ``"ovr"``: each label's own Platt probability; ``"softmax"``: the softmax
            shares of the labels' Platt logits (a text's scores sum to its domain fit).
        nb_alpha: ``None``: a plain linear SVM; a number: NB-SVM with this count smoothing
            (features scaled per label by naive-Bayes log-count ratios, :mod:`.nbsvm`).
        adapt: 0: off; a number: the weight of an in-domain copy of every feature, for the
            rows ``fit(..., in_domain=)`` marks (domain adaptation, :mod:`.adapt`).
        short_words: word-count limits of length bands (e.g. ``(20, 60)``): a text of a band
            gets its domain fit against the training texts cut to that band's length (a
            headline is not out of domain for being short, :mod:`.domain`) and, after
            :meth:`fit_headlines`, the first band's texts their labels from a headline head.
        short_quantile: a short text fits 1 when it is as close to a label's centroid as this
            quantile of the label's cut training texts (full texts: the 10th percentile; the
            median for short ones, whose similarities spread much wider).
        band_temperature: with ``short_words``, ``scores="softmax"`` and ``calibrate_on``, also
            fit each band's own temperature on the calibration texts cut to its length.

    >>> m = TopicModel(min_df=1).fit(["pajak naik", "gol indah", "pajak turun", "gol bunuh diri"] * 3,
    ...                              ["ekonomi", "olahraga"] * 6)
    >>> list(m.classes_)
    ['ekonomi', 'olahraga']
    """

    def __init__(
        self,
        *,
        stem: bool = False,
        max_chars: int | None = 6000,
        lead_chars: int = 0,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (3, 5),
        max_word_features: int | None = 20000,
        max_char_features: int | None = 20000,
        unstemmed_ngram_range: tuple[int, int] | None = None,
        max_unstemmed_features: int | None = 20000,
        char_weight: float = 1.0,
        unstemmed_weight: float = 1.0,
        min_df: int = 2,
        C: float = 1.0,
        class_weight: str | None = "balanced",
        calibration_folds: int = 5,
        min_words: int = 3,
        random_state: int = 0,
        scores: str = "ovr",
        nb_alpha: float | None = None,
        adapt: float = 0.0,
        short_words: tuple[int, ...] = (),
        band_temperature: bool = False,
        short_quantile: float = 0.5,
    ) -> None:
        self.stem = stem
        self.max_chars = max_chars
        self.lead_chars = lead_chars
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.max_word_features = max_word_features
        self.max_char_features = max_char_features
        self.unstemmed_ngram_range = unstemmed_ngram_range
        self.max_unstemmed_features = max_unstemmed_features
        self.char_weight = char_weight
        self.unstemmed_weight = unstemmed_weight
        self.min_df = min_df
        self.C = C
        self.class_weight = class_weight
        self.calibration_folds = calibration_folds
        self.min_words = min_words
        self.random_state = random_state
        self.scores = scores
        self.nb_alpha = nb_alpha
        self.adapt = adapt
        self.short_words = short_words
        self.band_temperature = band_temperature
        self.short_quantile = short_quantile

    def _features(self) -> ColumnTransformer:
        from sklearn.feature_extraction.text import TfidfVectorizer

        common: dict[str, Any] = {"sublinear_tf": True, "min_df": self.min_df, "dtype": np.float32}

        def words(ngram_range: Any, max_features: int | None) -> Any:
            return TfidfVectorizer(
                analyzer="word",
                ngram_range=tuple(ngram_range),
                max_df=0.5,
                max_features=max_features,
                token_pattern=TOKEN_PATTERN,
                **common,
            )

        word = words(self.word_ngram_range, self.max_word_features)
        char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.char_ngram_range),
            max_df=0.8,
            max_features=self.max_char_features,
            **common,
        )
        # column 0: text for word n-grams (stemmed when `stem`), column 1: unstemmed text for
        # character n-grams, which see affixes on their own and lose information to stemming
        blocks: list[tuple[str, Any, int]] = [("word", word, 0), ("char", char, 1)]
        if self.unstemmed_ngram_range is not None:
            # after the others: the domain fit reads the word block as the first columns
            unstemmed = words(self.unstemmed_ngram_range, self.max_unstemmed_features)
            blocks.append(("unstemmed", unstemmed, 1))
        weights = self.block_weights()
        return ColumnTransformer(
            blocks,
            sparse_threshold=1.0,
            transformer_weights=None if set(weights.values()) == {1.0} else weights,
        )

    def block_weights(self) -> dict[str, float]:
        """The factor on each feature block's vectors (the stemmed word block's is 1)."""
        weights = {"word": 1.0, "char": float(self.char_weight)}
        if self.unstemmed_ngram_range is not None:
            weights["unstemmed"] = float(self.unstemmed_weight)
        return weights

    def _prep(self, texts: Iterable[str]) -> np.ndarray:
        stem, max_chars, lead = self.stem, self.max_chars, self.lead_chars
        rows = [preprocess_both(t, stem=stem, max_chars=max_chars, lead_chars=lead) for t in texts]
        # (stemmed, plain) per text; reshape keeps two columns for no texts
        return np.array(rows, dtype=object).reshape(len(rows), 2)

    def fit(
        self,
        X: Any,
        y: Any,
        sample_weight: Any = None,
        *,
        calibrate_on: Any = None,
        in_domain: Any = None,
        sub_labels: Any = None,
    ) -> TopicModel:
        """Fit on raw texts ``X`` and their labels ``y`` (``sample_weight``: optional weight of
        each text, e.g. to let a few in-domain texts count more than many others).

        ``calibrate_on``: optional mask of the texts (e.g. hand-labelled press releases) on
        whose out-of-fold decision values the best label's score is then calibrated
        (:meth:`scale_top`; see :mod:`pressnlp.topics.calibration`), so no held-out text is
        needed for it. ``in_domain``: mask of the in-domain texts (e.g. press releases among
        news articles), required with ``adapt``, ignored without. ``sub_labels``: optional
        finer label of each text within its label (``""``/``None``: none), for labels learnt
        from two kinds of text (:mod:`.sublabels`); the model still predicts the labels."""
        if self.scores not in SCORE_KINDS:
            raise ValueError(f"scores must be one of {SCORE_KINDS} (got {self.scores!r})")
        texts = as_texts(X)
        labels = np.asarray(
            [str(v) for v in (y.to_numpy() if hasattr(y, "to_numpy") else y)], dtype=object
        )
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        classes, counts = np.unique(labels, return_counts=True)
        if len(classes) < 2:
            raise ValueError("need at least two different labels to train a topic model")
        if counts.min() < 2:
            thin = [str(c) for c, n in zip(classes, counts, strict=True) if n < 2]
            raise ValueError(f"every label needs at least 2 examples; too few for {thin}")
        prepped = self._prep(texts)
        features = self._features()
        Xv = features.fit_transform(prepped)
        for _, vec, _ in features.transformers_:
            # stop_words_ holds every pruned term: large and only useful for introspection.
            if hasattr(vec, "stop_words_"):
                del vec.stop_words_
        y_idx = np.searchsorted(classes, labels)
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if weights is not None and weights.shape != (len(labels),):
            raise ValueError(f"{len(labels)} texts but sample_weight has shape {weights.shape}")
        domain = domain_flags(in_domain, len(labels)) if self.adapt else None
        sub = sub_codes(sub_labels, len(labels))
        self.features_ = features
        self.headline_svm_: Any = None  # a head fitted before is stale (fit_headlines)
        self.svm_ = self._fit_svm(Xv, y_idx, weights, domain, sub)
        self.classes_ = classes
        # every text cut to each length band's middle length (none without short_words)
        cuts = [self._transform(c) for c in self._cut_forms(prepped)]
        self.calibration_, oof, cut_oof = self._calibrate(
            Xv, y_idx, int(counts.min()), weights, domain, cuts, sub
        )
        # kept for the caller (training: pressnlp.training.topic_noise), never saved
        self.oof_decision_ = oof
        self._fit_domain(Xv, y_idx, cuts)
        self.band_scaling_ = np.ones(len(cuts) + 1)
        if calibrate_on is not None:
            mask = np.asarray(calibrate_on, dtype=bool)
            self.scale_top(*self._oof_scaling(Xv, y_idx, oof, mask, prepped, self.calibration_))
            if self.scores == "softmax" and self.band_temperature:
                self._fit_band_scaling(cut_oof, y_idx, mask)
        return self

    def _transform(self, prepped: np.ndarray) -> Any:
        """``features_.transform(prepped)``, with the fast paths of :mod:`.fast`."""
        return fast_transform(self.features_, prepped)

    def _svm(self, sub: bool = False) -> Any:
        options: dict[str, Any] = {
            "C": self.C,
            "class_weight": self.class_weight,
            "random_state": self.random_state,
        }
        if self.adapt and self.nb_alpha is not None:
            raise ValueError("adapt and nb_alpha cannot be combined")
        if sub and (self.adapt or self.nb_alpha is not None):
            raise ValueError("sub_labels cannot be combined with adapt or nb_alpha")
        if sub:
            return SubLabelLinearSVC(**options)
        if self.adapt:
            return AdaptedLinearSVC(copy_weight=self.adapt, **options)
        if self.nb_alpha is None:
            return LinearSVC(**options)
        return NBLinearSVC(alpha=self.nb_alpha, **options)

    def _fit_svm(
        self,
        Xv: Any,
        y_idx: np.ndarray,
        weights: np.ndarray | None,
        domain: np.ndarray | None,
        sub: np.ndarray | None = None,
    ) -> Any:
        extra: dict[str, Any] = {} if domain is None else {"in_domain": domain}
        has_sub = sub is not None and bool(sub.any())
        if has_sub:
            extra["sub"] = sub
        return self._svm(has_sub).fit(Xv, y_idx, sample_weight=weights, **extra)

    def _calibrate(
        self,
        Xv: Any,
        y_idx: np.ndarray,
        thinnest: int,
        weights: np.ndarray | None = None,
        domain: np.ndarray | None = None,
        cuts: list[Any] | None = None,
        sub: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Platt scaling per label on out-of-fold decision values: ``(params, oof, cut_oof)``,
        params an array of (slope, intercept) per label, oof the out-of-fold decision values,
        cut_oof those of the texts cut to each length band (``cuts``, rows as in ``Xv``)."""
        n_classes = len(self.classes_)
        folds = max(2, min(self.calibration_folds, thinnest))
        oof = np.zeros((Xv.shape[0], n_classes if n_classes > 2 else 1))
        cut_oof = [np.zeros_like(oof) for _ in cuts or []]
        for train_idx, test_idx in self._calibration_splits(Xv, y_idx, folds):
            w = None if weights is None else weights[train_idx]
            d = None if domain is None else domain[train_idx]
            s = None if sub is None else sub[train_idx]
            svm = self._fit_svm(Xv[train_idx], y_idx[train_idx], w, d, s)
            dec = svm.decision_function(Xv[test_idx])
            oof[test_idx] = dec.reshape(len(test_idx), -1)
            for out, Xc in zip(cut_oof, cuts or [], strict=True):
                out[test_idx] = svm.decision_function(Xc[test_idx]).reshape(len(test_idx), -1)
        params = np.zeros((n_classes, 2))
        for k in range(n_classes):
            column = oof[:, k] if n_classes > 2 else (oof[:, 0] if k == 1 else -oof[:, 0])
            target = (y_idx == k).astype(int)
            lr = LogisticRegression(C=1e4).fit(column.reshape(-1, 1), target, sample_weight=weights)
            params[k] = (lr.coef_[0, 0], lr.intercept_[0])
        return params, oof, cut_oof

    def _calibration_splits(self, Xv: Any, y_idx: np.ndarray, folds: int) -> Iterator[Any]:
        """The calibration's folds: stratified by label, shuffled with ``random_state``."""
        cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        return iter(cv.split(Xv, y_idx))

    def _check_fitted(self) -> None:
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, ["svm_", "features_", "calibration_", "domain_reference_"])

    def decision_function(self, X: Any) -> np.ndarray:
        """Raw SVM decision values, shape ``(n_texts, n_classes)`` (of the full-text SVM)."""
        self._check_fitted()
        return self._decision(self._transform(self._prep(as_texts(X))))

    def _decision(self, Xv: Any, svm: Any = None) -> np.ndarray:
        dec = (self.svm_ if svm is None else svm).decision_function(Xv)
        if dec.ndim == 1:  # binary: sklearn returns the positive class only
            dec = np.column_stack([-dec, dec])
        return np.asarray(dec)

    def _decision_and_fit_prepped(self, prepped: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        self._check_fitted()
        Xv = self._transform(prepped)
        return self._decision(Xv), self._domain_fit(Xv, self._bands(prepped))

    def decision_and_fit(self, X: Any) -> tuple[np.ndarray, np.ndarray]:
        """``(decision, domain_fit)``: the SVM decision values (rows = texts) and each text's
        :meth:`domain_fit`, from one pass over the texts. :meth:`logits_from_decision` and
        :meth:`scores_from_logits` turn them into scores, also after :meth:`scale_top`."""
        return self._decision_and_fit_prepped(self._prep(as_texts(X)))

    def logits_from_decision(self, decision: np.ndarray) -> np.ndarray:
        """Every label's Platt logit (with the current calibration) of decision values."""
        return np.asarray(decision * self.calibration_[:, 0] + self.calibration_[:, 1])

    def scores_from_logits(self, logits: np.ndarray, domain_fit: np.ndarray) -> np.ndarray:
        """Label scores (:func:`~pressnlp.topics.runtime.label_scores_from_logits`): the
        domain fit is the same for every label of a text, so rankings do not depend on it."""
        return label_scores_from_logits(logits, domain_fit, self.scores)

    def _scores(self, texts: list[str]) -> np.ndarray:
        self._check_fitted()
        prepped = self._prep(texts)
        Xv = self._transform(prepped)
        bands = self._bands(prepped)  # counted once for the domain fit and the band factor
        logits = self.logits_from_decision(self._decision(Xv))
        logits = logits * self._band_factor(bands, len(prepped))[:, None]
        logits = self._with_headlines(Xv, texts, bands, logits)
        return self.scores_from_logits(logits, self._domain_fit(Xv, bands))

    def label_scores(self, X: Any) -> np.ndarray:
        """Score of each label: calibrated one-vs-rest probability (``scores="ovr"``; rows need
        not sum to 1) or softmax share (``"softmax"``) x :meth:`domain_fit`. Low everywhere
        means the text looks like none of the labels (out of domain).
        """
        return self._scores(as_texts(X))

    def predict_proba(self, X: Any) -> np.ndarray:
        """Label probabilities normalised to sum to 1 (scikit-learn's contract)."""
        scores = self.label_scores(X)
        return scores / np.clip(scores.sum(axis=1, keepdims=True), 1e-12, None)

    def predict(self, X: Any) -> np.ndarray:
        """Best label of each text."""
        return np.asarray(self.classes_[np.argmax(self.label_scores(X), axis=1)])

    def classify(self, text: str) -> Topic:
        """A :class:`Topic` for one text (neutral result for empty/short/non-Indonesian text)."""
        return self.classify_many([text])[0]

    def classify_many(self, texts: Sequence[str]) -> list[Topic]:
        """:class:`Topic` for each text; never raises on odd strings (non-str -> TypeError)."""
        return topics_for(
            texts,
            self._scores,
            self.classes_,
            self.min_words,
        )

    def top_features(self, n: int = 15) -> dict[str, list[str]]:
        """The ``n`` features with the largest positive weight for each label."""
        self._check_fitted()
        from pressnlp.topics.export import top_features

        return top_features(self, n)

    def __getstate__(self) -> dict[str, Any]:
        # skops writes a dict as one node per entry: a 40k-term vocabulary_ made files of
        # 11 MB that took minutes to write. Store each vocabulary as one string array instead.
        state: dict[str, Any] = dict(super().__getstate__())
        state.pop("oof_decision_", None)  # the fit's out-of-fold decisions: not part of the model
        features = state.get("features_")
        if features is not None:
            features = copy.copy(features)
            vocabs: dict[str, np.ndarray] = {}
            fitted = []
            for name, vec, cols in features.transformers_:
                vec = copy.copy(vec)
                vocab = vec.__dict__.pop("vocabulary_", None)
                if vocab is not None:
                    terms = np.empty(len(vocab), dtype=object)
                    for term, idx in vocab.items():
                        terms[idx] = term
                    vocabs[name] = terms.astype(str)
                fitted.append((name, vec, cols))
            features.transformers_ = fitted
            state["features_"] = features
            state["vocabularies_"] = vocabs
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a model saved before an option existed has that option's default (its behaviour then)
        state = {**_PARAM_DEFAULTS, **state}
        vocabs = state.pop("vocabularies_", None)
        super().__setstate__(state)
        if vocabs:
            for name, vec, _ in self.features_.transformers_:
                if name in vocabs:
                    vec.vocabulary_ = {str(t): i for i, t in enumerate(vocabs[name])}

    def save(self, path: str | os.PathLike[str], *, meta: dict[str, Any] | None = None) -> Path:
        """Write ``model.skops`` (no pickle), its ``runtime.npz`` (see
        :mod:`pressnlp.topics.runtime`) and ``meta.json`` into folder ``path``."""
        import sklearn
        import skops.io as sio

        self._check_fitted()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        sio.dump(self, folder / MODEL_FILE, compression=8, compresslevel=9)  # ZIP_DEFLATED
        model_sha256 = hashlib.sha256((folder / MODEL_FILE).read_bytes()).hexdigest()
        self.export_runtime(folder, model_sha256)
        info: dict[str, Any] = {
            "format": FORMAT,
            "labels": [str(c) for c in self.classes_],
            "params": {
                k: list(v) if isinstance(v, tuple) else v for k, v in self.get_params().items()
            },
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "versions": library_versions(),
            "model_sha256": model_sha256,
            "sklearn_version": sklearn.__version__,
        }
        info.update(meta or {})
        (folder / META_FILE).write_text(
            json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return folder

    def export_runtime(self, folder: str | os.PathLike[str], model_sha256: str) -> Path | None:
        """Write the arrays :class:`~pressnlp.topics.runtime.CompiledTopicModel` scores with
        (``runtime.npz``, no pickled objects), stamped with the SHA-256 of the ``model.skops``
        they come from. Models the runtime cannot reproduce (other vectorizer settings, a
        token pattern outside :data:`~pressnlp.topics.runtime.TOKEN_PATTERNS`) get none and
        are scored by the estimator (:mod:`pressnlp.topics.export`)."""
        from pressnlp.topics.export import write_runtime

        self._check_fitted()
        return write_runtime(self, folder, model_sha256)


_PARAM_DEFAULTS = {
    p.name: p.default
    for p in inspect.signature(TopicModel.__init__).parameters.values()
    if p.default is not p.empty
}
TRUSTED_TYPES = (
    f"{__name__}.TopicModel",
    "pressnlp.topics.nbsvm.NBLinearSVC",
    "pressnlp.topics.adapt.AdaptedLinearSVC",
    "pressnlp.topics.sublabels.SubLabelLinearSVC",
)
"""Types outside skops' defaults that a topic model file may contain (checked on load)."""


def load(path: str | os.PathLike[str]) -> TopicModel:
    """Load a model saved with :meth:`TopicModel.save` (folder or its ``model.skops``).

    Only skops' default-trusted types plus :data:`TRUSTED_TYPES` are accepted; a file
    containing anything else raises :class:`ValueError` instead of being loaded.

    >>> import tempfile
    >>> model = train(["pajak naik", "gol indah"] * 4, ["ekonomi", "olahraga"] * 4, min_df=1)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = model.save(tmp)
    ...     loaded = load(tmp)
    >>> list(loaded.classes_), loaded.predict(["gol"])[0]
    (['ekonomi', 'olahraga'], 'olahraga')
    """
    import skops.io as sio

    p = Path(path)
    file = p / MODEL_FILE if p.is_dir() else p
    if not file.is_file():
        raise FileNotFoundError(f"no topic model at {p} (expected a folder with {MODEL_FILE})")
    untrusted = sio.get_untrusted_types(file=file)
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ValueError(f"{file} contains types that are not trusted: {unexpected}")
    model = sio.load(file, trusted=[t for t in untrusted if t in TRUSTED_TYPES])
    if not isinstance(model, TopicModel):
        raise ValueError(f"{file} does not hold a TopicModel (got {type(model).__name__})")
    return model


def train(texts: Any, labels: Any, **options: Any) -> TopicModel:
    """Fit a :class:`TopicModel` on ``texts`` and ``labels`` (``options`` = its parameters).

    >>> m = train(["pajak naik", "gol indah"] * 4, ["ekonomi", "olahraga"] * 4, min_df=1)
    >>> m.predict(["pajak"])[0]
    'ekonomi'
    """
    return TopicModel(**options).fit(texts, labels)
