"""JSON form of the nodes: plain dicts with the documented key names."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs


def _number(value: Decimal) -> int | float:
    """An exact decimal as a JSON number: 85 stays 85, 5911.6 stays 5911.6."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def to_dict(obj: Any) -> Any:
    """A node (or a list of nodes) as plain JSON-ready Python data.

    Keys follow the attrs field order of each node; tuples become lists and
    decimals become numbers.
    """
    if attrs.has(type(obj)):
        return {field.name: to_dict(getattr(obj, field.name)) for field in attrs.fields(type(obj))}
    if isinstance(obj, (list, tuple)):
        return [to_dict(item) for item in obj]
    if isinstance(obj, dict):
        return {key: to_dict(value) for key, value in obj.items()}
    if isinstance(obj, Decimal):
        return _number(obj)
    return obj


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """A node (or a list of nodes) as JSON text, Chinese characters unescaped."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)
