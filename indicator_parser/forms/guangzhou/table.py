"""A Guangzhou table read from rows of cells (a PDF grid, a sheet, or space-aligned text cut at its columns).

The columns are named by the header row: 项目名称（资金使用单位）| 总计 |
财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标 (a header cell may
wrap, ``财政\\n专户\\n拨款``; a second header row may name the money columns
under a merged 资金来源). The amounts are read from their own columns, so
nothing is guessed from how many there are.

Rows:

- a header row repeated on a later page is dropped;
- a row with no name and no amounts but goal or indicator text continues
  the row above (a row split by a page break, or a wrapped line of
  space-aligned text): its cells are joined to the row above, column by column;
- in ``lines`` mode (one text line a row) a name with no amounts continues the
  name above, unless the amounts of a new row follow it;
- 合计 before any unit is the document total; a row with neither goal nor
  indicator text is a unit (资金使用单位) row, unless the unit above still
  waits for projects to make up its subtotal; every other row is a project.

A project's 绩效指标 cell goes to the same cell grammar as the text path
(:func:`~indicator_parser.grammar.cells.read_cell`), with positions in the
cells it came from; money columns are checked and totals reconciled by
:mod:`.money`, as in the text path.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from ...fold import fold
from ...grammar.cells import read_cell
from ...nodes import Amounts, Diagnostic, Dialect, Document, Indicator, Project, Severity, Unit
from ...table import Row, TableCell
from ...text import JoinedText, LineIndex, Place
from .lines import CURRENCY_ONLY, DEPARTMENT_LINE, is_title
from .money import adds_up, project_problems, reconcile_problems
from .units import TOTAL_NAMES

MONEY = ("total", "fiscal", "special", "other")
_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_PAGE_NUMBER = re.compile(r"^(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d+(?:\s*/\s*\d+)?)$")


def header_field(text: str) -> str | None:
    """The field a Guangzhou header cell names, or None."""
    t = re.sub(r"\s+", "", text)
    if not t:
        return None
    if "项目名称" in t or "资金使用单位" in t:
        return "name"
    if "绩效指标" in t:
        return "indicators"
    if "绩效目标" in t:
        return "goal"
    if "专户" in t:
        return "special"
    if "财政拨款" in t or t == "财政":
        return "fiscal"
    if "其他" in t:
        return "other"
    if t in ("总计", "合计", "小计") or t.startswith("总计"):
        return "total"
    return None


def header_fields(texts: Sequence[str]) -> list[str | None] | None:
    """The field of each column when ``texts`` is a Guangzhou header row (项目名称 … 绩效指标), else None."""
    fields = [header_field(t) for t in texts]
    if "name" in fields and "indicators" in fields and len({f for f in fields if f}) >= 3:
        return fields
    return None


class _CellsPlace(Place):
    """Offsets in several cells' texts joined by line breaks, placed in the cells they came from."""

    __slots__ = ("_cells", "_starts")

    def __init__(self, cells: Sequence[TableCell]) -> None:
        text = "\n".join(c.raw for c in cells)
        super().__init__(text)
        self._cells = list(cells)
        self._starts = []
        pos = 0
        for cell in cells:
            self._starts.append(pos)
            pos += len(cell.raw) + 1

    def _piece(self, offset: int) -> tuple[TableCell, int]:
        k = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self._cells[k], offset - self._starts[k]

    def offset(self, offset: int) -> int:
        cell, inside = self._piece(offset)
        return cell.span[0] + inside

    def line_column(self, offset: int) -> tuple[int, int]:
        cell, inside = self._piece(offset)
        line, column = LineIndex(cell.raw).line_column(inside)
        return cell.line + line - 1, (cell.column if line == 1 else 1) + column - 1

    def diagnostic(self, severity: Severity, message: str, start: int, end: int) -> Diagnostic:
        line, column = self.line_column(start)
        return Diagnostic(severity, message, self.span(start, end), line, column, self._text[start:end])


@attrs.define
class _Draft:
    """One table row (a unit, a project or 合计) as its cells gather, continuation rows included."""

    rows: list[Row]
    name: list[TableCell] = attrs.Factory(list)
    money: dict[str, TableCell] = attrs.Factory(dict)
    goal: list[TableCell] = attrs.Factory(list)
    indicators: list[TableCell] = attrs.Factory(list)

    @property
    def name_text(self) -> str:
        return JoinedText("\n".join(c.raw for c in self.name)).text.strip()

    @property
    def span(self) -> tuple[int, int]:
        return self.rows[0].span[0], max(r.span[1] for r in self.rows)

    @property
    def lines(self) -> tuple[int, int]:
        return self.rows[0].line, max(r.last_line for r in self.rows)


def _amount(cell: TableCell) -> tuple[Decimal | None, str | None]:
    plain = fold(cell.text).replace(" ", "")
    if plain in ("", "-", "--", "—", "——", "/", "／"):
        return None, None
    if _NUMBER.match(plain):
        return Decimal(plain.replace(",", "")), None
    return None, f"amount {cell.text} is not a number"


class _Reader:
    def __init__(self, source: str | None, lines_mode: bool) -> None:
        self.source = source
        self.lines_mode = lines_mode
        self.fields: list[str | None] | None = None
        self.department: str | None = None
        self.currency: str | None = None
        self.drafts: list[_Draft] = []
        self.diagnostics: list[Diagnostic] = []

    def cells_of(self, row: Row) -> dict[str, list[TableCell]]:
        assert self.fields is not None
        found: dict[str, list[TableCell]] = {}
        for k, cell in enumerate(row.cells):
            field = self.fields[k] if k < len(self.fields) else None
            if not cell.text:
                continue
            if field is None:
                self.diagnostics.append(cell.diagnostic("error", "text in a column with no header"))
                continue
            found.setdefault(field, []).append(cell)
        return found

    def read(self, rows: Iterable[Row]) -> None:
        pending = list(rows)
        after_header = False
        for at, row in enumerate(pending):
            texts = row.texts
            if not any(texts):
                continue
            fields = header_fields(texts) if row.aligned else None
            if fields is not None:
                if self.fields is None:
                    self.fields = fields
                after_header = True
                continue  # the header, or its repetition on a later page
            if after_header and self.fields is not None and row.aligned and self._money_header(texts):
                continue
            after_header = False
            if not row.aligned or self.fields is None:
                self._outside(row)
                continue
            self._row(row, pending, at)

    def _money_header(self, texts: list[str]) -> bool:
        """A second header row naming money columns under a merged 资金来源: it completes the mapping."""
        assert self.fields is not None
        named = [(k, header_field(t)) for k, t in enumerate(texts) if t]
        name_at = self.fields.index("name") if "name" in self.fields else -1
        if len(named) < 2 or not all(f in MONEY and len(texts[k]) <= 8 and k != name_at for k, f in named):
            return False
        for k, field in named:
            if k < len(self.fields):
                self.fields[k] = field
        return True

    def _outside(self, row: Row) -> None:
        """A line of text outside the table: the title, 部门名称 and 单位, a page number, or a diagnostic."""
        for cell in row.filled:
            text = cell.text.strip()
            m = DEPARTMENT_LINE.match(text)
            if m:
                self.department = self.department or m.group("department") or None
                self.currency = self.currency or m.group("unit")
                continue
            m = CURRENCY_ONLY.match(text)
            if m:
                self.currency = self.currency or m.group("unit")
                continue
            if is_title(text) or _PAGE_NUMBER.match(text) or text.startswith("单位"):
                continue
            self.diagnostics.append(cell.diagnostic("warning", "text outside the table"))

    def _row(self, row: Row, rows: list[Row], at: int) -> None:
        cells = self.cells_of(row)
        has_money = any(f in cells for f in MONEY)
        current = self.drafts[-1] if self.drafts else None
        if "name" not in cells and not has_money:
            if current is None:
                for cell in row.filled:
                    self.diagnostics.append(cell.diagnostic("error", "text outside any row"))
                return
            current.rows.append(row)
            current.goal.extend(cells.get("goal", []))
            current.indicators.extend(cells.get("indicators", []))
            return
        if "name" in cells and not has_money and current is not None and self._continues_name(current, rows, at):
            current.rows.append(row)
            current.name.extend(cells["name"])
            current.goal.extend(cells.get("goal", []))
            current.indicators.extend(cells.get("indicators", []))
            return
        if "name" not in cells and current is not None and not current.money and self.lines_mode:
            current.rows.append(row)  # the amounts of a row whose name stands on the lines above
        else:
            current = _Draft([row])
            self.drafts.append(current)
            current.name.extend(cells.get("name", []))
        for field in MONEY:
            for cell in cells.get(field, []):
                if field in current.money:
                    self.diagnostics.append(cell.diagnostic("error", "a second amount in the same column"))
                else:
                    current.money[field] = cell
        current.goal.extend(cells.get("goal", []))
        current.indicators.extend(cells.get("indicators", []))

    def _continues_name(self, current: _Draft, rows: list[Row], at: int) -> bool:
        """In lines mode, whether a name line without amounts continues the name above."""
        if not self.lines_mode:
            return False
        if not current.money:
            return True
        name_at = self.fields.index("name") if self.fields else 0
        for row in rows[at + 1 : at + 5]:
            if not row.aligned or not any(row.texts):
                continue
            has_name = name_at < len(row.cells) and bool(row.cells[name_at].text)
            has_money = any(
                k < len(row.cells) and row.cells[k].text for k, f in enumerate(self.fields or []) if f in MONEY
            )
            if has_money and not has_name:
                return False  # the amounts of a new row, whose name this line starts
            if has_name or has_money:
                return True
        return True

    # ------------------------------------------------------------------ nodes

    def _amounts(self, draft: _Draft, diagnostics: list[Diagnostic]) -> Amounts:
        values: dict[str, Decimal] = {}
        for field, cell in draft.money.items():
            value, problem = _amount(cell)
            if problem is not None:
                diagnostics.append(cell.diagnostic("error", problem))
            elif value is not None:
                values[field] = value
        return Amounts(**values)

    def _project(self, draft: _Draft, amounts: Amounts, diagnostics: list[Diagnostic]) -> Project:
        name = draft.name_text
        goal = JoinedText("\n".join(c.raw for c in draft.goal)).text.strip() or None
        dialect: Dialect | None = None
        indicators: tuple[Indicator, ...] = ()
        if draft.indicators:
            place = _CellsPlace(draft.indicators)
            cell = read_cell(place._text, source=self.source, place=place)
            dialect, indicators = cell.dialect, cell.indicators
            diagnostics.extend(cell.diagnostics)
        first = draft.name[0] if draft.name else draft.rows[0].filled[0]
        cells_of = {
            "row": first,
            "goal": draft.goal[0] if draft.goal else first,
            "total": draft.money.get("total", first),
        }
        for where, severity, message in project_problems(name, goal, bool(draft.indicators), amounts):
            diagnostics.append(cells_of[where].diagnostic(severity, message))
        return Project(
            name=name,
            amounts=amounts,
            goal=goal,
            dialect=dialect,
            indicators=indicators,
            diagnostics=tuple(sorted(diagnostics, key=lambda d: d.span)),
            span=draft.span,
            lines=draft.lines,
            page=draft.rows[0].page,
        )

    def document(self) -> Document:
        total: Decimal | None = None
        groups: list[tuple[_Draft | None, Amounts | None, list[Project]]] = []
        for draft in self.drafts:
            diagnostics: list[Diagnostic] = []
            amounts = self._amounts(draft, diagnostics)
            name = draft.name_text
            if name in TOTAL_NAMES and not groups:
                total = amounts.total
                self.diagnostics.extend(diagnostics)
                continue
            if self._is_unit(draft, groups):
                groups.append((draft, amounts, []))
                self.diagnostics.extend(diagnostics)
                continue
            if not groups:
                first = draft.rows[0].filled[0]
                self.diagnostics.append(first.diagnostic("warning", "project before any unit row"))
                groups.append((None, None, []))
            groups[-1][2].append(self._project(draft, amounts, diagnostics))
        units = []
        unit_drafts: dict[int, _Draft] = {}
        for unit_draft, unit_amounts, projects in groups:
            spans = ([unit_draft.span] if unit_draft else []) + [p.span for p in projects]
            lines = ([unit_draft.lines] if unit_draft else []) + [p.lines for p in projects]
            units.append(
                Unit(
                    name=unit_draft.name_text if unit_draft else "",
                    total=unit_amounts.total if unit_amounts else None,
                    projects=tuple(projects),
                    span=(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else (0, 0),
                    lines=(min(x[0] for x in lines), max(x[1] for x in lines)) if lines else (1, 1),
                )
            )
            if unit_draft is not None:
                unit_drafts[id(units[-1])] = unit_draft
        diagnostics = list(self.diagnostics)
        for unit, message in reconcile_problems(total, units):
            row_of_unit = unit_drafts.get(id(unit)) if unit is not None else None
            if row_of_unit is not None:
                diagnostics.append(row_of_unit.rows[0].filled[0].diagnostic("error", message))
            else:
                diagnostics.append(Diagnostic("error", message, (0, 0), 1, 1, ""))
        if self.fields is None:
            diagnostics.append(Diagnostic("warning", "no column header (项目名称 … 绩效指标) found", (0, 0), 1, 1, ""))
        if not any(unit.projects for unit in units):
            diagnostics.append(Diagnostic("warning", "no project rows found", (0, 0), 1, 1, ""))
        return Document(
            source=self.source,
            department=self.department,
            currency_unit=self.currency,
            total=total,
            units=tuple(units),
            diagnostics=tuple(sorted(diagnostics, key=lambda d: d.span)),
        )

    def _is_unit(self, draft: _Draft, groups: list[tuple[_Draft | None, Amounts | None, list[Project]]]) -> bool:
        if draft.goal or draft.indicators:
            return False
        if not groups:
            return True
        _, amounts, projects = groups[-1]
        if not projects:
            return False  # a unit row waits for its projects
        if amounts is None or amounts.total is None:
            return True
        spent = [p.amounts.total for p in projects if p.amounts.total is not None]
        return adds_up(spent, amounts.total)


def read_rows(rows: Iterable[Row], source: str | None = None, *, lines_mode: bool = False) -> Document:
    """Rows of cells (a PDF table, a sheet, space-aligned text) of a Guangzhou table to a :class:`Document`.

    ``lines_mode``: each row is one text line (space-aligned text), so a cell
    may wrap onto later rows; otherwise each row is a whole table row.
    """
    reader = _Reader(source, lines_mode)
    reader.read(rows)
    return reader.document()
