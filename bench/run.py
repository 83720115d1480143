"""Benchmark: the extractor against a bare spaCy pass over the same texts, in one run.

    .venv/bin/python bench/run.py                 # 2,000 articles, memory run of 10,000
    .venv/bin/python bench/run.py --articles 500 --memory-articles 0 --rounds 1   # a quick look

Prints articles/s for a bare `nlp.pipe` over the model's default pipeline (one
process) and for `incident-extract extract --jobs 1` and `--jobs 2` (the real
command, reading files and writing JSON Lines), their ratios (the bare pass and
`--jobs 1` alternate for --rounds pairs; the median ratio is reported), cold start for one
article against a bare `spacy.load` plus one article, and peak resident memory
per process; the memory run samples the worker's memory across a long batch to
show whether it grows. With the spark extra installed, the Spark job in local[2]
over the same files: its session start-up, its throughput once the session is up
(reading, extracting and writing the part files) as a ratio to `--jobs 2`, and
whether its records are the bytes `--jobs 2` wrote.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

BIN = Path(sys.executable).parent
CLI = str(BIN / "incident-extract")


def _descendants(pid: int) -> list[int]:
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                for child in handle.read().split():
                    found.extend(_descendants(int(child)))
    except OSError:
        pass
    return found


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemoryWatch:
    """Samples the resident memory of a process tree: per-process peaks and a time series."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, float] = {}
        self.series: list[tuple[float, dict[int, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        start = time.perf_counter()
        while not self._stop.is_set():
            sample = {pid: _rss_mb(pid) for pid in _descendants(self.pid)}
            for pid, rss in sample.items():
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), rss)
            self.series.append((time.perf_counter() - start, sample))
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_watched(command: list[str]) -> tuple[float, MemoryWatch]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watch = MemoryWatch(process.pid)
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    watch.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command} failed: {stderr.decode()[-2000:]}")
    return elapsed, watch


BARE = """
import sys, time, pathlib, spacy
from incident_extract.nlp import resolve_model_name
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load(resolve_model_name(None))
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(time.perf_counter() - start)
"""

COLD_BARE = """
import sys, spacy
from incident_extract.nlp import resolve_model_name
nlp = spacy.load(resolve_model_name(None))
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def bare_pass(folder: Path) -> tuple[float, float]:
    """Seconds for the model's default pipeline over the texts (loading excluded), peak MB."""
    process = subprocess.Popen([sys.executable, "-c", BARE, str(folder)], stdout=subprocess.PIPE)
    watch = MemoryWatch(process.pid)
    out, _ = process.communicate()
    watch.stop()
    return float(out.decode().strip()), max(watch.peaks.values())


def cold_start(command: list[str], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def memory_growth(watch: MemoryWatch, root: int) -> dict[str, float]:
    """Resident memory of the busiest process at 10%, 50% and 100% of the run."""
    series = [
        (
            t,
            max((rss for pid, rss in sample.items() if pid != root), default=0.0)
            or sample.get(root, 0.0),
        )
        for t, sample in watch.series
    ]
    series = [(t, rss) for t, rss in series if rss > 0]
    if not series:
        return {}
    end = series[-1][0]

    def at(fraction: float) -> float:
        return next(rss for t, rss in series if t >= fraction * end)

    return {"10%": at(0.1), "50%": at(0.5), "100%": series[-1][1]}


SPARK = """
import sys, time
start = time.perf_counter()
from incident_extract import spark
session = spark.session("local[2]", progress=False)
session.sparkContext.setLogLevel("ERROR")
up = time.perf_counter()
spark.run(session, [sys.argv[1]], sys.argv[2])
done = time.perf_counter()
session.stop()
print(up - start, done - up)
"""


def spark_figures(corpus: Path, articles: int, out: Path, temp: Path) -> dict[str, float]:
    """The Spark job in local[2]: session start-up, then articles/s once it is up."""
    folder = temp / "spark-out"
    finished = subprocess.run(
        [sys.executable, "-c", SPARK, str(corpus), str(folder)], capture_output=True, check=False
    )
    if finished.returncode:
        raise SystemExit(f"the Spark run failed: {finished.stderr.decode()[-2000:]}")
    startup, seconds = (float(value) for value in finished.stdout.decode().split()[-2:])
    parts = sorted((folder / "records").glob("part-*"))
    written = b"".join(part.read_bytes() for part in parts)
    return {
        "spark_session_startup_s": startup,
        "spark_local2_articles_per_s": articles / seconds,
        "spark_same_bytes_as_jobs2": float(written == out.read_bytes()),
    }


def _extract_command(corpus: Path, jobs: int, out: Path) -> list[str]:
    return [CLI, "extract", str(corpus), "-j", str(jobs), "-q", "-o", str(out)]


def speed_figures(
    corpus: Path, articles: int, out: Path, spark: bool, rounds: int
) -> dict[str, float]:
    """Throughput of the bare model and of the extractor, their ratios, cold start, memory.

    The bare pass and `--jobs 1` run back to back, `rounds` times: the speed of a shared
    machine drifts by more than the difference measured, so each round's ratio compares
    runs minutes apart and the median ratio is reported (speeds are each side's best)."""
    figures: dict[str, float] = {}
    bare_times, jobs1_times, ratios, peaks = [], [], [], []
    for _ in range(rounds):
        bare_seconds, bare_peak = bare_pass(corpus)
        seconds, watch = run_watched(_extract_command(corpus, 1, out))
        bare_times.append(bare_seconds)
        jobs1_times.append(seconds)
        ratios.append(bare_seconds / seconds)
        peaks.append((bare_peak, max(watch.peaks.values())))
    figures["bare_articles_per_s"] = articles / min(bare_times)
    figures["bare_peak_mb"] = max(bare for bare, _ in peaks)
    figures["jobs1_articles_per_s"] = articles / min(jobs1_times)
    figures["jobs1_peak_mb_per_process"] = max(ours for _, ours in peaks)
    seconds, watch = run_watched(_extract_command(corpus, 2, out))
    figures["jobs2_articles_per_s"] = articles / seconds
    figures["jobs2_peak_mb_per_process"] = max(watch.peaks.values())
    jobs1, jobs2 = figures["jobs1_articles_per_s"], figures["jobs2_articles_per_s"]
    figures["ratio_jobs1_vs_bare"] = statistics.median(ratios)
    figures["ratio_jobs1_vs_bare_lowest"] = min(ratios)
    figures["ratio_jobs1_vs_bare_highest"] = max(ratios)
    figures["ratio_jobs2_vs_jobs1"] = jobs2 / jobs1
    if spark and importlib.util.find_spec("pyspark"):
        figures.update(spark_figures(corpus, articles, out, out.parent))
        figures["ratio_spark_local2_vs_jobs2"] = figures["spark_local2_articles_per_s"] / jobs2

    one = sorted(corpus.glob("*.txt"))[0]
    bare_cold = cold_start([sys.executable, "-c", COLD_BARE, str(one)])
    ours_cold = cold_start([CLI, "extract", str(one), "-q"])
    figures["cold_bare_s"] = bare_cold
    figures["cold_extractor_s"] = ours_cold
    figures["cold_ratio"] = ours_cold / bare_cold
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=10000)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-spark", action="store_true", help="leave out the Spark line")
    parser.add_argument(
        "--rounds", type=int, default=3, help="bare/--jobs 1 pairs run back to back (median)"
    )
    parser.add_argument(
        "--memory-only", action="store_true", help="skip the speed figures, run only the memory run"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        corpus = Path(temp) / "corpus"
        write_corpus(corpus, args.articles)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
        out = Path(temp) / "out.jsonl"
        figures: dict[str, object] = {"articles": args.articles, "chars": chars}

        if not args.memory_only:
            figures.update(
                speed_figures(corpus, args.articles, out, not args.no_spark, args.rounds)
            )

        if args.memory_articles:
            long_corpus = Path(temp) / "long"
            write_corpus(long_corpus, args.memory_articles, seed=7)
            seconds, watch = run_watched(
                [CLI, "extract", str(long_corpus), "-j", "1", "-q", "-o", str(out)]
            )
            figures["memory_run_articles"] = args.memory_articles
            figures["memory_run_articles_per_s"] = args.memory_articles / seconds
            figures["memory_run_rss_mb"] = memory_growth(watch, watch.pid)

    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        shown = f"{value:.2f}" if isinstance(value, float) else value
        print(f"{key:32} {shown}")


if __name__ == "__main__":
    main()
