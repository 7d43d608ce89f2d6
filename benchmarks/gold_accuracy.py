"""Right, wrong and confidently wrong on the gold file, for this checkout or another one.

    python benchmarks/gold_accuracy.py [CHECKOUT] [--gold FILE] [--source TEXT] [-v]

CHECKOUT (default: this one) is the root of a checkout of indicator-parser whose
normalizer is measured on the gold file of *this* checkout (examples/targets.jsonl),
e.g. ``git archive main | tar -x -C /tmp/main`` for the code before a change.
``--source TEXT`` keeps the cases whose ``source`` contains TEXT (``"read blind"``: the
cases written down before the code was run on them).

- right: kind, comparator, value, value_max, unit and per as the gold file says
  (for a composite, the same of every part);
- confidently wrong: a reading (not ``text`` or ``empty``) that says a number, unit,
  comparator or direction the text does not: the value is ``text`` in the gold file,
  or one of value, value_max, unit, comparator, direction differs;
- wrong: everything that is not right (confidently wrong included).

A reading that differs from the gold file only by where 万 or 亿 is written (50000
for 5 万: the same amount under another convention) is wrong, not confidently wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ARGS = [
    a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("-") and sys.argv[i - 1] not in ("--gold", "--source")
]
SOURCE = sys.argv[sys.argv.index("--source") + 1] if "--source" in sys.argv else ""
CHECKOUT = Path(ARGS[0]).resolve() if ARGS else HERE
GOLD = Path(sys.argv[sys.argv.index("--gold") + 1]) if "--gold" in sys.argv else HERE / "examples" / "targets.jsonl"
sys.dont_write_bytecode = True
sys.path.insert(0, str(CHECKOUT))

from indicator_parser import normalize, to_dict  # noqa: E402

SCORED = ("kind", "comparator", "value", "value_max", "unit", "per")
CLAIMS = ("value", "value_max", "unit", "comparator", "direction")


def scored(target: dict, fields=SCORED) -> tuple:
    parts = tuple(scored(part, fields) for part in target.get("parts", []))
    return (*(target.get(f) for f in fields), parts)


def same_amount(got: dict, expected: dict) -> bool:
    """50000 (no unit) or 50000 元 for 5 万 or 5 万元: the same amount under the other 万/亿 convention."""
    unit = expected.get("unit") or ""
    if unit[:1] not in ("万", "亿") or got.get("value") is None or expected.get("value") is None:
        return False
    factor = 10**4 if unit[0] == "万" else 10**8
    return got["value"] == expected["value"] * factor and (got.get("unit") or "") == unit[1:]


def main() -> None:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    cases = [case for case in cases if SOURCE in case.get("source", "")]
    right = wrong = confident = 0
    confident_cases = []
    for case in cases:
        expected, got = case["expected"], to_dict(normalize(case["raw"]))
        if scored(got) == scored(expected):
            right += 1
            continue
        wrong += 1
        if (
            got["kind"] not in ("text", "empty")
            and not same_amount(got, expected)
            and (expected["kind"] == "text" or scored(got, CLAIMS) != scored(expected, CLAIMS))
        ):
            confident += 1
            confident_cases.append(case["raw"])
    n = len(cases)
    print(f"checkout: {CHECKOUT}, gold file: {GOLD}")
    print(
        f"{n} cases: right {right} ({right / n:.1%}), wrong {wrong} ({wrong / n:.1%}), "
        f"confidently wrong {confident} ({confident / n:.1%})"
    )
    if "-v" in sys.argv:
        for raw in confident_cases:
            print("  confidently wrong:", raw[:60])


if __name__ == "__main__":
    main()
