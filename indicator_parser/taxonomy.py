"""The indicator category taxonomy (三级指标体系): the one table of category names, and category inference.

Level 1 and level 2 are usually written ``CODE-NAME`` in the Guangzhou forms;
a level-2 code starts with the code of its level 1 (``12-质量指标`` is under
``1-产出指标``). The national framework of 2021 adds 成本指标 as a level 1 of
its own, with 经济成本指标, 社会成本指标 and 生态环境成本指标 under it; these
have no Guangzhou code (their code stays null), while older tables keep
成本指标 as the level 2 ``14`` under 产出指标. National tables also write
names that mean a coded category (社会效益指标 → 22, 产出数量 → 11).

What the source leaves out is filled in from this table and marked
``inferred``; what the source writes is kept, and a level 2 that does not
belong to its level 1 is flagged, never fixed. The category words of the
indicator grammar (grammar/categories.lark) are generated from this table.
"""

from __future__ import annotations

import functools
import re

import attrs

from .fold import ascii_digits
from .nodes import Category


@attrs.frozen
class Known:
    """One category of the taxonomy.

    ``names`` are the ways it is written, canonical first; ``code`` is its
    Guangzhou code (None where the framework has none); ``parent`` the
    canonical name of its level 1; ``cell_word`` whether it is written
    without a code inside Guangzhou indicator cells (those words are the
    grammar's category words); ``holds`` the level 1 whose level 2s a level 1
    of another name takes (项目完成指标 holds 产出指标's: 数量指标, 成本指标),
    though it keeps no code of its own.
    """

    level: int
    names: tuple[str, ...]
    code: str | None = None
    parent: str | None = None
    cell_word: bool = False
    holds: str | None = None

    @property
    def name(self) -> str:
        return self.names[0]


TAXONOMY: tuple[Known, ...] = (
    Known(1, ("产出指标", "产出"), "1", cell_word=True),  # (printed without 指标 too)
    Known(1, ("效益指标", "效益"), "2", cell_word=True),
    Known(1, ("满意度指标", "满意度"), "3", cell_word=True),  # (both levels' name, as 满意度指标 is)
    Known(1, ("成本指标", "成本"), None, cell_word=True),  # a level 1 since the 2021 framework (printed short too)
    Known(1, ("项目完成指标",), holds="产出指标"),
    Known(1, ("项目效益指标",), holds="效益指标"),
    Known(1, ("决策",)),  # evaluation frameworks (绩效评价)
    Known(1, ("过程",)),
    Known(2, ("数量指标", "数量", "产出数量", "产出数量指标"), "11", "产出指标", cell_word=True),
    Known(2, ("质量指标", "质量", "产出质量", "产出质量指标"), "12", "产出指标", cell_word=True),
    Known(
        2, ("时效指标", "时效", "产出时效", "产出时效指标", "时效性指标", "时效性"), "13", "产出指标", cell_word=True
    ),
    # Under 产出指标 in the older framework; a level 1 of its own since 2021 (above).
    Known(2, ("成本指标", "成本", "产出成本", "产出成本指标"), "14", "产出指标"),
    Known(2, ("经济效益", "经济效益指标"), "21", "效益指标", cell_word=True),
    Known(2, ("社会效益", "社会效益指标"), "22", "效益指标", cell_word=True),
    Known(2, ("生态效益", "生态效益指标", "环境效益", "环境效益指标"), "23", "效益指标", cell_word=True),
    Known(2, ("可持续影响", "可持续影响指标"), "24", "效益指标", cell_word=True),
    Known(
        2,
        (
            "服务对象满意度",
            "服务对象满意度指标",
            "社会公众或服务对象满意度指标",
            "社会公众或服务对象满意度",
            "社会公众满意度指标",  # (not 社会公众满意度: an indicator's name as often)
            "满意度指标",
            "满意度",
        ),
        "31",
        "满意度指标",
        cell_word=True,
    ),
    Known(2, ("经济成本指标", "经济成本"), None, "成本指标"),
    Known(2, ("社会成本指标", "社会成本"), None, "成本指标"),
    Known(2, ("生态环境成本指标", "生态环境成本"), None, "成本指标"),
    # (the evaluation framework's level 2s of 决策, 过程 and 效益: 项目立项, 绩效目标, 资金投入; 资金管理, 组织实施;
    # 项目效益)
    Known(2, ("项目立项",), None, "决策"),
    Known(2, ("资金投入",), None, "决策"),
    Known(2, ("绩效目标",), None, "决策"),
    Known(2, ("资金管理",), None, "过程"),
    Known(2, ("组织实施",), None, "过程"),
    Known(2, ("项目效益",), None, "效益指标"),  # (the framework's one level 2 of 效益)
)

# Canonical names by code, per level (the Guangzhou codes).
LEVEL1: dict[str, str] = {k.code: k.name for k in TAXONOMY if k.level == 1 and k.code}
LEVEL2: dict[str, str] = {k.code: k.name for k in TAXONOMY if k.level == 2 and k.code}
_BY_NAME: dict[tuple[int, str], Known] = {(k.level, name): k for k in TAXONOMY for name in k.names}
_BY_CODE: dict[tuple[int, str], Known] = {(k.level, k.code): k for k in TAXONOMY if k.code}

_CODED = re.compile(r"([0-9０-９]+)\s*[-－]\s*(.+)", re.S)


# Words of an indicator's name that say which 产出 level 2 it stands under (its code), tried in this order: a
# hint where the print cannot tell (a label as near the middle of one block as of the next), never a reading.
_OUTPUT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("13", ("时限", "时间", "及时率", "时效", "周期", "进度", "工期", "期限")),
    ("14", ("成本", "费用", "单价", "经费", "造价", "补助标准", "补贴标准")),
    ("12", ("合格", "达标", "质量", "精度", "准确", "等级")),
    ("11", ("数量", "个数", "次数", "人数", "户数", "面积", "长度", "场次", "批次", "频次", "频率")),
)
_NO_RATES = ("功率", "效率", "汇率", "税率", "利率", "费率")  # words in 率 that are no share of a whole
_SHARES_AFTER_ALL = ("成功率",)  # (a share that ends as one of them does: 调解成功率, not a 功率)


def output_kind(name: str) -> str | None:
    """The code of the 产出 level 2 (11 数量 … 14 成本) an indicator's name suggests, or None: a rate (…率) is a
    质量指标, a count (…数) a 数量指标, save what the words before say (及时率 is 时效)."""
    for code, words in _OUTPUT_WORDS:
        if any(word in name for word in words):
            return code
    if (
        name.endswith("率")
        and "满意" not in name
        and (name.endswith(_SHARES_AFTER_ALL) or not name.endswith(_NO_RATES))
    ):
        return "12"
    if name.endswith("数"):
        return "11"
    return None


def known(level: int, name: str) -> Known | None:
    """The taxonomy's category written as ``name`` at ``level``, or None."""
    return _BY_NAME.get((level, name.strip()))


def under(level2: str, level1: str) -> bool:
    """Whether the taxonomy puts the level 2 written ``level2`` under the level 1 written ``level1`` (成本指标
    under 产出指标, and under 项目完成指标, which holds 产出指标's level 2s)."""
    second, first = known(2, level2), known(1, level1)
    if second is None or first is None or second.parent is None:
        return False
    return second.parent in (first.name, first.holds)


def cell_words(level: int) -> tuple[str, ...]:
    """The names written without a code in Guangzhou cells at ``level`` (the grammar's category words)."""
    return tuple(k.name for k in TAXONOMY if k.level == level and k.cell_word)


def grammar_text() -> str:
    """grammar/categories.lark: the category words of the indicator grammar, from this table."""
    return (
        "// categories.lark: the category words written without a code in Guangzhou indicator cells.\n"
        "// Generated from indicator_parser/taxonomy.py by write_grammar(); do not edit.\n\n"
        f"LEVEL1_WORD: /(?:{'|'.join(cell_words(1))})/\n"
        f"LEVEL2_WORD: /(?:{'|'.join(cell_words(2))})/\n"
    )


def split_category(text: str) -> tuple[str | None, str]:
    """Split ``"12-质量指标"`` into ``("12", "质量指标")``; a bare name has no code."""
    m = _CODED.fullmatch(text.strip())
    if m:
        return ascii_digits(m.group(1)), m.group(2).strip()
    return None, text.strip()


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
    entry2 = known(2, name2) if name2 is not None else None
    entry1 = known(1, name1) if name1 is not None else None

    if code2 is None and entry2 is not None and entry2.code is not None:
        code2, inferred2 = entry2.code, True
    if code1 is None and entry1 is not None and entry1.code is not None:
        code1, inferred1 = entry1.code, True
    if not has1:
        parent = _BY_CODE.get((1, code2[0])) if code2 is not None else None
        if parent is None and entry2 is not None and entry2.parent is not None:
            parent = known(1, entry2.parent)
        if parent is not None:
            code1, name1, inferred1 = parent.code, parent.name, True

    if code2 is not None and name2 is not None:
        by_code = _BY_CODE.get((2, code2))
        if by_code is not None and name2 not in by_code.names:
            warnings.append(f"level-2 category {_written(level2)} does not match the taxonomy ({code2}-{by_code.name})")
    if has1 and code1 is not None and name1 is not None:
        by_code = _BY_CODE.get((1, code1))
        if by_code is not None and name1 not in by_code.names:
            warnings.append(f"level-1 category {_written(level1)} does not match the taxonomy ({code1}-{by_code.name})")
    if has1 and level2 != Category():
        if code1 is not None and code2 is not None:
            belongs = code2.startswith(code1)
        else:  # a category with no code: judge by the names
            parent_name = _parent_of(code2, entry2)
            written1 = known(1, name1) if name1 is not None else None
            belongs = (
                parent_name is None
                or name1 is None
                or parent_name == (written1.name if written1 else name1)
                or (written1 is not None and parent_name == written1.holds)
            )
        if not belongs:
            warnings.append(
                f"level-2 category {_written(level2)} does not belong to level-1 category {_written(level1)}"
            )

    return (
        Category(code1, name1, inferred1) if has1 or inferred1 else Category(),
        Category(code2, name2, inferred2),
        tuple(warnings),
    )


def _parent_of(code2: str | None, entry2: Known | None) -> str | None:
    if entry2 is not None and entry2.parent is not None and (code2 is None or entry2.code == code2):
        return entry2.parent
    if code2 is not None and (1, code2[0]) in _BY_CODE:
        return _BY_CODE[(1, code2[0])].name
    return None


def write_grammar() -> None:
    """Rewrite grammar/categories.lark from this table (in a source checkout, after changing the table)."""
    from .grammar import grammar_path

    grammar_path("indicators.lark").with_name("categories.lark").write_text(grammar_text(), encoding="utf-8")
