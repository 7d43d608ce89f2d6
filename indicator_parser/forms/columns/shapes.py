"""Text shapes of a column table (FORMS.md §2) to rows of cells.

The same rows arrive as:

- ``pipe``: cells between ``|`` (outer bars optional; a cell's HTML line
  breaks, ``<br>``, joined as a wrapped cell's lines are; DokuWiki's and
  MediaWiki's and Textile's table markup; every cell quoted, a CSV cut at
  bars);
- ``tab``: cells between tabs (a database export's ``\\N`` an empty cell;
  so, in every delimited shape, a script's dump's ``nan``, ``None``); a
  sheet's range pasted into one line, its rows glued end to end;
- ``csv``: comma-separated, with ``"…"`` quoting (a quoted cell may hold line
  breaks); cut at semicolons where Excel's ``sep=;`` says so or the grid
  header names more columns so; a number after an apostrophe (``'468.30``)
  the number;
- ``aligned``: cells separated by runs of spaces (pdftotext -layout), a long
  cell wrapped onto the next lines at the same column position; grid rows
  are read by the column positions of the grid's header row;
- ``lines``: one cell a line; empty cells as empty lines or dropped; header
  cells may be broken over lines (``一级`` / ``指标``); an empty line after every
  row or every cell; a merged cell written for every column it spans;
- ``flat``: one row a line with no delimiter; the grammar splits it
  (grammar/columns.lark, see :mod:`.flat`); rows joined by commas on one line
  are read a row a line, a copy whose cells and rows stand one space apart
  one cell a line; a JSON array of the rows' texts a row a string (of rows of
  cells, each array a row of cells).

Each cell keeps its place in the file (offsets, line, column, the verbatim
text under it).
"""

from __future__ import annotations

import ast
import bisect
import functools
import heapq
import html
import itertools
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import attrs

from ...nodes import Diagnostic
from ...table import Pieces, Row, TableCell, Text
from ...taxonomy import TAXONOMY
from ...text import wrap_joiner
from ..layout import CHUNK, display
from .headers import (
    BLOCK_KEYS,
    GRID_HEADERS,
    INDICATOR_CODE,
    MONEY_COLUMNS,
    OTHER_VALUE,
    VALUE_FIELDS,
    BlockKey,
    Field,
    block_key,
    cell_field,
    grid_field,
    value_column,
)
from .html_tables import HTML_CELL, html_rows
from .reader import POINTS_ONLY, accepts, free_text, is_placeholder, level1_name, lone_furniture, money_unit, value_like

Shape = Literal["pipe", "tab", "csv", "aligned", "lines", "flat"]
SHAPES: tuple[Shape, ...] = ("pipe", "tab", "csv", "aligned", "lines", "flat")

_NUMBERED = re.compile(r"^[（(]?(?:\d+|[一二三四五六七八九十]{1,3})[)）.．、]?$")  # a 序号: 1, （1）, （一）, 一、
# a tab-delimited cell quoted: over lines (Excel quotes a cell that holds a line break), or whole (LibreOffice
# quotes every text cell)
_QUOTED_TAB = re.compile(r'(?:^|\t)"[^"\t]*(?:\n|"(?:\t|$))', re.MULTILINE)
# a |-delimited cell quoted over lines, as a CSV writer quotes a cell that holds a line break
_QUOTED_BAR = re.compile(r'(?:^|\|)"[^"|\n]*\n', re.MULTILINE)
# (or an empty string written as CSV writes it, "" between bars: PostgreSQL's COPY … (FORMAT csv, DELIMITER '|'))
_EMPTY_QUOTED = re.compile(r'(?:^|\|)""(?=\||\r?$)', re.MULTILINE)
# (a line of |-delimited cells each quoted, or empty and not quoted, as DB2's EXPORT … OF DEL writes an empty one)
_QUOTED_FIELDS = re.compile(r'(?:"(?:[^"]|"")*")?(?:\|(?:"(?:[^"]|"")*")?)+')


def _all_quoted(doc: Text) -> bool:
    """Whether most |-delimited lines are cells each quoted ("项目名称"|"示例…"|"", or ||"示例…" where a writer leaves
    an empty one unquoted)."""
    lines = [line for line in itertools.islice(doc.lines, 400) if "|" in line and '"' in line]
    quoted = sum(1 for line in lines if _QUOTED_FIELDS.fullmatch(line.strip().lstrip("\ufeff")))
    return bool(lines) and quoted * 2 > sum(1 for line in itertools.islice(doc.lines, 400) if "|" in line)


_RULE = re.compile(r"^[\s|:+\-=—]*$")
_CAPTIONED_RULE = re.compile(r"\+(?P<caption>[^\s+\-|][^+|]*?)-{2,}[+\-]*\s*$")  # (+示例…表-----+----+)
# A table drawn with box-drawing characters (psql's unicode line style, sqlite's .mode box, DuckDB's and ClickHouse's
# consoles, tabulate's fancy_grid, rich): its bars delimit as | does, and a line of them and its rules is a rule.
_BOX_BARS = str.maketrans("│┃║┆┇┊┋", "|||||||")
_BOX_VERTICAL = re.compile("[│┃║┆┇┊┋]")
_BOX_RULE = re.compile(r"^[\s─━═┄┅┈┉╌╍┌┐└┘├┤┬┴┼╞╡╪╤╧╔╗╚╝╠╣╦╩╬╒╕╘╛╓╖╙╜╟╢╫┏┓┗┛┣┫┳┻╋┠┨┯┷┿╂╭╮╯╰│┃║┆┇┊┋:]*$")
_BOX_CHARACTERS = "│┃║┆┇┊┋"


def _boxed(text: str) -> bool:
    """Whether a text holds a box-drawing bar (a search for each character: faster than a pattern's over the text)."""
    return any(ch in text for ch in _BOX_CHARACTERS)


def _html_table(text: str) -> bool:
    """Whether a text holds an HTML table's cell tag (<td>, <th>), an XML Spreadsheet's (<Cell>) or MySQL's XML
    field (<field>)."""
    return ("<t" in text or "<T" in text or "Cell" in text or "<field" in text) and HTML_CELL.search(text) is not None


# A BBCode tag (a forum's markup: [table], [tr], [td rowspan=3], [/td], [b] …); as HTML's, with < > for [ ]
_BB_TAG = re.compile(
    r"\[(/?(?:table|tr|td|th|b|i|u|s|center|left|right|size|color|font|align|p|br|hr)(?:[ =][^\[\]\n]*)?)\]",
    re.IGNORECASE,
)
_BB_CELL = re.compile(r"\[t[dh][\] ]", re.IGNORECASE)


# LaTeX's tables: a tabular (tabularx, longtable, tabu …) environment, its cells between &, a row ended by \\
_LATEX_ENVIRONMENTS = r"(?:tabular|tabularx|tabulary|longtable|tabu|tblr|supertabular)\*?"
_LATEX_TABLE = re.compile(rf"\\begin\{{{_LATEX_ENVIRONMENTS}\}}")
_LATEX_TABLE_END = re.compile(rf"\\end\{{{_LATEX_ENVIRONMENTS}\}}")
_LATEX_ROW_END = re.compile(r"(?<!\\)\\\\(?:\[[^\]]*\])?")  # \\ or \\[2pt]
_LATEX_CELL = re.compile(r"(?<!\\)&")
# A cell's wrapping commands (\multirow{3}{*}{产出指标}, \multicolumn{3}{|l|}{…}, \textbf{一级指标}, \makecell{…}):
# the text in their last braces; for \multicolumn the columns it spans
_LATEX_WRAP = re.compile(
    r"^\\(?:multirow\{[^{}]*\}(?:\[[^\]]*\])?\{[^{}]*\}|multicolumn\{(?P<span>\d+)\}\{[^{}]*\}|textbf|textit|emph|makecell|shortstack)\{(?P<text>.*)\}$"
)
# A line of commands only (\hline, \cline{2-4}, \toprule, \end{tabular}, \centering, \endhead …): no cell
_LATEX_COMMANDS = re.compile(r"^(?:\s*\\[A-Za-z]+\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*\s*)+$")
# A heading's text (\section*{…}, \caption{…}, \title{…}, \textbf{…} alone on its line)
_LATEX_HEADING = re.compile(
    r"^\s*\\(?:section|subsection|subsubsection|caption|title|textbf|centerline)\*?\{(.*)\}\s*$"
)
_LATEX_ESCAPES = {"\\%": "%", "\\&": "&", "\\_": "_", "\\#": "#", "\\$": "$", "\\{": "{", "\\}": "}"}


def _latex_table(text: str) -> bool:
    """Whether a text opens a LaTeX table environment (\\begin{tabular}, \\begin{longtable} …)."""
    return "\\begin{" in text and _LATEX_TABLE.search(text) is not None


def latex_rows(doc: Text) -> list[Row]:
    """Rows of LaTeX tables (a report typeset from the budget): in a tabular, each line holding & or ending in
    \\\\ a row of the cells between its & (escaped \\& no delimiter); a cell's wrapping command unwrapped to its text
    (\\multirow{3}{*}{产出指标}; \\multicolumn{3}{l}{…} followed by empty cells for the columns it spans); \\%
    and the like unescaped; rules and other lines of commands no cells (furniture); a heading's text (\\section*{…})
    a row of one cell; any other line a row of one cell."""
    rows: list[Row] = []
    depth = 0  # inside how many table environments
    for i, line in enumerate(doc.lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("%"):
            continue
        opened = _LATEX_TABLE.search(line) is not None
        if opened:
            depth += 1
        if "\\end{" in line and _LATEX_TABLE_END.search(line):
            depth = max(0, depth - 1)
            rows.append(Row((doc.cell(i, 0, len(line)),), furniture=True))
            continue
        heading = _LATEX_HEADING.match(line)
        if heading is not None:
            rows.append(Row((doc.cell(i, heading.start(1), heading.end(1)),), aligned=False))
            continue
        end = _LATEX_ROW_END.search(line)
        if (depth and not opened and ("&" in line or end is not None)) and not _LATEX_COMMANDS.match(line):
            stop = end.start() if end is not None else len(line)
            cells: list[TableCell] = []
            a = 0
            for cut in [*(m.start() for m in _LATEX_CELL.finditer(line, 0, stop)), stop]:
                piece = line[a:cut]
                lead = len(piece) - len(piece.lstrip())
                x, y = a + lead, a + len(piece.rstrip())
                text, span = line[x:y], 1
                wrapped = _LATEX_WRAP.match(text)
                if wrapped is not None:
                    text = wrapped.group("text").strip()
                    span = int(wrapped.group("span") or 1)
                for escape, plain in _LATEX_ESCAPES.items():
                    text = text.replace(escape, plain)
                cells.append(doc.cell(i, x, y, text))
                cells.extend(doc.cell(i, y, y, "") for _ in range(span - 1))
                a = cut + 1
            rows.append(Row(tuple(cells)))
            continue
        command = _LATEX_COMMANDS.match(line) is not None
        rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False, furniture=command))
    return rows


# AsciiDoc's tables: |=== opens and closes one; a cell opens with | at a line's start or after a space, led by its
# span (2+| two columns, .3+| three rows, 2.3+|) and style (a|, ^.^|, 3*| a cell repeated); the columns are as many as
# the [cols="…"] attribute list above names (cols="4*" or cols="1,1,2,1"), else the first line's cells
_ADOC_DELIMITER = re.compile(r"^\|===+\s*$")
_ADOC_CELL = re.compile(
    r"(?:(?<=\s)|^)(?P<spec>(?:(?P<times>\d+)\*)?(?:(?P<cols>\d+)?(?:\.(?P<rows>\d+))?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?)\|"
)
_ADOC_COLS = re.compile(r"cols\s*=\s*\"?(?:(?P<n>\d+)\*|(?P<list>[^\",\]]*(?:,[^\",\]]*)*))")


def asciidoc_rows(doc: Text) -> list[Row] | None:
    """Rows of AsciiDoc's tables where a row runs over several lines (one cell a line, rows apart by an empty
    line) or a cell spans rows or columns: the cells of each table laid in its columns in order, a cell spanning
    columns or rows followed by empty cells where it spans, a cell's further lines continuing it; the attribute
    lists and delimiters furniture; other lines rows of one cell. None where every table is a row a line with no
    span (read as delimited text is)."""
    lines = doc.lines
    tables: list[tuple[int, int, int]] = []  # (first line inside, delimiter closing it, columns)
    i = 0
    while i < len(lines):
        if _ADOC_DELIMITER.match(lines[i]):
            end = next((j for j in range(i + 1, len(lines)) if _ADOC_DELIMITER.match(lines[j])), len(lines))
            attributes = lines[i - 1] if i and lines[i - 1].startswith("[") else ""
            found = _ADOC_COLS.search(attributes)
            width = 0
            if found is not None:
                width = int(found.group("n")) if found.group("n") else len(found.group("list").split(","))
            first = next((lines[j] for j in range(i + 1, end) if lines[j].strip()), "")
            width = width or len(_ADOC_CELL.findall(first))
            tables.append((i + 1, end, width))
            i = end + 1
        else:
            i += 1
    spread = any(
        any(
            (line.strip() and len(_ADOC_CELL.findall(line)) != width) or "+|" in line or "*|" in line
            for line in lines[a:b]
        )
        for a, b, width in tables
    )
    if not tables or not spread:
        return None
    rows: list[Row] = []
    inside: dict[int, tuple[int, int]] = {a: (b, width) for a, b, width in tables}
    i = 0
    while i < len(lines):
        if i not in inside:
            line = lines[i]
            if line.strip():
                furniture = bool(_ADOC_DELIMITER.match(line)) or (line.startswith("[") and line.rstrip().endswith("]"))
                rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False, furniture=furniture))
            i += 1
            continue
        end, width = inside[i]
        rows.extend(_adoc_table(doc, i, end, max(width, 1)))
        i = end
    return rows


def _adoc_table(doc: Text, a: int, b: int, width: int) -> list[Row]:
    """The rows of one AsciiDoc table, its lines ``a`` to ``b`` (exclusive)."""
    cells: list[tuple[TableCell, int, int]] = []  # each cell with the columns and rows it spans
    for i in range(a, b):
        line = doc.lines[i]
        marks = list(_ADOC_CELL.finditer(line))
        if not marks:
            if line.strip() and cells:  # a cell's further line
                cell, cols, rows_ = cells[-1]
                cells[-1] = (doc.extend(cell, doc.cell(i, 0, len(line))), cols, rows_)
            continue
        if line[: marks[0].start()].strip() and cells:  # (text before the first cell: the one before goes on)
            cell, cols, rows_ = cells[-1]
            cells[-1] = (doc.extend(cell, doc.cell(i, 0, marks[0].start())), cols, rows_)
        for k, mark in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else len(line)
            cell = doc.cell(i, mark.end(), stop)
            for _ in range(int(mark.group("times") or 1)):
                cells.append((cell, int(mark.group("cols") or 1), int(mark.group("rows") or 1)))
    out: list[Row] = []
    below: dict[int, int] = {}  # column → rows still under a cell spanning rows from above
    row: list[TableCell] = []
    last = doc.cell(b - 1, 0, 0)

    def fill() -> None:  # (the places of the open row that cells from above take)
        while len(row) < width and below.get(len(row), 0) > 0:
            below[len(row)] -= 1
            row.append(_emptied(last))

    for cell, cols, rows_ in cells:
        fill()
        if len(row) >= width:
            out.append(Row(tuple(row)))
            row = []
            fill()
        at = len(row)
        row.append(cell)
        last = cell
        row.extend(_emptied(cell) for _ in range(cols - 1))
        if rows_ > 1:
            for c in range(at, at + cols):
                below[c] = rows_ - 1
        if len(row) >= width:
            out.append(Row(tuple(row)))
            row = []
    fill()
    if row:
        out.append(Row(tuple(row)))
    return out


# reStructuredText's list table: `* - ` opens a row with its first cell, `- ` (indented under it) the next cells
_LIST_ROW = re.compile(r"^(\s*)\* +- ?")
_LIST_CELL = re.compile(r"^(\s*)- ?")
_LIST_OPTION = re.compile(r"^\s+:[a-z-]+:")  # :header-rows: 1, :widths: …
_TITLE_RULE = re.compile(r"^([=\-~^\"'`#*+])\1{3,}\s*$")  # a heading's underline (======)


def list_table_rows(doc: Text) -> list[Row]:
    """Rows of reStructuredText list tables: each `* -` item a row, its `-` items its cells in order (an empty
    item an empty cell), a cell's further lines (indented past its dash) continuing it; the directive and its
    options, and headings' underlines, furniture; other lines rows of one cell."""
    rows: list[Row] = []
    cells: list[TableCell] = []
    indent = -1  # the dash column of the open row's cells (-1: no row open)

    def close() -> None:
        nonlocal cells, indent
        if cells:
            rows.append(Row(tuple(cells)))
        cells, indent = [], -1

    for i, line in enumerate(doc.lines):
        if not line.strip():
            continue
        row = _LIST_ROW.match(line)
        if row is not None:
            close()
            indent = line.index("-", row.start())
            cells.append(doc.cell(i, row.end(), len(line)))
            continue
        if indent >= 0:
            cell = _LIST_CELL.match(line)
            if cell is not None and len(cell.group(1)) == indent:
                cells.append(doc.cell(i, cell.end(), len(line)))
                continue
            if len(line) - len(line.lstrip()) > indent:  # a cell's further line
                cells[-1] = doc.extend(cells[-1], doc.cell(i, 0, len(line)))
                continue
        close()
        furniture = line.lstrip().startswith(".. ") or bool(_LIST_OPTION.match(line) or _TITLE_RULE.match(line))
        rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False, furniture=furniture))
    close()
    return rows


def _bbcode_table(text: str) -> bool:
    """Whether a text holds BBCode table cells ([td], [th])."""
    return ("[t" in text or "[T" in text) and _BB_CELL.search(text) is not None


def _angled(tag: re.Match[str]) -> str:
    """A BBCode tag written as HTML's, of the same length (the cells stay where they stand in the file)."""
    return "<" + tag.group(1) + ">"


_HEAD = 4000  # characters: where a text shows the marks of a program's format (YAML's, PHP's, TiddlyWiki's)
_LITERAL_OPENINGS = ('["', "['", '("', "('", "[None", "[null", "[[", "[(", "((", "([", "(NULL", "VALUES (", "VALUES(")


def _python_opening(text: str) -> bool:
    """Whether a text may hold literals of rows: a bracket or a parenthesis before a quote or a null, or two
    brackets in a row, as repr writes a list of lists ([[, [(, ((, ([); SQL's VALUES (."""
    head = text[:_HEAD]  # (a program's output opens so: its first rows are literals)
    return ("[" in head or "(" in head) and any(opening in head for opening in _LITERAL_OPENINGS)


_ATTRIBUTE_LIST = re.compile(r"\[(?:[a-z]+=(?:\"[^\"]*\"|[^,\]]*),?)+\]\s*$")


# ---------------------------------------------------------------- detection


def _header_names(texts: Sequence[str]) -> int:
    return sum(1 for t in texts if t.strip() and grid_field(t) is not None)


def detect_shape(text: str, hint: str | None = None) -> Shape:
    """The shape of a column-table text, from its lines (``hint``: a file extension such as ``.csv``)."""
    lines = [line for line in text.split("\n") if line.strip()][:400]
    if hint == ".tsv":
        return "tab"
    if hint == ".csv":
        return "csv"
    if text.lstrip().startswith("[") and _json_table(text) is not None:
        return "flat"  # (a JSON array of the rows: read where flattened text is, see text_rows)
    if _vertical(text):
        return "pipe"  # (records one field a line: their fields are cells, see vertical_rows)
    if _yaml_table(text):
        return "pipe"  # (YAML's list of rows: see yaml_rows)
    if _php_table(text):
        return "pipe"  # (PHP's serialized arrays of rows: see php_rows)
    if _go_table(text):
        return "pipe"  # (Go's %v of the rows, a table a line: see go_rows)
    if ".. list-table::" in text or _html_table(text) or _bbcode_table(text) or _latex_table(text):
        return "pipe"  # (HTML tables: markup, read where the other markups are, see text_rows)
    if _python_table(text):
        return "flat"  # (a Python list of rows, as a script prints it: read where flattened text is, see text_rows)
    if lines and all(_KEYED_LINE.match(line) for line in lines):
        return "flat"  # (each line led by an export's row id: see _keyed_rows)
    box = _boxed(text)
    bars = sum(1 for line in lines if "|" in line or (box and _BOX_VERTICAL.search(line)))
    odd = _odd_delimiter(text) if "\t" not in text else None
    tabs = sum(1 for line in lines if "\t" in line.strip() or (odd and odd in line))  # (tabs at a line's ends: spaces)
    if lines and bars >= max(2, len(lines) // 3):
        return "pipe"
    if lines and (tabs >= max(2, len(lines) // 3) or (len(lines) == 1 and lines[0].count("\t") >= 20)):
        return "tab"  # (or a sheet's range pasted into a one-line field: see _glued_tab_rows)
    headerish = [line for line in lines if "指标" in line or "序号" in line]  # a grid header names 指标 somewhere
    for line in headerish:
        for delimiter in ",;":
            if line.count(delimiter) >= 2 and _header_names(_csv_line(line, delimiter)) >= 2:
                return "csv"
    for line in headerish:
        if _header_names([m.group(0) for m in CHUNK.finditer(line)]) >= 2:
            return "aligned"
    for k, (a, b) in enumerate(itertools.pairwise(lines)):
        # two names a line each, or a name broken over lines (一级 / 指标, 指标值 / 确定依 / 据)
        if (grid_field(a) is not None and grid_field(b) is not None) or _joined_name(lines, k) >= 2:
            return "lines"
    return "flat"


# Delimiters of fields other than tabs, commas and bars, which some exports use: Hive's ^A (\x01), the ASCII unit
# separator, a broken bar, a double bar, a tilde, a caret, a section sign
_ODD_DELIMITERS = "\x01\x1f¦‖~^§"


def _odd_delimiter(text: str) -> str | None:
    """The one of :data:`_ODD_DELIMITERS` that parts a grid header's line of a text (one naming 指标) into two
    header names or more, where the text holds one at all; else None."""
    found = [ch for ch in _ODD_DELIMITERS if ch in text]
    if not found:
        return None
    for line in itertools.islice((ln for ln in text.split("\n", 400) if "指标" in ln), 40):
        for ch in found:
            if ch in line and _header_names(line.split(ch)) >= 2:
                return ch
    return None


def _csv_line(line: str, delimiter: str = ",") -> list[str]:
    return [cell.strip("\"' ") for cell in line.split(delimiter)]  # (quoted with " or, as SQL literals, ')


def csv_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one Excel's ``sep=`` first line names, else ``;`` where a grid header
    names more columns cut at semicolons than at commas (Excel writes ``;`` where the decimal mark is a comma),
    else ``,``."""
    first = text[: text.find("\n")].strip() if "\n" in text else text.strip()
    if len(first) == 5 and first.startswith("sep="):
        return first[4]
    for line in itertools.islice((ln for ln in text.split("\n") if "指标" in ln), 40):
        by_comma, by_semicolon = _header_names(_csv_line(line)), _header_names(_csv_line(line, ";"))
        if max(by_comma, by_semicolon) >= 2:
            return ";" if by_semicolon > by_comma else ","
    return ","


# ---------------------------------------------------------------- delimited


_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")


def delimited_rows(doc: Text, delimiter: str) -> list[Row]:
    """Rows of a ``|``- or tab-delimited text; a line with no delimiter is a row of one cell."""
    rows: list[Row] = []
    # DokuWiki's table markup opens a header cell with ^ where a cell opens with | (^ 项目名称 | 示例… |): in its
    # table lines ^ delimits as | does (a ^ of text the markup itself must escape); positions stay the same
    doku = delimiter == "|" and sum(1 for line in itertools.islice(doc.lines, 400) if line.startswith("^ ")) >= 2
    lines = [_doku_bars(line) for line in doc.lines] if doku else doc.lines
    box = delimiter == "|" and _boxed(doc.text)
    if box:
        lines = [line.translate(_BOX_BARS) for line in lines]
    tiddly = delimiter == "|" and _tiddly(doc.text)
    with_bars = [line.strip() for line in lines if delimiter in line]
    # Outer bars: most delimited lines start with one and end with one (then an empty first piece is not a
    # cell); where they are not printed, a row whose merged cells are empty starts with a bar all the same.
    # (both on the same lines: a table with no outer bars has rows that start with one, their first cells empty,
    # and others that end with one, their last cells empty, Stata's export delimited, say)
    outer = delimiter == "|" and sum(1 for line in with_bars if line[:1] == "|" == line[-1:]) * 2 > len(with_bars)
    # (a grid whose merged cells' words stand on the rules through them: w3m's dump of a bordered table)
    ruled = delimiter == "|" and any(_RULED_WORDS.match(line) for line in with_bars if "---" in line)
    spans = _Spans(doc, rows) if ruled else None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if delimiter == "|" and ("-" in line or "=" in line) and _RULE.match(line):
            if spans is not None:
                spans.rule(i, line)
            continue  # a Markdown rule under the header, a grid's (+---+, +===+ under the header)
        if spans is not None and _RULED_WORDS.match(line.strip()) and spans.rule(i, line):
            continue
        if box and _BOX_RULE.match(doc.lines[i]):
            continue  # a rule drawn in box-drawing characters (├───┼───┤, ╞═══╪═══╡)
        if delimiter not in line:
            # (an AsciiDoc table's attribute list, [width="100%",cols="…",]: the converter's, no cell of the table; a
            # Markdown heading between tables, ## 示例…项目, the note's own, whose project the block after it names)
            furniture = (line[:1] == "[" and _ATTRIBUTE_LIST.match(line) is not None) or (
                line[:1] == "#" and _MARKDOWN_HEADING.match(line) is not None
            )
            if tiddly and (furniture := furniture or _TIDDLER_FIELD.match(line) is not None) is False:
                start = len(line) - len(line.lstrip("! "))  # (a heading, !! 示例…表: its text)
                rows.append(Row((doc.cell(i, start, len(line)),)))
                continue
            # (a grid's top rule with its caption in it, terminaltables' +示例…绩效目标表-----+----+: the caption a
            # line of its own, the rule's characters a rule's)
            captioned = _CAPTIONED_RULE.match(line) if line[:1] == "+" else None
            span = captioned.span("caption") if captioned is not None else (0, len(line))
            rows.append(Row((doc.cell(i, *span),), furniture=furniture))
            if spans is not None:
                spans.close()
            continue
        if delimiter == "|" and "||" in line:  # (a search in C: most lines hold no double bar)
            stripped = line.strip()
            if stripped.startswith("||") and stripped.endswith("||") and "|" not in stripped.replace("||", ""):
                # a header row of Confluence wiki markup (||序号||一级指标||…||): its names between double bars
                lead = len(line) - len(line.lstrip())
                cells = doc.split(i, stripped.split("||")[1:-1], lead + 2, width=2)
                rows.append(Row(_unmarked(cells, False) if "=" in line else cells))
                continue
        # str.split, not a scan of every character: the pieces and where the first starts
        pieces = line.split(delimiter)
        start = 0
        if tiddly and len(pieces) > 2 and pieces[-1].strip() in _TIDDLY_MARKS:
            pieces[-1] = ""  # (a row's mark after its last bar, |h a header row: no cell)
        if outer:
            if not pieces[0].strip():
                start = len(pieces[0]) + 1  # leading bar
                del pieces[0]
                if len(pieces) > 2 and not pieces[0] and pieces[1][:1] == " " and not line.rstrip().endswith("||"):
                    start += 1  # txt2tags' header row, opened by a double bar (|| 一级指标 | 二级指标 |)
                    del pieces[0]
            if pieces and not pieces[-1].strip():
                del pieces[-1]  # trailing bar
        cells = doc.split(i, pieces, start)
        if delimiter == "|" and ("*" in line or "_" in line or "|=" in line):
            cells = _unmarked(cells, line.lstrip().startswith("|="))
        if tiddly:
            cells = _tiddly_cells(cells)
        if doku and ":::" in line:
            cells = tuple(
                _emptied(c) if c.text == ":::" else c for c in cells
            )  # (a merged cell's rows under its first)
        if ("<" in line or "\\n" in line) and _BREAK.search(line):
            cells = tuple(_breaks_joined(cell) for cell in cells)
        if (
            rows
            and len(rows[-1].cells) == 1
            and len(cells) > 2
            and POINTS_ONLY.fullmatch(cells[0].text)
            and _label_alone(rows[-1])
        ):
            # a 一级's cell broken over two lines where the converter ends a cell's line (html2text: 产出指标 /
            # (0-40分)| 数量指标| …): the label alone on its line goes on into the row's first cell, its points
            if spans is not None:
                spans.close()  # (before the row it may hold goes)
            cells = (doc.extend(rows.pop().cells[0], cells[0]), *cells[1:])
        rows.append(Row(cells))
        if spans is not None:
            spans.row(cells)
    if spans is not None:
        spans.close()
    return rows


# A line of a bordered grid that is a rule in some columns and holds words in others (|-----|产出指标 |-----+-----|):
# w3m prints a merged cell's words at the middle of its rows, on the rules between them too
_RULED_WORDS = re.compile(r"^[|+](?=.*[|+]-{3,}[|+])(?=.*[^\s|+\-]).*[|+]\s*$")
_RULE_PIECE = re.compile(r"[-=+]*-[-=+]*")  # (a rule fills its cell's width: a padded --- is a cell's text)
_BARS = re.compile(r"[|+]")  # (where a rule line's columns part)


class _Spans:
    """The cells of a bordered grid whose rules say which cells are merged (w3m's dump of an HTML table: a rule
    under each cell that ends, spaces under one that goes on down, +---+ where it ends in several columns): the
    words of a merged cell, on its rows' lines and on the rules between them (w3m centres them), are joined into its
    first row's cell, and its other rows' cells left empty, as a spreadsheet's merged cell is read. Fed the grid's
    rows and rules in order; ``rows`` the reader's rows, changed in place when a cell's rows end."""

    def __init__(self, doc: Text, rows: list[Row]) -> None:
        self.doc, self.rows = doc, rows
        self.width = 0
        self.open: list[tuple[list[int], list[TableCell]]] = []  # each column's cell: its rows, its pieces

    def row(self, cells: tuple[TableCell, ...]) -> None:
        if len(cells) != self.width:
            self.close()
            self.width = len(cells)
            self.open = [([], []) for _ in cells]
        for k, cell in enumerate(cells):
            self.open[k][0].append(len(self.rows) - 1)
            if cell.text:
                self.open[k][1].append(cell)

    def rule(self, i: int, line: str) -> bool:
        """Take a rule line; False where its words have no cell to go to (a rule of another width, or words over
        a column no row has opened): the line is then read as a row of its own, nothing lost."""
        pieces = self._pieces(i, line)
        if len(pieces) != self.width or any(
            p is not None and p.text and not self.open[k][0] for k, p in enumerate(pieces)
        ):
            self.close()
            return not any(p is not None and p.text for p in pieces)
        for k, piece in enumerate(pieces):
            if piece is None:
                self._end(k)
            elif piece.text:
                self.open[k][1].append(piece)
        return True

    def close(self) -> None:
        for k in range(len(self.open)):
            self._end(k)
        self.width, self.open = 0, []

    def _end(self, k: int) -> None:
        at, pieces = self.open[k]
        if at and (len(at) > 1 or len(pieces) > 1 or (pieces and pieces[0].line != self.rows[at[0]].cells[k].line)):
            first = self.rows[at[0]]
            joined = functools.reduce(self.doc.extend, pieces) if pieces else _emptied(first.cells[k])
            for r in at:
                cells = list(self.rows[r].cells)
                cells[k] = joined if r == at[0] else _emptied(cells[k])
                self.rows[r] = attrs.evolve(self.rows[r], cells=tuple(cells))
        self.open[k] = ([], [])

    def _pieces(self, i: int, line: str) -> list[TableCell | None]:
        """A rule line's columns: None where a rule ends the cell above, else the words it holds (a cell,
        empty where it holds none)."""
        out: list[TableCell | None] = []
        bars = [m.start() for m in _BARS.finditer(line)]
        for a, b in itertools.pairwise(bars):
            piece = line[a + 1 : b]
            out.append(None if _RULE_PIECE.fullmatch(piece) else self.doc.cell(i, a + 1, b))
        return out


def _label_alone(row: Row) -> bool:
    """Whether a row is a 一级 label alone (产出指标), a line with no delimiter."""
    return len(row.cells) == 1 and not row.furniture and accepts("level1", row.cells[0].text)


# TiddlyWiki's tables: a header cell opened by ! (|!项目名称|), a cell merged with the one on its left (<), its right
# (>) or above (~), a row's mark after its last bar (|h a header row, |f a footer, |c a caption, |k a class); a
# tiddler file opens with its fields (title: …, type: text/vnd.tiddlywiki)
_TIDDLY_MARKS = frozenset("hfck")
_TIDDLY_MERGED = frozenset("<>~")
_TIDDLY_ROW = re.compile(r"^\|.*\|[hfck][ \t]*$", re.MULTILINE)
_TIDDLER_FIELD = re.compile(r"^(?:title|tags|type|created|modified|creator|modifier|caption|list): ")


def _tiddly(text: str) -> bool:
    """Whether a text holds TiddlyWiki's tables: a tiddler's type, or a row marked as a header (|…|h) and merged
    cells (|~|, |<|)."""
    head = text[:_HEAD]
    if "type: text/vnd.tiddlywiki" in head:
        return True
    return ("|~|" in head or "|<|" in head) and _TIDDLY_ROW.search(text) is not None


def _tiddly_cells(cells: tuple[TableCell, ...]) -> tuple[TableCell, ...]:
    """A TiddlyWiki row's cells as they read: a merged cell's mark empty, a header cell's ! gone, entities (&gt;)
    read."""
    out = []
    for cell in cells:
        text = cell.text
        if text in _TIDDLY_MERGED:
            out.append(_emptied(cell))
            continue
        if text.startswith("!"):
            text = text[1:].strip()
        if "&" in text:
            text = html.unescape(text)
        out.append(cell if text == cell.text else _retext(cell, text))
    return tuple(out)


# A cell's text in emphasis, as a wiki or Markdown writer marks a header cell (**一级指标**, TWiki's *一级指标*, __…__)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _unmarked(cells: tuple[TableCell, ...], creole: bool) -> tuple[TableCell, ...]:
    """A row's cells without the markup that marks a header cell: emphasis round the whole text (**一级指标**),
    Creole's = after the bar (|=一级指标|=二级指标|, ``creole``: the line opens so) or Trac's = round the text
    (||= 一级指标 =||); their raw text kept."""
    out = []
    for cell in cells:
        text = cell.text
        if text.startswith("=") and (creole or (len(text) > 1 and text.endswith("="))):
            text = text[1:-1].strip() if text.endswith("=") and len(text) > 1 else text[1:].lstrip()
        if text[:1] in ("*", "_") and (found := _EMPHASIS.fullmatch(text)) is not None:
            text = found.group(2)
        out.append(cell if text == cell.text else _retext(cell, text))
    return tuple(out)


# MediaWiki's table markup: {| opens a table, |- a row, |} closes it; ! a header cell, | a cell, each on a line of
# its own or several on one line between !! or ||; a cell's attributes before a single | (rowspan="3" | 产出指标).
_WIKI_TABLE = re.compile(r"^\{\|", re.MULTILINE)
_WIKI_CELLS = re.compile(r"!!|\|\|")
_WIKI_ATTRIBUTES = re.compile(r"[ \t]*(?:[a-z-]+[ \t]*=[ \t]*(?:\"[^\"]*\"|'[^']*'|[^ \t|]+)[ \t]*)+\|(?!\|)")
_WIKI_SPAN = re.compile(r"rowspan[ \t]*=[ \t]*[\"']?([0-9]+)")


def wiki_rows(doc: Text) -> list[Row]:
    """Rows of MediaWiki table markup. A row's cells may stand on several lines (one a line: ! 项目名称 / | 示例…);
    a cell spanning rows (rowspan="8") is empty in the rows below it, where the markup drops it, so that every
    cell stands in its column; a line outside the markup (a == heading ==) is a row of one cell."""
    rows: list[Row] = []
    cells: list[TableCell] = []
    spans: dict[int, int] = {}  # column → rows below still under a cell spanning rows

    def end_row() -> None:
        nonlocal cells
        if cells:
            rows.append(Row(tuple(cells)))
        cells = []

    for i, line in enumerate(doc.lines):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        if stripped.startswith(("{|", "|-", "|}")):
            end_row()
            if stripped.startswith("{|"):
                spans = {}
            rows.append(Row((doc.cell(i, 0, len(line)),), furniture=True))  # (the markup's own line)
            continue
        if stripped[0] not in "!|" or stripped.startswith("|+"):
            end_row()
            rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False))
            continue
        a = lead + 1
        bounds = [a, *(x for m in _WIKI_CELLS.finditer(line, a) for x in m.span()), len(line)]
        for x, y in zip(bounds[::2], bounds[1::2], strict=True):
            attributes = _WIKI_ATTRIBUTES.match(line, x, y)
            span = 1
            if attributes is not None:
                found = _WIKI_SPAN.search(attributes.group())
                span = int(found.group(1)) if found else 1
                x = attributes.end()
            _placed(cells, spans, doc.cell(i, x, y), span)
    end_row()
    return rows


# Textile's table markup (Redmine, Textpattern): a cell's modifiers before ". " (_. a header cell, /3. spanning
# three rows, \\2. two columns, <. >. =. ^. ~. its alignment, {style}, (class), [lang]).
_TEXTILE_CELL = re.compile(r"[ \t]*((?:_|<>|[<>=^~-]|[\\/][0-9]+|\{[^}|]*\}|\([^)|]*\)|\[[^\]|]*\])+)\. ")
_TEXTILE_ROWS = re.compile(r"/([0-9]+)")
_TEXTILE_MARK = re.compile(r"^\|_\. |\|/[0-9]+\. ", re.MULTILINE)


def textile_rows(doc: Text) -> list[Row]:
    """Rows of Textile table markup (|_. 一级指标|_. 二级指标|…, |/8. 产出指标|/3. 数量指标|…): each cell without its
    modifiers; a cell spanning rows (/8.) is empty in the rows below it, where the markup drops it, so that every
    cell stands in its column; a line outside a table (h3. a heading) is a row of one cell."""
    rows: list[Row] = []
    spans: dict[int, int] = {}  # column → rows below still under a cell spanning rows
    for i, line in enumerate(doc.lines):
        stripped = line.strip()
        if not stripped:
            spans = {}  # (a table ends at an empty line)
            continue
        if not (stripped.startswith("|") and stripped.endswith("|")):
            rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False))
            continue
        lead = len(line) - len(line.lstrip())
        bounds = [lead + k for k, ch in enumerate(stripped) if ch == "|"]
        cells: list[TableCell] = []
        for x, y in itertools.pairwise(bounds):
            start, span = x + 1, 1
            modifiers = _TEXTILE_CELL.match(line, start, y)
            if modifiers is not None:
                found = _TEXTILE_ROWS.search(modifiers.group(1))
                span = int(found.group(1)) if found else 1
                start = modifiers.end()
            _placed(cells, spans, doc.cell(i, start, y), span)
        rows.append(Row(tuple(cells)))
    return rows


def _placed(cells: list[TableCell], spans: dict[int, int], cell: TableCell, span: int) -> None:
    """Put ``cell`` in the row being built (``cells``) after empty cells for the columns still under a cell spanning
    rows from above, where table markup drops them (``spans``: column → rows below still under it), and note the
    rows ``cell`` spans itself (MediaWiki's rowspan="3", Textile's /3.)."""
    while spans.get(len(cells), 0) > 0:
        spans[len(cells)] -= 1
        at = cell.span[0]
        cells.append(TableCell("", (at, at), cell.line, cell.column, ""))
    if span > 1:
        spans[len(cells)] = span - 1
    cells.append(cell)


def _doku_bars(line: str) -> str:
    """A DokuWiki table line with its header cells' ^ written as | (other lines as they are)."""
    return line.replace("^", "|") if line.lstrip()[:1] in ("^", "|") else line


# A line break inside a cell, as HTML writes it (a Markdown table converted from a PDF or a web page: 培训420<br>人次),
# or as a database's text export escapes it (PostgreSQL's COPY, MySQL's SELECT … INTO OUTFILE: 40次；\n2.新建…)
_BREAK = re.compile(r"[ \t]*(?:<br[ \t]*/?>|(?<!\\)\\n)[ \t]*", re.IGNORECASE)


def _breaks_joined(cell: TableCell) -> TableCell:
    """A cell's text with its line breaks written as HTML or escapes joined as a wrapped cell's lines are (its
    raw text kept)."""
    text = cell.text
    if "<" not in text and "\\n" not in text:
        return cell
    out, at = [], 0
    for m in _BREAK.finditer(text):
        out.append(text[at : m.start()])
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        out.append(wrap_joiner(before, after) if before and after else "")
        at = m.end()
    out.append(text[at:])
    return _retext(cell, "".join(out))


def csv_rows(doc: Text, delimiter: str = ",") -> list[Row]:
    """Rows of CSV text (RFC 4180 quoting; a quoted cell may run over lines), or of tab-delimited text quoted
    so (``delimiter``: Excel's tab-delimited export quotes a cell that holds a line break); or quoted with
    single quotes, as SQL literals (sqlite's ``.mode quote``: 'text', a bare number or NULL, '' for a quote)."""
    rows: list[Row] = []
    cells: list[TableCell] = []
    i = 0
    line_count = len(doc.lines)
    q = "'" if _SQL_QUOTED.match(doc.text) is not None else '"'
    quoting = q in doc.text  # (where text cells are quoted, a bare NA is R's missing value: an empty cell)
    while i < line_count:
        line = doc.lines[i]
        if not cells and not line.strip():
            i += 1
            continue
        k = 0
        while True:
            if k < len(line) and line[k] == q:
                # quoted cell: up to the closing quote, across lines
                parts: list[TableCell] = []
                text_parts: list[str] = []
                j, a = i, k + 1
                while True:
                    seg = doc.lines[j]
                    m = a
                    buf = []
                    closed = False
                    while m < len(seg):
                        if seg[m] == q:
                            if m + 1 < len(seg) and seg[m + 1] == q:
                                buf.append(q)
                                m += 2
                                continue
                            closed = True
                            break
                        buf.append(seg[m])
                        m += 1
                    if not closed and buf and buf[-1] == "\\" and (len(buf) < 2 or buf[-2] != "\\"):
                        buf.pop()  # (a break escaped: MySQL's INTO OUTFILE writes \ then it)
                    parts.append(doc.cell(j, a, m))
                    text_parts.append("".join(buf).strip())
                    if closed or j + 1 >= line_count:
                        break
                    j, a = j + 1, 0
                cell = parts[0]
                for more in parts[1:]:
                    cell = doc.extend(cell, more)
                cells.append(_formula_text(_retext(cell, "".join(text_parts))))
                i, line = j, doc.lines[j]
                end = line.find(delimiter, m + 1)
                k = len(line) if end == -1 else end
            else:
                end = line.find(delimiter, k)
                stop = len(line) if end == -1 else end
                cell = doc.cell(i, k, stop)
                if quoting and cell.text == "NA":
                    cell = _emptied(cell)
                cells.append(_formula_text(cell))
                k = stop
            if k >= len(line):
                break
            k += 1  # past the delimiter
        rows.append(Row(tuple(cells)))
        cells = []
        i += 1
    return rows


# The first line of sqlite's .mode quote: cells as SQL literals, the first one quoted ('c1','c2' or '项目名称',NULL)
_SQL_QUOTED = re.compile(r"\ufeff?'[^'\n]*'(?:,|\r?\n)")

# A cell quoted whole whose quotes inside are escaped with a backslash (Spark's CSV writer: "\"9610\"模式")
_BACKSLASH_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*\\"(?:[^"\\]|\\.)*)"')
_BACKSLASH_ESCAPE = re.compile(r"\\(.)")


def _quotes_taken(rows: list[Row], text: str) -> list[Row]:
    """Rows of a delimited text whose cells that hold a quote are quoted whole, the quotes inside escaped with a
    backslash (Spark's CSV writer, a TSV: "\"9610\"模式申报单量"): such a cell's text without them."""
    if '\\"' not in text:
        return rows
    out = []
    for row in rows:
        if any(_BACKSLASH_QUOTED.fullmatch(cell.text) for cell in row.cells):
            cells = tuple(
                _retext(c, _BACKSLASH_ESCAPE.sub(r"\1", m.group(1)))
                if (m := _BACKSLASH_QUOTED.fullmatch(c.text)) is not None
                else c
                for c in row.cells
            )
            row = attrs.evolve(row, cells=cells)
        out.append(row)
    return out


def _formula_text(cell: TableCell) -> TableCell:
    """A cell an export wrote so that a spreadsheet keeps it as written, as a formula of its text (="10",
    ="0000-62817435) or a number after an apostrophe ('468.30, '1,500, '95%): the text (its raw kept)."""
    text = cell.text
    mark = text[:1]
    if mark != "=" and mark != "'":  # (most cells: one test)
        return cell
    if text.startswith('="') and text.endswith('"') and len(text) > 2 and '"' not in text[2:-1]:
        return _retext(cell, text[2:-1])
    if mark == "'" and _QUOTED_NUMBER.fullmatch(text, 1):
        return _retext(cell, text[1:])
    return cell


# (what a spreadsheet would take for a number, kept as text by an apostrophe before it: digits first)
_QUOTED_NUMBER = re.compile(r"[0-9][0-9.,:\-/%]*")


def _numbers_dropped(rows: list[Row]) -> list[Row]:
    """Rows written out by a data-frame library with its index (pandas' ``to_csv``, R's ``write.csv``): a row of
    column numbers (an empty cell, then 0, 1, 2 … or R's ...1, ...2 …) and, under it, each row led by its number
    (0, 1, 2 …; R's from 1); or by a database export of a staging table whose first column numbers its rows
    (ClickHouse's TSVWithNamesAndTypes: a line of the columns' names and one of their types, then 1, 2, 3 …, the
    grid header's row led by its number too). Those numbers are the writer's, not the table's: the column numbers'
    row (or the names and types) and each row's number are furniture rows of their own, so that the row's cells
    stand as the table has them."""
    named = _named_columns(rows)
    if named is not None:
        return named
    starts = _numbered_runs(rows)
    if not starts and not any(
        len(row.cells) > 2 and row.cells[0].text in _INDEX_HEADS and _COLUMN_NUMBER.match(row.cells[1].text)
        for row in rows
    ):
        return rows  # (most tables: no row of column numbers, no rows numbered by the writer)
    out: list[Row] = []
    number: int | None = None  # the next row's number, under a row of column numbers
    inspected = False  # (Node's console.table: its strings as util.inspect writes them, '项目名称')
    for i, row in enumerate(rows):
        texts = row.texts
        if i in starts:
            number = starts[i]
        before = starts.get(i + 1) in (0, 1) or (starts.get(i + 2) in (0, 1) and _header_names(rows[i + 1].texts) == 0)
        if before and i not in starts and _header_names(texts) == 0:
            out.append(attrs.evolve(row, furniture=True))  # (the export's names of its columns, their types)
            continue
        if len(texts) > 2 and texts[0] in _INDEX_HEADS and _column_numbers(texts[1:]):
            out.append(attrs.evolve(row, furniture=True))
            number = 0 if texts[1] == "0" else 1
            inspected = texts[0] == "(index)"
        elif number is not None and len(texts) > 1 and texts[0] == str(number):
            out.append(Row(row.cells[:1], furniture=True))
            cells = row.cells[1:]
            out.append(attrs.evolve(row, cells=tuple(map(_inspected, cells)) if inspected else cells))
            number += 1
        else:
            out.append(row)
            number = None
    return out


def _numbered_runs(rows: list[Row]) -> dict[int, int]:
    """Where a run of rows numbered by their writer starts (row index → its number): a grid header's row led by a
    number (a 序号 column's header is 序号, never a number), and the rows before it led by the numbers before."""
    starts: dict[int, int] = {}
    for k, row in enumerate(rows):
        first = row.cells[0].text if len(row.cells) > 2 else ""
        if not (first.isdigit() and first.isascii()):
            continue
        texts = row.texts[1:]
        if not any("指标" in text for text in texts) or _header_names(texts) < 2:
            continue  # (a grid header names its 三级 or its value 指标…: most numbered rows are a 序号's)
        start, number = k, int(first)
        while (
            start > 0 and number > 0 and rows[start - 1].cells[:1] and rows[start - 1].cells[0].text == str(number - 1)
        ):
            start, number = start - 1, number - 1
        if start not in starts and not any(start < s <= k for s in starts):
            starts[start] = number
    return starts


# What stands over a data frame's row numbers: nothing (pandas, R), or Node's console.table's (index)
_INDEX_HEADS = ("", "(index)")
# A string as Node's util.inspect writes it (console.table's cells): in quotes, those inside it escaped
_INSPECTED = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|`((?:[^`\\]|\\.)*)`")
_INSPECT_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def _inspected(cell: TableCell) -> TableCell:
    """A console.table cell's string without its quotes and escapes ('项目名称' → 项目名称, '' → an empty cell)."""
    m = _INSPECTED.fullmatch(cell.text)
    if m is None:
        return cell
    inner = next(g for g in m.groups() if g is not None)
    if not inner:
        return _emptied(cell)
    return _retext(cell, re.sub(r"\\(.)", lambda e: _INSPECT_ESCAPES.get(e.group(1), e.group(1)), inner))


# The first of a data frame's column numbers: pandas' 0; R's names for unnamed columns, ...1 (readxl), V1, X1
_COLUMN_NUMBER = re.compile(r"(?:|\.\.\.|V|X|c|col)[01]$")
# A key column's name an export writes before the table's own (p, n: a project's number and a row's)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,11}")
# A string as SQL writes it (sqlite's .mode qbox, quote): in single quotes, one inside doubled
_SQL_STRING = re.compile(r"'((?:[^']|'')*)'")


def _named_columns(rows: list[Row]) -> list[Row] | None:
    """Rows of a query's result printed or exported with its columns' names: c1, c2 … (sqlite's names for a table
    imported with no header), after up to three keys of the export's own (p, n: a project's number and a row's, each
    row led by them). The names' row and the keys are furniture rows of their own; where most cells are SQL strings
    ('项目名称', sqlite's .mode qbox), their text without the quotes. None where the first row of three cells or more
    names no such columns."""
    head = next((k for k, row in enumerate(rows) if len(row.cells) > 2), None)
    if head is None:
        return None
    texts = rows[head].texts
    keys = next(
        (j for j in range(min(4, len(texts) - 2)) if texts[j][:1].isalpha() and _column_numbers(texts[j:])), None
    )
    if keys is None or not all(_IDENTIFIER.fullmatch(text) for text in texts[:keys]):
        return None
    filled = [cell.text for row in rows[head + 1 :] for cell in row.cells if cell.text]
    sql = sum(1 for text in filled if _SQL_STRING.fullmatch(text)) * 2 > len(filled)
    out = [*rows[:head], attrs.evolve(rows[head], furniture=True)]
    for row in rows[head + 1 :]:
        cells = row.cells
        if keys and len(cells) > keys and all(cell.text.isdigit() for cell in cells[:keys]):
            out.append(Row(cells[:keys], furniture=True))
            cells = cells[keys:]
        if sql:
            cells = tuple(map(_sql_text, cells))
        out.append(attrs.evolve(row, cells=cells))
    return out


def _sql_text(cell: TableCell) -> TableCell:
    """A cell's SQL string without its quotes ('' an empty cell; a quote inside written twice, once)."""
    m = _SQL_STRING.fullmatch(cell.text)
    if m is None:
        return cell
    return _retext(cell, m.group(1).replace("''", "'")) if m.group(1) else _emptied(cell)


def _column_numbers(texts: Sequence[str]) -> bool:
    """Whether cells are a data frame's column numbers: 0, 1, 2 … (pandas) or ...1, ...2 … (R's readxl), V1, V2 …"""
    m = _COLUMN_NUMBER.match(texts[0])
    if m is None:
        return False
    prefix, first = texts[0][:-1], int(texts[0][-1])
    return list(texts) == [f"{prefix}{k}" for k in range(first, first + len(texts))]


def _nulls_emptied(rows: list[Row], text: str, markers: Sequence[str] | None = None) -> list[Row]:
    """Rows of a database export, which writes an empty cell as ``\\N`` (MySQL's and PostgreSQL's text
    format) or ``NULL`` (SQL Server's sqlcmd; ``null``, polars' printed frame), or of a script's dump of a data
    frame or a sheet (pandas' ``nan``,
    ``NaN``, ``<NA>``; Python's ``None`` of an empty openpyxl cell), or Teradata BTEQ's ``?``, a NUL byte (SQL
    Server's bcp, an empty string), Vimwiki's ``\\/`` and TWiki's ``^`` (a cell merged with the one above): such a
    cell is empty, where it stands (the marker, like a delimiter, is no cell's text; R's ``NA`` is read where a CSV's
    cells are, see :func:`csv_rows`)."""
    markers = [marker for marker in (_NULL_MARKERS if markers is None else markers) if marker in text]
    if not markers:
        return rows
    out = []
    for row in rows:
        if any(cell.text in markers for cell in row.cells):
            cells = tuple(_emptied(c) if c.text in markers else c for c in row.cells)
            row = attrs.evolve(row, cells=cells)
        out.append(row)
    return out


# (of a data frame printed space-aligned: pandas' missing values, NaN, None, <NA>, and R's <NA>)
_FRAME_NULLS = ("NaN", "nan", "<NA>", "None")
_NULL_MARKERS = ("\\N", "NULL", "null", "nan", "NaN", "None", "<NA>", "?", "\x00", "\\/", "^")


def _emptied(cell: TableCell) -> TableCell:
    """An empty cell where a marker of one stands (\\N, NA): zero-width at its start, as every empty cell is."""
    return TableCell("", (cell.span[0], cell.span[0]), cell.line, cell.column, "")


def _retext(cell: TableCell, text: str) -> TableCell:
    return TableCell(text, cell.span, cell.line, cell.column, cell.raw)


# ---------------------------------------------------------------- one cell a line


def lines_rows(doc: Text) -> list[Row]:
    """Rows of one-cell-a-line text.

    The header block's cells are rows of one cell (the reader pairs keys and
    values in order). The grid header is the run of lines naming columns
    (a name broken over two lines is joined); the cells after it are rows of
    that many lines when empty cells are kept as empty lines, else one row
    of all cells that the reader places by content.
    """
    doc = _null_lines_blanked(doc)
    if _merged_repeated(doc):
        return _copies_passed(doc)
    return _lines_rows(doc)


def _null_lines_blanked(doc: Text) -> Text:
    """One cell a line from a database's export (``tr`` over its tab-separated rows), its empty cells written
    ``NULL`` or ``\\N`` (see :func:`_nulls_emptied`): those lines read as empty lines, the cells they are; the
    text itself where no line is such a marker alone."""
    if "NULL" not in doc.text and "\\N" not in doc.text:
        return doc
    nulls = {i for i, line in enumerate(doc.lines) if line.strip() in _LINE_NULLS}
    if not nulls:
        return doc
    return Pieces(doc, [(i, 0, 0 if i in nulls else len(line)) for i, line in enumerate(doc.lines)])


_LINE_NULLS = ("NULL", "\\N")  # (a database's markers of an empty cell, on a line of their own)


def _lines_rows(doc: Text, grids: list[int] | None = None) -> list[Row]:
    """:func:`lines_rows`; ``grids``: where given, the lines of grids (their headers and rows) are added to it."""
    rows: list[Row] = []
    n = len(doc.lines)
    i = 0
    while i < n:
        header, after = _header_run(doc, i)
        if header:
            rows.append(Row(tuple(header)))
            section: list[int] = []
            j = after
            while j < n and not _ends_section(doc, j):
                section.append(j)
                j += 1
            rows.extend(_grid_section(doc, section, [grid_field(c.text) for c in header]))
            if grids is not None:
                grids.extend(range(i, j))
            i = j
            continue
        laid = _laid_across(doc, i)
        if laid is not None:
            rows.extend(laid[0])
            i = laid[1]
            continue
        line = doc.lines[i]
        if line.strip():
            rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False))
        i += 1
    return rows


# A rule of a space-aligned table: runs of = or - between spaces (reStructuredText's simple tables, ======  ======,
# over and under the header and under the last row; sqlite's .mode column and pandoc's, -----  -----); after a
# page's form feed too (a report's print opens each page with one before its rule)
_SPACED_RULE = re.compile(r"[ \t\f]*(?:={2,}|-{2,})(?:[ \t]+(?:={2,}|-{2,}))*[ \t\r]*")


def _rules_blanked(doc: Text) -> Text:
    """A space-aligned text with its rule lines read as empty lines (a rule is no cell, and no value's wrapped
    line: 示例…项目 / ========), the other lines as they stand; the text itself where it has no rule."""
    ruled = {i for i, line in enumerate(doc.lines) if len(line) >= 4 and _SPACED_RULE.fullmatch(line)}
    if not ruled:
        return doc
    return Pieces(doc, [(i, 0, 0 if i in ruled else len(line)) for i, line in enumerate(doc.lines)])


def _index_cut(doc: Text) -> Text:
    """A space-aligned text with a data frame's index cut off (pandas' ``to_string``, R's ``print``: each row led
    by its number, 0 1 2 … or 1 2 3 …, in a column with no name, the header line's spaces above it): the index's
    lines and the header line above them read from where the index column ends, so that the columns stand as
    before and the numbers in no one's cell; the text itself where no such index is found."""
    lines = doc.lines
    cut: dict[int, int] = {}
    i = 0
    while i < len(lines):
        first = _INDEX.match(lines[i]) if lines[i][:1].isdigit() else None  # (most lines: no digit first)
        if first is None or int(first.group(1)) > 1:
            i += 1
            continue
        run = [i]
        while (
            (j := run[-1] + 1) < len(lines)
            and (m := _INDEX.match(lines[j]))
            and int(m.group(1)) == len(run) + int(first.group(1))
        ):
            run.append(j)
        h = i - 1
        while h >= 0 and not lines[h].strip():
            h -= 1
        width = max(_INDEX.match(lines[j]).end(1) for j in run)  # type: ignore[union-attr]
        header = lines[h] if h >= 0 else ""
        if len(run) >= 2 and len(header) - len(header.lstrip()) > width and _header_names(header.split()) >= 2:
            for j in (h, *run):
                cut[j] = width
        i = run[-1] + 1
    if not cut:
        return doc
    return Pieces(doc, [(n, cut.get(n, 0), len(line)) for n, line in enumerate(lines)])


def _feeds_parted(doc: Text) -> Text:
    """A space-aligned print whose page's foot and the next page's first line of the grid share a line, the form
    feed between them (a report engine's text: 第 1 页\f  尾矿库安全度  正常库 …): the two read as lines of their
    own, the grid's columns placed from the feed as on every page's first line; the text itself where none does (a
    foot and the next page's head on one line are furniture both, read as they stand)."""
    spans: list[tuple[int, int, int]] = []
    for n, line in enumerate(doc.lines):
        feed = line.find("\f", len(line) - len(line.lstrip()))
        if feed > 0 and lone_furniture(line[:feed].strip()) and not lone_furniture(line[feed + 1 :].strip()):
            spans.extend(((n, 0, feed), (n, feed, len(line))))
        else:
            spans.append((n, 0, len(line)))
    return doc if len(spans) == len(doc.lines) else Pieces(doc, spans)


# A line led by a row's number, a data frame's index (pandas' 0, 1 …; R's 1, 2 …), then a space or more
_INDEX = re.compile(r"(\d{1,4}) +\S")


def _copies_passed(doc: Text) -> list[Row]:
    """Rows of one cell a line that writes a merged cell once for each column it spans (see
    :func:`_merged_repeated`): outside the grids (whose cells may well repeat the one before: 每月1次 as the
    period's target and the year's), a line the same as the one before it is a copy, a furniture row of its own;
    the rest are read without the copies."""
    grids: list[int] = []
    _lines_rows(doc, grids)
    in_grid = set(grids)
    lines = doc.lines
    copies = {
        i
        for i in range(1, len(lines))
        if i not in in_grid and lines[i].strip() and lines[i].strip() == lines[i - 1].strip()
    }
    rows = _lines_rows(Pieces(doc, [(i, 0, len(line)) for i, line in enumerate(lines) if i not in copies]))
    passed = [Row((doc.cell(i, 0, len(lines[i])),), aligned=False, furniture=True) for i in sorted(copies)]
    return list(heapq.merge(rows, passed, key=lambda row: row.cells[0].span[0] if row.cells else -1))


def _merged_repeated(doc: Text) -> bool:
    """Whether one cell a line writes a merged cell once for each column it spans (python-docx's ``row.cells``
    gives the merged cell at every place of the grid): a header-block value of words, not a key, on two lines or
    more in a row before the grid's header (a project's name, a goal)."""
    lines = doc.lines
    for i in range(len(lines) - 1):
        text = lines[i].strip()
        if grid_field(text) is not None:
            return False  # (the grid's header: the header block is over)
        if (
            len(text) >= _REPEATED_LENGTH
            and text == lines[i + 1].strip()
            and not value_like(text)
            and block_key(text) is None
        ):
            return True
    return False


_REPEATED_LENGTH = 6  # characters: a value of words this long is not written twice in a row by a table


# A comma that joins rows: an ASCII comma not a thousands separator (1,260个) nor between Latin letters or digits
_ROW_COMMA = re.compile(r",(?![0-9]{3}(?![0-9]))(?<![A-Za-z0-9],(?=[A-Za-z]))")


def _comma_rows(doc: Text) -> Pieces | None:
    """A whole table on one line with its rows joined by ASCII commas (MySQL's GROUP_CONCAT: …指标方向,产出指标…),
    each row a line of its own; None for another text (a line of ten such commas or more, where the grid's
    header stands alone between two)."""
    if "," not in doc.text:
        return None
    from .flat import _LONG

    joined: dict[int, list[int]] = {}  # the lines of rows joined by commas, and where the commas stand
    for n, line in enumerate(doc.lines):
        cuts = [m.start() for m in _ROW_COMMA.finditer(line)] if len(line) > _LONG else []
        pieces = (line[x + 1 : y] for x, y in itertools.pairwise([-1, *cuts, len(line)]))
        if len(cuts) >= 10 and any(map(_split_header_run, pieces)):
            joined[n] = cuts
    return Pieces.cut(doc, lambda n, _: joined.get(n, ())) if joined else None


# PHP's serialize() of an array of rows, a line a table (a CMS's TEXT column dumped): a:3:{i:0;a:2:{i:0;s:12:"项目名
# 称";i:1;N;}…}, a string's length counted in UTF-8 bytes, N; a null
_PHP_LINE = re.compile(r"\s*a:\d+:\{")
_PHP_TOKEN = re.compile(r'a:\d+:\{|\}|[id]:-?[0-9.Ee+\-]+;|b:[01];|N;|s:(\d+):"')


def _php_table(text: str) -> bool:
    """Whether most lines of a text (three fifths) hold PHP's serialized arrays."""
    if "a:" not in text[:_HEAD] or ":{" not in text[:_HEAD]:
        return False
    lines = [line for line in text.split("\n", 200)[:200] if line.strip()]
    return sum(1 for line in lines if _PHP_LINE.match(line)) >= max(1, len(lines) * 3 // 5)


# Go's fmt %v of a [][]string (a crawler's log.Printf("%s %v", id, rows)): [[a b] [c  d]], each row in brackets,
# its cells one space apart (an empty cell leaves two), the rows one space apart; a line break inside a cell printed
# as it is, so that a table may run over lines
_GO_OPEN = re.compile(r"[^\[\]]{0,80}?\[\[")


def _go_table(text: str) -> bool:
    """Whether a text's records are Go's %v of rows of strings: most lines that open one ([[) close one (]]) on
    them or on a later line, and rows are parted by "] [" (three a record at least)."""
    head = text[:_HEAD]
    if "[[" not in head or "] [" not in head:
        return False
    lines = [line for line in text.split("\n", 400)[:400] if line.strip()]
    opened = sum(1 for line in lines if _GO_OPEN.match(line))
    closed = sum(1 for line in lines if line.rstrip().endswith("]]"))
    return opened >= 1 and closed >= 1 and text.count("] [") >= 3 * opened and opened >= len(lines) // 3


def go_rows(doc: Text) -> list[Row]:
    """Rows of Go's %v of rows of strings (see _go_table): each bracketed row a row, its cells cut at single
    spaces (two spaces an empty cell between); what stands before a record's [[ (the log's date) a row of one
    cell; a cell that runs over a line break joined over it; another line a row of one cell."""
    rows: list[Row] = []
    lines = doc.lines
    n = 0
    while n < len(lines):
        line = lines[n]
        opened = _GO_OPEN.match(line)
        last = n
        while opened is not None and last < len(lines) and not lines[last].rstrip().endswith("]]"):
            last += 1
        if opened is None or last == len(lines):
            if line.strip():
                rows.append(Row((doc.cell(n, 0, len(line)),), aligned=False))
            n += 1
            continue
        if line[: opened.end() - 2].strip():
            rows.append(Row((doc.cell(n, 0, opened.end() - 2),), aligned=False))
        # the record's rows between its [[ and ]], in offsets of the text (a cell may run over a line break)
        a = doc.starts[n] + opened.end()
        for part in doc.text[a : doc.starts[last] + len(lines[last].rstrip()) - 2].split("] ["):
            b = a + len(part)
            cuts = [a - 1, *(a + j for j, ch in enumerate(part) if ch == " "), b]
            rows.append(Row(tuple(_text_cell(doc, x + 1, y) for x, y in itertools.pairwise(cuts))))
            a = b + 3
        n = last + 1
    return rows


def _text_cell(doc: Text, a: int, b: int) -> TableCell:
    """The cell of the text's characters [a, b) (offsets in ``doc.text``), over its lines where it runs over a
    line break."""
    k = bisect.bisect_right(doc.starts, a) - 1
    found = doc.cell(k, a - doc.starts[k], min(b - doc.starts[k], len(doc.lines[k])))
    while b > doc.starts[k] + len(doc.lines[k]) and k + 1 < len(doc.lines):
        k += 1
        found = doc.extend(found, doc.cell(k, 0, min(b - doc.starts[k], len(doc.lines[k]))))
    return found


def _php_value(line: str, at: int) -> tuple[Nested, int] | None:
    """The serialized array that opens at ``line[at]``, as nested lists of its values: (start, end) of a string or a
    number, (at, at) of a null; its keys left out. None where the line holds no such array there."""
    stack: list[Nested] = []
    key = [True]  # whether the next token of each open array is a key
    i = at
    while i < len(line):
        m = _PHP_TOKEN.match(line, i)
        if m is None:
            return None
        token = m.group(0)
        if token == "}":
            if not stack:
                return None
            done = stack.pop()
            key.pop()
            if not stack:
                return done, m.end()
            stack[-1].append(done)
            key[-1] = True
            i = m.end()
            continue
        if token[0] == "a":
            if stack and key[-1]:
                return None  # (an array for a key)
            stack.append([])
            key.append(True)
            i = m.end()
            continue
        if m.group(1) is not None:  # a string: its length in UTF-8 bytes, then ";
            start = end = m.end()
            size = int(m.group(1))
            while size > 0 and end < len(line):
                size -= len(line[end].encode("utf-8", "surrogatepass"))
                end += 1
            if not line.startswith('";', end):
                return None
            value, i = (start, end), end + 2
        else:
            value = (m.start(), m.start()) if token == "N;" else (m.start() + 2, m.end() - 1)
            i = m.end()
        if not stack:
            return None
        if not key[-1]:
            stack[-1].append(value)
        key[-1] = not key[-1]
    return None


def php_rows(doc: Text) -> list[Row]:
    """Rows of PHP's serialized arrays of rows, one a line: each inner array a row of cells (a null an empty cell);
    an array of strings alone a row of its own; another line a row of one cell."""
    rows: list[Row] = []
    for n, line in enumerate(doc.lines):
        start = line.find("a:")
        found = _php_value(line, start) if _PHP_LINE.match(line) and start >= 0 else None
        if found is None or line[found[1] :].strip():
            if line.strip():
                rows.append(Row((doc.cell(n, 0, len(line)),), aligned=False))
            continue
        value = found[0]
        for row in value if all(isinstance(item, list) for item in value) else [value]:
            # (an array deeper than rows of cells gives its cells in order: nothing of it is dropped)
            rows.append(Row(tuple(doc.cell(n, a, b) for a, b in _flattened(row))))
    return rows


def _flattened(items: Nested) -> Iterator[tuple[int, int]]:
    """The spans of a nested list's cells, in order."""
    for item in items:
        if isinstance(item, list):
            yield from _flattened(item)
        else:
            yield item


# YAML's block sequences of sequences, as yaml.dump writes a list of rows: `- - 项目名称` opens a row with its first
# cell, `  - 示例…` a cell of it; `- []` an empty row; a flow sequence a row (`- [项目名称, 示例…]`, over lines where
# it is long)
_YAML_ROW = re.compile(r"^- (?:- (.*)|(\[.*)|-)[ \t]*$")
_YAML_CELL = re.compile(r"^  - (.*?)[ \t]*$")
_YAML_NULLS = ("null", "~", "Null", "NULL", "''", '""')

Piece = tuple[int, int, int]  # a line's stretch: line, start, end


def _yaml_table(text: str) -> bool:
    """Whether most lines of a text are YAML's rows and cells of a list of rows (three rows at least)."""
    head = text[:_HEAD]
    if "- - " not in head and "- [" not in head:
        return False
    lines = [line for line in text.split("\n", 400)[:400] if line.strip()]
    opened = sum(1 for line in lines if _YAML_ROW.match(line))
    cells = sum(1 for line in lines if _YAML_CELL.match(line) or line.startswith("    "))
    return opened >= 3 and opened + cells >= len(lines) * 4 // 5


def yaml_rows(doc: Text) -> list[Row]:
    """Rows of a table written as YAML's list of rows (see :data:`_YAML_ROW`): a scalar as YAML reads it (quoted
    with '…' or "…", or plain; null, ~ and '' an empty cell; folded over lines where it is long, a line break a
    space); any other line a row of one cell."""
    rows: list[Row] = []
    cells: list[list[Piece]] = []  # the open row's cells, each its pieces

    def close() -> None:
        nonlocal cells
        if cells:
            rows.append(Row(tuple(_yaml_cell(doc, pieces) for pieces in cells)))
        cells = []

    n = 0
    while n < len(doc.lines):
        line = doc.lines[n]
        opened = _YAML_ROW.match(line)
        cell = _YAML_CELL.match(line) if opened is None else None
        if opened is not None:
            close()
            if opened.group(1) is not None:
                cells = [[(n, opened.start(1), opened.end(1))]]
            elif opened.group(2) is not None:  # (a flow sequence: a row of its own)
                flow, n = _yaml_flow(doc, n, opened.start(2) + 1)
                rows.append(Row(tuple(_yaml_cell(doc, pieces) for pieces in flow)))
        elif cell is not None and cells:
            cells.append([(n, cell.start(1), cell.end(1))])
        elif cells and line.startswith("    ") and line.strip():
            cells[-1].append((n, 0, len(line)))  # (a scalar folded over lines)
        elif line.strip():
            close()
            rows.append(Row((doc.cell(n, 0, len(line)),), aligned=False))
        n += 1
    close()
    return rows


def _yaml_flow(doc: Text, n: int, at: int) -> tuple[list[list[Piece]], int]:
    """The cells of a flow sequence that opens before ``doc.lines[n][at]`` (commas between its scalars, quotes
    around some, the sequence closed by ``]`` on this line or one below), and the line where it closes."""
    cells: list[list[Piece]] = []
    pieces: list[Piece] = []
    quote = ""
    while n < len(doc.lines):
        line = doc.lines[n]
        start = at
        k = at
        while k < len(line):
            ch = line[k]
            if quote:
                if ch == "\\" and quote == '"':
                    k += 1
                elif ch == quote:
                    quote = ""
            elif ch in "'\"" and not line[start:k].strip():
                quote = ch
            elif ch in ",]":
                if line[start:k].strip() or pieces or ch == ",":
                    cells.append([*pieces, (n, start, k)])
                pieces = []
                if ch == "]":
                    return cells, n
                start = k + 1
            k += 1
        if line[start:].strip():
            pieces.append((n, start, len(line)))
        n, at = n + 1, 0
    if pieces:
        cells.append(pieces)
    return cells, n


def _yaml_cell(doc: Text, pieces: list[Piece]) -> TableCell:
    """A cell of a YAML scalar's pieces (a line break between them a space), read as YAML reads it."""
    first, last = doc.cell(*pieces[0]), doc.cell(*pieces[-1])
    written = " ".join(doc.lines[n][a:b].strip() for n, a, b in pieces).strip()
    if written in _YAML_NULLS:
        n, a, _ = pieces[0]
        return doc.cell(n, a, a)
    text = written
    if len(written) >= 2 and written[0] == written[-1] and written[0] in "'\"":
        text = written[1:-1].replace("''", "'") if written[0] == "'" else _string(written)
    if len(pieces) == 1 and text == first.text:
        return first
    a, b = first.span[0], last.span[1]
    raw = doc.text[a - doc.first_offset : b - doc.first_offset]
    return TableCell(text.strip(), (a, b), first.line, first.column, raw)


# A database client's record printed one field a line: MySQL's \G (*** 1. row ***, then `name: value`, the names
# right-aligned) and psql's expanded display (-[ RECORD 1 ]-+-, then `name | value`, the names left-aligned).
_RECORD = re.compile(r"^(?:\*{5,} *\d+\. row *\*{5,}|-\[ RECORD \d+ \][-+]*)[ \t]*$", re.MULTILINE)
_MYSQL_FIELD = re.compile(r"^ *([^\s:][^:]{0,40}?): ?(.*)$")
_PSQL_FIELD = re.compile(r"^([^|]{1,60}?) *\| ?(.*)$")


def _vertical(text: str) -> bool:
    """Whether a text holds two records or more printed one field a line (see :func:`vertical_rows`)."""
    return ("row *" in text or "RECORD" in text) and len(_RECORD.findall(text)) >= 2


def vertical_rows(doc: Text) -> list[Row]:
    """Rows of a database client's records printed one field a line: each record a row of its fields' values,
    in order (a staging table's c1, c2 … or the grid's own column names); where the names are a grid's header
    (一级指标, 二级指标 …), the first record of the run also gives the header row, of its names. A line of a record
    that is no field (a value's line break) continues the value before it; lines outside the records are rows of
    one cell (a title, MySQL's `12 rows in set`)."""
    rows: list[Row] = []
    lines = doc.lines
    names: list[str] | None = None  # the field names of the record before (other names start a new run)
    outside: list[int] = []  # the lines of no record
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _RECORD.match(line):
            outside.append(i)
            i += 1
            continue
        field = _PSQL_FIELD if line.startswith("-[") else _MYSQL_FIELD
        keys: list[TableCell] = []
        values: list[TableCell] = []
        i += 1
        while i < len(lines) and lines[i].strip() and not _RECORD.match(lines[i]):
            line = lines[i]
            m = field.match(line)
            if m is not None and not lone_furniture(line):
                keys.append(doc.cell(i, m.start(1), m.end(1)))
                values.append(doc.cell(i, m.start(2), len(line)))
            elif values and not lone_furniture(line):
                values[-1] = doc.extend(values[-1], doc.cell(i, 0, len(line)))  # (a value's next line)
            else:
                break
            i += 1
        texts = [key.text for key in keys]
        header = _header_names(texts) >= 2
        if not header and not all(_GENERIC_NAME.fullmatch(t) for t in texts):
            # names of their own (a header block's keys, 项目名称 | 示例…): a row of each name and its value
            rows.extend(Row((key, value)) for key, value in zip(keys, values, strict=True))
        else:
            if texts != names and header:
                rows.append(Row(tuple(keys)))
            rows.append(Row(tuple(values)))
        names = texts
    # the lines outside the records as delimited text (psql's aligned rows of a grid between expanded records)
    others = delimited_rows(Pieces(doc, [(n, 0, len(lines[n])) for n in outside]), "|")
    return list(heapq.merge(rows, others, key=lambda row: row.cells[0].span[0] if row.cells else -1))


# A staging table's names for its columns: c1, col_2, f3, ods_jxmb.c4 …
_GENERIC_NAME = re.compile(r"[A-Za-z_][A-Za-z_.]*\d{1,3}")


# A JSON array's tokens, on one line: a string (its text between the quotes), null, a number, a bracket, a comma
_JSON_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(null)|(-?[0-9][0-9.eE+\-]*)|([\[\],])|(\S)')


def _glued_tab_rows(doc: Text) -> list[Row] | None:
    """A sheet's range pasted into a field of one line (a web form, a chat box): every row's cells between tabs,
    as many in each row, the rows glued end to end, so that a row's last cell and the next row's first are one
    piece between two tabs. The rows are as many pieces wide as puts every 项目名称 and grid header's first name
    (一级指标, 序号) at a row's start, the widest such. A piece glued of two cells is parted where the next row's
    first cell starts (see :func:`_glued_first`). None for another text (a line of fewer than twenty tabs, or no
    such width)."""
    for i, line in enumerate(doc.lines):
        if line.count("\t") < 20:
            continue
        pieces = line.split("\t")
        starts = [
            k
            for k, piece in enumerate(pieces)
            if _row_start(piece.strip()) and not (k and pieces[k - 1].strip().endswith("序号"))
        ]
        if len(starts) < 2:
            continue
        width = _common_width(starts, len(pieces))
        if width is None:
            continue
        if not (len(doc.lines) == 1 or all(not ln.strip() for j, ln in enumerate(doc.lines) if j != i)):
            return None
        at = [0]
        for piece in pieces:
            at.append(at[-1] + len(piece) + 1)
        rows: list[Row] = []
        fields: list[Field | None] | None = None  # the grid's, from its header row on
        first = doc.cell(i, 0, at[1] - 1)  # the row's first cell
        for r in range(0, len(pieces) - 1, width):
            cells = [first, *(doc.cell(i, at[k], at[k + 1] - 1) for k in range(r + 1, r + width))]
            if cells[0].text in ("一级指标", "序号"):
                fields = [grid_field(c.text) for c in cells]
            elif cells[0].text and block_key(cells[0].text) == "project":
                fields = None
            glued = r + width  # the piece of this row's last cell and the next row's first
            a, b = at[glued], at[glued + 1] - 1
            cut = b - a if glued == len(pieces) - 1 else _glued_first(line[a:b], fields)
            cells.append(doc.cell(i, a, a + cut))
            first = doc.cell(i, a + cut, b)
            rows.append(Row(tuple(cells)))
        return rows
    return None


def _glued_first(piece: str, fields: Sequence[Field | None] | None) -> int:
    """Where, in a piece glued of a row's last cell and the next row's first, the first starts: at the longest
    end of it that a row's first cell may be (a key, a title or 项目名称 in a header block; a category, a 序号, a
    grid's header name or a title in a grid: ``fields``, the grid's), else at its end (a last cell of free
    text, 超额完成, before a row whose first cell is empty: a merged label's)."""
    field = fields[0] if fields else None
    for k in range(len(piece)):
        rest = piece[k:]
        if block_key(rest) == "project" or rest in ("一级指标", "序号") or lone_furniture(rest):
            return k
        if fields is None:
            if block_key(rest) is not None:
                return k
        elif field in ("level1", "seq") and accepts(field, rest):
            return k
    return len(piece)


def _row_start(piece: str) -> bool:
    """Whether a piece ends in what starts a row of any form wherever it stands: 项目名称, a grid's first header
    name (一级指标 where no 序号 stands before it)."""
    return piece.endswith(("一级指标", "序号", "项目名称"))


def _common_width(starts: list[int], count: int) -> int | None:
    """The widest row (in pieces) that puts every one of the row starts found at a row's start and parts the
    ``count`` pieces into whole rows; None where none does."""
    for width in range(min(40, count - 1), 2, -1):
        if (count - 1) % width == 0 and all(k % width == 0 for k in starts):
            return width
    return None


def _json_table(text: str) -> bool | None:
    """Whether a text is a JSON array of rows of cells (True) or of rows' texts (False); None for another text."""
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list) or not data:
        return None
    if all(isinstance(row, list) for row in data):
        return True
    return False if all(isinstance(row, str) for row in data) else None


def _json_rows(doc: Text) -> Text | list[Row] | None:
    """A table written as a JSON array (a web page's data, a script's dump), one line or pretty-printed: of its
    rows' texts (["项目名称…", "一级指标二级指标…"]), each string a line of its own to be read as a flattened row;
    or of its rows' cells ([["项目名称", "…"], …]), each inner array a row of cells, null an empty cell. Strings are
    placed in the file and read as JSON reads them. None for another text."""
    nested = _json_table(doc.text)
    if nested is None:
        return None
    spans: list[tuple[int, int, int]] = []  # the strings of an array of texts
    rows: list[Row] = []  # the rows of an array of rows
    cells: list[TableCell] = []
    depth = 0
    for n, line in enumerate(doc.lines):
        for m in _JSON_TOKEN.finditer(line):
            string, null, number, mark = m.group(1), m.group(2), m.group(3), m.group(4)
            if mark == "[":
                depth += 1
            elif mark == "]":
                depth -= 1
                if depth == 1 and nested:
                    rows.append(Row(tuple(cells)))
                    cells = []
            elif string is not None:
                if not nested:
                    spans.append((n, m.start(1), m.end(1)))
                else:
                    cells.append(doc.cell(n, m.start(1), m.end(1), json.loads(m.group(0)).strip()))
            elif null is not None or number is not None:
                at = m.start()
                cells.append(doc.cell(n, at, at) if null is not None else doc.cell(n, at, m.end()))
    if nested:
        return rows
    from .flat import json_strings

    return json_strings(doc, spans)


# A literal's tokens, as a program writes rows of cells: a string in either quotes (its backslash escapes, or SQL's
# doubled quote), a null (Python's None, JSON's null, SQL's NULL, R's NA), a number, a bracket or a parenthesis of a
# list or a tuple, a comma; anything else (\S) is no literal
_LITERAL_TOKEN = re.compile(
    r"""'((?:[^'\\\n]|\\.|'')*)'|"((?:[^"\\\n]|\\.)*)"|(None|null|undefined|NULL|NA)\b|(-?[0-9][0-9.eE+\-]*)"""
    r"""|([\[\]()])|(,)|(\S)"""
)
_CODE_PREFIX = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*(?:\(|=|\+=|:)\s*\(?")
_PYTHON_START = re.compile(r"""[\[(][\[(]\s*(?:'|"|None)""")  # (a list of rows: repr writes the brackets together)
_LITERAL_START = re.compile(r"""[\[(]\s*[\[(]?\s*(?:'|"|None\b|null\b|NULL\b|NA\b|,|-?[0-9])""")
# what may stand before a row alone on its line: YAML's - of a list item, a row's number, SQL's INSERT … VALUES, a
# call's name (R's c, PHP's array), code (rows.append(, var row =)
_ROW_PREFIX = re.compile(
    r"-|[0-9]+|INSERT\s+INTO\s+\S+(?:\s*\([^()]*\))?\s+VALUES|[A-Za-z_$][A-Za-z0-9_$.]*|" + _CODE_PREFIX.pattern,
    re.IGNORECASE,
)
_LITERAL_END = re.compile(r"[\s;,)]*")

Nested = list  # of cells (token matches) or of lists of them


def _literal(line: str, start: int) -> tuple[Nested, int] | None:
    """The list (or tuple) literal that opens at ``line[start]``, as nested lists of its cells' token matches (a
    hole's comma, after a bracket or a comma, for the empty cell a JavaScript array writes so), and where it ends;
    None where it is no literal of strings, nulls, numbers and lists."""
    stack: list[Nested] = []
    before = ""  # the token before, where it was a bracket or a comma
    for m in _LITERAL_TOKEN.finditer(line, start):
        mark, comma = m.group(5), m.group(6)
        if m.group(7) is not None or (not stack and mark not in ("[", "(")):
            return None
        if mark in ("[", "("):
            stack.append([])
        elif mark is not None:
            done = stack.pop()
            if not stack:
                return done, m.end()
            stack[-1].append(done)
        elif comma is not None:
            if before in ("[", "(", ","):
                stack[-1].append(m)  # (a hole: the comma stands for an empty cell)
        else:
            stack[-1].append(m)
        before = mark or comma or ""
    return None


def _literal_rows(literal: Nested) -> list[Nested] | None:
    """A literal's rows of cells: each of its lists where it is a list of lists of cells, itself where it is a list
    of cells (a row alone); None for another nesting."""
    if all(isinstance(item, list) for item in literal):
        return literal if all(not isinstance(cell, list) for row in literal for cell in row) else None
    return [literal] if all(not isinstance(item, list) for item in literal) else None


def _literal_line(line: str) -> tuple[int, list[Nested]] | None:
    """Where the literals of a line start and their rows: a list of rows (after a title or code) or rows one after
    another, commas between (a row a line, or SQL's ``VALUES (…),(…);``); None for a line with none."""
    start = _LITERAL_START.search(line) if "[" in line or "(" in line else None
    if start is None:
        return None
    rows: list[Nested] = []
    alone = True  # (every literal a row, none a list of rows)
    at = start.start()
    while True:
        found = _literal(line, at)
        if found is None:
            return None
        literal, at = found
        more = _literal_rows(literal)
        if more is None:
            return None
        alone = alone and more == [literal]
        rows += more
        after = _LITERAL_END.match(line, at)
        assert after is not None  # (it matches the empty string)
        if after.end() == len(line) or line[after.end()] not in "[(" or "," not in after.group(0):
            break
        at = after.end()
    if line[after.end() :].strip():
        return None
    prefix = line[: start.start()].strip()
    if alone and prefix and _ROW_PREFIX.fullmatch(prefix) is None:
        return None  # (a row alone after words: no program's output)
    return start.start(), rows


def _python_table(text: str) -> bool:
    """Whether a text holds a table written as literals (see :func:`_python_rows`): its first line that opens a
    list of lists holds one, or most of its lines hold a row each."""
    if not _python_opening(text):
        return False
    lines = [line for line in text.split("\n", 600)[:600] if line.strip()]
    found = [_literal_line(line) for line in lines]
    if any(f is not None and len(f[1]) > 1 for f in found):
        return True  # (a list of rows)
    return sum(1 for f in found if f is not None) >= max(3, len(lines) * 3 // 5)


def _python_rows(doc: Text) -> list[Row] | None:
    """A table a program wrote as literals of its rows, read as delimited rows: a script's print of a list of rows
    (``print(title, rows)`` of a PDF library's ``extract_table()``: ``title [['项目名称', '…'], [None, '其中：财政拨
    款', '86.40'], …]``, a line a table), a page script's JavaScript arrays (``tables.push([['项目名称','…'],
    [,'其中：财政拨款','64.80']]);``), or a row a line: JSON Lines' arrays, YAML's flow sequences (``- ["…", …]``),
    SQL's INSERT statements (``INSERT INTO t VALUES('…',NULL,…);``, or mysqldump's ``VALUES (…),(…);``), R's
    ``c("…", NA)``. Each list a row of cells, a null or a hole an empty cell, strings read as the language reads
    them; the text before the literal (a title) a row of one cell, code before it furniture. None where a line
    opens a literal it does not hold."""
    rows: list[Row] = []
    found = False
    for n, line in enumerate(doc.lines):
        read = _literal_line(line)
        if read is None:
            if _PYTHON_START.search(line) is not None:
                return None  # (a list of rows that is no literal)
            if line.strip():
                rows.append(Row((doc.cell(n, 0, len(line)),), aligned=False))
            continue
        found = True
        start, literals = read
        if prefix := line[:start].strip():
            # (a title before it, or code: a script's call or assignment, tables.push( or var rows =, INSERT INTO t
            # VALUES, furniture)
            code = _ROW_PREFIX.fullmatch(prefix) is not None
            rows.append(Row((doc.cell(n, 0, start),), aligned=False, furniture=code))
        for literal in literals:
            cells = []
            for m in literal:
                if m.group(3) is not None or m.group(6) is not None:  # (a null or a hole: an empty cell)
                    cells.append(doc.cell(n, m.start(), m.start()))
                elif m.group(4) is not None:
                    cells.append(doc.cell(n, m.start(), m.end()))
                else:
                    which = 1 if m.group(1) is not None else 2
                    cells.append(doc.cell(n, m.start(which), m.end(which), _string(m.group(0)).strip()))
            rows.append(Row(tuple(cells)))
    return rows if found else None


def _string(literal: str) -> str:
    """A quoted string's text: SQL's doubled quote ('it''s') as one, else as Python reads it (its escapes)."""
    if literal.startswith("'") and "''" in literal[1:-1]:
        return literal[1:-1].replace("''", "'")
    try:
        return ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return literal[1:-1]


def _json_objects(doc: Text) -> list[Row] | None:
    """A table written as JSON objects, one a line (JSON Lines) or in an array: a project's object of its header
    block's keys and values ({"项目名称": "…", "主管部门": "…", …}) and, under a key, its grid as an array of
    objects keyed by the grid's header names ({"一级指标": "产出指标", "三级指标": "…", "指标值": "≥12", …}). The
    rows as a delimited text gives them: a key and its value; the grid's header (the first object's keys), then
    each object's values in the header's columns (null, or a key left out, an empty cell). Strings are placed in
    the file and read as JSON reads them. None for another text (no object whose values are an array of objects)."""
    opening = [m.group(0) for m in itertools.islice(_JSON_OBJECT_TOKEN.finditer(doc.text), 2)]
    if opening[:1] != ["{"] and opening != ["[", "{"]:
        return None
    tokens = [
        (n, m) for n, line in enumerate(doc.lines) for m in _JSON_OBJECT_TOKEN.finditer(line) if m.group(0) not in ",:"
    ]
    at = 0

    def cell(k: int) -> TableCell:
        n, m = tokens[k]
        if m.group(1) is not None:
            return doc.cell(n, m.start(1), m.end(1), json.loads(m.group(0)).strip())
        if m.group(0) == "null":
            return doc.cell(n, m.start(), m.start())
        return doc.cell(n, m.start(), m.end())

    def value() -> object:
        """The value at ``at``: a cell, a list of values, or a list of (key cell, value) pairs (an object)."""
        nonlocal at
        mark = tokens[at][1].group(0)
        at += 1
        if mark == "{":
            pairs = []
            while tokens[at][1].group(0) != "}":
                key = cell(at)
                at += 1
                pairs.append((key, value()))
            at += 1
            return pairs
        if mark == "[":
            items = []
            while tokens[at][1].group(0) != "]":
                items.append(value())
            at += 1
            return items
        return cell(at - 1)

    try:
        items: list[Any] = []
        while at < len(tokens):
            found = value()
            items.extend(found if isinstance(found, list) and found and isinstance(found[0], list) else [found])
    except (IndexError, ValueError):
        return None
    rows: list[Row] = []
    grids = 0
    for item in items:
        if not isinstance(item, list) or not all(isinstance(pair, tuple) for pair in item):
            return None
        for key, found in item:
            if isinstance(found, TableCell):
                rows.append(Row((key, found)))
            elif found and all(isinstance(x, list) and x and isinstance(x[0], tuple) for x in found):
                grids += 1
                header = [k for k, _ in found[0]]
                names = [k.text for k in header]
                rows.append(Row(tuple(header)))
                for entry in found:
                    by_name = {k.text: v for k, v in entry if isinstance(v, TableCell)}
                    empty = _emptied(entry[0][0])
                    rows.append(Row(tuple(by_name.get(name, empty) for name in names)))
            else:
                cells = [x for x in found if isinstance(x, TableCell)] if isinstance(found, list) else []
                rows.append(Row((key, *cells)))
    return rows if grids else None


_JSON_OBJECT_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|null|true|false|-?[0-9][0-9.eE+\-]*|[\[\]{},:]')


def _split_header_run(text: str) -> bool:
    """Whether a piece is a grid header run glued (一级指标二级指标三级指标指标值): three names or more."""
    from .flat import split_header

    spans = split_header(text)
    return spans is not None and len(spans) >= 3


def _paragraphs(doc: Text) -> Pieces | None:
    """One cell a line with an empty line after every cell (docx2txt's text of a Word table: each cell a paragraph,
    a paragraph mark after it), as one cell a line: each cell's line, the empty line after it dropped (an empty
    cell is an empty line, then the one after it); None for another text (nine cells in ten or fewer followed by
    an empty line)."""
    lines = doc.lines
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if (
        len(filled) < 8
        or sum(1 for i in filled if i + 1 < len(lines) and not lines[i + 1].strip()) * 10 < len(filled) * 9
    ):
        return None
    spans = []
    i, n = 0, len(lines)
    while i < n:
        spans.append((i, 0, len(lines[i])))
        i += 2 if i + 1 < n and not lines[i + 1].strip() else 1
    return Pieces(doc, spans)


def _laid_across(doc: Text, i: int) -> tuple[list[Row], int] | None:
    """A header block laid across, one cell a line: a run of two keys or more from line ``i`` (项目名称 / 主管部门 /
    实施单位), then their values in order, each wrapped over lines of the block's width as a word processor's text
    save breaks them (a line that fills the width goes on in the next): the keys' row and the values' row, as a
    delimited text gives them, and the line after them; None where the lines after the keys do not part into as
    many values (a key run of a block laid down, a key whose value was dropped: read line by line)."""
    lines, n = doc.lines, len(doc.lines)
    k = i
    while k < n and _lone_key(lines[k].strip()):
        k += 1
    if k - i < 2:
        return None
    end = k
    while end < n and not _lone_key(text := lines[end].strip()) and not _ends_section(doc, end):
        if text and (grid_field(text) is not None or block_key(_KEY_END.split(text, 1)[0]) is not None):
            break  # (a key with its value on its line, 年度目标：…, or a grid header)
        end += 1
    keys = [doc.cell(j, 0, len(lines[j])) for j in range(i, k)]
    kinds = [block_key(key.text) for key in keys]
    values = _wrapped_values(doc, k, end, kinds)
    if values is None:
        return None
    return [Row(tuple(keys)), Row(tuple(values))], end


def _lone_key(text: str) -> bool:
    """A line that is a header-block key alone (项目名称, 年度资金总额), or a money column's name (年初预算数)."""
    # (a line that starts as no key does, most lines, is not looked up)
    return (
        (text[:1] in _KEY_FIRSTS or text.endswith("资金"))
        and (block_key(text) is not None or text in MONEY_COLUMNS)
        and not _HAS_VALUE.search(text)
    )


# How keys begin (项目名称, 主管部门 …, and the money columns: 年初预算数 …); a source of funds any word begins.
_KEY_FIRSTS = frozenset(key[0] for key in (*BLOCK_KEYS, *MONEY_COLUMNS))


_HAS_VALUE = re.compile(r"[:：]\s*\S")


def _wrapped_values(doc: Text, a: int, b: int, kinds: list[BlockKey | None]) -> list[TableCell] | None:
    """The values of keys of these kinds on lines [a, b) (under 项目资金（万元）, which heads its row with no
    amount of its own, one fewer: the first empty), a line that fills the lines' width (the widest, a wide
    character short of it at most) going on in the next or not, as makes that many values; of several ways, the
    one with the fewest values that end in a joiner (…林场、 goes on), start with a mark that only goes on (、某某镇…)
    or, under 主管部门 and 实施单位, name no body (…治理项目); an empty line an empty value. None where no way, or
    more than one, makes them."""
    count, money = len(kinds), kinds[0] == "funds"
    if not count - 1 <= b - a <= 4 * count:
        return None  # (no line a value, or more lines than values wrap into: no block laid across)
    lines = [doc.lines[j].strip() for j in range(a, b)]
    widths = [display(line)[-1] for line in lines]
    full = max(widths) - 1
    wrapped = [j for j, width in enumerate(widths[:-1]) if width >= full and full >= _WRAP_WIDTH and lines[j + 1]]
    if len(wrapped) > 8 or len(lines) - len(wrapped) > count:
        return None  # (too many ways to try, or too many lines that end a value for so many values)
    best: list[tuple[int, list[list[int]]]] = []
    for goes_on in itertools.product((True, False), repeat=len(wrapped)):
        on = {j for j, g in zip(wrapped, goes_on, strict=True) if g}
        parts: list[list[int]] = []
        for j in range(len(lines)):
            if parts and j - 1 in on:
                parts[-1].append(j)
            else:
                parts.append([j])
        if len(parts) == count or (money and len(parts) == count - 1):
            ends = sum(bool(lines[p[-1]]) and lines[p[-1]][-1] in _JOINERS for p in parts)
            ends += sum(lines[p[0]][:1] in _CONTINUERS for p in parts)  # (nor starts as only a piece goes on: 、)
            # (from the end: under 项目资金 the first key has no part)
            under = zip(parts[::-1], kinds[::-1], strict=False)
            bodies = [lines[p[-1]] for p, kind in under if kind in ("department", "implementer")]
            ends += sum(not _BODY_END.search(text) for text in bodies)
            best.append((ends, parts))
    if not best:
        return None
    least = min(ends for ends, _ in best)
    chosen = [parts for ends, parts in best if ends == least]
    if len(chosen) != 1:
        return None  # (two ways as good: which lines go on cannot be told)
    values = []
    for part in chosen[0]:
        cell = doc.cell(a + part[0], 0, len(doc.lines[a + part[0]]))
        for j in part[1:]:
            cell = doc.extend(cell, doc.cell(a + j, 0, len(doc.lines[a + j])))
        values.append(cell)
    if len(values) == count - 1:
        values.insert(0, doc.cell(a, 0, 0))
    return values


_JOINERS = frozenset("、，,；;（(“《：:")
_CONTINUERS = frozenset("、，,；;）)”》。：:")
# How the name of a body ends (a 主管部门, a 实施单位): 局, 委员会, 中心, 人民政府, 办公室 … (a bracketed note after)
_BODY_END = re.compile(r"[局委会心站所院馆府室办队处校园部社厂场台署司团科股](?:[（(][^（）()]*[)）])?$")
_WRAP_WIDTH = 16  # display columns: a block laid across wraps its values at no narrower a width


def _header_run(doc: Text, i: int) -> tuple[list[TableCell], int]:
    """The grid header cells starting at line ``i`` (two or more), and the line after them."""
    cells: list[TableCell] = []
    j = i
    n = len(doc.lines)
    # a header the model does not know before the names it knows (指标编码 / 一级指标 …): a word of a header's
    if j + 1 < n and _LEADING_HEADER.search(doc.lines[j]) and grid_field(doc.lines[j + 1].strip()) is not None:
        if _unknown_header(text := doc.lines[j].strip()) and _HEADER_HEAD.fullmatch(text):
            cells.append(doc.cell(j, 0, len(doc.lines[j])))
            j += 1
    while j < n:
        text = doc.lines[j].strip()
        if not text:
            if cells:
                break
            return [], i
        joined = _joined_name(doc.lines, j)
        if cell_field(text) is not None and text not in ("一级", "二级", "三级") and joined < 2:
            cells.append(doc.cell(j, 0, len(doc.lines[j])))
            j += 1
            continue
        if joined >= 2:  # 一级 / 指标, 指标值 / 及单位, 指标值 / 确定依 / 据: a name broken over lines
            cell = doc.cell(j, 0, len(doc.lines[j]))
            for k in range(j + 1, j + joined):
                cell = doc.extend(cell, doc.cell(k, 0, len(doc.lines[k])))
            cells.append(cell)
            j += joined
            continue
        if len(cells) >= 2:
            # names the model does not know among known names, up to three in a row (指标计量单位 / 关系式 / 指标值)
            unknown = 0
            while (
                unknown < 3
                and j + unknown + 1 < n
                and _unknown_header(here := doc.lines[j + unknown].strip())
                and (_HEADER_HEAD.fullmatch(here) or value_column(here))  # (a value's name whole: 前三季度完成值)
            ):
                unknown += 1
            if unknown and j + unknown < n and grid_field(doc.lines[j + unknown].strip()) is not None:
                cells.extend(doc.cell(k, 0, len(doc.lines[k])) for k in range(j, j + unknown))
                j += unknown
                continue
        break
    if len(cells) < 2 or not any(grid_field(c.text) in ("name", "level2") for c in cells):
        return [], i
    # A header the model does not know ends the run (指标值测算方法) where the grid's first row starts after it:
    # a 序号, a category or an empty cell's line; it is kept as the grid's (its cells go to ``extra``, with a
    # warning) rather than read as the first row's first cell.
    while j + 1 < n:
        # (or, where the header starts with a code column the model does not know, 指标编码, a code: C0101)
        coded = grid_field(cells[0].text) is None and INDICATOR_CODE.fullmatch(doc.lines[j + 1].strip()) is not None
        # (two or three such names in a row too: 完成进度 / 未完成原因分析, then the first row)
        # (or a header-block key of no field, a person's: 经办人, which a grid's first row follows)
        unknown = 0
        while unknown < 3 and j + unknown < n and _unknown_header(doc.lines[j + unknown].strip()):
            unknown += 1
        if not unknown and j + 1 < n and block_key(doc.lines[j].strip()) == "unmodelled" and len(doc.lines[j]) <= 6:
            unknown = 1
        first = doc.lines[j + unknown].strip() if j + unknown < n else ""
        # (names after a value's name, whole, that an empty line ends: 省级下达值 / 监督方式, then the rows)
        valued = not first and OTHER_VALUE.fullmatch(doc.lines[j].strip()) is not None
        if (
            unknown > 1
            and not valued
            and (
                not (accepts("level1", first) or accepts("level2", first))
                # (未完成 / 情况说明: one name broken; not after a value's name, whole: 上半年目标值 / 预期结果)
                or (
                    _HEADER_PIECE.fullmatch(doc.lines[j + 1].strip())
                    and not OTHER_VALUE.fullmatch(doc.lines[j].strip())
                )
            )
        ):
            unknown = 1  # (more than one only before a category: an empty line or a number may be a cell)
            first = doc.lines[j + 1].strip()
        if unknown and j + unknown < n and (_starts_rows(first) or coded or _labels_placed(doc, cells, j, unknown)):
            cells.extend(doc.cell(k, 0, len(doc.lines[k])) for k in range(j, j + (1 if coded else unknown)))
            j += 1 if coded else unknown
        elif (
            # (or broken over two lines as the word processor wrapped it: 是否核心 / 指标; its first piece may be
            # a word of its own, a key even: 绩效目标 / 设定依据)
            j + 2 < n
            and _HEADER_HEAD.fullmatch(here := doc.lines[j].strip())  # (a header name's first piece, not a row's)
            and (_unknown_header(here) or block_key(here) is not None)
            and not OTHER_VALUE.fullmatch(here)
            and _HEADER_PIECE.fullmatch(doc.lines[j + 1].strip())
            and grid_field(doc.lines[j + 1].strip()) is None  # (评分规则 / 分值: two names)
            and _unknown_header(doc.lines[j].strip() + doc.lines[j + 1].strip())
            and _starts_rows(doc.lines[j + 2].strip())
        ):
            cells.append(doc.extend(doc.cell(j, 0, len(doc.lines[j])), doc.cell(j + 1, 0, len(doc.lines[j + 1]))))
            j += 2
        else:
            break
    return cells, j


# A line led by an export's row id and its list separator, no other bar after it (sqlite's .mode list of `SELECT id,
# group_concat(…)`: 1|示例市…, a project's rows glued after it)
_KEYED_LINE = re.compile(r"[ \t]*\d{1,6}\|(?=[^|]*$)")


def _keyed_rows(doc: Text) -> list[Row] | None:
    """The rows of a text whose every line is led by a row id (1|…): each id a furniture row of its own (the
    export's, no cell of the table), the rest of its line read as flattened text, or None."""
    from .flat import flat_rows

    keyed = [_KEYED_LINE.match(line) for line in doc.lines]
    if not any(keyed) or any(m is None and line.strip() for m, line in zip(keyed, doc.lines, strict=True)):
        return None
    view = Pieces(doc, [(i, m.end(), len(doc.lines[i])) for i, m in enumerate(keyed) if m is not None])
    ids = [Row((doc.cell(i, 0, m.end() - 1),), furniture=True) for i, m in enumerate(keyed) if m is not None]
    return list(heapq.merge(ids, flat_rows(view), key=lambda row: row.span[0]))


def _unknown_header(text: str) -> bool:
    """Whether a line may be a header name the model does not know: short words, no digit, no category, key,
    value or placeholder; or a value's column name, a year's too (2026年度指标值)."""
    if value_column(text):
        return True
    return (
        1 < len(text) <= 10
        and not any(ch.isdigit() for ch in text)
        and grid_field(text) is None
        and block_key(text) is None
        and not is_placeholder(text)
        and not accepts("seq", text)
        and not accepts("level1", text)
        and not accepts("level2", text)
        and not value_like(text)
    )


@functools.cache
def _category_inside() -> re.Pattern[str]:
    """A category name of four characters or more anywhere in a text (权重（%）产出指标: a row glued on)."""
    names = {n for k in TAXONOMY if k.level in (1, 2) for n in k.names if len(n) >= 4}
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def _rows_spaced(doc: Text) -> bool:
    """Whether a text read one cell a line (a copy whose cells stand one space apart) keeps its rows apart too:
    after each grid header's names (and a name the model does not know after them) a row starts (a category,
    a 序号), where rows glued to each other glue the first to the header's last name (权重（%）产出指标, 分值1)."""
    lines, n = [line.strip() for line in doc.lines], len(doc.lines)
    runs = 0
    j = 0
    while j < n:
        k = j
        while k < n and grid_field(lines[k]) is not None:
            k += 1
        if k - j < 2:
            j = k + 1
            continue
        if k < n and _unknown_header(lines[k]) and not _category_inside().search(lines[k]):
            k += 1
        if k < n and not _starts_rows(lines[k]):
            return False
        runs += 1
        j = k
    return runs > 0


def _labels_placed(doc: Text, cells: list[TableCell], j: int, unknown: int) -> bool:
    """Whether, in a grid whose labels stand after the name (三级指标 / 年度指标值 / 一级指标 / 二级指标), the
    ``unknown`` lines at ``j`` are header names: the first row's 一级 then falls on a category, and without them
    it does not (指标值设定说明 / 海水浴场海浪预报发布 / 每日2次 / 产出指标: the name a header's, not a row's)."""
    fields = [grid_field(c.text) for c in cells]
    if "level1" not in fields or fields.index("level1") == 0:
        return False
    k = fields.index("level1")  # (the 一级's place in the first row: the unknown names stand after the known)

    def line(at: int) -> str:
        return doc.lines[at].strip() if at < len(doc.lines) else ""

    return accepts("level1", line(j + unknown + k)) and not accepts("level1", line(j + k))


def _starts_rows(text: str) -> bool:
    """Whether a line may be a grid's first cell: empty, a 序号 or a category."""
    return not text or accepts("seq", text) or accepts("level1", text) or accepts("level2", text)


_HEADER_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}")  # the start of a header name wrapped (是否核心, 绩效目标)
# (the words a header name of the grid's first column holds: 指标编码, 指标代码, 编号, 序次)
_LEADING_HEADER = re.compile(r"指标|编码|代码|编号|序")
_HEADER_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")  # the end of a header name wrapped onto its own line (指标)
_LONGEST = max(map(len, GRID_HEADERS)) + 5  # a header name's length, a bracketed note too (权重（%）)
_STARTS = frozenset(name[:k] for name in GRID_HEADERS for k in range(1, len(name) + 1))  # how header names begin
_HEADER_FIRSTS = frozenset(name[0] for name in GRID_HEADERS)  # (a line starting otherwise names no column)


def _joined_name(lines: Sequence[str], j: int, most: int = 4) -> int:
    """How many lines from line ``j`` on join into one header name broken over them (the most that do; 0 or 1:
    none). Lines join where the first alone names no column (一级 / 指标, 一级指 / 标), or the last alone does not
    (指标值 / 及单位), or the whole is a name of the template (指标值 / 确定依据)."""
    pieces = [lines[j].strip()]
    if pieces[0] not in _STARTS:  # (most lines: a cell that begins no header name)
        return 0
    found = 0
    for k in range(j + 1, min(len(lines), j + most)):
        after = lines[k].strip()
        if not after or _NUMBERED.match(after):  # 年度指标值 then （1）: the first row's 序号
            break
        pieces.append(after)
        joined = "".join(pieces)
        if len(joined) > _LONGEST:
            break
        if grid_field(joined) is not None and (
            grid_field(pieces[0]) is None
            or pieces[0] in ("一级", "二级", "三级")
            or grid_field(after) is None
            or joined in GRID_HEADERS
        ):
            found = len(pieces)
    return found


def _ends_section(doc: Text, j: int) -> bool:
    text = doc.lines[j].strip()
    if not text:
        return False
    if text[0] in _HEADER_FIRSTS and grid_field(text) is not None and j + 1 < len(doc.lines) and _header_run(doc, j)[0]:
        return True
    # (every key of a project holds 称, 项目名称: the key is looked up only where the line holds one)
    if "称" in text and block_key(_KEY_END.split(text, 1)[0]) == "project":
        return True
    # (a year alone inside a grid is a cell, a target: 2027年; a page's year title is bracketed or follows a
    # title line)
    return (lone_furniture(text) and not _BARE_YEAR.fullmatch(text)) or money_unit(text) is not None


_KEY_END = re.compile("[:：]")


_BARE_YEAR = re.compile(r"\d{4}年")


def _grid_section(doc: Text, section: list[int], fields: Sequence[Field | None]) -> list[Row]:
    if not section:
        return []
    while section and not doc.lines[section[-1]].strip():
        section.pop()
    kept_blank = any(not doc.lines[j].strip() for j in section)
    units = _ends_dropped(_section_cells(doc, section), len(fields))
    cells = [cell for cell, _ in units]
    if kept_blank:
        # Empty cells kept as empty lines: rows of as many lines as columns (the last row's trailing empties may
        # be gone), but for a long cell broken over two lines as its PDF cell wrapped it (帮扶脱贫户及监测户发展
        # 庭院 / 经济): the line that fits no column where it falls, while joined to the cell above it this row
        # and the next fit, continues that cell.
        width = len(fields)
        texts = [cell.text for cell in cells]
        rows = []
        a = 0
        while a < len(cells):
            join = _wrapped_line(texts, a, fields)
            row = cells[a : a + width + (join is not None)]
            size, last = len(row), units[a + len(row) - 1][1]
            if join is not None:
                row[join - a - 1 : join - a + 1] = [doc.extend(row[join - a - 1], row[join - a])]
            while len(row) < width:
                row.append(doc.cell(last, len(doc.lines[last]), len(doc.lines[last])))
            rows.append(Row(tuple(row)))
            a += size
        misfits = [_misfits(row.texts, fields) for row in rows]
        if sum(misfits) <= len(rows) and sum(map(bool, misfits)) * 2 <= len(rows):
            return rows
        suffixes = _suffix_rows(doc, units, fields)
        if suffixes is not None and not any(_misfits(row.texts, fields) for row in suffixes):
            return suffixes
        # Rows that misfit as a rule: the empty lines are not every empty cell (a merged label's continuation
        # cells dropped, a truly empty cell kept as an empty line): the cells placed by content, as when every
        # empty cell is dropped
        return [Row(tuple(cell for cell in cells if cell.text), aligned=False)]
    if _whole_rows(cells, fields):
        width = len(fields)
        return [Row(tuple(cells[a : a + width])) for a in range(0, len(cells), width)]
    return [Row(tuple(cells), aligned=False)]


def _suffix_rows(doc: Text, units: list[tuple[TableCell, int]], fields: Sequence[Field | None]) -> list[Row] | None:
    """A grid section whose merged labels' continuation cells are dropped and whose own empty cells are kept as
    empty lines (a Word table's text one paragraph a line: a continued merge writes no paragraph, an empty cell
    an empty one): each row is its columns from its first label on (一级, 二级 or the name where both are
    merged), after its 序号 where the grid has one, every cell after that in place. None where the cells do not
    part so (a row's first cell no category where the columns before the name are all labels, say)."""
    width = len(fields)
    lead = 1 if fields and fields[0] == "seq" else 0
    labels = [k for k in range(lead, width) if fields[k] in ("level1", "level2")]
    if not labels or labels != list(range(lead, lead + len(labels))) or lead + len(labels) >= width:
        return None
    rows: list[Row] = []
    a = 0
    while a < len(units):
        cell, last = units[a]
        seq = [cell] if lead else []
        b = a + lead
        if b >= len(units):
            return None
        first = units[b][0].text
        skip = len(labels)  # (the labels merged: the row starts at the name)
        for d, k in enumerate(labels):
            if first and accepts(fields[k], first):
                skip = d
                break
        size = width - lead - skip
        row = [c for c, _ in units[b : b + size]]
        last = units[min(b + size, len(units)) - 1][1]
        end = len(doc.lines[last])
        gap = [doc.cell(last, end, end)] * skip
        row += [doc.cell(last, end, end)] * (size - len(row))  # (the last row's trailing empty cells gone)
        rows.append(Row(tuple(seq + gap + row)))
        a = b + size
    return rows


def _ends_dropped(units: list[tuple[TableCell, int]], width: int) -> list[tuple[TableCell, int]]:
    """A grid section whose rows each end in an empty line besides their cells' (a word processor's paste: a
    paragraph mark after each row), without those lines: each row's ``width`` lines (or one more, a cell typed
    over two lines: 尘肺病康复站 / （点）建设) then one empty, the section starting with such an empty line (the
    header row's own); two rows at least (the last row's empty cells may be gone)."""
    size = width + 1
    if len(units) <= size or units[0][0].text:
        return units  # (most sections: a cell on the first line)
    ends = [0]
    while (q := ends[-1] + size) < len(units):
        if not units[q][0].text:
            ends.append(q)
        elif q + 1 < len(units) and not units[q + 1][0].text:
            ends.append(q + 1)  # (a row of one line more)
        else:
            return units
    if len(ends) < 2:
        return units
    dropped = set(ends)
    return [unit for k, unit in enumerate(units) if k not in dropped]


def _whole_rows(cells: Sequence[TableCell], fields: Sequence[Field | None]) -> bool:
    """Whether a section with no empty line is rows of every column all the same (no cell was empty): as many
    cells as whole rows hold, and each row numbered in turn under 序号 (1, 2, 3 …), or every cell fitting its
    column."""
    width = len(fields)
    if width < 2 or not cells or len(cells) % width:
        return False
    rows = [[cell.text for cell in cells[a : a + width]] for a in range(0, len(cells), width)]
    if "seq" in fields:
        k = list(fields).index("seq")
        if [row[k] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]:
            return True
    return all(_misfits(row, fields) == 0 for row in rows)


def _section_cells(doc: Text, section: list[int]) -> list[tuple[TableCell, int]]:
    """A grid section's cells, one a line, each with its last line; but a category's points typed on a line of
    their own in its cell (产出指标 / （50分）) are joined to the category above them."""
    cells: list[tuple[TableCell, int]] = []
    for j in section:
        cell = doc.cell(j, 0, len(doc.lines[j]))
        if (
            cells
            and _POINTS_START.match(cell.text)  # (most lines are no points: the category above is not looked up)
            and (
                (_is_category(before := cells[-1][0].text) and _points_of(before, cell.text))
                # (or the points' bracket opened on the category's line: 产出指标 ( / 0~50分))
                or (before.endswith(("(", "（")) and _is_category(before + cell.text))
            )
        ):
            cells[-1] = (doc.extend(cells[-1][0], cell), j)
        else:
            cells.append((cell, j))
    return cells


# How points typed under their category begin: a bracket or a digit (（50分）, 50分, (0-20)分).
_POINTS_START = re.compile(r"[（(]?\s*[\d.]")


def _is_category(text: str) -> bool:
    return accepts("level1", text) or accepts("level2", text)


def _points_of(category: str, line: str) -> bool:
    """Whether ``line`` is only the points of the category before it, as the reader strips them (（50分）)."""
    return level1_name(category + line) == category


def _misfits(texts: Sequence[str], fields: Sequence[Field | None]) -> int:
    """How many of a row's cells do not fit their columns: a category cell no category, a name a category, a
    value cell of words that read as no value."""
    return _row_misfits(tuple(texts), tuple(fields))


@functools.lru_cache(maxsize=1024)  # (a row is weighed as it stands, as the row after a join, and as a section's)
def _row_misfits(texts: tuple[str, ...], fields: tuple[Field | None, ...]) -> int:
    count = 0
    for text, field in zip(texts, fields, strict=False):
        if not text or is_placeholder(text):
            continue
        if field in ("level1", "level2", "name", "weight", "score", "seq", "comparator", "unit"):
            count += not accepts(field, text)
        elif field in VALUE_FIELDS:
            count += not value_like(text)
    return count


def _wrapped_line(texts: Sequence[str], a: int, fields: Sequence[Field | None]) -> int | None:
    """The line (an index of ``texts``) that continues the cell above it in the row starting at ``a``, or None
    when the row is its columns' lines as they stand."""
    width = len(fields)
    if a + width >= len(texts):
        return None

    def cost(join: int | None) -> tuple[int, int]:
        after = a + width + (join is not None)
        row = list(texts[a:after])
        if join is not None:
            row[join - a - 1 : join - a + 1] = [row[join - a - 1] + row[join - a]]
        return _misfits(row, fields), _misfits(texts[after : after + width], fields)

    here, then = cost(None)
    if here + then == 0:
        return None
    # Only where the joined row fits no worse and the two rows misfit by two cells fewer at least: a value of words
    # (按项目实施进度拨付) misfits too, so one cell is no evidence; by one, where the line joins a free-text cell
    # (指标解释 wrapped: nothing else takes any text).
    # Of such joins, the one that leaves fewest misfits; of two as good, the one into free text (a long 指标解释
    # wraps more often than a name).
    found: list[tuple[int, bool, int]] = []
    for j in range(a + 1, a + width + 1):
        if texts[j] and texts[j - 1]:
            joined, next_row = cost(j)
            free = free_text(fields[j - a - 1])
            if joined <= here and joined + next_row <= here + then - (1 if free else 2):
                found.append((joined + next_row, not free, j))
    return min(found)[2] if found else None


# ---------------------------------------------------------------- all shapes


def text_rows(
    text: str, shape: Shape, *, first_line: int = 0, first_offset: int = 0
) -> tuple[list[Row], list[Diagnostic]]:
    """The rows of cells of a column-table text in the given shape, and warnings for lines skipped."""
    doc = Text(text, first_line, first_offset)
    if shape == "pipe":
        if _vertical(doc.text):  # a database client's records one field a line (MySQL's \G, psql's \x)
            return _numbers_dropped(_nulls_emptied(vertical_rows(doc), text)), []
        if _yaml_table(doc.text):  # YAML's list of rows (- - 项目名称 / - 示例…)
            return _numbers_dropped(yaml_rows(doc)), []
        if _php_table(doc.text):  # PHP's serialize() of the rows, a table a line (a:3:{i:0;a:2:{…}…})
            return _numbers_dropped(php_rows(doc)), []
        if _go_table(doc.text):  # Go's %v of a [][]string, a table a line ([[项目名称 示例…] [一级指标 …] …])
            return go_rows(doc), []
        if _html_table(doc.text):  # HTML tables (<tr><td rowspan="3">…)
            return html_rows(doc), []
        if _latex_table(doc.text):  # LaTeX's tabular (cells between &)
            return latex_rows(doc), []
        if "|===" in doc.text and (cells_rows := asciidoc_rows(doc)) is not None:
            return cells_rows, []  # (AsciiDoc's tables with a row over lines or cells spanning rows)
        if ".. list-table::" in doc.text:  # reStructuredText's list tables (* - a row's first cell, - the next)
            return list_table_rows(doc), []
        if _bbcode_table(doc.text):  # a forum's BBCode tables ([tr][td]…[/td]): as HTML, its tags in brackets
            return html_rows(Text(_BB_TAG.sub(_angled, doc.text), doc.first_line, doc.first_offset)), []
        if "{|" in doc.text and _WIKI_TABLE.search(doc.text):  # MediaWiki's table markup ({| … |- … |})
            return wiki_rows(doc), []
        if ". " in doc.text and _TEXTILE_MARK.search(doc.text):  # Textile's (|_. 项目名称|…, |/8. 产出指标|…)
            return textile_rows(doc), []
        if '"' in doc.text and (
            _QUOTED_BAR.search(doc.text) or _EMPTY_QUOTED.search(doc.text) or _all_quoted(doc)
        ):  # (most: no quote at all)
            # a cell quoted over lines (Excel's CSV with | for its list separator), or every cell quoted
            # (PowerShell's Export-Csv -Delimiter '|'): a CSV cut at bars
            return _numbers_dropped(_nulls_emptied(csv_rows(doc, "|"), text)), []
        return _numbers_dropped(_nulls_emptied(delimited_rows(doc, "|"), text)), []
    if shape == "tab":
        if len(doc.lines) <= 2 and (glued := _glued_tab_rows(doc)) is not None:
            # a sheet's range pasted into a one-line field: cells between tabs, rows glued end to end
            return _numbers_dropped(_nulls_emptied(glued, text)), []
        if _QUOTED_TAB.search(doc.text):  # a cell quoted, as it holds a line break
            return _numbers_dropped(_nulls_emptied(csv_rows(doc, "\t"), text)), []
        # (Hive's text files separate fields by ^A, \x01, its default, others by ¦ or ~: read as tabs are)
        delimiter = (_odd_delimiter(doc.text) if "\t" not in doc.text else None) or "\t"
        return _numbers_dropped(_nulls_emptied(_quotes_taken(delimited_rows(doc, delimiter), text), text)), []
    if shape == "csv":
        return _numbers_dropped(_nulls_emptied(csv_rows(doc, csv_delimiter(text)), text)), []
    if shape == "aligned":
        from .aligned import aligned_rows

        if "==" in doc.text or "--" in doc.text:
            doc = _rules_blanked(doc)
        doc = _index_cut(doc)
        if "\f" in doc.text:
            doc = _feeds_parted(doc)
        rows, warnings = aligned_rows(doc)
        if any(marker in doc.text for marker in _FRAME_NULLS):
            rows = _nulls_emptied(rows, doc.text, _FRAME_NULLS)
        return rows, warnings
    if shape == "lines":
        return lines_rows(_paragraphs(doc) or doc), []
    from .flat import flat_rows, spaced_cells, unwrapped

    if "|" in doc.text and (keyed := _keyed_rows(doc)) is not None:
        return keyed, []
    opening = next((ch for ch in doc.text if not ch.isspace()), "")  # (JSON opens with { or [)
    if opening == "{" or opening == "[":
        objects = _json_objects(doc)
        if objects is not None:  # (JSON objects: a project's keys, its grid an array of objects)
            return _numbers_dropped(objects), []
    if opening == "[":
        written = _json_rows(doc)
        if isinstance(written, list):  # (a JSON array of rows of cells: as delimited rows)
            return _numbers_dropped(written), []
        if written is not None:  # (a JSON array of rows' texts: each a flattened row)
            return flat_rows(written), []
    if _python_opening(doc.text):
        printed = _python_rows(doc)
        if printed is not None:  # (a Python list of rows of cells, as a script prints it)
            return _numbers_dropped(printed), []
    joined = _comma_rows(doc)
    if joined is not None:
        # rows joined by commas on one line (a database's GROUP_CONCAT): a row a line, each placed in the file
        return flat_rows(joined), []
    cells = spaced_cells(doc)
    if cells is not None and _rows_spaced(cells):
        # a copy whose cells and rows alike stand one space apart: one cell a line, as the space stands for a break
        return lines_rows(cells), []
    view = unwrapped(doc)
    if view is not doc and sum(1 for line in view.lines if "\t" in line) >= max(2, len(view.lines) // 3):
        # a text field written raw whose escapes were tabs between cells and breaks between rows (…\t…\n…): a
        # tab-delimited table, its cells placed where they stand in the file
        return _numbers_dropped(_nulls_emptied(delimited_rows(view, "\t"), text)), []
    return flat_rows(view), []
