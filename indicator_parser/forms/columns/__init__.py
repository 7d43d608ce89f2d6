"""The national column tables (一级指标 / 二级指标 / 三级指标 / 指标值, FORMS.md §1), in every text shape.

Text becomes rows of cells first (:mod:`.shapes` for delimited and
one-cell-a-line text, :mod:`.aligned` for space-aligned text, :mod:`.flat`
for rows with no delimiter), and rows become a Document (:mod:`.reader`). Sources with cells of their own (PDF,
XLSX) build :class:`~indicator_parser.table.Row` s and call :func:`read_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from ...nodes import Document
from ...table import Row, TableCell
from .reader import read_rows
from .shapes import SHAPES, Shape, detect_shape, text_rows

# The grid's header: 一级指标 … 二级指标 … 三级指标 (or 指标名称), or 序号 … 指标名称 … 指标值, in any shape.
_LEVELS = re.compile(r"一\s*级\s*指\s*标")
_NAME = re.compile(r"三\s*级\s*指\s*标|指\s*标\s*名\s*称|指\s*标\s*内\s*容")
_VALUE = re.compile(r"指\s*标\s*值|目\s*标\s*值")
_GUANGZHOU = re.compile(r"绩效目标\s+绩效指标|实施周期指标值\s*[:：]|[0-9]{1,3}、\s*[1-9]-[\u4e00-\u9fff]+指标")


def detect(head: str) -> bool:
    """Whether the first lines of a text look like a column table (and not like a Guangzhou table)."""
    if _GUANGZHOU.search(head):
        return False
    return bool(_NAME.search(head)) and bool(_LEVELS.search(head) or _VALUE.search(head))


def split_documents(lines: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """A column-table file is one document (its projects one after another)."""
    text = "\n".join(lines)
    yield 0, 0, text


def parse_document(
    text: str,
    source: str | None = None,
    *,
    first_line: int = 0,
    first_offset: int = 0,
    shape: Shape | None = None,
) -> Document:
    """Read a column-table text, in whichever shape it arrives (detected unless ``shape`` is given)."""
    hint = None
    if source and source.lower().endswith((".csv", ".tsv")):
        hint = source.lower()[-4:]
    chosen = shape or detect_shape(text, hint)
    rows, notes = text_rows(text, chosen, first_line=first_line, first_offset=first_offset)
    document = read_rows(rows, source)
    if not notes:
        return document
    return attrs.evolve(document, diagnostics=tuple(sorted([*notes, *document.diagnostics], key=lambda d: d.span)))


__all__ = [
    "SHAPES",
    "Row",
    "Shape",
    "TableCell",
    "detect",
    "detect_shape",
    "parse_document",
    "read_rows",
    "split_documents",
    "text_rows",
]
