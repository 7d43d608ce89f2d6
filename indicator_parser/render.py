"""Writing nodes back as text: indicators as a canonical cell, a Target as a canonical value."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .nodes import Category, Dialect, Indicator, Target

_PREFIX = {">=": "不少于", ">": "超过", "<=": "不超过", "<": "不满", "=": ""}
_PER = {"year": "每年", "quarter": "每季度", "month": "每月", "week": "每周", "day": "每天"}
_DIRECTION = {"increase": "提升", "decrease": "下降", "maintain": "保持稳定"}
_CHANGE = {"increase": "增长", "decrease": "下降"}
_TO_LEVEL = {"increase": "提高到", "decrease": "降至", "maintain": "保持在"}
_BY_PERIOD = {"year": "按年", "quarter": "按季度", "month": "按月", "week": "按周", "day": "按日"}


def _number(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _amount(target: Target) -> str:
    """The number and unit of a quantity: 24次, 3分之2, 约100人."""
    if target.denominator is not None:
        return f"{target.denominator}分之{_number(target.value or Decimal(0))}{target.unit or ''}"
    return f"{_number(target.value or Decimal(0))}{target.unit or ''}"


def render_target(target: Target) -> str:
    """A Target as a canonical value text that normalizes to the same fields.

    ``≥ 24 次 per year`` → ``每年不少于24次``; text and unreadable values are
    written back as they were (``raw``).
    """
    if target.kind == "quantity" and target.value is not None:
        if target.value == 0 and target.label and target.unit is None and target.denominator is None:
            return f"零{target.label}"
        per = _PER.get(target.per or "", "")
        approx = "约" if target.approximate else ""
        prefix = _PREFIX[target.comparator or "="]
        if target.direction is not None:
            return f"{_TO_LEVEL[target.direction]}{prefix}{_amount(target)}"
        return f"{per}{approx}{prefix}{_amount(target)}"
    if target.kind == "range" and target.value is not None and target.value_max is not None:
        unit = target.unit or ""
        per = _PER.get(target.per or "", "")
        approx = "约" if target.approximate else ""
        return f"{per}{approx}{_number(target.value)}{unit}-{_number(target.value_max)}{unit}"
    if target.kind == "change" and target.value is not None and target.direction in _CHANGE:
        approx = "约" if target.approximate else ""
        prefix = _PREFIX[target.comparator or "="]
        return f"{target.label or ''}{_CHANGE[target.direction or '']}{approx}{prefix}{_amount(target)}"
    if target.kind == "rank" and target.value is not None:
        return f"前{_number(target.value)}{target.unit or ''}"
    if target.kind == "qualitative" and target.label:
        return target.label + ("及以上" if target.comparator == ">=" else "")
    if target.kind == "direction" and target.direction:
        return _DIRECTION[target.direction]
    if target.kind == "timeframe" and target.label:
        return target.label
    if target.kind == "timeframe" and target.per:
        return _BY_PERIOD[target.per]
    if target.kind == "composite" and target.parts:
        if target.label == "分档":
            return "".join(render_target(part) for part in target.parts)
        return "，".join(render_target(part) + (part.label or "") for part in target.parts)
    if target.kind == "empty":
        return ""
    return target.raw


def _category(category: Category) -> str:
    if category.code and not category.inferred:
        return f"{category.code}-{category.name or ''}"
    return category.name or ""


def _categories(indicator: Indicator) -> list[str]:
    """The categories as they were written.

    A level 1 inferred from the level-2 code is left out: reading the level 2
    infers it again. (A level 1 written by name alone is also marked inferred,
    for its code; when it agrees with the level 2 the two readings are the same.)
    """
    level1, level2 = indicator.level1, indicator.level2
    from_level2 = level1.inferred and level2.code is not None and not level2.inferred and level1.code == level2.code[:1]
    parts = []
    if (level1.code or level1.name) and not from_level2:
        parts.append(_category(level1))
    if level2.code or level2.name:
        parts.append(_category(level2))
    return parts


def render_item(indicator: Indicator, dialect: Dialect, seq: int | None = None) -> str:
    """One indicator in the canonical form of ``dialect``, without its item terminator."""
    field, label_sep = ("；", "；") if dialect == "liwan" else (",", "；")
    number = indicator.seq if indicator.seq is not None else seq
    text = f"{number}、" if number is not None else ""
    text += field.join(_categories(indicator))
    if indicator.name is not None:
        text += field + indicator.name
    period, annual = indicator.period_target, indicator.annual_target
    if period is None and annual is None:
        return text
    if period is not None:
        text += f"{label_sep}实施周期指标值:{period.raw}"
        if annual is not None:
            text += f"{field if dialect == 'liwan' else ','}年度指标值:{annual.raw}"
    elif annual is not None:
        text += f"{label_sep if dialect == 'liwan' else ','}年度指标值:{annual.raw}"
    return text


def render(indicators: Sequence[Indicator], dialect: Dialect) -> str:
    """Write indicators as one cell in the canonical form of ``dialect``.

    tianhe: ``1、1-产出指标,11-数量指标,名称；实施周期指标值:全年,年度指标值:4次;,2、…;``
    liwan: ``1、1-产出指标；11-数量指标；名称；实施周期指标值:2场；年度指标值:2场。2、…。``

    Parsing the result gives the same indicators (spans aside). liwan separates
    items by their numbers, so an indicator after the first that has none is
    written with its position in the list.
    """
    if dialect == "liwan":
        return "".join(
            render_item(item, dialect, seq=n if n > 1 else None) + "。" for n, item in enumerate(indicators, 1)
        )
    return ",".join(render_item(item, dialect) + ";" for item in indicators)


# ---------------------------------------------------------------- column tables as text

TABLE_SHAPES = ("pipe", "bare", "tab", "csv", "lines", "dropped", "aligned", "flat", "oneline")
_BROKEN_HEADERS = ("一级指标", "二级指标", "三级指标")  # written 一级 / 指标 over two lines in the dropped shape


def render_table(
    rows: Sequence[tuple[str, Sequence[str]]], shape: str, *, wrap_at: int = 16, title_indent: int = 0
) -> str:
    """A national column table as text in one of :data:`TABLE_SHAPES` (FORMS.md §2), ending in a newline.

    ``rows`` are ``(kind, cells)`` in reading order, kind one of ``title``,
    ``block`` (a header-block row of key/value cells), ``header`` (the
    grid's column names) or ``grid``; merged cells are empty. Shapes:
    ``pipe`` (outer bars), ``bare`` (no outer bars), ``tab``, ``csv``,
    ``lines`` (one cell a line, a grid row's empty cells kept as empty
    lines), ``dropped`` (one cell a line, empty cells dropped, the level
    headers broken over two lines), ``aligned`` (space-aligned at the grid's
    column positions in display width, the name column wrapped in place at
    ``wrap_at`` columns, titles indented by ``title_indent``), ``flat`` (one
    row a line, no delimiter) and ``oneline`` (the whole table on one line).
    """
    import csv
    import io

    from .text import display_width

    if shape not in TABLE_SHAPES:
        raise ValueError(f"unknown shape {shape!r}; one of {', '.join(TABLE_SHAPES)}")
    if shape == "oneline":
        return "".join("".join(cells) for _, cells in rows) + "\n"
    grid = [list(cells) for kind, cells in rows if kind in ("header", "grid")]
    header = grid[0] if grid else []
    name_at = next((k for k, h in enumerate(header) if h in ("三级指标", "指标名称")), None)

    def pieces(text: str, k: int) -> list[str]:
        if k != name_at:
            return [text]
        out, current = [], ""
        for ch in text:
            if current and display_width(current + ch) > wrap_at:
                out.append(current)
                current = ""
            current += ch
        return [*out, current] if current else [""]

    widths = [
        max(min(display_width(r[k]), wrap_at) if k == name_at else display_width(r[k]) for r in grid if k < len(r))
        for k in range(max((len(r) for r in grid), default=0))
    ]
    lines: list[str] = []
    for kind, row in rows:
        cells = list(row)
        if kind == "title":
            lines.append(" " * title_indent + cells[0] if shape == "aligned" else cells[0])
        elif shape == "pipe":
            lines.append("| " + " | ".join(cells) + " |")
        elif shape == "bare":
            lines.append(" | ".join(cells).rstrip())
        elif shape == "tab":
            lines.append("\t".join(cells))
        elif shape == "csv":
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow(cells)
            lines.append(out.getvalue())
        elif shape == "lines":
            while kind != "grid" and cells and not cells[-1]:
                cells.pop()
            lines.extend(cells)
        elif shape == "dropped":
            for cell in cells:
                if cell and kind == "header" and cell in _BROKEN_HEADERS:
                    lines.extend([cell[:2], cell[2:]])
                elif cell:
                    lines.append(cell)
        elif shape == "aligned":
            if kind == "block":
                lead = "" if cells[0] else "    "
                lines.append(lead + "   ".join(c for c in cells if c))
                continue
            wrapped = [pieces(c, k) for k, c in enumerate(cells)]
            for h in range(max(len(w) for w in wrapped)):
                parts = [w[h] if h < len(w) else "" for w in wrapped]
                lines.append("   ".join(p + " " * (widths[k] - display_width(p)) for k, p in enumerate(parts)).rstrip())
        else:
            lines.append("".join(cells))
    return "\n".join(lines) + "\n"
