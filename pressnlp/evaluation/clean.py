r"""``pressnlp evaluate clean --glued``: cleaning of scraped releases whose block boundaries were lost.

Two measurements, both reproducible from the shared data:

* **on every release** of ``press/aitf-siaran-pers/releases.jsonl`` (no annotation needed):
  the *furniture-free rate* (share of bodies in which none of :data:`FURNITURE` matches) and
  the *body-sentence recall* (sentences sampled from the middle half of each raw text, see
  :func:`middle_sentences`, that appear in the body; compared with all whitespace removed,
  since cleaning gives glued sentences their space back);
* **on the hand-annotated gold set** ``pressnlp/data/gold/glued_clean.jsonl`` (see its
  ``.md``): title, date and release number found (of the releases that have one), and body
  start/end found (the first/last 40 non-space characters of the body equal those of the
  annotated body span).

>>> bool(furniture_in("Bagikan Ini! Menteri hadir.")), furniture_in("Menteri hadir di Bandung.")
(True, [])
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from pressnlp.cleaning import clean
from pressnlp.dates import parse_date
from pressnlp.errors import UsageError
from pressnlp.evaluation.sources import load_gold
from pressnlp.resources import shared_data_dir

__all__ = [
    "FURNITURE",
    "GOLD",
    "HELP",
    "add_arguments",
    "evaluate",
    "furniture_in",
    "middle_sentences",
    "run",
    "validate",
]

HELP = "Glued scraped releases: furniture-free rate, body-sentence recall, title/date/number found."

RELEASES = "press/aitf-siaran-pers/releases.jsonl"
GOLD = Path(__file__).resolve().parent.parent / "data" / "gold" / "glued_clean.jsonl"

FURNITURE: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "view_counter": r"Dibaca\s*\d+\s*kali",
        "letterhead": r"REPUBLIK\s*INDONESIA\s*SIARAN|MINERAL\s*REPUBLIK|PEREKONOMIAN\s*REPUBLIK",
        "release_header": r"SIARAN\s*PERS",
        "release_number": r"NOMOR\s*:|Siaran\s+Pers\s+No\.",
        "date_label": r"Tanggal(?:\s*Terbit)?\s*:",
        "print": r"\d{4}\d*\s*Print\b|\bPrint(?=[A-Z])",
        "share": r"Bagikan\s*Ini\s*!",
        "rating": r"Apakah\s*informasi\s*di\s*atas\s*cukup\s*membantu|\bYA\s*TIDAK\b",
        "signoff": r"Kepala\s*Biro\s*Komunikasi,\s*Layanan\s*Informasi\s*Publik,\s*dan\s*Kerja\s*Sama\s*,?\s*$"
        r"|Biro\s*Hukum\s*dan\s*Humas\s*Badan\s*Gizi|Biro\s*Komunikasi\s*Publik\s*Kementerian\s*Pekerjaan"
        r"\s*Umum\s*(?:Website|$)|Juru\s*Bicara\s*Kementerian\s*Koordinator\s*Bidang\s*Perekonomian\s*\S*\s*\S*\s*$",
        "social": r"(?:Website|Facebook|Instagram|TikTok|YouTube|LinkedIn|Email)\s*:",
        "hashtag": r"(?<!\w)#[A-Za-z]\w+",
        "closing": r"Demikian\s*siaran\s*pers\s*ini",
        "unit_initials": r"[.!?”\"]\s*\([A-Za-z0-9/]{1,20}\)\s*$",
        "marker": r"\*{3}|==oo0oo==",
    }.items()
}
"""The page furniture of the glued press sites, searched in ``Article.body`` (public: the
figure is only as good as this list; read it)."""

_SENT = re.compile(r"[^.!?]{20,}?[a-z][.!?](?=[\s“\"A-Z]|$)")


def furniture_in(body: str) -> list[str]:
    """Names of the :data:`FURNITURE` patterns found in ``body``."""
    return [name for name, pattern in FURNITURE.items() if pattern.search(body)]


def middle_sentences(raw: str, *, limit: int = 5) -> list[str]:
    """Up to ``limit`` sentences (8+ words) from the middle half of ``raw``, evenly spread."""
    a, b = len(raw) // 4, 3 * len(raw) // 4
    middle = raw[a:b]
    found = [m.group().strip() for m in _SENT.finditer(middle)][1:-1]  # the first is cut
    found = [s for s in found if len(s.split()) >= 8]
    if len(found) <= limit:
        return found
    step = len(found) / limit
    return [found[int(k * step)] for k in range(limit)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _corpus_scores(data: Path) -> dict[str, Any]:
    """Furniture-free rate and body-sentence recall over every shared glued release."""
    n = free = kept = sampled = 0
    by_pattern: dict[str, int] = {}
    with (data / RELEASES).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            art = clean(rec["text"])
            found = furniture_in(art.body)
            n += 1
            free += not found
            for name in found:
                by_pattern[name] = by_pattern.get(name, 0) + 1
            body = _squash(art.body)
            for sentence in middle_sentences(rec["text"]):
                sampled += 1
                kept += _squash(sentence) in body
    return {
        "releases": n,
        "furniture_free": free / n if n else 0.0,
        "furniture_by_pattern": dict(sorted(by_pattern.items())),
        "sentences": sampled,
        "sentence_recall": kept / sampled if sampled else 0.0,
    }


def _span(annotation: dict[str, Any], label: str) -> dict[str, Any] | None:
    return next((s for s in annotation.get("spans", []) if s["label"] == label), None)


def _gold_scores(data: Path, split: str | None) -> dict[str, Any]:
    """Title/date/number and body edges found, on the hand-annotated releases."""
    counts = {k: [0, 0] for k in ("title", "date", "release_number", "body_start", "body_end")}
    docs = load_gold(GOLD, data, split=split)
    for doc in docs:
        raw = doc.source.text
        art = clean(raw)
        for label in ("title", "date", "release_number"):
            span = _span(doc.annotation, label)
            if span is None:
                continue
            gold = raw[span["start"] : span["end"]]
            counts[label][1] += 1
            if label == "title":
                counts[label][0] += _squash(art.title or "") == _squash(gold)
            elif label == "date":
                counts[label][0] += art.date is not None and art.date == parse_date(gold)
            else:
                counts[label][0] += _squash(str(art.meta.get("release_number", ""))) == _squash(
                    gold
                )
        body = _span(doc.annotation, "body")
        if body is not None:
            gold_body = _squash(raw[body["start"] : body["end"]])
            squashed = _squash(art.body)
            counts["body_start"][1] += 1
            counts["body_end"][1] += 1
            counts["body_start"][0] += squashed[:40] == gold_body[:40]
            counts["body_end"][0] += squashed[-40:] == gold_body[-40:]
    return {
        "documents": len(docs),
        **{k: {"found": f, "of": t, "rate": f / t if t else 0.0} for k, (f, t) in counts.items()},
    }


def evaluate(
    data: str | os.PathLike[str] | None = None, *, split: str | None = None
) -> dict[str, Any]:
    """Both measurements (``split``: ``"dev"``, ``"train"`` or ``None`` for the whole gold set)."""
    data_dir = shared_data_dir(data)
    assert data_dir is not None
    return {"corpus": _corpus_scores(data_dir), "gold": _gold_scores(data_dir, split)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--glued", action="store_true", help="glued scraped releases (aitf)")
    parser.add_argument("--data", default=None, help="shared data folder")
    parser.add_argument("--split", choices=["dev", "train"], default=None, help="gold split")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def validate(args: argparse.Namespace) -> None:
    if not args.glued:
        raise UsageError("evaluate clean: only --glued is available (the glued-release evaluation)")


def run(args: argparse.Namespace) -> int:
    report = evaluate(args.data, split=args.split)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    c, g = report["corpus"], report["gold"]
    print(f"aitf releases: {c['releases']}")
    print(f"  furniture-free:       {c['furniture_free']:.1%}   {c['furniture_by_pattern']}")
    print(f"  body-sentence recall: {c['sentence_recall']:.1%} of {c['sentences']} sentences")
    print(f"gold ({g['documents']} releases, split={args.split or 'all'}):")
    for key in ("title", "date", "release_number", "body_start", "body_end"):
        s = g[key]
        print(f"  {key:<15} {s['found']:>3}/{s['of']:<3} {s['rate']:.1%}")
    sys.stdout.flush()
    return 0
