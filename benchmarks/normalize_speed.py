"""Throughput of the target normalizer, with and without its memo.

    python benchmarks/normalize_speed.py [CHECKOUT]

CHECKOUT (default: this one) is the root of a checkout of indicator-parser, so
that an older version can be measured on the same values, e.g. a ``git worktree``
of main. Values: the distinct target values of the two seed documents, and the
values of the gold file examples/targets.jsonl of this checkout. Each row is the
best of seven passes after two warm-up passes, in CPU time of this process (the
machine is shared: wall-clock time counts other people's work too).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CHECKOUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
sys.path.insert(0, str(CHECKOUT))

from indicator_parser import normalize, read_document  # noqa: E402
from indicator_parser.normalizer import _read  # noqa: E402


def seed_values() -> list[str]:
    values = set()
    for path in sorted((HERE / "examples" / "documents").glob("*.txt")):
        for unit in read_document(path).units:
            for project in unit.projects:
                for indicator in project.indicators:
                    for target in (indicator.period_target, indicator.annual_target):
                        if target is not None:
                            values.add(target.raw)
    return sorted(values)


def gold_values() -> list[str]:
    lines = (HERE / "examples" / "targets.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["raw"] for line in lines if line.strip()]


def rate(function, values: list[str]) -> float:
    for _ in range(2):
        for value in values:
            function(value)
    best = float("inf")
    for _ in range(7):
        start = time.process_time()
        for value in values:
            function(value)
        best = min(best, time.process_time() - start)
    return len(values) / best


def main() -> None:
    print(f"checkout: {CHECKOUT}")
    for name, values in (("seed values", seed_values()), ("gold values", gold_values())):
        print(
            f"{name} ({len(values)} distinct): {rate(_read, values):,.0f} values/s without the memo, "
            f"{rate(normalize, values):,.0f} values/s with it"
        )


if __name__ == "__main__":
    main()
