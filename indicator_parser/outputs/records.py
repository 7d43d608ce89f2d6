"""Flat rows, one per indicator: the jsonl and csv exports, ``to_records`` for dataframes, and their schema.

:data:`COLUMN_SPECS` is the one definition of the columns (name, type,
description). The column names (:data:`COLUMNS`, the csv header), the JSON
Schema of a row (:func:`records_schema`) and the Arrow schema
(:func:`indicator_parser.outputs.arrow.arrow_schema`) are all derived from it.
"""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from typing import Any, Literal

import attrs

from .. import nodes
from ..nodes import Document, Indicator, Project, Target, Unit

ColumnType = Literal["string", "integer", "decimal", "boolean", "json"]


@attrs.frozen
class Column:
    """One column of the flat rows.

    ``type`` is ``string`` (UTF-8 text), ``integer``, ``decimal`` (an exact
    number: a JSON number in jsonl, Arrow decimal128 in Parquet), ``boolean`` or ``json``
    (an object of text values: an object in jsonl, its JSON text in csv and
    Parquet, which every reader can take apart). ``enum`` lists the
    values a string column may take. Every column may be null.
    """

    name: str
    type: ColumnType
    description: str
    enum: tuple[str, ...] | None = None


def _enum(hint: Any) -> tuple[str, ...]:
    return tuple(typing.get_args(hint))


def _target_columns(prefix: str, what: str) -> tuple[Column, ...]:
    """The raw text and normalized fields of one target (see :class:`indicator_parser.Target`)."""
    return (
        Column(f"{prefix}_raw", "string", f"{what}, as written"),
        Column(f"{prefix}_kind", "string", f"kind of the {what}", _enum(nodes.Kind)),
        Column(f"{prefix}_comparator", "string", f"comparator of the {what}", _enum(nodes.Comparator)),
        Column(f"{prefix}_value", "decimal", f"number of the {what} (lower bound of a range)"),
        Column(f"{prefix}_value_max", "decimal", f"upper bound of the {what} when it is a range"),
        Column(f"{prefix}_unit", "string", f"unit of the {what}, in its common form"),
        Column(f"{prefix}_per", "string", f"period the {what} counts per", _enum(nodes.Per)),
        Column(f"{prefix}_label", "string", f"grade, state, zero-claim noun or timeframe of the {what}"),
        Column(f"{prefix}_direction", "string", f"direction of the {what}", _enum(nodes.Direction)),
    )


def _target_more_columns(prefix: str, what: str) -> tuple[Column, ...]:
    """The target fields added with the national value forms (after every older column)."""
    return (
        Column(f"{prefix}_approximate", "boolean", f"the {what} is approximate (约, 左右, 近)"),
        Column(f"{prefix}_denominator", "integer", f"denominator of the {what} when it is a fraction (三分之二: 3)"),
        Column(f"{prefix}_start", "string", f"first day of the {what} as a timeframe, ISO 8601"),
        Column(f"{prefix}_end", "string", f"last day (deadline) of the {what} as a timeframe, ISO 8601"),
    )


# The columns, in order. The first 21 are the jsonl/csv columns as they were
# before the model grew; new columns go after them, so that readers by position
# keep working.
COLUMN_SPECS: tuple[Column, ...] = (
    Column("source", "string", "file the document was read from"),
    Column("department", "string", "department (部门名称) of the document"),
    Column("unit", "string", "fund-using unit (资金使用单位)"),
    Column("project", "string", "project name"),
    Column("project_total", "decimal", "project total (总计), in the document's currency unit"),
    Column("seq", "integer", "item number of the indicator in its project"),
    Column("level1_code", "string", "level-1 category code (一级指标), e.g. 1"),
    Column("level1", "string", "level-1 category name, e.g. 产出指标"),
    Column("level2_code", "string", "level-2 category code (二级指标), e.g. 11"),
    Column("level2", "string", "level-2 category name, e.g. 数量指标"),
    Column("indicator", "string", "indicator name (三级指标)"),
    Column("period_raw", "string", "implementation-period target (实施周期指标值), as written"),
    *_target_columns("annual", "annual target (年度指标值)"),
    # Added with the national forms and PDFs; null where the form does not have them.
    Column("form", "string", "family of forms the document was read from", _enum(nodes.Form)),
    Column("currency_unit", "string", "currency unit of the document's money columns, e.g. 万元"),
    Column("project_fiscal", "decimal", "project money from 财政拨款"),
    Column("project_special", "decimal", "project money from 财政专户拨款"),
    Column("project_other", "decimal", "project money from 其他资金"),
    Column("project_department", "string", "competent department (主管部门) of the project"),
    Column("implementer", "string", "implementing unit (实施单位) of the project"),
    Column("attribute", "string", "project attribute (项目属性): 新增项目 or 延续项目"),
    Column("period", "string", "project period (项目期), as written"),
    Column("goal", "string", "annual performance goal (年度绩效目标) of the project"),
    Column("period_goal", "string", "implementation-period or long-term goal (实施期目标 / 长期目标)"),
    Column("page", "integer", "first page of the project, for documents read from PDF"),
    Column("weight", "decimal", "weight or points of the indicator (权重 / 分值)"),
    *_target_columns("actual", "actual value (实际完成值)"),
    Column("score", "decimal", "score of the indicator (得分), in self-evaluations"),
    Column("extra", "json", "columns the model does not name, under their header as written (JSON object)"),
    *_target_more_columns("annual", "annual target"),
    *_target_more_columns("actual", "actual value"),
)

COLUMNS: tuple[str, ...] = tuple(column.name for column in COLUMN_SPECS)
DECIMAL_COLUMNS: tuple[str, ...] = tuple(column.name for column in COLUMN_SPECS if column.type == "decimal")

_JSON_TYPES: dict[str, Any] = {
    "string": {"type": ["string", "null"]},
    "integer": {"type": ["integer", "null"]},
    "decimal": {"type": ["number", "null"]},
    "boolean": {"type": ["boolean", "null"]},
    "json": {"type": ["object", "null"], "additionalProperties": {"type": "string"}},
}


def records_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one jsonl row (one item of :func:`to_records`)."""
    properties: dict[str, Any] = {}
    for column in COLUMN_SPECS:
        schema = dict(_JSON_TYPES[column.type])
        if column.enum is not None:
            schema = {"enum": [*column.enum, None]}
        properties[column.name] = {**schema, "description": column.description}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://indicator-parser.invalid/schema/record.json",
        "title": "项目支出绩效目标表 indicator row",
        "type": "object",
        "properties": properties,
        "required": list(COLUMNS),
        "additionalProperties": False,
    }


def _target_fields(prefix: str, target: Target | None) -> dict[str, Any]:
    if target is None:
        return {f"{prefix}_{name}": None for name in _TARGET_FIELDS}
    return {f"{prefix}_{name}": getattr(target, field) for name, field in _TARGET_FIELDS.items()}


# Column suffix → Target field.
_TARGET_FIELDS = {
    "raw": "raw",
    "kind": "kind",
    "comparator": "comparator",
    "value": "value",
    "value_max": "value_max",
    "unit": "unit",
    "per": "per",
    "label": "label",
    "direction": "direction",
    "approximate": "approximate",
    "denominator": "denominator",
    "start": "start",
    "end": "end",
}


def _indicator_fields(indicator: Indicator | None) -> dict[str, Any]:
    if indicator is None:
        return {
            **dict.fromkeys(("seq", "level1_code", "level1", "level2_code", "level2", "indicator", "period_raw")),
            **_target_fields("annual", None),
            **dict.fromkeys(("weight", "score", "extra")),
            **_target_fields("actual", None),
        }
    return {
        "seq": indicator.seq,
        "level1_code": indicator.level1.code,
        "level1": indicator.level1.name,
        "level2_code": indicator.level2.code,
        "level2": indicator.level2.name,
        "indicator": indicator.name,
        "period_raw": indicator.period_target.raw if indicator.period_target else None,
        **_target_fields("annual", indicator.annual_target),
        "weight": indicator.weight,
        **_target_fields("actual", indicator.actual),
        "score": indicator.score,
        "extra": dict(indicator.extra) or None,
    }


def _project_rows(document: Document, unit: Unit, project: Project) -> list[dict[str, Any]]:
    head = {
        "source": document.source,
        "department": document.department,
        "unit": unit.name,
        "project": project.name,
        "project_total": project.amounts.total,
        "form": document.form,
        "currency_unit": document.currency_unit,
        "project_fiscal": project.amounts.fiscal,
        "project_special": project.amounts.special,
        "project_other": project.amounts.other,
        "project_department": project.department,
        "implementer": project.implementer,
        "attribute": project.attribute,
        "period": project.period,
        "goal": project.goal,
        "period_goal": project.period_goal,
        "page": project.page,
    }
    # A project without indicators still gets a row, so that no project is lost from a table.
    return [{**head, **_indicator_fields(i)} for i in (project.indicators or (None,))]


def exact_records(document: Document) -> list[dict[str, Any]]:
    """The rows of :func:`to_records` with money and target numbers as exact :class:`~decimal.Decimal`."""
    rows = [
        row for unit in document.units for project in unit.projects for row in _project_rows(document, unit, project)
    ]
    return [{name: row[name] for name in COLUMNS} for row in rows]


def _number(value: Decimal) -> int | float:
    """An exact decimal as a JSON number: 85 stays 85, 5911.6 stays 5911.6 (as :func:`to_dict` writes it)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _json_values(row: dict[str, Any]) -> dict[str, Any]:
    for name in DECIMAL_COLUMNS:
        if isinstance(row[name], Decimal):
            row[name] = _number(row[name])
    return row


def to_records(document: Document) -> list[dict[str, Any]]:
    """One flat dict per indicator, with the keys of :data:`COLUMNS` in order.

    Numbers are JSON numbers (``int`` or ``float``); a project with no
    indicators gives one row with the indicator fields empty.
    ``pandas.DataFrame(to_records(document))`` makes a table of it; for exact
    decimals use :func:`indicator_parser.to_arrow`.
    """
    return [_json_values(row) for row in exact_records(document)]


def json_text(value: dict[str, str]) -> str:
    """A ``json`` column's value as text (csv, Parquet): compact, Chinese unescaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json_text(value)
    return value


def csv_cells(row: dict[str, Any]) -> list[Any]:
    """The cells of one row of :func:`to_records` for a csv file: empty for null, JSON text for an object."""
    return [_csv_cell(row[name]) for name in COLUMNS]
