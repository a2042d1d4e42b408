"""Mine the acronyms of institution units from press releases: ``pressnlp/data/ner/unit_acronyms.tsv``.

Press releases define the acronym of a unit once ("Pusat Pengembangan Sosial Ekonomi Masyarakat
Hutan (P2SEMH)", "Kelompok Kerja Mangrove Daerah (KKMD)", "Panitia Seleksi Nasional
(Panselnas)") and then use it bare, often in other releases of the same issuer, where no
definition explains it. This script collects such definitions from the unlabelled press corpora
so that a bare mention of a mined acronym is an ORG (``pressnlp.ner.brackets.link_acronyms``).
Re-runnable and deterministic::

    python scripts/build_unit_acronyms.py [--data ../shared/data]

Read: ``press/*/txt/*.txt``, ``press/aitf-siaran-pers/releases.jsonl``,
``topics/gov-ministry-news-2025/articles.jsonl``; the releases of the press gold set's dev part
(``pressnlp/data/gold/press_ner_dev.jsonl``) are left out, so the dev figures measure the list
on releases it was not mined from. Kept: a long form that opens with a body word (Pusat, Badan,
Panitia, Kelompok Kerja, ...; ``BODY_HEADS`` below plus ``unit_words``/``org_heads``), an acronym
whose letters are taken from the long form's words in order, one long form per acronym
(case-folded), an acronym no gazetteer already knows and no word list names a class or a term,
and an acronym the corpus does not use as a class noun ("51 KUPS", "setiap SPPG": more than one
in ten bare uses after a number or quantifier). Written: ``acronym<TAB>long form<TAB>releases``.
Only names and acronyms of public bodies are written (a compact factual resource), no text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pressnlp" / "data" / "ner" / "unit_acronyms.tsv"

BODY_HEADS = frozenset(
    [
        "Pusat",
        "Badan",
        "Balai",
        "Biro",
        "Direktorat",
        "Panitia",
        "Lembaga",
        "Komite",
        "Komisi",
        "Dewan",
        "Tim",
        "Satuan",
        "Satgas",
        "Forum",
        "Asosiasi",
        "Yayasan",
        "Himpunan",
        "Ikatan",
        "Persatuan",
        "Perkumpulan",
        "Majelis",
        "Sekretariat",
        "Inspektorat",
        "Korps",
        "Unit",
        "Dinas",
        "Kedeputian",
        "Kelompok",
        "Konsorsium",
        "Koalisi",
        "Jaringan",
        "Pokja",
        "Lembaga",
        "Otoritas",
        "Perusahaan",
        "Kantor",
        "Pengadilan",
        "Kejaksaan",
        "Komando",
        "Sekolah",
        "Akademi",
        "Politeknik",
        "Institut",
        "Universitas",
        "Perhimpunan",
        "Organisasi",
        "Federasi",
        "Serikat",
    ]
)
# words a long form may hold in lower case: "Forum Komunikasi dan Koordinasi", "Lembaga ... di ..."
CONNECTORS = frozenset(
    {"dan", "untuk", "dari", "di", "pada", "serta", "&", "of", "and", "for", "the"}
)
# read by hand in the mined list: names of a kind of body, not of one body ("Badan Layanan
# Umum", "Organisasi Perangkat Daerah", "Dinas Kesehatan" of any region, "Badan Eksekutif
# Mahasiswa" of any campus)
CLASS_NAMES = frozenset({"BLU", "BUJT", "LPNK", "OPD", "Satpel", "Dinkes", "BEM", "Puskesmas"})
QUANTIFIERS = frozenset(
    {
        "setiap",
        "tiap",
        "seluruh",
        "semua",
        "sejumlah",
        "beberapa",
        "para",
        "berbagai",
        "ribuan",
        "ratusan",
        "puluhan",
        "sebanyak",
        "jumlah",
        "dua",
        "tiga",
        "empat",
        "lima",
        "banyak",
    }
)
DEFINITION = re.compile(
    r"((?:[A-Z][\w'’-]*|dan|untuk|dari|di|pada|serta|&|of|and|for|the)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|dan|untuk|dari|di|pada|serta|&|of|and|for|the)){1,11})"
    r"[ \t]*\(([A-Z][A-Za-z0-9&.-]{1,14})\)"
)


def _texts(data: Path, skip: set[str]) -> Iterator[tuple[str, str]]:
    for folder in sorted((data / "press").iterdir()):
        txt = folder / "txt"
        for f in sorted(txt.glob("*.txt")) if txt.is_dir() else []:
            sid = f"press/{folder.name}/txt/{f.name}"
            if sid not in skip:
                yield sid, f.read_text(encoding="utf-8", errors="replace")
    for rel in (
        "press/aitf-siaran-pers/releases.jsonl",
        "topics/gov-ministry-news-2025/articles.jsonl",
    ):
        with (data / rel).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                sid = f"{rel}#{rec.get('id') or rec.get('doc_id')}"
                if sid not in skip:
                    yield sid, rec["text"]


def fits(words: list[str], acronym: str) -> bool:
    """The acronym's letters are prefixes of the long form's words, in order; connectors and
    at most one other word may give none ("Pusat Pengembangan Sosial Ekonomi Masyarakat
    Hutan" -> P2SEMH, "Panitia Seleksi Nasional" -> Panselnas)."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    low = [w.lower() for w in words]

    def go(i: int, k: int, skipped: int) -> bool:
        if i == len(letters):
            return all(w in CONNECTORS for w in low[k:]) or len(low) - k <= 1 - skipped + sum(
                w in CONNECTORS for w in low[k:]
            )
        if k == len(low):
            return False
        w = low[k]
        if w in CONNECTORS:  # "Pusat dan Daerah" gives no "D" for "dan"
            return go(i, k + 1, skipped)
        for n in range(min(len(w), len(letters) - i), 0, -1):
            if letters[i : i + n] == w[:n] and go(i + n, k + 1, skipped):
                return True
        return skipped < 1 and go(i, k + 1, skipped + 1)

    return bool(letters) and low[0][:1] == letters[0] and go(0, 0, 0)


def _long_form(run: str, acronym: str) -> str:
    """The shortest tail of the capitalised run that starts with a body word and fits."""
    words = run.split()
    for s in range(len(words) - 1, -1, -1):
        tail = words[s:]
        if tail[0] in BODY_HEADS and len(tail) >= 2 and fits(tail, acronym):
            return " ".join(tail)
    return ""


def mine(data: Path, skip: set[str], known: set[str]) -> list[tuple[str, str, int]]:
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[str, set[str]] = defaultdict(set)
    texts = list(_texts(data, skip))
    for sid, text in texts:
        for m in DEFINITION.finditer(text):
            run, acronym = m.group(1), m.group(2)
            if sum(c.isupper() for c in acronym) < 2 and not acronym[:1].isupper():
                continue
            if acronym in known or acronym.upper() in known:
                continue
            long = _long_form(run, acronym)
            if long:
                forms[acronym][long.lower()] += 1
                forms[acronym][f"\0{long}"] += 0  # keep a cased spelling
                where[acronym].add(sid)
    rows = []
    for acronym, counter in sorted(forms.items()):
        lowered = [k for k in counter if not k.startswith("\0")]
        if len(lowered) != 1:
            continue  # two long forms: ambiguous
        cased = next(k[1:] for k in counter if k.startswith("\0"))
        if acronym in CLASS_NAMES or sum(c.isalpha() for c in acronym) < 3:
            continue  # "BP", "PP", "SD": too short to stand for one body
        bare = class_uses = heads = 0
        pat = re.compile(rf"(\S+)[ \t]+{re.escape(acronym)}\b(?![(/-])[ \t]*(\S*)")
        for _, text in texts:
            if acronym not in text:
                continue
            for m in pat.finditer(text):
                bare += 1
                prev = m.group(1).lower().strip(",.;:")
                class_uses += prev in QUANTIFIERS or prev.replace(".", "").isdigit()
                heads += m.group(2)[:1].isupper() or m.group(2)[:1].isdigit()
        # "setiap SPPG": a class noun; "Dinkes Kota Bogor", "BEM UI", "SDN 01": a type
        # that heads the names of many bodies
        if bare and (class_uses * 10 > bare or heads * 10 > bare * 3):
            continue
        rows.append((acronym, cased, len(where[acronym])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pressnlp import gazetteer
    from pressnlp.ner.lexicon import lexicon

    lex = lexicon()
    gold = ROOT / "pressnlp" / "data" / "gold" / "press_ner_dev.jsonl"
    with gold.open(encoding="utf-8") as fh:
        skip = {json.loads(line)["source"] for line in fh if line.strip()}
    known = set(lex.not_org_acronyms) | set(lex.class_acronyms) | set(lex.generic_orgs)
    known |= {w for p in lex.group_heads for w in p}
    terms = set(lex.term_heads)
    rows = [
        r
        for r in mine(args.data, skip, known)
        if not gazetteer.exact_institution(r[0])
        and gazetteer.lookup_location(r[0]) is None
        and r[1].split()[0] not in terms  # "Gerakan Nasional ... (GNPIP)": a programme
    ]
    header = (
        "# Acronyms of institution units mined from unlabelled press releases by\n"
        "# scripts/build_unit_acronyms.py (see its docstring; press gold dev releases left out).\n"
        "# acronym<TAB>long form<TAB>number of releases defining it. Do not edit by hand.\n"
    )
    OUT.write_text(header + "".join(f"{a}\t{f}\t{n}\n" for a, f, n in rows), encoding="utf-8")
    print(f"{len(rows)} acronyms written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
