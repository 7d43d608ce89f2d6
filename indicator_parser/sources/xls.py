"""XLS workbooks (Excel 97-2003, BIFF8): read as XLSX workbooks are (xlrd, extra ``xls``).

Departments still publish their budget tables as ``.xls``. The sheets, merged
ranges and number formats come from xlrd; which sheets are read, and how a
cell's value is written as the sheet shows it, is :mod:`.xlsx`'s
(:class:`~indicator_parser.sources.xlsx.Workbook`, :func:`~.xlsx.sheet_texts`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from .xlsx import Workbook, sheet_texts


class XlsWorkbook(Workbook):
    """The sheets of an ``.xls`` workbook that hold a 绩效目标表 (see :class:`~.xlsx.Workbook`)."""

    module, extra, purpose, kind = "xlrd", "xls", "reading XLS workbooks", "XLS workbook"

    def _load(self, xlrd: Any) -> Any:
        # (formatting_info: the merged ranges and the number formats, which only an .xls file has for xlrd)
        return xlrd.open_workbook(self.path, formatting_info=True, on_demand=False)

    def _book(self) -> list[tuple[str, bool, Callable[[], list[list[str | None]]]]]:
        book = self._open()
        return [(sheet.name, sheet.visibility != 0, _reader(book, sheet)) for sheet in book.sheets()]


def _reader(book: Any, sheet: Any) -> Callable[[], list[list[str | None]]]:
    def read() -> list[list[str | None]]:
        # (xlrd's ranges are 0-based, their ends exclusive)
        merged = [(r0 + 1, r1, c0 + 1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
        values = ([_value(book, cell) for cell in sheet.row(r)] for r in range(sheet.nrows))
        return sheet_texts(values, merged)

    return read


def _value(book: Any, cell: Any) -> tuple[Any, str]:
    """A cell's value as openpyxl would give it (None, text, a number, a bool, a date) and its number format."""
    import xlrd  # type: ignore[import-untyped]

    shown = "General"
    if cell.xf_index is not None and cell.xf_index < len(book.xf_list):
        found = book.format_map.get(book.xf_list[cell.xf_index].format_key)
        shown = found.format_str if found is not None else "General"
    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None, shown
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value), shown
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment: datetime.datetime = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value, "General"  # (a date out of range: the number as stored)
        return (moment.date() if moment.time() == datetime.time() else moment), shown
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR"), shown  # (#N/A, #DIV/0! as the sheet shows them)
    return cell.value, shown
