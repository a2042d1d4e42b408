"""Helper for the hand-labelled press topic set (``pressnlp/data/gold/press_topics.jsonl``).

    python scripts/label_topics.py pool OUT.jsonl  # candidates: id, issuer, title, body, model top-2
    python scripts/label_topics.py add LABELS.tsv  # append source, split, label[, secondary[, note]]
    python scripts/label_topics.py stats           # counts per split/label/issuer, model agreement
    python scripts/label_topics.py add LABELS.tsv --gold pressnlp/data/gold/press_topics_train.jsonl
    python scripts/label_topics.py add LABELS.tsv --second --gold pressnlp/data/gold/press_topics_second.jsonl
    python scripts/label_topics.py agree pressnlp/data/gold/press_topics_second.jsonl

The model's proposal is printed next to the text only as a hint: every label in the gold file was
decided by the annotator reading the release (see ``press_topics.md``). Texts are read from the
shared data folder and never written into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pressnlp.evaluation.sources import load_gold, read_source, text_hash
from pressnlp.resources import shared_data_dir
from pressnlp.topics.classify import classify_topics

GOLD = Path(__file__).resolve().parent.parent / "pressnlp" / "data" / "gold" / "press_topics.jsonl"


def _pool(data: Path) -> list[dict[str, Any]]:
    """Every candidate release: source id, issuer and title (texts are resolved later)."""
    rows: list[dict[str, Any]] = []
    aitf = data / "press/aitf-siaran-pers/releases.jsonl"
    for line in aitf.open(encoding="utf-8"):
        rec = json.loads(line)
        src = f"press/aitf-siaran-pers/releases.jsonl#{rec['id']}"
        rows.append({"source": src, "issuer": rec["issuer"], "title": rec["title"]})
    gov = data / "topics/gov-ministry-news-2025/articles.jsonl"
    for line in gov.open(encoding="utf-8"):
        rec = json.loads(line)
        issuer = rec["source_label"]
        if issuer == "Komdigi" and rec.get("topic") is None:
            issuer = "Komdigi-pemerintahan"
        src = f"topics/gov-ministry-news-2025/articles.jsonl#{rec['id']}"
        rows.append({"source": src, "issuer": issuer, "title": rec["title"]})
    for line in (data / "press/bi-rdg/press_releases.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        src = f"press/bi-rdg/press_releases.jsonl#{rec['doc_id']}"
        rows.append({"source": src, "issuer": "BI", "title": rec["title"]})
    for name, issuer, key in (
        ("kemenhut-cms-2025", "KEMENHUT", "file"),
        ("kemkes-wp-2020", "KEMKES", "file"),
        ("cms-pasted-html", "CMS", "html_file"),
    ):
        for line in (data / f"press/{name}/index.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            rows.append(
                {"source": f"press/{name}/{rec[key]}", "issuer": issuer, "title": rec["title"]}
            )
    return rows


def _body(source: str, data: Path) -> str:
    import pressnlp

    return pressnlp.clean(read_source(source, data).text).body


def cmd_pool(data: Path, out: Path) -> None:

    rows = _pool(data)
    bodies = [_body(r["source"], data) for r in rows]
    topics = classify_topics(bodies)
    with out.open("w", encoding="utf-8") as fh:
        for row, body, topic in zip(rows, bodies, topics, strict=True):
            row = {**row, "body": body, "model": topic.top(2)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} candidates -> {out}")


def cmd_add(data: Path, tsv: Path, gold: Path = GOLD, *, second: bool = False) -> None:
    done = set()
    # a release is labelled in one set only, except in a second annotator's file
    for path in {gold} if second else {GOLD, gold}:
        if path.exists():
            done |= {json.loads(x)["source"] for x in path.open(encoding="utf-8")}
    added = 0
    with gold.open("a", encoding="utf-8") as fh:
        for line in tsv.open(encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            source, split, label = parts[:3]
            if source in done:
                raise SystemExit(f"{source}: already labelled")
            rec: dict[str, Any] = {
                "source": source,
                "sha256": text_hash(read_source(source, data).text),
                "split": split,
                "label": label,
            }
            if len(parts) > 3 and parts[3]:
                rec["secondary"] = parts[3]
            if len(parts) > 4 and parts[4]:
                rec["note"] = parts[4]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            done.add(source)
            added += 1
    print(f"{added} added to {gold.name}")


def _table(counter: dict[str, Counter[str]], cols: list[str]) -> None:
    print("| | " + " | ".join(cols) + " | all |")
    print("|---|" + "---:|" * (len(cols) + 1))
    for key in sorted(counter):
        c = counter[key]
        print(f"| `{key}` | " + " | ".join(str(c[x]) for x in cols) + f" | {sum(c.values())} |")


def cmd_stats(data: Path, gold: Path = GOLD) -> None:
    import pressnlp

    docs = load_gold(gold, data)
    issuers = {r["source"]: r["issuer"] for r in _pool(data)}
    splits = sorted({d.split for d in docs})
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_issuer: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        by_label[d.annotation["label"]][d.split] += 1
        by_issuer[issuers[d.source.id]][d.split] += 1
    _table(by_label, splits)
    print()
    _table(by_issuer, splits)
    n_sec = sum("secondary" in d.annotation for d in docs)
    print(f"\n{len(docs)} releases, {len(by_issuer)} issuers, {n_sec} with a secondary label")
    topics = classify_topics([pressnlp.clean(d.source.text).body for d in docs])
    for split in splits:
        pairs = [(d, t) for d, t in zip(docs, topics, strict=True) if d.split == split]
        ok = sum(t.label == d.annotation["label"] for d, t in pairs)
        top2 = sum(d.annotation["label"] in [x for x, _ in t.top(2)] for d, t in pairs)
        either = sum(
            t.label in (d.annotation["label"], d.annotation.get("secondary")) for d, t in pairs
        )
        n = len(pairs)
        print(
            f"\n{split}: shipped model accuracy {ok}/{n} = {ok / n:.3f}, top-2 {top2 / n:.3f},"
            f" primary-or-secondary {either / n:.3f}"
        )
        per: dict[str, Counter[str]] = defaultdict(Counter)
        for d, t in pairs:
            truth = d.annotation["label"]
            per[truth]["n"] += 1
            per[truth]["tp"] += t.label == truth
            per[str(t.label)]["pred"] += 1
        f1s = []
        print("| label | n | recall | precision | F1 |\n|---|---:|---:|---:|---:|")
        for label in sorted(by_label):
            c = per[label]
            rec = c["tp"] / c["n"] if c["n"] else 0.0
            prec = c["tp"] / c["pred"] if c["pred"] else 0.0
            f1 = 2 * rec * prec / (rec + prec) if rec + prec else 0.0
            f1s.append(f1)
            print(f"| `{label}` | {c['n']} | {rec:.2f} | {prec:.2f} | {f1:.2f} |")
        print(f"macro-F1 {sum(f1s) / len(f1s):.3f}")
        confusions = Counter(
            (d.annotation["label"], str(t.label))
            for d, t in pairs
            if t.label != d.annotation["label"]
        )
        print("most common confusions (gold -> model):", confusions.most_common(8))


def cmd_agree(data: Path, other: Path) -> None:
    """How often a second annotator's labels (``other``) agree with ``press_topics``."""
    from sklearn.metrics import cohen_kappa_score

    first = {d.source.id: d.annotation for d in load_gold(GOLD, data)}
    second = {d.source.id: d.annotation for d in load_gold(other, data)}
    common = sorted(set(first) & set(second))
    if not common:
        raise SystemExit(f"{other.name}: no release in common with {GOLD.name}")
    a = [first[s]["label"] for s in common]
    b = [second[s]["label"] for s in common]
    n = len(common)
    same = sum(x == y for x, y in zip(a, b, strict=True))
    b_in_a = sum(
        second[s]["label"] in (first[s]["label"], first[s].get("secondary")) for s in common
    )
    a_in_b = sum(
        first[s]["label"] in (second[s]["label"], second[s].get("secondary")) for s in common
    )
    print(
        f"{n} releases labelled by both: primary labels agree {same}/{n} = {same / n:.3f}, "
        f"Cohen's kappa {cohen_kappa_score(a, b):.3f}"
    )
    print(
        f"second's primary among first's primary/secondary: {b_in_a / n:.3f}; "
        f"first's primary among second's: {a_in_b / n:.3f}"
    )
    for s in common:
        if first[s]["label"] != second[s]["label"]:
            print(f"  {s}: {first[s]['label']} / {second[s]['label']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["pool", "add", "stats", "agree"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--data", type=Path, default=None, help="shared data folder")
    parser.add_argument(
        "--gold", type=Path, default=GOLD, help=f"gold file to add to / count (default {GOLD.name})"
    )
    parser.add_argument(
        "--second", action="store_true", help="add: a second annotator's labels of releases"
    )
    args = parser.parse_args(argv)
    data = shared_data_dir(args.data, required=False)
    if data is None:
        print("shared data folder not found (use --data or $PRESSNLP_DATA)", file=sys.stderr)
        return 2
    if args.command == "pool":
        cmd_pool(data, Path(args.args[0]))
    elif args.command == "add":
        cmd_add(data, Path(args.args[0]), args.gold, second=args.second)
    elif args.command == "agree":
        cmd_agree(data, Path(args.args[0]))
    else:
        cmd_stats(data, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
