"""Hand-annotation helper for the press NER gold set (``pressnlp/data/gold/press_ner_*.jsonl``).

    python scripts/annotate_ner.py propose SOURCE_ID [--view clean_body] [--pub-date ISO] -o WORK.txt
    python scripts/annotate_ner.py apply WORK.txt --gold pressnlp/data/gold/press_ner_dev.jsonl --split dev

``propose`` writes a worksheet: a header (source id, view, publication date) and the text with
the proposals of :func:`pressnlp.extract_entities` marked inline as ``[[surface|L]]`` (L is
P/O/L/D for PERSON/ORG/LOC/DATE; a DATE carries its value: ``[[Senin (5/10/2025)|D|2025-10-05]]``).
The annotator reads the whole text and edits the marks (adds missed spans, fixes boundaries,
labels and values, removes wrong ones). ``apply`` checks that the worksheet without its marks
is exactly the source text, turns the marks into offsets, links bracketed abbreviations to
their long forms ("Komite Stabilitas Sistem Keuangan (KSSK)": both spans, and every later bare
"KSSK" span, get the long form as ``value``), counts how many proposals were changed, and
writes (or replaces) the document's line in the gold file. No source text is stored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

from pressnlp.cleaning import clean
from pressnlp.evaluation.sources import read_source, text_hash
from pressnlp.resources import shared_data_dir

CODES = {"P": "PERSON", "O": "ORG", "L": "LOC", "D": "DATE"}
LETTER = {v: k for k, v in CODES.items()}
MARK = re.compile(r"\[\[(.+?)\|([POLD])(?:\|([^\]]*))?\]\]", re.S)
HEADER_END = "=== TEXT ===\n"


def source_text(source_id: str, view: str) -> str:
    data = shared_data_dir(None)
    assert data is not None
    text = read_source(source_id, data).text
    return clean(text).body if view == "clean_body" else text


def propose(args: argparse.Namespace) -> int:
    from pressnlp.entities import extract_entities

    text = source_text(args.source, args.view)
    if "[[" in text or "]]" in text:
        raise SystemExit("text contains [[ or ]]: choose another mark")
    pub = dt.date.fromisoformat(args.pub_date) if args.pub_date else None
    ents = extract_entities(text, pub_date=pub)
    out, pos, proposals = [], 0, []
    for e in sorted(ents, key=lambda e: e.start):
        if e.start < pos:
            continue
        value = f"|{e.value}" if e.label == "DATE" else ""
        out.append(text[pos : e.start] + f"[[{text[e.start : e.end]}|{LETTER[e.label]}{value}]]")
        pos = e.end
        proposals.append([e.start, e.end, e.label, e.value if e.label == "DATE" else None])
    out.append(text[pos:])
    header = {
        "source": args.source,
        "view": args.view,
        "pub_date": args.pub_date,
        "issuer": args.issuer,
        "shape": args.shape,
    }
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        fh.write(json.dumps(proposals) + "\n")
        fh.write(HEADER_END + "".join(out))
    print(f"{len(proposals)} proposals -> {args.output}")
    return 0


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    plain, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        plain.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        surface, code, value = m.group(1), m.group(2), m.group(3)
        span: dict[str, Any] = {"start": n, "end": n + len(surface), "label": CODES[code]}
        span["text"] = surface
        if code == "D":
            span["value"] = value if value not in (None, "", "None") else None
        plain.append(surface)
        n += len(surface)
        spans.append(span)
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), spans


def link_abbreviations(text: str, spans: list[dict[str, Any]]) -> int:
    """Give "Long Form (ABBR)" pairs and later bare ABBR the long form as value."""
    orgs = [s for s in spans if s["label"] in ("ORG", "LOC")]
    links: dict[str, str] = {}
    for a, b in itertools.pairwise(orgs):
        between = text[a["end"] : b["start"]]
        bracketed = between.strip() == "(" and text[b["end"] : b["end"] + 1] == ")"
        short = b["text"].replace("-", "").replace(".", "").isupper()
        if a["label"] == b["label"] and bracketed and short and len(b["text"]) < len(a["text"]):
            links.setdefault(b["text"], a["text"])
            a["value"] = b["value"] = links[b["text"]]
    n = 0
    for s in orgs:
        if "value" not in s and s["text"] in links:
            s["value"] = links[s["text"]]
            n += 1
    return n


def apply(args: argparse.Namespace) -> int:
    with open(args.worksheet, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    head, proposals_line, rest = raw.split("\n", 2)
    assert rest.startswith(HEADER_END)
    header = json.loads(head)
    proposals = {(s, e, lbl): v for s, e, lbl, v in json.loads(proposals_line)}
    plain, spans = parse(rest[len(HEADER_END) :])
    text = source_text(header["source"], header["view"])
    if plain != text:
        i = next((i for i, (a, b) in enumerate(zip(plain, text, strict=False)) if a != b), None)
        i = min(len(plain), len(text)) if i is None else i
        raise SystemExit(
            f"text differs at {i}: {plain[i - 40 : i + 40]!r} vs {text[i - 40 : i + 40]!r}"
        )
    for s in spans:
        if s["label"] == "DATE" and s["value"] is None and header.get("pub_date"):
            print(f"  note: DATE without value: {s['text']!r}")
        if s["text"] != s["text"].strip():
            raise SystemExit(f"span with outer space: {s['text']!r}")
    kept = sum(
        (s["start"], s["end"], s["label"]) in proposals
        and (s["label"] != "DATE" or proposals[(s["start"], s["end"], s["label"])] == s["value"])
        for s in spans
    )
    linked = link_abbreviations(text, spans)
    rec = {
        "source": header["source"],
        "sha256": text_hash(text),
        "split": args.split,
        **({"view": header["view"]} if header["view"] != "raw" else {}),
        "issuer": args.issuer or header.get("issuer"),
        "shape": header.get("shape"),
        "pub_date": header.get("pub_date"),
        "entities": spans,
        "review": {
            "proposals": len(proposals),
            "kept": kept,
            "changed_or_removed": len(proposals) - kept,
            "added": len(spans) - kept,
        },
    }
    gold = Path(args.gold)
    lines = [json.loads(x) for x in gold.read_text().splitlines()] if gold.exists() else []
    lines = [x for x in lines if x["source"] != rec["source"]] + [rec]
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    counts = {lbl: sum(s["label"] == lbl for s in spans) for lbl in CODES.values()}
    print(
        f"{header['source']}: {len(spans)} spans {counts}, review {rec['review']}, linked {linked}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("propose")
    p.add_argument("source")
    p.add_argument("--view", default="raw", choices=["raw", "clean_body"])
    p.add_argument("--pub-date")
    p.add_argument("--issuer")
    p.add_argument("--shape", choices=["clean_text", "glued_text", "html"])
    p.add_argument("-o", "--output", required=True)
    a = sub.add_parser("apply")
    a.add_argument("worksheet")
    a.add_argument("--gold", required=True)
    a.add_argument("--split", default="dev")
    a.add_argument("--issuer")
    args = parser.parse_args(argv)
    return propose(args) if args.command == "propose" else apply(args)


if __name__ == "__main__":
    sys.exit(main())
