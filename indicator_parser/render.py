"""Writing nodes back as text: a normalized Target as a canonical value."""

from __future__ import annotations

import re
from decimal import Decimal

from .nodes import Target

_PREFIX = {">=": "不少于", ">": "超过", "<=": "不超过", "<": "不满", "=": ""}
_PER = {"year": "每年", "quarter": "每季度", "month": "每月", "week": "每周", "day": "每天"}
_DIRECTION = {"increase": "提升", "decrease": "下降", "maintain": "保持稳定"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _number(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _chinese_date(m: re.Match) -> str:
    text = f"{m.group(1)}年{int(m.group(2))}月"
    return text + (f"{int(m.group(3))}日" if m.group(3) else "")


def render_target(target: Target) -> str:
    """A Target as a canonical value text that normalizes to the same fields.

    ``≥ 24 次 per year`` → ``每年不少于24次``; text and unreadable values are
    written back as they were (``raw``).
    """
    if target.kind == "quantity" and target.value is not None:
        if target.value == 0 and target.label and target.unit is None:
            return f"零{target.label}"
        per = _PER.get(target.per or "", "")
        return f"{per}{_PREFIX[target.comparator or '=']}{_number(target.value)}{target.unit or ''}"
    if target.kind == "range" and target.value is not None and target.value_max is not None:
        unit = target.unit or ""
        return f"{_PER.get(target.per or '', '')}{_number(target.value)}{unit}-{_number(target.value_max)}{unit}"
    if target.kind == "qualitative" and target.label:
        return target.label + ("及以上" if target.comparator == ">=" else "")
    if target.kind == "direction" and target.direction:
        return _DIRECTION[target.direction]
    if target.kind == "timeframe" and target.label:
        return _ISO_DATE.sub(_chinese_date, target.label)
    if target.kind == "composite" and target.parts:
        return "，".join(render_target(part) + (part.label or "") for part in target.parts)
    return target.raw
