"""XLSX workbooks: a sheet holding a 绩效目标表 read as rows of cells (openpyxl, extra ``xlsx``).

Every sheet whose cells name the columns of a 绩效目标表 (see
:func:`~indicator_parser.sources.grid.is_target_header`) is read, and every sheet of
projects' header blocks (项目名称 and its value: a workbook may print the blocks on
one sheet and all projects' indicators on another, keyed by 项目名称); other sheets
(收支总表 …) are skipped. A merged range keeps its value in its top-left cell
and every other cell of the range is empty, as pdfplumber gives a PDF's merged
cells; numbers are written as the sheet shows them (two decimals for money
formats such as ``#,##0.00``, which is how the text path reads amounts).

Positions: see :mod:`indicator_parser.sources.grid` (the cell text; ``sheet
NAME, row R, column C`` are the sheet's own row and column numbers).
"""

from __future__ import annotations

import datetime
import functools
import io
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingFileError, require_extra
from ..table import Row
from .grid import GridText, is_project_block, is_target_header


def cell_text(value: Any, number_format: str = "General") -> str | None:
    """A cell's value as the text the sheet shows (near enough for tables of words and money)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        number = Decimal(str(value))
        shown = number_format.split(";")[0]  # (the format of positive numbers)
        percent = shown.endswith("%")
        if percent:
            number, shown = number * 100, shown[:-1]
        if any(ch in shown for ch in "0#"):
            # as the format shows it: its decimal places, and thousands grouped where it groups them (#,##0)
            decimals = shown.split(".")[1] if "." in shown else ""
            places = len(decimals) - len(decimals.lstrip("0#"))
            grouped = "," in shown.split(".")[0]
            text = f"{number:{',' if grouped else ''}.{places}f}"
        elif number == number.to_integral_value() and abs(number) < Decimal("1e15"):
            text = str(int(number))
        else:
            text = str(number.normalize()) if percent else str(number)
        return text + ("%" if percent else "")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class Workbook:
    """The sheets of a workbook that hold a 绩效目标表, as rows (:meth:`sheets`)."""

    part = "sheet"  # what the book's parts are called in its report and its cells' places

    def __init__(self, path: str, name: str) -> None:
        self.path = path
        self.name = name
        self.grid = GridText(self.part)
        self.sheet_names: list[str] = []
        self.blocks_only: set[str] = set()  # sheets of header blocks and no grid (read with the column grids)
        self.read: list[str] = []
        self.skipped: list[str] = []

    # What reads the format: its module, the extra that installs it, what for, and what the format is called.
    module, extra, purpose, kind = "openpyxl", "xlsx", "reading XLSX workbooks", "XLSX workbook"

    def _open(self) -> Any:
        """The opened book (:meth:`_load`), or a one-line error: the extra missing, no file, or not a readable file
        of the format."""
        require_extra(self.module, self.extra, self.purpose)
        import importlib

        module = importlib.import_module(self.module)
        if not Path(self.path).exists():
            raise MissingFileError(f"{self.name}: no such file")
        try:
            return self._load(module)
        except Exception as error:  # the reader's errors, zipfile's, XML's … for damaged or foreign files
            raise InputError(
                f"{self.name}: not a readable {self.kind} (damaged, encrypted, or another format: "
                f"{type(error).__name__})"
            ) from None

    def _load(self, openpyxl: Any) -> Any:
        # (from its bytes: openpyxl refuses a name that does not end in .xlsx, and an .xlsx named .xls is one)
        data = Path(self.path).read_bytes()
        book = openpyxl.load_workbook(io.BytesIO(data))
        if any(cell.data_type == "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row):
            # Formulas: their values as last saved. A formula never computed (a file written by a program)
            # has none; its cell keeps the formula as written (=100%), never an empty cell.
            saved = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.data_type == "f":
                            value = saved[sheet.title][cell.coordinate].value
                            if value is not None:
                                cell.value = value
        return book

    def _book(self) -> list[tuple[str, bool, Callable[[], list[list[str | None]]]]]:
        """Each sheet of the book in order: its name, whether it is hidden, and what reads its cell texts."""
        book = self._open()
        return [
            (sheet.title, sheet.sheet_state != "visible", functools.partial(_sheet_rows, sheet))
            for sheet in book.worksheets
        ]

    def sheets(self) -> Iterator[tuple[str, Iterator[Row]]]:
        """(sheet name, its rows) for each visible sheet holding a 绩效目标表; the first sheet when none does."""
        book = self._book()
        self.sheet_names = [title for title, _, _ in book]
        tables = []
        for title, hidden, read in book:
            if hidden:
                # a hidden sheet is no part of the table as printed or shown: a template's lists for its
                # drop-downs (一级指标, 二级指标, 项目属性 …), a lookup
                self.skipped.append(f"{title} (hidden)")
                continue
            rows = read()
            grid = any(is_target_header(texts) for texts in rows)
            # (or a sheet of header blocks: its projects' grids may stand on a sheet of their own)
            if grid or any(is_project_block(texts) for texts in rows):
                tables.append((title, rows))
                self.read.append(title)
                if not grid:
                    self.blocks_only.add(title)
            else:
                self.skipped.append(title)
        if not tables and book:
            tables.append((book[0][0], book[0][2]()))
        for title, rows in tables:
            yield title, self._rows(title, rows)

    def _rows(self, title: str, rows: list[list[str | None]]) -> Iterator[Row]:
        for number, texts in enumerate(rows, 1):
            if any(texts):
                yield self.grid.row(texts, title, number)

    @property
    def report(self) -> str:
        skipped = f"; skipped {self.part}s: {', '.join(self.skipped)}" if self.skipped else ""
        return f"{self.part}s read: {', '.join(self.read) or 'none'}{skipped}"


def _sheet_rows(sheet: Any) -> list[list[str | None]]:
    """The sheet's cell texts, row by row, every cell of a merged range but its top-left one empty."""
    merged = [(m.min_row, m.max_row, m.min_col, m.max_col) for m in sheet.merged_cells.ranges]
    values = ([(cell.value, cell.number_format or "General") for cell in cells] for cells in sheet.iter_rows())
    return sheet_texts(values, merged)


def sheet_texts(
    values: Iterable[list[tuple[Any, str]]], merged: Iterable[tuple[int, int, int, int]]
) -> list[list[str | None]]:
    """A sheet's cell texts, row by row, from each cell's value and number format (``values``, row by row) and the
    merged ranges (first and last row, first and last column, 1-based): every cell of a range but its top-left one
    empty; empty rows at the end and empty columns at the right left out."""
    covered: set[tuple[int, int]] = set()
    for first_row, last_row, first_column, last_column in merged:
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                if (row, column) != (first_row, first_column):
                    covered.add((row, column))
    rows: list[list[str | None]] = []
    for r, cells in enumerate(values, 1):
        rows.append(
            [None if (r, c) in covered else cell_text(value, shown) for c, (value, shown) in enumerate(cells, 1)]
        )
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((k + 1 for k, t in enumerate(r) if t), default=0) for r in rows), default=0)
    return [r[:width] for r in rows]
