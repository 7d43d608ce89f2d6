"""Rows of cells to a Document: the national column table (FORMS.md §1).

A project's table is a header block of key/value cells (项目名称, 主管部门 …,
年度目标) and an indicator grid whose header row names the columns. Rows are
read in order:

- a row naming 项目名称 starts a project; the rows after it, up to the grid
  header, are its header block (keys and values, paired in order, so that a
  value may sit beside its key or in the row below it);
- the grid header maps each column to a field (headers.py); a header row
  repeated after a page break is dropped and the project goes on;
- a grid row with an empty 一级 or 二级 takes it from the row above (merged
  cells); a row with fewer cells than the header (empty cells dropped, later
  cells shifted left) is placed by content: a category name goes to its
  column, a comparator to 指标性质, a number to 权重 …;
- a row with categories and nothing else is a placeholder: a warning, no
  indicator.

Every non-empty cell ends in a node or in a diagnostic.
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation

import attrs

from ...fold import FOLD, fold
from ...nodes import (
    Amounts,
    Category,
    Comparator,
    Diagnostic,
    Document,
    Indicator,
    Kind,
    Per,
    Project,
    Span,
    Target,
    Unit,
)
from ...normalizer import chinese_numeral, normalize
from ...table import Row, TableCell
from ...taxonomy import Known, known, output_kind, resolve, split_category, under
from .headers import (
    EXTRA_FIELDS,
    MONEY_COLUMNS,
    MONEY_KEYS,
    MONEY_READ,
    TITLE,
    TOTAL_ROWS,
    VALUE_FIELDS,
    BlockKey,
    Field,
    block_key,
    cell_field,
    currency_of,
    fund_source,
    grid_field,
    value_column,
)

# The title of a page that goes on with the table before: 续表, （续表）, 续上表.
CONTINUATION = re.compile(r"[（(]?续上?表[)）]?")
# (and what psql prints round a query's rows: (13 rows), -[ RECORD 1 ]----+----, sqlcmd's (7 rows affected), SQL*Plus's
# 13 rows selected., the mysql client after them: 12 rows in set (0.01 sec), impala-shell: Fetched 27 row(s) in 0.18s
# (Trino's (27 rows) as psql's); xlsx2csv's line before each sheet:
# -------- 2 - 项目2; GNU pr's head of a page: 2025-07-08 09:30  blind.txt  Page 2; matched with spaces removed)
FURNITURE = re.compile(
    rf"^(?:[（(]?\s*\d{{4}}\s*年度?\s*[)）]?|[（(]续[)）]|{CONTINUATION.pattern}|第\s*\d+\s*页(?:\s*[,，、/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，、/／]?\s*第\s*\d+\s*页|[-－—–]\s*\d+\s*[-－—–]|\d+\s*/\s*\d+|\(\d+rows?(?:affected)?\)|(?:\d+|no)rows?selected\.?|(?:\d+rows?inset|Emptyset)(?:\([\d.]+sec\))?|Fetched\d+row(?:s|\(s\))?in[\d.]+s|-\[RECORD\d+\][-+]*|-{{4,}}\d+-.{{0,30}}|\#TYPE[\w.]+|(?:打印|制表)(?:时间|日期)[:：][0-9/:\-.年月日]{{8,20}}(?:\d+/\d+|第\d+页(?:[,，、/／]?共\d+页)?)?|公开\d{{1,2}}表|shape:\(\d+,\d+\)|\d{{4}}-\d\d-\d\d\d\d:\d\d(?:\S{{1,60}}?)?Page\d+)$"
)
# The column names a dump of a header block's own table prints over it (栏目|内容|栏目2|内容2), or a tool's names for
# unnamed columns (PowerShell's P1, P2 …, pandas' Unnamed: 1, R's V1): no key, no value.
# (a staging table's too: c1, col_2, Field3, f4; polars' column_0)
# The column types a printed data frame shows under its column names (polars: str, i64, f64 …)
_DTYPES = frozenset({"str", "i64", "i32", "f64", "f32", "u32", "u64", "bool", "date", "null", "object", "String"})
_GENERIC_HEADER = re.compile(
    r"(?:栏目|内容|字段|列|值|数值|说明)\d{0,2}|(?:P|V|X|[Cc]olumn_?|Unnamed: ?|[cCfF]|col_?|COL_?|[Ff]ield_?)\d{1,3}"
)


def _column_letters(cells: Sequence[TableCell]) -> bool:
    """Whether cells are a sheet's column letters, a, b, c … or A, B, C … (three at least)."""
    first = cells[0].text if cells else ""
    if len(cells) < 3 or len(first) != 1 or first not in "aA":
        return False
    return all(cell.text == chr(ord(first) + k) for k, cell in enumerate(cells))


def _unmarked(text: str) -> str:
    """A title without the markup round it: Markdown's bold (**…表**, __…__), a DokuWiki heading (====== … ======),
    an Org one (* …) or a Textile one (h3. …)."""
    if text.startswith(("**", "__", "==", "* ")):
        return text.strip("*_= ")
    return text[4:] if text[:1] == "h" and _TEXTILE_HEADING.match(text) else text


_TEXTILE_HEADING = re.compile(r"h[1-6]\. ")


def lone_furniture(text: str) -> bool:
    """A title or page-number line standing alone (in Markdown's bold too, **…表**, or a DokuWiki heading)."""
    # (a title is searched only where it may be: each title holds 绩效; the test written out, as where rows are read,
    # since it is asked of every piece of a flattened line and a call would cost as much)
    text = _unmarked(text)
    if len(text) > 40 and len(text) - text.count(" ") > 40:  # (a page's head spaced out: 2025-07-08 09:30   Page 2)
        return False
    return ("绩效" in text and TITLE.search(text) is not None) or FURNITURE.match(text.replace(" ", "")) is not None


# A query a database client echoes over its result (impala-shell's prompt `[host:21000] db> select …;`, its `Query:
# select …`, mysql's `mysql> SELECT …`, psql's `db=# select …`)
_QUERY_ECHO = re.compile(
    r"(?:\[[^\]]{1,80}\]\s*)?(?:[\w.@:-]{1,40}\s*[>#=]{1,2}\s*)?(?:Query:\s*)?(?:select|SELECT)\s.*\s(?:from|FROM)\s"
)
_CAPTION_FIRSTS = frozenset("项表")
# A numbered table's name (项目1-基本信息, 表2：绩效指标, 项目2_绩效目标)
_CAPTION = re.compile(
    r"(?:项目|表)\s*[0-9一二三四五六七八九十]+\s*[-－—–_:：、.]\s*\S{0,8}(?:信息|指标|目标|概况)(?:表)?"
)


_DEPARTMENT = re.compile(
    r"^(?:部门名称|单位名称|填报单位)\s*[:：]\s*(?P<name>.*?)\s*(?:单位\s*[:：]\s*(?P<unit>\S+))?$"
)
_DEPARTMENT_WORDS = ("部门名称", "单位名称", "填报单位")  # how a _DEPARTMENT line begins
_CURRENCY = re.compile(r"^(?:金额)?单位\s*[:：]\s*(?P<unit>(?:万|千|亿)?元)$")
_CURRENCY_WORDS = ("单位", "金额单位")  # how a _CURRENCY line begins


def money_unit(text: str) -> str | None:
    """The money unit a line gives the tables (单位：万元 → 万元), or None: no grid cell is such a line."""
    plain = text.replace(" ", "")
    m = _CURRENCY.match(plain) if plain.startswith(_CURRENCY_WORDS) else None
    return m.group("unit") if m is not None else None


# Points after a 一级: 产出指标(40分), (0-20)分, 产出指标 40分, 效益指标30分, and (5 0分) where an extractor
# spaced the digits.
_DIGITS = r"[\d.](?:[\d. ]*[\d.])?"
_POINTS = re.compile(
    rf"^(?P<name>.+?)(?:\s*[（(]\s*{_DIGITS}(?:\s*[-－~～]\s*{_DIGITS})?\s*分?\s*[)）]\s*分?|\s*{_DIGITS}\s*分)$"
)
# a 序号: 1, 1., 1、, (1), （1）, or in Chinese numerals (一, 十三, 二、)
# (or numbered within a part: 1-1, 1-2 … 2-1, or in an outline: 1.1, 1.2 … 2.1)
# Marks of a series standing for numbers, each series in order from 1: ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ❶ … ❿ ⓫ … ⓴, ➀ … ➉,
# ➊ … ➓
CIRCLED_SERIES = (
    "".join(map(chr, range(0x2460, 0x2474))),
    "".join(map(chr, range(0x2474, 0x2488))),
    "".join(map(chr, range(0x2488, 0x249C))),
    "".join(map(chr, [*range(0x2776, 0x2780), *range(0x24EB, 0x24F5)])),
    "".join(map(chr, range(0x2780, 0x278A))),
    "".join(map(chr, range(0x278A, 0x2794))),
    "".join(map(chr, range(0x3220, 0x322A))),  # ㈠ … ㈩
    "".join(map(chr, range(0x3280, 0x328A))),  # ㊀ … ㊉
)
CIRCLED = {mark: k + 1 for series in CIRCLED_SERIES for k, mark in enumerate(series)}
# The brackets a 序号 is written in: （1）, (1), 〔1〕, 【1】, ［1］, 〈1〉 (and [1], read with its 1# kin)
SEQ_OPENS, SEQ_CLOSES = "（(〔【［〈", ")）〕】］〉"
# The parts a 序号 is numbered within, named by their category (产出-1, 效益1, 满意-2), and their order on the form
NAMED_PARTS = {"产出": 1, "成本": 2, "效益": 3, "满意": 4, "满意度": 4}
# (a number or a part's in Chinese numerals, or either in brackets: the steps of a nested 序号, 一(1), （一）2-1)
_NESTED = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）])"
_SEQ = re.compile(
    rf"^[{SEQ_OPENS}\[]?"
    r"(?:(?P<part>\d{1,2}|[一二三四五六七八九十]{1,2}|[\u2160-\u216b\u2170-\u217b])(?:[-－.．—–]|(?<=[一二三四五六七八九十])、)"
    r"(?:(?P<sub>\d{1,3})(?P<outline>[-－.．]\d{1,3})?|(?P<circled_sub>["
    + "".join(CIRCLED)
    + r"])|(?P<letter_sub>[a-h]))"
    r"|(?P<n>\d{1,3})"
    r"|(?P<cn>[一二三四五六七八九十]{1,3}|[壹贰叁肆伍陆柒捌玖拾]{1,3})|(?P<circled>[" + "".join(CIRCLED) + r"])"
    r"|(?P<roman>[\u2160-\u216b\u2170-\u217b])|(?P<stem>[甲乙丙丁戊己庚辛壬癸])(?:[-－]?(?P<stem_sub>\d{1,2}))?|(?P<letter>[a-z]|[A-Z](?=[.．、]))"
    r"|第(?P<item>\d{1,3}|[一二三四五六七八九十]{1,3})[项条]?|[A-Z]{1,3}(?:(?P<coded>\d{1,4})|[-－.．](?P<dashed>\d{1,3}))"
    rf"|(?:No|NO|№)[.．]?\s?(?P<no>[1-9]\d{{0,2}}|0\d{{1,2}})|(?P<coded_part>0[1-9])(?P<coded_sub>(?!00)\d\d)"
    r"|[#＃](?P<hash>\d{1,3})|指标(?P<named>\d{1,3})"
    rf"|(?:{'|'.join(sorted(NAMED_PARTS, key=len, reverse=True))})[-－.．]?(?P<part_named>\d{{1,2}})"
    rf"|(?P<nested>(?=[0-9一二三四五六七八九十(（][^(（]*[(（]|[(（]){_NESTED}(?:[-－.．]?{_NESTED}){{1,2}}))"
    rf"[{SEQ_CLOSES}\].．、丶#号。]?$"
)  # (1—1, a part parted by a dash; 1。, closed by an ideographic full stop)
# (an outline's 1.1.1 is a 序号 too, of no number: kept as written; ① … ⑳, ⑴ … ⒇; Ⅰ … Ⅻ; 壹 … 拾叁; 甲 … 癸; a. …;
# A. with its mark; 第1项, 第1条, 第一 (an ordinal); A01, A-1, A.01, ZB001, C1; No.1, №01; [1], 〔1〕, 【1】, 〈1〉;
# 1#, 1号; 一-1, a part in Chinese numerals (一、1 too); Ⅱ-3, a part in Roman ones; 1-①, a part's circled numbers; 甲1
# and 甲-1, a part in a heavenly stem; 0101, a part and its number in four digits; #01 and #9, a number marked before
# it; 指标01, an indicator's number; 一(1), （一）2-1, 1-(5)-1, steps of which one is bracketed, of no number: kept as
# written; 产出-1, 效益-2, 产出1, numbered within a part named by its category, and 1-a, a part's lettered items, of
# no number either)
_CAPITAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
PART = 1000  # a 序号 numbered within a part counts as part × 1000 + its number (1-2: 1002)
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_POINTS_VALUE = re.compile(r"^(?P<n>[+-]?\d+(?:\.\d+)?)\s*(?:分|%|％)?$")  # (a weight in percent too: 10%)
_AMOUNT = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_AMOUNT_KEYS = frozenset({"total", "fiscal", "special", "other", "period_total"})  # keys whose values are amounts
_PLACEHOLDER = frozenset(
    {"", "-", "--", "—", "——", "/", "／", "\\", "无", "…", "……", "空", "N/A", "n/a"}
    | {"暂无", "(无)", "略", "暂缺", "免填", "空缺", "空项", "缺项", "待定"}
    | {f"{no}{verb}" for no in "不未" for verb in "设列填"}  # (未列, 不设: not listed, not set)
)  # (待定: to be fixed later, no target yet; words of three characters or more, 不适用, 未涉及, 本项目不涉及, 暂未设置,
# 此项空缺 …: _PLACEHOLDER_WORDS)
# 指标性质 / 计算符号 cells: a comparator, or the kind of indicator.
COMPARATOR_CELLS: dict[str, str] = {
    "≥": ">=",
    "≧": ">=",
    "≮": ">=",
    ">=": ">=",
    "＞＝": ">=",
    "大于等于": ">=",
    "大于或等于": ">=",
    "≤": "<=",
    "≦": "<=",
    "≯": "<=",
    "<=": "<=",
    "＜＝": "<=",
    "小于等于": "<=",
    "小于或等于": "<=",
    "=": "=",
    "＝": "=",
    "等于": "=",
    ">": ">",
    "＞": ">",
    "大于": ">",
    "<": "<",
    "＜": "<",
    "小于": "<",
    # (the words of a target, written in the column: 不低于 | 98 | %)
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    "不多于": "<=",
    "达到": ">=",  # (reached, as 达到95%: 达到 | 80 | %)
    "至少": ">=",  # (at least, at most: 至少 | 2000 | 万元)
    "最少": ">=",
    "至多": "<=",
    "最多": "<=",
    "高于": ">",
    "超过": ">",
    "低于": "<",
    # (the words after a number, in the column before it: 600 以内, 3 以上)
    "以内": "<=",
    "以上": ">=",
    "以下": "<=",
    "及以上": ">=",
    "及以下": "<=",
    "以前": "<=",  # (of a date: 2025年7月15日 以前)
    # (of a date: 不晚于 | 2025年4月15日, by then)
    "不晚于": "<=",
    "不迟于": "<=",
    "不早于": ">=",
    # (between two bounds, beside a range: 介于 | 14-18 | ℃)
    "介于": "between",
    # (as XML text writes a sign, its entity not decoded: a Word file's document.xml read as text)
    "&gt;": ">",
    "&lt;": "<",
    "&gt;=": ">=",
    "&lt;=": "<=",
}
QUALITATIVE_CELLS = frozenset({"定性"})
QUANTITATIVE_CELLS = frozenset({"定量"})
# Values the normalizer leaves as text (no thing named: 不发生 alone) that are whole value cells all the same
WORDED_VALUES = frozenset({"不发生", "未发生"})
# A unit cell (度量单位), the longest first where alternatives share a start (the flattened reader matches it
# in running text): a denominator in brackets (元/（台·年）), an alternative in brackets (台（套）).
UNIT_PATTERN = (
    r"[\u4e00-\u9fff]{1,4}/[（(][\u4e00-\u9fff·]{1,5}[)）]|[\u4e00-\u9fff]{1,4}/[A-Za-z][A-Za-z0-9³²·]{0,5}"
    r"|[A-Za-z]{1,4}/[（(][A-Za-zμ³²·]{1,8}[)）]"  # (t/(km²·a): a bracketed denominator)
    r"|[%％][A-Za-z]{1,4}|%|％|‰|°[A-Za-z]{0,5}|℃|百分比|百分点|[万千亿]?[A-Za-zμ³²㎡/·.*]{1,8}"
    r"|[\u4e00-\u9fff]{1,4}(?:[/·.*][\u4e00-\u9fff]{1,3}){0,2}(?:[（(][\u4e00-\u9fff]{1,2}[)）])?"
)
_UNIT = re.compile(rf"^(?:{UNIT_PATTERN})$")


_DASHES = frozenset("-—－/／＼ ")
# Words for nothing here: [up to two subjects: 本年度, 本项目, 该类指标 …] [暂] 不/未/无 [设, 单独 …] 考核, 涉及, 设置 …
# [an object: 指标, 此类指标, 本项目 …]; or 无 and an object (无此类指标, 无此内容)
_PLACEHOLDER_SUBJECT = (
    r"(?:本年度|本年|今年|年度内|年度|当年|年内|本期|本项目|本项|该项|此项|(?:此|该|本)类?指标|此类|该类|此栏|本栏"
    r"|本次活动|本次)"
)
_PLACEHOLDER_OBJECT = (
    r"(?:(?:此|该|本)类?(?:指标|目标|效益)|此类|该类|本项目|于本项目|此项|该项|本项|(?:此|该|相关)内容|考核|本期"
    r"|(?:本年度|年度)考核|本年度"
    r"|(?:成本|效益|产出|满意度|社会效益|经济效益|生态效益|可持续影响|数量|质量|时效)指标)"
)
_PLACEHOLDER_WORDS = re.compile(
    rf"(?:{_PLACEHOLDER_SUBJECT}{{1,2}}暂?|暂)?"
    r"(?:(?:不|未|无)(?:设|需|作|予|另行|另|适?宜|计|单独|单)?(?:此|该)?"
    r"(?:考核|涉及|设置|设定|设|纳入考核|纳入|量化要求|量化|此项|该项|该指标|此指标|列示|单列|填[报列]?|适用|要求|安排|列入|列"
    r"|细化|分解|确定|评价)"
    rf"(?:指标|{_PLACEHOLDER_OBJECT})?|空缺|免填|暂?缺指标|暂缺"
    # (not set, as a period's word: 本期不设, 本年度未设, 年内不设; none of the kind: 无此类指标, 无相关指标,
    # 无对应指标; not to be set: 不予设置; none this year: 本年度无; not asked: 不作要求; wanting: 此项暂缺;
    # 不涉及此项; 本年度未安排, 不宜量化, 不适宜量化, 不单列, 无需填列; 本期不列, 未设定本项; 未细化, 暂未分解;
    # 无量化要求, 未列入, 不另设, 不另行设置; 本年度未纳入, 年度不考核, 未确定; 本项不设, 本项暂缺, 本项不涉及,
    # 不计列, 本年度无该类指标)
    # (and of a kind, a modifier, a subject before it: 此类指标不适用, 不单独设置, 不单设, 该项无指标; two subjects and
    # 暂: 该类指标本年不设置, 本年度暂不设置; an object after it: 本项目未设此类指标, 不涉及此类; 本项目无此内容;
    # 年度无此考核, 本年度未设该类目标, 年度未列入考核, 本项目不设成本指标; the period as its object: 未纳入本期;
    # a field's own words: 此栏不填; 年度内不考核, 暂不评价, 本项目无此类效益; an event's: 本次活动不设该类指标;
    # 无相应指标; no demand made: 无考核要求; not in this year's review: 不纳入本年度考核)
    rf"|(?<=.)(?:不|未)设|无(?:(?:相关|对应|相应)(?:指标)?|指标|考核要求|{_PLACEHOLDER_OBJECT})|(?<=.)无)"
)
# The characters _PLACEHOLDER_WORDS may start with (its prefixes, 不 未 无, and 空缺, 免填, 暂缺, 缺指标): a cheap test
# before the pattern, asked of every cell
_PLACEHOLDER_WORD_FIRSTS = frozenset("本年今当该此暂不未无空免缺")
# The characters a placeholder may start with once folded, and every character that folds to one of them: a
# text starting with another character (and no blank) is none (most cells: a test of one character).
_PLACEHOLDER_FIRSTS = frozenset(text[0] for text in _PLACEHOLDER if text)
_PLACEHOLDER_STARTS = (
    _DASHES | _PLACEHOLDER_FIRSTS | frozenset(chr(c) for c, to in FOLD.items() if chr(to) in _PLACEHOLDER_FIRSTS)
)


def is_placeholder(text: str) -> bool:
    """A cell meaning "nothing here": empty, a dash, a slash, 无; or words saying so (本年度不考核, 不设此项)."""
    if len(text) > 2 and text[0] not in _DASHES:
        # (本项目不涉及, 暂未设置, 无该项指标, 本年度不考核: words for nothing here; of three characters too, 未量化)
        if text[0] in _PLACEHOLDER_WORD_FIRSTS and _PLACEHOLDER_WORDS.fullmatch(text) is not None:
            return True
        if len(text) > 3:
            return False
    if text and text[0] not in _PLACEHOLDER_STARTS and not text[0].isspace():
        return False
    return fold(text).strip() in _PLACEHOLDER or set(text.strip()) <= _DASHES


def level1_name(text: str) -> str:
    """A category name without its points: 产出指标(40分) → 产出指标."""
    m = _POINTS.match(text.strip())
    return m.group("name") if m else text.strip()


@functools.lru_cache(maxsize=1024)  # a table writes the same few category cells again and again
def category_of(text: str) -> tuple[str | None, str]:
    """Code and name of a category cell: ``1-产出指标`` → ("1", 产出指标), 产出指标(40分) → (None, 产出指标)."""
    code, name = split_category(text)
    return code, level1_name(name)


def accepts(field: Field | None, text: str) -> bool:
    """Whether a cell of this text may stand in a column of this field (placing cells by content)."""
    if field == "seq":
        return _SEQ.match(text) is not None
    if field == "level1":
        return known(1, category_of(text)[1]) is not None
    if field == "level2":
        return known(2, category_of(text)[1]) is not None
    if field == "comparator":
        return text in COMPARATOR_CELLS or text in QUALITATIVE_CELLS or text in QUANTITATIVE_CELLS
    if field == "unit":
        # (a grade or a direction is a value: 优秀, 普遍提高 after 定性 with the unit cell dropped)
        return (
            bool(_UNIT.match(text))
            and text not in COMPARATOR_CELLS
            and not is_placeholder(text)
            and normalize(text).kind not in ("qualitative", "direction")
        )
    if field in ("weight", "score"):
        return bool(_POINTS_VALUE.match(fold(text)))
    if field == "name":
        name = category_of(text)[1]
        return known(1, name) is None and known(2, name) is None
    return True


_TARGET_FIELDS: tuple[Field, ...] = ("value", "period", "annual", "actual")  # (in the order they are read)


@attrs.define
class _Grid:
    """The columns of the indicator grid: a field (or None) and the header as written, per column."""

    fields: list[Field | None]
    headers: list[str]
    key: tuple[str, ...]
    # Looked up for every indicator, so computed once: each field's first column, (field, header) per column,
    # and which of the target and number columns the grid has.
    at: dict[Field, int] = attrs.field(init=False)
    columns: list[tuple[Field | None, str]] = attrs.field(init=False)
    targets: tuple[Field, ...] = attrs.field(init=False)
    numbers: tuple[Field, ...] = attrs.field(init=False)
    # columns the model does not name whose cells are values all the same (2026年度指标值, 上半年目标值): no free text
    valued: frozenset[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.at = {}
        for k, field in enumerate(self.fields):
            if field is not None:
                self.at.setdefault(field, k)
        self.columns = list(zip(self.fields, self.headers, strict=True))
        self.targets = tuple(f for f in _TARGET_FIELDS if f in self.at)
        self.numbers = tuple(f for f in ("weight", "score") if f in self.at)
        self.valued = frozenset(
            k for k, (field, header) in enumerate(self.columns) if field is None and value_column(header)
        )

    def index(self, field: Field) -> int | None:
        return self.at.get(field)


@attrs.define
class _Read:
    """A grid row as read into the project: its cells, and what reading it added (indicators from ``at``; the
    project's diagnostics it appended)."""

    cells: dict[int, TableCell]
    grid: _Grid
    row: Row
    at: int
    diagnostics: list[Diagnostic]


@attrs.define
class _Project:
    first: Row
    fields: dict[str, str] = attrs.Factory(dict)
    cells: dict[str, TableCell] = attrs.Factory(dict)
    indicators: list[Indicator] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    last: Row | None = None
    page: int | None = None
    block: list[TableCell] = attrs.Factory(list)  # header-block cells not yet paired
    keys: set[Span] = attrs.Factory(set)  # cells of the block taken as keys the model does not know (by place)
    across: bool = False  # the block's last row named keys only (a block laid across: values in the row below)
    carry1: TableCell | None = None
    carry2: TableCell | None = None
    money: dict[int, str] | None = None  # the money sub-table's columns (self-evaluations), by cell index
    sources: list[Decimal] = attrs.Factory(list)  # amounts of sources of funds the model has no field for
    # The rows of the project's first grid section, as read (see _Reader._centred_labels), while it is open;
    # None once it is closed.
    section: list[_Read] | None = None


_SPANNING = frozenset({"绩效指标", "绩效目标", "指标"})  # a label printed over the category and name columns
# A heading of the grid printed on a line of its own above it (no value of a header-block key)
_SECTION_HEADINGS = frozenset({"绩效指标", "绩效指标：", "绩效指标:", "项目绩效指标", "绩效指标表"})


def _grid_of(row: Row, filled: list[TableCell]) -> _Grid | None:
    """The grid a header row names, or None when the row is not a grid header; ``filled``: the row's non-empty
    cells."""
    named_cells = 0
    for cell in filled:
        if cell_field(cell.text) is not None:
            named_cells += 1
    if named_cells < 2:
        return None  # most rows: no header names at all
    texts = row.texts
    fields = [cell_field(t) if t else None for t in texts]
    named = [f for f in fields if f is not None]
    if len(named) < 2 or ("name" not in named and "level2" not in named):
        return None
    if not any(f in named for f in ("value", "annual", "period", "actual")) and len(named) < 3:
        return None
    if len(named) * 2 < len(filled):
        return None
    if fields.count("name") > 1:
        # 绩效指标 | 一级指标 | … | 三级指标: the first column is a label spanning the grid, not a name.
        for k, text in enumerate(texts):
            if fields[k] == "name" and text.replace(" ", "") in _SPANNING:
                fields[k] = "label"
    return _Grid(fields, texts, tuple(texts))


# The fields a column the model does not name may be read as by its cells, and their names in a diagnostic
_TYPED = {"comparator": "指标性质", "unit": "度量单位"}
# How many rows below a grid's header are looked at to type its columns by their cells (a project's grid is
# rarely longer)
_TYPED_ROWS = 40


def _untyped(grid: _Grid) -> list[int]:
    """The columns of a grid that :func:`_typed_by_cells` may type: named by a header the model does not know, not a
    value's, where the grid has a target column and lacks a comparator or a unit column (most grids: none, and the
    rows below are not looked at)."""
    if not grid.targets or ("comparator" in grid.at and "unit" in grid.at):
        return []
    return [k for k, f in enumerate(grid.fields) if f is None and grid.headers[k] and k not in grid.valued]


def _typed_by_cells(grid: _Grid, unknown: list[int], below: Iterable[Row]) -> _Grid:
    """The grid with its ``unknown`` columns (see :func:`_untyped`) typed by their cells, where they say what a
    column holds: every cell a comparator (≥, ＝, 定性, at least one a sign) makes a 指标性质, every cell a unit's
    word (three at least, and three in four as the normalizer knows them: 个, %, 人次) a 度量单位 (限定符, 约束符号,
    计量口径, 目标单位: names no list holds); only where the grid has no column of that field already. The rows
    looked at are those below the header, up to the next header or 项目名称."""
    from .flat import known_unit  # (the flattened reader's own test; flat.py imports this module)

    width = len(grid.fields)
    texts: dict[int, list[str]] = {k: [] for k in unknown}
    for row in below:
        filled = row.filled
        if not filled:
            continue
        if _grid_of(row, filled) is not None or block_key(filled[0].text) == "project":
            break
        if len(row.cells) != width or _column_letters(filled):
            continue  # (a row of cells shifted or merged: its places are not the columns')
        for k in unknown:
            text = row.cells[k].text
            if text and not is_placeholder(text):
                texts[k].append(text)
    fields = list(grid.fields)
    for k in unknown:
        cells = texts[k]
        if (
            "comparator" not in fields
            and len(cells) >= 2
            and all(accepts("comparator", c) for c in cells)
            and any(c in COMPARATOR_CELLS for c in cells)
        ):
            fields[k] = "comparator"
        elif "unit" not in fields and len(cells) >= 3 and all(len(c) <= 8 and accepts("unit", c) for c in cells):
            known = sum(map(known_unit, cells))  # (most of them known: 等 of 耕地质量等别 is a unit all the same)
            if known >= 3 and known * 4 >= len(cells) * 3:
                fields[k] = "unit"
    if fields == grid.fields:
        return grid
    return _Grid(fields, grid.headers, grid.key)


def _stacked(row0: Row, grid0: _Grid, row1: Row, grid1: _Grid) -> _Grid | None:
    """A header printed on two rows (``绩效指标`` over 一级指标 | 二级指标 | 三级指标, beside 指标值 | 权重 merged
    down over both rows): the grid of both, each column named by the row that names it, or None when the two
    rows are not so (each row a header of its own, or the same columns named twice)."""
    if not (row0.aligned and row1.aligned):
        return None
    top, below = grid0.headers, grid1.headers
    width = max(len(top), len(below))
    top, below = [*top, *[""] * (width - len(top))], [*below, *[""] * (width - len(below))]
    fields0 = [*grid0.fields, *[None] * (width - len(grid0.fields))]
    fields1 = [*grid1.fields, *[None] * (width - len(grid1.fields))]
    added = False
    for k in range(width):
        if top[k] and below[k] and top[k].replace(" ", "") not in _SPANNING:
            return None  # a column named on both rows: two headers, not one header on two rows
        added = added or (bool(top[k]) and not below[k] and fields0[k] is not None)
    if not added or not any(t.replace(" ", "") in _SPANNING for t in top):
        return None
    headers = [b or t for t, b in zip(top, below, strict=True)]
    fields = [f1 if b else f0 for f0, f1, b in zip(fields0, fields1, below, strict=True)]
    return _Grid(fields, headers, tuple(headers))


def _decimal(text: str) -> Decimal | None:
    m = _POINTS_VALUE.match(fold(text).strip())
    if not m:
        return None
    try:
        return Decimal(m.group("n"))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def _continued_labels(project: _Project, l1: TableCell | None, l2: TableCell) -> tuple[TableCell | None, TableCell]:
    """A 二级 label broken by a page (服务对象满意度 / the next page's header / 指标): where the piece after the
    break completes the one before it (a shorter name of the same category, or none), the row takes the whole
    label as written, and so do the indicators read under the piece before; they take the 一级 written beside
    the piece after too, or the one before it, its points printed after the break (满意度指标 / (20分)).
    Otherwise the labels as written."""
    before = project.carry2
    assert before is not None
    joined = before.text + l2.text
    whole = known(2, joined)
    if whole is None or accepts("level2", l2.text) or known(2, before.text) not in (None, whole):
        return l1, l2
    first = project.carry1
    if l1 is not None and first is not None and not accepts("level1", l1.text):
        if level1_name(first.text + l1.text) == level1_name(first.text) and accepts("level1", first.text):
            l1 = first  # (its points printed after the break: (20分))
    l2 = TableCell(joined, before.span, before.line, before.column, before.raw)
    top = l1 or first
    level1, level2, *_ = _categories(top.text if top is not None else None, joined)
    stale = f"unknown level-2 category {before.text}"
    for k in range(len(project.indicators) - 1, -1, -1):
        indicator = project.indicators[k]
        if indicator.level2.name != before.text:
            break
        project.indicators[k] = attrs.evolve(
            indicator,
            level1=level1,
            level2=level2,
            warnings=tuple(w for w in indicator.warnings if w.message != stale),
        )
    return l1, l2


@functools.lru_cache(maxsize=1024)  # an indicator's categories: the same few pairs of cells again and again
def _categories(
    text1: str | None, text2: str | None
) -> tuple[Category, Category, tuple[str, ...], bool, bool, bool, bool]:
    """The 一级 and 二级 of an indicator from their cells' texts (None: no cell): the categories completed from the
    taxonomy, the warnings about them, whether each cell carries points (产出指标(40分): kept in extra as written)
    and whether each name is unknown to the taxonomy."""
    written: list[Category] = []
    points: list[bool] = []
    for text in (text1, text2):
        if text is None:
            written.append(Category())
            points.append(False)
            continue
        code, bare = category_of(text)
        points.append(bare != text.strip() and code is None)
        written.append(Category(code, bare))
    level1, level2, messages = resolve(written[0], written[1])
    unknown1 = known(1, written[0].name or "") is None
    unknown2 = known(2, written[1].name or "") is None
    return level1, level2, messages, points[0], points[1], unknown1, unknown2


_BRACKETED_POINTS = r"[（(][0-9０-９.．\-－~～]+分?[)）]分?"  # (（50分）, (0-20)分)
# A label's points alone: （50分）, (0-20)分, 30分
POINTS_ONLY = re.compile(rf"\s*(?:{_BRACKETED_POINTS}|[0-9０-９.．]+分)\s*")
# A cell that starts with a label's points in brackets, alone or before a name (（20分） 服务对象满意度指标)
_POINTS_FIRST = re.compile(rf"\s*({_BRACKETED_POINTS})(?:\s+|$)")
_NOT_CONTENT = frozenset({"level1", "level2", "seq"})  # the fields of a row's cells that are no indicator


def _by_span(diagnostic: Diagnostic) -> Span:
    return diagnostic.span


def _points_next(cells: Sequence[TableCell], k: int, fields: Sequence[Field | None], column: int) -> bool:
    """Whether the cell after cell ``k`` (a value column's) is the 权重 or 分值 right after it, with no number
    after that: cell ``k`` is then the value, of words."""
    after = column + 1
    if after >= len(fields) or fields[after] not in ("weight", "score") or not accepts("weight", cells[k + 1].text):
        return False
    return k + 2 >= len(cells) or not accepts("weight", cells[k + 2].text)


class _Reader:
    def __init__(self, source: str | None) -> None:
        self.source = source
        self.department: str | None = None
        self.currency: str | None = None
        self.projects: list[_Project] = []
        self.diagnostics: list[Diagnostic] = []
        self.grid: _Grid | None = None
        self.in_grid = False

    # ------------------------------------------------------------------ rows

    def read(self, rows: Iterable[Row]) -> None:
        above: tuple[Row, _Grid, _Grid | None] | None = None  # the header row just read, and the grid before it
        # (a grid's columns are typed by the rows below it: those looked at wait in ``ahead``, no more held)
        source, ahead = iter(rows), collections.deque[Row]()
        while True:
            taken = ahead.popleft() if ahead else next(source, None)
            if taken is None:
                break
            row = taken
            filled = row.filled
            if not filled:
                continue
            if row.unreadable is not None:
                self.diagnostics.extend(cell.diagnostic("error", row.unreadable) for cell in filled)
                continue
            grid = _grid_of(row, filled)
            if grid is not None:
                if unknown := _untyped(grid):
                    while len(ahead) < _TYPED_ROWS and (below := next(source, None)) is not None:
                        ahead.append(below)
                    grid = _typed_by_cells(grid, unknown, ahead)
                stacked = _stacked(above[0], above[1], row, grid) if above is not None else None
                if stacked is not None and above is not None:
                    # the header's second row (一级/二级/三级 under 绩效指标): one header of the two rows
                    self.grid = above[2]
                    self._grid_header(row, stacked)
                    above = None
                    continue
                above = (row, grid, self.grid)
                self._grid_header(row, grid)
                continue
            if row.furniture or self._furniture(filled):
                continue  # (a data frame's row number between a header's two rows leaves them one header)
            above = None
            first = filled[0]
            key = _leading_key(first.text)
            if key == "project":
                self._finish_block()
                if self.projects:
                    self._centred_labels(self.projects[-1])
                self.projects.append(_Project(first=row, page=row.page))
                self.in_grid = False
                self.grid = None
                self._block_row(row, filled)
            elif not self.projects:
                for cell in filled:
                    self.diagnostics.append(cell.diagnostic("warning", "text outside any project table"))
            elif self.in_grid and (
                key is None
                or key not in ("goal", "period_goal", "goals")
                # (绩效目标（5分）: an evaluation framework's 二级 with its points, no goal)
                or level1_name(first.text) != first.text.strip()
            ):
                self._grid_row(row, filled)
            else:
                self._block_row(row, filled)
            if self.projects:
                self.projects[-1].last = row
        self._finish_block()
        if self.projects:
            self._centred_labels(self.projects[-1])

    def _furniture(self, filled: list[TableCell]) -> bool:
        """Titles, page numbers, 部门名称 and 单位 lines (a row of these non-empty cells): read for the document,
        not for a project."""
        # (a merged cell written once for each column it spans, a title across the sheet: one cell)
        one = filled[:1] if len(filled) > 2 and all(cell.text == filled[0].text for cell in filled) else filled
        if len(one) <= 2:
            joined = one[0].text if len(one) == 1 else one[0].text + one[1].text
            joined = _unmarked(joined)
            if len(joined) <= 40 and "绩效" in joined and TITLE.search(joined) is not None:  # (as lone_furniture)
                return True
            if len(one) == 1:
                if FURNITURE.match(joined.replace(" ", "")) and not self._awaits_period():
                    return True
                if ("select" in joined or "SELECT" in joined) and _QUERY_ECHO.match(joined):
                    return True  # (a query client's prompt and the query it runs, over the rows it prints)
                if joined[:1] in _CAPTION_FIRSTS and len(joined) <= 20 and _CAPTION.match(joined):
                    return True  # (a table's name over it: 项目1-基本信息, 项目1-绩效指标, as Numbers exports each)
        if len(filled) >= 2 and all(_GENERIC_HEADER.fullmatch(cell.text) for cell in filled):
            return True  # (a table dump's column names over a header block: 栏目|内容|栏目2|内容2)
        if len(filled) >= 2 and all(cell.text in _DTYPES for cell in filled):
            return True  # (a data frame's column types under its names: polars' str | str | i64)
        if _column_letters(filled):
            return True  # (a sheet's column letters over a table: csvlook's a | b | c, a spreadsheet's A | B | C)
        for cell in filled:
            # Each pattern is tried only on a cell that begins as it must (most cells are a grid's or a block's).
            m = _DEPARTMENT.match(cell.text) if cell.text.startswith(_DEPARTMENT_WORDS) else None
            if m:
                self.department = self.department or m.group("name") or None
                self.currency = self.currency or m.group("unit")
                continue
            unit = money_unit(cell.text)
            if unit is not None:
                self.currency = self.currency or unit
                continue
            return False
        return True

    def _awaits_period(self) -> bool:
        """Whether the header block's last cell is a 项目期 key alone (one cell a line): a year on the next line
        (2025年) is its value, not a title's year."""
        if not self.projects or self.in_grid:
            return False
        block = self.projects[-1].block
        return bool(block) and block_key(block[-1].text) == "period"

    def _grid_header(self, row: Row, grid: _Grid) -> None:
        if not self.projects:
            self.projects.append(_Project(first=row, page=row.page))
            self.projects[-1].diagnostics.append(
                row.filled[0].diagnostic("warning", "indicator grid with no 项目名称 before it")
            )
        project = self.projects[-1]
        self._finish_block()
        repeated = self.grid is not None and self.grid.key == grid.key
        first = not project.indicators and project.section is None
        self._centred_labels(project)
        self.grid = grid
        self.in_grid = True
        project.last = row
        if repeated:
            return  # a header row repeated after a page break: the project goes on
        if first:
            project.section = []
        for cell, field in zip(row.cells, grid.fields, strict=False):
            if cell.text and field is None and block_key(cell.text) is None:
                project.diagnostics.append(
                    cell.diagnostic("warning", f"column {cell.text} is not one the model names; kept in extra")
                )
            elif field in _TYPED and cell_field(cell.text) is None:
                project.diagnostics.append(
                    cell.diagnostic(
                        "warning",
                        f"column {cell.text} is not one the model names; read as {_TYPED[field]}, by its cells",
                    )
                )
        if "name" not in grid.fields:
            project.diagnostics.append(row.filled[0].diagnostic("warning", "the indicator grid has no name column"))
        if not any(f in grid.fields for f in VALUE_FIELDS):
            project.diagnostics.append(row.filled[0].diagnostic("warning", "the indicator grid has no value column"))

    # ------------------------------------------------------------------ header block

    def _block_row(self, row: Row, filled: list[TableCell]) -> None:
        project = self.projects[-1]
        if len(filled) == 1 and filled[0].text.replace(" ", "") in _SECTION_HEADINGS:
            return  # (a heading between the header block and the grid, a Word file's paragraph: 绩效指标)
        money_columns = 0
        if row.aligned:
            for cell in row.cells:
                if cell.text.replace(" ", "") in MONEY_COLUMNS:
                    money_columns += 1
        if money_columns >= 2:
            # 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 …: amounts below stand under these columns.
            texts = [c.text.replace(" ", "") for c in row.cells]
            project.money = {k: t for k, t in enumerate(texts) if t in MONEY_COLUMNS}
            project.block.extend(c for c in filled if c.text.replace(" ", "") not in MONEY_COLUMNS)
            return
        key = block_key(filled[0].text)
        if project.money and row.aligned and key in MONEY_KEYS:
            self._money_row(project, row, filled[0])
            return
        project.money = None
        across = project.across  # (the row before named keys only: its values are in this row, under them)
        keys = [block_key(c.text) for c in filled] if row.aligned and len(filled) >= 2 else None
        project.across = keys is not None and None not in keys
        if keys is not None and row.cells[0] is filled[0] and not across:
            # a key of the block's key column that the model does not know (项目所在地 | 示例…, or 立项时间 | … after a
            # pair of its own), not a value going on
            for k in (0, 2) if len(filled) == 4 else (0,):
                if keys[k] is None and keys[k + 1] is None and _key_shaped(filled[k]):
                    project.keys.add(filled[k].span)
        project.block.extend(_split_key_values(filled))

    def _money_row(self, project: _Project, row: Row, key: TableCell) -> None:
        """A row of the money sub-table: the amount under 全年预算数 (or 年初预算数); the rest reported."""
        assert project.money is not None
        under = {name: row.cells[k] for k, name in project.money.items() if k < len(row.cells)}
        read = next((under[name] for name in MONEY_READ if name in under and under[name].text), None)
        if read is not None:
            project.block.extend([key, read])
        others = [
            f"{name} {cell.text}" for name, cell in under.items() if cell is not read and not is_placeholder(cell.text)
        ]
        if others:
            project.diagnostics.append(
                key.diagnostic("warning", f"{key.text}: {'，'.join(others)} not part of the model, kept only here")
            )

    def _finish_block(self) -> None:
        """Pair the header block's keys with their values: a run of keys takes the run of values after it."""
        if not self.projects or not self.projects[-1].block:
            return
        project = self.projects[-1]
        cells, project.block = project.block, []
        kinds = [block_key(cell.text) for cell in cells]
        if project.keys:
            kinds = [
                "unmodelled" if kind is None and cell.span in project.keys else kind
                for cell, kind in zip(cells, kinds, strict=True)
            ]
        k = 2
        while k < len(cells):
            if (
                kinds[k - 2] == "period"
                and kinds[k - 1] is None
                and kinds[k] is None
                and PROJECT_PERIOD.fullmatch(cells[k - 1].text.replace(" ", "")) is not None
            ):
                # a key the model does not know after the 项目期's value, the next row's (2025年 | 项目所在地 | 示例…,
                # or glued to its value, on a line of its own or after the period: 1年|绩效联络员示例…, 1年 编报科室…):
                # a period is all of its value, what follows no part of it
                if k + 1 < len(cells) and kinds[k + 1] is None and _key_shaped(cells[k]):
                    kinds[k] = "unmodelled"
                elif _KEY_START.match(cells[k].text) is not None:
                    unknown = cells[k].diagnostic("warning", f"{cells[k].text}: not part of the model, kept only here")
                    project.diagnostics.append(unknown)
                    del cells[k], kinds[k]
                    continue  # (and the line after it, another such key glued to its value: 建设地点…, 扶持对象…)
            k += 1
        for cell, kind in zip(cells, kinds, strict=True):  # (a loop: in Python 3.11 a generator is a call of its own)
            if kind is not None and "（" in cell.text and _unclosed(cell.text):
                cells, kinds = _key_rests_joined(cells, kinds)
                break
        i = 0
        while i < len(cells):
            keys: list[tuple[TableCell, BlockKey]] = []
            while i < len(cells) and (kind := kinds[i]) is not None:
                keys.append((cells[i], kind))
                i += 1
            values: list[TableCell] = []
            while i < len(cells) and kinds[i] is None:
                values.append(cells[i])
                i += 1
            taking: list[tuple[TableCell, BlockKey]] = []
            for key, kind in keys:
                currency = currency_of(key.text)
                if currency:
                    self.currency = self.currency or currency
                if kind in ("funds", "goals"):
                    # a group label (项目资金, 总体目标): its values are under its sub-keys; money keys before the
                    # goals' label had none (其他资金 | (empty) then 总体目标 | 实施期目标 | …; not the goals' own
                    # keys, printed above their label where it is centred on its rows)
                    if kind == "goals":
                        for early, early_kind in taking:
                            if early_kind in MONEY_KEYS:
                                project.diagnostics.append(early.diagnostic("warning", f"{early.text} has no value"))
                        taking = [(k, t) for k, t in taking if t not in MONEY_KEYS]
                    continue
                taking.append((key, kind))
            if not taking:
                for cell in values:
                    project.diagnostics.append(cell.diagnostic("warning", "header-block text under no key"))
                continue
            if len(values) > len(taking):
                # A merged value cell repeated by the converter (| 项目名称 | 甲 | 甲 | 甲 |) is one value (not
                # where the values are as many as the keys: 年度资金总额 63.80 and 财政拨款 63.80 are two).
                values = [
                    v
                    for k, v in enumerate(values)
                    if not k or (v.text, v.line) != (values[k - 1].text, values[k - 1].line)
                ]
            if not values:
                for key, _ in taking:
                    project.diagnostics.append(key.diagnostic("warning", f"{key.text} has no value"))
                continue
            for (key, kind), value in values_by_columns(taking, values) or self._pair(taking, values, project):
                self._block_value(project, key, kind, value)

    def _pair(
        self, keys: list[tuple[TableCell, BlockKey]], values: list[TableCell], project: _Project
    ) -> list[tuple[tuple[TableCell, BlockKey], list[TableCell]]]:
        """Each key (with its kind) and the values it takes."""
        texts = [key for key in keys if key[1] not in _AMOUNT_KEYS]
        if 0 < len(texts) < len(keys) and not any(_AMOUNT.match(v.text.split(" ", 1)[0]) for v in values):
            # money keys whose amounts were empty among keys of text (其他资金 | (empty) then 实施期目标 | 两年内…,
            # its text wrapped over lines or not): the text is no amount, the money keys have none
            for key, kind in keys:
                if kind in _AMOUNT_KEYS:
                    project.diagnostics.append(key.diagnostic("warning", f"{key.text} has no value"))
            keys = texts
        if len(values) == len(keys):  # (most: a loop, as in Python 3.11 a comprehension is a call of its own)
            pairs = []
            for key_kind, value in zip(keys, values, strict=True):
                pairs.append((key_kind, [value]))
            return pairs
        if len(values) > len(keys):
            # A value wrapped over several cells (one cell a line): the last key takes the rest.
            head = [(k, [v]) for k, v in zip(keys[:-1], values, strict=False)]
            return [*head, (keys[-1], values[len(keys) - 1 :])]
        if len(values) == 1 and (amounts := _amounts_of(values[0], len(keys))) is not None:
            # amounts one space apart on the line under their keys (年度资金总额 其中：财政拨款 其他资金 /
            # 132.00 132.00 0.00): one each, in order
            return [(k, [v]) for k, v in zip(keys, amounts, strict=True)]
        if len(values) == 1 and len(keys) == 2:
            split = _split_goals(values[0])
            if split is not None:
                return [(keys[0], [split[0]]), (keys[1], [split[1]])]
        for unpaired, _ in keys[len(values) :]:
            project.diagnostics.append(
                unpaired.diagnostic("warning", f"{unpaired.text}: no value could be paired with it")
            )
        return [(k, [v]) for k, v in zip(keys, values, strict=False)]

    def _block_value(self, project: _Project, key: TableCell, kind: BlockKey, values: list[TableCell]) -> None:
        text = values[0].text if len(values) == 1 else "".join(v.text for v in values)
        if kind == "unmodelled" or kind == "period_total":
            project.diagnostics.append(
                values[0].diagnostic("warning", f"{key.text} {text}: not part of the model, kept only here")
            )
            plain = fold(text).replace(" ", "")
            if kind == "unmodelled" and fund_source(key.text) and _AMOUNT.match(plain):
                project.sources.append(Decimal(plain.replace(",", "")))
            return
        if kind in project.fields:
            project.diagnostics.append(values[0].diagnostic("warning", f"{key.text} given twice; the first is kept"))
            return
        project.fields[kind] = text
        project.cells[kind] = values[0]

    # ------------------------------------------------------------------ grid rows

    def _grid_row(self, row: Row, filled: list[TableCell]) -> None:
        project = self.projects[-1]
        grid = self.grid
        assert grid is not None
        first = filled[0]
        if first.text.replace(" ", "") in TOTAL_ROWS:
            shown = " ".join(c.text for c in filled)
            project.diagnostics.append(first.diagnostic("warning", f"total row ({shown}): not an indicator"))
            return
        placed: list[dict[int, TableCell]]
        if row.aligned and len(row.cells) == len(grid.fields):
            by_column: dict[int, TableCell] = {}  # (a loop: in Python 3.11 a comprehension is a call of its own)
            for i, cell in enumerate(row.cells):
                if cell.text:
                    by_column[i] = cell
            placed = [by_column]
        elif row.aligned and len(row.cells) > len(grid.fields):
            placed = [{i: c for i, c in enumerate(row.cells[: len(grid.fields)]) if c.text}]
            for cell in row.cells[len(grid.fields) :]:
                if cell.text:
                    project.diagnostics.append(
                        cell.diagnostic(
                            "warning", f"{cell.text}: beyond the grid's columns, or not to be split; not read"
                        )
                    )
        elif row.aligned and _ends_dropped(row, grid.fields):
            # a delimited row without its last cells, free text left empty (a writer that ends a row at its last
            # filled cell): the cells stand where they are
            placed = [{i: c for i, c in enumerate(row.cells) if c.text}]
        else:
            placed = self._place(filled, grid, project)
        for cells in placed:
            if project.section is None:
                self._indicator(cells, grid, project, row)
                continue
            at, noted = len(project.indicators), len(project.diagnostics)
            self._indicator(cells, grid, project, row)
            project.section.append(_Read(cells, grid, row, at, project.diagnostics[noted:]))

    def _place(self, cells: Sequence[TableCell], grid: _Grid, project: _Project) -> list[dict[int, TableCell]]:
        """Cells whose columns are not known (dropped empty cells) placed by content, into one or more rows."""
        rows: list[dict[int, TableCell]] = []
        current: dict[int, TableCell] = {}
        cursor = 0
        fields = grid.fields
        level1_at, level2_at = grid.index("level1"), grid.index("level2")
        level1 = project.carry1.text if project.carry1 else None  # the 一级 in effect
        seq_at = grid.index("seq")
        last: int | None = None  # the last 序号 placed
        for k, cell in enumerate(cells):
            text = cell.text
            column: int | None = None
            # A category name goes to its column, and starts a row unless the row so far holds categories only.
            if (
                level1_at is not None
                and accepts("level1", text)
                and not (
                    level2_at is not None and level1_at in current and level2_at not in current and len(current) == 1
                )
                and not (
                    level2_at is not None
                    and _second_level_here(text, level1, cells[k + 1].text if k + 1 < len(cells) else "")
                )
            ):
                column = level1_at
                level1 = text
            elif level2_at is not None and accepts("level2", text):
                column = level2_at
            name_at = grid.index("name")
            if (
                column == level2_at
                and level2_at in current
                and name_at is not None
                and name_at > level2_at
                and name_at not in current
                and not (text.endswith("指标") and text != current[level2_at].text)
            ):
                # 满意度指标 / 满意度 / 满意度 / ≥90%: a category word after the 二级 is the name; but another 二级
                # written whole (经济效益指标 / 社会效益指标) starts a row: the one before is a placeholder
                column = name_at
            elif column is not None:
                if current and (column < cursor or column in current):
                    rows.append(current)
                    current = {}
            else:
                column = next(
                    (
                        j
                        for j in range(cursor, len(fields))
                        # With no category columns, a category word is a name (满意度); a placeholder fills a 分值
                        # too (a row of /: 效益指标 | 经济效益指标 | / | / | / | /).
                        if accepts(fields[j], text)
                        or (fields[j] == "name" and level1_at is None and level2_at is None)
                        or (fields[j] in ("weight", "score") and is_placeholder(text))
                    ),
                    None,
                )
                if (
                    column is not None
                    and (free_text(fields[column]) or fields[column] == "name")
                    and _next_seq(text, current, seq_at, last)
                ):
                    # the next row's 序号 (二 after 一's row), not free text of this one (备注), nor the name of a
                    # row that holds its 序号 alone (a placeholder row: 9、 then 10、 and its name)
                    rows.append(current)
                    current = {}
                    column = seq_at
                elif column is not None and free_text(fields[column]) and text in _KEY_WORDS:
                    # a column's own word (反向, 行业标准) past an empty free-text cell: its column, where one follows
                    column = next(
                        (j for j in range(column + 1, len(fields)) if text in COLUMN_WORDS.get(fields[j] or "", ())),
                        column,
                    )
                if (
                    column is not None
                    and fields[column] in VALUE_FIELDS
                    and name_at is not None
                    and cursor == name_at + 1
                    and k + 1 < len(cells)
                    and not value_like(text)
                    and not is_placeholder(text)  # 无 after a name is its value, not more of the name
                    and value_like(cells[k + 1].text)
                    and not (seq_at is not None and seq_at < name_at and accepts("seq", cells[k + 1].text))
                    # (nor where the cell after is the 指标性质 a grid prints after its 指标值: 有效保护 | 定性)
                    and not ((grid.index("comparator") or -1) > column and accepts("comparator", cells[k + 1].text))
                    # (nor where it is the 权重 after this value of words, and no number follows it: 2025年11月第二个
                    # 周日 | 10 | 办公室)
                    and not _points_next(cells, k, fields, column)
                    # (a line broken as its cell wrapped is as long as the one after it, at least: 传承梯队 | 老中青三代
                    # 衔接 is a name and its value of words)
                    # (a piece of two or three characters is no name alone: 达到 / 尊崇优待社会氛围)
                    and (name_at not in current or not 3 < len(current[name_at].text) < len(text))
                    # (two cells of one line are two cells: html2text's row with its empty cells dropped)
                    and (name_at not in current or current[name_at].line != cell.line)
                ):
                    # A name broken over two lines (one cell a line): its second piece, not a value.
                    current[name_at] = _joined(current[name_at], cell)
                    continue
                if (
                    column is not None
                    and free_text(fields[column])
                    and column not in grid.valued
                    and k + 1 < len(cells)
                    and text not in COLUMN_WORDS.get(fields[column] or "", ())  # 计划标准 in 绩效标准: no name
                ):
                    # A free-text column (指标解释 …) or the next row's name? The name, when the cell after it
                    # fits no column of this row and fits the column after a name (指标性质 when the grid has
                    # one: 质量达标 after a 指标解释 is no 指标性质, so that 指标解释 is no name).
                    after = cells[k + 1].text
                    # (a free-text column after it, 备注, is no place for a value: 偏差原因 | 备注 both empty)
                    later = any(
                        accepts(fields[j], after)
                        and not (free_text(fields[j]) and j not in grid.valued and value_like(after))
                        for j in range(column + 1, len(fields))
                    )
                    category = accepts("level1", after) or accepts("level2", after)
                    next_to_name = fields[name_at + 1] if name_at is not None and name_at + 1 < len(fields) else None
                    fits = next_to_name not in ("comparator", "unit") or accepts(next_to_name, after)
                    seq_next = _next_seq(after, current, seq_at, last)
                    # (or the column after a name is a column of words, 指标方向性, and the cell after is one: 正向)
                    worded = after in COLUMN_WORDS.get(next_to_name or "", ())
                    # (a placeholder is no name: / | 10, the empty 评分标准 of a row of /, then the next 序号)
                    if (
                        not later
                        and not category
                        and (worded or (fits and value_like(after)))
                        and not seq_next
                        and not is_placeholder(text)
                    ):
                        column = None  # (not where the cell after it is the next row's 序号: 按合同 | 三)
                if column is None and current:
                    rows.append(current)
                    current = {}
                    column = next(
                        (
                            j
                            for j in range(len(fields))
                            if fields[j] not in ("level1", "level2") and accepts(fields[j], text)
                        ),
                        None,
                    )
            if column is None:
                project.diagnostics.append(cell.diagnostic("warning", "cell outside any column of the grid"))
                continue
            current[column] = cell
            cursor = column + 1
            if column == seq_at:
                last = _seq_number(text)
        if current:
            rows.append(current)
        return rows

    def _centred_labels(self, project: _Project) -> None:
        """Close the project's first grid section. Where its first row has no 一级 or no 二级 while rows after
        it have, the merged labels were printed in the middle of their blocks (a PDF table extractor's output, a
        label on a block's middle row, or on a line of its own between two rows where the middle falls between
        them): the rows are read again, each under the labels of the block it stands in (:func:`centred_blocks`),
        not under the label of the block above."""
        section, project.section = project.section, None
        if not section:
            return
        grid, first = section[0].grid, section[0].cells
        columns = [k for k in (grid.index("level1"), grid.index("level2")) if k is not None]
        if all(k in first and first[k].text for k in columns):
            return  # (most grids: the first row has its labels, written at the top of their blocks)
        written = [[r.cells[k] if k in r.cells and r.cells[k].text else None for r in section] for k in columns]
        if not any(labels[0] is None and any(labels) for labels in written):
            return  # labels at the top of their blocks, as carried down
        # the lines of labels alone (between the rows of their blocks), not rows placed by content (a row of its
        # label only there is a placeholder): taken for rows of their own (placeholders) where their blocks do not
        # reach the rows on both sides of them, as a label between rows stands
        lone = [r.row.aligned and all(k in columns for k, cell in r.cells.items() if cell.text) for r in section]
        for _ in range(2):
            laid = _laid_labels(section, grid, columns, written, lone)
            if laid is None:
                return
            plans, empty, astray = laid
            if not astray:
                break
            for i in astray:
                lone[i] = False
        else:
            return
        rows = [i for i, alone in enumerate(lone) if not alone]
        by_column = dict(zip(columns, plans, strict=True))
        none: list[TableCell | None] = [None] * len(rows)
        ones = iter(by_column.get(grid.index("level1"), none))  # type: ignore[arg-type]
        twos = iter(by_column.get(grid.index("level2"), none))  # type: ignore[arg-type]
        del project.indicators[section[0].at :]
        dropped = {id(d) for r in section for d in r.diagnostics}
        project.diagnostics[:] = [d for d in project.diagnostics if id(d) not in dropped]
        for r, alone in zip(section, lone, strict=True):
            if not alone:
                self._indicator(r.cells, r.grid, project, r.row, (next(ones), next(twos)))
            elif any(id(cell) in empty for cell in r.cells.values()):
                carried = project.carry1, project.carry2  # (a placeholder: said so, and the labels carried on)
                self._indicator(r.cells, r.grid, project, r.row)
                project.carry1, project.carry2 = carried

    def _indicator(
        self,
        cells: dict[int, TableCell],
        grid: _Grid,
        project: _Project,
        row: Row,
        labels: tuple[TableCell | None, TableCell | None] | None = None,
    ) -> None:
        by_field: dict[str, TableCell] = {}
        by_header: dict[str, str] = {}  # (the header of the column each field's cell was read from)
        extra: dict[str, str] = {}
        extra_cells: dict[str, TableCell] = {}  # (the cells extra's texts come from)
        warnings: list[Diagnostic] = []
        columns = grid.columns
        start, end = next(iter(cells.values())).span if cells else (0, 0)  # the span covering the row's cells
        for i, cell in sorted(cells.items()):
            a, b = cell.span
            if a < start:
                start = a
            if b > end:
                end = b
            field, header = columns[i] if i < len(columns) else (None, f"column {i + 1}")
            if field == "label":
                if cell.text.replace(" ", "") != header.replace(" ", ""):
                    extra[header], extra_cells[header] = cell.text, cell
                continue
            if field is None or field in EXTRA_FIELDS:
                if not is_placeholder(cell.text) or field is None:
                    key = header or f"column {i + 1}"
                    extra[key], extra_cells[key] = cell.text, cell
                continue
            if field in by_field:
                # a field's second column (a kind's, 定量, then a sign's, ≥: both comparators): the later cell is
                # read, the earlier kept in extra under its header
                earlier = by_header[field]
                extra[earlier], extra_cells[earlier] = by_field[field].text, by_field[field]
            by_field[field], by_header[field] = cell, header or f"column {i + 1}"
        get = by_field.get
        l1, l2 = get("level1"), get("level2")
        if (
            l1 is not None
            and l2 is not None
            and l2.text[:1] in "（( "  # (a 二级's first character: most rows' a Chinese one)
            and (points := _POINTS_FIRST.match(l2.text)) is not None
        ):
            # the 一级's points printed in the 二级's column (pdftotext of a wide label cell: 产出指标    （50分）, or
            # 满意度指标    （20分） 服务对象满意度指标): they are the 一级's, and the 二级 what follows them
            k = points.end()
            l1 = TableCell(l1.text + points.group(1), l1.span, l1.line, l1.column, l1.raw)
            rest = l2.text[k:]
            l2 = TableCell(rest, (l2.span[1] - len(rest), l2.span[1]), l2.line, l2.column + k, rest) if rest else None
        if labels is None and len(cells) == 1 and (alone := l1 or l2) is not None and POINTS_ONLY.fullmatch(alone.text):
            # a label's points on a row of their own (产出指标 / （50分）: a merged cell's second line, a row to the
            # converter): the label above goes on, they are its
            carried = project.carry1 if l1 is not None else project.carry2
            if carried is not None:
                whole = TableCell(carried.text + alone.text, carried.span, carried.line, carried.column, carried.raw)
                if l1 is not None:
                    project.carry1 = whole
                else:
                    project.carry2 = whole
                return
        if labels is None and l2 is not None and project.carry2 is not None:
            l1, l2 = _continued_labels(project, l1, l2)
        if labels is not None:  # the labels of the blocks the row stands in (see _centred_labels)
            project.carry1, project.carry2 = labels
        elif l1 is not None:
            project.carry1, project.carry2 = l1, l2
        elif l2 is not None:
            project.carry2 = l2
        if labels is not None:
            level1_cell, level2_cell = labels
        else:
            level1_cell = l1 or project.carry1
            level2_cell = l2 if (l1 is not None or l2 is not None) else project.carry2
        # (a column the model does not name keeps its placeholder in extra, but no placeholder makes an indicator;
        # nor do words there alone, with no name, value or weight: a reviewer's 不涉及，同意删除 beside empty cells,
        # kept in a diagnostic)
        if (
            extra
            and cells
            and all(f in _NOT_CONTENT or is_placeholder(c.text) for f, c in by_field.items())  # (most rows: a name)
        ):
            for header, cell in extra_cells.items():
                if not is_placeholder(cell.text):
                    project.diagnostics.append(
                        cell.diagnostic("warning", f"{header} {cell.text}: in a row with no indicator, kept only here")
                    )
            extra = {}
        if all(map(is_placeholder, extra.values())):
            for f, c in by_field.items():
                if f not in _NOT_CONTENT and not is_placeholder(c.text):
                    break
            else:  # no cell but placeholders (or categories): no indicator
                for f, c in by_field.items():
                    if f not in _NOT_CONTENT:
                        project.diagnostics.append(
                            c.diagnostic("warning", "placeholder cell in a row with no indicator")
                        )
                where = l2 or l1 or (next(iter(cells.values())) if cells else None)
                if where is not None:
                    shown = (l2 or l1 or where).text
                    project.diagnostics.append(
                        where.diagnostic("warning", f"placeholder row: {shown} has no indicator")
                    )
                return
        level1, level2, messages, points1, points2, unknown1, unknown2 = _categories(
            level1_cell.text if level1_cell is not None else None,
            level2_cell.text if level2_cell is not None else None,
        )
        if level1_cell is None and level1.name is not None and grid.index("level1") is None:
            # a grid of no 一级 column (二级 | 三级 | 指标值): the categories as printed, the 一级's code alone inferred
            # from the 二级's (no name the table does not print)
            level1 = Category(level1.code, None, inferred=True)
        # 产出指标(40分): the name, and the cell as written in extra (for every indicator of the block)
        if points1:
            extra[grid.headers[grid.index("level1") or 0]] = level1_cell.text  # type: ignore[union-attr]
        if points2:
            extra[grid.headers[grid.index("level2") or 0]] = level2_cell.text  # type: ignore[union-attr]
        if messages:
            anchor = l2 or l1 or next(iter(sorted(cells.items())))[1]
            for message in messages:
                warnings.append(anchor.diagnostic("warning", message))
        if l1 is not None and unknown1:
            warnings.append(l1.diagnostic("warning", f"unknown level-1 category {l1.text}"))
        if l2 is not None and unknown2:
            warnings.append(l2.diagnostic("warning", f"unknown level-2 category {l2.text}"))
        comparator = get("comparator")
        unit = get("unit")
        comparator_text = comparator.text if comparator is not None else None
        unit_text = unit.text if unit is not None else None
        value_cell = get("value")
        period_cell = get("period")
        annual_cell = get("annual")
        actual_cell = get("actual")
        targets: dict[str, Target | None] = dict.fromkeys(_TARGET_FIELDS)
        for target_field in grid.targets:  # (a field's cell is only where the grid has its column)
            target_cell = get(target_field)
            if target_cell is None:
                continue
            target, doubt = apply_columns(
                target_cell.text, None if target_field == "actual" else comparator_text, unit_text
            )
            targets[target_field] = target
            if doubt:
                warnings.append(target_cell.diagnostic("warning", doubt))
        some_value = value_cell is not None or period_cell is not None or annual_cell is not None
        if comparator is not None and not some_value:
            warnings.append(comparator.diagnostic("warning", "指标性质 with no value to apply to"))
        if (
            comparator_text is not None
            and comparator_text not in COMPARATOR_CELLS
            and not (comparator_text in QUALITATIVE_CELLS or comparator_text in QUANTITATIVE_CELLS)
        ):
            warnings.append(comparator.diagnostic("warning", f"指标性质 {comparator_text} not understood; ignored"))  # type: ignore[union-attr]
            extra[grid.headers[grid.index("comparator") or 0]] = comparator_text
        weight = score = None
        for number_field in grid.numbers:
            number_cell = get(number_field)
            if number_cell is None or is_placeholder(number_cell.text):
                continue
            number = _decimal(number_cell.text)
            if number is None:
                extra[grid.headers[grid.index(number_field) or 0]] = number_cell.text  # type: ignore[arg-type]
                warnings.append(number_cell.diagnostic("warning", f"{number_cell.text} is not a number; kept in extra"))
            elif number_field == "weight":
                weight = number
            else:
                score = number
        seq = None
        seq_cell = get("seq")
        if seq_cell is not None:
            seq = _seq_number(seq_cell.text)
            if seq is None:
                extra[grid.headers[grid.index("seq") or 0]] = seq_cell.text
        name_cell = get("name")
        name = name_cell.text if name_cell is not None and not is_placeholder(name_cell.text) else None
        if name_cell is not None and name is None:
            warnings.append(name_cell.diagnostic("warning", "indicator with a placeholder for its name"))
        if name_cell is not None and row.doubt is not None:
            warnings.append(name_cell.diagnostic("warning", row.doubt))
        if name is not None and not some_value and actual_cell is None:
            if any(f in grid.at for f in VALUE_FIELDS):
                warnings.append(name_cell.diagnostic("warning", "indicator with no target value"))  # type: ignore[union-attr]
        annual = targets["annual"] if annual_cell is not None else targets["value"]
        if annual_cell is not None and value_cell is not None:
            extra[grid.headers[grid.index("value") or 0]] = value_cell.text
        if self._merge_second_grid(project, level1, level2, name, targets["period"], annual):
            return
        # The fields in their order, not by keyword: a class with a Python __init__ called with keywords has them
        # packed into a dict and out again, which costs as much as the rest of the call.
        project.indicators.append(
            Indicator(
                seq,
                level1,
                level2,
                name,
                targets["period"],  # period_target
                annual,  # annual_target
                (start, end),  # span
                tuple(sorted(warnings, key=_by_span)) if len(warnings) > 1 else tuple(warnings),
                weight,
                targets["actual"],
                score,
                extra,
            )
        )

    @staticmethod
    def _merge_second_grid(
        project: _Project,
        level1: Category,
        level2: Category,
        name: str | None,
        period: Target | None,
        annual: Target | None,
    ) -> bool:
        """Tables that print two grids, 长期 then 年度: the second fills the other target of the same indicator."""
        if name is None or (period is None) == (annual is None):
            return False
        for k, known_one in enumerate(project.indicators):
            if known_one.name != name or (known_one.level1.name, known_one.level2.name) != (level1.name, level2.name):
                continue
            if period is not None and known_one.period_target is None and known_one.annual_target is not None:
                project.indicators[k] = attrs.evolve(known_one, period_target=period)
                return True
            if annual is not None and known_one.annual_target is None and known_one.period_target is not None:
                project.indicators[k] = attrs.evolve(known_one, annual_target=annual)
                return True
        return False

    # ------------------------------------------------------------------ document

    def document(self) -> Document:
        units: list[Unit] = []
        group: list[Project] = []
        group_name: str | None = None
        for draft in _rejoined(self.projects):
            project = self._project(draft)
            name = project.implementer or project.department or ""
            if group and name != group_name:
                units.append(_unit(group_name or "", group))
                group = []
            group_name = name
            group.append(project)
        if group:
            units.append(_unit(group_name or "", group))
        department = self.department or next((p.department for u in units for p in u.projects if p.department), None)
        diagnostics = list(self.diagnostics)
        if not units:
            diagnostics.append(_nowhere("warning", "no project tables found"))
        return Document(
            source=self.source,
            department=department,
            currency_unit=self.currency,
            total=None,
            units=tuple(units),
            diagnostics=tuple(sorted(diagnostics, key=lambda d: d.span)),
            form="columns",
        )

    def _project(self, draft: _Project) -> Project:
        fields = draft.fields
        diagnostics = draft.diagnostics
        amounts: dict[str, Decimal] = {}
        for kind in ("total", "fiscal", "special", "other"):
            text = fields.get(kind)
            if text is None or is_placeholder(text):
                continue
            plain = fold(text).replace(" ", "")
            if _AMOUNT.match(plain):
                amounts[kind] = Decimal(plain.replace(",", ""))
            else:
                diagnostics.append(draft.cells[kind].diagnostic("warning", f"amount {text} is not a number"))
        money = Amounts(**amounts)
        parts = [a for a in (money.fiscal, money.special, money.other) if a is not None]
        # (sources of funds the model has no field for may be parts of the total, or of its 财政拨款: either adds up)
        if money.total is not None and parts and money.total not in (sum(parts), sum(parts) + sum(draft.sources)):
            diagnostics.append(
                draft.cells["total"].diagnostic(
                    "error", f"年度资金总额 {money.total} is not the sum of its parts ({sum(parts)})"
                )
            )
        if not draft.indicators:
            diagnostics.append(draft.first.filled[0].diagnostic("warning", "project with no indicators"))
        name = fields.get("project") or ""
        if not name:
            diagnostics.append(draft.first.filled[0].diagnostic("warning", "project with no name"))
        last = draft.last or draft.first
        span = (draft.first.span[0], max(last.span[1], draft.first.span[1]))
        return Project(
            name=name,
            amounts=money,
            goal=fields.get("goal"),
            dialect=None,
            indicators=tuple(draft.indicators),
            diagnostics=tuple(sorted(diagnostics, key=lambda d: d.span)),
            span=span,
            lines=(draft.first.line, max(last.last_line, draft.first.line)),
            department=fields.get("department"),  # as written, with its code if it has one
            implementer=fields.get("implementer"),
            attribute=fields.get("attribute"),
            period=fields.get("period"),
            period_goal=fields.get("period_goal"),
            page=draft.page,
        )


def values_by_columns(
    keys: list[tuple[TableCell, BlockKey]], values: list[TableCell]
) -> list[tuple[tuple[TableCell, BlockKey], list[TableCell]]] | None:
    """Keys laid across on one line whose values, on the lines below, are wrapped in as many columns, each line
    of a column starting where the column does (pdftotext of 实施期目标 | 年度目标 side by side: their lines come
    interleaved, as the cells' rows fall): each key takes the lines of its column, in order. None for other keys
    and values (one value each, or columns not so told)."""
    if len(keys) < 2 or len(values) <= len(keys) or len({key.line for key, _ in keys}) != 1:
        return None
    line = keys[0][0].line
    starts = sorted({value.column for value in values})
    if len(starts) != len(keys) or any(value.line <= line for value in values):
        return None
    return [(key, [v for v in values if v.column == start]) for key, start in zip(keys, starts, strict=True)]


def _unclosed(text: str) -> bool:
    """Whether a text opens more full-width brackets than it closes (项目资金（万)."""
    return text.count("（") > text.count("）")


def _key_rests_joined(
    cells: list[TableCell], kinds: list[BlockKey | None]
) -> tuple[list[TableCell], list[BlockKey | None]]:
    """A header block's cells without the rests of keys wrapped in their brackets (项目资金（万 over 元）: the 元）
    under it, on the next line in its column, is the key's, not a value's); the keys keep their kinds."""
    keep = [True] * len(cells)
    for k, (key, kind) in enumerate(zip(cells, kinds, strict=True)):
        if kind is None or not _unclosed(key.text):
            continue
        for j in range(k + 1, len(cells)):
            rest = cells[j]
            if rest.line > key.line + 1:
                break
            if kinds[j] is None and rest.line == key.line + 1 and rest.column == key.column:
                if block_key(key.text + rest.text) == kind:
                    keep[j] = False
                break
    return [c for c, x in zip(cells, keep, strict=True) if x], [t for t, x in zip(kinds, keep, strict=True) if x]


def _laid_labels(
    section: Sequence[_Read],
    grid: _Grid,
    columns: list[int],
    written: list[list[TableCell | None]],
    lone: list[bool],
) -> tuple[list[list[TableCell | None]], set[int], list[int]] | None:
    """The labels of each row of a grid section whose labels were printed in the middle of their blocks, or on
    their last rows (see _Reader._centred_labels), by column (``columns``; ``written``: each row's label in each,
    or None; ``lone``: the rows of labels alone, between rows), and the labels of blocks of no row (placeholders,
    by id) and the lone rows whose labels' blocks do not reach the rows on both sides of them. None where no
    plan leaves no first row under no label."""
    rows = [i for i, alone in enumerate(lone) if not alone]
    if not rows:
        return None
    name_at = grid.index("name")
    names = [
        section[i].cells[name_at].text if name_at is not None and name_at in section[i].cells else "" for i in rows
    ]
    # (and the targets: a name that suggests no 二级 may have a target that does, as in the space-aligned reader)
    value_at = next((k for k in (grid.index("annual"), grid.index("value")) if k is not None), None)
    values = [
        section[i].cells[value_at].text if value_at is not None and value_at in section[i].cells else "" for i in rows
    ]
    # (a renderer puts a label whose block's middle falls between two rows on the upper one, or on the lower, the
    # same way all through a grid: the rounding whose reading costs less is the grid's)
    # (the 二级's hints: what the rows' names and targets suggest, whichever way its blocks are read)
    seconds = [label.text for label in written[-1] if label is not None]
    hints = hints_of(names, seconds, values) if columns[-1] == grid.index("level2") else None
    down, up = (_centred_plans(columns, written, lone, hints, rounding) for rounding in (False, True))
    if down is None or (up is not None and up[0] < down[0]):
        down = up
    if down is None:
        return None
    centred, plans, empty, astray, clashes = down
    bottoms: list[list[TableCell | None]] | None = [] if len(rows) == len(section) else None
    bottom = 0.0
    for k, (labels, clash) in enumerate(zip(reversed(written), clashes, strict=True)):
        if bottoms is not None and (closing := bottom_blocks(labels)) is not None:
            bottoms.append(_blocks_plan([label for label in labels if label is not None], closing, len(rows)))
            bottom += block_cost(closing, len(labels), clash, hints if k == 0 else None)
        else:
            bottoms = None
    if bottoms is not None and bottom + _BOTTOM_MARGIN <= centred:
        plans = bottoms  # (labels that close their blocks, printed on their last rows)
    elif (opening := _opening_plans(columns, written, lone, hints)) is not None and opening[
        0
    ] + _BOTTOM_MARGIN <= centred:
        plans, empty, astray = opening[1], set(), []  # (labels on lines of their own, each over its block)
    plans.reverse()
    return plans, empty, astray


def _opening_plans(
    columns: list[int], written: list[list[TableCell | None]], lone: list[bool], hints: list[list[int]] | None
) -> tuple[float, list[list[TableCell | None]]] | None:
    """The labels of :func:`_laid_labels` read as headings over their blocks: every label on a line of its own
    (a web page's mobile view prints 产出指标, then 数量指标, then the block's rows), its block the rows from the
    next row to the next label's. The cost of the reading for what the blocks hold (:func:`block_cost`), and each
    column's plan (the 二级 first); None where a label stands among a row's cells, or a block would hold no row."""
    rows = sum(1 for alone in lone if not alone)
    before = list(itertools.accumulate((0 if alone else 1 for alone in lone), initial=0))  # rows before each line
    if len(written) == 2:
        # a heading read as a 二级 right over another, that names a 一级 too (成本指标(0~10)分 over 经济成本指标):
        # the 一级's, whose 二级 is the one under it
        firsts, seconds = list(written[0]), list(written[1])
        for i, label in enumerate(seconds[:-1]):
            if label is not None and firsts[i] is None and lone[i] and lone[i + 1] and seconds[i + 1] is not None:
                if accepts("level1", level1_name(label.text)):
                    firsts[i], seconds[i] = label, None
        written = [firsts, seconds]
    plans: list[list[TableCell | None]] = []
    cost = 0.0
    for labels in reversed(written):
        at = [i for i, label in enumerate(labels) if label is not None]
        if not at or not all(lone[i] for i in at):
            return None
        starts = [before[i] for i in at]
        if starts[0] != 0 or any(b <= a for a, b in itertools.pairwise([*starts, rows])):
            return None
        cells = [label for label in labels if label is not None]
        under = [cell.text if cell is not None else "" for cell in plans[0]] if plans else []
        clash = clashes_of(under, [cell.text for cell in cells]) if plans and len(columns) == 2 else None
        cost += block_cost(starts, rows, clash, None if plans else hints)
        plans.append(_blocks_plan(cells, starts, rows))
    return cost, plans


def _centred_plans(
    columns: list[int],
    written: list[list[TableCell | None]],
    lone: list[bool],
    hints: list[list[int]] | None,
    up: bool,
) -> tuple[float, list[list[TableCell | None]], set[int], list[int], list[list[list[int]] | None]] | None:
    """The labels of :func:`_laid_labels` read as centred in their blocks, a middle between two rows rounded to
    the upper (or with ``up`` the lower): the cost of the reading, each column's plan (the 二级 first), the labels
    of blocks of no row, the lone rows astray and each column's clashes (:func:`clashes_of`, the 一级's with the
    二级 as planned); None where no plan leaves no first row under no label. ``hints``: the 二级's."""
    rows = [i for i, alone in enumerate(lone) if not alone]
    plans: list[list[TableCell | None]] = []
    clashes: list[list[list[int]] | None] = []
    empty: set[int] = set()
    astray: list[int] = []
    starts: list[int] | None = None
    centred = 0.0
    for labels in reversed(written):  # (the 二级 first: a 一级's blocks start where 二级 blocks do)
        cells = [label for label in labels if label is not None]
        seconds = [cell.text if cell is not None else "" for cell in plans[0]] if plans else []
        clash = clashes_of(seconds, [label.text for label in cells]) if plans and len(columns) == 2 else None
        found = centred_blocks(labels, starts, clash, None if plans else hints, lone, up)
        if found is None or found[1][0] != 0:
            return None
        cost, starts = found
        centred += cost
        plans.append(_blocks_plan(cells, starts, len(rows)))
        clashes.append(clash)
        ends = [*starts[1:], len(rows)]
        at = [i for i, label in enumerate(labels) if label is not None]
        for i, cell, a, b in zip(at, cells, starts, ends, strict=True):
            if a == b:
                empty.add(id(cell))
            elif lone[i] and not (rows[a] < i < rows[b - 1]):
                astray.append(i)
    return centred, plans, empty, astray, clashes


def centred_blocks(
    labels: Sequence[TableCell | None],
    starts: Sequence[int] | None = None,
    clash: list[list[int]] | None = None,
    hints: list[list[int]] | None = None,
    lone: Sequence[bool] | None = None,
    up: bool = False,
) -> tuple[float, list[int]] | None:
    """Where the blocks of labels printed in their middles start, over rows one a line (``labels``: each line's
    label, or None), and the cost of that reading: the space-aligned reader's partition of centred labels
    (:func:`.aligned.partition`), each row a line. ``lone``: the lines of labels alone, between rows (the rest
    are rows; blocks start at rows, counted without those lines). ``starts``: the rows where blocks may start (a
    一级's blocks start where 二级 blocks do); ``clash``, ``hints``: per label, running counts over the rows of
    those whose 二级 the taxonomy puts under another 一级, and of those whose names suggest another 产出 二级.
    None where no labels fit."""
    from .aligned import Label, partition

    alone = lone if lone is not None else [False] * len(labels)
    rows = [i for i, x in enumerate(alone) if not x]
    placed = [Label(cell, i, i, not alone[i]) for i, cell in enumerate(labels) if cell is not None]
    if not placed:
        return None
    cost, plan = partition(
        rows, rows, placed, False, set(starts) if starts is not None else None, 2.0, clash, hints, (), up
    )
    return (cost, plan) if plan and cost < 1e9 else None


# How much worse than labels that close their blocks the best centred reading must fit before the labels are
# read as closing them: a centred label off its block's middle by more than rounding (a block of three rows
# labelled on its last), so that a grid whose blocks are one or two rows long stays centred, as it reads either way.
_BOTTOM_MARGIN = 0.5


def bottom_blocks(labels: Sequence[TableCell | None]) -> list[int] | None:
    """Where the blocks start of labels printed on their blocks' last rows (a merged cell aligned to its bottom,
    a spreadsheet's default, copied out of its PDF): each label closes its block, which starts after the label
    before. None unless the last row holds a label (a block would be left without one)."""
    at = [i for i, label in enumerate(labels) if label is not None]
    if not at or at[-1] != len(labels) - 1:
        return None
    return [0, *(i + 1 for i in at[:-1])]


def block_cost(starts: Sequence[int], rows: int, clash: list[list[int]] | None, hints: list[list[int]] | None) -> float:
    """The cost the centred partition gives blocks starting at ``starts`` (over ``rows`` rows) for what they hold,
    not for where their labels stand: the 二级 that clash with their 一级, the names that suggest another 产出 二级
    (``clash``, ``hints``: as for :func:`centred_blocks`)."""
    from .aligned import _CLASH, _HINT

    ends = [*starts[1:], rows]
    cost = 0.0
    for j, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if clash is not None:
            cost += _CLASH * (clash[j][b] - clash[j][a])
        if hints is not None:
            cost += _HINT * (hints[j][b] - hints[j][a])
    return cost


def _blocks_plan(labels: Sequence[TableCell], starts: Sequence[int], rows: int) -> list[TableCell | None]:
    """Each row's label, the ``labels``' blocks starting at ``starts`` (one per label, in order) over ``rows``."""
    plan: list[TableCell | None] = []
    for j, a in enumerate(starts):
        end = starts[j + 1] if j + 1 < len(starts) else rows
        plan += [labels[j]] * (end - a)
    return plan


def clashes_of(seconds: Sequence[str], firsts: Sequence[str]) -> list[list[int]]:
    """Per 一级 label (``firsts``: their texts), running counts over the rows (``seconds``: their 二级 texts, ""
    for none) of those the taxonomy puts under another 一级 (a 二级 it does not know clashes with none)."""
    parents = []
    for text in seconds:
        second = known_category(2, text) if text else None
        parents.append(second.parent if second is not None else None)
    out = []
    for text in firsts:
        first = known_category(1, text)
        if first is None:
            out.append([0] * (len(parents) + 1))
            continue
        fits = {first.name, first.holds, None}
        out.append(list(itertools.accumulate(map(operator.not_, map(fits.__contains__, parents)), initial=0)))
    return out


@functools.lru_cache(maxsize=4096)  # (category cells repeat all through a file)
def known_category(level: int, text: str) -> Known | None:
    """The taxonomy's category a category cell's text names at ``level``, or None."""
    return known(level, category_of(text)[1])


# Units of a count or an extent (3期, 800只, 1.2万亩; not 米, a depth or a height as often as a length): a target
# of one, with no period, suggests a 数量指标.
_COUNT_UNITS = frozenset(
    "个 次 期 人 场 户 座 处 家 所 台 套 件 册 份 株 只 头 箱 辆 艘 批 项 篇 条 名".split()
    + "块 盏 张 本 部 栋 幢 间 棵 对 宗 根 组 队 羽 幅 口 尾 支 届 种 眼 款 门 通 笔 片 把 例 轮".split()
    + "亩 公顷 公里 平方米 平方公里 立方米 吨 公斤".split()
)


def _count_unit(unit: str) -> bool:
    """Whether a unit is one of a count or an extent: one of those above, in tens of thousands (万株), with its
    alternative in brackets (台（套）), or of times (人次, 台次, 航次)."""
    unit = unit.split("（", 1)[0].removeprefix("万").removeprefix("亿")
    return unit in _COUNT_UNITS or (unit.endswith("次") and len(unit) <= 2)


@functools.lru_cache(maxsize=4096)  # (asked of every row of a grid whose labels are centred)
def value_kind(value: str) -> str | None:
    """The code of the 产出 level 2 a target suggests where its name suggests none: a count (3期，每期不少于40人)
    数量 (11), a deadline (2025/04/30前) 时效 (13), an amount per unit (≤260元/箱) 成本 (14); else None."""
    target = normalize(value)
    if target.kind == "composite" and target.parts:
        target = target.parts[0]
    if target.kind == "timeframe" and target.comparator == "<=":
        return "13"
    unit = target.unit or ""
    if target.kind in ("quantity", "range") and target.per is None:
        if _count_unit(unit):
            return "11"
        if "元/" in unit:
            return "14"
    return None


def hints_of(names: Sequence[str], labels: Sequence[str], values: Sequence[str] = ()) -> list[list[int]]:
    """Per 二级 label, running counts over the rows of those whose names suggest another: under a label of 产出
    (数量指标 … 成本指标) a name that suggests another of them (a rate under 时效指标), or, where a name suggests
    none, whose target does (``values``: the rows' targets, :func:`value_kind`), or a satisfaction (…满意度);
    under a cost label (经济成本指标) a name that suggests another 产出 label or a satisfaction; under a
    satisfaction label, a name that suggests any other; under a 效益 label, a name of a cost or a satisfaction."""
    named = ["S" if "满意" in name else output_kind(name) for name in names]
    suggested = named
    if values:
        suggested = [hint or value_kind(value) for hint, value in zip(named, values, strict=True)]
    out = []
    for text in labels:
        label = known_category(2, text)
        family = _family(text, label)
        if family is None:
            counts: Iterable[bool] = (False for _ in names)
        elif family == "B":
            counts = (hint in ("S", "14") for hint in named)  # (a name only: 元/户 is a 效益's too)
        elif family in ("S", "14"):
            counts = (hint is not None and hint != family for hint in named)
        else:
            counts = (hint is not None and hint != family for hint in suggested)
        out.append(list(itertools.accumulate(counts, initial=0)))
    return out


def _family(text: str, label: Known | None) -> str | None:
    """What a 二级 label holds, for :func:`hints_of`: its 产出 code (11 … 14), 14 for any cost (经济成本指标), S
    for satisfaction, B for a 效益 (经济效益指标 …), else None."""
    if label is not None and label.code in ("11", "12", "13", "14"):
        return label.code
    if "满意" in text:
        return "S"
    if "成本" in text:
        return "14"
    if label is not None and label.parent is not None and "效益" in label.parent:
        return "B"
    return None


def _second_level_here(text: str, level1: str | None, after: str) -> bool:
    """Whether a name of both levels (成本指标) is the 二级 of the 一级 in effect: it is one of that 一级's 二级
    in the taxonomy (成本指标 under 产出指标, as older tables have it, or under 项目完成指标) and no 二级
    follows it."""
    if level1 is None or accepts("level2", after):
        return False
    return under(category_of(text)[1], category_of(level1)[1])


def value_like(text: str) -> bool:
    """A cell that reads as a target value (or a comparator), not as a name; or one that does with a note in
    brackets after it that holds a number (5所（覆盖全部5个镇街）: a value the normalizer keeps as text, as a number
    in a note may change its meaning, but no name)."""
    if text in COMPARATOR_CELLS or text in QUALITATIVE_CELLS or text in WORDED_VALUES:
        return True
    if text[:1].isdigit() and text[-1] in "率数度" and _LONG_WORDS.search(text):
        return False  # a name that starts with a number: 8-10岁儿童尿碘检测人数, 65岁以上老年人健康管理率
    if normalize(text).kind not in ("text", "empty"):
        return True
    if _TOLERANCE.match(text):
        return True  # a tolerance (±5%以内): no name starts so, though the normalizer keeps it as text
    quoted = _QUOTED_HEAD.match(text)
    if quoted is not None and normalize(text[quoted.end() :]).kind not in ("text", "empty", "timeframe"):
        return True  # a value after a term in quotes (“两个规定”全面落实; not “三无”船舶清理率, a name)
    head = noted_head(text)
    return head is not None and normalize(head).kind not in ("text", "empty")


_TOLERANCE = re.compile(r"±\s*[0-9]")
_QUOTED_HEAD = re.compile(r"“[^“”]{1,12}”")


def noted_head(text: str) -> str | None:
    """What stands before a note in brackets that holds a number, at a cell's end (5所 of 5所（覆盖全部5个镇街）),
    or None."""
    note = _NUMBERED_NOTE.search(text) if text[-1:] in ")）" else None
    return text[: note.start()] if note is not None and note.start() > 0 else None


_NUMBERED_NOTE = re.compile(r"[（(][^（）()]*[0-9][^（）()]*[)）]$")
_LONG_WORDS = re.compile(r"[\u4e00-\u9fff]{6}")  # (words in a row after the number, ending as names end)


def _joined(first: TableCell, more: TableCell) -> TableCell:
    """A cell broken over two lines, joined (CJK text joins with no space)."""
    between = "\n" if more.line != first.line else ""
    return TableCell(
        first.text + more.text, (first.span[0], more.span[1]), first.line, first.column, first.raw + between + more.raw
    )


# Columns of a closed vocabulary among the columns the model does not name.
COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "direction": ("正向指标", "反向指标", "区间指标", "正向", "反向", "区间", "中性"),
    "standard": ("计划标准", "行业标准", "历史标准", "其他标准"),
}


def free_text(field: Field | None) -> bool:
    return field is None or field in EXTRA_FIELDS


def _ends_dropped(row: Row, fields: Sequence[Field | None]) -> bool:
    """Whether a delimited row shorter than its grid's header is the row without its last cells: those are free
    text (a note, a 偏差原因) and every cell it has may stand in its column (not cells shifted left by an empty
    cell dropped before them: a 得分 under 说明's column is placed by content)."""
    n = len(row.cells)
    if not 0 < n < len(fields) or not all(map(free_text, fields[n:])):
        return False
    for field, cell in zip(fields, row.cells, strict=False):
        if cell.text and not accepts(field, cell.text):
            return False
    return True


# (the key's run possessive: no backtracking into it, which could only find a key followed by more of itself;
# 其中 before a key's own colon is the key's: 其中：财政拨款：1,486.20)
_KEY_VALUE = re.compile(r"^(?P<key>(?:其中[:：])?[^:：\s]{2,12}+)(?:\s*[:：]|\s)\s*(?P<value>\S.*)$", re.S)


def _leading_key(text: str) -> BlockKey | None:
    """The header-block key a cell names, alone or before its value (项目名称：…)."""
    key = block_key(text)
    if key is None and ("：" in text or ":" in text or " " in text):
        m = _KEY_VALUE.match(text)
        key = block_key(m.group("key")) if m else None
    return key


_KEY_SHAPED = re.compile(r"[\u4e00-\u9fff（）()]{2,10}")
_KEY_START = re.compile(r"[\u4e00-\u9fff]{2}")  # how a key starts (支出经济分类30227…: glued to its value)
# A 项目期 as written (1年, 2025年, 2024-2026年, 2025年1月-12月, 2025年度, 长期): the whole of its value
PROJECT_PERIOD = re.compile(
    r"(?:[0-9]{4}(?:年度?)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?"
    r"(?:[-－—–~～至到](?:[0-9]{4}年?)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?年?)?"
    r"|[0-9一二两三四五六七八九十]{1,3}(?:个)?年|长期)"
)


def _key_shaped(cell: TableCell) -> bool:
    """Whether a cell reads as a header-block key: a few Chinese characters (brackets aside), no number or
    punctuation of a value, no header or category name of the grid but a basis's (spread: 项 目 所 在 地)."""
    text = cell.text.replace(" ", "")
    # (a grid's basis column's name is a block's key too: 绩效目标设定依据 | 《…行动方案》)
    if _KEY_SHAPED.fullmatch(text) is None or grid_field(text) not in (None, "basis"):
        return False
    return known_category(1, text) is None and known_category(2, text) is None


def _split_key_values(cells: list[TableCell]) -> list[TableCell]:
    """``项目名称：乡村文化驿站`` in one cell: the key and its value as two cells (a key it names, only); and each
    pair after it in the cell, blanks before its key (主管部门：示例市某某局\u3000\u3000实施单位：示例中心)."""
    out: list[TableCell] = []
    for cell in _pairs_parted(cells):
        m = _KEY_VALUE.match(cell.text) if block_key(cell.text) is None else None  # (a key alone: as it is)
        if m is None or block_key(m.group("key")) is None:
            out.append(cell)
            continue
        at = m.start("value")
        key_text = m.group("key")
        raw_at = cell.raw.find(m.group("value")[:1], len(key_text)) if cell.raw else at
        raw_at = raw_at if raw_at >= 0 else at
        out.append(
            TableCell(
                key_text,
                (cell.span[0], cell.span[0] + len(key_text)),
                cell.line,
                cell.column,
                cell.raw[: len(key_text)],
            )
        )
        out.append(
            TableCell(
                m.group("value"),
                (cell.span[0] + raw_at, cell.span[1]),
                cell.line,
                cell.column + raw_at,
                cell.raw[raw_at:],
            )
        )
    return out


def _pairs_parted(cells: list[TableCell]) -> list[TableCell]:
    """Cells of a key and its value, and after blanks or a semicolon another key and its value (a sheet's merged row
    of the header block, 主管部门：…\u3000\u3000实施单位：…, 项目资金（万元）：实施期资金总额 2,860.00；年度资金总额 …),
    parted before each further key the block knows."""
    out: list[TableCell] = []
    for cell in cells:
        text = cell.text
        # (only a cell with a colon after its first key holds more: most are a key or a value alone)
        first = _KEY_VALUE.match(text) if ("：" in text or ":" in text) and cell.raw == text else None
        if first is None or block_key(first.group("key")) is None:
            out.append(cell)
            continue
        value = first.start("value")  # (the first key's value may open with a key: 项目资金（万元）：实施期资金总额 …)
        starts = [
            m.start("key")
            for m in _NEXT_KEY.finditer(text, value - 1)
            if block_key(m.group("key")) is not None and (m.start("key") == value) == (m.group("sep") == "")
        ]
        if not starts:
            out.append(cell)
            continue
        for a, b in itertools.pairwise([0, *starts, len(text)]):
            piece = text[a:b].rstrip(" \u3000\t；;，,")
            out.append(
                TableCell(piece, (cell.span[0] + a, cell.span[0] + a + len(piece)), cell.line, cell.column + a, piece)
            )
    return out


# A further key in a cell of keys and values, after blanks or a semicolon (…局\u3000\u3000实施单位：…, …2,860.00；
# 年度资金总额 1,480.00), or opening the first key's value (项目资金（万元）：实施期资金总额 2,860.00): its colon, or an
# amount, after it
_NEXT_KEY = re.compile(
    r"(?P<sep>[ \u3000\t]+|[；;，,][ \u3000\t]*|(?<=[:：]))(?P<key>(?:其中[:：])?[^ \u3000\t:：；;，,]{2,16})"
    r"(?:[:：]|[ \u3000\t]+(?=[0-9]))"
)


def _unit(name: str, projects: list[Project]) -> Unit:
    return Unit(
        name=name,
        total=None,
        projects=tuple(projects),
        span=(projects[0].span[0], projects[-1].span[1]),
        lines=(projects[0].lines[0], projects[-1].lines[1]),
    )


def _nowhere(severity: str, message: str) -> Diagnostic:
    return Diagnostic(severity, message, (0, 0), 1, 1, "")  # type: ignore[arg-type]


_GOAL_RESTART = re.compile(r"(?<=[。；;.])\s*(?=1[.、．]\s*\S)")
_NUMBERED = re.compile(r"[2-9][.、．]\s*\S")  # (a first goal of prose numbers nothing)


def _split_goals(cell: TableCell) -> tuple[TableCell, TableCell] | None:
    """Two goal texts glued into one cell (flattened text, or two cells side by side one space apart): split where
    the numbering restarts, or, after a first goal of prose, where the second's numbering starts (…隐患。
    1.完成…)."""
    text = cell.text
    starts = [m.start() for m in _GOAL_RESTART.finditer(text) if m.start() > 0]
    if len(starts) != 1 or not (re.match(r"1[.、．]", text) or _NUMBERED.search(text, 0, starts[0]) is None):
        return None
    end = starts[0]
    at = end + len(text[end:]) - len(text[end:].lstrip())  # (the space between the two is neither's)
    first = TableCell(text[:end], (cell.span[0], cell.span[0] + end), cell.line, cell.column, cell.raw[:end])
    second = TableCell(
        text[at:], (cell.span[0] + at, cell.span[1]), cell.line, cell.column + at, cell.raw[at:] if cell.raw else ""
    )
    return first, second


def apply_columns(value: str, comparator: str | None, unit: str | None) -> tuple[Target | None, str | None]:
    """The target of a value cell with the 指标性质 and 度量单位 columns applied, and a doubt if they disagree.

    ``raw`` stays the value cell as written. The columns only complete what
    the value leaves out; when they contradict it, the value's own reading is
    kept and the doubt returned.
    """
    if not value:
        return None, None
    own = normalize(value)
    if is_placeholder(value):
        return own, None
    if comparator in QUALITATIVE_CELLS:
        if own.kind in ("quantity", "range"):
            return own, f"指标性质 定性 but the value {value} reads as a quantity; kept as written"
        if own.kind == "text":
            return _completed(own, kind="qualitative", label=value), None
        if own.kind == "composite":
            # (a slogan of counts is no list of quantities where the table says 定性: 发现一起、查处一起)
            return attrs.evolve(own, kind="qualitative", label=value, parts=()), None
        if own.kind == "direction":
            return _completed(own, kind="qualitative"), None  # 定性 明显提升: qualitative, its direction kept
        return own, None  # a grade, a state, a date: already not a quantity
    symbol = COMPARATOR_CELLS.get(comparator) if comparator else None
    unit_text = unit if unit and not is_placeholder(unit) else None
    if symbol == "between" and own.kind == "range":
        symbol = None  # (介于 beside a range, 14-18: what the range says)
    if symbol is None and unit_text is None:
        return own, None
    if own.kind == "timeframe" and symbol is not None:
        # ≤ beside 2025年11月: by November 2025.
        if own.comparator in (None, symbol):
            return _completed(own, comparator=symbol), None  # type: ignore[arg-type]
        return own, f"指标性质 {comparator} but the value says {own.comparator}; the value's own reading is kept"
    if own.kind != "quantity":
        if own.kind == "range" and symbol is None and unit_text and own.unit is None:
            return _completed(own, unit=_unit_and_per(unit_text)[0]), None
        given = " and ".join(
            f"{name} {text}" for name, text in (("指标性质", symbol and comparator), ("度量单位", unit_text)) if text
        )
        return own, f"{given} not applied: the value {value} is not a number; kept as written"
    doubts = []
    new_comparator: Comparator | None = None
    new_unit: str | None = None
    new_per: Per | None = None
    if symbol is not None:
        if symbol == "between":
            doubts.append(f"指标性质 {comparator} beside one number")  # (between needs two)
        elif own.comparator in (None, "=") or own.comparator == symbol:
            new_comparator = symbol  # type: ignore[assignment]
        else:
            doubts.append(f"指标性质 {comparator} but the value says {own.comparator}")
    if unit_text is not None:
        word, per = _unit_and_per(unit_text)
        if own.unit is None:
            new_unit = word
            if per is not None and own.per is None:
                new_per = per  # 次/年: 次, a year
        elif own.unit != word:
            doubts.append(f"度量单位 {unit_text} but the value says {own.unit}")
    if doubts:
        return own, "; ".join(doubts) + "; the value's own reading is kept"
    if new_comparator is None and new_unit is None:
        return own, None  # (the columns say what the value says)
    return _completed(own, comparator=new_comparator, unit=new_unit, per=new_per), None


def _completed(
    own: Target,
    kind: Kind | None = None,
    comparator: Comparator | None = None,
    unit: str | None = None,
    per: Per | None = None,
    label: str | None = None,
) -> Target:
    """``own`` with the fields given (not None) set: the Target built with all its fields in order, as the
    class declares them (``attrs.evolve`` looks each field up by name and calls the class with keywords, which
    costs three times as much)."""
    return Target(
        own.raw,
        own.kind if kind is None else kind,
        own.comparator if comparator is None else comparator,
        own.value,
        own.value_max,
        own.unit if unit is None else unit,
        own.per if per is None else per,
        own.label if label is None else label,
        own.direction,
        own.parts,
        own.approximate,
        own.denominator,
        own.start,
        own.end,
    )


# The fields _completed passes by position, in Target's order (a field added to Target must be added there).
assert [f.name for f in attrs.fields(Target)] == [
    "raw", "kind", "comparator", "value", "value_max", "unit", "per", "label",
    "direction", "parts", "approximate", "denominator", "start", "end",
]  # fmt: skip


def _next_seq(text: str, current: dict[int, TableCell], seq_at: int | None, last: int | None = None) -> bool:
    """Whether ``text`` is the 序号 after the one of the row being placed (二 after 一, 4 after 3), or, where that
    row has none (a placeholder row: 效益指标 | 经济效益指标 | / | /), after the ``last`` one placed."""
    if seq_at is None:
        return False
    number = _seq_number(text)
    before = _seq_number(current[seq_at].text) if seq_at in current else last
    if number is None or before is None:
        return False
    return seq_follows(number, before)


def seq_follows(number: int, before: int) -> bool:
    """Whether a 序号 follows the one before it: the next, within a part too, or the first of the next part (1-5,
    then 1-6 or 2-1; numbers within a part count as part × PART + number; in an outline, 1-1-3 then 1-1-4, 1-2-1
    or 2-1-1)."""
    return number in next_seqs(before)


def next_seqs(before: int) -> tuple[int, ...]:
    """The 序号 that may follow ``before`` (see :func:`seq_follows`), the next one first."""
    if before <= PART:
        return (before + 1,)
    part = (before // PART + 1) * PART + 1
    if before <= PART * PART:
        return before + 1, part
    return before + 1, part, (before // PART // PART + 1) * PART * PART + PART + 1


def _roman(mark: str) -> int | None:
    """The number of a Roman numeral of one character (Ⅰ is 1, ⅰ is 1, Ⅻ is 12), or None."""
    if "\u2160" <= mark <= "\u216b" or "\u2170" <= mark <= "\u217b":
        return ord(mark) - (0x215F if mark < "\u2170" else 0x216F)
    return None


def marked_seq(text: str) -> bool:
    """Whether a text is a 序号 written with a mark no value ends in (Ⅰ-4, A-01, （三）, 3., ③, 第3项, 一(2)): not a
    bare number, numeral, letter or Roman numeral (10, 三, m, Ⅲ), nor digits parted as a decimal or a range is (5.8,
    1-2, 0101)."""
    m = _SEQ.match(text)
    if m is None or m.group("outline") or m.group("coded_part") or m.group("letter"):
        return False  # (and letters, （d）, a.: read where they stand, as a 序号 of letters is)
    part = m.group("part")
    if part is not None and part.isdigit():
        return False
    if m.group("nested") or m.group("part_named") or m.group("letter_sub"):
        return True  # (一(2), 产出-1, Ⅱ-a: kept as written, of no number)
    if _seq_number(text) is None:
        return False
    bare = m.group("n") or m.group("cn") or m.group("roman")
    # (a letter and digits, A01, only padded: W10 may be a unit's letter and a weight, as 12,000kW10 is)
    bare = bare or (m.group("coded") and not m.group("coded").startswith("0"))
    return not bare or text[0] in SEQ_OPENS or text[-1] in SEQ_CLOSES or text[-1] in "．.、"


def _seq_number(text: str) -> int | None:
    """The number a 序号 cell holds (3, 3., （3）, 三; 1-2 as 1002), or None."""
    m = _SEQ.match(text)
    if m is None or m.group("outline") or m.group("nested") or m.group("part_named") or m.group("letter_sub"):
        return None
    if m.group("part"):
        written = m.group("part")
        part = int(written) if written.isdigit() else _roman(written) or chinese_numeral(written)
        sub = int(m.group("sub")) if m.group("sub") else CIRCLED[m.group("circled_sub")]  # (1-①: 1001)
        return part * PART + sub if part is not None else None
    if m.group("circled"):  # (① is 1, ⑴ is 1, ❶ is 1, ⓫ is 11)
        return CIRCLED[m.group("circled")]
    if m.group("roman"):  # (Ⅰ is 1, ⅰ is 1)
        return _roman(m.group("roman"))
    if m.group("coded_part"):  # (a part and its number in four digits: 0101 is 1-1, 0203 is 2-3)
        return int(m.group("coded_part")) * PART + int(m.group("coded_sub"))
    if m.group("stem"):  # (甲 is 1 … 癸 10; 甲1, 乙2 numbered within a part: 1001, 2002)
        stem = _STEMS.index(m.group("stem")) + 1
        return stem * PART + int(m.group("stem_sub")) if m.group("stem_sub") else stem
    if m.group("letter"):  # (a is 1, A. too)
        return ord(m.group("letter").lower()) - 0x60
    for written in ("item", "coded", "dashed", "no", "hash", "named"):  # (第1项, 第一项, A01, A-1, No.1, #01, 指标01)
        if m.group(written):
            number = m.group(written)
            return int(number) if number.isdigit() else chinese_numeral(number)
    return int(m.group("n")) if m.group("n") else chinese_numeral(m.group("cn").translate(_CAPITAL_NUMERALS))


_KEY_WORDS = frozenset(word for words in COLUMN_WORDS.values() for word in words)


def _amounts_of(cell: TableCell, count: int) -> list[TableCell] | None:
    """A cell of ``count`` amounts parted by spaces, as that many cells (each placed in the file), or None."""
    if cell.raw != cell.text or cell.text.count(" ") < count - 1:
        return None
    found = list(re.finditer(r"\S+", cell.text))
    if len(found) != count or not all(_AMOUNT.match(m.group()) for m in found):
        return None
    a = cell.span[0]
    out = []
    for m in found:
        out.append(TableCell(m.group(), (a + m.start(), a + m.end()), cell.line, cell.column + m.start(), m.group()))
    return out


def _unit_and_per(unit: str) -> tuple[str, Per | None]:
    """A unit column in the normalizer's common form (百分比 and ％ → %, dB → 分贝, km → 公里), and the period it
    holds (次/年: 次 a year); a unit the normalizer does not know stays as written."""
    reading = normalize(f"1{unit}")
    if reading.kind == "quantity" and reading.value == 1 and reading.unit:
        return reading.unit, reading.per
    return ("%" if unit in ("百分比", "％") else unit), None


def read_rows(rows: Iterable[Row], source: str | None = None) -> Document:
    """Rows of cells (from any source: a text shape, a PDF table, a sheet) to a :class:`Document`."""
    reader = _Reader(source)
    reader.read(_keyed(rows))
    return reader.document()


def _rejoined(drafts: list[_Project]) -> list[_Project]:
    """Projects whose header blocks and indicators were printed apart (a sheet of header blocks, then a sheet of
    all projects' indicators keyed by name, see :func:`_keyed`): each grid read into the header block of its
    name, where that block has no indicators yet and the grid's project holds nothing but its name."""
    out: list[_Project] = []
    blocks: dict[str, _Project] = {}
    for draft in drafts:
        name = draft.fields.get("project")
        block = blocks.get(name) if name else None
        if block is not None and not block.indicators and draft.indicators and set(draft.fields) == {"project"}:
            block.indicators.extend(draft.indicators)
            block.diagnostics.extend(draft.diagnostics)
            block.last = draft.last
            continue
        if name and name not in blocks:
            blocks[name] = draft
        out.append(draft)
    return out


def _keyed(rows: Iterable[Row]) -> Iterator[Row]:
    """Rows of a grid that names each row's project in a column (项目名称 | 序号 | 一级指标 …: a sheet of all
    projects' indicators, beside a sheet of their header blocks, or a data export with no blocks at all) as the
    reader reads a project's grid: where the project changes, a row of the key and the name starts it and the
    header is printed again (the header itself only then: no project of its own before the first); the name's
    cell is taken out of the grid row (it is the project's name, not an indicator's extra)."""
    header: Row | None = None
    pending: Row | None = None  # a keyed header not yet given: it comes after the first project's row
    at = -1
    name = ""
    for row in rows:
        if header is not None:
            filled = row.filled
            if not filled:
                yield row
                continue
            if _grid_of(row, filled) is not None or not row.aligned:
                header = None  # (another header, or a row of no grid: the keyed grid has ended)
                if pending is not None:
                    yield pending
                    pending = None
        if header is None:
            # (most rows hold no cell 项目名称 heading a column: only such a row is asked whether it is a header)
            at = -1
            for k, each in enumerate(row.cells):
                if each.text == "项目名称":
                    at = k
                    break
            if at >= 0 and len(row.cells) > 2 and _grid_of(row, row.filled) is not None:
                header, pending, name = row, row, ""
                continue
            yield row
            continue
        if at >= len(row.cells) or not row.cells[at].text:
            if pending is not None:
                yield pending
                pending = None
            yield row
            continue
        cell = row.cells[at]
        if cell.text != name:
            name, pending = cell.text, None
            yield Row((header.cells[at], cell), page=row.page)
            yield header
        empty = TableCell("", (cell.span[0], cell.span[0]), cell.line, cell.column, "")
        yield attrs.evolve(row, cells=(*row.cells[:at], empty, *row.cells[at + 1 :]))
    if pending is not None:
        yield pending
