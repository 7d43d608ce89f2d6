"""Benchmarks: speed, memory and scaling of indicator-parser, side by side with the alternatives.

    python benchmarks/run.py            # full run, writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick    # a tiny run (used by the smoke test), writes nothing

Inputs are built from the two seed documents in examples/documents/. Every case
runs once to warm up, then several times in this process; the table gives the
median. Peak memory is what tracemalloc sees during one more run of the case.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lark  # noqa: E402

from indicator_parser import normalize, parse_cell, parse_document, parse_documents  # noqa: E402
from indicator_parser.grammar import accelerated  # noqa: E402
from indicator_parser.normalizer import _read as normalize_uncached  # noqa: E402
from indicator_parser.sources import read_text  # noqa: E402

SEEDS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
CELLS = sorted((ROOT / "examples" / "cells").glob("*.txt"))

# The baseline a user would write instead of a grammar: split liwan cells into
# items and fields with regular expressions. It only splits; it does not normalize.
_LIWAN_ITEM = re.compile(r"(\d+)、(.*?)(?:。(?=\d+、)|。?\s*$)", re.S)
_LIWAN_FIELDS = re.compile(r"^(.*?)；(.*?)；(.*?)；实施周期指标值[:：](.*?)；年度指标值[:：](.*)$", re.S)


def regex_split(cell: str) -> list[tuple[str, ...]]:
    text = re.sub(r"\s*\n\s*", "", cell)
    found = []
    for item in _LIWAN_ITEM.finditer(text):
        fields = _LIWAN_FIELDS.match(item.group(2))
        found.append((item.group(1), *(fields.groups() if fields else (item.group(2),))))
    return found


def earley_parser():
    """The same grammar under Lark's Earley parser (a tree, then the same transformer)."""
    from indicator_parser.grammar import DIALECTS, grammar_path

    path = grammar_path("indicators.lark")
    return lark.Lark(path.read_text(encoding="utf-8"), parser="earley", start=list(DIALECTS), source_path=str(path))


def earley_parse(parser, text: str, dialect: str) -> int:
    from indicator_parser.grammar import transformer
    from indicator_parser.text import JoinedText

    joined = JoinedText(text).text
    items = transformer.collect()
    try:
        transformer.IndicatorTransformer().transform(parser.parse(joined, start=dialect))
    except lark.exceptions.LarkError:
        return 0  # counted below: how many indicators Earley got right
    return len(items)


def timed(run: Callable[[], object]) -> float:
    """Seconds one call of ``run`` takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


class Case:
    def __init__(self, name: str, size: int, items: int, run: Callable[[], object], unit: str = "indicators"):
        self.name, self.size, self.items, self.run, self.unit = name, size, items, run, unit
        self.median = self.peak = 0.0

    def measure(self, repeat: int) -> Case:
        self.run()  # warm-up
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            self.run()
            times.append(time.perf_counter() - start)
        self.median = statistics.median(times)
        tracemalloc.start()
        self.run()
        self.peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return self

    def row(self) -> str:
        rate = self.items / self.median if self.median else 0
        mbps = self.size / 1e6 / self.median if self.median else 0
        return (
            f"| {self.name} | {self.size / 1000:,.1f} kB | {self.median * 1000:,.2f} ms | "
            f"{rate:,.0f} {self.unit}/s | {mbps:,.2f} MB/s | {self.peak / 1e6:,.1f} MB |"
        )


def whole_process(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_of(args: list[str]) -> float:
    """Peak resident memory (MB) of a whole process, from /usr/bin/time or resource."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    return f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; lark {lark.__version__}"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="tiny inputs, no RESULTS.md")
    options.add_argument("--repeat", type=int, default=15)
    args = options.parse_args()
    repeat = 2 if args.quick else args.repeat

    texts = [read_text(p) for p in SEEDS]
    cells = [p.read_text(encoding="utf-8") for p in CELLS]
    if args.quick:
        texts, cells = [t[:3000] for t in texts], [cells[0], cells[-1]]
    both = "\n".join(texts)
    per_doc = [sum(len(p.indicators) for u in parse_document(t).units for p in u.projects) for t in texts]
    n_indicators = sum(per_doc)
    liwan = [p.read_text(encoding="utf-8") for p in CELLS if p.name.startswith("002")]
    if args.quick:
        liwan = liwan[:2]
    n_liwan = sum(len(parse_cell(c).indicators) for c in liwan)
    values = sorted(
        {t.raw for c in cells for i in parse_cell(c).indicators for t in (i.period_target, i.annual_target) if t}
    )

    def size(items: list[str]) -> int:
        return sum(len(t.encode()) for t in items)

    cases = [
        Case("documents end to end (both seeds)", size(texts), n_indicators, lambda: [parse_document(t) for t in texts])
    ]
    for k in (1, 8) if args.quick else (1, 8, 64):
        text = "\n".join([both] * k)
        cases.append(
            Case(f"one text of both seeds ×{k}", size([text]), n_indicators * k, lambda t=text: parse_documents(t))
        )
    n_cells = sum(len(parse_cell(c).indicators) for c in cells)
    earley = earley_parser()
    cases += [
        Case(f"cell parser alone ({len(cells)} cells)", size(cells), n_cells, lambda: [parse_cell(c) for c in cells]),
        Case(
            f"cell parser, liwan cells ({len(liwan)})",
            size(liwan),
            n_liwan,
            lambda: [parse_cell(c, "liwan") for c in liwan],
        ),
        Case(
            f"regex splitter, liwan cells ({len(liwan)})", size(liwan), n_liwan, lambda: [regex_split(c) for c in liwan]
        ),
        Case(
            f"same grammar under Earley, liwan cells ({len(liwan)})",
            size(liwan),
            n_liwan,
            lambda: [earley_parse(earley, c, "liwan") for c in liwan],
        ),
        Case(
            f"normalize, {len(values)} distinct seed values (memoized)",
            size(values),
            len(values),
            lambda: [normalize(v) for v in values],
            "values",
        ),
        Case(
            f"normalize, {len(values)} distinct seed values (no memo)",
            size(values),
            len(values),
            lambda: [normalize_uncached(v) for v in values],
            "values",
        ),
    ]

    for case in cases:
        case.measure(repeat)
    header = "| case | input | median | rate | throughput | peak memory |\n| --- | ---: | ---: | ---: | ---: | ---: |"
    table = "\n".join([header, *(c.row() for c in cases)])
    print(machine())
    print(table)

    if args.quick:
        return
    by_name = {c.name: c for c in cases}
    one, sixty_four = by_name["one text of both seeds ×1"], by_name["one text of both seeds ×64"]
    ours = by_name[f"cell parser, liwan cells ({len(liwan)})"].median
    splitter = by_name[f"regex splitter, liwan cells ({len(liwan)})"].median
    earley_time = by_name[f"same grammar under Earley, liwan cells ({len(liwan)})"].median
    ratios = [
        f"- 64× input takes {sixty_four.median / one.median:.1f}× the time of 1× (target ≤ 70×).",
        f"- cell parser vs regex splitter on liwan cells: {ours / splitter:.1f}× the time "
        "(the splitter only splits; ours also infers categories and normalizes every value).",
        f"- Earley vs LALR on the same liwan cells: {earley_time / ours:.1f}× slower "
        f"(Earley read {sum(earley_parse(earley, c, 'liwan') for c in liwan)} of {n_liwan} indicators).",
        f"- LALR runtime: {'lark-cython' if accelerated() else 'pure-Python lark'}.",
    ]
    # Pathological cells (runs of one fragment): 8 times the input should take about 8 times the time.
    for fragment in ("1、", "产", "；", "年度指标值:", "1、1-产出指标；11-数量指标；场次；年度指标值:2场。"):
        texts = [fragment * (n // len(fragment)) for n in (25_000, 200_000)]
        small, large = (min(timed(lambda t=text: parse_cell(t)) for _ in range(3)) for text in texts)
        ratios.append(
            f"- pathological cell `{fragment}`×: 200,000 characters in {large * 1000:.0f} ms, "
            f"{large / small:.1f}× the time of 25,000 (linear: about 8×)."
        )
    command = [sys.executable, "-m", "indicator_parser"]
    script = Path(sys.executable).with_name("indicator-parser")
    if script.exists():
        command = [str(script)]
    help_time = whole_process([*command, "--help"], 7)
    parse_time = whole_process([*command, "parse", str(SEEDS[-1])], 7)
    shown = " ".join(Path(c).name for c in command)
    ratios.append(f"- `{shown} --help`: {help_time * 1000:.0f} ms as a whole process (target ≤ 300 ms).")
    ratios.append(
        f"- `{shown} parse {SEEDS[-1].name}`: {parse_time * 1000:.0f} ms as a whole process (target ≤ 600 ms)."
    )
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        chunk = (both + "\n").encode()
        with big.open("wb") as handle:
            for _ in range(100_000_000 // len(chunk) + 1):
                handle.write(chunk)
        size = big.stat().st_size / 1e6
        start = time.perf_counter()
        rss = peak_rss_of([*command, "parse", str(big), "--format", "jsonl", "-q", "-o", os.devnull])
        took = time.perf_counter() - start
        ratios.append(
            f"- `{shown} parse --format jsonl` over a {size:.0f} MB file of concatenated seeds: "
            f"peak RSS {rss:.0f} MB (target < 400 MB), {took:.0f} s, {size / took:.2f} MB/s."
        )
    print("\n".join(ratios))
    results = ROOT / "benchmarks" / "RESULTS.md"
    notes = results.read_text(encoding="utf-8").split("<!-- notes -->", 1)[1] if results.exists() else "\n"
    results.write_text(
        "# Benchmark results\n\nWritten by `python benchmarks/run.py`; the notes after the marker are kept.\n\n"
        f"Machine: {machine()}.\n\n{table}\n\n" + "\n".join(ratios) + "\n\n<!-- notes -->" + notes,
        encoding="utf-8",
    )
    print(f"wrote {results.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
