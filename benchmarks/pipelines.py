"""Benchmarks of the data-pipeline outputs: Dask scaling, Parquet write throughput and size, peak memory.

    python benchmarks/pipelines.py              # full run (200 copies), writes its section of RESULTS.md
    python benchmarks/pipelines.py --copies 5   # a quick look, writes nothing

Needs the ``parquet`` and ``dask`` extras. The machine is shared: the load
average is printed before each case, and each timed case is repeated.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicator_parser import (  # noqa: E402
    iter_documents,
    to_records,
    write_parquet,
)
from indicator_parser.outputs.records import COLUMNS, csv_cells  # noqa: E402

SEEDS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN, END = "<!-- pipelines: written by benchmarks/pipelines.py -->", "<!-- /pipelines -->"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def copies(folder: Path, n: int) -> list[str]:
    """n copies of each seed, one file each (as a corpus of many budget files)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        for seed in SEEDS:
            target = folder / f"{i:04d}_{seed.name}"
            shutil.copyfile(seed, target)
            files.append(str(target))
    return files


def dask_pipeline(files: list[str], out: Path, repeat: int) -> dict[int, tuple[list[float], list[float], list[float]]]:
    """read_indicators → to_parquet on LocalClusters of 1 and 2 single-threaded worker processes.

    Both clusters are up at once and their runs alternate, so that both see the same
    load from other users of the machine (idle workers cost nothing).
    """
    from distributed import Client, LocalCluster

    from indicator_parser.dask import read_indicators

    found: dict[int, tuple[list[float], list[float], list[float]]] = {1: ([], [], []), 2: ([], [], [])}
    clusters = {
        w: LocalCluster(n_workers=w, threads_per_worker=1, processes=True, dashboard_address=None) for w in (1, 2)
    }
    try:
        clients = {w: Client(cluster, set_as_default=False) for w, cluster in clusters.items()}
        for w, client in clients.items():  # warm up: workers import the package and build the parser once
            client.compute(
                read_indicators(files[:4], files_per_partition=2).to_parquet(out / f"warm{w}", compute=False)
            ).result()
        for i in range(repeat):
            for w, client in clients.items():
                print(f"  dask {w} worker(s), run {i + 1}, load {load()}", flush=True)
                found[w][1].append(os.getloadavg()[0])
                cpu = sum(client.run(time.process_time).values())
                start = time.perf_counter()
                job = read_indicators(files, files_per_partition=8).to_parquet(out / f"run{w}_{i}", compute=False)
                client.compute(job).result()
                found[w][0].append(time.perf_counter() - start)
                found[w][2].append(sum(client.run(time.process_time).values()) - cpu)
        for client in clients.values():
            client.close()
    finally:
        for cluster in clusters.values():
            cluster.close()
    return found


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of one child process."""
    code = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    rss, seconds = done.stdout.split()
    return float(rss), float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--big", type=int, default=400, help="copies of both seeds in one file for the RSS case")
    options = parser.parse_args()
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        files = copies(tmp / "corpus", options.copies)
        size_mb = sum(os.path.getsize(f) for f in files) / 1e6

        # Dask, 1 and 2 workers.
        measured = dask_pipeline(files, tmp / "dask", options.repeat)
        timing = {w: measured[w][0] for w in (1, 2)}
        loads = {w: measured[w][1] for w in (1, 2)}
        cpu = {w: statistics.median(measured[w][2]) for w in (1, 2)}
        one, two = (statistics.median(timing[w]) for w in (1, 2))
        runs = {
            w: ", ".join(f"{t:.1f}" for t in timing[w])
            + f"; 1-min load before the runs {min(loads[w]):.1f}–{max(loads[w]):.1f}"
            for w in (1, 2)
        }

        # Parquet write throughput and size against CSV, on documents parsed beforehand.
        documents = [d for f in files for d in iter_documents(f)]
        rows = sum(len(to_records(d)) for d in documents)
        parquet_times, csv_times = [], []
        for i in range(options.repeat):
            print(f"  parquet/csv write, run {i + 1}, load {load()}", flush=True)
            start = time.perf_counter()
            write_parquet(documents, tmp / "rows.parquet")
            parquet_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            with open(tmp / "rows.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(COLUMNS)
                for document in documents:
                    writer.writerows(csv_cells(row) for row in to_records(document))
            csv_times.append(time.perf_counter() - start)
        parquet_s, csv_s = statistics.median(parquet_times), statistics.median(csv_times)
        parquet_mb = os.path.getsize(tmp / "rows.parquet") / 1e6
        csv_mb = os.path.getsize(tmp / "rows.csv") / 1e6
        old_csv = io.StringIO()  # the same rows with only the original 21 columns
        writer = csv.writer(old_csv, lineterminator="\n")
        for document in documents:
            writer.writerows([row[c] for c in COLUMNS[:21]] for row in to_records(document))
        old_csv_mb = len(old_csv.getvalue().encode("utf-8")) / 1e6
        del documents
        # The copies repeat the same rows, which Parquet's dictionaries compress away: size the seeds once too.
        seeds = [d for f in SEEDS for d in iter_documents(f)]
        seed_rows = sum(len(to_records(d)) for d in seeds)
        write_parquet(seeds, tmp / "seeds.parquet")
        seed_csv = io.StringIO()
        writer = csv.writer(seed_csv, lineterminator="\n")
        writer.writerow(COLUMNS)
        for document in seeds:
            writer.writerows(csv_cells(row) for row in to_records(document))
        seed_parquet_kb = os.path.getsize(tmp / "seeds.parquet") / 1e3
        seed_csv_kb = len(seed_csv.getvalue().encode("utf-8")) / 1e3

        # Peak RSS of the CLI writing Parquet from one large file, against a small one.
        seed_texts = [s.read_text(encoding="utf-8") for s in SEEDS]
        rss = {}
        for n in (1, options.big // 2, options.big):
            big = tmp / f"big{n}.txt"
            big.write_text("\n".join(seed_texts * n), encoding="utf-8")
            print(f"  parse --format parquet, {n}x, load {load()}", flush=True)
            cmd = [sys.executable, "-m", "indicator_parser", "parse", str(big), "--format", "parquet"]
            rss[n] = (big.stat().st_size / 1e6, *peak_rss_mb([*cmd, "-o", str(tmp / "big.parquet"), "-q"]))

    lines += [
        BEGIN,
        "",
        "## Data pipelines (issue 14)",
        "",
        f"Written by `python benchmarks/pipelines.py`; {platform.processor() or platform.machine()},"
        f" {os.cpu_count()} cores (shared), Python {platform.python_version()}.",
        "",
        f"- Dask, `read_indicators(...).to_parquet(...)` over {len(files)} files ({options.copies} copies of the"
        f" two seeds, {size_mb:.1f} MB, {rows:,} rows), files_per_partition=8, LocalCluster of single-threaded"
        f" worker processes, both clusters up and their runs alternating, median of {options.repeat} after a warm-up:"
        f" 1 worker {one:.1f} s ({runs[1]}), 2 workers {two:.1f} s ({runs[2]}): speed-up {one / two:.2f}×."
        f" CPU seconds of all workers per run (median): 1 worker {cpu[1]:.1f} s, 2 workers {cpu[2]:.1f} s"
        f" ({cpu[2] / cpu[1]:.2f}× the CPU: with two free cores the best speed-up is about"
        f" {2 * cpu[1] / cpu[2]:.2f}×).",
        f"- Parquet write (`write_parquet`, zstd, documents parsed beforehand): {rows / parquet_s:,.0f} rows/s,"
        f" {parquet_s:.2f} s for {rows:,} rows; csv of the same rows and columns {rows / csv_s:,.0f} rows/s.",
        f"- Size, the two seeds once ({seed_rows} distinct rows): Parquet {seed_parquet_kb:.0f} kB, csv of the same"
        f" {len(COLUMNS)} columns {seed_csv_kb:.0f} kB ({seed_csv_kb / seed_parquet_kb:.1f}× larger).",
        f"- Size, the {options.copies} copies ({rows:,} rows, each row {options.copies} times): Parquet"
        f" {parquet_mb:.2f} MB, csv {csv_mb:.2f} MB ({csv_mb / parquet_mb:.0f}× larger: repeated rows cost Parquet"
        f" almost nothing, so this flatters it); csv with only the original 21 columns {old_csv_mb:.2f} MB.",
    ]
    for n, (mb, peak, seconds) in rss.items():
        lines.append(
            f"- `parse --format parquet -o` on one {mb:.1f} MB file ({n}× both seeds):"
            f" peak RSS {peak:.0f} MB, {seconds:.1f} s ({mb / seconds:.2f} MB/s)."
        )
    lines += ["", END]
    text = "\n".join(lines)
    print(text)
    if options.copies == 200:
        old = RESULTS.read_text(encoding="utf-8")
        if BEGIN in old:
            old = old[: old.index(BEGIN)].rstrip("\n") + old[old.index(END) + len(END) :]
        RESULTS.write_text(old.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
