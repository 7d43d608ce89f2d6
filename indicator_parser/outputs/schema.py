"""The JSON Schema (draft 2020-12) of the Document JSON that ``parse`` writes."""

from __future__ import annotations

from typing import Any

_NUMBER_OR_NULL = {"type": ["number", "null"]}
_STRING_OR_NULL = {"type": ["string", "null"]}


def _object(properties: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://indicator-parser.invalid/schema/document.json",
    "title": "项目支出绩效目标表 Document",
    "$ref": "#/$defs/Document",
    "$defs": {
        "Span": {
            "type": "array",
            "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
            "minItems": 2,
            "maxItems": 2,
        },
        "Diagnostic": _object(
            {
                "severity": {"enum": ["error", "warning"]},
                "message": {"type": "string"},
                "span": {"$ref": "#/$defs/Span", "description": "Character offsets [start, end) into the text."},
                "line": {"type": "integer", "minimum": 1},
                "column": {"type": "integer", "minimum": 1},
                "text": {"type": "string", "description": "The stretch concerned, verbatim."},
            },
            "Something the parser could not read (error) or read with doubt (warning).",
        ),
        "Target": _object(
            {
                "raw": {"type": "string", "description": "The value as written."},
                "kind": {
                    "enum": ["quantity", "range", "qualitative", "direction", "timeframe", "composite", "text", "empty"]
                },
                "comparator": {"enum": ["=", ">", ">=", "<", "<=", "between", None]},
                "value": _NUMBER_OR_NULL,
                "value_max": _NUMBER_OR_NULL,
                "unit": _STRING_OR_NULL,
                "per": {"enum": ["year", "quarter", "month", "week", "day", None]},
                "label": _STRING_OR_NULL,
                "direction": {"enum": ["increase", "decrease", "maintain", None]},
                "parts": {"type": "array", "items": {"$ref": "#/$defs/Target"}},
            },
            "A target value (指标值) and what it means. 以上/以下/以内 include the number, 超过/不满 exclude it.",
        ),
        "Category": _object(
            {
                "code": _STRING_OR_NULL,
                "name": _STRING_OR_NULL,
                "inferred": {"type": "boolean", "description": "Code or name filled in from the taxonomy."},
            },
            "A level-1 or level-2 indicator category, e.g. 1-产出指标, 11-数量指标.",
        ),
        "Indicator": _object(
            {
                "seq": {"type": ["integer", "null"]},
                "level1": {"$ref": "#/$defs/Category"},
                "level2": {"$ref": "#/$defs/Category"},
                "name": _STRING_OR_NULL,
                "period_target": {"anyOf": [{"$ref": "#/$defs/Target"}, {"type": "null"}]},
                "annual_target": {"anyOf": [{"$ref": "#/$defs/Target"}, {"type": "null"}]},
                "span": {"$ref": "#/$defs/Span", "description": "Character offsets into the document text."},
                "warnings": {"type": "array", "items": {"type": "string"}},
            },
            "One performance indicator (三级指标).",
        ),
        "Amounts": _object(
            {
                "total": _NUMBER_OR_NULL,
                "fiscal": {**_NUMBER_OR_NULL, "description": "财政拨款"},
                "special": {**_NUMBER_OR_NULL, "description": "财政专户拨款"},
                "other": {**_NUMBER_OR_NULL, "description": "其他资金"},
            },
            "Money in the document's currency unit. Only printed columns are set: two printed amounts are "
            "总计 and 财政拨款 (the plain reading where 总计 with another single column would also fit); three "
            "are 总计, 财政拨款 and 其他资金; four are all columns in order.",
        ),
        "Project": _object(
            {
                "name": {"type": "string"},
                "amounts": {"$ref": "#/$defs/Amounts"},
                "goal": _STRING_OR_NULL,
                "dialect": {"enum": ["tianhe", "liwan", None]},
                "indicators": {"type": "array", "items": {"$ref": "#/$defs/Indicator"}},
                "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/Diagnostic"}},
                "span": {"$ref": "#/$defs/Span", "description": "First and last line (1-based) in the file."},
            },
            "A spending project.",
        ),
        "Unit": _object(
            {
                "name": {"type": "string"},
                "total": _NUMBER_OR_NULL,
                "projects": {"type": "array", "items": {"$ref": "#/$defs/Project"}},
                "span": {"$ref": "#/$defs/Span", "description": "First and last line (1-based) in the file."},
            },
            "A fund-using unit (资金使用单位) with its subtotal.",
        ),
        "Document": _object(
            {
                "source": _STRING_OR_NULL,
                "department": _STRING_OR_NULL,
                "currency_unit": _STRING_OR_NULL,
                "total": {**_NUMBER_OR_NULL, "description": "The 合计 row; null when the table has none."},
                "units": {"type": "array", "items": {"$ref": "#/$defs/Unit"}},
                "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/Diagnostic"}},
            },
            "A whole 项目支出绩效目标表.",
        ),
    },
}
