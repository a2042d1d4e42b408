"""``pressnlp train topics``: rebuild the shipped topic model, or train one on your labels.

Without ``--data FILE`` the default model is rebuilt from the shared corpora
(``shared/data/topics`` + the Kemenhut releases in ``shared/data/press``): labels mapped as in
``topics/LABEL_MAPPING.md``, texts run through :func:`pressnlp.clean`, near-duplicates
grouped, a fixed stratified grouped split held out (see :func:`split`), keyword weak labels
added for the two thinnest labels, and the model, its ``meta.json`` and model card written
to ``models/topics`` (or ``--output``).

With ``--data FILE.{csv,jsonl,parquet}`` a model is trained on the user's own labels::

    pressnlp train topics --data mine.csv --text-col text --label-col label --output my-topics
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressnlp.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd


HELP = "Train the topic classifier (default: rebuild models/topics from the shared corpora)."

SEED = 20240611
TEST_FOLDS = 5  # 1/5 of the labelled rows are held out
GOV = "gov-ministry-news-2025"
DEFAULT_MAX_PER_CLASS = 900  # cap on training rows per label (speed; big labels stay big)
WEAK_MAX_PER_CLASS = 150

# Model options of the shipped recipe (TopicModel parameters).
RECIPE: dict[str, Any] = {
    "max_chars": 6000,
    "word_ngram_range": (1, 2),
    "char_ngram_range": (3, 5),
    "max_word_features": 20000,
    "max_char_features": 20000,
    "min_df": 2,
    "C": 1.0,
    "class_weight": "balanced",
    "calibration_folds": 5,
}

# Fixed texts whose predictions are stored in meta.json: a test compares them with what the
# installed scikit-learn predicts, so a version change that alters predictions is caught.
PROBE_TEXTS: tuple[str, ...] = (
    "Menteri Keuangan menyampaikan realisasi APBN dan penerimaan pajak hingga akhir Oktober "
    "tumbuh positif, sementara defisit anggaran tetap terjaga di bawah tiga persen.",
    "Komisi Pemberantasan Korupsi menetapkan dua tersangka dalam kasus dugaan suap proyek "
    "pengadaan dan menahan keduanya selama dua puluh hari pertama.",
    "Kementerian Kesehatan mengimbau masyarakat segera melengkapi imunisasi anak karena kasus "
    "campak meningkat di sejumlah provinsi.",
    "Timnas Indonesia menang 2-0 atas Vietnam dalam laga kualifikasi Piala Dunia di Stadion "
    "Utama Gelora Bung Karno, Jakarta.",
    "Pemerintah meresmikan jalan tol baru sepanjang 40 kilometer yang menghubungkan dua kota "
    "dan diharapkan memangkas waktu tempuh kendaraan logistik.",
    "Kementerian Kehutanan bersama masyarakat menanam ribuan bibit mangrove untuk memulihkan "
    "ekosistem pesisir dan menekan emisi karbon.",
    "Menteri Luar Negeri bertemu mitranya dari Jepang untuk membahas kerja sama bilateral di "
    "bidang perdagangan dan keamanan kawasan.",
    "Campurkan tepung terigu, gula, dan telur, lalu aduk rata dan panggang adonan selama tiga "
    "puluh menit hingga kue matang keemasan.",
)

_NBSP = re.compile(r"[\u00a0\u2000-\u200b\ufeff]")
_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------------------------------------
# corpus assembly
# ---------------------------------------------------------------------------------------------
def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


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
ASPECT_KEYWORDS = {
    "Pembangunan & Lingkungan": [
        (
            {"Kementerian PUPR", "infrastruktur", "IKN", "transportasi"},
            "infrastruktur_transportasi",
        ),
        (
            {"lingkungan", "tambang", "energi", "polusi", "perubahan iklim", "banjir"},
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
    label = DETIK_ASPECT.get(row["label"])
    if label:
        return label
    keywords = row.get("query_keywords") or []
    for group, target in ASPECT_KEYWORDS.get(row["label"], []):
        if any(k in group for k in keywords):
            return target
    return None


def iter_corpus(data_dir: Path) -> Iterator[dict[str, Any]]:
    """Every text of the shared topic corpora: ``{id, dataset, source, title, text, label}``.

    ``label`` is the mapped target label, or ``None`` where LABEL_MAPPING.md says "—".
    """
    topics = data_dir / "topics"
    for r in _jsonl(topics / "indosum-dev" / "articles.jsonl"):
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
    for r in _jsonl(topics / "idnewscorpus-2015" / "articles.jsonl"):
        yield {
            "id": f"idnews15-{r['id']}",
            "dataset": "idnewscorpus-2015",
            "source": r["source"],
            "title": r.get("title"),
            "text": r["text"],
            "label": IDNEWS.get(r["label"]),
        }
    for r in _jsonl(topics / "detik-aspect-2025" / "articles.jsonl"):
        yield {
            "id": f"aspect-{r['id']}",
            "dataset": "detik-aspect-2025",
            "source": "detik",
            "title": r.get("title"),
            "text": r["text"],
            "label": _aspect_label(r),
        }
    for name in ("detik-categories-2025", "indonews-sections-2025", GOV, "tempo-2016-3cat"):
        for r in _jsonl(topics / name / "articles.jsonl"):
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
        for r in _jsonl(kemenhut / "index.jsonl"):
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
    from pressnlp.cleaning import clean

    return [
        clean(r["text"]).body
        for r in iter_corpus(data_dir)
        if r["label"] is None and r.get("section") in OUT_OF_DOMAIN_SECTIONS
    ]


def _norm_for_dedup(text: str) -> str:
    return _SPACE.sub(" ", _NBSP.sub(" ", text)).strip().lower()


def load_corpus(data_dir: Path, *, weak: bool = True) -> pd.DataFrame:
    """The labelled corpus as a DataFrame with near-duplicate ``group`` ids.

    Columns: ``id, dataset, source, title, text`` (cleaned body), ``label`` (mapped),
    ``origin`` (``"mapped"``, ``"weak"`` or ``None`` for unusable rows), ``group``.
    Rows are de-duplicated (exact duplicates of the cleaned text keep their first copy).
    """
    import pandas as pd

    from pressnlp.cleaning import clean

    rows = list(iter_corpus(data_dir))
    df = pd.DataFrame(rows)
    df["text"] = [clean(t).body for t in df["text"]]
    df = df[df["text"].str.len() >= 200].copy()
    df["norm"] = [_norm_for_dedup(t) for t in df["text"]]
    # Exact duplicates: keep the first labelled copy.
    df["_has_label"] = df["label"].notna()
    df = df.sort_values("_has_label", ascending=False, kind="stable").drop_duplicates("norm")
    df = df.sort_index().drop(columns="_has_label")
    df["origin"] = df["label"].map(lambda x: "mapped" if isinstance(x, str) else None)
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


def cap_per_class(df: pd.DataFrame, cap: int | None) -> pd.DataFrame:
    """At most ``cap`` rows per label (random, seeded), gov-ministry and weak rows always kept."""
    if cap is None:
        return df
    keep_always = df[
        (df["dataset"] == GOV) | (df["origin"] == "weak") | (df["dataset"] == "kemenhut-cms-2025")
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


def stemmer_available() -> bool:
    """Whether :func:`pressnlp.stem` is implemented (the stemming stage lands separately)."""
    from pressnlp.stemming import stem

    try:
        stem("Kementerian menyampaikan")
    except NotImplementedError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# user data
# ---------------------------------------------------------------------------------------------
def read_table(path: Path) -> pd.DataFrame:
    """A CSV, JSON-lines or Parquet file as a DataFrame."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path)
    if suffix in {".jsonl", ".ndjson"}:
        return pd.read_json(path, lines=True)
    if suffix in {".parquet", ".pq"}:
        return pd.read_parquet(path)
    raise UsageError(f"{path}: unsupported format {suffix!r} (use .csv, .jsonl or .parquet)")


def user_texts_labels(args: argparse.Namespace) -> tuple[list[str], list[str], int]:
    """Texts and labels from ``--data``; rows without text or label are skipped and counted."""
    df = read_table(Path(args.data))
    missing = [c for c in (args.text_col, args.label_col) if c not in df.columns]
    if missing:
        raise UsageError(f"{args.data}: no column(s) {missing}; columns are {list(df.columns)}")
    ok = df[args.text_col].notna() & df[args.label_col].notna()
    ok &= df[args.text_col].astype(str).str.strip().astype(bool)
    ok &= df[args.label_col].astype(str).str.strip().astype(bool)
    texts = df.loc[ok, args.text_col].astype(str).tolist()
    labels = df.loc[ok, args.label_col].astype(str).str.strip().tolist()
    if not args.no_clean:
        from pressnlp.cleaning import clean

        texts = [clean(t).body for t in texts]
    return texts, labels, int((~ok).sum())


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="FILE_OR_DIR",
        help="user data (.csv/.jsonl/.parquet) to train on; a folder = the shared "
        "corpora (default: ../shared/data or $PRESSNLP_DATA)",
    )
    parser.add_argument(
        "--text-col", default="text", help="text column of --data FILE (default: text)"
    )
    parser.add_argument(
        "--label-col", default="label", help="label column of --data FILE (default: label)"
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="DIR",
        help="folder to write the model to (default for the shipped model: models/topics)",
    )
    parser.add_argument(
        "--no-stem", action="store_true", help="do not stem (default: stem if available)"
    )
    parser.add_argument("--no-clean", action="store_true", help="user data: skip pressnlp.clean()")
    parser.add_argument(
        "--max-per-class",
        type=int,
        default=DEFAULT_MAX_PER_CLASS,
        help=f"shipped model: cap on training rows per label (default {DEFAULT_MAX_PER_CLASS})",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print only errors")


def validate(args: argparse.Namespace) -> None:
    if args.data is not None and Path(args.data).is_file():
        if args.output is None:
            raise UsageError("--output DIR is required when training on your own --data FILE")
        if Path(args.data).suffix.lower() not in {".csv", ".jsonl", ".ndjson", ".parquet", ".pq"}:
            raise UsageError(f"{args.data}: unsupported format (use .csv, .jsonl or .parquet)")
    elif args.data is not None and not Path(args.data).is_dir():
        raise UsageError(f"no such file or folder: {args.data}")


def _log(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if args.data is not None and Path(args.data).is_file():
        return _run_user(args)
    return _run_default(args)


def _run_user(args: argparse.Namespace) -> int:
    from pressnlp._topic_model import TopicModel

    texts, labels, skipped = user_texts_labels(args)
    counts = Counter(labels)
    _log(
        args,
        f"{len(texts)} labelled texts ({skipped} rows without text/label skipped), "
        f"{len(counts)} labels: {dict(counts.most_common())}",
    )
    stem = not args.no_stem and stemmer_available()
    model = TopicModel(stem=stem, min_df=1 if len(texts) < 200 else 2).fit(texts, labels)
    df_digest = hashlib.sha256(
        "\n".join(f"{lab}\t{t}" for t, lab in zip(texts, labels, strict=True)).encode()
    ).hexdigest()
    model.save(
        args.output,
        meta={
            "training_data": {
                "file": Path(args.data).name,
                "rows": len(texts),
                "skipped_rows": skipped,
                "label_counts": dict(counts),
                "sha256": df_digest,
            }
        },
    )
    _log(args, f"saved to {args.output}")
    return 0


def _run_default(args: argparse.Namespace) -> int:
    from pressnlp._topic_model import TopicModel
    from pressnlp.evaluation.topics import out_of_domain_scores, score_split, write_card
    from pressnlp.resources import model_path, shared_data_dir

    data_dir = shared_data_dir(args.data)
    assert data_dir is not None
    t0 = time.time()
    df = load_corpus(data_dir)
    train_df, test_df = split(df)
    fit_df = cap_per_class(train_df, args.max_per_class)
    _log(
        args,
        f"corpus {len(df)} rows ({(df['origin'] == 'weak').sum()} weak); train {len(train_df)} "
        f"(fitting on {len(fit_df)} after the per-label cap), test {len(test_df)} "
        f"[{time.time() - t0:.0f}s]",
    )
    stem = not args.no_stem and stemmer_available()
    if not stem:
        _log(args, "warning: training WITHOUT stemming (pressnlp.stem unavailable or --no-stem)")
    model = TopicModel(stem=stem, **RECIPE).fit(fit_df["text"], fit_df["label"])
    _log(args, f"fitted [{time.time() - t0:.0f}s]")
    scores = score_split(model, test_df)
    scores["out_of_domain"] = out_of_domain_scores(model, test_df, out_of_domain_texts(data_dir))
    _log(
        args,
        f"held-out macro-F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}; "
        f"gov-ministry macro-F1 {scores['gov_ministry']['macro_f1']:.3f} [{time.time() - t0:.0f}s]",
    )
    if args.output:
        out = Path(args.output)
    else:
        try:
            out = model_path("topics")
        except FileNotFoundError:
            out = Path(__file__).resolve().parents[2] / "models" / "topics"
    probes = model.classify_many(list(PROBE_TEXTS))
    meta = {
        "trained_on": "train part of the fixed split (test part held out)",
        "training_data": {
            "corpora": sorted(set(df["dataset"])),
            "rows_corpus": len(df),
            "rows_train": len(train_df),
            "rows_fit": len(fit_df),
            "rows_test": len(test_df),
            "fit_counts": {
                f"{lab}|{org}": int(n)
                for (lab, org), n in fit_df.groupby(["label", "origin"]).size().items()
            },
            "sha256_fit": digest(fit_df),
            "sha256_test": digest(test_df),
            "weak_rules": {"min_score": WEAK_MIN_SCORE, "max_per_class": WEAK_MAX_PER_CLASS},
            "max_per_class": args.max_per_class,
            "stemmed": stem,
        },
        "scores": scores,
        "probes": [
            {"text": t, "label": p.label, "score": p.score}
            for t, p in zip(PROBE_TEXTS, probes, strict=True)
        ],
        "top_features": model.top_features(15),
    }
    model.save(out, meta=meta)
    write_card(out)
    _log(args, f"saved to {out} [{time.time() - t0:.0f}s]")
    return 0
