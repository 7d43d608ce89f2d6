"""Reading a whole 项目支出绩效目标表 text, as extracted from its PDF, into a Document.

The text is read line by line. Every non-blank line gets one role: page header,
total row, unit or project row (name and amounts), goal text, indicator text,
or, when none fits, a diagnostic. Layout cues are evidence, not rules:

- a row is a name followed by its amounts, on the same line or a later one;
- a project row is indented and a unit row is not; a document with no
  indentation at all is split into units by its sums instead (a unit's
  projects add up to its subtotal);
- within a project, the indicator cell starts at the first line that starts an
  item (``1、1-产出指标``); what comes before it is the goal, however numbered.

Money columns: only non-empty columns are printed. Two amounts are read as
总计 and 财政拨款 (the plain reading when total = one column); three as 总计,
财政拨款 and 其他资金 (财政专户拨款 is the rarest column); four as all columns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from ...grammar.cells import LEVEL1_WORDS, NUMBERED_ITEM, read_cell
from ...nodes import Amounts, Diagnostic, Dialect, Document, Indicator, Project, Severity, Unit
from ...text import JoinedText, LineIndex, Place

_AMOUNT = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}"
_AMOUNT_LIST = rf"(?:{_AMOUNT})(?:[ \t\u3000]+(?:{_AMOUNT})){{0,3}}"
_AMOUNTS_ONLY = re.compile(rf"^\s*(?P<amounts>{_AMOUNT_LIST})\s*$")
_NAME_AND_AMOUNTS = re.compile(rf"^(?P<indent>\s*)(?P<name>\S.*?)[ \t\u3000]+(?P<amounts>{_AMOUNT_LIST})\s*$")
_TITLE = re.compile(r"绩效目标表")
DEPARTMENT_LINE = re.compile(r"^\s*部门名称\s*[:：]\s*(?P<department>.*?)\s*(?:单位\s*[:：]\s*(?P<unit>\S+))?\s*$")
_CURRENCY_ONLY = re.compile(r"^\s*单位\s*[:：]\s*(?P<unit>\S+)\s*$")
_HEADER_START = re.compile(r"^\s*项目名称")
# Every page-header line holds one of these words: a quick test before the full one.
_HEADERISH = re.compile(r"部门名称|单位|绩效目标表|项目名称|总计|合计|财政|专户|拨款|其他|资金|绩效")
_HEADER_WORDS = frozenset(
    "项目名称（资金使用单位） 项目名称 （资金使用单位） (资金使用单位) 总计 合计 财政拨款 财政 专户 拨款 "
    "财政专户拨款 其他资金 其他 资金 绩效目标 绩效指标".split()
)
_STRONG_HEADER_WORDS = frozenset("总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标".split())
_TOTAL_NAMES = frozenset({"合计", "总计"})
_CELL_START_NUMBERED = re.compile(r"^\s*" + NUMBERED_ITEM.pattern)
_CELL_START_BARE = re.compile(rf"^\s*(?:[1-9１-９]\s*[-－]\s*[\u4e00-\u9fff]+指标|(?:{LEVEL1_WORDS}))")
_TEXT_PUNCTUATION = re.compile(r"[:：,，;；。、]")
_INDENT = 2


def _amounts(text: str) -> list[Decimal]:
    return [Decimal(a.replace(",", "")) for a in text.split()]


def assign_amounts(numbers: Sequence[Decimal]) -> Amounts:
    """Assign a row's printed amounts to the money columns (see the module docs)."""
    if len(numbers) == 4:
        return Amounts(*numbers)
    if len(numbers) == 3:
        return Amounts(total=numbers[0], fiscal=numbers[1], other=numbers[2])
    if len(numbers) == 2:
        return Amounts(total=numbers[0], fiscal=numbers[1])
    return Amounts(total=numbers[0] if numbers else None)


@attrs.define
class _Row:
    """A name with its amounts, and the lines that follow it up to the next row."""

    first_line: int
    indent: int
    name_lines: list[int]
    names: list[str]
    amounts: list[Decimal] | None = None
    amounts_line: int | None = None
    body: list[int] = attrs.Factory(list)

    @property
    def name(self) -> str:
        return JoinedText("\n".join(self.names)).text.strip()

    @property
    def last_line(self) -> int:
        return max([self.first_line, *self.name_lines, *(self.body or []), self.amounts_line or 0])


class _Lines:
    """The document's lines with their offsets.

    ``first_line`` and ``first_offset`` say where the text starts in its file
    (0 and 0 for a whole file); every line number and offset that leaves the
    reader is shifted by them.
    """

    def __init__(self, text: str, first_line: int = 0, first_offset: int = 0) -> None:
        self.text = text
        self.first_line = first_line
        self.first_offset = first_offset
        self.lines = text.split("\n")
        self.offsets: list[int] = []
        pos = 0
        for line in self.lines:
            self.offsets.append(pos)
            pos += len(line) + 1
        self.line_index = LineIndex(text)
        self.place = Place(text, lines=self.line_index, first_line=first_line, first_offset=first_offset)

    def excerpt(self, indices: Sequence[int]) -> tuple[str, list[int], list[int]]:
        """The given lines as one text, with line starts in it and in the document."""
        starts, pos = [], 0
        for i in indices:
            starts.append(pos)
            pos += len(self.lines[i]) + 1
        return "\n".join(self.lines[i] for i in indices), starts, [self.offsets[i] for i in indices]

    def diagnostic(self, severity: Severity, message: str, start: int, end: int) -> Diagnostic:
        return self.place.diagnostic(severity, message, start, end)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """File offsets of lines ``first`` to ``last`` (inclusive, 0-based), without their outer white space."""
        start = self.offsets[first] + len(self.lines[first]) - len(self.lines[first].lstrip())
        end = self.offsets[last] + len(self.lines[last].rstrip())
        return self.place.span(start, max(start, end))

    def line_range(self, first: int, last: int) -> tuple[int, int]:
        """1-based file line numbers of lines ``first`` to ``last`` (0-based)."""
        return first + 1 + self.first_line, last + 1 + self.first_line

    def line_diagnostic(self, severity: Severity, message: str, index: int) -> Diagnostic:
        line = self.lines[index]
        start = self.offsets[index] + len(line) - len(line.lstrip())
        return self.diagnostic(severity, message, start, self.offsets[index] + len(line.rstrip()))


class _Reader:
    def __init__(self, text: str, source: str | None, first_line: int = 0, first_offset: int = 0) -> None:
        self.source = source
        self.doc = _Lines(text, first_line, first_offset)
        self.department: str | None = None
        self.currency_unit: str | None = None
        self.rows: list[_Row] = []
        self.diagnostics: list[Diagnostic] = []
        self.roles = ["blank"] * len(self.doc.lines)
        self.first_header = next((i for i, line in enumerate(self.doc.lines) if _is_furniture(line)), 0)

    def _flag(self, index: int, message: str, severity: str = "error") -> None:
        self.roles[index] = "diagnostic"
        self.diagnostics.append(self.doc.line_diagnostic(severity, message, index))

    # ------------------------------------------------------------- line roles

    def _header_line(self, i: int, in_header: bool) -> tuple[bool, bool]:
        """Whether line ``i`` is page furniture, and whether a column header block goes on."""
        stripped = self.doc.lines[i].strip()
        kind = _furniture(stripped)
        if kind == "department":
            m = DEPARTMENT_LINE.match(stripped)
            self.department = self.department or (m.group("department") or None)  # type: ignore[union-attr]
            self.currency_unit = self.currency_unit or m.group("unit")  # type: ignore[union-attr]
        elif kind == "currency":
            self.currency_unit = self.currency_unit or _CURRENCY_ONLY.match(stripped).group("unit")  # type: ignore[union-attr]
        elif kind == "words" and not (in_header or _STRONG_HEADER_WORDS & set(stripped.split())):
            return False, False  # 资金 alone is a header piece only inside a column header
        if kind in ("columns", "words"):
            # The column header ends with its last column, 绩效指标; what follows is content.
            return True, "绩效指标" not in stripped.split()
        return kind is not None, False

    def _next_lines(self, i: int, count: int) -> list[int]:
        """The next ``count`` non-blank lines after ``i``.

        Past the first page header, page furniture is skipped too (a page may
        break inside a row); before it, a header ends the look-ahead, so that
        a preamble is not read as the start of the first row.
        """
        found = []
        j = i + 1
        while j < len(self.doc.lines) and len(found) < count:
            line = self.doc.lines[j]
            if line.strip() and _is_furniture(line):
                if i < self.first_header:
                    break
            elif line.strip():
                found.append(j)
            j += 1
        return found

    def _starts_unindented_row(self, i: int) -> bool:
        """An unindented text line whose name ends in an amounts line within a few lines."""
        if _TEXT_PUNCTUATION.search(self.doc.lines[i]) or _CELL_START_NUMBERED.match(self.doc.lines[i]):
            return False
        for j in self._next_lines(i, 3):
            line = self.doc.lines[j]
            if _indent(line) >= _INDENT:
                return False  # the next row starts there, not here
            if _AMOUNTS_ONLY.match(line):
                return True
            named = _NAME_AND_AMOUNTS.match(line)
            if named:
                return not _TEXT_PUNCTUATION.search(named.group("name"))
            if _TEXT_PUNCTUATION.search(line):
                return False
        return False

    def read_lines(self) -> None:
        row: _Row | None = None
        in_header = False
        for i, line in enumerate(self.doc.lines):
            if not line.strip():
                continue
            is_header, in_header = self._header_line(i, in_header) if _HEADERISH.search(line) else (False, False)
            if is_header:
                self.roles[i] = "header"
                continue
            ends_in_digit = line.rstrip()[-1:].isdigit()
            named = _NAME_AND_AMOUNTS.match(line) if ends_in_digit else None
            only = _AMOUNTS_ONLY.match(line) if ends_in_digit else None
            if row is not None and row.amounts is None:
                # Still reading a row's name: continuation lines until its amounts.
                if only:
                    row.amounts, row.amounts_line = _amounts(only.group("amounts")), i
                elif named:
                    row.names.append(named.group("name"))
                    row.name_lines.append(i)
                    row.amounts, row.amounts_line = _amounts(named.group("amounts")), i
                elif len(row.names) >= 4:
                    for k in row.name_lines:
                        self._flag(k, "row name runs on without its amounts")
                    self.rows.remove(row)
                    row = self._start_row(i)
                else:
                    row.names.append(line)
                    row.name_lines.append(i)
                continue
            indented = _indent(line) >= _INDENT
            if named and (indented or not _TEXT_PUNCTUATION.search(named.group("name"))):
                row = self._start_row(i, named.group("name"))
                row.amounts, row.amounts_line = _amounts(named.group("amounts")), i
            elif only:
                self._flag(i, "amounts with no row name")
            elif (indented and not _CELL_START_NUMBERED.match(line)) or self._starts_unindented_row(i):
                row = self._start_row(i)
            elif row is not None:
                row.body.append(i)
            else:
                self._flag(i, "text outside any row")
        if row is not None and row.amounts is None:
            for k in row.name_lines:
                self._flag(k, "row name without amounts")
            self.rows.remove(row)

    def _start_row(self, i: int, name: str | None = None) -> _Row:
        line = self.doc.lines[i]
        row = _Row(first_line=i, indent=_indent(line), name_lines=[i], names=[name if name is not None else line])
        self.rows.append(row)
        return row

    # ------------------------------------------------------------- rows to nodes

    def _project(self, row: _Row) -> Project:
        body = row.body
        start = next((k for k, i in enumerate(body) if _CELL_START_NUMBERED.match(self.doc.lines[i])), None)
        if start is None:
            start = next((k for k, i in enumerate(body) if _CELL_START_BARE.match(self.doc.lines[i])), len(body))
        goal_lines, cell_lines = body[:start], body[start:]
        for i in goal_lines:
            self.roles[i] = "goal"
        for i in cell_lines:
            self.roles[i] = "indicators"
        goal = JoinedText("\n".join(self.doc.lines[i] for i in goal_lines)).text.strip() or None
        diagnostics: list[Diagnostic] = []
        indicators: tuple[Indicator, ...] = ()
        dialect: Dialect | None = None
        if cell_lines:
            dialect, indicators, diagnostics = self._cell(cell_lines)
        else:
            diagnostics.append(
                self.doc.line_diagnostic("warning", f"project {row.name} has no indicator text", row.first_line)
            )
        if goal and "指标值" in goal:
            diagnostics.append(
                self.doc.line_diagnostic("warning", "the goal text holds what looks like indicator text", goal_lines[0])
            )
        amounts = assign_amounts(row.amounts or [])
        parts = [a for a in (amounts.fiscal, amounts.special, amounts.other) if a is not None]
        if parts and amounts.total is not None and sum(parts) != amounts.total:
            diagnostics.append(
                self.doc.line_diagnostic(
                    "error",
                    f"project {row.name}: total {amounts.total} is not the sum of its columns ({sum(parts)})",
                    row.amounts_line if row.amounts_line is not None else row.first_line,
                )
            )
        return Project(
            name=row.name,
            amounts=amounts,
            goal=goal,
            dialect=dialect,
            indicators=indicators,
            diagnostics=tuple(diagnostics),
            span=self.doc.span(row.first_line, row.last_line),
            lines=self.doc.line_range(row.first_line, row.last_line),
        )

    def _cell(self, lines: list[int]) -> tuple[Dialect, tuple[Indicator, ...], list[Diagnostic]]:
        text, starts, doc_starts = self.doc.excerpt(lines)

        def to_doc(offset: int) -> int:
            k = bisect.bisect_right(starts, offset) - 1
            return doc_starts[k] + offset - starts[k]

        place = Place(
            self.doc.text,
            lines=self.doc.line_index,
            first_line=self.doc.first_line,
            first_offset=self.doc.first_offset,
            inner=to_doc,
        )
        cell = read_cell(text, source=self.source, place=place)
        return cell.dialect, cell.indicators, list(cell.diagnostics)

    def build(self) -> Document:
        self.read_lines()
        total: Decimal | None = None
        rows = [r for r in self.rows if r.amounts is not None]
        use_indent = any(r.indent >= _INDENT for r in rows if r.name not in _TOTAL_NAMES)
        units: list[tuple[_Row, list[_Row]]] = []
        for row in rows:
            kind = "total" if row.name in _TOTAL_NAMES and not units else None
            kind = kind or ("unit" if self._is_unit(row, units, use_indent) else "project")
            for i in {*row.name_lines, row.amounts_line}:
                if i is not None:
                    self.roles[i] = kind
            if kind == "total":
                total = (row.amounts or [None])[0]
                self._unit_body(row)
                continue
            if kind == "unit":
                units.append((row, []))
                self._unit_body(row)
            elif units:
                units[-1][1].append(row)
            else:
                self.diagnostics.append(
                    self.doc.line_diagnostic("warning", "project before any unit row", row.first_line)
                )
                units.append((_Row(row.first_line, 0, [], [""], [], row.first_line), [row]))
        built = tuple(
            Unit(
                name=unit.name,
                total=(unit.amounts or [None])[0],
                projects=tuple(self._project(p) for p in projects),
                span=self.doc.span(unit.first_line, max([unit.last_line] + [p.last_line for p in projects])),
                lines=self.doc.line_range(unit.first_line, max([unit.last_line] + [p.last_line for p in projects])),
            )
            for unit, projects in units
        )
        self._reconcile(total, built)
        if not any(unit.projects for unit in built):
            self.diagnostics.append(self.doc.diagnostic("warning", "no project rows found", 0, 0))
        return Document(
            source=self.source,
            department=self.department,
            currency_unit=self.currency_unit,
            total=total,
            units=built,
            diagnostics=tuple(sorted(self.diagnostics, key=lambda d: d.span)),
        )

    def _is_unit(self, row: _Row, units: list[tuple[_Row, list[_Row]]], use_indent: bool) -> bool:
        if use_indent:
            return row.indent < _INDENT
        if not units:
            return True
        unit, projects = units[-1]
        if not projects or unit.amounts is None:
            return False
        spent = sum(p.amounts[0] for p in projects if p.amounts)
        return abs(spent - unit.amounts[0]) <= Decimal("0.01") * len(projects)

    def _unit_body(self, row: _Row) -> None:
        for i in row.body:
            self._flag(i, f"text under the {row.name} row, outside any project")

    def _reconcile(self, total: Decimal | None, units: tuple[Unit, ...]) -> None:
        for unit in units:
            totals = [p.amounts.total for p in unit.projects if p.amounts.total is not None]
            if unit.total is None or not totals:
                continue
            gap = abs(sum(totals) - unit.total)
            if gap > Decimal("0.01") * len(totals):
                self.diagnostics.append(
                    self.doc.line_diagnostic(
                        "error",
                        f"unit {unit.name}: projects sum to {sum(totals)} but the unit total is {unit.total}",
                        unit.lines[0] - 1 - self.doc.first_line,
                    )
                )
        subtotals = [u.total for u in units if u.total is not None]
        if total is not None and subtotals:
            if abs(sum(subtotals) - total) > Decimal("0.01") * len(subtotals):
                self.diagnostics.append(
                    self.doc.diagnostic(
                        "error",
                        f"units sum to {sum(subtotals)} but the document total (合计) is {total}",
                        0,
                        0,
                    )
                )


def is_title(stripped: str) -> bool:
    """The page title line (项目支出绩效目标表…)."""
    return bool(_TITLE.search(stripped)) and len(stripped) <= 40 and "指标值" not in stripped


def _furniture(stripped: str) -> str | None:
    """What kind of page-header line this is, judged on its own, or None."""
    if DEPARTMENT_LINE.match(stripped):
        return "department"
    if _CURRENCY_ONLY.match(stripped):
        return "currency"
    if is_title(stripped):
        return "title"
    words = stripped.split()
    if _HEADER_START.match(stripped) and all(w in _HEADER_WORDS for w in words[1:]):
        return "columns"
    if words and all(w in _HEADER_WORDS for w in words):
        return "words"
    return None


def _is_furniture(line: str) -> bool:
    """A page header line, judged on its own (for looking ahead past page breaks)."""
    return _furniture(line.strip()) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000"))


def parse_document(text: str, source: str | None = None, *, first_line: int = 0, first_offset: int = 0) -> Document:
    """Read one Guangzhou table text into a :class:`Document` (the form's reader; see :mod:`indicator_parser.reading`).

    ``source`` names the text in diagnostics (a file name). Line numbers and
    offsets refer to ``text``; when ``text`` is a piece of a larger file,
    ``first_line`` and ``first_offset`` (lines and characters before it) make
    them refer to the file. Nothing raises on bad content: what cannot be read
    is a diagnostic on the document or on the project it belongs to.
    """
    return _Reader(text, source, first_line, first_offset).build()


def line_roles(text: str) -> list[str]:
    """The role the reader gives each line of ``text``: ``blank``, ``header``, ``total``,
    ``unit``, ``project`` (name and amounts), ``goal``, ``indicators`` or ``diagnostic``."""
    reader = _Reader(text, None)
    reader.build()
    return reader.roles
