"""Units and projects: rows into 资金使用单位 units and their projects, each project's goal and indicator cell.

A project row is indented and a unit row is not; a document with no
indentation at all is split into units by its sums instead (a unit's projects
add up to its subtotal). Within a project, the indicator cell starts at the
first line that starts an item (``1、1-产出指标``); what comes before it is
the goal, however numbered.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ...grammar.cells import read_cell
from ...nodes import Diagnostic, Dialect, Indicator, Project, Unit
from ...text import JoinedText
from .lines import CELL_START_BARE, CELL_START_NUMBERED, INDENT, Lines
from .money import adds_up, assign_amounts, project_problems
from .rows import Row

TOTAL_NAMES = frozenset({"合计", "总计"})


@attrs.define
class Units:
    """What grouping found: the 合计 amount, the units, and the lines it gave a role or a diagnostic."""

    total: Decimal | None = None
    units: list[Unit] = attrs.Factory(list)
    roles: dict[int, str] = attrs.Factory(dict)
    diagnostics: list[Diagnostic] = attrs.Factory(list)


class _Grouper:
    def __init__(self, doc: Lines, source: str | None) -> None:
        self.doc = doc
        self.source = source
        self.found = Units()

    def flag_body(self, row: Row) -> None:
        for i in row.body:
            self.found.roles[i] = "diagnostic"
            message = f"text under the {row.name} row, outside any project"
            self.found.diagnostics.append(self.doc.line_diagnostic("error", message, i))

    def run(self, all_rows: list[Row]) -> Units:
        rows = [r for r in all_rows if r.amounts is not None]
        use_indent = any(r.indent >= INDENT for r in rows if r.name not in TOTAL_NAMES)
        groups: list[tuple[Row, list[Row]]] = []
        for row in rows:
            kind = "total" if row.name in TOTAL_NAMES and not groups else None
            kind = kind or ("unit" if _is_unit(row, groups, use_indent) else "project")
            for i in {*row.name_lines, row.amounts_line}:
                if i is not None:
                    self.found.roles[i] = kind
            if kind == "total":
                self.found.total = row.amounts[0] if row.amounts else None
                self.flag_body(row)
            elif kind == "unit":
                groups.append((row, []))
                self.flag_body(row)
            elif groups:
                groups[-1][1].append(row)
            else:
                self.found.diagnostics.append(
                    self.doc.line_diagnostic("warning", "project before any unit row", row.first_line)
                )
                groups.append((Row(row.first_line, 0, [], [""], [], row.first_line), [row]))
        for unit, projects in groups:
            last = max([unit.last_line] + [p.last_line for p in projects])
            self.found.units.append(
                Unit(
                    name=unit.name,
                    total=unit.amounts[0] if unit.amounts else None,
                    projects=tuple(self.project(p) for p in projects),
                    span=self.doc.span(unit.first_line, last),
                    lines=self.doc.line_range(unit.first_line, last),
                )
            )
        return self.found

    def project(self, row: Row) -> Project:
        name = row.name
        lines = self.doc.lines
        body = row.body
        start = next((k for k, i in enumerate(body) if CELL_START_NUMBERED.match(lines[i])), None)
        if start is None:
            start = next((k for k, i in enumerate(body) if CELL_START_BARE.match(lines[i])), len(body))
        goal_lines, cell_lines = body[:start], body[start:]
        self.found.roles.update(dict.fromkeys(goal_lines, "goal"))
        self.found.roles.update(dict.fromkeys(cell_lines, "indicators"))
        goal = JoinedText("\n".join(lines[i] for i in goal_lines)).text.strip() or None
        diagnostics: list[Diagnostic] = []
        indicators: tuple[Indicator, ...] = ()
        dialect: Dialect | None = None
        if cell_lines:
            text, place = self.doc.excerpt(cell_lines)
            cell = read_cell(text, source=self.source, place=place)
            dialect, indicators, diagnostics = cell.dialect, cell.indicators, list(cell.diagnostics)
        amounts = assign_amounts(row.amounts or [])
        at_total = row.amounts_line if row.amounts_line is not None else row.first_line
        lines_of = {"row": row.first_line, "goal": goal_lines[0] if goal_lines else row.first_line, "total": at_total}
        for where, severity, message in project_problems(name, goal, bool(cell_lines), amounts):
            diagnostics.append(self.doc.line_diagnostic(severity, message, lines_of[where]))
        return Project(
            name=name,
            amounts=amounts,
            goal=goal,
            dialect=dialect,
            indicators=indicators,
            diagnostics=tuple(diagnostics),
            span=self.doc.span(row.first_line, row.last_line),
            lines=self.doc.line_range(row.first_line, row.last_line),
        )


def _is_unit(row: Row, groups: list[tuple[Row, list[Row]]], use_indent: bool) -> bool:
    if use_indent:
        return row.indent < INDENT
    if not groups:
        return True
    unit, projects = groups[-1]
    if not projects or unit.amounts is None:
        return False
    return adds_up([p.amounts[0] for p in projects if p.amounts], unit.amounts[0])


def group_units(doc: Lines, rows: list[Row], source: str | None) -> Units:
    """Group rows into units and projects and read each project; see the module docs."""
    return _Grouper(doc, source).run(rows)
