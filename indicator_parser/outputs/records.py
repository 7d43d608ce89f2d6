"""Flat rows, one per indicator: the jsonl and csv exports, and ``to_records`` for dataframes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..nodes import Document, Indicator, Project, Target
from .jsonio import to_dict

COLUMNS: tuple[str, ...] = (
    "source",
    "department",
    "unit",
    "project",
    "project_total",
    "seq",
    "level1_code",
    "level1",
    "level2_code",
    "level2",
    "indicator",
    "period_raw",
    "annual_raw",
    "annual_kind",
    "annual_comparator",
    "annual_value",
    "annual_value_max",
    "annual_unit",
    "annual_per",
    "annual_label",
    "annual_direction",
)


def _indicator_fields(indicator: Indicator | None) -> dict[str, Any]:
    if indicator is None:
        return dict.fromkeys(COLUMNS[5:])
    annual: Target | None = indicator.annual_target
    return {
        "seq": indicator.seq,
        "level1_code": indicator.level1.code,
        "level1": indicator.level1.name,
        "level2_code": indicator.level2.code,
        "level2": indicator.level2.name,
        "indicator": indicator.name,
        "period_raw": indicator.period_target.raw if indicator.period_target else None,
        "annual_raw": annual.raw if annual else None,
        "annual_kind": annual.kind if annual else None,
        "annual_comparator": annual.comparator if annual else None,
        "annual_value": to_dict(annual.value) if annual else None,
        "annual_value_max": to_dict(annual.value_max) if annual else None,
        "annual_unit": annual.unit if annual else None,
        "annual_per": annual.per if annual else None,
        "annual_label": annual.label if annual else None,
        "annual_direction": annual.direction if annual else None,
    }


def _project_rows(document: Document, unit_name: str, project: Project) -> list[dict[str, Any]]:
    head = {
        "source": document.source,
        "department": document.department,
        "unit": unit_name,
        "project": project.name,
        "project_total": to_dict(project.amounts.total) if isinstance(project.amounts.total, Decimal) else None,
    }
    # A project without indicators still gets a row, so that no project is lost from a table.
    return [{**head, **_indicator_fields(i)} for i in (project.indicators or (None,))]


def to_records(document: Document) -> list[dict[str, Any]]:
    """One flat dict per indicator, with the keys of :data:`COLUMNS` in order.

    Numbers are JSON numbers (``int`` or ``float``); a project with no
    indicators gives one row with the indicator fields empty.
    ``pandas.DataFrame(to_records(document))`` makes a table of it.
    """
    return [
        row
        for unit in document.units
        for project in unit.projects
        for row in _project_rows(document, unit.name, project)
    ]
