"""Positions for cells that come with no text file around them (PDF tables, spreadsheet sheets, Word tables).

A Document's positions refer to a text (``span`` offsets, ``line`` and
``column``). A PDF or a workbook has none, so its cells are given one: the
**cell text**, where every cell, empty or not, stands on a line of its own
(its wrapped lines on as many lines), in reading order: page by page (sheet by
sheet, table by table), row by row, left to right. In a Document read from a PDF, a
workbook or a Word document:

- ``line`` names a cell (its first line in the cell text) and ``column`` is
  the character inside that line of the cell (1-based);
- ``span`` is a pair of offsets into the cell text;
- every diagnostic message ends with where the cell is in the file:
  ``(page 3, row 5, column 7, character 14)`` (``sheet 预算表`` for a
  workbook, ``table 2`` for a Word document), rows counted 1-based from the top of the page (a line of text
  outside the tables, such as the title, counts as a row of one cell),
  columns 1-based, the character 0-based within the cell's text.

:meth:`GridText.located` rewrites a Document's diagnostics that way.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from ..nodes import Diagnostic, Document
from ..table import Row, TableCell
from ..text import wrap_joiner

# Header words of the two families of 绩效目标表 (a header cell may wrap: spaces and breaks are removed first).
_GUANGZHOU_HEADER = ("项目名称", "绩效指标")
_COLUMN_VALUE = re.compile(r"指标值|目标值")  # (every header of a target's column holds one: 年度指标值, 中期目标值)


@functools.cache
def _column_header() -> re.Pattern[str]:
    """The names of a grid's 一级 and name columns (一级指标, 三级指标, 指标名称, 指标内容 …), from the header
    mapping; two-character ones (三级) are too common in other text to tell a header."""
    from ..forms.columns.headers import GRID_HEADERS

    names = sorted((k for k, f in GRID_HEADERS.items() if f in ("name", "level1") and len(k) >= 4), key=len)
    return re.compile("|".join(map(re.escape, reversed(names))))


def is_target_header(row: Sequence[str | None]) -> bool:
    """Whether a row of cells is the column header of a 绩效目标表 (项目名称 … 绩效指标, or 一级/三级指标 … 指标值)."""
    joined = "|".join(re.sub(r"\s+", "", t or "") for t in row)
    if all(word in joined for word in _GUANGZHOU_HEADER):
        return True
    return bool(_column_header().search(joined)) and (bool(_COLUMN_VALUE.search(joined)) or "二级指标" in joined)


def is_project_block(row: Sequence[str | None]) -> bool:
    """Whether a row of cells starts a project's header block: 项目名称 and its value (a sheet of header blocks,
    beside a sheet of all projects' indicators keyed by name)."""
    texts = [re.sub(r"\s+", "", t) for t in row if t and t.strip()]
    return len(texts) >= 2 and texts[0].rstrip(":：") == "项目名称"


def join_wrapped(raw: str) -> str:
    """A cell's wrapped lines joined as the text shapes join them (:func:`~indicator_parser.text.wrap_joiner`)."""
    lines = [line.strip() for line in raw.split("\n")]
    out = ""
    for line in lines:
        if not line:
            continue
        out += (wrap_joiner(out[-1], line[0]) if out else "") + line
    return out


@attrs.frozen
class CellPlace:
    """Where a cell is in its file: the page (or sheet), the row and column within it (1-based)."""

    page: int | str
    row: int
    column: int


class GridText:
    """Builds the cell text (see the module docs) one row at a time and says where each of its lines is."""

    def __init__(self, page_word: str = "page") -> None:
        self.page_word = page_word
        self._offset = 0
        self._line = 1
        self._cell_lines: list[int] = []  # first line of each cell in the cell text
        self._places: list[CellPlace] = []
        self._raws: list[str] = []

    def row(self, texts: Sequence[str | None], page: int | str, row: int, *, aligned: bool = True) -> Row:
        """One table row of raw cell texts (None for a merged-away cell: an empty cell) as a :class:`Row`."""
        cells = []
        for k, raw in enumerate(texts):
            raw = (raw or "").replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").strip()
            start = self._offset
            cells.append(TableCell(join_wrapped(raw), (start, start + len(raw)), self._line, 1, raw))
            self._cell_lines.append(self._line)
            self._places.append(CellPlace(page, row, k + 1))
            self._raws.append(raw)
            self._offset += len(raw) + 1
            self._line += raw.count("\n") + 1
        return Row(tuple(cells), aligned=aligned, page=page if isinstance(page, int) else None)

    def where(self, line: int, column: int) -> str:
        """``page 3, row 5, column 7, character 14`` for a line and column of the cell text."""
        k = bisect.bisect_right(self._cell_lines, line) - 1
        if k < 0 or not self._places:
            return ""
        place = self._places[k]
        raw_lines = self._raws[k].split("\n")
        inside = line - self._cell_lines[k]
        character = sum(len(x) + 1 for x in raw_lines[:inside]) + max(column - 1, 0)
        return f"{self.page_word} {place.page}, row {place.row}, column {place.column}, character {character}"

    def _locate(self, diagnostic: Diagnostic) -> Diagnostic:
        if diagnostic.span == (0, 0) and not diagnostic.text:
            return diagnostic  # about the whole document, not a cell
        where = self.where(diagnostic.line, diagnostic.column)
        if not where or f"({self.page_word} " in diagnostic.message:
            return diagnostic
        return attrs.evolve(diagnostic, message=f"{diagnostic.message} ({where})")

    def located(self, document: Document) -> Document:
        """The document with every diagnostic message ending in its page, row, column and character."""
        units = []
        for unit in document.units:
            projects = []
            for project in unit.projects:
                indicators = tuple(
                    attrs.evolve(i, warnings=tuple(self._locate(w) for w in i.warnings)) if i.warnings else i
                    for i in project.indicators
                )
                projects.append(
                    attrs.evolve(
                        project,
                        indicators=indicators,
                        diagnostics=tuple(self._locate(d) for d in project.diagnostics),
                    )
                )
            units.append(attrs.evolve(unit, projects=tuple(projects)))
        return attrs.evolve(
            document, units=tuple(units), diagnostics=tuple(self._locate(d) for d in document.diagnostics)
        )
