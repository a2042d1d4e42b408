"""Peak memory (RSS) of ``extract_entities`` and ``analyze`` on huge texts (issue 20).

    python benchmarks/memory_huge_text.py                 # 1 MB and 5 MB, both functions
    python benchmarks/memory_huge_text.py --mb 5 --functions analyze

The text is the bundled sample releases (``pressnlp/data/samples/*.txt``) joined by blank
lines and repeated to the size asked: realistic paragraphs, dates and names, so the model
works as hard as on a real archive. Each run is a fresh subprocess; its peak RSS
(``ru_maxrss``) is printed next to the same process's RSS after loading the pipeline and
warming it on one release, so the difference is what the huge text costs, and a hash of
the entities found (to compare revisions). Target: under 1 GB peak for 5 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import hashlib, json, resource, sys, time
from pathlib import Path
import pressnlp

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

folder = Path(sys.argv[1])
releases = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
one = "\n\n".join(releases)
size = int(float(sys.argv[2]) * 1_000_000)
text = ("\n\n".join([one] * (size // len(one) + 1)))[:size]
fn = getattr(pressnlp, sys.argv[3])
fn(releases[0])  # load and warm the pipeline
loaded = peak_mb()
began = time.perf_counter()
out = fn(text)
took = time.perf_counter() - began
ents = out if isinstance(out, list) else out.entities
digest = hashlib.sha1(repr([(e.start, e.end, e.label, e.value) for e in ents]).encode()).hexdigest()
print(json.dumps({"loaded_mb": loaded, "peak_mb": peak_mb(), "seconds": took, "entities": len(ents),
                  "chars": len(text), "sha1": digest[:12]}))
"""


def measure(function: str, mb: float) -> dict[str, Any]:
    """Run ``pressnlp.<function>`` on an ``mb``-megabyte text in a fresh process."""
    folder = ROOT / "pressnlp" / "data" / "samples"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(mb), function],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="*", default=[1.0, 5.0])
    parser.add_argument(
        "--functions", nargs="*", default=["extract_entities", "analyze"], help="pressnlp names"
    )
    args = parser.parse_args(argv)
    for function in args.functions:
        for mb in args.mb:
            r = measure(function, mb)
            print(
                f"{function:17} {mb:4g} MB ({r['chars']:>9,} chars)  peak {r['peak_mb']:7.0f} MB"
                f"  (after load {r['loaded_mb']:5.0f} MB)  {r['seconds']:6.1f} s"
                f"  {r['entities']:,} entities (sha1 {r['sha1']})",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
