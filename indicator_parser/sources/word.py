"""Word documents (``.docx``): their tables read as a workbook's sheets are (python-docx, extra ``docx``).

A department's budget is often a Word file: the 绩效目标表 a Word table (or two, the header block's and the
grid's), its title a paragraph above it. Each table, with the paragraphs before it (title, ``单位：万元``) as rows of
one cell, is read as :class:`~indicator_parser.sources.xlsx.Workbook` reads a sheet: the tables holding a 绩效目标表
(or a project's header block) are read, the others skipped and listed. A cell merged across columns
(``gridSpan``) keeps its text in its first column and leaves the others empty, one merged down (``vMerge``) in its
first row, as a workbook's merged ranges do; a cell's paragraphs are its lines. Positions: see
:mod:`indicator_parser.sources.grid` (``table N, row R, column C``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .xlsx import Workbook


class WordDocument(Workbook):
    """The tables of a ``.docx`` document that hold a 绩效目标表 (see :class:`~.xlsx.Workbook`)."""

    part = "table"

    module, extra, purpose, kind = "docx", "docx", "reading Word documents", "Word document"

    def _load(self, docx: Any) -> Any:
        return docx.Document(self.path)

    def _book(self) -> list[tuple[str, bool, Callable[[], list[list[str | None]]]]]:
        document = self._open()
        from docx.oxml.ns import qn  # type: ignore[import-untyped]

        parts: list[tuple[str, bool, Callable[[], list[list[str | None]]]]] = []
        before: list[list[str | None]] = []  # the paragraphs since the last table
        for child in document.element.body.iterchildren():
            if child.tag == qn("w:p"):
                text = _paragraph_text(child).strip()
                if text:
                    before.append([text])
            elif child.tag == qn("w:tbl"):
                rows = [*before, *_table_rows(child)]
                parts.append((str(len(parts) + 1), False, _given(rows)))
                before = []
        if before:  # (paragraphs after the last table, or a document of no table: its text)
            rows = [*(parts.pop()[2]() if parts else []), *before]
            parts.append((str(len(parts) + 1), False, _given(rows)))
        return parts


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's text (a ``w:p`` element's): its runs' text, a tab as a tab and a line break as a new line, as
    Word shows them."""
    return str(paragraph.text)


def _given(rows: list[list[str | None]]) -> Callable[[], list[list[str | None]]]:
    return lambda: rows


def _table_rows(table: Any) -> list[list[str | None]]:
    """A Word table's rows of cell texts: a cell merged across columns followed by empty cells for the columns it
    spans, a cell merged down empty in the rows below its first (``vMerge`` continued), a row's skipped grid
    columns (``gridBefore``) empty; nested tables are read as their cell's text."""
    rows: list[list[str | None]] = []
    for tr in table.tr_lst:
        cells: list[str | None] = [None] * tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = None
            else:
                text = "\n".join(_paragraph_text(p) for p in tc.p_lst).strip() or None
            cells.append(text)
            cells.extend([None] * (tc.grid_span - 1))
        rows.append(cells)
    return rows
