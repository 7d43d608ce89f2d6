"""Read a text N times, for counting instructions per indicator on a busy machine (deterministic, unlike time).

    python benchmarks/columns_instructions.py seeds|SHAPE N

``seeds`` reads both seeds; a SHAPE (aligned, pipe, flat …) reads the column-table examples in that shape,
20 times over in one text, as benchmarks/columns.py --copies 20 does. The normalizer's memo is cleared
before each pass. Run it under valgrind with N = 0 and N = 3 and divide the difference of the "Collected"
counts by 3 × the indicators (printed); the first read, which builds the parsers, is in both runs::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/columns_instructions.py aligned 3
"""

from __future__ import annotations

import sys
from pathlib import Path

from indicator_parser import parse_document
from indicator_parser.normalizer import normalize
from indicator_parser.sources import read_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"
which, passes = sys.argv[1], int(sys.argv[2])
if which == "seeds":
    texts = [read_text(p) for p in sorted(EXAMPLES.glob("0*.txt"))]
else:
    paths = sorted((EXAMPLES / "columns").glob(f"*.{which}.*"))
    texts = ["\n".join(p.read_text(encoding="utf-8") for p in paths for _ in range(20))]
count = sum(len(p.indicators) for t in texts for u in parse_document(t).units for p in u.projects)
for _ in range(passes):
    normalize.cache_clear()
    for text in texts:
        parse_document(text)
print(f"{which}: {count} indicators a pass")
