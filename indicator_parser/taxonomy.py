"""The indicator category taxonomy (三级指标体系) and category inference.

Level 1 and level 2 are usually written ``CODE-NAME``; a level-2 code starts
with the code of its level 1 (``12-质量指标`` is under ``1-产出指标``). What the
source leaves out is filled in from this table and marked ``inferred``; what
the source writes is kept, and a level 2 that does not belong to its level 1 is
flagged, never fixed.
"""

from __future__ import annotations

import functools
import re

from .fold import ascii_digits
from .nodes import Category

LEVEL1: dict[str, str] = {
    "1": "产出指标",
    "2": "效益指标",
    "3": "满意度指标",
}

LEVEL2: dict[str, str] = {
    "11": "数量指标",
    "12": "质量指标",
    "13": "时效指标",
    "14": "成本指标",
    "21": "经济效益",
    "22": "社会效益",
    "23": "生态效益",
    "24": "可持续影响",
    "31": "服务对象满意度",
}

# Names written with a trailing 指标 (经济效益指标) mean the same category.
_LEVEL1_BY_NAME = {name: code for code, name in LEVEL1.items()}
_LEVEL2_BY_NAME = {name: code for code, name in LEVEL2.items()}

_CODED = re.compile(r"([0-9０-９]+)\s*[-－]\s*(.+)", re.S)


def split_category(text: str) -> tuple[str | None, str]:
    """Split ``"12-质量指标"`` into ``("12", "质量指标")``; a bare name has no code."""
    m = _CODED.fullmatch(text.strip())
    if m:
        return ascii_digits(m.group(1)), m.group(2).strip()
    return None, text.strip()


def _code_for(name: str | None, table: dict[str, str]) -> str | None:
    if name is None:
        return None
    code = table.get(name)
    if code is None and name.endswith("指标"):
        code = table.get(name[: -len("指标")])
    return code


def _written(category: Category) -> str:
    return f"{category.code}-{category.name}" if category.code else str(category.name)


@functools.lru_cache(maxsize=1024)
def resolve(level1: Category, level2: Category) -> tuple[Category, Category, tuple[str, ...]]:
    """Complete two categories as written (``Category()`` when absent).

    Fills a missing code or level 1 from the taxonomy (marking it
    ``inferred``) and returns the categories with the warnings about them.
    Memoized: the same pairs come back again and again.
    """
    warnings: list[str] = []
    code1, name1 = level1.code, level1.name
    code2, name2 = level2.code, level2.name
    inferred1 = inferred2 = False
    has1 = code1 is not None or name1 is not None

    if code2 is None and name2 is not None:
        code2 = _code_for(name2, _LEVEL2_BY_NAME)
        inferred2 = code2 is not None
    if code1 is None and name1 is not None:
        code1 = _code_for(name1, _LEVEL1_BY_NAME)
        inferred1 = code1 is not None
    if not has1 and code2 is not None:
        code1, name1 = code2[0], LEVEL1.get(code2[0])
        inferred1 = True

    if code2 is not None and name2 is not None:
        known = LEVEL2.get(code2)
        if known is not None and known != name2.removesuffix("指标") and known != name2:
            warnings.append(f"level-2 category {_written(level2)} does not match the taxonomy ({code2}-{known})")
    if has1 and code1 is not None and name1 is not None:
        known = LEVEL1.get(code1)
        if known is not None and known != name1:
            warnings.append(f"level-1 category {_written(level1)} does not match the taxonomy ({code1}-{known})")
    if has1 and code1 is not None and code2 is not None and not code2.startswith(code1):
        warnings.append(f"level-2 category {_written(level2)} does not belong to level-1 category {_written(level1)}")

    return (
        Category(code1, name1, inferred1) if has1 or inferred1 else Category(),
        Category(code2, name2, inferred2),
        tuple(warnings),
    )
