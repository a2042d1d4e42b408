"""Silver NER sentences from real ministry press texts, labelled by gazetteer lookup.

Closes part of the news -> press-release gap: the gold corpora are 2004-2016 news, while
users' texts are full of ministry names, acronyms ("Kemnaker", "Komdigi") and regions.
Each sentence of ``topics/gov-ministry-news-2025`` (and the plain-text ``press/`` releases)
is matched against the curated institutions list (names, acronyms, aliases -> ORG) and the
Kemendagri province / regency / city names (-> LOC).  Only those spans are positive; runs of
lowercase words are ``O``; everything else (capitalised words the gazetteers do not know)
is *missing*, so the silver data never teaches that an unknown name is not an entity.

Output: JSON lines ``{"tokens", "ents": [[start, end, label]], "missing": [[start, end]]}``
read by :func:`pressnlp.training.ner_corpus.load_silver`.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+")
_LOWER = re.compile(r"^[a-z][a-z\-']*$")


def institution_names(data: Path) -> set[str]:
    names: set[str] = set()
    folder = data / "gazetteers" / "curated_id_institutions"
    for file in ("institutions.csv", "bumn.csv"):
        path = folder / file
        if not path.is_file():
            continue
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for col in ("official_name", "acronyms", "aliases", "name", "acronym"):
                    for name in (row.get(col) or "").split("|"):
                        name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
                        if len(name) >= 3 and any(c.isupper() for c in name):
                            names.add(name)
    return names


def region_names(data: Path) -> set[str]:
    names: set[str] = set()
    path = data / "gazetteers" / "wilayah" / "wilayah_prov_kabkota_kec.csv"
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["level"] == "1":
                names.add(row["name"])
                names.add("Provinsi " + row["name"])
            elif row["level"] == "2":
                names.add(row["name"])  # "Kabupaten Bogor", "Kota Bogor"
                names.add(row["short_name"])
    # Everyday short forms of the two special-status provinces.
    names |= {"Jakarta", "DKI Jakarta", "DI Yogyakarta", "Provinsi DKI Jakarta"}
    return {n for n in names if len(n) >= 4}


def _texts(data: Path) -> Iterator[str]:
    for file in sorted((data / "topics" / "gov-ministry-news-2025").glob("*.jsonl")):
        with open(file, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line).get("text") or ""
    for file in sorted((data / "press").glob("*/txt/*.txt")):
        yield file.read_text(encoding="utf-8", errors="replace")


def gazetteer_matcher(data: Path, nlp: Language) -> PhraseMatcher:
    """PhraseMatcher with ``ORG`` (curated institutions) and ``LOC`` (Kemendagri regions)."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("ORG", list(nlp.tokenizer.pipe(sorted(institution_names(data)))))  # type: ignore[union-attr]
    matcher.add("LOC", list(nlp.tokenizer.pipe(sorted(region_names(data)))))  # type: ignore[union-attr]
    return matcher


def build_silver(
    data: Path,
    out: Path,
    nlp: Language,
    *,
    limit: int = 1500,
    max_per_name: int = 12,
    seed: int = 0,
) -> int:
    """Write up to ``limit`` silver sentences (with at least one match) to ``out``; a name
    is used in at most ``max_per_name`` sentences so "Bank Indonesia" does not dominate."""
    from spacy.util import filter_spans

    matcher = gazetteer_matcher(data, nlp)
    sentences: list[str] = []
    seen: set[str] = set()
    for text in _texts(data):
        for sent in _SENT_SPLIT.split(text):
            sent = " ".join(sent.split())
            if 40 <= len(sent) <= 400 and sent not in seen:
                seen.add(sent)
                sentences.append(sent)
    records = []
    per_name: dict[str, int] = {}
    random.Random(seed).shuffle(sentences)
    for doc in nlp.tokenizer.pipe(sentences, batch_size=500):  # type: ignore[union-attr]
        matches = matcher(doc)
        spans = filter_spans([doc[s:e] for _, s, e in matches])
        if not spans:
            continue
        by_range = {(s, e): nlp.vocab.strings[m] for m, s, e in matches}
        labels = {(sp.start, sp.end): by_range[(sp.start, sp.end)] for sp in spans}
        if any(per_name.get(sp.text, 0) >= max_per_name for sp in spans):
            continue
        for sp in spans:
            per_name[sp.text] = per_name.get(sp.text, 0) + 1
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        tokens = [t.text for t in doc]
        known_o = [
            i not in taken
            and (bool(_LOWER.match(t)) or (doc[i].is_punct and t not in "()"))
            and all(
                j < 0 or j >= len(doc) or j in taken or _LOWER.match(tokens[j]) or doc[j].is_punct
                for j in (i - 1, i + 1)
            )
            for i, t in enumerate(tokens)
        ]
        missing, i = [], 0
        while i < len(tokens):
            if i not in taken and not known_o[i]:
                j = i
                while j < len(tokens) and j not in taken and not known_o[j]:
                    j += 1
                missing.append([i, j])
                i = j
            else:
                i += 1
        ents = [[s, e, lbl] for (s, e), lbl in sorted(labels.items())]
        if ents:
            records.append({"tokens": tokens, "ents": ents, "missing": missing})
    random.Random(seed).shuffle(records)
    records = records[:limit]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)
