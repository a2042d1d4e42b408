"""Throughput, scaling, memory and cold start of the pressnlp pipeline, in one run.

Builds a synthetic archive from the real article texts in ``shared/data/topics/*/``
(round-robin over the corpora, ids made unique) and prints:

1. articles/s and tokens/s of the full pipeline (``tag_frame``, 1 process: cleaning, NER,
   entities, stemmer, topics, result rows) and of the bare NER model
   (``spacy.load(model_path("ner"))``) on the same texts; target full / bare >= 0.75;
2. ``tag_frame`` with 2 processes / 1 process; target >= 1.7;
3. peak RSS of a ``pressnlp tag`` subprocess on 1,000 vs 10,000 articles (JSONL in,
   Parquet out); target ratio <= 1.1 and < 1 GB;
4. cold start: import, load and first article in a fresh interpreter; target <= 3 s;
5. ``--baseline REV`` (default: the pinned revision below, the pipeline as shipped before the
   speed work of issue 17): that revision's ``pressnlp/`` and ``models/`` (``git archive``) and
   this checkout, each in its own worker process, tag the same chunks alternately; prints
   articles/s and tokens/s per core of both, the ratio, and each worker's peak RSS.

Usage::

    python benchmarks/bench_pipeline.py                      # everything, default sizes
    python benchmarks/bench_pipeline.py --n-articles 500 --rss-sizes 200 2000
    python benchmarks/bench_pipeline.py --profile 300        # cProfile of the full pipeline
    python benchmarks/bench_pipeline.py --skip throughput rss cold --n-articles 1000  # vs baseline

Figures depend on the machine (printed first) and on other load on it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLD_START = r"""
import sys, time
t0 = time.perf_counter()
import pressnlp
t1 = time.perf_counter()
nlp = pressnlp.load()
t2 = time.perf_counter()
result = pressnlp.analyze(open(sys.argv[1], "rb").read(), nlp=nlp)
t3 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {len(result.entities)}")
"""


BASELINE_REV = "2c6cb86"
"""The pipeline before issue 17 (same models; thinc's BLIS products)."""

# A worker tags the chunks it is sent (``start end`` on stdin) and answers ``seconds tokens
# failed maxrss_kib``; two of them (baseline and current) are driven alternately.
WORKER = r"""
import json, sys, time
import pandas as pd
from pressnlp.batch import get_pipeline, tag_frame
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
df = pd.DataFrame(texts)
batch_size = int(sys.argv[2])
nlp = get_pipeline()
tag_frame(df.head(20), nlp=nlp)
print("ready", flush=True)
for line in sys.stdin:
    start, end = map(int, line.split())
    t = time.perf_counter()
    out = tag_frame(df.iloc[start:end], nlp=nlp, batch_size=batch_size)
    seconds = time.perf_counter() - t
    # VmHWM, not ru_maxrss: the latter keeps the forking parent's size across exec
    rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
    print(seconds, int(out["n_tokens"].sum()), int(out["error"].notna().sum()), rss, flush=True)
"""

RSS_WRAPPER = r"""
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(proc.stdout)
sys.stderr.write(proc.stderr)
print("maxrss_kib", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(proc.returncode)
"""


def load_texts(data: Path, n: int) -> list[dict[str, str]]:
    """``n`` articles from the topic corpora, interleaved so every corpus is represented;
    cycled (with fresh ids) if more are asked for than exist."""
    corpora = []
    for path in sorted((data / "topics").glob("*/articles.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        corpora.append([t for t in texts if isinstance(t, str) and t.strip()])
    if not corpora:
        raise SystemExit(f"no topics/*/articles.jsonl under {data}")
    interleaved = [t for group in itertools.zip_longest(*corpora) for t in group if t is not None]
    return [
        {"id": f"a{i:06d}", "text": text} for i, text in zip(range(n), itertools.cycle(interleaved))
    ]


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024**2:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at start"
    return f"{cpu}, {os.cpu_count()} cores{mem}{load}; Python {platform.python_version()}"


def models_present() -> str:
    from pressnlp.resources import model_path

    found = []
    for name in ("ner", "topics"):
        try:
            path = model_path(name)
        except FileNotFoundError:
            found.append(f"{name}: missing")
            continue
        meta = path / "meta.json"
        version = ""
        if meta.is_file():
            info = json.loads(meta.read_text())
            version = f" {info.get('name', '')} {info.get('version', '')}".rstrip()
        found.append(f"{name}:{version or ' present'}")
    return ", ".join(found)


def rate(n: int, tokens: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} articles/s {tokens / seconds:10.0f} tokens/s ({seconds:.1f} s)"


def bench_throughput(texts: list[dict[str, str]], batch_size: int, parallel: bool) -> None:
    import pandas as pd
    import spacy

    from pressnlp.batch import get_pipeline, tag_frame
    from pressnlp.resources import model_path

    df = pd.DataFrame(texts)
    nlp = get_pipeline()
    print(f"pipeline: {' -> '.join(nlp.pipe_names)}")
    try:
        bare = spacy.load(model_path("ner"))
    except (OSError, FileNotFoundError) as err:
        print(f"bare NER model: not available ({err})")
        bare = None
    tag_frame(df.head(20), nlp=nlp)  # warm up caches and lazy loaders
    if bare is not None:
        list(bare.pipe(df["text"].head(20).tolist()))
    # Full and bare run chunk by chunk, alternately, so that both see the same machine: on a
    # shared virtual machine speed drifts by 20% over minutes, and two long sequential runs
    # measured the drift as much as the pipeline.
    full_s = bare_s = 0.0
    bare_tokens = 0
    outs = []
    chunk = 250
    for k, start in enumerate(range(0, len(df), chunk)):
        part = df.iloc[start : start + chunk]
        steps = ["full", "bare"] if k % 2 == 0 else ["bare", "full"]
        for step in steps:
            t = time.perf_counter()
            if step == "full":
                outs.append(tag_frame(part, nlp=nlp, batch_size=batch_size))
                full_s += time.perf_counter() - t
            elif bare is not None:
                raw = part["text"].tolist()
                bare_tokens += sum(len(doc) for doc in bare.pipe(raw, batch_size=batch_size))
                bare_s += time.perf_counter() - t
    out = pd.concat(outs)
    full_tokens = int(out["n_tokens"].sum())
    failed = int(out["error"].notna().sum())
    print(f"full pipeline, 1 process   {rate(len(df), full_tokens, full_s)}  [{failed} failed]")
    if bare is not None:
        print(
            f"bare NER model ({', '.join(bare.pipe_names)})  {rate(len(df), bare_tokens, bare_s)}"
        )
        print(
            f"  full / bare (articles/s): {bare_s / full_s:.2f}   (target >= 0.75; chunks of {chunk}, alternating)"
        )

    if parallel:
        t = time.perf_counter()
        two = tag_frame(df, nlp=nlp, batch_size=batch_size, n_process=2)
        two_s = time.perf_counter() - t
        print(f"full pipeline, 2 processes {rate(len(df), int(two['n_tokens'].sum()), two_s)}")
        print(f"  2 processes / 1 process: {full_s / two_s:.2f}   (target >= 1.7)")
        same = two.drop(columns=["topic_score"]).equals(out.drop(columns=["topic_score"]))
        print(f"  same results as 1 process: {same}")


def peak_rss(texts: list[dict[str, str]], tmp: Path, batch_size: int) -> tuple[float, float]:
    """Peak RSS (MiB) and wall time of ``pressnlp tag`` on ``texts``."""
    src = tmp / f"archive-{len(texts)}.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for row in texts:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    dest = tmp / f"tagged-{len(texts)}.parquet"
    cmd = [
        sys.executable,
        "-m",
        "pressnlp",
        "tag",
        str(src),
        "-o",
        str(dest),
        "--id-col",
        "id",
        "--batch-size",
        str(batch_size),
        "--no-progress",
    ]
    t = time.perf_counter()
    # The command runs under a small fresh interpreter that reports its children's peak RSS.
    # Measured directly from this process, a forked child's ru_maxrss counts the pages it
    # shares with this (by now large) process between fork and exec: the throughput run
    # left this process at about 1.2 GiB, and every archive size then "peaked" there.
    proc = subprocess.run([sys.executable, "-c", RSS_WRAPPER, *cmd], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"pressnlp tag failed ({proc.returncode}): {proc.stderr[-2000:]}")
    *lines, last = proc.stdout.strip().splitlines()
    maxrss_mib = int(last.split()[1]) / 1024
    out = "\n".join(lines)
    print(
        f"  {len(texts):>6} articles: {maxrss_mib:7.0f} MiB peak RSS, {seconds:6.1f} s, {out.strip()}"
    )
    return maxrss_mib, seconds


def cold_start(sample: Path) -> None:
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", COLD_START, str(sample)], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - t
    imp, load, first, n_ents = out.stdout.split()
    print(f"cold start article: {n_ents} entities")
    total = float(imp) + float(load) + float(first)
    print(
        f"cold start: import {float(imp):.2f} s + load {float(load):.2f} s + first article "
        f"{float(first):.2f} s = {total:.2f} s   (target <= 3 s; process wall time {wall:.2f} s)"
    )


def profile(texts: list[dict[str, str]], batch_size: int, top: int = 30) -> None:
    import pandas as pd

    from pressnlp.batch import get_pipeline, tag_frame

    df = pd.DataFrame(texts)
    nlp = get_pipeline()
    tag_frame(df.head(10), nlp=nlp)
    prof = cProfile.Profile()
    prof.enable()
    tag_frame(df, nlp=nlp, batch_size=batch_size)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).sort_stats("cumulative")
    stats.print_stats(top)
    buf.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(top)
    print(buf.getvalue())


def _worker(pythonpath: Path | None, src: Path, batch_size: int) -> subprocess.Popen[str]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    if pythonpath is not None:
        # the baseline's package shadows the installed (editable) one
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(src), str(batch_size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=src.parent,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"benchmark worker failed to start (PYTHONPATH={pythonpath})")
    return proc


def _ask(proc: subprocess.Popen[str], start: int, end: int) -> tuple[float, int, int, int]:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{start} {end}\n")
    proc.stdin.flush()
    seconds, tokens, failed, rss = proc.stdout.readline().split()
    return float(seconds), int(tokens), int(failed), int(rss)


def bench_baseline(
    texts: list[dict[str, str]], rev: str, batch_size: int, chunk: int = 100
) -> None:
    """The revision ``rev`` against this checkout, chunk by chunk, alternately, 1 core each
    (one thread each, one at a time), on the same texts."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        old = tmp / "baseline"
        old.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", rev, "pressnlp", "models"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        src = tmp / "texts.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for row in texts:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        workers = {
            "baseline": _worker(old, src, batch_size),
            "current": _worker(None, src, batch_size),
        }
        totals = {name: [0.0, 0, 0, 0] for name in workers}
        for k, start in enumerate(range(0, len(texts), chunk)):
            order = ["baseline", "current"] if k % 2 == 0 else ["current", "baseline"]
            for name in order:
                seconds, tokens, failed, rss = _ask(workers[name], start, start + chunk)
                total = totals[name]
                total[0] += seconds
                total[1] += tokens
                total[2] += failed
                total[3] = max(total[3], rss)
        for proc in workers.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
    for name, (seconds, tokens, failed, rss) in totals.items():
        label = f"{name} ({rev})" if name == "baseline" else name
        print(
            f"  {label:22s} {rate(len(texts), tokens, seconds)}  peak RSS {rss / 1024:.0f} MiB"
            f"  [{failed} failed]"
        )
    ratio = totals["baseline"][0] / totals["current"][0]
    print(f"  current / baseline (articles/s per core): {ratio:.2f}   (target >= 1.5)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=None, help="shared data folder (default: ../shared/data)")
    parser.add_argument(
        "--n-articles", type=int, default=2000, help="articles for throughput (default 2000)"
    )
    parser.add_argument(
        "--rss-sizes", type=int, nargs=2, default=[1000, 10000], metavar=("SMALL", "LARGE")
    )
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["throughput", "parallel", "rss", "cold", "baseline"],
    )
    parser.add_argument(
        "--baseline",
        default=BASELINE_REV,
        metavar="REV",
        help=f"git revision to compare against (default {BASELINE_REV})",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="only profile the full pipeline on N articles",
    )
    args = parser.parse_args(argv)

    from pressnlp.resources import shared_data_dir

    data = shared_data_dir(args.data)
    assert data is not None
    print(f"machine: {machine()}")
    print(f"models: {models_present()}")
    if args.profile:
        profile(load_texts(data, args.profile), args.batch_size)
        return 0
    if "throughput" not in args.skip:
        texts = load_texts(data, args.n_articles)
        print(f"\n== throughput on {len(texts)} articles (batch size {args.batch_size})")
        bench_throughput(texts, args.batch_size, parallel="parallel" not in args.skip)
    if "rss" not in args.skip:
        small, large = args.rss_sizes
        print("\n== peak RSS of `pressnlp tag` (JSONL -> Parquet, 1 process)")
        with tempfile.TemporaryDirectory() as tmp:
            rss_small, _ = peak_rss(load_texts(data, small), Path(tmp), args.batch_size)
            rss_large, _ = peak_rss(load_texts(data, large), Path(tmp), args.batch_size)
        print(
            f"  ratio {large} / {small}: {rss_large / rss_small:.2f}   (target <= 1.1; < 1024 MiB)"
        )
    if "baseline" not in args.skip:
        texts = load_texts(data, args.n_articles)
        print(f"\n== {args.baseline} vs this checkout, {len(texts)} articles, alternating chunks")
        bench_baseline(texts, args.baseline, args.batch_size)
    if "cold" not in args.skip:
        print("\n== cold start")
        from pressnlp.resources import data_file

        cold_start(Path(str(data_file("samples", "000_8bdf8b16649a04d4.txt"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
