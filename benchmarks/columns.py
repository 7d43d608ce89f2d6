"""Column tables read per indicator against the seeds (issue 12: at least as fast per indicator).

    python benchmarks/columns.py [--repeat N]

Reads the committed column-table examples (examples/documents/columns: 6 tables,
each in 9 text shapes) shape by shape, and the two seeds, in the same process,
taking turns so that a busy machine slows both alike; prints indicators per
second (median of the rounds) per shape and for the seeds. The normalizer's
memo is cleared before every round, so that no shape profits from values read
before it (``--warm`` keeps it, as benchmarks/run.py does).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from indicator_parser import parse_document
from indicator_parser.normalizer import normalize
from indicator_parser.sources import read_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"
SEEDS = sorted(EXAMPLES.glob("0*.txt"))
COLUMNS = sorted(p for p in (EXAMPLES / "columns").iterdir() if not p.name.endswith(".json"))


def shape_of(path: Path) -> str:
    return path.name.split(".")[1]


def count(text: str, source: str) -> int:
    return sum(len(p.indicators) for u in parse_document(text, source).units for p in u.projects)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeat", type=int, default=9)
    options.add_argument("--warm", action="store_true", help="keep the normalizer's memo between rounds")
    options.add_argument("--copies", type=int, default=1, help="each shape's 6 tables N times over, in one text")
    args = options.parse_args()
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in SEEDS:
        groups["seeds (both, end to end)"].append((read_text(path), path.name))
    for path in COLUMNS:
        groups[f"columns, {shape_of(path)}"].append((path.read_text(encoding="utf-8"), path.name))
    if args.copies > 1:  # documents of many projects, as a department's whole budget is
        for name in [n for n in groups if n.startswith("columns")]:
            texts = groups[name]
            groups[name] = [("\n".join(t for t, _ in texts for _ in range(args.copies)), texts[0][1])]
    indicators = {name: sum(count(t, s) for t, s in texts) for name, texts in groups.items()}
    timings: dict[str, list[float]] = defaultdict(list)
    clear = (lambda: None) if args.warm else normalize.cache_clear
    for _ in range(args.repeat):
        for name, texts in groups.items():
            clear()
            start = time.perf_counter()
            for text, source in texts:
                parse_document(text, source)
            timings[name].append(time.perf_counter() - start)
    seeds = indicators["seeds (both, end to end)"] / statistics.median(timings["seeds (both, end to end)"])
    print("| input | indicators | median | indicators/s | vs seeds |\n| --- | ---: | ---: | ---: | ---: |")
    for name in groups:
        median = statistics.median(timings[name])
        rate = indicators[name] / median
        print(f"| {name} | {indicators[name]} | {median * 1000:.1f} ms | {rate:,.0f} | {rate / seeds:.2f}× |")


if __name__ == "__main__":
    main()
