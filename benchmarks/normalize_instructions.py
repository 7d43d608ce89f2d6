"""Normalize values N times, for counting instructions on a busy machine (deterministic, unlike time).

    python benchmarks/normalize_instructions.py CHECKOUT seed|gold N

Run it twice under valgrind, with N = 0 and N = 3, and divide the difference of the
"Collected" counts by 3 × the number of values (the first pass, which compiles the
patterns, is in both runs)::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/normalize_instructions.py . seed 3
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
checkout, which, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])

from normalize_speed import gold_values, seed_values  # noqa: E402

values = seed_values() if which == "seed" else gold_values()
sys.path.insert(0, str(Path(checkout).resolve()))
for name in [m for m in sys.modules if m == "indicator_parser" or m.startswith("indicator_parser.")]:
    del sys.modules[name]  # measure CHECKOUT's normalizer, not the one that read the values

from indicator_parser.normalizer import _read  # noqa: E402

for value in values:
    _read(value)
for _ in range(passes):
    for value in values:
        _read(value)
