"""The topic corpus of the shared data: texts, mapped labels, weak labels and the fixed split.

Used by ``pressnlp train topics`` (:mod:`pressnlp.training.topics`) and ``pressnlp evaluate
topics`` (:mod:`pressnlp.evaluation.topics`): ``shared/data/topics`` + the Kemenhut releases
in ``shared/data/press``, labels mapped as in ``topics/LABEL_MAPPING.md`` (with the fixes of
:func:`fix_section_label`, where news sections contradict the label definitions), texts run
through :func:`pressnlp.clean`, near-duplicates grouped, a fixed stratified grouped split held
out (see :func:`split`), keyword weak labels added for the thinly covered labels, and the
releases of ``press/aitf-siaran-pers`` whose issuer fixes the domain labelled by issuer
(:data:`ISSUER_TOPICS`, origin ``"issuer"``; they only ever train).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressnlp.cleaning import clean
from pressnlp.training.topic_press import (
    PressGold,
    fix_section_label,
    iter_press_issuer,
    read_jsonl,
)

if TYPE_CHECKING:
    import pandas as pd

SEED = 20240611
TEST_FOLDS = 5  # 1/5 of the labelled rows are held out
GOV = "gov-ministry-news-2025"
WEAK_MAX_PER_CLASS = 150

_NBSP = re.compile(r"[\u00a0\u2000-\u200b\ufeff]")
_SPACE = re.compile(r"\s+")


INDOSUM = {
    "olahraga": "olahraga_pemuda",
    "teknologi": "teknologi_digital",
    "hiburan": "pariwisata_hiburan",
    "showbiz": "pariwisata_hiburan",
}
INDOSUM_SECTIONS = {
    "ekonomi": "ekonomi",
    "uang": "ekonomi",
    "bisnis": "ekonomi",
    "bursa-dan-valas": "ekonomi",
    "politik": "politik_pemerintahan",
    "pilkadaserentak": "politik_pemerintahan",
    "internasional": "internasional",
    "dunia": "internasional",
    "sehat": "kesehatan",
    "health": "kesehatan",
    "teknologi": "teknologi_digital",
    "tekno": "teknologi_digital",
}
IDNEWS = {
    "Bisnis Ekonomi": "ekonomi",
    "Teknologi": "teknologi_digital",
    "Bola": "olahraga_pemuda",
    "Olahraga": "olahraga_pemuda",
    "Travel": "pariwisata_hiburan",
    "Lifestyle": "pariwisata_hiburan",
}
DETIK_ASPECT = {
    "Ekonomi & Keuangan": "ekonomi",
    "Hukum & Kriminalitas": "hukum_keamanan",
    "Politik & Kebijakan Publik": "politik_pemerintahan",
}
# detik-aspect rows found by these query keywords alone contradict the label definitions:
# "mbg" (the free-meal programme, a nutrition programme) is filed under politics, and "banjir"
# (floods) under environment, while relief is `sosial` and reconstruction public works.
ASPECT_QUERY_FIXES: dict[str, str | None] = {"mbg": "kesehatan", "banjir": None}
ASPECT_KEYWORDS = {
    "Pembangunan & Lingkungan": [
        (
            {"Kementerian PUPR", "infrastruktur", "IKN", "transportasi"},
            "infrastruktur_transportasi",
        ),
        (
            {"lingkungan", "tambang", "energi", "polusi", "perubahan iklim"},
            "lingkungan_energi",
        ),
    ],
    "Sosial & Kemasyarakatan": [
        ({"pendidikan", "PPDB", "mahasiswa"}, "pendidikan_kebudayaan"),
        ({"kesehatan", "BPJS"}, "kesehatan"),
        ({"bansos", "kemiskinan", "Kemensos", "demo", "HAM"}, "sosial"),
    ],
}


def _aspect_label(row: dict[str, Any]) -> str | None:
    keywords = row.get("query_keywords") or []
    if keywords and all(k in ASPECT_QUERY_FIXES for k in keywords):
        return ASPECT_QUERY_FIXES[keywords[0]]
    label = DETIK_ASPECT.get(row["label"])
    if label:
        return label
    for group, target in ASPECT_KEYWORDS.get(row["label"], []):
        if any(k in group for k in keywords):
            return target
    return None


def iter_corpus(data_dir: Path) -> Iterator[dict[str, Any]]:
    """Every text of the shared topic corpora: ``{id, dataset, source, title, text, label}``.

    ``label`` is the mapped target label, or ``None`` where LABEL_MAPPING.md says "—".
    """
    topics = data_dir / "topics"
    for r in read_jsonl(topics / "indosum-dev" / "articles.jsonl"):
        label = INDOSUM.get(r["label"])
        section = r.get("url_section") or ""
        if r["label"] == "tajuk utama":
            label = INDOSUM_SECTIONS.get(section)
        elif section in {"sehat", "health"}:
            # Health pages filed under IndoSum "hiburan": LABEL_MAPPING.md counts merdeka/sehat
            # (25) and suara/health (7) for kesehatan, i.e. the section wins over the category.
            label = "kesehatan"
        yield {
            "id": f"indosum-{r['id']}",
            "dataset": "indosum-dev",
            "source": r["source"],
            "title": None,
            "text": r["text"],
            "label": label,
        }
    for r in read_jsonl(topics / "idnewscorpus-2015" / "articles.jsonl"):
        yield {
            "id": f"idnews15-{r['id']}",
            "dataset": "idnewscorpus-2015",
            "source": r["source"],
            "title": r.get("title"),
            "text": r["text"],
            "label": IDNEWS.get(r["label"]),
        }
    for r in read_jsonl(topics / "detik-aspect-2025" / "articles.jsonl"):
        yield {
            "id": f"aspect-{r['id']}",
            "dataset": "detik-aspect-2025",
            "source": "detik",
            "title": r.get("title"),
            "text": r["text"],
            "label": _aspect_label(r),
        }
    for name in ("detik-categories-2025", "indonews-sections-2025", GOV, "tempo-2016-3cat"):
        for r in read_jsonl(topics / name / "articles.jsonl"):
            source = r.get("site") or r.get("source_label") or name
            yield {
                "id": r["id"],
                "dataset": name,
                "source": str(source),
                "title": r.get("title"),
                "text": r["text"],
                "label": r.get("topic"),
                "section": r.get("source_label"),
            }
    kemenhut = data_dir / "press" / "kemenhut-cms-2025"
    if (kemenhut / "index.jsonl").is_file():
        for r in read_jsonl(kemenhut / "index.jsonl"):
            # Forestry/conservation releases: lingkungan_energi as suggested in LABEL_MAPPING.md.
            text = (kemenhut / r["file"]).read_text(encoding="utf-8")
            yield {
                "id": r["doc_id"],
                "dataset": "kemenhut-cms-2025",
                "source": "kemenhut",
                "title": r.get("title"),
                "text": text,
                "label": "lingkungan_energi",
            }


# Weak labels for thinly covered labels: keyword hits in title + head of unmapped news.
WEAK_RULES: dict[str, dict[str, float]] = {
    "infrastruktur_transportasi": {
        "jalan tol": 3,
        "tol": 1,
        "jembatan": 2,
        "bendungan": 2,
        "pelabuhan": 2,
        "bandara": 2,
        "kereta": 2,
        "krl": 2,
        "lrt": 2,
        "mrt": 2,
        "transjakarta": 2,
        "angkutan": 1.5,
        "transportasi": 2,
        "infrastruktur": 2,
        "pupr": 3,
        "pekerjaan umum": 3,
        "kemenhub": 3,
        "perhubungan": 2,
        "ibu kota nusantara": 3,
        "ikn": 2,
        "irigasi": 2,
        "perumahan": 1.5,
        "rumah subsidi": 2,
        "penerbangan": 1.5,
        "stasiun": 1.5,
        "terminal": 1,
        "jalan nasional": 2,
        "konstruksi": 1,
        "proyek strategis": 2,
    },
    "lingkungan_energi": {
        "lingkungan hidup": 3,
        "sampah": 2,
        "polusi": 2,
        "pencemaran": 2,
        "emisi": 2,
        "perubahan iklim": 3,
        "iklim": 1,
        "energi": 2,
        "listrik": 1.5,
        "pln": 2,
        "esdm": 3,
        "tambang": 2,
        "pertambangan": 2,
        "batu bara": 2,
        "nikel": 2,
        "migas": 2,
        "energi terbarukan": 3,
        "panas bumi": 2,
        "hutan": 2,
        "kehutanan": 3,
        "deforestasi": 3,
        "karhutla": 3,
        "kebakaran hutan": 3,
        "konservasi": 2,
        "satwa": 1.5,
        "mangrove": 2,
        "limbah": 2,
        "kualitas udara": 2,
        "banjir": 1.5,
        "gas bumi": 2,
        "bbm": 1,
    },
}
# Public administration and government-to-government cooperation are in the label definitions
# but barely in the mapped data (party politics and foreign news sections dominate; no Kemlu
# material at all), while press releases are full of them.
WEAK_RULES["politik_pemerintahan"] = {
    "aparatur sipil negara": 3,
    "asn": 2,
    "reformasi birokrasi": 3,
    "birokrasi": 2,
    "pelayanan publik": 2,
    "kemenpan": 3,
    "menpan": 3,
    "kemendagri": 2,
    "sekretariat negara": 3,
    "kemensetneg": 3,
    "sekretariat kabinet": 3,
    "tata kelola pemerintahan": 3,
    "pemerintahan": 1.5,
    "peraturan presiden": 2,
    "perpres": 2,
    "peraturan pemerintah": 2,
    "keterbukaan informasi": 2,
    "informasi publik": 2,
    "pegawai negeri": 2,
    "pns": 2,
    "otonomi daerah": 2,
    "kepala daerah": 1.5,
}
WEAK_RULES["internasional"] = {
    "kerja sama bilateral": 3,
    "bilateral": 2,
    "multilateral": 2,
    "duta besar": 3,
    "dubes": 3,
    "kedutaan": 3,
    "kemlu": 3,
    "menteri luar negeri": 3,
    "menlu": 3,
    "diplomasi": 2,
    "diplomatik": 2,
    "delegasi": 1.5,
    "asean": 2,
    "pbb": 2,
    "kunjungan kenegaraan": 3,
    "negara sahabat": 2,
    "hubungan luar negeri": 3,
    "luar negeri": 1,
    "kerja sama internasional": 3,
}
WEAK_MIN_SCORE = 7.0


def weak_label(title: str | None, text: str) -> tuple[str | None, float]:
    """Keyword weak label for labels the mapped data covers thinly (``(None, 0)`` when no rule is confident).

    Hits in the title count triple; a label needs a score of :data:`WEAK_MIN_SCORE`, at
    least three distinct keywords and twice the score of the other rule.

    >>> weak_label("Tol Trans Jawa", "Kementerian PUPR meresmikan jalan tol dan jembatan baru.")[0]
    'infrastruktur_transportasi'
    """
    head = f" {(text or '')[:1500].lower()} "
    head_title = f" {title.lower() if isinstance(title, str) else ''} "
    results: dict[str, tuple[float, int]] = {}
    for label, rules in WEAK_RULES.items():
        score, distinct = 0.0, 0
        for kw, weight in rules.items():
            pattern = rf"\b{re.escape(kw)}\b"
            n = len(re.findall(pattern, head)) + 3 * len(re.findall(pattern, head_title))
            if n:
                distinct += 1
                score += weight * min(n, 4)
        results[label] = (score, distinct)
    (best, (s1, d1)), (_, (s2, _)) = sorted(results.items(), key=lambda kv: -kv[1][0])[:2]
    if s1 >= WEAK_MIN_SCORE and d1 >= 3 and s1 >= 2 * s2:
        return best, s1
    return None, 0.0


# Sections that LABEL_MAPPING.md leaves out of the 12 policy labels on purpose (devotional
# columns, car and home-decor channels): a measurable out-of-domain set.
OUT_OF_DOMAIN_SECTIONS = frozenset(
    {
        "oto",
        "properti",
        "liputan6/islami",
        "liputan6/otomotif",
        "okezone/otomotif",
        "sindonews/Mobil",
        "kompas/otomotif",
        "detik/oto",
    }
)


def out_of_domain_texts(data_dir: Path) -> list[str]:
    """Cleaned bodies of the unmapped out-of-domain sections (see :data:`OUT_OF_DOMAIN_SECTIONS`)."""
    return [
        clean(r["text"]).body
        for r in iter_corpus(data_dir)
        if r["label"] is None and r.get("section") in OUT_OF_DOMAIN_SECTIONS
    ]


def _norm_for_dedup(text: str) -> str:
    return _SPACE.sub(" ", _NBSP.sub(" ", text)).strip().lower()


def load_corpus(
    data_dir: Path, *, weak: bool = True, exclude_ids: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """The labelled corpus as a DataFrame with near-duplicate ``group`` ids.

    Columns: ``id, dataset, source, title, text`` (cleaned body), ``label`` (mapped),
    ``origin`` (``"mapped"``, ``"weak"``, ``"issuer"`` or ``None`` for unusable rows), ``group``.
    Rows are de-duplicated (exact duplicates of the cleaned text keep their first copy).
    Issuer-labelled press releases (:func:`iter_press_issuer`) whose id is in ``exclude_ids``
    (the hand-labelled press set) are left out.
    """
    import pandas as pd

    rows = list(iter_corpus(data_dir))
    for row in rows:
        if row["dataset"] != GOV:
            row["label"] = fix_section_label(row["label"], row["title"], row["text"])
        row["origin"] = "mapped" if isinstance(row["label"], str) else None
    for row in iter_press_issuer(data_dir):
        if row["id"] not in exclude_ids:
            rows.append({**row, "origin": "issuer"})
    df = pd.DataFrame(rows)
    df["text"] = [clean(t).body for t in df["text"]]
    df = df[df["text"].str.len() >= 200].copy()
    df["norm"] = [_norm_for_dedup(t) for t in df["text"]]
    # Exact duplicates: keep the first labelled copy.
    df["_has_label"] = df["label"].notna()
    df = df.sort_values("_has_label", ascending=False, kind="stable").drop_duplicates("norm")
    df = df.sort_index().drop(columns="_has_label")
    if weak:
        unl = df["origin"].isna() & (df["dataset"] != "detik-categories-2025")
        for idx in df.index[unl]:
            label, _ = weak_label(df.at[idx, "title"], df.at[idx, "text"])
            if label:
                df.at[idx, "label"] = label
                df.at[idx, "origin"] = "weak"
        # Cap per label: highest keyword scores are not kept preferentially on purpose
        # (random sample) so the weak rows stay varied.
        weak_rows = df[df["origin"] == "weak"]
        keep = weak_rows.groupby("label", group_keys=False).apply(
            lambda g: g.sample(min(len(g), WEAK_MAX_PER_CLASS), random_state=SEED)
        )
        drop = weak_rows.index.difference(keep.index)
        df.loc[drop, ["label", "origin"]] = None
    df["group"] = near_duplicate_groups(df["norm"].tolist())
    df = df[df["origin"].notna()].drop(columns="norm").reset_index(drop=True)
    return df


def near_duplicate_groups(texts: list[str], *, threshold: float = 0.5) -> list[int]:
    """Group ids: texts sharing many word 5-gram shingles (cosine >= ``threshold``) share a group."""
    from sklearn.feature_extraction.text import HashingVectorizer

    vec = HashingVectorizer(
        analyzer="word",
        ngram_range=(5, 5),
        n_features=2**22,
        binary=True,
        norm="l2",
        alternate_sign=False,
    )
    X = vec.transform(texts).tocsr()
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    XT = X.T.tocsc()
    for start in range(0, X.shape[0], 2000):
        sim = (X[start : start + 2000] @ XT).tocoo()
        mask = (sim.data >= threshold) & (sim.row + start < sim.col)
        for r, c in zip(sim.row[mask] + start, sim.col[mask], strict=True):
            ra, rb = find(int(r)), find(int(c))
            if ra != rb:
                parent[rb] = ra
    roots = [find(i) for i in range(len(texts))]
    remap: dict[int, int] = {}
    return [remap.setdefault(r, len(remap)) for r in roots]


def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fixed held-out split: ``(train, test)``.

    Mapped rows are split with ``StratifiedGroupKFold`` (5 folds, seed 20240611, fold 0 held
    out), stratified by label and, for the real ministry releases, by label + "gov" so that set
    keeps its own ~20 % share; groups (near-duplicates) never straddle the split. Weak-labelled
    rows only ever train (and are dropped if their group is in the test part).
    """
    from sklearn.model_selection import StratifiedGroupKFold

    mapped = df[df["origin"] == "mapped"]
    strata = mapped["label"] + mapped["dataset"].map(lambda d: "|gov" if d == GOV else "")
    cv = StratifiedGroupKFold(n_splits=TEST_FOLDS, shuffle=True, random_state=SEED)
    _, test_idx = next(cv.split(mapped, strata, groups=mapped["group"]))
    test = mapped.iloc[test_idx]
    test_groups = set(test["group"])
    train = df[~df["group"].isin(test_groups)]
    return train.reset_index(drop=True), test.reset_index(drop=True)


def split_excluding(
    df: pd.DataFrame, exclude_ids: frozenset[str] | set[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`split`, with the rows whose id is in ``exclude_ids`` (hand-labelled press
    releases) left out of the train part; the test part is the same with or without them."""
    train, test = split(df)
    return train[~train["id"].isin(exclude_ids)], test


PRESS_TRAIN = "press-topics-train"
"""``dataset`` of the hand-labelled press releases trained on (origin ``"gold"``)."""


def press_train_rows(gold: PressGold) -> pd.DataFrame:
    """The hand-labelled press releases to train on as corpus rows (origin ``"gold"``, one
    row per release with its primary label)."""
    import pandas as pd

    return pd.DataFrame(
        {
            "id": gold.ids,
            "dataset": PRESS_TRAIN,
            "source": [r["issuer"] for r in gold.rows],
            "title": gold.titles,  # the headline head is fitted on them (topics.headline_rows)
            "text": gold.texts,
            "label": gold.labels,
            "origin": "gold",
        }
    )


def cap_per_class(df: pd.DataFrame, cap: int | None) -> pd.DataFrame:
    """At most ``cap`` rows per label (random, seeded); press (gov-ministry, Kemenhut,
    issuer-labelled) and weak rows always kept."""
    if cap is None:
        return df
    keep_always = df[
        (df["dataset"] == GOV)
        | df["origin"].isin(["weak", "issuer"])
        | (df["dataset"] == "kemenhut-cms-2025")
    ]
    rest = df.drop(keep_always.index)
    parts = [keep_always]
    for _, g in rest.groupby("label"):
        room = max(cap - int((keep_always["label"] == g["label"].iloc[0]).sum()), 0)
        parts.append(g.sample(min(len(g), room), random_state=SEED))
    import pandas as pd

    return pd.concat(parts).sort_index()


def digest(df: pd.DataFrame) -> str:
    """SHA-256 over (id, label, text) of the rows, order-independent."""
    h = hashlib.sha256()
    for key in sorted(
        f"{i}\t{lab}\t{hashlib.sha256(t.encode()).hexdigest()}"
        for i, lab, t in zip(df["id"], df["label"], df["text"], strict=True)
    ):
        h.update(key.encode())
        h.update(b"\n")
    return h.hexdigest()
