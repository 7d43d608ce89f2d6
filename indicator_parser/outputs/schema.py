"""The JSON Schema (draft 2020-12) of the Document JSON, generated from the attrs nodes.

One definition per node class (:mod:`indicator_parser.nodes`): property types
come from the type hints (``Literal`` types become enumerations), descriptions
from the class docstrings and from ``metadata={"description": ...}`` on fields.
Nothing is written twice: a field added to a node appears here by itself.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from .. import nodes

# The node classes, in the order their definitions are listed.
NODES: tuple[type, ...] = (
    nodes.Diagnostic,
    nodes.Target,
    nodes.Category,
    nodes.Indicator,
    nodes.Amounts,
    nodes.Project,
    nodes.Unit,
    nodes.Document,
)

_SPAN = {
    "type": "array",
    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
    "minItems": 2,
    "maxItems": 2,
}


def _type_schema(hint: Any) -> dict[str, Any]:
    """The JSON Schema of one Python type hint of a node field."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is type(None):
        return {"type": "null"}
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is Decimal:
        return {"type": "number"}
    if attrs.has(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg) for arg in args]
        enums = [o["enum"] for o in options if "enum" in o]
        if len(enums) == 1 and {"type": "null"} in options and len(options) == 2:
            return {"enum": [*enums[0], None]}
        plain = [o["type"] for o in options if set(o) == {"type"} and isinstance(o["type"], str)]
        if len(plain) == len(options):
            return {"type": plain}
        return {"anyOf": options}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type_schema(args[0])}
    if origin is tuple and args == (int, int):
        return {"$ref": "#/$defs/Span"}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1])}
    raise TypeError(f"no JSON Schema for the type {hint!r}")  # a new kind of field: teach this function


def _definition(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(nodes))
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name])
        description = field.metadata.get("description")
        properties[field.name] = {**schema, "description": description} if description else schema
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {
        "type": "object",
        "description": " ".join(doc.split()),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the Document JSON that ``parse`` writes."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://indicator-parser.invalid/schema/document.json",
        "title": "项目支出绩效目标表 Document",
        "$ref": "#/$defs/Document",
        "$defs": {"Span": _SPAN, **{cls.__name__: _definition(cls) for cls in NODES}},
    }


SCHEMA: dict[str, Any] = document_schema()
