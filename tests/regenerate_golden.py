"""Rewrite the expected JSON of the golden examples from the current code.

    python tests/regenerate_golden.py

This only writes files: read every changed file against its source text
(``git diff examples/``) before committing it. A golden file is a claim that a
person checked the output, not a snapshot of whatever the code does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicator_parser import parse_cell, parse_document, to_json  # noqa: E402
from indicator_parser.sources import read_text  # noqa: E402


def main() -> None:
    for path in sorted((ROOT / "examples" / "cells").glob("*.txt")):
        cell = parse_cell(path.read_text(encoding="utf-8"))
        path.with_suffix(".expected.json").write_text(to_json(cell) + "\n", encoding="utf-8")
        print(f"wrote {path.with_suffix('.expected.json').relative_to(ROOT)}")
    for path in sorted((ROOT / "examples" / "documents").glob("*.txt")):
        document = parse_document(read_text(path), source=path.name)
        path.with_suffix(".expected.json").write_text(to_json(document) + "\n", encoding="utf-8")
        print(f"wrote {path.with_suffix('.expected.json').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
