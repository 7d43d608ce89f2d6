"""Typed nodes of the indicator AST: frozen, slotted attrs classes.

Positions follow one convention: ``span`` is always a pair of character
offsets into the text that was parsed (the whole file for documents), end
exclusive, like Python slices; ``lines`` is a pair of 1-based line numbers,
first and last; a :class:`Diagnostic` has ``line`` and ``column`` (1-based)
of its start as well.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

Kind = Literal["quantity", "range", "qualitative", "direction", "timeframe", "composite", "text", "empty"]
Comparator = Literal["=", ">", ">=", "<", "<=", "between"]
Per = Literal["year", "quarter", "month", "week", "day"]
Direction = Literal["increase", "decrease", "maintain"]
Severity = Literal["error", "warning"]
Dialect = Literal["tianhe", "liwan"]
# The family of forms a document was read from: Guangzhou serialized cells, or a national column table.
Form = Literal["guangzhou", "columns"]
Span = tuple[int, int]


@attrs.frozen
class Target:
    """A target value (指标值) as written, with what it means.

    ``raw`` is the value text as written; the other fields are filled by the
    normalizer (:func:`indicator_parser.normalize`). ``value`` and
    ``value_max`` are exact decimals.
    """

    raw: str
    kind: Kind = "text"
    comparator: Comparator | None = None
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    per: Per | None = None
    label: str | None = None
    direction: Direction | None = None
    parts: tuple[Target, ...] = ()


@attrs.frozen(cache_hash=True)  # the same few categories are looked up in the taxonomy again and again
class Category:
    """A level-1 or level-2 indicator category, e.g. ``1-产出指标``.

    ``inferred`` is true when the code or the name was not written in the
    source and was filled in from the category taxonomy.
    """

    code: str | None = None
    name: str | None = None
    inferred: bool = False


@attrs.frozen
class Indicator:
    """One performance indicator (三级指标) of a project."""

    seq: int | None
    level1: Category
    level2: Category
    name: str | None
    period_target: Target | None
    annual_target: Target | None
    span: Span
    # Doubts about what is written (a level 2 that does not belong to its level 1), with positions.
    warnings: tuple[Diagnostic, ...] = ()
    weight: Decimal | None = None  # 权重 / 分值
    actual: Target | None = None  # 实际完成值 (self-evaluations)
    score: Decimal | None = None  # 得分 (self-evaluations)
    # Columns the model does not name, under their header as written.
    extra: dict[str, str] = attrs.field(factory=dict, hash=False)


@attrs.frozen
class Diagnostic:
    """Something the parser could not read, or read with doubt.

    ``span`` is a pair of offsets into the parsed text; ``line`` and ``column``
    (1-based) locate its start. ``text`` is the stretch concerned, verbatim.
    """

    severity: Severity
    message: str
    span: Span
    line: int
    column: int
    text: str


@attrs.frozen
class Cell:
    """The result of parsing one indicator cell in recovering mode."""

    dialect: Dialect
    indicators: tuple[Indicator, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.frozen
class Amounts:
    """The money columns of a row, as exact decimals (in the document's currency unit).

    Only the columns printed in the text are set; see :mod:`indicator_parser.document`
    for how a row's numbers are assigned to columns.
    """

    total: Decimal | None = None
    fiscal: Decimal | None = None  # 财政拨款
    special: Decimal | None = None  # 财政专户拨款
    other: Decimal | None = None  # 其他资金


@attrs.frozen
class Project:
    """One spending project: its money, goal (绩效目标) and indicators (绩效指标)."""

    name: str
    amounts: Amounts
    goal: str | None
    dialect: Dialect | None
    indicators: tuple[Indicator, ...]
    diagnostics: tuple[Diagnostic, ...]
    span: Span = attrs.field(metadata={"description": "Character offsets [start, end) of the project in the file."})
    lines: tuple[int, int] = attrs.field(metadata={"description": "First and last line (1-based) in the file."})
    department: str | None = None  # 主管部门
    implementer: str | None = None  # 实施单位
    attribute: str | None = None  # 项目属性 (新增项目 / 延续项目)
    period: str | None = None  # 项目期, as written
    period_goal: str | None = None  # 实施期目标 / 长期目标 (``goal`` is the 年度 goal)
    page: int | None = None  # first page of the project, for documents read from PDF


@attrs.frozen
class Unit:
    """A fund-using unit (资金使用单位) with its subtotal and projects."""

    name: str
    total: Decimal | None
    projects: tuple[Project, ...]
    span: Span = attrs.field(metadata={"description": "Character offsets [start, end) of the unit in the file."})
    lines: tuple[int, int] = attrs.field(metadata={"description": "First and last line (1-based) in the file."})


@attrs.frozen
class Document:
    """A whole 项目支出绩效目标表 as extracted from its PDF."""

    source: str | None
    department: str | None
    currency_unit: str | None
    total: Decimal | None
    units: tuple[Unit, ...]
    diagnostics: tuple[Diagnostic, ...]
    form: Form = "guangzhou"

    def all_diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic of the document, its projects and their indicators, in text order."""
        found = list(self.diagnostics)
        for unit in self.units:
            for project in unit.projects:
                found.extend(project.diagnostics)
                for indicator in project.indicators:
                    found.extend(indicator.warnings)
        return sorted(found, key=lambda d: d.span)
