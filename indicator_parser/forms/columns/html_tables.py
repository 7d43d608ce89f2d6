"""Rows of HTML tables: a saved web page of a budget, or its markup copied into a text file.

A government portal's page prints the table as ``<table>`` markup: ``<tr>`` a row, ``<td>`` or ``<th>`` a cell, a
merged 一级/二级 label one cell with ``rowspan="8"`` (absent from the rows below it), a key's value across the sheet one
cell with ``colspan="5"``. The rows come out as the delimited shapes' do: every cell in its column (a cell spanning
rows or columns is followed by empty cells where it spans), each placed in the file by its text. Text outside the
tables (a ``<h2>`` title, ``单位：万元`` in a ``<p>``) is a row of one cell, as a heading of wiki markup is.

The standard library's :class:`html.parser.HTMLParser` does the tokenizing (entities, attributes, comments, tags left
open); what it cannot tell, where an event's text ends in the file, is the start of the event after it.

Excel's XML Spreadsheet 2003 (a ``.xml`` file, or the ``.xls`` a government system exports) is read the same way:
its ``<Row>`` a row, its ``<Cell>`` a cell, ``ss:MergeDown="7"`` and ``ss:MergeAcross="4"`` the spans, ``ss:Index``
the column of a cell after skipped ones; its document properties and styles are no text of the table. So is
MySQL's ``--xml`` output: ``<resultset>`` a table, ``<row>`` a row, ``<field name="一级指标">`` a cell (``xsi:nil``
an empty one), the fields' names a header row where they are a grid's header names.
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser

from ...table import BLANK, Row, TableCell, Text, _cell
from ...text import wrap_joiner
from .headers import grid_field

# A document of HTML tables: a cell's tag (sought in the first part of the text: most texts hold none); or of an XML
# Spreadsheet's (<Cell>, <ss:Cell>) or MySQL's XML (<field>)
HTML_CELL = re.compile(r"<(?:t[dh]|(?:ss:)?cell|field)[\s>/]", re.IGNORECASE)
# (HTMLParser gives names in lower case)
_XML_TAGS = {"row": "tr", "cell": "td", "ss:row": "tr", "ss:cell": "td", "resultset": "table", "field": "td"}

# Tags that end a line of text outside a cell, and inside one start a new line of it (a <br> or <p> in a cell)
_BLOCK = frozenset(
    "address article aside blockquote body br caption dd div dl dt footer form h1 h2 h3 h4 h5 h6 header hr html li "
    "main nav ol p pre section table tbody tfoot thead title tr ul".split()
)
# whose content is no text of the page (an XML Spreadsheet's properties and settings, with or without their prefix)
_SETTINGS = (
    "documentproperties customdocumentproperties officedocumentsettings excelworkbook styles names worksheetoptions "
    "datavalidation conditionalformatting comment"
).split()
_SKIPPED = frozenset(
    ["script", "style", "template", *(prefix + name for name in _SETTINGS for prefix in ("", "o:", "x:", "ss:"))]
)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_SPAN = re.compile(r"[0-9]+")
_BREAK = "\u2029"  # (where a tag breaks a cell's line: no character of the markup's own text)
_WHITE = BLANK + "\n" + _BREAK


def html_rows(doc: Text) -> list[Row]:
    """The rows of the HTML tables of ``doc`` (and its text outside them, a row of one cell a line)."""
    reader = _TableReader(doc)
    reader.feed(doc.text)
    reader.close()
    reader.finish()
    return reader.rows


class _Table:
    """A table being read: the row being built and the columns still under a cell spanning rows from above."""

    def __init__(self) -> None:
        self.cells: list[TableCell] | None = None  # the open row's cells (None: no row open)
        self.spans: dict[int, int] = {}  # column → rows below still under a cell spanning rows
        self.cell: tuple[int, int] | None = None  # the open cell's row span and column span
        self.pieces: list[tuple[int, int, str]] = []  # the open cell's text: (start, end, decoded) a piece
        self.names: list[TableCell] = []  # the open row's fields' names (MySQL's XML), placed in their tags
        self.header: list[str] = []  # the names of the header row given last


class _TableReader(HTMLParser):
    def __init__(self, doc: Text) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = doc
        self.rows: list[Row] = []
        self.tables: list[_Table] = []
        self.outside: list[tuple[int, int, str]] = []  # text outside any cell since the last block tag
        self.skipping = 0
        self.pending: tuple[int, str] | None = None  # data whose end is the next event's start

    # ------------------------------------------------------------------ where the parser stands

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.doc.starts[line - 1] + column

    def _settle(self) -> None:
        """Give the data before this event its end (this event's start) and its place: the open cell's, or the
        text outside the tables'."""
        if self.pending is None:
            return
        start, data = self.pending
        self.pending = None
        if self.skipping:
            return
        piece = (start, self._offset(), data)
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.pieces.append(piece)
        elif data.strip(_WHITE):
            self.outside.append(piece)

    def handle_data(self, data: str) -> None:
        self._settle()
        self.pending = (self._offset(), data)

    def handle_comment(self, data: str) -> None:
        self._settle()

    def handle_decl(self, decl: str) -> None:
        self._settle()

    def handle_pi(self, data: str) -> None:
        self._settle()

    # ------------------------------------------------------------------ tags

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # (<br/>: a tag with no end)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._settle()
        tag = _XML_TAGS.get(tag, tag)
        if tag in _SKIPPED:
            self.skipping += 1
            return
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            if table is None:
                self._flush_outside()
            self.tables.append(_Table())
        elif table is None:
            if tag in _BLOCK:
                self._flush_outside()
        elif tag == "tr":
            self._end_row(table)
            table.cells = []
        elif tag in ("td", "th"):
            self._end_cell(table)
            if table.cells is None:
                table.cells = []  # (a cell with no <tr> before it: a row all the same)
            values = dict(attrs)
            name = values.get("name")
            if name:  # (a field's name, placed where the tag writes it)
                at = self._offset() + (self.get_starttag_text() or "").find(name)
                table.names.append(self._placed(at, at + len(name), name.strip()))
            if "ss:index" in values:  # (an XML Spreadsheet's cell after skipped columns: they are empty)
                self._skipped(table, _count(values["ss:index"]) - 1)
            table.cell = (_count(values.get("rowspan")), _count(values.get("colspan")))
            if "ss:mergedown" in values or "ss:mergeacross" in values:
                table.cell = (_count(values.get("ss:mergedown"), 1), _count(values.get("ss:mergeacross"), 1))
            table.pieces = []
        elif tag in _BLOCK and table.cell is not None:
            table.pieces.append((self._offset(), self._offset(), _BREAK))  # (a line break in the cell: <br>, <p>)

    def handle_endtag(self, tag: str) -> None:
        self._settle()
        tag = _XML_TAGS.get(tag, tag)
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        table = self.tables[-1] if self.tables else None
        if table is None:
            if tag in _BLOCK:
                self._flush_outside()
        elif tag == "table":
            self._end_row(table)
            self.tables.pop()
        elif tag == "tr":
            self._end_row(table)
        elif tag in ("td", "th"):
            self._end_cell(table)
        elif tag in _BLOCK and table.cell is not None and tag != "br":
            table.pieces.append((self._offset(), self._offset(), _BREAK))

    def finish(self) -> None:
        """Close what the markup left open at its end."""
        self._settle()
        while self.tables:
            self._end_row(self.tables.pop())
        self._flush_outside()

    # ------------------------------------------------------------------ rows and cells

    def _end_cell(self, table: _Table) -> None:
        if table.cell is None or table.cells is None:
            return
        rowspan, colspan = table.cell
        table.cell = None
        cells = table.cells
        cell = self._cell_of(table.pieces)
        self._spanned(table, cell)
        for k in range(colspan):
            if rowspan > 1:
                table.spans[len(cells)] = rowspan - 1
            cells.append(cell if k == 0 else _empty_at(cell))

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        if table.cells is None:
            return
        cells = table.cells
        table.cells = None
        names, table.names = table.names, []
        if not cells:
            return
        if len(names) == len(cells) and [n.text for n in names] != table.header and header_names(names) >= 2:
            table.header = [n.text for n in names]
            self.rows.append(Row(tuple(names)))  # (fields named by a grid's header: a header row before them)
        # columns at the row's end still under a cell from above
        while table.spans.get(len(cells), 0) > 0:
            table.spans[len(cells)] -= 1
            cells.append(_empty_at(cells[-1], end=True))
        self.rows.append(Row(tuple(cells)))

    def _skipped(self, table: _Table, column: int) -> None:
        """Empty cells up to ``column`` (0-based), where the cells of a row start there (ss:Index)."""
        cells = table.cells
        assert cells is not None
        at = self._offset()
        while len(cells) < column:
            if table.spans.get(len(cells), 0) > 0:
                table.spans[len(cells)] -= 1
            cells.append(self._placed(at, at, ""))

    def _spanned(self, table: _Table, cell: TableCell) -> None:
        """Empty cells before ``cell`` for the columns still under a cell spanning rows from above."""
        cells = table.cells
        assert cells is not None
        while table.spans.get(len(cells), 0) > 0:
            table.spans[len(cells)] -= 1
            cells.append(_empty_at(cell))

    def _cell_of(self, pieces: list[tuple[int, int, str]]) -> TableCell:
        """A cell of its pieces of text: white space as a browser shows it (a run of it one space; a line break of
        the markup between two characters that join with nothing, as a wrapped cell's lines do, nothing), the
        lines a <br> parts joined as a wrapped cell's are; placed from its first character to its last."""
        text = _shown(pieces)
        filled = [(a, b) for a, b, data in pieces if data.strip(_WHITE)]
        if not filled:
            at = pieces[0][0] if pieces else self._offset()
            return self._placed(at, at, "")
        a, b = filled[0][0], filled[-1][1]
        raw = self.doc.text[a:b]
        a += len(raw) - len(raw.lstrip(BLANK + "\n"))
        b -= len(raw) - len(raw.rstrip(BLANK + "\n"))
        return self._placed(a, b, text)

    def _placed(self, a: int, b: int, text: str) -> TableCell:
        doc = self.doc
        line = _line_of(doc, a)
        column = a - doc.starts[line]
        return _cell((text, (doc.first_offset + a, doc.first_offset + b), doc.first_line + line + 1, column + 1,
                      doc.text[a:b]))  # fmt: skip

    def _flush_outside(self) -> None:
        if self.outside:
            cell = self._cell_of(self.outside)
            self.outside = []
            if cell.text:
                self.rows.append(Row((cell,), aligned=False))


def header_names(cells: list[TableCell]) -> int:
    """How many of the cells name a grid's column (一级指标, 指标值 …)."""
    return sum(1 for cell in cells if cell.text and grid_field(cell.text) is not None)


def _shown(pieces: list[tuple[int, int, str]]) -> str:
    """The text of a cell's pieces as a browser shows it, its lines joined as a wrapped cell's lines are."""
    lines = "".join(data for _, _, data in pieces).split(_BREAK)
    out = ""
    for line in lines:
        line = _SPACES.sub(_space, line).strip(BLANK)
        if line and out:
            out += wrap_joiner(out[-1], line[0])
        out += line
    return out


def _space(match: re.Match[str]) -> str:
    """A run of white space in the markup: one space, or nothing where it breaks a line between two characters that
    a wrapped line joins with nothing (CJK text)."""
    run, text, a, b = match.group(), match.string, match.start(), match.end()
    if "\n" in run and 0 < a and b < len(text) and not wrap_joiner(text[a - 1], text[b]):
        return ""
    return " "


def _count(value: str | None, more: int = 0) -> int:
    """A rowspan's or colspan's number (1 where it is missing or not a number; at most 1000, as browsers cap it);
    ``more`` added to a number found (an XML Spreadsheet's MergeDown counts the rows below)."""
    found = _SPAN.match(value.strip()) if value else None
    return min(max(int(found.group()) + more, 1), 1000) if found else 1


def _line_of(doc: Text, offset: int) -> int:
    return bisect.bisect_right(doc.starts, offset) - 1


def _empty_at(cell: TableCell, end: bool = False) -> TableCell:
    at = cell.span[1] if end else cell.span[0]
    return TableCell("", (at, at), cell.line, cell.column, "")
