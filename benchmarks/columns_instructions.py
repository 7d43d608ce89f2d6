"""Read a text N times, for counting instructions per indicator on a busy machine (deterministic, unlike time).

    python benchmarks/columns_instructions.py seeds|SHAPE|distinct:SHAPE N

``seeds`` reads both seeds; a SHAPE (aligned, pipe, flat …) reads the column-table examples in that shape,
20 times over in one text, as benchmarks/columns.py --copies 20 does. ``distinct:SHAPE`` (aligned_top, flat,
oneline …, the corpus suffixes of tests/corpus_score.py) reads the blind corpora 2–8 in that shape, each
corpus's eight documents joined as one budget (16 projects, about 200 indicators, as large as a seed): every
row is read once, so no memo is paid for by an identical copy.

Before each pass every memo keyed by its input is cleared (the normalizer's, and the readers' of text,
cells and categories; compiled patterns stay), so that no pass reuses what an earlier pass read. Run it
under valgrind with N = 0 and N = 3 and divide the difference of the "Collected" counts by 3 × the
indicators (printed); the first read, which builds the parsers, is in both runs::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/columns_instructions.py aligned 3
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import indicator_parser
from indicator_parser import parse_document
from indicator_parser.sources import read_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"
CORPORA = ("corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8")
SUFFIXES = {"pipe": ".pipe.txt", "pipe_bare": ".pipe_bare.txt", "tab": ".tab.tsv", "csv": ".csv"}


def memos() -> list:
    """Every memo of the package keyed by its input: a cached function of one parameter or more that does not
    return a compiled pattern."""
    found: dict[int, object] = {}
    for name, module in sorted(sys.modules.items()):
        if name != "indicator_parser" and not name.startswith("indicator_parser."):
            continue
        for value in vars(module).values():
            wrapped = getattr(value, "__wrapped__", None)
            if not hasattr(value, "cache_clear") or wrapped is None:
                continue
            signature = inspect.signature(wrapped)
            if signature.parameters and "Pattern" not in str(signature.return_annotation):
                found[id(value)] = value
    return list(found.values())


def texts_of(which: str) -> list[str]:
    if which == "seeds":
        return [read_text(p) for p in sorted(EXAMPLES.glob("0*.txt"))]
    if which.startswith("distinct:"):
        shape = which.split(":", 1)[1]
        suffix = SUFFIXES.get(shape, f".{shape}.txt")
        texts = []
        for corpus in CORPORA:
            paths = sorted((ROOT / "tests" / corpus / "docs").glob(f"*{suffix}"))
            texts.append("\n".join(read_text(p) for p in paths))
        return texts
    paths = sorted((EXAMPLES / "columns").glob(f"*.{which}.*"))
    return ["\n".join(p.read_text(encoding="utf-8") for p in paths for _ in range(20))]


which, passes = sys.argv[1], int(sys.argv[2])
texts = texts_of(which)
count = sum(len(p.indicators) for t in texts for u in parse_document(t).units for p in u.projects)
assert indicator_parser  # (its modules are all imported by the first read)
cleared = memos()
for _ in range(passes):
    for memo in cleared:
        memo.cache_clear()
    for text in texts:
        parse_document(text)
print(f"{which}: {count} indicators a pass ({len(cleared)} memos cleared a pass)")
