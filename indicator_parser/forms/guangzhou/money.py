"""Money: the amounts pattern, assigning a row's amounts to columns, and reconciling totals.

Only non-empty money columns are printed. Two amounts are read as 总计 and
财政拨款 (the plain reading when total = one column); three as 总计, 财政拨款
and 其他资金 (财政专户拨款 is the rarest column); four as all columns.
Subtotals must equal the sum of their rows within 0.01 per summed row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...nodes import Amounts, Diagnostic, Severity, Unit
from .lines import Lines

AMOUNT = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}"
AMOUNT_LIST = rf"(?:{AMOUNT})(?:[ \t\u3000]+(?:{AMOUNT})){{0,3}}"
AMOUNTS_ONLY = re.compile(rf"^\s*(?P<amounts>{AMOUNT_LIST})\s*$")
NAME_AND_AMOUNTS = re.compile(rf"^(?P<indent>\s*)(?P<name>\S.*?)[ \t\u3000]+(?P<amounts>{AMOUNT_LIST})\s*$")
TOLERANCE = Decimal("0.01")  # per summed row


def amounts(text: str) -> list[Decimal]:
    """The amounts of an amounts list (``1,250.00 200.00``) as exact decimals."""
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


def column_sum_problem(name: str, row_amounts: Amounts) -> str | None:
    """Why a row's total is not the sum of its columns, or None."""
    parts = [a for a in (row_amounts.fiscal, row_amounts.special, row_amounts.other) if a is not None]
    if parts and row_amounts.total is not None and sum(parts) != row_amounts.total:
        return f"project {name}: total {row_amounts.total} is not the sum of its columns ({sum(parts)})"
    return None


def project_problems(
    name: str, goal: str | None, has_indicators: bool, row_amounts: Amounts
) -> list[tuple[str, Severity, str]]:
    """What is doubtful about a project, whichever source it came from: ``(where, severity, message)``.

    ``where`` is ``"row"`` (the project row), ``"goal"`` (its goal text) or ``"total"`` (its total); each
    reader places the diagnostic on its own line or cell.
    """
    found: list[tuple[str, Severity, str]] = []
    if not has_indicators:
        found.append(("row", "warning", f"project {name} has no indicator text"))
    if goal and "指标值" in goal:
        found.append(("goal", "warning", "the goal text holds what looks like indicator text"))
    problem = column_sum_problem(name, row_amounts)
    if problem is not None:
        found.append(("total", "error", problem))
    return found


def adds_up(parts: Sequence[Decimal], total: Decimal) -> bool:
    """Whether ``parts`` sum to ``total`` within the rounding tolerance."""
    return abs(sum(parts) - total) <= TOLERANCE * len(parts)


def reconcile_problems(total: Decimal | None, units: Sequence[Unit]) -> list[tuple[Unit | None, str]]:
    """Units whose projects do not sum to their subtotal, and units that do not sum to 合计 (None: the document)."""
    found: list[tuple[Unit | None, str]] = []
    for unit in units:
        totals = [p.amounts.total for p in unit.projects if p.amounts.total is not None]
        if unit.total is None or not totals or adds_up(totals, unit.total):
            continue
        found.append((unit, f"unit {unit.name}: projects sum to {sum(totals)} but the unit total is {unit.total}"))
    subtotals = [u.total for u in units if u.total is not None]
    if total is not None and subtotals and not adds_up(subtotals, total):
        found.append((None, f"units sum to {sum(subtotals)} but the document total (合计) is {total}"))
    return found


def reconcile(total: Decimal | None, units: Sequence[Unit], lines: Lines) -> list[Diagnostic]:
    """Errors for units whose projects do not sum to their subtotal, and units that do not sum to 合计."""
    return [
        lines.line_diagnostic("error", message, unit.lines[0] - 1 - lines.first_line)
        if unit is not None
        else lines.diagnostic("error", message, 0, 0)
        for unit, message in reconcile_problems(total, units)
    ]
