"""Static floret vectors for the NER model, trained on the unlabelled shared news text.

The text of every ``topics/*/articles.jsonl`` is tokenised with the model's own tokenizer
(so vector keys are exactly the tokens the model sees) and written one paragraph per line;
floret then learns hashed subword vectors: a fixed, small table (``bucket`` rows) that
still gives every unseen word a vector from its character n-grams.

Requires the optional ``floret`` package (``pip install floret``).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Small on purpose: bucket x dim x 4 bytes = 20 MB in the shipped model.
FLORET_PARAMS = {
    "model": "skipgram",
    "mode": "floret",
    "dim": 100,
    "bucket": 50_000,
    "minn": 4,
    "maxn": 5,
    "hashCount": 2,
    "epoch": 8,
    "minCount": 3,
    "neg": 5,
    "ws": 5,
    "thread": 2,
}


def write_text(data: Path, path: Path, nlp: Language, *, seed: int = 0) -> int:
    """Tokenised paragraphs of all topics corpora (shuffled, de-duplicated); returns lines."""
    paras: set[str] = set()
    for file in sorted((data / "topics").glob("*/articles.jsonl")):
        with open(file, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                for para in text.split("\n"):
                    para = " ".join(para.split())
                    if len(para) >= 20:
                        paras.add(para)
    ordered = sorted(paras)
    random.Random(seed).shuffle(ordered)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for doc in nlp.tokenizer.pipe(ordered, batch_size=1000):  # type: ignore[union-attr]
            out.write(" ".join(t.text for t in doc if not t.is_space) + "\n")
    return len(ordered)


def train_vectors(text: Path, out_prefix: Path, **overrides: object) -> Path:
    """Train floret on ``text``; writes ``<out_prefix>.floret`` (the format
    ``spacy init vectors --mode floret`` reads) and returns its path."""
    try:
        import floret
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            'training NER vectors needs floret: pip install "pressnlp[train]"'
        ) from exc
    params = {**FLORET_PARAMS, **overrides}
    model = floret.train_unsupervised(str(text), **params)
    out = out_prefix.with_suffix(".floret")
    model.save_floret_vectors(str(out))
    return out
