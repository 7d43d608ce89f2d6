"""The flattened shape: rows with no delimiters (grammar/columns.lark for the words, the normalizer for values).

A header row is split into its column names by the grammar's ``header``
rule; a grid row starts with its categories (the grammar's category words),
then the name, then the cells of the grid's columns after the name, glued.
Where the name ends is where a value may start (a comparator, a number, a
word values begin with: the normalizer's own vocabulary) and every cell
after it reads: a target as the normalizer reads it (not as free text), a
comparator, unit, weight or column word as such, free text last. Of the
places that read, the first wins, unless its first value takes words of the
name as its subject. Cells the readings disagree on (``1010``: a weight 10
and a score 10, or 101 and 0?) are never guessed: they stand beyond the
grid's columns, and the reader reports them.
"""

from __future__ import annotations

import bisect
import collections
import functools
import html
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs

from ...grammar import columns_parser, grammar_path
from ...normalizer import CN_NUMERAL_CHARS, normalize
from ...table import Pieces, Row, TableCell, Text
from ...taxonomy import TAXONOMY, known, under
from .headers import (
    DEVIATION_FIRSTS,
    DEVIATION_NAME,
    EXTRA_FIELDS,
    FUND_ENDS,
    FUND_KEY,
    FUND_LASTS,
    INDICATOR_CODE,
    OTHER_VALUE,
    SIGN_NAME,
    VALUE_FIELDS,
    VALUE_WORDS,
    Field,
    block_key,
    cell_field,
    flattened_header_words,
    grid_field,
    value_column,
)
from .reader import (
    CIRCLED_SERIES,
    COLUMN_WORDS,
    COMPARATOR_CELLS,
    NAMED_PARTS,
    PART,
    PROJECT_PERIOD,
    SEQ_CLOSES,
    SEQ_OPENS,
    UNIT_PATTERN,
    WORDED_VALUES,
    is_placeholder,
    level1_name,
    lone_furniture,
    marked_seq,
    next_seqs,
    noted_head,
    seq_follows,
)

# Free-text columns that may follow the values: a row may end in such text.
_FREE_FIELDS = ("explanation", "scoring", "basis", "note", "deviation", "responsible")
_GLUED_FREE_TEXT = (
    "grid rows glued on one line end in free text (指标解释, 偏差原因 …), so where one row ends cannot be told: "
    "not read; give the table with one row a line or with delimiters"
)
# A level 1's points: 产出指标(40分), 产出指标（0-20）分, 效益指标 40分 (after a space, as the reader strips them),
# 产出指标（５０分） (full-width digits, as a Chinese input method types them).
_POINTS_AFTER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]?分(?![钟制])"  # (a space before 分 or not)
# (after a space, an ideographic one or a copy's no-break space: 产出指标\xa0（50分）)
_POINTS = rf"(?:[ \u3000\xa0]?[（(][0-9０-９.．\-－~～]+分?[)）]分?|[ \u3000\xa0]*{_POINTS_AFTER})?"
# A label's points on the next line, glued before the row it starts (产出指标 / 40分数量指标…, 产出指标 / （50分)数量
# 指标…: a cell of two lines)
_POINTS_FIRST = re.compile(rf"{_POINTS_AFTER}|[（(][0-9０-９.．\-－~～]+分?[)）]分?")
_MIN_LEVEL2 = 4  # shorter level-2 names (数量, 质量) start too many indicator names to be split off


# Level-1 names written without 指标 (产出, 效益, 满意度): too short to cut a glued line on their own, so they are
# read only before a level 2 (效益社会效益缴存职工…, 满意度满意度…).
_LEVEL1_SHORT = ("满意度",)


def _words(level: int, short: bool = False) -> list[str]:
    names = {n for k in TAXONOMY if k.level == level for n in k.names}
    if level == 1:
        without = {n for n in names if n + "指标" in names}
        names = (without | set(_LEVEL1_SHORT)) if short else names - without
    if level == 2:
        names = {n for n in names if (len(n) >= _MIN_LEVEL2 or n.endswith("指标")) != short}
    return sorted(names, key=lambda n: (-len(n), n))


def grammar_text() -> str:
    """grammar/column_words.lark: the category and header words of the flattened shape."""
    return (
        "// column_words.lark: the words that split a flattened column-table row (see columns.lark).\n"
        "// Generated from indicator_parser/taxonomy.py and forms/columns/headers.py by\n"
        "// indicator_parser.forms.columns.flat.write_grammar(); do not edit.\n\n"
        f"LEVEL1_NAME: /(?:{'|'.join(_words(1))}){_POINTS}/\n"
        "// A level 1 written without 指标 (效益): read only before a level 2.\n"
        f"LEVEL1_SHORT: /(?:{'|'.join(_words(1, short=True))}){_POINTS}/\n"
        f"LEVEL2_NAME: /(?:{'|'.join(_words(2))}){_POINTS}/\n"
        "// Short level-2 names start indicator names too (数量, 质量): read only after a level 1, or in a grid\n"
        "// that writes its level 2 so (产出指标（40分）数量新建基站数12座).\n"
        f"LEVEL2_SHORT: /(?:{'|'.join(_words(2, short=True))})/\n"
        "// (a name may carry a note in brackets: 权重（%）, 指标值（万元）; not a 序号: the first row's (1), （一）)\n"
        f"HEADER_NAME: /(?:{'|'.join(_header_alternatives())})"
        "(?:[（(](?![0-9０-９]+[)）]|[一二三四五六七八九十]{1,3}[)）])[^（）()]{1,8}[)）])?/\n"
    )


def _header_alternatives() -> list[str]:
    """The header names as the grammar's alternatives, longest first: the words, and a sign's column named by what
    it does and 符号 (核定符号: :data:`~.headers.SIGN_NAME`) among the names of four characters (before 目标, 计值),
    and a deviation's column however worded (偏差原因及下步打算: :data:`~.headers.DEVIATION_NAME`) first."""
    words = [re.escape(w).replace("/", r"\/") for w in flattened_header_words()]  # (a / ends a lark pattern)
    at = next(k for k, w in enumerate(flattened_header_words()) if len(w) < 4)
    return [DEVIATION_NAME.pattern, *words[:at], SIGN_NAME.pattern, *words[at:]]


def write_grammar() -> None:
    """Rewrite grammar/column_words.lark (in a source checkout, after changing the taxonomy or the headers)."""
    grammar_path("columns.lark").with_name("column_words.lark").write_text(grammar_text(), encoding="utf-8")


def _terminal(name: str) -> str:
    return columns_parser().get_terminal(name).pattern.to_regexp()


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The categories a row starts with, from the grammar's own category words; the same with short level-2
    names (数量, 质量)."""
    level1, level2, short = _terminal("LEVEL1_NAME"), _terminal("LEVEL2_NAME"), _terminal("LEVEL2_SHORT")
    # (not where a level 2 starts: 产出质量 is a level 2, not 产出 and 质量)
    level1 = rf"{level1}|(?!{level2})(?:{_terminal('LEVEL1_SHORT')})(?=(?:{level2}|{short}))"
    return (
        re.compile(rf"(?P<level1>{level1})?(?P<level2>{level2})?"),
        re.compile(rf"(?P<level1>{level1})?(?P<level2>{level2}|{short})?"),
    )


@functools.cache
def _short_alone() -> re.Pattern[str]:
    """A short 一级 name that is all of a line (产出, 效益: a heading over its block), no 二级 after it."""
    return re.compile(rf"(?P<level1>{_terminal('LEVEL1_SHORT')})(?P<level2>{_terminal('LEVEL2_NAME')})?\Z")


@functools.cache
def _last_categories() -> re.Pattern[str]:
    """The categories a grid row ends with (a 一级 and its 二级, or either), full names only, as the row's end."""
    level1, level2 = _terminal("LEVEL1_NAME"), _terminal("LEVEL2_NAME")
    return re.compile(rf"(?P<level1>{level1})?(?P<level2>{level2})?\Z")


@functools.cache
def _first_label_pattern() -> re.Pattern[str]:
    """A first cell the model does not know, before a row's 一级 (任务一：基地建设产出指标…): up to 16 characters."""
    return re.compile(rf".{{2,16}}?(?=(?:{_terminal('LEVEL1_NAME')}))")


def _first_label(text: str) -> re.Match[str] | None:
    """That label, where the row does not start with categories and no category word runs over its end
    (社会|效益指标 is 社会效益指标, no label)."""
    plain = _patterns()[0]
    if plain.match(text).end() > 0:  # type: ignore[union-attr]
        return None
    m = _first_label_pattern().match(text)
    if m is None or any(plain.match(text, j).end() > m.end() for j in range(max(0, m.end() - 6), m.end())):  # type: ignore[union-attr]
        return None
    return m


# How such a row ends (a category name, or a 一级's points in brackets; or an evaluation framework's 决策 or 过程, read
# only after a number): only such rows are searched
_LAST_CATEGORY_ENDS = ("指标", "分)", "分）", "决策", "过程")


def _categories(text: str, start: int, state: _State | None) -> re.Match[str]:
    """The categories a grid row starts with: a short level-2 name (数量) only right after a level 1, or in a
    grid that has written its level 2 so."""
    plain, with_short = _patterns()
    m = plain.match(text, start)
    assert m is not None  # every part of it is optional
    if m.end() == start and (alone := _short_alone().match(text, start)) is not None:
        return alone  # (产出 alone on its line: a 一级, where a name could not be so short)
    short = with_short.match(text, start)
    assert short is not None
    if short.end() > m.end() and short.group("level2") and state is not None:
        if short.group("level1") or state.short_level2:
            state.short_level2 = True
            return short
    return m


@functools.lru_cache(maxsize=256)
def split_header(text: str) -> tuple[tuple[int, int], ...] | None:
    """The column names of a flattened header row, as spans of ``text``, or None. Memoized: a document prints
    the same header over every project and again after each page break."""
    found = _split_last(text)
    if found is not None and (value := _OTHER_VALUE_FIRST.fullmatch(text, *found[-1])) is not None:
        # two names the model does not know last, the first a value's (…指标值|调整前指标值|监测节点)
        found = (*found[:-1], value.span(1), value.span(2))
    if found is not None and grid_field(text[slice(*found[-1])]) is None and len(text) <= _HEADER_LENGTH:
        # a last name the model does not know: unless known names end the text, one unknown inside (…实际完成值
        # 完成比例分值得分: 完成比例, 分值, 得分, not one name 完成比例分值得分)
        # (a last name of one value the model keeps in extra counts as known: 上年完成值, not 上年|完成值; but not
        # two values' names read as one: 基准值|年度指标值)
        inside = _unknown_inside(text)
        if inside is not None and _named(text, inside) > sum(
            _flat_name_field(text[x:y]) is not None
            or (value_column(text[x:y]) and len(_VALUE_WORD.findall(text, x, y)) == 1)
            for x, y in found
        ):
            return inside
    if found is None and len(text) <= _HEADER_LENGTH and (values := _values_last(text)) is not None:
        return values  # (…年度指标值|2026年度指标值|2027年度指标值: a plan's later years)
    if (
        found is not None
        and len(text) <= _HEADER_LENGTH
        and any(y - x >= _LONG_UNKNOWN and grid_field(text[x:y]) is None for x, y in found)
        and (among := _unknown_among(text)) is not None
        and _named(text, among) > _named(text, found)
    ):
        # a long name the model does not know, that parts into names it knows among unknown ones (…达标符号|指标值|
        # 计量口径|权重|评判依据, not …|计量口径权重评判依据 as one last name; but 指标值说明 stays one name)
        return among
    if (
        found is not None
        or len(text) > _HEADER_LENGTH
        or not (_HEADER_START.match(text) or _FIRST_NAME.match(text))
        or text.count("指标") < 2
    ):
        return found
    # a name the model does not know first (指标编码…) or among those it knows (…得分完成率偏差原因…): the reading
    # with the most known names
    ways = [way for way in (_unknown_first(text), _unknown_inside(text)) if way]
    if not ways:
        return _unknown_among(text)  # (several unknown names among them: …验收节点|指标值|评估手段)
    return max(ways, key=lambda way: _named(text, way))


def _named(text: str, way: tuple[tuple[int, int], ...]) -> int:
    """How many of a header's names (spans of ``text``) the model knows (a value's unit or sign merged, 指标值计量单位,
    too)."""
    return sum(_flat_name_field(text[x:y]) is not None for x, y in way)


def _flat_name_field(name: str) -> Field | None:
    """A flattened header name's field: :func:`grid_field`'s, or a value's unit or sign named after the value
    (指标值计量单位, 目标值符号: CELL_HEADERS, merged by :func:`_split_last`); not 计量 or 度量 alone, which a
    flattened header parts otherwise (计量|单位…, 计量周期)."""
    found = grid_field(name)
    if found is None and name.startswith(("指标值", "目标值")):
        found = cell_field(name)
    return found


_VALUE_WORD = re.compile(VALUE_WORDS)
_HEADER_LENGTH = 120  # characters: a longer text is no header alone (a whole table on one line)
# (how a header with a name the model does not know starts)
_HEADER_START = re.compile(r"一级|二级|三级|序号|指标|项目|编码|代码|编号")


def _parsed_names(text: str) -> tuple[tuple[int, int], ...] | None:
    """The header names the grammar parts ``text`` into, as spans, or None where it does not parse."""
    from lark.exceptions import LarkError

    try:
        tree = columns_parser().parse(text, start="header")
    except LarkError:
        return None
    return tuple((token.start_pos, token.end_pos) for token in tree.children)  # type: ignore[union-attr,misc]


def _a_grid(fields: Sequence[Field | None]) -> bool:
    """Whether header names are a grid's: each a field the model knows, once (see :func:`_distinct`), a name and a
    value among them."""
    return None not in fields and "name" in fields and bool(set(fields) & set(VALUE_FIELDS)) and _distinct(fields)


@functools.lru_cache(maxsize=1024)
def _split_last(text: str) -> tuple[tuple[int, int], ...] | None:
    """:func:`split_header` of the names the grammar knows, the last one or more unknown to it (memoized: the ways
    to part a header try its starts)."""
    spans = _parsed_names(text)
    if spans is None:
        return _unknown_last(text)
    fields = [grid_field(text[x:y]) for x, y in spans]
    # a value's name again, then 单位 or 符号 (or 计量单位), after the value's column (…指标值|判断符|指标值|单位…,
    # …比对关系|指标值|目标值|单位): one name, the value's unit or sign (指标值单位, 目标值单位, 指标值计量单位:
    # CELL_HEADERS); and a first value's name then 符号, before it (目标值|符号|指标值: 目标值符号)
    for k in (len(fields) - 1 - fields[::-1].index("value"), fields.index("value")) if "value" in fields else ():
        if fields.count("value") < 2 or k + 1 >= len(spans) or spans[k][1] != spans[k + 1][0]:
            continue
        if k == fields.index("value") and text[slice(*spans[k + 1])] != "符号":
            continue
        if cell_field(text[spans[k][0] : spans[k + 1][1]]) is not None:
            spans = (*spans[:k], (spans[k][0], spans[k + 1][1]), *spans[k + 2 :])
            fields = [_flat_name_field(text[x:y]) for x, y in spans]
    if None in fields or not _distinct(fields) or {"value", "annual"} <= set(fields):
        # names that parse but name no field, or one twice (…年度指标值|指标值|说明): a last name the model does
        # not know (指标值说明) parts it better, where it does
        return _unknown_last(text) or spans
    return spans


def _distinct(fields: Sequence[Field | None]) -> bool:
    """Whether a header names each field once: but for a comparator's two columns, 指标性质 (定量, 定性) then 计算符号
    (≥, ＝), as forms print them side by side or apart."""
    seen = set(fields)
    if len(seen) == len(fields):
        return True
    # (or apart, the kind before the value and the sign after it: 指标类型|目标值|单位|指标值符号)
    return fields.count("comparator") == 2 and len(seen) == len(fields) - 1


_UNKNOWN_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,8}")
# (last, or two such names last, read as one: 完成进度未完成原因分析, where nothing tells where the first ends)
_UNKNOWN_LAST = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")


def _unknown_last(text: str) -> tuple[tuple[int, int], ...] | None:
    """A header of three names or more, a name and a value among them, then a last name the model does not know
    (…指标值权重数据来源): its words (of no category, no header name, no digit) are that column's name. Of the ways
    to part it, the one with the most known names, none of a field twice (…权重 | 指标值说明, not …权重指标值 |
    说明)."""
    best: tuple[tuple[int, int], ...] | None = None
    for k in range(max(len(text) - 12, 6), len(text) - 1):
        last = text[k:]
        if not _UNKNOWN_LAST.fullmatch(last) or grid_field(last) is not None or _categories(last, 0, None).end():
            continue
        if len(last) > 8 and any(grid_field(last[j:]) is not None for j in range(2, len(last) - 1)):
            continue  # (a name it knows last: 完成率|偏差原因及改进措施, see _unknown_inside)
        head = _split_last(text[:k])
        if head is None or len(head) < 3 or (best is not None and len(head) < len(best) - 1):
            continue
        fields = [_flat_name_field(text[x:y]) for x, y in head]
        if not _a_grid(fields) or {"value", "annual"} <= set(fields):
            continue
        longer = best is not None and head[:-1] == best[:-2] and head[-1][1] > best[-2][1]
        if best is not None and len(head) == len(best) - 1 and not longer:
            continue  # (as many names, the last known longer: 二级指标|指标值设定说明, not 二级|指标指标值设定说明)
        best = (*head, (k, len(text)))
    return best


def _unknown_inside(text: str) -> tuple[tuple[int, int], ...] | None:
    """A header with a name the model does not know between names it knows (…得分完成率偏差原因及改进措施): the
    names before it and after it parse as headers, each a name the model knows (the last may be unknown too), it is
    a few Chinese characters of no known name. Of the ways to part it, the one with the most known names."""
    best: tuple[tuple[int, int], ...] | None = None
    # (the most known names; of as many, the shortest unknown one, 三级指标|年中目标值, not 三级|指标年中目标值; of as
    # short, a value's: 目标值|年中目标值, not 目标值年中|目标值)
    most = (0, 0, False)
    for k in range(4, len(text) - 4):
        head = _parsed_names(text[:k])
        if head is None or any(grid_field(text[x:y]) is None for x, y in head):
            continue
        for e in range(k + 2, min(k + 9, len(text) - 1)):
            unknown = text[k:e]
            if not _UNKNOWN_NAME.fullmatch(unknown) or grid_field(unknown) is not None:
                continue
            after = _split_last(text[e:])
            if after is None and OTHER_VALUE.fullmatch(unknown):
                after = _known_then_unknown(text[e:])  # (a value's column inside, another unknown last)
            if after is None:
                continue
            spans = (*head, (k, e), *((x + e, y + e) for x, y in after))
            fields = [grid_field(text[x:y]) for x, y in spans]  # type: ignore[index]
            known = [f for f in fields if f is not None]
            rank = (len(known), k - e, bool(OTHER_VALUE.fullmatch(unknown)))
            if rank > most and all(f is not None for f in fields[len(head) + 1 : -1]) and _a_grid(known):
                best, most = spans, rank
    return best


@functools.cache
def _header_words_by_first() -> dict[str, tuple[str, ...]]:
    """The grid header names (as :func:`flattened_header_words` lists them, longest first) by their first
    character."""
    by_first: dict[str, list[str]] = {}
    for word in flattened_header_words():
        by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}


_MOST_UNKNOWN = 3  # names the model does not know among those it knows, at most, in one flattened header
_LONG_UNKNOWN = 7  # characters: an unknown name this long may be names glued (交付物|年度指标值)


def _unknown_among(text: str) -> tuple[tuple[int, int], ...] | None:
    """A header with names the model does not know among those it knows, several (…三级指标|达标符号|指标值|计量口径|
    权重|评判依据): the parting whose known names cover the most characters, then whose names of values the model
    keeps in extra do (上年实际值, whole), then of the fewest names (三级指标, not 三级|指标); no two unknown names side
    by side (where nothing tells where the first ends), each a few Chinese characters of no known name; the known
    names a grid's (a name and a value among them, none twice). None where no parting is so."""
    words = _header_words_by_first()
    n = len(text)
    # best[i]: (characters in known names, in values' names, -names, unknown names, the last name unknown, spans)
    # of the best parting of text[:i]
    best: list[tuple[int, int, int, int, bool, tuple[tuple[int, int], ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0, 0, False, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        known, valued, names, unknown, after_unknown, spans = here
        steps = [(i + len(w), "known") for w in words.get(text[i], ()) if text.startswith(w, i)]
        if SIGN_NAME.match(text, i):
            steps.append((i + 4, "known"))  # (a sign's column named by what it does: 核定符号)
        if text[i] in DEVIATION_FIRSTS and (deviation := DEVIATION_NAME.match(text, i)) is not None:
            steps.append((deviation.end(), "known"))  # (a deviation's column: 未达标原因及改进方向)
        if not after_unknown and unknown < _MOST_UNKNOWN:
            steps += [(j, "unknown") for j in range(i + 2, min(i + 9, n) + 1) if _UNKNOWN_NAME.fullmatch(text, i, j)]
        for j, kind in steps:
            if kind == "unknown" and grid_field(text[i:j]) is not None:
                continue
            if kind == "unknown" and value_column(text[i:j]):
                kind = "valued"  # (a value's name the model keeps in extra, whole: 上年实际值, not 上年|实际值)
            way = (
                known + (j - i if kind == "known" else 0),
                valued + (j - i if kind == "valued" else 0),
                names - 1,
                unknown + (kind == "unknown"),
                kind == "unknown",
                (*spans, (i, j)),
            )
            if best[j] is None or way[:3] > best[j][:3]:  # type: ignore[index]
                best[j] = way
    whole = best[n]
    if whole is None or whole[3] == 0:
        return None
    spans = whole[5]
    fields = [grid_field(text[x:y]) for x, y in spans]
    known_fields = [f for f in fields if f is not None]
    return spans if _a_grid(known_fields) and not {"value", "annual"} <= set(known_fields) else None


def _free_name(name: str) -> bool:
    """Whether a header name is one the model does not know, or knows as a column of free text kept in extra."""
    field = grid_field(name)
    return field is None or field in EXTRA_FIELDS


def _values_last(text: str) -> tuple[tuple[int, int], ...] | None:
    """A header whose last names are values' the model has no field for, one after another (…年度指标值|2026年度指标值|
    2027年度指标值), and one more name it does not know (…1-6月完成值|全年预计完成值|偏差原因): the names the model
    knows (a name and a value among them), then those, or None."""
    for k in range(len(text) - 3, 5, -1):
        pieces, at = [], k
        while at < len(text) and (m := OTHER_VALUE.match(text, at)) is not None:
            pieces.append(m.span())
            at = m.end()
        if pieces and at < len(text) and _UNKNOWN_LAST.fullmatch(text, at) and _free_name(text[at:]):
            # (and one more name the model does not know, or knows as free text: …完成值|偏差原因及纠偏举措)
            pieces.append((at, len(text)))
            at = len(text)
        if at != len(text) or not pieces or grid_field(text[slice(*pieces[0])]) is not None:
            continue
        head = _split_last(text[:k])
        if head is not None and _a_grid([grid_field(text[x:y]) for x, y in head]):
            return (*head, *pieces)
    return None


@functools.lru_cache(maxsize=1024)
def _known_then_unknown(text: str) -> tuple[tuple[int, int], ...] | None:
    """Names the model knows, then a last one it does not (指标值|调整说明: after a name unknown inside, see
    :func:`_unknown_inside`), or None."""
    for k in range(len(text) - 2, max(len(text) - 12, 2) - 1, -1):  # (the shortest unknown name whose head parses)
        last = text[k:]
        if not _UNKNOWN_LAST.fullmatch(last) or grid_field(last) is not None or _categories(last, 0, None).end():
            continue
        head = _parsed_names(text[:k])
        if head is not None and all(grid_field(text[x:y]) is not None for x, y in head):
            return (*head, (k, len(text)))
    return None


# a first column the model does not know: an indicator's code (指标编码), or a label of its own over the categories
# (对应任务一级指标…: the task a block of rows serves, printed on its first row only)
_FIRST_NAME = re.compile(r"(?:指标|项目)?(?:编码|代码|编号)|[\u4e00-\u9fff]{2,6}?(?=一级指标)")


def _unknown_first(text: str) -> tuple[tuple[int, int], ...] | None:
    """A header whose first name the model does not know, an indicator's code (指标编码一级指标二级指标…): that name,
    then the names the rest parts into (three or more, a name and a value among them; a last one unknown too)."""
    first = _FIRST_NAME.match(text)
    if first is None or grid_field(first.group()) is not None:
        return None
    k = first.end()
    rest = _split_last(text[k:])
    if rest is None:
        return None
    head = [(x + k, y + k) for x, y in rest]
    fields = [grid_field(text[x:y]) for x, y in head]
    # (the last may be a name the model does not know)
    if len(head) < 3 or None in fields[:-1] or "name" not in fields or not set(fields) & set(VALUE_FIELDS):
        return None
    return ((0, k), *head)


_A_COMPARATOR = re.compile(r"[≥≤≧≦≮≯＞＜>＝=<]|不少于|不低于|不超过|不高于|大于等于|小于等于")
_NEVER_STARTS_A_NAME = frozenset("率度性数量值额")
# words that start names all the same (数字化采集素材质量, 值班记录)
_NAMES_START = ("数字", "数据", "数量", "度假", "值班", "值守")
# (…符合《公共体育设施安全要求》|比例100%: 比例 ends the name; 联络站建设完成|时间2025年…: 时间 the same)
_NEVER_START_WORDS = ("比例", "占比", "时间", "时限")


_BOUND_WORDS = ("以上", "以下", "以内", "左右")  # (words after a number that bound it: 15%以上)
_QUANTITY_END = re.compile(r"[0-9０-９][%％‰\u4e00-\u9fffA-Za-z]{0,2}$")  # (a number, its unit after it, last)


@functools.cache
def _unit_prefixes() -> frozenset[str]:
    """Every start of a unit the normalizer names (分, 分钟; m, mg, mg/m³ …)."""
    from ...normalizer import UNITS

    return frozenset(unit[:k] for unit in UNITS for k in range(1, len(unit) + 1))


def _inside_unit(text: str, q: int) -> bool:
    """Whether ``q`` falls inside the unit after a number (≤30分|钟: 分钟 is one unit): the unit written so far,
    with the character at ``q`` (or two), is a unit the normalizer knows."""
    d = q
    while d > 0 and q - d < 3 and text[d - 1] not in _DIGITS:
        d -= 1
    if d == q or d == 0 or text[d - 1] not in _DIGITS or "/" in text[d:q]:
        return False  # (no unit begun after a number right before q; or one per something, whole: ≤4500元/亩|年度)
    if text[d : q + 1] not in _unit_prefixes():
        return False  # (no unit the normalizer names goes on so: most places, no reading asked for)
    # (not a period after it: 至少2次|每月 is a value and free text, though 2次每月 reads as one)
    return any(
        known_unit(unit := text[d : q + w]) and normalize("1" + unit).per is None for w in (1, 2) if q + w <= len(text)
    )


def _never_starts_a_name(text: str, q: int) -> bool:
    """Whether a name cannot start at ``q``: a word's end (满意|度≥90%) or a word that ends names (比例)."""
    return (text[q] in _NEVER_STARTS_A_NAME and not text.startswith(_NAMES_START, q)) or text.startswith(
        _NEVER_START_WORDS, q
    )


_RECORD_WORDS = ("报告", "单", "记录", "资料", "意见", "证明", "凭证", "材料")  # (验收报告, 验收单 …: evidence)
_LONG = 160  # characters: a longer line may hold several rows, or the whole table
_NAME_LENGTH = 20  # characters: few names are longer (4 of the 1,150 in the test corpora)
_TITLE_RUN = re.compile(
    r"(?:[0-9]{4}年度?)?(?:部门|单位)?(?:预算)?(?:项目支出|项目)?绩效(?:目标|自评)(?:申报|审核)?表(?:[（(][^（）()]{1,12}[）)])?"
)


# A space between two words of a flattened copy: where a PDF viewer's copy broke a cell's line (可持续影响指 标), or,
# in a copy that kept the gaps, an empty cell's (稳中有升 较上年增长3.1%). _wrapped_copy tells the two apart.
_WORD_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff（(])")
# (a wrap after a number's digits too, before its unit: 不少于2 次)
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff0-9]) (?=[\u4e00-\u9fff（(])")


@functools.cache
def _known_words() -> re.Pattern[str]:
    """Category and header names of three characters or more: a space inside one is a wrapped cell's."""
    words = {w for w in (*_words(1), *_words(2), *flattened_header_words()) if len(w) >= 3}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _wrapped_copy(text: str) -> bool:
    """Whether a flattened text breaks its cells' lines with a space (a PDF viewer's copy of a PDF whose cells
    wrap): two spaces or more each inside a category or header name (可持续影响指 标, 服务对象满意 度指标), or, in
    a table with no category, inside the header block's values and none beside its keys (…监管专项 项目项目属性,
    not 项目名称 示例…: cells one space apart)."""
    inside = 0
    for m in _WORD_SPACE.finditer(text):
        p = m.start()
        joined = text[max(0, p - 8) : p] + text[p + 1 : p + 9]
        cut = min(p, 8)
        if any(w.start() < cut < w.end() for w in _known_words().finditer(joined)):
            inside += 1
            if inside >= 2:
                return True
    return _wrapped_block(text)


def _wrapped_block(text: str) -> bool:
    """Whether the header block's lines hold two spaces or more between words of their values, and none beside
    a key (the values of a PDF viewer's copy whose cells wrap)."""
    inside = 0
    keys = _block_keys()
    for line in text.splitlines():
        if _block_prefix(line) is None:
            continue
        for m in _WORD_SPACE.finditer(line):
            p = m.start()
            if keys.match(line, p + 1) or any(line.endswith(k, 0, p) for k in _block_key_words()):
                return False
            inside += 1
    return inside >= 2


# A one-line copy whose cells stand one space apart and whose rows are glued (a form field that strips line
# breaks): its grid header's names one space apart, more than a short table after them on the line.
_SPACED_HEADER_RUN = re.compile(r"(?:一级指标|序号|三级指标|指标名称) [^ ]{2,12} [^ ]{2,12} ")
# (in such a line every space is dropped but one after a Latin letter, before a letter or digit: GB 50011)
_CELL_SPACE = re.compile(r"(?<![A-Za-z]) | (?![A-Za-z0-9])")


def _spaced_one_line(line: str) -> bool:
    """Whether a line is a one-line copy of a whole table with its cells one space apart and rows glued."""
    if len(line) <= _LONG:
        return False
    for m in _SPACED_HEADER_RUN.finditer(line):
        run = line[m.start() :].split(" ", 3)[:3]
        if all(grid_field(name) is not None for name in run):
            return True
    return False


# A line break written as an escape (a scraper's text field written out raw: rows joined by the two characters
# \n; a doubled backslash is a backslash), or as HTML (a web page's text: rows joined by <br/>).
_ESCAPED_BREAK = re.compile(r"(?<!\\)(?:\\r\\n|\\n|\\r)|<br\s*/?>", re.IGNORECASE)
# A character written as an HTML entity, in such a text (&lt; &gt; &amp; &quot; &nbsp; &#60;)
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#[0-9]{1,5}|#x[0-9a-fA-F]{1,4});")


def _escaped_breaks(text: str) -> bool:
    """Whether a text writes its line breaks as escapes or as HTML: three or more of them."""
    if "\\n" not in text and "<" not in text:
        return False
    return sum(1 for _ in itertools.islice(_ESCAPED_BREAK.finditer(text), 3)) == 3


class _Unwrapped(Text):
    """A flattened text as read: its line breaks written as escapes (\\n, <br/>) made breaks and its HTML entities
    the characters they stand for, the spaces its copy put where cells wrapped dropped (or, in a one-line copy of
    cells one space apart, those between cells). Cells are cut from the lines read and placed in the file as
    written (their raw text holds the spaces and entities)."""

    def __init__(self, doc: Text, wrapped: bool, escaped: bool) -> None:
        super().__init__(doc.text, doc.first_line, doc.first_offset)
        self.columns: list[list[int]] = []  # by line read, the file column of each of its characters
        self.ends: list[list[int]] = []  # by line read, the file column after each of its characters
        self.numbers: list[int] = []  # by line read, the file's line it is read from
        self.spaced: set[int] = set()  # the lines read of cells one space apart, rows glued
        self.written: list[str] = []  # by line read, the file's line as written
        lines: list[str] = []
        starts: list[int] = []
        for n, line in enumerate(self.lines):
            cuts = [m.span() for m in _ESCAPED_BREAK.finditer(line)] if escaped else []
            bounds = [0, *(x for span in cuts for x in span), len(line)]
            for p, q in zip(bounds[::2], bounds[1::2], strict=True):
                space = _WRAP_SPACE if wrapped else None
                if _spaced_one_line(line[p:q]):
                    space = _CELL_SPACE
                    self.spaced.add(len(lines))
                read: list[str] = []
                columns: list[int] = []
                ends: list[int] = []
                k = p
                while k < q:
                    written = _written_char(line, k, q) if escaped and line[k] in "&\\" else None
                    if written is not None:
                        read.append(written[0])
                        columns.append(k)
                        ends.append(written[1])
                        k = written[1]
                        continue
                    if not (line[k] == " " and space and space.match(line, k)):
                        read.append(line[k])
                        columns.append(k)
                        ends.append(k + 1)
                    k += 1
                lines.append("".join(read))
                self.columns.append([*columns, q])
                self.ends.append(ends)
                self.numbers.append(n)
                self.written.append(line)
                starts.append(self.starts[n])
        self.lines, self.starts = lines, starts

    def cell(self, i: int, a: int, b: int, text: str | None = None) -> TableCell:
        """:meth:`Text.cell` of the line read, placed where its characters stand in the file."""
        read = super().cell(i, a, b, text)
        at = self.first_offset + self.starts[i]
        a, b = read.span[0] - at, read.span[1] - at  # (stripped, on the line read)
        x = self.columns[i][a]
        y = self.ends[i][b - 1] if b > a else x
        return TableCell(
            read.text, (at + x, at + y), self.first_line + self.numbers[i] + 1, x + 1, self.written[i][x:y]
        )

    def chunk(self, i: int, a: int, b: int) -> TableCell:
        return self.cell(i, a, b)

    def split(self, i: int, pieces: Iterable[str], a: int = 0, width: int = 1) -> tuple[TableCell, ...]:
        """:meth:`Text.split` of the line read, each cell placed where its characters stand in the file."""
        cells = []
        for piece in pieces:
            cells.append(self.cell(i, a, a + len(piece)))
            a += len(piece) + width
        return tuple(cells)


class _Quoted(_Unwrapped):
    """A flattened text whose rows holding a line break are quoted over their lines, as a spreadsheet puts a cell
    with a line break on the clipboard ("产出指标 / （50分）数量指标…年度": a row joined into one cell): each such row
    read as one line, without its quotes (a doubled one is one) and its line breaks, each character placed where it
    is written in the file; the other lines as they stand."""

    def __init__(self, doc: Text, runs: dict[int, int]) -> None:
        Text.__init__(self, doc.text, doc.first_line, doc.first_offset)
        self.columns, self.ends, self.numbers, self.written = [], [], [], []
        self.spaced = set()
        lines: list[str] = []
        starts: list[int] = []
        n = 0
        while n < len(self.lines):
            last = runs.get(n, n)
            base = self.starts[n]
            written = self.text[base : self.starts[last] + len(self.lines[last])]
            read: list[str] = []
            columns: list[int] = []
            ends: list[int] = []
            quoted = last > n
            k = 0
            while k < len(written):
                char = written[k]
                if quoted and char in "\r\n":
                    k += 1
                    continue
                if quoted and char == '"':
                    if written[k + 1 : k + 2] != '"':
                        k += 1
                        continue  # (an opening or closing quote)
                    read.append('"')
                    columns.append(k)
                    ends.append(k + 2)
                    k += 2
                    continue
                read.append(char)
                columns.append(k)
                ends.append(k + 1)
                k += 1
            lines.append("".join(read))
            self.columns.append([*columns, len(written)])
            self.ends.append(ends)
            self.numbers.append(n)
            self.written.append(written)
            starts.append(base)
            n = last + 1
        self.lines, self.starts = lines, starts


def _quoted_runs(doc: Text) -> dict[int, int]:
    """The lines a quoted row runs over (see :class:`_Quoted`): its first line, which starts with a quote that it
    does not close, to the line that ends with the quote closing it."""
    runs: dict[int, int] = {}
    lines = doc.lines
    n = 0
    while n < len(lines):
        if lines[n].startswith('"') and lines[n].count('"') % 2:
            for m in range(n + 1, min(n + 6, len(lines))):
                if lines[m].count('"') % 2:
                    if lines[m].rstrip().endswith('"'):
                        runs[n] = m
                        n = m
                    break
        n += 1
    return runs


class _Strings(_Unwrapped):
    """The strings of a JSON array of a table's rows' texts (see .shapes._json_rows), each a line read as JSON
    reads it (\" a quote, \u6307 a character; a line break escaped in a cell nothing, as a wrapped cell's), each
    character placed where it is written in the file."""

    def __init__(self, doc: Text, spans: Iterable[tuple[int, int, int]]) -> None:
        Text.__init__(self, doc.text, doc.first_line, doc.first_offset)
        self.columns, self.ends, self.numbers, self.written = [], [], [], []
        self.spaced = set()
        lines: list[str] = []
        starts: list[int] = []
        for n, a, b in spans:
            line = self.lines[n]
            read: list[str] = []
            columns: list[int] = []
            ends: list[int] = []
            k = a
            while k < b:
                char, end = line[k], k + 1
                if char == "\\" and k + 1 < b:
                    code = line[k + 1]
                    end = k + 2
                    if code == "u" and k + 6 <= b:
                        char, end = chr(int(line[k + 2 : k + 6], 16)), k + 6
                    else:
                        char = _JSON_ESCAPES.get(code, code)
                if char:
                    read.append(char)
                    columns.append(k)
                    ends.append(end)
                k = end
            lines.append("".join(read))
            self.columns.append([*columns, b])
            self.ends.append(ends)
            self.numbers.append(n)
            self.written.append(line)
            starts.append(self.starts[n])
        self.lines, self.starts = lines, starts


_JSON_ESCAPES = {"n": "", "r": "", "t": " ", "b": "", "f": ""}  # (the rest stand for themselves: \" \\ \/)


def json_strings(doc: Text, spans: Iterable[tuple[int, int, int]]) -> Text:
    """The strings at ``spans`` (line, start, end: between their quotes) of a JSON array of a table's rows' texts,
    each a line of its own, read as JSON reads it and placed in the file (see :class:`_Strings`)."""
    return _Strings(doc, spans)


# The characters a string escapes with a backslash, other than a line break (\t, \", \\, \/).
_ESCAPED_CHARS = {"t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _written_char(line: str, k: int, q: int) -> tuple[str, int] | None:
    """The character an HTML entity (&lt;) or a string's escape (\t: a tab between cells) at ``k`` stands for, and
    where it ends (before ``q``); None where none stands there."""
    if line[k] == "&":
        entity = _ENTITY.match(line, k, q)
        return (html.unescape(entity.group()).replace("\xa0", " "), entity.end()) if entity is not None else None
    if k + 1 < q and line[k + 1] in _ESCAPED_CHARS:
        return _ESCAPED_CHARS[line[k + 1]], k + 2
    return None


def _cut_at_spaces(doc: _Unwrapped, i: int, row: Row) -> Row:
    """A row of a one-line copy of cells one space apart, read with the spaces dropped, cut again at the spaces
    between its cells where they are as many as its cells (书屋管理制度 建立健全, not 书屋管理制度建立|健全)."""
    filled = [k for k, cell in enumerate(row.cells) if cell.text]
    if row.furniture or len(filled) < 2:
        return row
    at = doc.first_offset + doc.starts[i]
    a, b = row.cells[filled[0]].span[0] - at, row.cells[filled[-1]].span[1] - at
    line = doc.written[i]
    cuts = [a - 1, *(m.start() for m in _CELL_SPACE.finditer(line, a, b)), b]
    tokens = [(x + 1 - a, y - a) for x, y in itertools.pairwise(cuts) if y > x + 1]
    if len(tokens) != len(filled):
        return row
    cells = list(row.cells)
    number = doc.first_line + i + 1
    for k, (x, y) in zip(filled, tokens, strict=True):
        text = line[a + x : a + y]
        cells[k] = TableCell(text, (at + a + x, at + a + y), number, a + x + 1, text)
    return attrs.evolve(row, cells=tuple(cells))


def spaced_cells(doc: Text) -> Pieces | None:
    """A one-line copy of a whole table with its cells one space apart (see :func:`_spaced_one_line`), each cell
    a line of its own; None for another text."""
    if " " not in doc.text or not any(map(_spaced_one_line, doc.lines)):
        return None
    return Pieces.cut(doc, lambda _, line: (m.start() for m in _CELL_SPACE.finditer(line)))


def unwrapped(doc: Text) -> Text:
    """The text as :func:`flat_rows` reads it: its escaped line breaks made breaks, without the spaces of
    wrapped cells (or between cells) where the copy has them."""
    if '"\n' in doc.text or '"\r' in doc.text:
        runs = _quoted_runs(doc)
        if runs:
            return _Quoted(doc, runs)
    escaped = _escaped_breaks(doc.text)
    wrapped = " " in doc.text and _wrapped_copy(doc.text)
    if escaped or wrapped or (" " in doc.text and any(map(_spaced_one_line, doc.lines))):
        return _Unwrapped(doc, wrapped, escaped)
    return doc


# What a tool writes before each line of a text it passes on: grep -H's file name (blind_p2.txt:), a log record's
# head (2025-03-04 09:30:15,000 INFO [crawler] )
_LINE_PREFIX = re.compile(
    r"[\w.\-]+\.(?:txt|csv|tsv|log|dat|out):(?=\S)"
    r"|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)? +(?:DEBUG|INFO|WARN|WARNING|ERROR) +(?:\[[^\]\s]{1,40}\] *)?"
)


def flat_rows(doc: Text) -> list[Row]:
    """Rows of flattened text: one row a line, or the whole table as one line (cut at its keys, header and
    category words, and between rows where the grid's values end)."""
    rows: list[Row] = []
    fields: list[Field | None] | None = None
    state = _State()
    skip = -1  # (a line read with the one before it)
    spaced: int | None = None  # the columns of a grid whose cells are one space apart (a copy from a PDF viewer)
    glued: dict[int, list[Field | None]] = {}  # rows whose name may hold free text, and their grid's columns
    guessed: dict[int, list[Field | None]] = {}  # rows of a one-line grid: their grid's columns (_known_free_words)
    plain: dict[int, list[Field | None]] = {}  # rows read one a line: their grid's columns (_grid_free_words)
    for i, line in enumerate(doc.lines):
        stripped = line.strip()
        if not stripped or i == skip:
            continue
        if spaced is not None:
            if not _ends_spaced_grid(stripped):
                rows.append(_spaced_row(doc, i, spaced))
                continue
            spaced = None
        # (most lines have no space, and so no names one space apart: the call is spared)
        names = _spaced_header(stripped) if " " in stripped or "\u3000" in stripped else None
        if names is not None:
            # a grid header of names one space apart: its rows' cells are too, empty cells dropped
            header = _spaced_row(doc, i, names)
            rows.append(header)
            fields = list(map(_flat_field, (c.text for c in header.cells)))
            spaced = names
            continue
        lead = len(line) - len(line.lstrip())
        if len(stripped) > _LONG and (prefix := _LINE_PREFIX.match(line, lead)) is not None:
            # a whole project on a line, led by a tool's own words: furniture, not the grid's last row
            rows.append(Row((doc.cell(i, lead, prefix.end()),), aligned=False, furniture=True))
            lead = prefix.end()
            stripped = line[lead:].strip()
        # (a short table may be one line too: a header with rows glued after it)
        glued_header = stripped.startswith(("一级指标", "序号", "三级指标")) and split_header(stripped) is None
        # (or a short project on one line: 项目名称：… 一级指标二级指标…)
        glued_header = glued_header or (
            stripped.startswith("项目名称") and any(w in stripped for w in ("一级指标", "三级指标", "序号"))
        )
        feet: set[tuple[int, int]] = set()
        spaced_rows = ""  # (rows joined by this space: a piece between two is one row)
        if len(stripped) > _LONG or glued_header:
            pieces, feet, spaced_rows = _segments(line, lead)
        else:
            pieces = [(lead, lead + len(stripped))]
        title = len(pieces) > 2 and _TITLE_RUN.match(line, pieces[1][0]) is not None
        if title and lone_furniture(line[lead : pieces[1][1]]):
            # the words a line's title starts with (示例市某某县科协|2025年…绩效目标表): the title's, not a row of the
            # grid before
            pieces[:2] = [(pieces[0][0], pieces[1][1])]
        many = len(pieces) > 1
        before, count, grid = state.saved(), len(rows), fields
        for k in range(len(pieces)):
            if pieces[k] in feet:
                rows.append(Row((doc.cell(i, *pieces[k]),), aligned=False, furniture=True))  # (a page's foot)
                continue
            x, y = pieces[k]
            one = bool(spaced_rows) and line[x - 1 : x] == spaced_rows and line[y : y + 1] in (spaced_rows, "")
            read, grid_before = len(rows), fields
            fields = _read_numbered_piece(doc, i, pieces, k, fields, rows, many and not one, state)
            if not many and fields is not None and fields is grid_before:
                for r in range(read, len(rows)):
                    plain[r] = fields
            for r in range(read, len(rows)):
                if rows[r].doubt is _NAME_AND_FREE and fields is not None:
                    glued[r] = fields  # (a row whose name may hold the free text after it: see _common_free_words)
                if many and fields is not None:
                    guessed[r] = fields
        if isinstance(doc, _Unwrapped) and i in doc.spaced:
            rows[count:] = [_cut_at_spaces(doc, i, row) for row in rows[count:]]
        if many or grid is None or fields is not grid or len(rows) != count + 1 or _has_value(rows[-1], grid):
            continue
        # A grid row with no value and nothing reported (no number it could not read): the first line of a row
        # wrapped as a PDF cell wraps (口岸通关“单一窗口”主要业 / 务应用率百分之百). Where the line after it reads
        # as a row of its own too, only if the name they make is of a name's length (not 普查成果服务经济决策为区委
        # 区政府提供决策参考 + 形成统计分析报告不少于5篇: a row whose value is words, and the next row).
        after = next((j for j in range(i + 1, len(doc.lines)) if doc.lines[j].strip()), None)
        if (
            after is not None
            and _labels_only(rows[-1], grid)
            and (points := _POINTS_FIRST.match(doc.lines[after].strip())) is not None
            and _categories(doc.lines[after].strip(), points.end(), attrs.evolve(state)).end() > points.end()
        ):
            # a label whose points wrapped to the line of the row it starts (产出指标 / 40分数量指标…): one row
            rows[-1], then = _joined_row(doc, i, after, grid, _State(*before))
            _restore(state, then)
            skip = after
            continue
        if (
            after is not None
            and len(rows[-1].cells) == len(grid)
            and not _labels_only(rows[-1], grid)  # (labels on a line between their rows: see _centred_labels)
            and not _A_COMPARATOR.search(stripped)
            and not _seq_alone(stripped, grid, state)
            and _may_continue(doc.lines[after], grid, state)
        ):
            joined, then = _joined_row(doc, i, after, grid, _State(*before))
            alone = _grid_row(doc, after, grid, 0, len(doc.lines[after]), attrs.evolve(state))
            name = joined.cells[grid.index("name")].text if "name" in grid else ""
            if (
                _has_value(joined, grid)
                and len(joined.cells) == len(grid)
                and (not _has_value(alone, grid) or len(name) <= _NAME_LENGTH)
            ):
                rows[-1] = joined
                _restore(state, then)
                skip = after
    if plain:
        _grid_free_words(doc, rows, plain)
    if glued:
        _common_free_words(rows, glued)
    if any(rows[r].doubt is _GUESSED_START for r in guessed):
        _known_free_words(rows, guessed)
    if guessed:
        rows = _free_word_rows(rows, guessed)
    return rows


def _grid_free_words(doc: Text, rows: list[Row], plain: dict[int, list[Field | None]]) -> None:
    """Where a grid's last column is free text (取数时点, 数据来源) and a row ends in words that column holds whole in
    at least two other rows of the grid (年末), the row's values are read again before those words, and the words
    are the column's (书画教学长效机制|持续巩固|年末, not 书画教学|长效|机制持续巩固年末): a table's own words tell
    where its free column starts better than the shortest name does. Rows read one a line only (``plain``: each
    row's index, its grid's columns). In place."""
    for fields, indices in _by_grid(plain):
        tail, last = _tail_of(fields), len(fields) - 1
        if len(tail) < 2 or tail[-1] != ("free", last) or any(kind == "points" for kind, _ in tail):
            continue
        n = fields.index("name")
        whole = [r for r in indices if len(rows[r].cells) == len(fields) and rows[r].cells[n].text]
        counts = collections.Counter(rows[r].cells[last].text for r in whole)
        del counts[""]
        # (the key columns nearly every row fills, 指标性质 and 分值: a row read again fills them too, else stays)
        filled = collections.Counter(
            kind for r in whole for kind, k in tail if kind in _KEY_KINDS and k is not None and rows[r].cells[k].text
        )
        keys = {kind for kind, count in filled.items() if count * 5 >= len(whole) * 4}
        key_columns = [k for kind, k in tail if kind in keys and k is not None]
        if max(counts.values(), default=0) < 2 and not key_columns:
            continue  # (no word held twice, no key column: most grids, whose free column's cells differ)
        for r in whole:
            cells = rows[r].cells
            name, now = cells[n], cells[last].text
            i, x = name.line - 1 - doc.first_line, name.column - 1
            if not 0 <= i < len(doc.lines) or not doc.lines[i].startswith(name.text, x):
                continue
            on_line = [c for c in cells if c.text and c.line == name.line]
            last_cell = max(on_line, key=lambda c: c.column)
            end = last_cell.column - 1 + len(last_cell.text)
            text = doc.lines[i][x:end]
            if not text.endswith(last_cell.text) or len(on_line) != sum(1 for c in cells if c.text):
                continue  # (a cell whose text is not the line's as written, or on another line: left as read)
            words = [w for w, c in counts.items() if w != now and c >= 2 and text.endswith(w)]
            if not words and not now and any(not cells[k].text for k in key_columns):
                # (or, where the row leaves a key column empty and the free one too, the words it ends in:
                # …≤|1.25||10|季度, not …≤|1.2510|季度||, a unit's word taken for the free column's)
                trailing = _TRAILING_WORDS_RUN.search(text)
                if trailing is not None and trailing.start() > 0:
                    words = [trailing.group()]
            if not words:
                continue
            word = max(words, key=len)
            found = _split_row(text[: len(text) - len(word)], 0, tail[:-1])
            if found is None or found[2] or found[0] < 2 or not _fills(found[1], tail[:-1], keys):
                continue
            if any(q > p and column is None for (_, column), (p, q) in zip(tail, found[1], strict=False)):
                continue  # (text for no column: the row stays as read, nothing lost)
            placed = [*cells[:n], doc.cell(i, x, x + found[0]), *[doc.chunk(i, end, end)] * (last - n)]
            for (_, column), (p, q) in zip(tail, found[1], strict=False):
                if q > p and column is not None:
                    placed[column] = doc.cell(i, x + p, x + q)
            placed[last] = doc.cell(i, end - len(word), end)
            rows[r] = attrs.evolve(rows[r], cells=tuple(placed))


_TRAILING_WORDS_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}$")  # (the words a row ends in)


def _by_grid(grids: dict[int, list[Field | None]]) -> list[tuple[list[Field | None], list[int]]]:
    """Rows by the grid they were read in (``grids``: each row's index, its grid's columns): each grid's columns
    and its rows' indices, in order."""
    by_grid: dict[int, tuple[list[Field | None], list[int]]] = {}
    for r, fields in grids.items():
        by_grid.setdefault(id(fields), (fields, []))[1].append(r)
    return list(by_grid.values())


def _known_free_words(rows: list[Row], grids: dict[int, list[Field | None]]) -> None:
    """Where a one-line grid's last column is free text of a few words (运维班组: 信息班, 设施班) and a row's name
    was guessed to start where its cell's text does (信息班母婴室改造, the row before it ending in no such text), a
    name that starts with a word the column holds whole in another row of the grid is cut after it, and the word
    put in the row before's last cell. In place."""
    for fields, indices in _by_grid(grids):
        if "name" not in fields or fields[-1] not in (None, *_FREE_FIELDS):
            continue
        n, last = fields.index("name"), len(fields) - 1
        words = {
            text
            for r in indices
            if len(rows[r].cells) == len(fields) and 2 <= len(text := rows[r].cells[last].text) <= 8
            if not _DIGITS.intersection(text)
        }
        if len(words) < 2:
            continue
        for before, r in itertools.pairwise(indices):
            row, above = rows[r], rows[before]
            if row.doubt is not _GUESSED_START or len(above.cells) != len(fields) or above.cells[last].text:
                continue
            whole = row.cells[n]
            word = next((w for w in words if whole.text.startswith(w) and len(whole.text) - len(w) >= 2), None)
            if word is None or whole.raw != whole.text:
                continue
            (a, b), k = whole.span, len(word)
            name = TableCell(whole.text[k:], (a + k, b), whole.line, whole.column + k, whole.text[k:])
            rows[r] = attrs.evolve(row, cells=(*row.cells[:n], name, *row.cells[n + 1 :]))
            free = TableCell(word, (a, a + k), whole.line, whole.column, word)
            rows[before] = attrs.evolve(above, cells=(*above.cells[:last], free))


def _free_word_rows(rows: list[Row], grids: dict[int, list[Field | None]]) -> list[Row]:
    """Where a one-line grid's last column is free text of a few words, held whole by a row (按月, 年度), and another
    row's name holds one of them after a value (新增自助签注一体机两台|年度|出入境政策进企业宣讲), the row is two:
    the name before the value, the value and the word; then the rest, a name of its own, with the row's values (so
    too a last cell that starts with one, a row of its own after it). The rows, two for each such one."""
    split: dict[int, tuple[Row, Row]] = {}
    for fields, indices in _by_grid(grids):
        tail = _tail_of(fields)
        if "name" not in fields or len(tail) < 2 or tail[-1] != ("free", len(fields) - 1):
            continue
        n, last = fields.index("name"), len(fields) - 1
        whole = [r for r in indices if len(rows[r].cells) == len(fields)]
        counts = collections.Counter(rows[r].cells[last].text for r in whole)
        words = sorted(
            (w for w, c in counts.items() if c >= 1 and 2 <= len(w) <= 6 and not _DIGITS.intersection(w)),
            key=len,
            reverse=True,
        )
        if not words:
            continue
        for r in whole:
            cells = rows[r].cells
            name, free = cells[n], cells[last]
            if _as_written(name) and len(name.text) >= 8 and (parted := _parted_by_word(name.text, words, tail)):
                # the word inside the name: the row before it, then the rest with the row's values
                spans, (p, q) = parted
                cell = functools.partial(_part_of, name)
                first = [*cells[:n], cell(0, spans[0][0]), *[cell(spans[0][0], spans[0][0])] * (last - n)]
                for (_, k), (x, y) in zip(tail, spans, strict=False):
                    if k is not None and y > x:
                        first[k] = cell(x, y)
                first[last] = cell(p, q)
                second = [*[cell(q, q)] * n, cell(q, len(name.text)), *cells[n + 1 :]]
                split[r] = (Row(tuple(first)), attrs.evolve(rows[r], cells=tuple(second)))
            elif _as_written(free) and (after := _row_after_word(free.text, words, tail)) is not None:
                # the word first in the last cell, a row of its own after it (年度|出入境业务网上预约占比…|半年)
                k, found = after
                cell = functools.partial(_part_of, free)
                end = len(free.text)
                second = [*[cell(k, k)] * n, cell(k, k + found[0]), *[cell(end, end)] * (last - n)]
                for (_, column), (x, y) in zip(tail, found[1], strict=False):
                    if column is not None and y > x:
                        second[column] = cell(k + x, k + y)
                kept = attrs.evolve(rows[r], cells=(*cells[:last], cell(0, k)))
                split[r] = (kept, Row(tuple(second), doubt=_GUESSED_START))
    if not split:
        return rows
    out: list[Row] = []
    for r, row in enumerate(rows):
        out.extend(split.get(r, (row,)))
    return out


def _as_written(cell: TableCell) -> bool:
    """Whether a cell's text is the file's stretch under its span, as it stands (so that its parts' spans are
    its text's)."""
    return cell.raw == cell.text and cell.span[1] - cell.span[0] == len(cell.text)


def _part_of(cell: TableCell, x: int, y: int) -> TableCell:
    """The stretch [x, y) of a cell read as written (see :func:`_as_written`), a cell of its own."""
    text = cell.text[x:y]
    return TableCell(text, (cell.span[0] + x, cell.span[0] + y), cell.line, cell.column + x, text)


def _row_after_word(text: str, words: list[str], tail: Tail) -> tuple[int, _Found] | None:
    """Where a free last cell starts with a word the column holds whole elsewhere and a row follows it that reads
    whole (a name, its values and its own free text): where that row starts, and its reading; else None."""
    for word in words:
        k = len(word)
        if not text.startswith(word) or len(text) - k < 6 or _never_starts_a_name(text, k):
            continue
        found = _split_row(text[k:], 0, tail)
        if found is None or found[2] or found[0] < 2 or found[1][-1][1] != len(text) - k:
            continue
        if any(y > x for (kind, _), (x, y) in zip(tail, found[1], strict=False) if kind in _TARGETS):
            return k, found
    return None


def _parted_by_word(text: str, words: list[str], tail: Tail) -> tuple[list[tuple[int, int]], tuple[int, int]] | None:
    """Where a name holds a free column's word after a value that reads (两台|年度): the spans of the columns
    before the word (``tail``'s but the free last one), and the word's; None where no place parts it so, or more
    than one does."""
    tail = tail[:-1]
    found = []
    for word in words:
        for m in re.finditer(re.escape(word), text):
            p, q = m.start(), m.end()
            if p < 4 or len(text) - q < 4 or _never_starts_a_name(text, q):
                continue
            head = _split_row(text[:p], 0, tail)
            if head is None or head[2] or head[0] < 2 or head[1][-1][1] != p:
                continue
            if not any(y > x for (kind, _), (x, y) in zip(tail, head[1], strict=False) if kind in _TARGETS):
                continue
            found.append((head[1], (p, q)))
    return found[0] if len(found) == 1 else None


_COMMON_FREE = (
    "free text printed between the name and the values: taken to be the words most of the table's names end in "
    "({}), where the name ends is a guess"
)
_NAME_LASTS = frozenset("率度数量额值性")  # (names end in them: 覆盖率, 满意度, 人数; no free text word does)


def _common_free_words(rows: list[Row], glued: dict[int, list[Field | None]]) -> None:
    """Where a free-text column stands right after the name (its words read into the name: 适配智能导盲杖核心), and
    most of a grid's names end in one of a few words (核心, 一般: at least three rows and three in five of them, by
    at most three words), those words are the column's: each such name is cut before its word, the word put in
    the free column's cell, and the row warns that this is a guess. In place."""
    for fields, indices in _by_grid(glued):
        n = fields.index("name")
        names: dict[int, str] = {}
        for r in indices:
            cells = rows[r].cells
            cell = cells[n]
            if (
                n + 1 < len(cells)
                and not cells[n + 1].text
                and cell.raw == cell.text
                and cell.span[1] - cell.span[0] == len(cell.text)
            ):
                names[r] = cell.text
        if len(names) < 3:
            continue
        counts: dict[str, int] = {}
        for name in names.values():
            for k in (2, 3, 4):
                if len(name) - k >= 2 and name[-1] not in _NAME_LASTS:
                    counts[name[-k:]] = counts.get(name[-k:], 0) + 1
        chosen: list[str] = []
        for word, count in sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]))):
            if count < 2 or len(chosen) == 3:
                break
            if not any(word.endswith(w) or w.endswith(word) for w in chosen) and _HANZI.fullmatch(word[-1]):
                chosen.append(word)
        cut = {r: w for r, name in names.items() for w in chosen if name.endswith(w) and len(name) - len(w) >= 2}
        if len(cut) < 3 or len(cut) * 5 < len(names) * 3:
            continue
        for r, word in cut.items():
            placed = list(rows[r].cells)
            whole = placed[n]
            (a, b), k = whole.span, len(word)
            placed[n] = TableCell(whole.text[:-k], (a, b - k), whole.line, whole.column, whole.text[:-k])
            placed[n + 1] = TableCell(word, (b - k, b), whole.line, whole.column + len(whole.text) - k, word)
            rows[r] = attrs.evolve(rows[r], cells=tuple(placed), doubt=_COMMON_FREE.format(", ".join(chosen)))


_SPACES = re.compile(r"[ \u3000]+")


def _spaced_header(text: str) -> int | None:
    """How many header names a grid header line holds one space apart (一级指标 二级指标 三级指标 指标值), or None."""
    names = _SPACES.split(text)
    if len(names) < 3 or not all(grid_field(name) is not None for name in names):
        return None
    return len(names)


def _ends_spaced_grid(text: str) -> bool:
    """Whether a line ends a grid of spaced cells: a header-block key, a title, page furniture or a header."""
    return (
        _block_prefix(text) is not None
        or _TITLE_RUN.search(text) is not None
        or lone_furniture(text)
        or _spaced_header(text) is not None
    )


def _spaced_row(doc: Text, i: int, width: int) -> Row:
    """A line of cells one space apart: placed by column where it holds them all, else by content (the reader
    places cells whose empty neighbours were dropped)."""
    line = doc.lines[i]
    cells = tuple(doc.cell(i, m.start(), m.end()) for m in re.finditer(r"[^ \u3000]+", line))
    return Row(cells, aligned=len(cells) == width)


# (an unknown value's name, a qualifier before its value word, then another unknown name: 调整前指标值|监测节点)
_OTHER_VALUE_FIRST = re.compile(rf"([\u4e00-\u9fff]{{2,6}}?(?:{VALUE_WORDS}))([\u4e00-\u9fff]{{2,8}})")


def _flat_field(name: str) -> Field | None:
    """The field of a flattened header's name, as :func:`cell_field` has it, or a value's the model has no field
    for (``other_value``)."""
    found = cell_field(name)
    if found is None and value_column(name):
        return "other_value"
    return found


def _has_value(row: Row, fields: Sequence[Field | None]) -> bool:
    cells = row.cells
    for k, field in enumerate(fields):
        if field in VALUE_FIELDS and k < len(cells) and cells[k].text:
            return True
    return False


def _restore(state: _State, saved: _State) -> None:
    for field in attrs.fields(_State):
        setattr(state, field.name, getattr(saved, field.name))


def _header_start(text: str) -> bool:
    """Whether a header name starts the text: one of two characters, 一级 or 序号 …, or of four (分项序号)."""
    return bool(grid_field(text[:2]) or text[:2] in ("一级", "序号", "三级") or grid_field(text[:4]))


def _labels_only(row: Row, fields: Sequence[Field | None]) -> bool:
    """Whether a grid row holds categories and nothing else."""
    return all(f in ("level1", "level2") for f, cell in zip(fields, row.cells, strict=False) if cell.text)


def _may_continue(line: str, fields: Sequence[Field | None], state: _State) -> bool:
    """Whether a line may be the rest of the grid row above it: no categories, header, key or title starts it."""
    text = line.strip()
    return (
        0 < len(text) <= _LONG
        and _categories(text, 0, attrs.evolve(state)).end() == 0
        and not _header_start(text)
        and not lone_furniture(text)
        and _block_prefix(text) is None
        and not ("seq" in fields and _seq_mark(text, state.seq + 1) is not None)
    )


def _joined_row(doc: Text, i: int, j: int, fields: list[Field | None], state: _State) -> tuple[Row, _State]:
    """The grid row of line ``i`` and its rest on line ``j``, read as one line, its cells placed back on their
    lines (a cell over the break joined as a wrapped cell is), and the state it leaves."""
    first, second = doc.lines[i].rstrip(), doc.lines[j]
    lead = len(second) - len(second.lstrip())
    one = Text(first + second[lead:], doc.first_line + i, doc.first_offset + doc.starts[i])
    row = _grid_row(one, 0, fields, 0, len(one.lines[0]), state)
    cut = len(first)

    def back(cell: TableCell) -> TableCell:
        x, y = cell.span[0] - one.first_offset, cell.span[1] - one.first_offset
        if y <= cut and (x < cut or x == y == cut == len(one.lines[0])):
            return doc.cell(i, x, y)
        if x >= cut:
            return doc.cell(j, x - cut + lead, y - cut + lead)
        return doc.extend(doc.cell(i, x, cut), doc.cell(j, lead, y - cut + lead))

    return attrs.evolve(row, cells=tuple(map(back, row.cells))), state


_TRAILING_DIGITS = re.compile(r"(?<![0-9０-９.．,，])[0-9]+$")


def _read_numbered_piece(
    doc: Text,
    i: int,
    pieces: list[tuple[int, int]],
    k: int,
    fields: list[Field | None] | None,
    rows: list[Row],
    many: bool,
    state: _State,
) -> list[Field | None] | None:
    """Read piece ``k`` of a line; in a numbered grid (序号 before the categories: 3购置灭火机120台4质量指标…), a
    number ending the piece before a piece that starts with categories is the next row's 序号 when the rows
    before it end one short of it (the piece is cut at the category word, after the number). The 序号 may be
    glued to a 分值 before it (约180吨|10|10生态效益指标…: the 分值 10, then 序号 10): the digits' last one, two
    or three are tried, the whole run of three or fewer first."""
    a, b = pieces[k]
    if fields and "seq" in fields and k + 1 < len(pieces) and (cut := _next_part_mark(doc.lines[i], a, b, state)):
        # the next row's 序号 numbered within a part (01-04, glued after this row's 分值 8: …每家1间801-04质量指标…)
        after = _read_piece(doc, i, a, cut, fields, rows, many, state)
        pieces[k + 1] = (cut, pieces[k + 1][1])
        return after
    m = _TRAILING_DIGITS.search(doc.lines[i], a, b) if fields and "seq" in fields and k + 1 < len(pieces) else None
    if m is not None and _patterns()[0].match(doc.lines[i], pieces[k + 1][0]).end() > pieces[k + 1][0]:  # type: ignore[union-attr]
        run = m.group()
        widths = [w for w in (3, 2, 1) if w < len(run) and run[-w] != "0"]
        for width in [len(run), *widths] if len(run) <= 3 else widths:
            cut = b - width
            kept, before = len(rows), attrs.evolve(state)
            after = _read_piece(doc, i, a, cut, fields, rows, many, state) if cut > a else fields
            if state.seq == int(run[-width:]) - 1:
                pieces[k + 1] = (cut, pieces[k + 1][1])
                return after
            del rows[kept:]
            state.level1, state.seq, state.short_level2 = before.level1, before.seq, before.short_level2
    return _read_piece(doc, i, a, b, fields, rows, many, state)


def _next_part_mark(line: str, a: int, b: int, state: _State) -> int | None:
    """Where the piece line[a:b], a row that starts with its 序号 numbered within a part (01-03), ends with the next
    row's, written as its own is (01-04, or 02-01 for the next part's first): that 序号's place, else None."""
    if not line[b - 1 : b].isdigit():
        return None
    mark = _seq_mark(line[a:b].lstrip(), state.seq + 1)
    if mark is None or mark.n <= PART or mark.series or mark.chinese:
        return None
    for width in range(3, 8):
        if b - width <= a + mark.end:
            break
        # (a later row's of the piece's grid: the rows before it in the piece are cut at their own 序号 later)
        # (the next piece's categories after it: where _SEQ_PART looks for a word after a 序号)
        last = _SEQ_PART.match(line, b - width)
        if last is None or last.end() != b or not last.group(1).isdigit():
            continue
        n = int(last.group(1)) * PART + int(last.group(3))
        if n > mark.n and mark.next(n) == line[b - width : b]:
            return b - width
    return None


def _read_piece(
    doc: Text, i: int, a: int, b: int, fields: list[Field | None] | None, rows: list[Row], many: bool, state: _State
) -> list[Field | None] | None:
    """Read the stretch [a, b) of line ``i`` as a header, a block, a title or grid rows; the grid's fields after."""
    text = doc.lines[i][a:b]
    header = split_header(text) if _header_start(text) or _FIRST_NAME.match(text) else None
    if header is not None and len(header) >= 2:
        cells = tuple(doc.cell(i, a + x, a + y) for x, y in header)
        rows.append(Row(cells))
        named = list(map(_flat_field, (c.text for c in cells)))
        if named != fields:  # (a header repeated after a page break goes on counting: 10, then 11 after it)
            state.level1, state.seq, state.short_level2 = None, 0, False
        return named
    if lone_furniture(text):
        rows.append(Row((doc.cell(i, a, b),), aligned=False))
        return fields
    prefix = _block_prefix(text)
    starts_project = block_key(prefix or "") == "project"
    # (a key and its colon after a grid on a whole-table line: the header block's items, printed after the grid)
    item = many and prefix is not None and text.startswith((":", "："), len(prefix))
    if fields is None or starts_project or item:
        rows.append(Row(_block_cells(doc, i, a, b), aligned=False))
        return None
    split = _Splits()  # a piece's rows are split as they are cut and again as rows: once each
    # (a 序号 before each row says where free text ends: the numbering cuts such rows, as it cuts any)
    numbered = "seq" in fields and _seq_mark(text, state.seq + 1) is not None
    free_last = any(f in _FREE_FIELDS for f in fields) or (len(fields) > 2 and fields[-1] is None)
    if many and not numbered and free_last and not _one_row(text, fields, split):
        rows.extend(_free_text_rows(doc, i, a, b, fields, state, split))
    elif many:
        for x, y in _row_cuts(text, fields, state, split):
            rows.append(_grid_row(doc, i, fields, a + x, a + y, state, split=split))
    else:
        rows.append(_grid_row(doc, i, fields, a, b, state))
    return fields


# A value of words no grammar reads, after a name, is taken to start at a verb that starts such values (设施运行维护|
# 建立长效管护机制|6, 校园足球发展格局|形成“一校一品”特色): where nothing else reads, and only before a last 分值
# or the row's end
_WORDED_VERBS = re.compile(r"建立|形成|覆盖|实现")
_WORDED_GUESS = (
    "a value of words that no grammar reads: taken to start at its verb (建立, 形成, 覆盖, 实现), where the name ends "
    "is a guess"
)


def _worded_value(text: str, name_start: int, tail: Tail) -> _Found | None:
    """The name's end and the tail's places where the value is words the normalizer keeps as text, started by a
    verb of :data:`_WORDED_VERBS` (not in the name's first two characters), the tail a target alone or a target and
    a last 分值 (its number ending the row)."""
    kinds = [kind for kind, _ in tail]
    if kinds[0] not in _TARGETS or not (len(kinds) == 1 or kinds[1:] in (["weight"], ["points"])):
        return None
    verb = _WORDED_VERBS.search(text, name_start + 2)
    if verb is None:
        return None
    end = len(text)
    places = [(verb.start(), end)]
    if len(kinds) == 2:
        last = _LAST_NUMBER.search(text, verb.end())
        if last is None:
            return None
        end = last.start()
        places = [(verb.start(), end), (end, len(text))]
    value = text[verb.start() : end]
    if _DIGITS.intersection(value) or normalize(value).kind != "text":
        return None  # (a value that holds a number, or that a grammar reads: not this guess's to take)
    return verb.start(), places, []


_GUESSED_START = (
    "rows glued on one line: where the free text of the row before ends and this name starts is a guess "
    "(the text between their values holds both)"
)
# What ends a free-text cell before a name: a sentence's end or a placeholder (/, —) for sure; likely a title's
# end (…储备规划（2023—2025年）》), a standard (行业标准, as 指标值确定依据 cells print it, alone or after the
# 指标解释), the verb that closes a method or a scoring rule (…以年报数据为准, …按上年实际确定, 每少1件扣0.5分,
# 未完成不得分, …按比例计分), or 无 (a placeholder, though names may start with it: 无障碍设施).
# Words that end a basis or a method cell (指标值确定依据, 指标解释) more often than they stand inside a name, and
# the characters both the free text and the name after it must hold for such a word to cut them.
_BASIS_ENDS = (
    *("实施方案", "工作方案", "计划", "规划", "面积", "工期", "工作量"),
    *("调查", "测算", "考核", "要求", "汇总", "复核", "名册", "实际值", "均值"),
    # (the evidence a 佐证材料 or 数据来源 cell names: 验收报告, 分级记录, 采收台账, 财务凭证, 现场测量, 行业规范)
    *("报告", "记录", "台账", "凭证", "测量", "清单", "规范", "要点", "资料", "档案", "照片", "签到表", "入库单"),
    # (验收单, 现场核查, 商标公告, 获奖证书, 批复文件, 统计报表)
    *("验收单", "核查", "公告", "证书", "文件", "报表"),
    # (统计月报, 采购合同, 检定规程, 实地丈量, 作业设计; an office that answers for it: 区住建局, 工程管理股)
    *("月报", "合同", "规程", "丈量", "设计", "局", "股"),
)
_ROOM = 4
# A cell of a period word alone, before the next row's name (年度|牡丹科普…): a column of when (计量周期); or of a
# month, a date (9月|初加工车间改造, 2025年12月底|…: 考核时点; names do not start with one)
_PERIOD_CELL = re.compile(
    r"(?:半年度|年度|季度|月度|一次性|(?:(?:19|20)\d\d年)?(?:1[0-2]|0?[1-9])月(?:(?:[1-3]?\d)日|份|底|末|初|[上中下]旬)?)"
    r"(?=[\u4e00-\u9fffA-Za-z（(]|$)"
)
_FREE_END = re.compile(
    r"(?:(?P<sure>.*[。；;！？!?](?:(?:计划|行业|历史|其他)标准(?![:：]))?|[/／—－\-]+)|.*》"
    r"|.*?(?:计划|行业|历史|其他)标准(?![:：])"
    r"|.*?(?:为准|确定|计分|不得分|扣[0-9.]*分|扣完为止)|无"
    # (a formula: 抽查合格户数/抽查总户数×100%)
    r"|(?P<formula>.*?[×*]100[%％])"
    # or, less likely, a noun or verb that closes a basis or a method (项目实施方案, 合同约定工期, 问卷调查, 政策要求,
    # 按上年实际测算): only where both the free text and the name have room (see _BASIS_ENDS)
    rf"|(?P<word>.{{{_ROOM - 2},}}?(?:{'|'.join(_BASIS_ENDS)})))"
    r"(?=[\u4e00-\u9fffA-Za-z（(★《“])"
)


def _free_text_rows(
    doc: Text, i: int, a: int, b: int, fields: list[Field | None], state: _State, split: _Split | None = None
) -> list[Row]:
    """Grid rows glued in one piece of a whole-table line, each ending in a free-text cell (指标解释, 偏差原因).

    A row's values end where they read no further (as on a line of its own); the next row's values start at
    the first place after them where all of them read again. The text between holds the free text of the one
    and the name of the other, glued: it is cut after a sentence's end or a placeholder (/, —, 无) where
    there is one, else the free text is taken to be empty; unless a sentence's end or a / or — cut it, the
    name's indicator warns that where it starts is a guess. Where the values do not read, the rest is reported
    and not read (never a number guessed).

    Where a 分值 follows the free text (指标解释, 分值), a row ends with it, the last number before the next
    row's name: nothing is guessed there."""
    split = split or _split_row
    text = doc.lines[i][a:b]
    tail = _tail_of(fields)
    cats = _patterns()[0].match(text)
    assert cats is not None
    kinds = [t[0] for t in tail]
    weighted = len(tail) > 2 and kinds[-1] in ("weight", "points") and kinds[-2] == "free"
    worded = len(tail) > 2 and kinds[-1] in ("direction", "standard") and kinds[-2] == "free"
    closed = weighted or worded  # (a row's last cell after its free text tells where the row ends)
    body = tail[:-2] if closed else tail[:-1]
    values = body if tail and "free" in kinds[-2:] and "free" not in (t[0] for t in body) else None
    if _PLACEHOLDER_RUN.fullmatch(text, cats.end()):
        return [_grid_row(doc, i, fields, a, b, state, split=split)]  # a placeholder row (社会成本指标———)
    rows: list[Row] = []
    start, name_start, guessed = 0, cats.end(), False  # guessed: where this row's name starts
    keys: set[str] | None = None  # the key columns the first row fills: every row of the grid fills them
    # (after a sentence's end, a 指标值确定依据 of its own may come before the name: then the end is a guess)
    one_free = sum(f in _FREE_FIELDS for f in fields) < 2
    # (the last column one the model does not know)
    unknown = bool(tail) and tail[-1][1] is not None and fields[tail[-1][1]] is None
    level1 = cats.group("level1")
    cap = _points_of(level1) if level1 else state.points if state is not None else None
    while values:
        found = split(text, name_start, values, glued=True, cap=cap)
        end = _glued_row_end(text, found, name_start, values, keys)
        if found is None or end is None:
            break
        keys = keys if keys is not None else _keys(found[1], values)
        last = end == len(text) or (unknown and _PERIOD_CELL.fullmatch(text, end) is not None)  # (…≥95%|2025年12月)
        after = None if last else split(text, end, values, glued=True, cap=cap)
        if after is not None and (after[0] <= end or not _fills(after[1], values, keys)):
            after = None  # (a next row whose readings disagree on its end is cut off all the same, then reported)
        cut, sure = len(text), True
        if after is not None and weighted:
            points = [m for m in _DIGIT_RUN.finditer(text, end, after[0]) if m.end() < after[0]]
            if not points or _POINTS_NUMBER.fullmatch(points[-1].group(0)) is None:
                break
            cut = points[-1].end()
        elif after is not None and worded:
            # a 指标方向性 (or 绩效标准) after the free text ends the row: the last such word before the next name
            words = [m for m in _LAST_WORD.finditer(text, end, after[0]) if m.end() < after[0]]
            if not words:
                break
            cut = words[-1].end()
        elif after is not None:
            mark = _FREE_END.match(text, end, after[0])
            if mark is not None and mark.group("word") is not None and after[0] - mark.end() < _ROOM:
                mark = None  # (a basis word with no room for a name after it: the name's own)
            cut, sure = (mark.end(), mark.group("sure") is not None) if mark is not None else (end, False)
            sure = sure and one_free
            if unknown and (period := _PERIOD_CELL.match(text, end, after[0])) is not None:
                cut, sure = period.end(), True  # (a column the model does not know, of period words: 计量周期)
        doubt = _GUESSED_START if guessed else None
        if closed:
            row = _grid_row(doc, i, fields, a + start, a + cut, state, None, doubt, split)
        else:
            row = _grid_row(doc, i, fields, a + start, a + end, state, values, doubt, split)
        if cut > end and not closed:
            free = tail[-1][1]
            assert free is not None
            cells = list(row.cells)
            cells[free] = doc.cell(i, a + end, a + cut)
            row = attrs.evolve(row, cells=tuple(cells))
        rows.append(row)
        if after is None:
            return rows
        start = name_start = cut
        guessed = not sure
    rest = start if rows else (_first_row_end(text, cats.end(), fields, split) or cats.end())
    if not rows and rest and not closed:
        rows.append(_grid_row(doc, i, fields, a, a + rest, state, _tail_of(fields)[:-1], split=split))
    if rest < len(text):
        rows.append(Row((doc.cell(i, a + rest, b),), aligned=False, unreadable=_GLUED_FREE_TEXT))
    return rows


def _glued_row_end(text: str, found: _Found | None, name_start: int, values: Tail, keys: set[str] | None) -> int | None:
    """Where a row found in a stretch of glued rows ends, if it fills the key columns and its readings agree on
    that end (cells they disagree on within it, ≥85%591%5: 5|91% or 59|1%, are reported, not read); where the
    last cells disagree, the end the glued readings share, when the next row's name may start there."""
    if found is None or not _fills(found[1], values, keys):
        return None
    end = max([name_start, found[0], *(y for x, y in found[1] if y > x)])
    if found[2] and max(y for _, y in found[2]) >= end:
        # the row's last cells read more than one way (31.861010: 31.86|1010 or 31.861|010): a glued split keeps
        # only the readings that end furthest, so the row ends there all the same; its cells are reported
        end = max(y for _, y in found[2])
        if end < len(text) and not _boundary(text, end):
            return None
    return end


_KEY_KINDS = frozenset({"comparator", "weight", "points", "direction", "standard"})


def _keys(spans: list[tuple[int, int]], tail: Tail) -> set[str]:
    return {kind for (kind, _), (x, y) in zip(tail, spans, strict=True) if y > x and kind in _KEY_KINDS}


def _fills(spans: list[tuple[int, int]], tail: Tail, keys: set[str] | None) -> bool:
    """Whether a row's values fill the key columns the grid's first row fills (a 指标性质, a weight, a
    direction: text in a 指标解释 such as 每月至少采样一次 reads as a value, but fills none of them)."""
    return keys is None or keys <= _keys(spans, tail)


def _first_row_end(text: str, name_start: int, fields: list[Field | None], split: _Split | None = None) -> int | None:
    """Where the free text of the first row of a piece of glued rows starts (its name, values, weight read as
    on a line of its own, and the same without the text after them), or None."""
    tail = _tail_of(fields)
    if not tail or tail[-1][0] != "free":
        return None
    split = split or _split_row
    found = split(text, name_start, tail)
    if found is None or found[2]:
        return None
    x, y = found[1][-1]
    if not x < y == len(text):
        return None
    again = split(text[:x], name_start, tail[:-1])
    if again is None or again[2] or again[0] != found[0] or again[1] != found[1][:-1]:
        return None
    return x


_ANOTHER_ROW = re.compile(r"[0-9０-９≥≤≧≦≮≯<>＜＞=＝%％]|正向|反向|计划标准|行业标准|历史标准")


def _one_row(text: str, fields: list[Field | None], split: _Split | None = None) -> bool:
    """Whether a piece of a whole-table line that ends in free text is one row: it reads as one, and its free
    text holds nothing of another row (no number, comparator or column word)."""
    tail = _tail_of(fields)
    cats = _patterns()[0].match(text)
    assert cats is not None
    found = (split or _split_row)(text, cats.end(), tail) if tail else None
    if found is None or found[2]:
        return False
    free = [text[x:y] for (kind, _), (x, y) in zip(tail, found[1], strict=True) if kind == "free"]
    return not any(_ANOTHER_ROW.search(f) for f in free)


# Where a title may start (a year, 部门, 单位, 项目支出, 绩效): a cheap test before the title's optional parts.
_TITLE_START = r"(?=[0-9]{4}年|部门|单位|项目支出|绩效)"
_TITLE_FIRST = "0-9部单项绩"  # (the characters those start with)


def _first_chars(words: Iterable[str]) -> str:
    """The first characters of ``words``, escaped for a character class."""
    return "".join(re.escape(c) for c in sorted({w[0] for w in words}))


@functools.cache
def _cut_points() -> re.Pattern[str]:
    """Where a whole-table line is cut: keys that start a project, header runs, titles, category words.

    Each kind of cut, and the whole, is tried only at a character its words start with (the words the grammar's
    terminals are written from, see :func:`grammar_text`): without those tests every place of a line tried
    every alternative, a fifth of reading a whole-table line."""
    t = _terminal
    header = _first_chars(flattened_header_words())
    category = _first_chars([*_words(1), *_words(1, short=True), *_words(2)])
    items = _first_chars(_block_key_words())
    level2 = t("LEVEL2_NAME")
    return re.compile(
        rf"(?=[{header}{category}{items}{_TITLE_FIRST}])"
        rf"(?:(?P<header>(?=[{header}])(?:{t('HEADER_NAME')}){{2,}})|(?P<title>{_TITLE_START}{_TITLE_RUN.pattern})"
        rf"|(?P<project>项目名称)"
        # a header-block item after a space (…≥90%10 中期目标：三年内…): the grid ended before it
        rf"|(?<=[ \u3000；;])(?P<item>(?=[{items}])(?:{_block_keys().pattern})(?=[:：]))"
        # (a level 1 without 指标 only before a level 2 that does not start where it does: 产出质量 is a level 2)
        rf"|(?P<category>(?=[{category}])(?:{t('LEVEL1_NAME')}(?:{level2})?|{level2}|(?:{t('LEVEL1_SHORT')}){level2})))"
    )


def _segments(line: str, lead: int) -> tuple[list[tuple[int, int]], set[tuple[int, int]], str]:
    """A long line cut into pieces: before each project, around header runs and titles, before category words
    (only after the first header run: before it they are header-block text); the pieces that are page feet
    (see :func:`_page_feet`); and the space that joins its rows, where one does (else "")."""
    end = len(line.rstrip())
    cuts = {lead, end}
    breaks = []  # where a header run, a title or a project starts: where a page may have begun
    seen_header = in_grid = False  # (in_grid: after a header run, whether or not it names categories)
    level2_end, level2_word = -1, ""  # where the last category cut that holds a level 2 ends, and that level 2
    spaced = ""  # (rows joined by a space: the space, ideographic or not)
    header_stop: int | None = None  # where the last header run ends, while nothing else has come after it
    categories: set[int] = set()  # where category words cut
    numbered_categories: set[int] = set()  # those of a grid with a 序号 column
    numbered = False
    for m in _cut_points().finditer(line, lead, end):
        kind = m.lastgroup
        if header_stop is not None and m.start() < header_stop:
            continue  # inside the header run before, its names the model does not know taken in (原指标值指标值)
        if kind == "category" and m.start() == level2_end and level2_word.startswith(m.group(0)):
            continue  # the level 2's words right after it are the name (服务对象满意度指标|服务对象满意度≥90%)
        if kind in ("header", "title"):
            stop = _unknown_name_end(line, m) if kind == "header" else m.end()
            if kind == "header" and header_stop is not None and not line[header_stop : m.start()].strip():
                # known names again right after a header's last unknown one (…实际完成值 完成比例|分值 得分): one
                # header
                cuts -= {header_stop, m.start()}
                cuts.add(stop)
                header_stop = stop
                continue
            header_stop = stop if kind == "header" else None
            cuts |= {m.start(), stop}
            breaks.append(m.start())
            in_grid = kind == "header"
            if kind == "header":
                # a grid with no category columns (序号, 指标名称) has category words in its names only
                fields = [grid_field(w) for w in _header_words(m.group(0))]
                seen_header = "level1" in fields or "level2" in fields
                numbered = "seq" in fields  # (a grid with a 序号 column: see _mark_before below)
                # (a header run between two spaces: the rows are joined by a space, see below)
                before = line[m.start() - 1 : m.start()]
                if not spaced and before in (" ", "\u3000") and line[stop : stop + 1] == before:
                    spaced = before
        elif kind == "project":
            cuts.add(m.start())
            breaks.append(m.start())
            seen_header = in_grid = False
        elif kind == "item":
            if in_grid:  # (items before the grid are cut by the header block's reader)
                cuts.add(m.start())
                seen_header = in_grid = False
        elif seen_header:
            cats = _patterns()[0].fullmatch(m.group(0))
            if cats is not None and not cats.group("level2") and len(level1_name(cats.group("level1"))) <= 2:
                continue  # a short 一级 (决策, 过程) alone is a word of a name (…区委区政府决策的支撑作用)
            cuts.add(m.start())
            categories.add(m.start())
            if numbered:
                numbered_categories.add(m.start())
            level2 = _patterns()[0].fullmatch(m.group(0)).group("level2")  # type: ignore[union-attr]
            if level2:
                level2_end, level2_word = m.end(), level2
    feet = _page_feet(line, breaks, end)
    for x, y in feet:
        cuts |= {x, y}
    if spaced:
        # rows joined by a space (a web page's table copied as one line): a space before a word, a bracket or a
        # 序号 ends a row (not one before a number: GB 5749-2022, 不少于 20 场)
        for m in _ROW_SPACE[spaced].finditer(line, lead, end):
            cuts |= {m.start(), m.end()}
    # a written 序号 glued before the category words its row starts with is the row's (…计划标准10|Ⅰ-4|质量指标…)
    # (in a grid with a 序号 column only: 考务工作规程第三十条|成本指标 cites an article)
    cuts = {_mark_before(line, c, lead) if c in numbered_categories else c for c in cuts}
    categories = {_mark_before(line, c, lead) if c in numbered_categories else c for c in categories}
    ordered = sorted(cuts)
    # a 序号 alone before the category words its row starts with stays the row's (  A.产出指标…,  1.产出指标…)
    kept = [y for x, y in itertools.pairwise(ordered) if y not in categories or not _lone_seq(line, x, y)]
    ordered = [ordered[0], *kept]
    return [(x, y) for x, y in itertools.pairwise(ordered) if line[x:y].strip()], set(feet), spaced


def _mark_before(line: str, at: int, lead: int) -> int:
    """Where a written 序号 (Ⅰ-4, A-01, （三）, ③: not bare digits, a weight's as likely) ends at ``at`` starts, the
    longest such, else ``at``."""
    for size in range(min(6, at - lead), 0, -1):
        if line[at - size] in _DIGITS and line[at - size - 1 : at - size] in _IN_NUMBER:
            continue  # (digits that go on a number: ≥0.58|时效指标, 2025.10|成本指标)
        # (not a weight's digits taken in: 10|一(3), not 10一(3))
        digit_led = line[at - size] in _DIGITS and marked_seq(line[at - size + 1 : at])
        if not digit_led and marked_seq(line[at - size : at]):
            return at - size
    return at


def _lone_seq(line: str, x: int, y: int) -> bool:
    """Whether ``line[x:y]`` is a 序号 and nothing else, its blanks aside (1., A., （三）), before the word at ``y``."""
    x += len(line[x:y]) - len(line[x:y].lstrip(" \u3000"))
    y = x + len(line[x:y].rstrip(" \u3000"))
    mark = _seq_mark(line[x : y + 1], 0) if y > x else None  # (with the word's first character: A. is one before it)
    return mark is not None and mark.end == y - x


def _unknown_name_end(line: str, header: re.Match[str]) -> int:
    """Where a header run ends, with a last name the model does not know after it (…指标值|佐证材料, see
    :func:`_unknown_last`): the shortest such name up to a space, the line's end or a category word (佐证材料 效益指标…,
    佐证材料|效益指标…)."""
    stop = header.end()
    at = stop  # (a plan's later years' values after it, names the model does not know: 2026年度指标值2027年度指标值)
    while (value := OTHER_VALUE.match(line, at)) is not None and value.group()[:1].isdigit():
        at = value.end()
    # (or a part of the year's values, then a deviation's column: …年度指标值|1-6月完成值|全年预计完成值|
    # 偏差原因及纠偏举措)
    if at > stop and (value := OTHER_VALUE.match(line, at)) is not None:
        end = value.end()
        if (deviation := DEVIATION_NAME.match(line, end)) is not None and split_header(
            line[header.start() : deviation.end()]
        ):
            return deviation.end()
    if at > stop and split_header(line[header.start() : at]) is not None:
        return at
    m = _UNKNOWN_NAME.match(line, stop)
    if m is None:
        return stop
    # (no category word in it: …备注|产出指标…, where a category word ends it)
    limit = next((x for x in range(stop, m.end() + 1) if _categories(line, x, None).end() > x), None)
    # (or the first 序号, where the header names one: …实施主体|【1】罗汉果…, …资料来源|ZB001铁棍山药…)
    numbered = None
    if any(grid_field(word) == "seq" for word in _header_words(header.group(0))):  # (序号, 序次, 行次 …)
        if line[m.end() - 1] in "（(" and _first_seq(line[m.end() - 1 : m.end() + 11]):
            numbered = m.end() - 1  # (a 序号 in brackets, its opening one read into the name: …考核单位|（１）新增…)
        elif (q := next((q for q in range(stop + 2, m.end() + 1) if _first_seq(line[q : q + 12])), None)) is not None:
            numbered = q  # (after the name, or inside the characters taken for it: …评价主体|第一项马头琴…)
        elif line[m.end() : m.end() + 1] == "1" and _categories(line, m.end() + 1, None).end() > m.end() + 1:
            numbered = m.end()  # (a bare 1 before the first row's category words: …对标参照值|1|产出指标…)
    for q in range(stop + 2, (m.end() if limit is None else limit) + 1):
        if q < len(line) and q != limit and q != numbered and line[q] not in " \u3000":
            continue
        if _unknown_last(line[header.start() : q]) is not None:
            return q
    # (or names inside, known names after them, up to the categories: …三级指标年中目标值目标值|产出指标…)
    far = limit or next(
        (x for x in range(m.end(), min(len(line), stop + 24)) if _categories(line, x, None).end() > x), None
    )
    if far is not None:
        far = header.start() + len(line[header.start() : far].rstrip(" \u3000"))  # (rows joined by spaces)
        if split_header(line[header.start() : far]) is not None:
            return far
    return stop


def _first_seq(text: str) -> bool:
    """Whether a text starts with a grid's first 序号, written with a mark or a code (【1】, 1、, ZB001, 1-1-1), not
    a bare digit (a header name may go on into a value: …完成值|100%)."""
    mark = _seq_mark(text, 1)
    if mark is None or not mark.marked:
        return False
    return mark.n in (1, PART + 1, (PART + 1) * PART + 1)


_ROW_SPACE = {
    # (or a letter 序号 with its mark: A.产出指标; or coded, S01储备…, A-1产出…)
    space: re.compile(
        space + r"(?=[\u4e00-\u9fff（(《“]|[0-9]{1,3}[、.．)）]?[\u4e00-\u9fff—－/／]|[A-Za-z][.．、][\u4e00-\u9fff]"
        r"|[A-Z]{1,3}[-－.．]?[0-9]{1,4}[\u4e00-\u9fff])"
    )
    for space in (" ", "\u3000")
}


def _page_feet(line: str, breaks: list[int], end: int) -> list[tuple[int, int]]:
    """Page numbers ``k/m`` glued into a whole document pasted as one line (…≥95.0%2/3 then the header repeated):
    the last page's ``m/m`` ends the line, and pages 1 … m-1 end right before a header run, a title or a project
    (``breaks``), in order. Found only all together: the numbering tells 101/2 (a weight 10, page 1 of 2) from
    a value."""
    last = next((m for m in range(99, 0, -1) if line.endswith(f"{m}/{m}", 0, end)), None)
    if last is None or last < 2:
        return []
    feet = []
    at = 0
    for k in range(1, last):
        foot = f"{k}/{last}"
        c = next((c for c in breaks if c > at and line.startswith(foot, c - len(foot))), None)
        if c is None:
            return []
        feet.append((c - len(foot), c))
        at = c
    return [*feet, (end - len(f"{last}/{last}"), end)]


def _header_words(text: str) -> list[str]:
    spans = split_header(text)
    return [text[x:y] for x, y in spans] if spans is not None else []


def _row_cuts(
    text: str, fields: list[Field | None], state: _State | None = None, split: _Split | None = None
) -> list[tuple[int, int]]:
    """Rows glued in one piece (merged categories, so nothing marks where a row starts): each row is a name and
    its values, up to where a name may start; a piece that does not split so stays one row."""
    tail = _tail_of(fields)
    cats = _patterns()[0].match(text)
    assert cats is not None
    rows, start, pos = [], 0, cats.end()
    # 序号 glued before each row (1新建集中供水工程3处2改造…): a row ends where the next number starts
    if "seq" in fields:
        mark = _seq_mark(text, state.seq + 1 if state is not None else 1)
        if mark is not None:
            return _numbered_cuts(text, mark, tail, split)
    # (free text last, 指标解释 or 偏差原因, reads to the piece's end in every reading: no row ends before it)
    while tail and tail[-1][0] != "free" and pos < len(text):
        found = (split or _split_row)(text, pos, tail, glued=True)
        if (merged := _merged_targets(tail)) is not None and (found is None or found[1][-1][1] >= len(text)):
            # two targets glued that part more than one way (≥124.2万件: 12|4.2 or 1|24.2; the piece read as one
            # row, its name taking them in, a sign and a number): where the row ends read with the two as one, where
            # the name ends sooner so, its values left for the row's own reading to doubt
            one = _split_row(text, pos, merged, glued=True)
            swallowed = found is not None and _COMPARATOR_NUMBER.search(text, pos, found[0]) is not None
            if one is not None and (found is None or (swallowed and one[0] < found[0])) and one[1][-1][1] < len(text):
                found = one
        if found is None:
            break
        cut = found[1][-1][1]
        if cut >= len(text) or found[2]:
            break  # the last row, or one whose end reads more than one way: the rest stays one row
        rows.append((start, cut))
        start = pos = cut
    if start < len(text):
        if rows and not _WORD_OR_DIGIT.search(text, start):
            rows[-1] = (rows[-1][0], len(text))
        else:
            rows.append((start, len(text)))
    return rows or [(0, len(text))]


def _merged_targets(tail: Tail) -> Tail | None:
    """The tail with two target columns side by side read as one (实施期指标值 and 年度指标值), or None where it has
    no such pair."""
    for k in range(len(tail) - 1):
        if tail[k][0] in _TARGETS and tail[k + 1][0] in _TARGETS:
            return [*tail[:k], (tail[k][0], None), *tail[k + 2 :]]
    return None


_ZERO_LED = re.compile(r"[^0-9０-９.．]*[0０][0-9０-９]")  # (a number led by a zero, as none is written: 08)


def _numbered_cuts(text: str, mark: _SeqMark, tail: Tail, split: _Split | None = None) -> list[tuple[int, int]]:
    """Numbered rows glued on one line: each row ends at the first place the next 序号 starts where the row
    reads up to it; inside a number (12.31|4应急) only when the row does not read through it too (≥4|5人: 45人);
    where it reads nowhere, before the first word after the next 序号. The next 序号 is written as the first
    one is (1. 2. 3., （1）（2）, 1、2、)."""
    rows, start, pos, seq = [], 0, mark.end, mark.n
    while True:
        # (the next number, or the first of the next part, 1-1-3 then 1-2-1: the one written first after here)
        number, following = seq + 1, mark.next(seq + 1)
        if seq > PART:
            # (parts named by their category may skip one: 产出-6, then 效益-1 where no 成本 part is)
            skipped = [(seq // PART + k) * PART + 1 for k in (2, 3)] if mark.part_name else []
            written = [(text.find(w, pos), n, w) for n in (*next_seqs(seq), *skipped) if (w := mark.next(n))]
            if found_next := [c for c in written if c[0] >= 0]:
                _, number, following = min(found_next)
        if not following:
            break  # (no next 序号 written as this one is: ㈩ ends its series; the rest is this row's)
        cut = clean = held = None
        for m in re.finditer(re.escape(following), text[pos:]):
            q = pos + m.start()
            after = q + len(following)
            if after >= len(text) or not _name_char(text[after]):
                continue
            if not mark.close and text[after] in ".．,，":
                continue
            if mark.close in (".", "．") and text[after] in _DIGITS:
                continue  # a decimal (2.5), not 2. before a name
            if text[q - 1] in _DATE_JOINERS and not _cuts_no_number(text, q):
                continue  # a date's part (2025年|9月30日前), not the next 序号
            # a number before the next 序号 (排名前15|12.满意度) may take its digits only when it is bare: a
            # written 序号 (12. before a word) ends no number
            inside = not mark.open and not mark.close and text[q - 1] in _IN_NUMBER
            # (after a 分值, the last column, the digits before the next 序号 are the 分值's: 行业标准5|4改造…)
            weighed = inside and bool(tail) and tail[-1][0] in ("weight", "points") and text[q - 1] in _DIGITS
            if (not inside or weighed) and ("\u4e00" <= text[after] <= "\u9fff" or mark.close) and clean is None:
                clean = q  # the next number before a word: where the row ends if it reads nowhere
            row = text[start:q]
            found = (split or _split_row)(row, pos - start, tail)
            if found is None or found[2] or not found[1] or found[1][-1][1] != len(row):
                continue
            k = max(range(len(found[1])), key=lambda j: found[1][j][1])
            last = found[1][k]
            # (a 分值 last takes the digits before the next 序号: 10|2独生子女…, since a row with no 序号 of its own
            # is no row of a numbered grid; a value does not: ≥4|5人 may be ≥45人)
            scored = tail[k][0] in ("weight", "points")
            if inside and tail[k][0] == "free":
                continue  # free text reads anything: it does not end inside a number (163|场 of 163场553…)
            through = text[start + last[0] : after]  # (the value read on through the next 序号)
            # (a number does not start with 0 and a digit: 0|8补助资金… is a value 0 and the 序号 8)
            if last[1] > last[0] and (not inside or scored or not _reads(through) or _ZERO_LED.match(through)):
                if inside and text[after] in _DIGITS and _unit_at(text, _digits_end(text, after)):
                    continue  # inside a quantity (≥120场12|6场1010: 126场), no 序号 at all
                if held is None and ((text[after] in _DIGITS and not scored) or (inside and _unit_at(text, after))):
                    # a number after the 序号, the row's 分值 left empty: the 序号 may be the end of that number
                    # (12口|202古井 is 12口, 20 and 2古井); so may a number with a unit after it (16|3场553…: 163场,
                    # then 分值 and 得分 55); a later place that reads so is taken first
                    held = q
                    continue
                cut = q
                break
        cut = cut if cut is not None else held if held is not None else clean
        if cut is None:
            break
        rows.append((start, cut))
        start, pos, seq = cut, cut + len(following), number
    rows.append((start, len(text)))
    return rows


def _dash_before_digit(text: str, at: int) -> bool:
    """Whether a dash for none stands at ``at``, a digit after it (an empty unit's mark before the weight: —|10)."""
    return text[at : at + 1] in ("—", "－") and text[at + 1 : at + 2] in _DIGITS


def _digits_end(text: str, at: int) -> int:
    """Where the run of digits starting at ``at`` ends."""
    while at < len(text) and text[at] in _DIGITS:
        at += 1
    return at


def _unit_at(text: str, at: int) -> bool:
    """Whether a unit the normalizer knows starts at ``at`` (场 of 163场; a word of one to three characters)."""
    return any(known_unit(text[at : at + w]) for w in (1, 2, 3) if at + w <= len(text))


@attrs.frozen
class _SeqMark:
    """A 序号 glued before a row's name: its number, where it ends, and how it is written around the number."""

    n: int
    end: int
    open: str = ""
    close: str = ""
    width: int = 0  # digits, where the numbers are padded with zeros (01, 02 …)
    chinese: bool = False  # written in Chinese numerals (一, 十三)
    joint: str = "-"  # between a part's number and the number within it (1-2, 1.2)
    series: str = ""  # written as marks in a series, its numbers' (① … ⑳, ⑴ … ⒇, Ⅰ … Ⅻ, 甲 … 癸)
    capital: bool = False  # in Chinese numerals, capital ones (壹, 拾叁)
    sub_width: int = 0  # digits of the number within a part, padded with zeros (1-01, 1-02 …)
    sub_series: str = ""  # the number within a part written as a series' mark (1-①, 1-②: ① … ⑳)
    wide: bool = False  # written in full-width digits (（１）, as a Chinese input method types them)
    # nested, each step's joint before it, brackets and numerals ((("", "（", "）", True), ("", "", "", False)):
    # （一）1; 1-(5)-1: three steps)
    steps: tuple[tuple[str, str, str, bool], ...] = ()
    part_name: str = ""  # a part named by its category (产出-1: 产出), its number the form's order of them

    @property
    def marked(self) -> bool:
        """Whether it is written with a mark or a code (【1】, 1、, ZB001, ⅰ, 1-1), not as a bare number, which may as
        well be a value's."""
        return bool(self.open or self.close or self.width or self.series or self.n > PART)

    def next(self, n: int) -> str:
        """How the 序号 ``n`` is written, as this one is (in full-width digits where it is: （１）, （２）)."""
        written = self._written(n)
        return written.translate(_WIDE_DIGITS) if self.wide else written

    def _written(self, n: int) -> str:
        if self.steps:  # (as many steps as this one's only: 1-(5)-1 is not written after 1-(5))
            numbers = _steps_of(n)
            if len(numbers) != len(self.steps):
                return ""
            return "".join(
                f"{joint}{open_}{_chinese(k) if chinese else k}{close}"
                for (joint, open_, close, chinese), k in zip(self.steps, numbers, strict=True)
            )
        if n > PART * PART:  # (numbered within a part's parts: 1.1.2)
            return f"{n // PART // PART}{self.joint}{n // PART % PART}{self.joint}{n % PART}"
        if n > PART and self.part_name:  # (产出-2; the next part by its first name, 效益-1 after 产出-6)
            name = self.part_name if n // PART == NAMED_PARTS[self.part_name] else _PART_NAMES.get(n // PART, "")
            return f"{name}{self.joint}{n % PART}" if name else ""
        if n > PART:  # (numbered within a part: 1-2, 1.2, 一-2, Ⅱ-3)
            part = self.series[n // PART - 1 : n // PART] if self.series else ""
            number = _chinese(n // PART) if self.chinese else f"{n // PART:0{self.width}d}"
            sub = self.sub_series[n % PART - 1 : n % PART] if self.sub_series else f"{n % PART:0{self.sub_width}d}"
            return f"{self.open}{part or number}{self.joint}{sub}{self.close}"
        if self.series:
            return self.open + self.series[n - 1] + self.close if 1 <= n <= len(self.series) else ""
        number = _chinese(n) if self.chinese else f"{n:0{self.width}d}"
        if self.capital:
            number = number.translate(_CAPITALS)
        return f"{self.open}{number}{self.close}"


def _chinese(n: int) -> str:
    """A number under 100 in Chinese numerals, as a 序号 is written (一, 十, 十三, 二十一)."""
    digits = "一二三四五六七八九"
    if n < 10:
        return digits[n - 1] if n > 0 else "〇"
    tens, ones = divmod(n, 10)
    return (digits[tens - 1] if tens > 1 else "") + "十" + (digits[ones - 1] if ones else "")


# (a point before a digit is a decimal's, 2.5; a 、 is a mark before anything: 9、2025年度…)
# (a closing bracket alone too: 1）, 2）)
_SEQ_ITEM = re.compile(r"第(\d{1,3}|[一二三四五六七八九十]{1,3})([项条])")
_ORDINAL_WORDS = frozenset("方批次期年届轮季度周天号个名阶部类档级步章节")  # (第三方, 第二批, 第一次 …: words)
_SEQ_CODED = re.compile(r"([A-Z]{1,3}[-－.．]?|No[.．]?|NO[.．]?|№)(\d{2,4}|(?<=[.．\-－A-Z№])\d{1,3})(?![0-9])")
_SEQ_HASHED = re.compile(r"([#＃]|指标)(\d{1,3})(?![0-9])")  # (#01, #9, 指标01: marked before it, or named)
_SEQ_WRITTEN = re.compile(
    rf"(?:(?P<open>[{SEQ_OPENS}])(?P<bn>\d{{1,3}})[{SEQ_CLOSES}]|(?P<dn>\d{{1,3}})(?P<close>[、丶。]|[.．](?![0-9０-９])|[)）]))"
)


_SEQ_CHINESE = re.compile(  # (（一）, 〔一〕, 【一】, 一、, 一.)
    rf"(?:(?P<open>[{SEQ_OPENS}])(?=[一二三四五六七八九十]{{1,3}}[{SEQ_CLOSES}])|(?=[一二三四五六七八九十]{{1,3}}[、丶.．)）]))"
    rf"(?P<n>[一二三四五六七八九十]{{1,3}})(?P<close>[{SEQ_CLOSES}、丶.．])"
)
_CHINESE_NUMBERS = {_chinese(n): n for n in range(1, 100)}
_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


_SEQ_PART = re.compile(
    r"(0?[1-9][0-9]?|[一二三四五六七八九十]{1,2}|[\u2160-\u216b\u2170-\u217b])"
    r"([-－.．—–]|(?<=[一二三四五六七八九十])、)([1-9][0-9]?|(?<=[-－—–])0[1-9]|(?<=0[1-9][.．])0[1-9]|(?<=[-－—–])[①-⑳])"
    r"((?<=[0-9])[.．、](?=[\u4e00-\u9fff])|)(?=[^\s0-9.．%％])"  # (and a mark after it: 1.1., 2.3、)
)
_PART_JOINTS = frozenset("-－.．—–")  # (1—1: a dash, as Word's autoformat writes one)
_SEQ_STEM = re.compile(r"([甲乙丙丁戊己庚辛壬癸])([-－]?)([1-9][0-9]?)(?=[^\s0-9.．%％])")  # (甲1, 甲-1)
# (a part named by its category, short: 产出-1, 效益-2, 满意-1, in the order the form prints them)
_NAMED_PART_FIRSTS = frozenset(word[0] for word in NAMED_PARTS)
# (each part's first name: 满意, not 满意度)
_PART_NAMES = {order: name for name, order in reversed(NAMED_PARTS.items())}
_SEQ_NAMED = re.compile(  # (产出-1, 产出1: reader.NAMED_PARTS, the longest first)
    rf"({'|'.join(sorted(NAMED_PARTS, key=len, reverse=True))})([-－.．]?)([1-9][0-9]?)(?=[^\s0-9.．%％])"
)
_SEQ_OUTLINE = re.compile(r"([1-9])([-－.．])([1-9][0-9]?)\2([1-9][0-9]?)(?=[^\s0-9.．%％])")


# Marks of a series standing for numbers (circled, bracketed, Roman, the heavenly stems), each series in order
_SERIES = (
    *CIRCLED_SERIES,  # ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ❶ … ⓴, ➀ … ➉, ➊ … ➓
    "".join(map(chr, range(0x2160, 0x216C))),  # Ⅰ … Ⅻ
    "".join(map(chr, range(0x2170, 0x217C))),  # ⅰ … ⅻ
    "甲乙丙丁戊己庚辛壬癸",
    "abcdefghijklmnopqrstuvwxyz",  # a. b. c. (with their mark)
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",  # A. B. C. (with their mark: not A01, a code)
)
_SERIES_OF = {mark: series for series in _SERIES for mark in series}
_LETTER_CLOSES = {"a": ("、", "丶", ".", "．", ")", "）"), "A": ("、", ".", "．")}  # (the marks a letter 序号 takes)
_CAPITALS = str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾")
_CAPITAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")
# (a 序号 in capital numerals, or in square brackets, or followed by # or 号: 壹, 拾叁; [1]; 1#, 1号)
_SEQ_CAPITAL = re.compile(r"([（(]?)([壹贰叁肆伍陆柒捌玖拾]{1,3})([、丶.．)）]?)")  # (（壹） too)
_SEQ_MARKED = re.compile(r"(?P<open>\[)(?P<bn>\d{1,3})\]|(?P<dn>\d{1,3})(?P<mark>[#号])")


# A nested 序号's step: a joint, then a number in brackets, or bare (in Chinese numerals only the first: 一(1), 一.(1);
# a Chinese numeral after a step starts names, 一网通办)
_NESTED_STEP = re.compile(r"([-－.．]?)(?:([(（])([0-9]{1,2}|[一二三四五六七八九十]{1,3})([)）])|([0-9]{1,2}))")
_NESTED_FIRST = re.compile(r"([一二三四五六七八九十]{1,3})(?=[-－.．]?[(（])")  # (一(1), 一.(1))


def _steps_of(n: int) -> tuple[int, ...]:
    """The numbers of a 序号's steps (1005001: 1, 5, 1)."""
    if n <= PART:
        return (n,)
    if n <= PART * PART:
        return n // PART, n % PART
    return n // PART // PART, n // PART % PART, n % PART


def _nested_mark(text: str, following: int) -> _SeqMark | None:
    """A nested 序号 of two or three steps, one bracketed ((一)1, 1-(1), 一(1), 1-(5)-1, （一）2-1), where it follows
    the one before: the next, the next part's first, the first step below it or the next one above it (1-(5),
    1-(5)-1, 1-(6)); the number as a part's (part × PART + number)."""
    steps: list[tuple[str, str, str, bool]] = []
    numbers: list[int] = []
    pos = 0
    if (first := _NESTED_FIRST.match(text)) is not None and first.group(1) in _CHINESE_NUMBERS:
        steps.append(("", "", "", True))
        numbers.append(_CHINESE_NUMBERS[first.group(1)])
        pos = first.end()
    while len(steps) < 3 and (m := _NESTED_STEP.match(text, pos)) is not None:
        joint, bracketed = m.group(1), m.group(2) is not None
        if (steps and not joint and not bracketed and not steps[-1][1]) or (joint and not steps):
            break  # (two bare numbers need a joint between them; nothing comes before the first)
        written = m.group(3) if bracketed else m.group(5)
        chinese = not written.isdigit()
        number = int(written) if not chinese else _CHINESE_NUMBERS.get(written)
        if not number:
            break
        steps.append((joint, m.group(2) or "", m.group(4) or "", chinese))
        numbers.append(number)
        pos = m.end()
    if len(steps) < 2 or not any(step[1] for step in steps) or pos >= len(text) or not _name_char(text[pos]):
        return None
    if text[pos] in _DIGITS or (text[pos - 1] in _DIGITS and text[pos] in ".．%％"):
        return None
    n = 0
    for k in numbers:
        n = n * PART + k
    before = following - 1
    follows = (
        n in (PART + 1, (PART + 1) * PART + 1)
        or seq_follows(n, before)
        or n == before * PART + 1  # (the first step below: 1-(5), then 1-(5)-1)
        or (before > PART * PART and seq_follows(n, before // PART))  # (the next above: 1-(5)-1, then 1-(6))
    )
    return _SeqMark(n, pos, steps=tuple(steps)) if follows else None


def _seq_mark(text: str, following: int) -> _SeqMark | None:
    """The 序号 a row starts with: written (1. 1、 1） （1） (1)), numbered within a part (1-1, 1-2, 2-1 or 1.1,
    1.2, 2.1: the first of all, the next in its part or the first of the next part) or as an outline (1.1.1), or
    bare, the next number in sequence first (196333热线: 1 and 96333热线, not 196 and 333热线)."""
    if ("(" in text[:6] or "（" in text[:6]) and (nested := _nested_mark(text, following)) is not None:
        return nested  # ((一)1, 1-(1), 一(1): see _nested_mark)
    if text[:1] in _NAMED_PART_FIRSTS and (named := _SEQ_NAMED.match(text)) is not None:
        # numbered within a part named by its category, 产出-1 … 产出-6, 效益-1, 满意-1: the parts in the form's order
        within = NAMED_PARTS[named.group(1)] * PART + int(named.group(3))
        if within % PART == 1 or seq_follows(within, following - 1):
            return _SeqMark(within, named.end(), joint=named.group(2), part_name=named.group(1))
    series = _SERIES_OF.get(text[:1])
    if text[:1] in "（(" and text[2:3] in "）)" and (roman := _SERIES_OF.get(text[1:2], "")) and roman[0] in "Ⅰⅰ":
        # a Roman numeral in brackets: （Ⅰ）, （Ⅱ） … (Ⅻ)
        return _SeqMark(roman.index(text[1]) + 1, 3, open=text[0], close=text[2], series=roman)
    if series is not None and series[0] == "甲" and (stem := _SEQ_STEM.match(text)) is not None:
        # numbered within a part named by a heavenly stem: 甲1, 甲2, then 乙1
        within = (series.index(stem.group(1)) + 1) * PART + int(stem.group(3))
        if within == PART + 1 or seq_follows(within, following - 1):
            return _SeqMark(within, stem.end(), joint=stem.group(2), series=series)
    if series is not None and series[0] in "Ⅰⅰ" and text[1:2] in _PART_JOINTS and text[2:3].isdigit():
        series = None  # (a part in Roman numerals: Ⅱ-3, read below)
    if series is not None and series[0] in _LETTER_CLOSES:
        if text[1:2] not in _LETTER_CLOSES[series[0]] or text[2:3].isascii():
            # (a letter is a 序号 only with its mark, before a word: a. 产出指标, A.产出指标; not PM2.5, a.m. or A01,
            # a code read below)
            series = None
    if series is not None:  # ① … ⑳, ⑴ … ⒇, Ⅰ … Ⅻ, 甲 … 癸 (a mark after it too)
        close = text[1:2] if text[1:2] in ("、", "丶", ".", "．", ")", "）") else ""
        if series[0] == "甲" and not close and text[:1] != series[following - 1 : following]:
            return None  # (甲 starts words too: a stem alone is the 序号 expected next)
        return _SeqMark(series.index(text[0]) + 1, 1 + len(close), close=close, series=series)
    if (text[:1] in "壹贰叁肆伍陆柒捌玖拾" or (text[:1] in "（(" and text[1:2] in "壹贰叁肆伍陆柒捌玖拾")) and (
        capital := _SEQ_CAPITAL.match(text)
    ) is not None:
        n = _CHINESE_NUMBERS.get(capital.group(2).translate(_CAPITAL_DIGITS))
        opened, closed = capital.group(1), capital.group(3)
        if n is not None and (not opened or closed in (")", "）")):  # (with its mark too: 壹、; in brackets, （壹）)
            return _SeqMark(n, capital.end(), open=opened, close=closed, chinese=True, capital=True)
    if (marked := _SEQ_MARKED.match(text)) is not None:  # [1], 1#, 1号
        if marked.group("open"):
            return _SeqMark(int(marked.group("bn")), marked.end(), "[", "]")
        return _SeqMark(int(marked.group("dn")), marked.end(), "", marked.group("mark"))
    if text[:1] == "第" and (item := _SEQ_ITEM.match(text)) is not None:  # 第1项, 第一项, 第3条
        if item.group(1).isdigit():  # (padded too: 第01项)
            return _SeqMark(int(item.group(1)), item.end(), "第", item.group(2), _padded(item.group(1)))
        if (n := _CHINESE_NUMBERS.get(item.group(1))) is not None:
            return _SeqMark(n, item.end(), "第", item.group(2), chinese=True)
    if (
        text[:1] == "第"
        and 0 < following < 100
        and text.startswith(written := "第" + _chinese(following))
        and text[len(written) : len(written) + 1] not in _ORDINAL_WORDS
    ):  # 第一, 第十二: an ordinal, the next one only (not 第三方, 第二批 …, words a name starts with)
        return _SeqMark(following, len(written), "第", chinese=True)
    if text[:1] in "#＃指" and (hashed := _SEQ_HASHED.match(text)) is not None:  # #01, #9, 指标01
        return _SeqMark(int(hashed.group(2)), hashed.end(), hashed.group(1), width=_padded(hashed.group(2)))
    if ("A" <= text[:1] <= "Z" or text[:1] == "№") and (coded := _SEQ_CODED.match(text)) is not None:  # A01, No.1
        return _SeqMark(int(coded.group(2)), coded.end(), coded.group(1), width=_padded(coded.group(2)))
    if text[1:2] in _PART_JOINTS and (o := _SEQ_OUTLINE.match(text)) is not None:
        # numbered as an outline, 1.1.1, 1.2.1, 2.1.1 (the 一级's, the 二级's and the row's number): no name starts so
        return _SeqMark((int(o.group(1)) * PART + int(o.group(3))) * PART + int(o.group(4)), o.end(), joint=o.group(2))
    opened = text[:1] in SEQ_OPENS and not _PART_JOINTS.isdisjoint(text[2:4])  # (in brackets: （1.1）, (2-3))
    # (a part in Chinese numerals marked 、 too: 一、1, 二、3)
    parted = opened or not _PART_JOINTS.isdisjoint(text[1:3]) or "、" in text[1:3]
    p = _SEQ_PART.match(text, 1 if opened else 0) if parted else None
    if opened and p is not None and (not text[p.end() :] or text[p.end()] not in SEQ_CLOSES):
        p = None  # (a bracket that holds more than the number: （1.5倍）)
    roman = _SERIES_OF.get(p.group(1)[0], "") if p is not None else ""
    if p is not None and (
        part := int(p.group(1))
        if p.group(1).isdigit()
        else roman.index(p.group(1)) + 1
        if roman
        else _CHINESE_NUMBERS.get(p.group(1))
    ):
        sub_series = _SERIES_OF.get(p.group(3), "")  # (its number a circled one: 1-①)
        # (a part in Chinese or Roman numerals too: 一-1, 二-3, Ⅱ-3)
        n = part * PART + (sub_series.index(p.group(3)) + 1 if sub_series else int(p.group(3)))
        if n == PART + 1 or seq_follows(n, following - 1):
            chinese = not p.group(1).isdigit() and not roman
            width, sub_width = _padded(p.group(1)), _padded(p.group(3))  # (padded with a zero: 01-1; 1-01)
            if opened:
                return _SeqMark(n, p.end() + 1, text[0], text[p.end()], joint=p.group(2), sub_width=sub_width)
            return _SeqMark(
                n,
                p.end(),
                close=p.group(4),
                width=width,
                joint=p.group(2),
                chinese=chinese,
                series=roman,
                sub_width=sub_width,
                sub_series=sub_series,
            )
    m = _SEQ_WRITTEN.match(text)
    if m is None and (c := _SEQ_CHINESE.match(text)) is not None and c.group("n") in _CHINESE_NUMBERS:
        # （一）, 十二、: a 序号 in Chinese numerals, written with its bracket or mark
        n = _CHINESE_NUMBERS[c.group("n")]
        return _SeqMark(n, c.end(), c.group("open") or "", c.group("close"), chinese=True)
    if m is not None:
        if m.group("open"):
            bn = m.group("bn")
            return _SeqMark(int(bn), m.end(), m.group("open"), text[m.end() - 1], _padded(bn), wide=not bn.isascii())
        dn = m.group("dn")  # (in full-width digits too: １．, ２．)
        return _SeqMark(int(dn), m.end(), "", m.group("close"), _padded(dn), wide=not dn.isascii())
    # (or the next number alone: a placeholder row of its 序号 only, 八)
    if 0 < following < 100 and text.startswith(written := _chinese(following)):
        return _SeqMark(following, len(written), chinese=True)  # 十一网络空间生态: the next number in Chinese
    m = re.match(rf"{following}(?=[^\s0]|$)|\d{{1,3}}(?=\D)", text)  # no name starts with 0: 10建设 is 10
    return _SeqMark(int(m.group(0)), m.end(), width=_padded(m.group(0))) if m is not None else None


def _seq_alone(text: str, fields: Sequence[Field | None], state: _State) -> bool:
    """Whether a line is the 序号 just read and nothing else (八: a placeholder row of its number only, not the first
    line of a row wrapped)."""
    if "seq" not in fields:
        return False
    mark = _seq_mark(text, state.seq)
    return mark is not None and mark.n == state.seq and mark.end == len(text)


def _padded(number: str) -> int:
    """How many digits a 序号 written with leading zeros has (01: 2), else 0."""
    return len(number) if len(number) > 1 and number.startswith("0") else 0


def _name_char(ch: str) -> bool:
    """Whether a name may start with ``ch`` (a Roman numeral too: Ⅰ类地区疫情监测点)."""
    return "\u4e00" <= ch <= "\u9fff" or ch.isalnum() or ch.isnumeric() or ch in "（(★《“"


# ---------------------------------------------------------------- header block


@functools.cache
def _block_keys() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in _block_key_words()))


def _block_key_words() -> list[str]:
    """The header-block keys a flattened line is cut at, longest first (a self-evaluation's budget columns laid
    down too: 年初预算数96.00)."""
    from .headers import BLOCK_KEYS, BUDGET_COLUMNS

    keys = [k for k in BLOCK_KEYS if len(k) >= 4 or k in ("项目期", "联系人", "经办人", "填报人", "审核人")]
    return sorted([*keys, *(k for k in BUDGET_COLUMNS if len(k) >= 4 or k == "执行率")], key=len, reverse=True)


def _block_prefix(text: str) -> str | None:
    m = _block_keys().match(text)
    return m.group(0) if m else None


def _block_line(text: str) -> bool:
    return _block_prefix(text) is not None


# A source of funds glued between two amounts (…50.00车购税补助资金120.00, …体育彩票公益金30.00): a key of its own
# (not a year's 年 after a period: 2024-2026年项目总投资216.00)
_GLUED_FUND = re.compile(rf"(?<=[0-9])(?![年月日])[\u4e00-\u9fff]{{2,10}}(?:{FUND_ENDS})(?=[0-9])")
_LEADING_FUND = re.compile(rf"[ \u3000]*{FUND_KEY}(?=[0-9])")


# A key the model does not know, glued after a value (…1年绩效联络员示例科员甲): four Chinese characters or more
_UNKNOWN_KEY = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{4}")  # (its blanks before it too: 1年  编报科室…)


def _block_cells(doc: Text, i: int, a: int | None = None, b: int | None = None) -> tuple[TableCell, ...]:
    """A header-block line: cut before each key it names (项目名称乡村文化驿站主管部门… → key, value, key, value)."""
    line = doc.lines[i]
    a = 0 if a is None else a
    b = len(line) if b is None else b
    after: set[int] = set()  # where keys end
    before: set[int] = set()  # where keys start
    periods: list[int] = []  # where a 项目期's key ends
    for m in _block_keys().finditer(line, a, b):  # (a loop: in Python 3.11 a comprehension is a call of its own)
        x, y = m.span()
        before.add(x)
        after.add(y)
        if "期" in m.group(0) and block_key(m.group(0)) == "period":
            periods.append(y)
    if any(ch in line for ch in FUND_LASTS):  # (a word of FUND_ENDS: most lines hold none)
        for m in _GLUED_FUND.finditer(line, a, b):  # (a source of funds no key list names, between two amounts)
            before.add(m.start())
            after.add(m.end())
        leading = _LEADING_FUND.match(line, a, b) if not before else None  # (or on its line: 乡村振兴衔接资金60.00)
        if leading is not None:
            after.add(leading.end())
    for key_end in periods:
        # the 项目期's value is a period alone; a key the model does not know glued after it on the line starts a
        # cell of its own (项目期1年绩效联络员示例科员甲: the reader keeps it, reported)
        end = min((x for x in before if x > key_end), default=b)
        start = _COLON.match(line, key_end, end)
        value = PROJECT_PERIOD.match(line, key_end if start is None else start.end(), end)
        if value is not None and value.end() < end and _UNKNOWN_KEY.match(line, value.end(), end):
            before.add(value.end())
    cuts = sorted({a, b} | before | after)
    cells = []
    for x, y in itertools.pairwise(cuts):
        # A value starts after the colon that follows its key (项目名称：乡村文化驿站): the colon separates; so
        # does a semicolon or comma before the next key (…项目；主管部门：…, 1,260.00，年度资金总额…).
        colon = _COLON.match(line, x, y) if x in after else None
        if y in before:
            y = x + len(line[x:y].rstrip(" \u3000；;，,"))
        cell = doc.cell(i, x if colon is None else colon.end(), y)
        if cell.text:
            cells.append(cell)
    return tuple(cells) or (doc.cell(i, a, b),)


# ---------------------------------------------------------------- grid rows


def _placeholder_copies(text: str, start: int) -> int:
    """How long the placeholder is that ``text[start:]`` repeats twice or more, all of it (不涉及不涉及), or 0."""
    rest = text[start:]
    for size in range(1, min(7, len(rest) // 2 + 1)):
        word = rest[:size]
        if len(rest) % size == 0 and rest == word * (len(rest) // size) and not set(word) <= _DASH_MARKS:
            if is_placeholder(word):
                return size
    return 0


_DASH_MARKS = frozenset("-—－/／")


def _put_categories(m: re.Match[str], put: Callable[[Field, int, int], bool], state: _State | None = None) -> int:
    """Put the categories a row starts with in their columns; where the name starts (at a category the grid
    has no column for, which is then part of the name).

    A word that names both a level 1 and a level 2 (成本指标), followed by the name and not by a level 2, is
    the level 2 of the level 1 in force when the taxonomy puts it there (成本指标 under 产出指标)."""
    level1, level2 = m.group("level1"), m.group("level2")
    if level1 and not level2 and state is not None and state.level1 is not None:
        if under(level1_name(level1), state.level1) and put("level2", m.start("level1"), m.end("level1")):
            return m.end()
    for group in ("level1", "level2"):
        if m.group(group) and not put(group, m.start(group), m.end(group)):  # type: ignore[arg-type]
            return m.start(group)
    if level1 and state is not None:
        entry = known(1, level1_name(level1))
        state.level1 = entry.name if entry is not None else None
        state.points = state.level1_points = _points_of(level1)
    if level2 and state is not None:
        # a level 2's points cap its rows' 分值 (时效指标（10）分: 51 is no 分值 of it); one that prints none, the
        # level 1's
        state.points = _points_of(level2) or state.level1_points
    return m.end()


_LEADING_POINTS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?(?![0-9.．%％])")  # (a 分值 before the name: 10)


def _grid_row(
    doc: Text,
    i: int,
    fields: list[Field | None],
    a: int,
    b: int,
    state: _State | None = None,
    tail: Tail | None = None,
    doubt: str | None = None,
    split: _Split | None = None,
) -> Row:
    """The grid row in [a, b) of line ``i``: categories, the name, and the values the normalizer reads after it
    (``tail``: the columns after the name, when not all of the grid's: a row cut before its free text)."""
    line = doc.lines[i]
    piece = line[a:b]
    lead = a + len(piece) - len(piece.lstrip())
    text = piece.strip()
    cells: list[TableCell] = [doc.chunk(i, b, b)] * len(fields)  # empty till put (a cell is immutable)
    beyond: list[TableCell] = []

    def put(field: Field, a: int, b: int) -> bool:
        if field not in fields:
            return False
        cells[fields.index(field)] = doc.cell(i, lead + a, lead + b)
        return True

    seq_end = 0
    if fields[0] is None and (code := INDICATOR_CODE.match(text)) is not None:
        # a first column the model does not know, an indicator's code (C0101产出指标…): its cell, kept in extra
        cells[0] = doc.cell(i, lead, lead + code.end())
        seq_end = code.end()
    elif fields[0] is None and fields[1:2] == ["level1"] and (label := _first_label(text)) is not None:
        # or a label of its own before the categories, on a block's first row (任务一：基地建设|产出指标…)
        cells[0] = doc.cell(i, lead, lead + label.end())
        seq_end = label.end()
    if "seq" in fields:
        # the next number in sequence first (196333热线: 1 and 96333热线, not 196 and 333热线)
        mark = _seq_mark(text[seq_end:], state.seq + 1 if state is not None else 0)
        if mark is not None:
            put("seq", seq_end, seq_end + mark.end)
            seq_end += mark.end
            if state is not None:
                state.seq = mark.n
            while seq_end < len(text) and text[seq_end] in " \u3000":
                seq_end += 1  # (an empty cell's space after the 序号: 4 质量指标…)
    cats = _categories(text, seq_end, state)
    if (
        not cats.group("level1")
        and text.endswith(_LAST_CATEGORY_ENDS)
        and ("level1" in fields or "level2" in fields)
        and (late := _last_categories().search(text, cats.end() + 1)) is not None
        and late.start() < len(text)
        and not (cats.group("level2") and late.group("level2"))
        and (text.endswith(_LAST_CATEGORY_ENDS[:3]) or text[late.start() - 1] in _DIGITS)  # (全过程 is no label)
    ):
        # the categories glued after the row's last cell (a PDF whose merged cells are painted after the cells of
        # their first row; a one-row block's label stays in place): the row without them, then them in their columns
        row = _grid_row(doc, i, fields, a, lead + late.start(), state, tail, doubt, split)
        merged = list(row.cells)
        for group in ("level1", "level2"):
            if late.group(group) and group in fields:
                merged[fields.index(group)] = doc.cell(i, lead + late.start(group), lead + late.end(group))
        _put_categories(late, lambda *_: True, state)  # (the 一级 in force and its points, for the rows after)
        return attrs.evolve(row, cells=tuple(merged))
    if seq_end == 0 and cats.end() == 0 and (labels := _labels_after_name(text, fields)) is not None:
        # the labels printed after the name and its values (海水浴场海浪预报发布|每日2次|产出指标|数量指标|浴场…): the
        # row up to them, its tail the columns before the 一级; then the labels; then the text after them, the next
        # column's
        k = min(fields.index(level) for level in ("level1", "level2") if level in fields)
        row = _grid_row(doc, i, fields, a, lead + labels.start(), state, _tail_of(fields[:k]), doubt, split)
        merged = list(row.cells)
        for group in ("level1", "level2"):
            if labels.group(group) and group in fields:
                merged[fields.index(group)] = doc.cell(i, lead + labels.start(group), lead + labels.end(group))
        _put_categories(labels, lambda *_: True, state)
        rest = max(fields.index(level) for level in ("level1", "level2") if level in fields) + 1
        if labels.end() < len(text):
            after = doc.cell(i, lead + labels.end(), lead + len(text))
            if rest < len(fields):
                merged[rest] = after
            else:
                merged.append(after)
        return attrs.evolve(row, cells=tuple(merged))
    name_start = _put_categories(cats, put, state)
    if seq_end == 0 and name_start > 0 and "seq" in fields[1:] and fields[fields.index("seq") - 1] == "level2":
        # a 序号 printed between the 二级 and the name (产出指标数量指标|1-1.|核定受损农户): after the categories
        mark = _seq_mark(text[name_start:], state.seq + 1 if state is not None else 0)
        if mark is not None and mark.marked:
            put("seq", name_start, name_start + mark.end)
            name_start += mark.end
            if state is not None:
                state.seq = mark.n
    before_name = fields[fields.index("name") - 1] if "name" in fields[1:] else None
    if (before_name == "weight" or before_name == "score") and (points := _LEADING_POINTS.match(text, name_start)):
        # a 分值 printed between the 二级 and the name (数量指标（20分）|10|厚朴林抚育面积): its number, not the name's
        put(before_name, name_start, points.end())
        name_start = points.end()
    tail = _tail_of(fields) if tail is None else tail
    size = _placeholder_copies(text, name_start)
    if size and "name" in fields:
        # a placeholder written in each cell of a row that has no indicator (生态效益指标不涉及不涉及): each copy a
        # cell, the name's and the targets' after it, so that the reader sees the row for what it is
        put("name", name_start, name_start + size)
        columns = [column for kind, column in tail if column is not None and kind in (*_TARGETS, "free")]
        for k, x in enumerate(range(name_start + size, len(text), size)):
            if k < len(columns):
                cells[columns[k]] = doc.cell(i, lead + x, lead + x + size)
            else:
                beyond.append(doc.cell(i, lead + x, lead + x + size))
        return Row(tuple(cells) + tuple(beyond), doubt=doubt)
    if doubt is None and _free_after_name(tuple(fields)):
        doubt = _NAME_AND_FREE
    cap = state.points if state is not None else None
    if doubt == _NAME_AND_FREE and tail and (empty := _marked_free(text, name_start, tail, split, cap)) is not None:
        # the free text after the name marked empty by a dash (存史资政作用|—|有效发挥): the name ends at the mark
        (p, q), (name_end, places, doubtful) = empty
        cells[fields.index("name") + 1] = doc.cell(i, lead + p, lead + q)
        found: _Found | None = name_end, places, doubtful
        doubt = None
    else:
        found = (split or _split_row)(text, name_start, tail, cap=cap) if tail and "name" in fields else None
    if found is None and tail and "name" in fields and (worded := _worded_value(text, name_start, tail)) is not None:
        found, doubt = worded, doubt or _WORDED_GUESS
    if found is None:
        # No value could be split off: the rest is the name (the reader reports no value); from a comparator
        # on (≥44451010: ≥4 and 445? ≥44 and 45?), the rest is reported, not read.
        marked = next((m.start() for m in _A_COMPARATOR.finditer(text, name_start + 1)), None)
        if marked is not None and "name" in fields and _DIGITS.intersection(text[marked:]):
            put("name", name_start, marked)
            beyond.append(doc.cell(i, lead + marked, lead + len(text)))
            return Row(tuple(cells) + tuple(beyond), doubt=doubt)
        if name_start < len(text) and not put("name", name_start, len(text)):
            beyond.append(doc.cell(i, lead + name_start, lead + len(text)))  # no name column: reported, not lost
        return Row(tuple(cells) + tuple(beyond), doubt=doubt)
    name_end, places, doubtful = found
    if doubt == _NAME_AND_FREE and (start := _explanation_start(text, name_start, name_end)) is not None:
        # the free text after the name starts where an explanation does (…新增量|指当年新增的…, …标准|按县…办法执行)
        cells[fields.index("name") + 1] = doc.cell(i, lead + start, lead + name_end)
        name_end, doubt = start, _NAME_AND_FREE_CUT
    put("name", name_start, name_end)
    for (kind, column), (x, y) in zip(tail, places, strict=True):
        if y <= x:
            continue
        pair = _split_points(text[x:y]) if kind == "points" and {"weight", "score"} <= set(fields) else None
        if pair is not None:
            put("weight", x, x + pair)
            put("score", x + pair, y)
        elif column is None or kind == "points":
            beyond.append(doc.cell(i, lead + x, lead + y))
        else:
            cells[column] = doc.cell(i, lead + x, lead + y)
    for x, y in doubtful:
        beyond.append(doc.cell(i, lead + x, lead + y))
    return Row(tuple(cells) + tuple(beyond), doubt=doubt)


def _labels_after_name(text: str, fields: list[Field | None]) -> re.Match[str] | None:
    """In a grid that prints the name before its labels (三级指标|年度指标值|一级指标|二级指标|…), the first labels
    inside a row (a 一级 and its 二级, or either, full names only), after some text; or None."""
    if "name" not in fields or not ({"level1", "level2"} & set(fields)):
        return None
    if fields.index("name") > min(fields.index(level) for level in ("level1", "level2") if level in fields):
        return None
    # (in the order the grid prints them: the 二级 first too, 数量指标|产出指标)
    reversed_ = "level1" in fields and "level2" in fields and fields.index("level2") < fields.index("level1")
    for m in _inner_categories(reversed_).finditer(text, 1):
        if m.group("level1") or m.group("level2"):
            return m
    return None


@functools.cache
def _inner_categories(reversed_: bool) -> re.Pattern[str]:
    level1, level2 = _terminal("LEVEL1_NAME"), _terminal("LEVEL2_NAME")
    if reversed_:
        return re.compile(rf"(?P<level2>{level2})?(?P<level1>{level1})?")
    return re.compile(rf"(?P<level1>{level1})?(?P<level2>{level2})?")


# ---------------------------------------------------------------- splitting a row by the normalizer

_DIGITS = frozenset("0123456789０１２３４５６７８９")
_BLANKS = frozenset(" \u3000\u00a0")  # what an empty cell leaves in a flattened row, where it leaves anything
_IN_NUMBER = frozenset(_DIGITS | set(".．,，"))
_DATE_JOINERS = frozenset("年-－—–~～至到/")
_YEAR_AFTER_YEAR = re.compile(r"(?<![0-9])[12][0-9]{3}年[12][0-9]{3}年")
_SURE_UNIT_STARTS = frozenset("年月日号时秒%％‰.．万亿元")
_MAX_VALUE = 32  # characters: a longer value is free text, not a target
_TARGETS = frozenset({"value", "period", "annual", "actual"})
_NUMERIC = frozenset({*_TARGETS, "weight", "points"})
_OPTIONAL = frozenset({"direction", "standard", "free"})
_DIRECTION_WORDS = COLUMN_WORDS["direction"]  # longest first, as the reader's table lists them
_STANDARD_WORDS = COLUMN_WORDS["standard"]
_TRAILING_WORDS = (*_DIRECTION_WORDS, *_STANDARD_WORDS)
_WORD_COLUMNS = {"standard": _STANDARD_WORDS, "direction": _DIRECTION_WORDS}  # columns of words before a value
_NONE_MARKS = ("/", "／", "—")  # a column of words left empty, marked
_LAST_WORD = re.compile("|".join(map(re.escape, _TRAILING_WORDS)))
# (not the words written after a number, 以上, 以内, 以下: glued after a value they are the value's, 90%以上; nor
# 达到, which starts values, 定性|达到C级)
_GLUED_VALUE_WORDS = ("达到",)
_SIGN_WORDS = tuple(
    sorted((*(w for w in COMPARATOR_CELLS if w not in _GLUED_VALUE_WORDS), "定性", "定量"), key=len, reverse=True)
)
_COMPARATOR_WORDS = tuple(w for w in _SIGN_WORDS if not w.startswith("以"))
# The marks of a 指标性质 no 指标值 starts with (a value may start with words of a comparison: 定性|不低于Ⅲ类)
_MARKS = tuple(w for w in _COMPARATOR_WORDS if not w.startswith(("不", "高于", "低于", "超过")))


_BARE_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_COMPARATOR_NUMBER = re.compile(rf"(?:[≥≤≧≦≮≯＞＜>＝=<]|>=|<=){_BARE_NUMBER.pattern}")
_COMPARED = re.compile(rf"{_COMPARATOR_NUMBER.pattern}|率[0-9０-９]")  # (in free text: 还款率≥95%, 抽检合格率100%)


def _comparator_number(value: str) -> bool:
    """A comparator and a bare number (≥90), all of ``value``."""
    return _COMPARATOR_NUMBER.fullmatch(value) is not None


def _first_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """The first of ``words`` (in their order) that text starts with at a place, as one pattern."""
    return re.compile("|".join(re.escape(w) for w in words))


_COMPARATOR_WORD = _first_word(_COMPARATOR_WORDS)
# (and those written after a number, for a 指标性质 printed after its value: 以上, 及以下, 以前)
_BOUND_COMPARATOR_WORD = _first_word(_SIGN_WORDS)
_DIRECTION_WORD = _first_word(_DIRECTION_WORDS)
_STANDARD_WORD = _first_word(_STANDARD_WORDS)
_COLUMN_WORD = re.compile("|".join(map(re.escape, (*_DIRECTION_WORDS, *_STANDARD_WORDS, *_COMPARATOR_WORDS))))
_POINTS_NUMBER = re.compile(r"(?:100|[1-9]?[0-9])(?:\.[0-9]{1,2})?")
_DIGIT_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_A_DIGIT = re.compile(r"[0-9０-９]")
_NONZERO = re.compile(b"[^\x00]")  # a place marked in a table of places (see _starts_of)
_LAST_NUMBER = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?$")
_NUMBER_CELL = re.compile(
    # (a minus sign before a few digits: -18 beside ≤ and ℃)
    r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|(?:-(?=[0-9]{1,3}(?![0-9])))?[0-9０-９]+(?:[.．][0-9０-９]+)?"
)
# A number written whole: no leading 0 but a lone one, its thousands grouped by three, one decimal point.
_WHOLE_NUMBER = re.compile(r"(?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\.[0-9]+)?")
_NUMBER_RUN = re.compile(r"[0-9.,]+")


def _glued_pair_end(text: str, pos: int) -> int | None:
    """Where a number ends that starts at ``pos``, glued to the number before it (a 实施期 and a 年度 指标值 with
    no gap: ≤1.21.2万元/户, ≥9,0003,000户): only where their run of digits is no number written whole and
    ``pos`` is the one place it parts into two (1.2|1.2, 9,000|3,000; not 180006200, one number that parts
    many ways), or where it is one number written twice (100100: 100|100, both periods alike; not one number with
    the second target empty). None otherwise: no reading of such digits is certain."""
    start = pos
    while start > 0 and text[start - 1] in "0123456789.,":
        start -= 1
    run = _NUMBER_RUN.match(text, start)
    if run is None or run.end() <= pos:
        return None
    end = run.end()
    if text[start:pos] == text[pos:end] and _WHOLE_NUMBER.fullmatch(text, start, pos):
        return end  # (a number written twice: 100100, 90|90, both periods alike)
    if _WHOLE_NUMBER.fullmatch(run.group(0)):
        return None
    parts = [
        q
        for q in range(start + 1, end)
        if _WHOLE_NUMBER.fullmatch(text, start, q) and _WHOLE_NUMBER.fullmatch(text, q, end)
    ]
    return end if parts == [pos] else None


# (under 300%: a rate glued after a score parts one way, 108.7587.5% as 10, 8.75, 87.5%, not 10, 8.7, 587.5%)
_RATE_CELL = re.compile(r"[12]?[0-9]{1,2}(?:[.．][0-9]{1,2})?[%％]|[—/／-]")
_A_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:年|[-/.．][0-9])")

# A unit column glued after its number: 人, 万人次, 元/人·月, %, dB, μg/m³, 台（套）.
_UNIT_CELL = re.compile(UNIT_PATTERN)

_POINTS_PART = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]{1,2})?")


def _split_points(run: str) -> int | None:
    """Where a 分值 glued to its 得分 ends (1010: 10 and 10; 108.5: 10 and 8.5), when one place only leaves a
    分值 of at most 100 and a 得分 above 0 and no more than it, neither starting with a 0 before a digit; else
    None (reported, not guessed). A 得分 of 0 is never read so: 100 may be 10 and 0, or a 分值 100 whose 得分
    is empty."""
    from decimal import Decimal

    places = [
        k
        for k in range(1, len(run))
        if _POINTS_PART.fullmatch(run[:k])
        and _POINTS_PART.fullmatch(run[k:])
        and 0 < Decimal(run[k:]) <= Decimal(run[:k]) <= 100
    ]
    return places[0] if len(places) == 1 else None


Tail = list[tuple[str, int | None]]  # per column after the name: its kind, and its index (None: not placed)


@attrs.define
class _State:
    """What one grid row leaves to the next: the level 1 in force (a merged cell prints it once)."""

    level1: str | None = None
    seq: int = 0
    short_level2: bool = False  # the grid writes short level-2 names (数量, 质量)
    points: float | None = None  # the points printed with the level 1 in force (产出指标（50分）): no 分值 is more
    # (or with the level 2 in force, 时效指标（10）分, where it prints them; then the level 1's are kept here)
    level1_points: float | None = None

    def saved(self) -> tuple[str | None, int, bool, float | None, float | None]:
        """The state as it stands, to read a line again from it (_State(*saved)): a tuple, made for every line
        (attrs.evolve costs twenty times as much)."""
        return self.level1, self.seq, self.short_level2, self.points, self.level1_points


_PRINTED_POINTS = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*分?$|[ \u3000]*(\d+(?:\.\d+)?)[ \u3000]?分$")


def _points_of(level1: str) -> float | None:
    """The points printed with a level 1 (产出指标（50分）, 效益指标 30分), or None (a range, 产出指标(0-20)分, or
    none)."""
    m = _PRINTED_POINTS.search(level1)
    return float(m.group(1) or m.group(2)) if m is not None else None


_NAME_AND_FREE = (
    "free text printed between the name and the values (指标解释 before 指标性质) is read as part of the name: "
    "where one ends and the other starts cannot be told"
)


_NAME_AND_FREE_CUT = (
    "free text printed between the name and the values (指标解释 before 指标性质): where the name ends is a guess "
    "(the free text taken to start at a word that starts explanations: 指, 按, 根据 …)"
)
# Words that start an explanation (指标解释) more often than they stand inside a name: 指当年新增的…, 按县…执行,
# 根据…, 以…为准; not 指标, 指数, 按时, 按期.
_EXPLANATION = re.compile(
    r"指(?![标数导南定挥引])|按(?![时期])|根据|依据|参照|以[\u4e00-\u9fff]{1,12}?为准|含(?![量水])|抽查|问卷|随机|反映|衡量"
)


def _explanation_start(text: str, a: int, b: int) -> int | None:
    """Where, in the name and free text text[a:b] glued, an explanation likely starts (the name keeps 3
    characters at least), or a time the free text names alone ends it (…新增高技能人才|年末, …专业|9月: a column of
    when, 统计时点), or None."""
    m = _EXPLANATION.search(text, a + 3, b)
    if m is not None and b - m.start() >= 2:
        return m.start()
    when = _WHEN_LAST.search(text, a + 3, b)
    return when.start() if when is not None else None


# A mark for an empty cell between a name's last character and a value (存史资政作用—有效发挥, …满意度—≥百分之九十)
# (not a span's dash after a time: 2025年5月—9月)
_EMPTY_FREE = re.compile(
    r"(?<=[\u4e00-\u9fff）)”》])(?<![0-9０-９][年月日号时天周])(?:—{1,2}|－|-{1,2}|/|／)(?=[^—－\-/／\s])"
)


def _marked_free(
    text: str, name_start: int, tail: Tail, split: _Split | None, cap: float | None
) -> tuple[tuple[int, int], _Found] | None:
    """Where a free-text column right after the name is empty, marked by a dash, and the row's values start right
    after the mark: the mark's place and the row split as if the mark were not there (None where no mark is, or
    where the values read without it start anywhere else)."""
    mark = _EMPTY_FREE.search(text, name_start + 2)
    if mark is None or _EMPTY_FREE.search(text, mark.end()) is not None:
        return None
    p, q = mark.span()
    glued = text[:p] + text[q:]
    found = (split or _split_row)(glued, name_start, tail, cap=cap) or _worded_value(glued, name_start, tail)
    if found is None or found[0] != p:
        return None

    def back(x: int) -> int:
        return x if x < p else x + q - p

    _, places, doubtful = found
    return (p, q), (p, [(back(x), back(y)) for x, y in places], [(back(x), back(y)) for x, y in doubtful])


# A time alone at the end of a name and free text glued: the free text's (年末, 年中, 季度末, 9月, 12月底)
_WHEN_LAST = re.compile(r"(?<![0-9年第])(?:年末|年中|年初|年底|半年|季度末|(?:1[0-2]|[1-9])月(?:底|末|初)?)$")


@functools.lru_cache(maxsize=256)
def _free_after_name(fields: tuple[Field | None, ...]) -> bool:
    """Whether a free-text column stands right after the name (taken into the name: see :func:`_grid_tail`)."""
    if "name" not in fields:
        return False
    k = fields.index("name") + 1
    return k < len(fields) and fields[k] not in (
        *_TARGETS,
        "weight",
        "score",
        "comparator",
        "unit",
        "direction",
        "standard",
        "rate",
        "other_value",
        "seq",
        "level1",
        "level2",
        "name",
    )


def _tail_of(fields: list[Field | None]) -> Tail:
    """The columns after the name, as kinds: targets, comparator, unit, weight, direction, standard, free text;
    a weight glued to a score (1010: 10 and 10, or 101 and 0?) is one run of ``points``, never split."""
    return list(_grid_tail(tuple(fields)))


@functools.lru_cache(maxsize=256)
def _grid_tail(fields: tuple[Field | None, ...]) -> tuple[tuple[str, int | None], ...]:
    """:func:`_tail_of`, memoized: a grid's rows share its fields."""
    if "name" not in fields:
        return ()
    tail: Tail = []
    for k in range(fields.index("name") + 1, len(fields)):
        field = fields[k]
        if field in ("weight", "score"):
            if tail and tail[-1][0] in ("weight", "points"):
                tail[-1] = ("points", None)
                continue
            tail.append(("weight", k))
        elif field in _TARGETS or field in ("comparator", "unit", "direction", "standard", "rate"):
            tail.append((field, k))  # type: ignore[arg-type]
        elif field == "other_value":
            tail.append(("period", k))  # (a value the model keeps in extra, 年中目标值: read as a target is)
        elif field in ("seq", "level1", "level2", "name"):
            tail.append(("free", None))
        elif tail and tail[-1][0] == "free":
            continue  # free text beside free text (指标解释, 指标值确定依据): one run, in the first column
        elif not tail:
            continue  # free text right after the name (指标解释 before 指标性质): the name's, with a warning
        else:
            tail.append(("free", k))
    while tail and tail[-1][0] == "free" and any(t[0] == "free" for t in tail[:-1]):
        tail.pop()  # one free-text column takes the rest of the row; later ones stay empty
    return tuple(tail)


# Measures a per-unit price or amount is written by (每公斤, 每平方米), longest first
_PER_MEASURES = ("平方公里", "平方米", "立方米", "公斤", "千克", "平米", "公里", "千米", "公顷", "延米")
# Events a time limit is counted from, written before 后 and its number (补助资金兑付|验收合格后30日内, 设备故障
# 修复|接报后4小时内, 成绩公布|考后25个工作日内): a limit's value starts at its event. Named one by one, not as
# any words before 后: where the event starts in 设备故障修复接报后 only its word tells.
_EVENTS = (
    *("项目验收合格", "竣工验收", "验收合格", "验收通过", "验收", "申请审核通过", "审核通过", "审批通过"),
    *(f"{what}结束" for what in ("考试", "活动", "培训", "检查", "田野工作", "台风季", "汛期", "赛事", "比赛", "会议")),
    *(f"接到{what}" for what in ("投诉", "申请", "举报", "报告", "通知", "报警", "求助", "任务", "指令")),
    *("签订协议", "签订合同", "合同签订", "协议签订", "领取执照", "材料齐全", "资料齐全", "资金下达", "资金到位"),
    *("受理", "接报", "接警", "交办", "立案", "报修", "发现", "事发", "下发", "收文", "变更", "诊断", "咨询"),
    *("收购", "组庭", "到货", "批复", "考", "震", "代偿发生", "事故发生", "险情发生"),
)
# An event named before a limit counted from it (验收合格后30日内, 接到投诉后3个工作日内, 立案之日起30日内): a strong
# start, kept apart from :func:`_value_starts`' and scanned for only in a text with 后 or 起 (an alternation of many
# words tried at every place costs)
_EVENT_NOT_FIRST = "期间限率度性量值额效长"  # (characters names end in: 周期, 时间, 时限, 时效, 时长 …)
_ONE_CHARACTER_EVENTS = "".join(event for event in _EVENTS if len(event) == 1)  # (考, 震)
_EVENT_START = (
    # (or any two characters, an event named short: 收样后20个工作日内, 发证后1个工作日内; not a character before an
    # event of one, 速报时间|震后2分钟内, 成绩公布|考后25个工作日内, nor one that ends names, 办理周期|灾后…)
    rf"自?(?:{'|'.join(sorted(_EVENTS, key=len, reverse=True))}"
    # (an end or an order received, named by two characters or up to three: 航飞结束后45日内, 接指令后10分钟内)
    rf"|(?![{_EVENT_NOT_FIRST}])[\u4e00-\u9fff]{{2}}结束|接到?[\u4e00-\u9fff]{{1,3}}"
    rf"|(?![{_EVENT_NOT_FIRST}])[\u4e00-\u9fff](?![{_ONE_CHARACTER_EVENTS}]后)[\u4e00-\u9fff](?=后))"
    r"(?:(?:之日)?后(?=(?:不超过|不多于)?[0-9０-９一二两三四五六七八九十])|之日起(?=[0-9０-９一二两三四五六七八九十]))"
)
_EVENT = re.compile(_EVENT_START)
_EVENT_SCAN = re.compile(f"(?=({_EVENT_START}))")


@functools.cache
def _value_starts() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Where a value may start, from the normalizer's own vocabulary.

    Strong starts (a comparator, a digit or numeral, 约, 较上年, 每年, 百分之) begin any value; weak ones (a
    grade, a state, a direction, a timeframe word: 满意, 达标, 增加) begin a value of words only, since they
    also end names (满意度95%以上, 达标率≥95%, 亩产增加50公斤). One-character grades (优, 是) only as a whole value.
    """
    from ... import normalizer as n

    strong = {
        *n.PREFIX_COMPARATORS,
        *n.APPROX_BEFORE,
        *n.BASELINES,
        *n.TO_LEVEL,
        "约",
        "近",
        *(w for w in n.PER_WORDS if w.startswith("每")),
        "百分之",
        "千分之",  # (a fraction: 万分之五以下)
        "万分之",
        "控制在",
        "力争",  # an aim or a pledge before a value: 力争零伤亡, 确保100%
        "确保",
        "杜绝",  # (none at all: 杜绝发生)
        "不新增",  # (不新增县级疫区)
        "不劣于",  # (a class reached or bettered: 不劣于Ⅲ类, 达到或优于Ⅱ类)
        "达到或优于",
    } - set(n.AVERAGE_WORDS)  # (年均 starts names too, PM2.5年均浓度: a weak start, below)
    weak = {
        *n.MODIFIERS,
        *n.DIRECTIONS,
        *n.MODIFIED_DIRECTIONS,
        *n.CHANGE_WORDS,
        *n.GRADES,
        *n.STATE_WORDS,
        *n.EFFECTS,
        *n.GRADE_SCALES,
        *n.TIMEFRAMES,
        *n.BY_PERIOD,
        *n.ZERO_NOUNS,
        *n.EXTENTS,  # how far a state stands: 基本健全
        *n.AVERAGE_WORDS,  # a later value only (较上年增长15%|年均增长15%), not PM2.5|年均浓度≥95%
        "长期",  # 长期有效
        "全部",  # 全部合格
        "平均",  # a later value: 平均36小时 (as 年均)
        "达到",  # 达到设计要求 (before a number 达到 is a strong start)
        "汛期",  # 汛期前, 汛期每月不少于1次
        "汛前",
        "主汛期",
        "暂无",
        "按实际",
        "根据实际",
        "依实际",
        "据实",  # 据实结算
        "建立",  # 建立并运行, 建立健全
        "开学",  # 开学前
        "每学期",  # 每学期开学前, 每学期不少于2课时
        "逢",  # 逢车必检 (each one that comes)
        "覆盖全部",  # 覆盖全部重点单位
        "覆盖所有",
        "保持在",  # 保持在天然本底水平
        *WORDED_VALUES,  # 不发生 (…返黑返臭|不发生): a value cell, though the normalizer keeps it as text
        *(f"国{n}" for n in "ⅣⅤⅥ四五六"),  # an emission standard: 国Ⅴ及以上
    }

    def alternation(words: set[str]) -> str:
        return "|".join(
            re.escape(w) for w in sorted((w for w in words if len(w) >= 2 or w in "约近逾逢"), key=len, reverse=True)
        )

    # a rate word (日均), a per-head word (人均) or 达到 starts a value when a number or a comparator follows
    # (日均不少于300公里, 人均120元, 达到95%)
    # (达 too: 达95%以上); a scope before a rank (全省排名前15: 全省 is the rank's, not the name's)
    # (人均, 户均 too: 人均120元 is 120 元/人)
    # (and a verb of counting: 累计300万元以上, 新增24台, 完成3处; or of keeping: 保持100%)
    leads = sorted(
        {w for w in (*n.PER_WORDS, *n.PER_HEAD) if w.endswith("均")}
        | {"达到", "达", "累计", "新增", "完成", "建成", "保持"}
        # (带动38户, 形成1套, 开展4期, 覆盖12个乡镇: no name of the corpora ends in them; the year a date falls in,
        # 当年12月20日前, 次年4月; one of a thing, 单只≥0.5kg; what is built, 新建12栋: two names end in it, eight
        # values start with it)
        | {"带动", "形成", "开展", "覆盖", "当年", "次年", "单只", "单株", "单头", "单台", "单套", "新建"}
        # (a change written before its amount: 提高5个百分点, 下降10%; names end in 增加 and 增长 before theirs)
        | {"提高", "下降"}
        # (a verb of doing or of change before its number: 举办3期, 新开发15款, 净增80人, 培育1-2个, 减少15%左右)
        | {"举办", "新开发", "净增", "培育", "减少"}
        # (a level held, or a number foreseen: 稳定在60人以上, 维持在90%以上, 预计25万人次; 13 values of the test
        # corpora start so, no name ends so)
        | {"稳定在", "维持在", "预计"}
        # (a whole scope before its count: 全部48所, 全区14个镇街全覆盖, 全县域1,136km²)
        | {"全部", "全区", "全县", "全市", "全镇", "全域", "全县域", "全区域", "全市域"},
        key=len,
        reverse=True,
    )
    head_verbs = "|".join(sorted(n.HEAD_VERBS, key=len, reverse=True))  # (户均增收800元, 亩均节本增效50元)
    strong_pattern = re.compile(
        rf"(?:{alternation(strong)}|[0-9０-９〇零一二两三四五六七八九十百千≥≤≧≦≮≯><＞＜=＝⩾⩽—\-－/／…±]"
        rf"|(?:{'|'.join(leads)})(?=[0-9０-９≥≤≧≦≮≯><＞＜=＝]|{alternation(set(n.PREFIX_COMPARATORS))})"
        r"|全[国省市区县](?=排名前|排名第|前[0-9０-９])"
        # (compliance with a standard, its code holding digits: 符合GB 2762要求, 符合NY/T 525标准; not 诊断符合率)
        r"|(?:符合|满足)(?=[\u4e00-\u9fff《》“”A-Za-z0-9/.\-－ ]{0,24}?(?:标准|要求|规定|规范|规程))"
        # a level reached from a level written (由60%提高到80%, 由上年85%提高到95%); the flood season before a
        # period (汛期每月…)
        r"|由(?=(?:上年|去年|上一年|基期|现状|目前)?[0-9０-９])|汛期(?=每|内)"
        # a change from a year written (较2024年增长20%), or from a level named (较市场价降低20%)
        r"|[较比](?=(?:19|20)[0-9]{2}年)|较(?=[\u4e00-\u9fff]{1,6}?(?:降低|下降|减少|提高|增长|提升|增加)[0-9０-９])"
        # after a name of time, a limit counted from an event (补贴发放时间|验收合格后30日内)
        r"|(?:(?<=时间|时限|期限|周期|时长)|(?<=响应)(?!时))(?=[^0-9０-９]{1,14}?后(?:不超过|不多于)?[0-9０-９])"
        # or after any value, an event of two characters (≤4小时|接报后2小时内, 交办后30日内|交办后30日内)
        # (or after a limit's verb: 接警后30分钟内到场|接警后…)
        r"|(?:(?<=[^\u4e00-\u9fff]|[天日月年次个%％内])|(?<=小时)|(?<=内到场|内到位|内处置|内办结|内响应))"
        r"(?=[\u4e00-\u9fff]{2}后(?:不超过|不多于)?[0-9０-９])"
        # after a rate, a scope before its number (覆盖率|城区95%以上)
        # (after a time, the same: 到达现场时间|城区≤30分钟); the whole year before its number (全年不少于6场)
        r"|(?:(?<=率)|(?<=时间|时长|时限))(?=(?:城区|农村|乡镇|全市|全区|全县|市区|县城)(?:[0-9０-９≥≤≧≦≮≯><＞＜]|不低于|不少于|达到?))"
        rf"|全年(?=[0-9０-９≥≤≧≦≮≯><＞＜=＝]|{alternation(set(n.PREFIX_COMPARATORS))})"
        # a growth written before its percentage (黄酒销售收入|增长12%以上; six values of the test corpora, while the
        # names that end in 增长 come before a comparator or a bare number: …收入增长|≥5%, …增长|10)
        r"|增长(?=[0-9０-９]+(?:[.．][0-9０-９]+)?[%％])"
        # a per-head word and a verb before a comparator (户均增收≥800元; not 户均增收|300元/户以上)
        rf"|(?:{'|'.join(leads)})(?=(?:{head_verbs})(?:[≥≤≧≦≮≯><＞＜=＝]|{alternation(set(n.PREFIX_COMPARATORS))}))"
        # (or before an amount whose unit names no head of its own: 人均增收2000元, not 户均增收|300元/户)
        rf"|(?:{'|'.join(leads)})(?=(?:{head_verbs})[0-9０-９][0-9０-９.,，]*[万千百]?元(?![/0-9０-９]))"
        # each of a period with no ``Per`` value, before its number (每半年1次, 每15天1次: words to the normalizer; in
        # numerals before a count, 每半年一次)
        rf"|{_EVERY_PERIOD.pattern}(?=[0-9０-９≥≤≧≦≮≯><＞＜=＝]|[一二两三四五六七八九十][次场期批轮]"
        rf"|{alternation(set(n.PREFIX_COMPARATORS))})"
        # each of a thing, before its number (每个站点不超过2万元)
        rf"|每个[\u4e00-\u9fff]{{1,4}}?(?=[0-9０-９≥≤≧≦≮≯><＞＜=＝]|{alternation(set(n.PREFIX_COMPARATORS))})"
        # a per-head 每 before a number, or before a per-period word and a number (每人每月80元, 每户500元)
        # (or a second 每 of its own: 每人每次50元, 每户每季度2次, 每人每学年1万元)
        # (or per measure of two characters or more: 每公斤不高于8元, 每平方米≤350元)
        rf"|每(?:{'|'.join(_PER_MEASURES)}|[\u4e00-\u9fff])"
        rf"(?=(?:{alternation({w for w in n.PER_WORDS if w.startswith('每')})}"
        r"|每[\u4e00-\u9fff]{1,2}?)?"
        # (or a word of summing or of each after it: 每生累计≥480学时, 每站各1台)
        r"(?:累计|合计|各)?"
        rf"(?:[0-9０-９≥≤≧≦≮≯><＞＜=＝]|{alternation(set(n.PREFIX_COMPARATORS))})))"
    )
    # (and all that is due: 应保尽保, 应检尽检)
    # (a per-head word and a verb before a number: a later value, 户均增收920元, not the first, 户均增收|300元/户)
    per_head_verb = rf"(?:{'|'.join(leads)})(?=(?:{head_verbs})[0-9０-９])"
    weak_pattern = re.compile(
        # (a grade in letters: B级及以上, AAA级; or in Roman numerals: Ⅲ类及以上)
        rf"(?:{alternation(weak)}|[未无前]|应(?P<due>[\u4e00-\u9fff]{{1,2}})尽(?P=due)|{per_head_verb}|[A-E]{{1,4}}(?=级)"
        r"|[\u2160-\u216b]{1,2}(?=类|级))"
    )
    one = frozenset(w for w in n.GRADES if len(w) == 1)
    return strong_pattern, weak_pattern, one


@functools.cache
def _start_scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """:func:`_value_starts`' strong and weak starts as scanners of every place they match at (the match's end
    in group 1), and its one-character grades as a class."""
    strong, weak, one = _value_starts()
    grades = "".join(re.escape(c) for c in sorted(one))
    return re.compile(f"(?=({strong.pattern}))"), re.compile(f"(?=({weak.pattern}))"), re.compile(f"[{grades}]")


@functools.lru_cache(maxsize=1024)
def _starts_of(text: str) -> tuple[bytes, bytes, bytes]:
    """Per place of ``text``: 1 where a strong start matches, 2 where a weak one (or a one-character grade)
    does, 0 elsewhere, and 0 inside a value word (高 of 提高, 意 of 满意) or right after a word that leads a
    value (持续 of 持续改善, 较上年 of 较上年减少: the value starts there). One pass over the text, memoized.
    Then where a cut is inside a value word (1 inside, else 0), and the starts again with 0 at a digit after a
    number's character (where :func:`_may_start` finds none)."""
    strong, weak, one = _start_scanners()
    leading = _leading_words()
    n = len(text)
    kinds = bytearray(n + 1)
    inside = bytearray(n + 1)
    named = bytearray(n + 1)
    led: list[int] = []  # the ends of words that lead a value
    for token in _number_names().finditer(text):
        if token.start() == 0 or text[token.start() - 1] not in _IN_NUMBER:
            # a number that is part of a name (5G, 96333热线, GB 5749-2022, 指标1:) starts no value
            for x in range(token.start(), token.end()):
                named[x] = inside[x] = 1
    # Each scanner finds every place its words start at, with their end (a lookahead: the places overlap), so
    # that only those places are looked at (a match tried at every place was a sixth of reading a flat row).
    found = [(m.start(), m.end(1)) for m in strong.finditer(text)]
    if "后" in text or "起" in text:
        found.extend((m.start(), m.end(1)) for m in _EVENT_SCAN.finditer(text))
    for s, _ in found:
        if not named[s]:
            kinds[s] = 1
    weak_found = [(m.start(), m.end(1)) for m in weak.finditer(text)]
    for s, _ in weak_found:
        if not named[s] and not kinds[s]:
            kinds[s] = 2
    for m in one.finditer(text):
        s = m.start()
        if not named[s] and not kinds[s]:
            kinds[s] = 2
    for s, end in (*found, *weak_found):
        if named[s] or text[s] in _DIGITS:
            continue
        for x in range(s + 1, end):
            inside[x] = 1
        word = text[s:end]
        if word in leading and not text.startswith(word, end):
            led.append(end)  # (but a word written twice is two cells: 长期有效|有效落实)
    for x in led:
        if x == n or (kinds[x] and text[x] not in _DASH_MARKS):
            # where a value goes on after its leading word (持续|改善); not 效果明显|行业标准, nor 长期|— (a mark for
            # an empty cell after it)
            inside[x] = 1
    for x in range(1, n):
        if text[x - 1] == "的":
            inside[x] = 1  # 的 binds the words after it: no cell ends or starts there (低保标准的|1.3倍)
    out = bytearray(k if not inside[x] else 0 for x, k in enumerate(kinds))
    for s in _subject_places(text):  # (the places :func:`_subject_start` holds at, found by two scans)
        if not out[s]:
            out[s] = 2
    if "满意度满意率" in text:
        for m in _RATE_AFTER_DEGREE.finditer(text):
            out[m.end()] = 1  # (a satisfaction's rate after its name: 莲农满意度|满意率≥90%)
    for s in _restated(text):
        out[s] = 1  # (a value that restates the words its name ends with: 参训船员满意度|满意度≥92%)
    may = bytearray(out)
    for s in range(1, n):
        if text[s] in _DIGITS and text[s - 1] in _IN_NUMBER and not _date_after_date(text, s):
            may[s] = 0
    return bytes(out), bytes(inside), bytes(may)


_RATE_AFTER_DEGREE = re.compile("满意度(?=满意率)")
# Words that end an indicator's name (系统运转状况, 保障水平, 管护机制): a value of words may start right after
# them, with a subject of its own (设备运转正常), even inside a value word (保障水平|稳步提高, not 保障水|平稳).
_NAME_ENDS = ("状况", "情况", "水平", "机制")
# Nouns a value of words starts with, before a state word (效果显著, 作用明显, 成效明显).
_VALUE_NOUNS = ("效果", "作用", "成效")
_EFFECT_VERBS = ("促进", "带动", "示范", "引领", "辐射", "推动", "支撑")


@functools.cache
def _state_after_noun() -> re.Pattern[str]:
    from ... import normalizer as n

    states = "|".join(sorted(n.STATE_WORDS, key=len, reverse=True))
    # (an effect with its verb: 促进作用明显, 带动作用显著)
    return re.compile(rf"(?:(?:{'|'.join(_EFFECT_VERBS)})作用|{'|'.join(_VALUE_NOUNS)})(?:{states})")


def _own_subject(text: str, x: int, y: int) -> bool:
    """Whether the value text[x:y], read with a subject, starts where a value may have one (设备运转正常 after
    状况), its subject holding no word that ends names itself (机制|运行情况有效: 运行情况 is the name's)."""
    return _subject_start(text, x) and not any(w in text[x:y] for w in _NAME_ENDS)


def _subject_places(text: str) -> list[int]:
    """Every place :func:`_subject_start` holds at, in order: right after a word that ends names, or where a noun
    of effect and a state word start, a Chinese character there and not the text's first or last place."""
    n = len(text)
    places = {m.end() for m in _NAME_END_SCAN.finditer(text)} | {m.start() for m in _subject_scanner().finditer(text)}
    return sorted(p for p in places if 0 < p < n and "\u4e00" <= text[p] <= "\u9fff")


_NAME_END_SCAN = re.compile("|".join(_NAME_ENDS))  # (no word starts with a later character of another: no overlap)


@functools.cache
def _subject_scanner() -> re.Pattern[str]:
    return re.compile(f"(?=(?:{_state_after_noun().pattern}))")


def _subject_start(text: str, p: int) -> bool:
    """Whether a value of words may start at ``p`` with words of its own before its state word: right after a
    word that ends names (状况|设备运转正常), or at a noun of effect before a state word (效果显著)."""
    if not 0 < p < len(text) or not "\u4e00" <= text[p] <= "\u9fff":
        return False
    return text.endswith(_NAME_ENDS, 0, p) or _state_after_noun().match(text, p) is not None


@functools.cache
def _number_names() -> re.Pattern[str]:
    """Numbers that are part of a name, never a target (the normalizer's own list, but years): 5G, 96333热线,
    GB 5749-2022, 指标1:; and words with numeral characters that are no numbers (一线, 一体化: 施工现场一线人员
    满意度, not 施工现场|一线…), but those that begin values (一户一宅, 一对一帮扶)."""
    from ... import normalizer as n

    words = [re.escape(w) for w in n.NUMERAL_WORDS if w not in ("一户一", "一对一")]
    return re.compile("|".join([*(t for t in n.NAME_TOKENS if "年" not in t), *words]))


@functools.cache
def _leading_words() -> frozenset[str]:
    from ... import normalizer as n

    return frozenset({*n.MODIFIERS, *n.BASELINES, *n.APPROX_BEFORE, *n.PREFIX_COMPARATORS, *n.AVERAGE_WORDS, "平均"})


def _may_start(text: str, p: int, words_only: bool = True) -> bool:
    """Whether a value may start at ``p`` (not inside a number); ``words_only``: weak starts count too."""
    kind = _starts_of(text)[2][p]
    return kind == 1 or (words_only and kind == 2)


_MONTH_END = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[.．/](?:0[1-9]|1[0-2])$")
_YEAR_START = re.compile(r"(?:19|20)[0-9]{2}[.．/\-－年]")


def _date_after_date(text: str, q: int) -> bool:
    """Whether ``q`` is between a month written with its year and the year of another date (2025.03-2026.10|
    2025.03-2025.12: two targets glued), the one place two digits written together are two cells."""
    return (
        text.startswith(("19", "20"), q)  # (asked at every digit after a number's: the cheap test first)
        and _YEAR_START.match(text, q) is not None
        and _MONTH_END.search(text, max(0, q - 8), q) is not None
    )


def _cuts_no_number(text: str, q: int) -> bool:
    """Whether a cell may end at ``q``: not inside a number (38.|6, 2|025) nor between a date's parts
    (2025年|9月底前, 2025.1.1-|12.31, 3-|5次); a year after a year starts a cell (2030年|2026年), as a year
    after a month does (2026.10|2025.03)."""
    if (
        q < len(text)
        and text[q - 1] in _IN_NUMBER
        and text[q] in _IN_NUMBER
        and _DIGITS.intersection(text[q - 1 : q + 1])
    ):
        # (a lone 0 before digits: no number is written 05, so a 0 there is a cell of its own: ≤1%|0|5)
        lone_zero = text[q - 1] == "0" and text[q] in _DIGITS and (q < 2 or text[q - 2] not in _IN_NUMBER)
        return lone_zero or _date_after_date(text, q)
    return not (
        1 < q < len(text)
        and text[q] in _DIGITS
        and text[q - 1] in _DATE_JOINERS
        and text[q - 2] in _DIGITS
        and not (q >= 5 and _YEAR_AFTER_YEAR.match(text, q - 5))
        # (years of a duration are no date: ≥8年|8年)
        and not (text[q - 1] == "年" and not (q >= 5 and text[q - 5 : q - 1].isdigit()))
    )


_WORDS_ONLY = 3  # a start kind: a value of words only, after 定性 written (see _start_kind)


def _start_kind(text: str, p: int, own_cell: bool = False, after_points: bool = False) -> int:
    """What may start a cell at ``p``: 1 any value, 2 a value of words (or of digits after the first value), 3 a
    value of words only, 0 none (inside a number, or no value's start). ``own_cell``: the text before it is a
    cell of its own (指标性质 ≤ before 2026年4月), so a value may start right after it. Found once for a start
    from which many ends are tried (:func:`_fits` then says whether text[p:q] may be a cell)."""
    if (
        p > 0
        and text[p - 1] in _IN_NUMBER
        and text[p] in _DIGITS
        and not _date_after_date(text, p)
        and not (
            # after a weight's digits (分值 before 年度指标值: 101.8万平方米 is 10 and 1.8万平方米), where no number
            # starts with a 0 before a digit (not 1 and 01.8万平方米)
            after_points and text[p - 1] in _DIGITS and not (text[p] == "0" and text[p + 1 : p + 2] in _DIGITS)
        )
    ):
        return 0
    if not own_cell:
        return _starts_of(text)[0][p]
    strong, weak, one = _value_starts()
    strongly = strong.match(text, p) or _EVENT.match(text, p)  # (an event: _EVENT_START)
    kind = 1 if strongly else 2 if weak.match(text, p) or text[p] in one else 0
    if not kind and text.endswith("定性", 0, p):
        return _WORDS_ONLY  # after 定性 written, a value of words starts the cell (定性|带动作用明显)
    return kind


def _fits(text: str, p: int, q: int, kind: int, first: bool) -> bool:
    """Whether text[p:q] may be a cell that starts as ``kind`` says (see :func:`_start_kind`): a weak start
    before digits only after the first value (较基期下降15%下降5%以上)."""
    if kind == 1:
        return True
    if kind == 0 or ((first or kind == _WORDS_ONLY) and _DIGITS.intersection(text[p:q])):
        return False
    return not (q - p > 1 and text[p] in _value_starts()[2] and _value_starts()[1].match(text, p) is None)


@functools.lru_cache(maxsize=4096)
def _words_read(value: str) -> tuple[bool, bool]:
    """Whether the normalizer reads words before a value as its subject (长效运营能力稳步提升: the subject
    长效运营能力; 稳步提升: none), and words after its number as an object (12个举办群众文化活动场次). Memoized."""
    from ...normalizer import FORMS, clean

    target = normalize(value)
    if target.kind == "composite" and target.parts:
        # a list reads with words after a number where one of its parts does (较上年增长10%以上历史文化宣传，
        # 展陈活动…); its parts' scopes are its own (城区20分钟以内，乡镇40分钟以内)
        return False, any(_words_read(part.raw)[1] for part in target.parts if part.raw != value)
    text = clean(value)
    for form in FORMS:
        m = form.pattern.fullmatch(text)
        if m is not None and form.read(m, value, text) is not None:
            groups = m.groupdict()
            # (a word that leads a value is no subject of it: 逐年加强, 长期稳定; nor is a grade: 及时准确 is
            # two states)
            subject = groups.get("subject") and groups["subject"] not in _leading_words()
            subject = subject and groups["subject"] not in _grade_words()
            # (nor a per-head word, with its verb or none: 亩均不超过1.5万元, 人均增收≥500元 is a value of its own)
            if subject and (groups["subject"] in _per_heads() or _per_head_measure().fullmatch(groups["subject"])):
                subject = False
            return bool(subject or groups.get("context")), bool(groups.get("object"))
    return False, False


# A comparison with a benchmark and no number (高于全省平均水平): a whole cell, though its kind stays text.
_BENCHMARK = re.compile(
    r"(?:不低于|不高于|高于|低于|优于|超过)(?:全国|全省|全市|全区|全县|本省|本市|同类地区|同行业|行业)?"
    r"(?:同期|市场|农村|城镇|城市|居民){0,2}"
    r"(?:平均水平|平均值|均值|平均价格|价格)"
)


def _composite_after(text: str, pos: int, q: int, last: bool) -> bool:
    """Whether the last cell may start at ``q`` with words (城区20分钟以内，乡镇40分钟以内): the rest reads as a
    list of quantities, and the cell before it as a quantity with no words of its own (≤30分钟)."""
    if not last or not _DIGITS.intersection(text[pos:q]) or text[q - 1] in _DIGITS:
        return False
    before = normalize(text[pos:q])
    longer = normalize(text[pos : q + 1])  # ≤30分|钟城区…: a cut inside the unit, where a longer one reads
    return (
        before.kind == "quantity"
        and not any(_words_read(text[pos:q]))
        and not (longer.kind == "quantity" and not any(_words_read(text[pos : q + 1])))
        and _scoped_composite(text, q)
    )


_SCOPED = re.compile(r"[\u4e00-\u9fff]{1,3}[0-9]")


def _scoped_composite(text: str, q: int) -> bool:
    """Whether text[q:] is a list of quantities each under a short scope of its own (城区20分钟以内，乡镇…)."""
    parts = _LIST_JOINERS.split(text[q:])
    return len(parts) > 1 and all(_SCOPED.match(p) for p in parts) and normalize(text[q:]).kind == "composite"


# Each of a period with no ``Per`` value (每半年, 每15天, 每两周): the normalizer keeps 每半年1次 as words, since its
# number is no count a year, a month or a day; as a cell it is a value all the same.
# Each of a thing before each period (每校每学期1次: 每校 and a value of 每学期 the normalizer has no word for).
_PER_THING = re.compile(r"每[\u4e00-\u9fff](?=每)")
_EVERY_PERIOD = re.compile(
    r"每(?:半年|半个?月|学期|旬|[0-9０-９一二两三四五六七八九十]{1,3}个?(?:天|日|周|星期|月|年|工作日))"
)


def _reads(value: str) -> bool:
    """Whether a value reads as a target, not as free text (the normalizer accounts for every character), or
    is a comparison with a benchmark (高于全省平均水平: a cell, of kind text), or two such values joined by a
    comma (≥80%，逐年提高: a cell, of kind text), or a value each period the normalizer has no word for
    (每半年1次)."""
    if normalize(value).kind != "text" or _BENCHMARK.fullmatch(value) is not None or value in WORDED_VALUES:
        return True
    if (head := noted_head(value)) is not None:
        # (a value with a note in brackets that holds a number: 5所（覆盖全部5个镇街）, a value cell the normalizer
        # keeps as text; the value before it reads with no words of its own)
        return normalize(head).kind not in ("text", "empty") and not any(_words_read(head))
    if value[:1] == "±" and value[1:2] in _DIGITS:
        # (a tolerance, ±5%以内: a value cell the normalizer keeps as text, the bound after it reading alone)
        return normalize(value[1:]).kind == "quantity" and not any(_words_read(value[1:]))
    every = _EVERY_PERIOD.match(value, 2 if _PER_THING.match(value) else 0)
    if every is not None and every.end() < len(value):
        rest = value[every.end() :]
        return rest[0] not in "每" and normalize(rest).kind == "quantity" and not any(_words_read(rest))
    parts = _CLAUSE_JOINERS.split(value)
    return len(parts) == 2 and all(p and _reads(p) and not any(_words_read(p)) for p in parts)


def _boundary(text: str, q: int, after_points: bool = False) -> bool:
    """Whether the next row's name may start at ``q`` (rows glued on one line); ``after_points``: the row ends in
    a 分值, a bare number, so a name may start with 年度 after it (计划标准10|年度轮换数量, not 10年|度…)."""
    if q >= len(text):
        return True
    if _never_starts_a_name(text, q) or (text[q - 1] in _DIGITS and text[q] in _IN_NUMBER):
        return False
    if text[q] in "—－-/／":
        # a placeholder of the free text after the values (1010|—|烈士墓碑…), before the next name (not a range:
        # 3-|5次)
        dashes = _DASHES.match(text, q)
        assert dashes is not None
        end = dashes.end()
        return end - q <= 3 and (end == len(text) or (_name_char(text[end]) and text[end] not in _IN_NUMBER))
    if not _name_char(text[q]) or (
        text[q - 1] in _DIGITS and _surely_a_unit(text, q) and not (after_points and text.startswith("年度", q))
    ):
        return False  # no name starts with % (≥95|%数字化…), nor with a number's own unit (每年6|月底前)
    if text[q - 1] in _NUMERALS and text[q] in _NUMERALS:
        return False  # nor inside a numeral (二〇二|五年四月底前)
    return _HANZI.search(text, q, q + 12) is not None and not _unclosed(text, max(0, q - _MAX_VALUE), q)


_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"))
_OPENERS = re.compile("[《“（(]")


def _unclosed(text: str, a: int, q: int) -> bool:
    """Whether text[a:q] opens a bracket or a quote it does not close: no cell ends inside one (符合《室外健身器材的
    安全|通用要求》, 城区“|15分钟健身圈”覆盖率)."""
    if _OPENERS.search(text, a, q) is None:
        return False  # (most names open none: one search)
    for left, right in _PAIRS:
        i = text.rfind(left, a, q)
        if i >= 0 and text.find(right, i, q) < 0:
            return True
    return False


def _word_end(words: re.Pattern[str], text: str, pos: int, dashes: bool = False) -> list[int]:
    """Where a column of words (指标性质, 指标方向性, 绩效标准) ends that starts at ``pos``: after one of its words,
    or (``dashes``) after a dash that stands for none (慈善款物管理|—|定性|账实相符), where the text goes on and
    the dash follows no digit or date (35-64岁, 9月—10月 are ranges)."""
    m = words.match(text, pos)
    if m is not None:
        return [m.end()]
    if not dashes or (pos > 0 and (text[pos - 1] in _DIGITS or text[pos - 1] in "年月日号%％℃")):
        return []  # (nor a date's: 9月—10月; nor a range's after its first number's unit: 45%-60%)
    d = _DASH_CELL.match(text, pos)
    return [d.end()] if d is not None and d.end() < len(text) else []


_DATE_PART = re.compile(r"[年月][0-9]{1,2}$")  # a year's month or a month's day, written up to its number
# a month's or a day's own words after its number: 11|月底, 6|月上旬, 5|月20日, 30|日前 (a date, no unit)
_DATE_AFTER_NUMBER = re.compile(r"月(?:底|末|初|中|[上中下]旬|[0-9]|份)|日(?:前|之前|以前)|号")
_DASH_CELL = re.compile(r"[—－-]{1,2}")  # (not a slash: 批次/千人 is a unit)


class _Column(NamedTuple):
    """What :func:`_ends` and :func:`_tail_parses` ask of column ``k`` of a tail and its neighbours, found once a
    tail (see :func:`_columns`)."""

    kind: str
    nxt: str | None  # the next column's kind (None: the last column)
    after: str | None  # the kind of the one after that
    first: bool
    after_weight: bool  # right after a 分值
    last_but_one: bool
    second_target: bool  # a target right after a target
    may_be_empty: bool
    numeric: bool
    before_last_points: bool  # free text before a last 分值 (or 分值 and 得分 glued)
    before_last_word: bool  # free text before a last 指标方向性 or 绩效标准 (正向, 行业标准)
    lone_weight: bool  # the tail's only 分值
    after_unit: bool  # right after a 度量单位 (printed before its 指标值: 米|120|10), or its 指标性质 after it
    between: bool  # a target between a 指标性质 and a 度量单位
    after_comparator: bool
    following: str | None  # the next column's kind that is not a unit
    after_word: bool  # right after a 绩效标准 or 指标方向性 (…计划标准|3月中下旬|5)
    after_target: bool  # after a target and its unit (a 指标性质 printed after its value: 85|%|以上)


@functools.lru_cache(maxsize=256)
def _columns(tail: tuple[tuple[str, int | None], ...]) -> tuple[_Column, ...]:
    """The columns of a tail, each with what :func:`_ends` asks of it and its neighbours. Memoized: a grid's rows
    share its tail."""
    kinds = [t[0] for t in tail]
    out = []
    for k, kind in enumerate(kinds):
        following = [t for t in kinds[k + 1 :] if t != "unit"]
        # (right after a 度量单位 printed first, or with its 指标性质 between: 亩|大于等于|1,500|10)
        after_unit = k >= 1 and kinds[0] == "unit" and all(x == "comparator" for x in kinds[1:k])
        out.append(
            _Column(
                kind=kind,
                nxt=kinds[k + 1] if k + 1 < len(kinds) else None,
                after=kinds[k + 2] if k + 2 < len(kinds) else None,
                first=k == 0,
                after_weight=k > 0 and kinds[k - 1] in ("weight", "points"),
                last_but_one=k + 1 == len(kinds) - 1,
                second_target=k > 0 and kind in _TARGETS and kinds[k - 1] in _TARGETS,
                may_be_empty=kind in _OPTIONAL or kind in ("comparator", "unit"),
                numeric=kind in _NUMERIC,
                before_last_points=kinds[k + 1 :] in (["weight"], ["points"]),
                before_last_word=kinds[k + 1 :] in (["direction"], ["standard"]),
                lone_weight=kinds.count("weight") == 1,
                after_unit=after_unit,
                between="comparator" in kinds[:k]
                and ("unit" in kinds[k:] or (k > 0 and kinds[k - 1] == "unit") or (after_unit and k > 1)),
                after_comparator=kinds[k - 1] == "comparator",
                following=following[0] if following else None,
                after_word=k > 0 and kinds[k - 1] in ("standard", "direction"),
                after_target=k >= 2 and kinds[k - 1] == "unit" and kinds[k - 2] in _TARGETS,
            )
        )
    return tuple(out)


def _around_a_date(text: str, pos: int, value: int) -> bool:
    """Whether a unit cell from ``pos`` would stand before a date (its value at ``value``) or cut one (2025|年): a
    date takes no unit, nor is one cut."""
    return _A_DATE.match(text, value) is not None or (pos >= 4 and _A_DATE.match(text, pos - 4) is not None)


def _ends(
    text: str,
    pos: int,
    column: _Column,
    glued: bool = False,
    loose: bool = False,
    free_digits: bool = False,
) -> list[int]:
    """Where a column of a tail (see :func:`_columns`), starting at ``pos``, may end (``pos`` itself: an empty
    cell); ``free_digits``: free text after a score may start with digits."""
    kind, n, nxt = column.kind, len(text), column.nxt
    empty = [pos] if pos == n or column.may_be_empty else []
    if kind == "free":
        # Free text starts with no digit glued to a number before it (a score's digits may run into it only with
        # ``free_digits``); after a cell that ends in no digit it may (正向|32个食品大类…).
        after_score = free_digits and column.after_weight
        if 0 < pos < n and text[pos] in _DIGITS and text[pos - 1] in _DIGITS and (not after_score or text[pos] == "0"):
            return []  # (nor with a 0 after a number's digits: 10|10秒内…, not 1|010秒内…)
        if 0 < pos < n and _never_starts_a_name(text, pos):
            return []  # nor with a word's end (满意|度≥90%: 度 is the name's)
        if 0 < pos < n and _inside_unit(text, pos):
            return []  # nor inside a number's unit (≤30分|钟值班记录: ≤30分钟 is the value's)
        if 0 < pos < n and text.startswith(_BOUND_WORDS, pos) and _QUANTITY_END.search(text, max(0, pos - 5), pos):
            return []  # nor with a bound's word after a number (15%|以上, 1200元|左右: the value's; 优|以上级… may)
        if pos >= 2 and text[pos - 2 : pos] == "验收" and text.startswith(_RECORD_WORDS, pos):
            return []  # nor inside a record's name (2025年10月上旬前|验收单, not 前验收|单: 验收 a deadline's verb)
        if column.before_last_word:
            # free text before a last 指标方向性 (…中压及低压庭院管道正向): it ends where the row's last word starts
            word = next((w for w in _TRAILING_WORDS if text.endswith(w)), None)
            return [n - len(word)] if word is not None and n - len(word) >= pos else [n]
        if column.before_last_points:
            # free text before a last 分值 (…国家统计局住户调查方案10): it ends where the row's last number starts
            # (or is empty, the value reaching the number: 90%以上|10, not 90%|以上|10)
            m = _LAST_NUMBER.search(text, pos)
            return [m.start()] if m is not None and m.start() >= pos else []
        if nxt in _TARGETS and not glued:
            # free text between two values (a 主办股室 between the 中期 and the 年度 指标值: 48个|设施股|16个): it
            # ends where the value after it may start
            may = _starts_of(text)[2]
            return [q for q in range(pos + 1, n) if may[q] and text[q - 1] not in _DIGITS]
        return [n]
    if kind == "comparator":
        # (after its value, the words written after a number too: 85|%|以上, 2025年7月15日|以前)
        return _word_end(_BOUND_COMPARATOR_WORD if column.after_target else _COMPARATOR_WORD, text, pos) + empty
    if kind == "rate":
        # a completion rate, a percentage (100%, 97.1%), or a mark for none: nothing else
        m = _RATE_CELL.match(text, pos)
        return ([m.end()] if m is not None else []) + [pos]
    if kind == "unit":
        if nxt == "comparator" and column.first and column.after in _TARGETS:
            # a 度量单位 printed first, then its 指标性质 and 指标值 (种植面积|亩|大于等于|1,500): a unit the normalizer
            # knows, right before a comparator written or the number (the 指标性质 empty)
            m = _UNIT_CELL.match(text, pos)
            last = m.end() if m is not None else pos
            units = [
                q
                for q in range(last, pos, -1)
                if q < n
                and (text[q] in _DIGITS or (sign := _COMPARATOR_WORD.match(text, q)) is not None)
                and known_unit(text[pos:q])
                # (建成时间|≤|2025年8月31日, not 建成时|间|≤… or …2025|年|8月)
                and not _around_a_date(text, pos, q if text[q] in _DIGITS or sign is None else sign.end())
            ]
            return [*units, pos]
        if nxt in _TARGETS:
            # a 度量单位 printed before its 指标值 (≥|人|85): a unit the normalizer knows, right before the number
            # (or, with no 指标性质 column, before a value that holds its own: 人|≥60, 天|不少于280; or a mark for
            # none: /|Ⅲ类及以上)
            m = _UNIT_CELL.match(text, pos)
            last = m.end() if m is not None else pos
            own = column.first
            units = [
                q
                for q in range(last, pos, -1)
                if q < n
                and (text[q] in _DIGITS or (own and _starts_of(text)[2][q] == 1))
                and known_unit(text[pos:q])
                and not _around_a_date(text, pos, q)  # (投产时间|2025年10月, not 投产时|间|… or …2025|年|10月)
            ]
            if own and pos + 1 < n and text[pos] in _NONE_MARKS and _starts_of(text)[2][pos + 1]:
                units.append(pos + 1)
            return [*units, pos]
        if (
            pos < n
            and text[pos] in "月日号"
            and (_DATE_PART.search(text, 0, pos) is not None or _DATE_AFTER_NUMBER.match(text, pos) is not None)
        ):
            # a date's month or day is the value's (2025年12|月 is 2025年12月, no unit 月; 11|月底 is 11月底)
            return [pos]
        if pos >= 4 and _A_DATE.match(text, pos - 4) is not None:
            return []  # nor is a date cut after its year (2025|年|5月20日: no value 2025 with a unit 年)
        if (pos == 0 or text[pos - 1] not in _DIGITS) and not (column.after_comparator and _after_number(text, pos)):
            # a unit follows a number (a word such as 良好 has none), or a 指标性质 printed after one; or the cell
            # is a dash for none (≤|2025年10月|—|5; not a slash, a ratio's after a unit: ≤180元/平方米)
            marked = pos + 1 < n and text[pos] in "—－" and text[pos - 1 : pos] not in _NONE_MARKS
            return [pos, pos + 1] if marked else [pos]
        m = _UNIT_CELL.match(text, pos)
        units = [q for q in range(m.end(), pos, -1) if text[q - 1] not in _DIGITS] if m else []
        if nxt == "free" or (nxt is None and glued):
            # before free text or the next row, a unit the normalizer knows, the longest (人次|每月360人次…, not
            # 人 or 人次每)
            # (a unit with no period first: 人次|每月360人次, not 人次每月|360人次)
            known = [q for q in units if known_unit(text[pos:q])]
            units = [q for q in known if normalize("1" + text[pos:q]).per is None][:1] or known[:1] or units
        return units + empty
    if kind in ("direction", "standard"):
        # (or a mark for none: …监测系统|/|定性|全部录入)
        mark = [pos + 1] if pos < n and text[pos] in _NONE_MARKS else []
        return _word_end(_DIRECTION_WORD if kind == "direction" else _STANDARD_WORD, text, pos, True) + mark + empty
    if kind == "points":
        m = _DIGIT_RUN.match(text, pos)
        if m is None:
            return empty
        # (a 分值 and 得分 before a target that starts with digits: 1010|300幅, where they part one way only)
        pairs = (
            [q for q in range(pos + 2, m.end()) if text[q - 1] != "." and _split_points(text[pos:q])]
            if nxt in _TARGETS or nxt == "rate" or (nxt == "free" and free_digits)
            else []
        )
        return [m.end(), *pairs, *empty]
    if kind == "weight":
        m = _POINTS_NUMBER.match(text, pos)
        ends = [q for q in range(m.end(), pos, -1) if text[q - 1] != "."] if m else []
        if column.lone_weight:
            ends = [q for q in ends if text[pos:q].strip("0.")]  # a 权重 alone is never 0 (≦1|10, not ≦11|0)
        # (a weight printed in percent: 10%, its sign the cell's; the tail's only one, no 得分 beside it, and not
        # right after a number, whose percent it may be: ≥85%10 is 85% and 10, not 8 and 5%)
        if column.lone_weight and (pos == 0 or text[pos - 1] not in _IN_NUMBER):
            ends = [q + 1 for q in ends if text[q : q + 1] in ("%", "％")] + ends
        return ends + empty
    if pos == n:
        return empty if not column.first else []
    if text[pos] in _NONE_MARKS and pos + 1 < n and nxt in _TARGETS and _starts_of(text)[2][pos + 1]:
        return [pos + 1]  # a mark for none before the next target (晾墨周期|—|6-8个月): the cell, all of it
    if text[pos] in "—－" and column.second_target and nxt in (None, "free") and text[pos - 1] not in "—－-":
        # a second target of a dash for none, before free text (≥400公斤|—|测产): all of it (a slash after a value
        # is its own: ≥300天/年)
        return [pos + 2 if text[pos + 1 : pos + 2] == text[pos] else pos + 1]
    if column.between:
        # 指标值 between 指标性质 and 度量单位 (or after both): a bare number (any cut of it: 1210 may be 12 and a
        # weight 10), or a word (定性: 良好, 是)
        if (
            column.after_comparator
            and text.endswith("定量", 0, pos)
            and (sign := _COMPARATOR_WORD.match(text, pos)) is not None
            and sign.group() not in ("定量", "定性")
        ):
            # 定量 is a kind, not a comparator: the 指标值 may hold its own, a sign or a word (定量|≥90|%,
            # 定量|不少于8|场)
            return [
                q for q in range(min(n, sign.end() + 12), sign.end(), -1) if _NUMBER_CELL.fullmatch(text, sign.end(), q)
            ]
        if text.startswith(_MARKS, pos) and column.after_comparator:
            return []  # no 指标值 starts with a 指标性质 (稳定性定性稳定: 稳定性|定性|稳定, not 稳|定性|定性稳定)
        m = _NUMBER_CELL.match(text, pos)
        qualitative = text.endswith("定性", 0, pos)  # 定性 then a number is no 指标值 of its own
        numbers = []
        if m and not qualitative and not (pos > 0 and text[pos - 1] in _IN_NUMBER):
            numbers = [q for q in range(m.end(), pos, -1) if q == m.end() or text[q - 1 : q + 1].isdigit()]
        elif m and column.second_target and (end := _glued_pair_end(text, pos)) is not None:
            numbers = [end]  # (the second of two numbers glued, where they part one way only: 1.2|1.2, 9,000|3,000)
        if m and not qualitative and _A_DATE.match(text, pos) is not None:
            # a date (≤|2025年10月|—|5): as far as it reads as one, before the bare numbers it starts with
            numbers = [
                q
                for q in range(min(n, pos + 16), m.end(), -1)
                if _cuts_no_number(text, q) and normalize(text[pos:q]).kind == "timeframe"
            ] + numbers
        # or a word, or a date (2025年10月底前), before the weight's digits
        # (only where the weight comes next: free text may come between, 优|以上级调查机构…|10)
        points = column.following in ("weight", "points")
        start = _start_kind(text, pos, own_cell=True)
        if not start:
            return numbers
        # after 定性 written, words are the value whether or not they read (不发生: qualitative anyway), where a
        # column word, a number or the row's end shows where they end (not free text: 健全|机制不健全的…)
        any_words = qualitative and column.following != "free"
        return (
            numbers
            + [
                q
                for q in range(min(n, pos + 20), pos, -1)
                if (q == n or not points or text[q] in _DIGITS or (nxt == "unit" and _dash_before_digit(text, q)))
                and _cuts_no_number(text, q)
                # (a dash last is the unit's after it, a mark for none: 基本建立|—|5, not 基本建立—||5)
                and not (nxt == "unit" and q - 1 > pos and text[q - 1] in "—－")
                and (
                    # (digits too, before the weight's, in a row of its own and crossing no column word:
                    # 灾后12小时内得到初步救助|10, not 良好5正向…|9)
                    (
                        any_words
                        and text[pos] not in _DIGITS
                        and (
                            _fits(text, pos, q, start, False)
                            if not _DIGITS.intersection(text[pos:q])
                            else points and not glued and q < n and _COLUMN_WORD.search(text, pos, q) is None
                        )
                    )
                    or (
                        _fits(text, pos, q, start, False)
                        and (
                            _reads(text[pos:q])
                            if not _DIGITS.intersection(text[pos:q])
                            else normalize(text[pos:q]).kind == "timeframe"
                        )
                    )
                )
            ]
        )
    out = []
    _, inside, may = _starts_of(text)
    # what the column after this one is, for every cut alike
    to_target, to_points, to_row_end = nxt in _TARGETS, nxt in ("weight", "points"), nxt is None
    if column.after_word and not glued and (to_points or to_row_end) and text.endswith(_TRAILING_WORDS, 0, pos):
        # a value framed by a column word before it and the row's last number (or its end) after it
        # (种苗移栽计划标准|3月中下旬|5): all of it, words or not, where no column word of words stands inside it
        final = _LAST_NUMBER.search(text, pos) if to_points else None
        end = n if to_row_end else (final.start() if final is not None else None)
        if end is not None and pos < end <= pos + _MAX_VALUE and _LAST_WORD.search(text, pos, end) is None:
            out.append(end)  # (a sign inside it is the value's: 行业标准|宣传活动≥10场，发放资料5000份)
    loose_actual = loose and nxt == "actual" and column.after == "points"
    words_actual = loose and kind == "actual" and nxt == "points"
    first, after_points, last_but_one = column.first, column.after_weight, column.last_but_one
    second_target = column.second_target
    start = _start_kind(text, pos, after_points=after_points)
    if not start and not words_actual and (first or not to_row_end):
        return []  # no value starts here, and neither an actual of words nor a last composite may
    top = min(n, pos + _MAX_VALUE)  # the longest cut tried, then shorter ones
    if first and start == 2 and not words_actual and nxt is not None:
        # a first value of words ends by the first digit after it (see _fits)
        digit = _A_DIGIT.search(text, pos)
        if digit is not None:
            top = min(top, digit.start())
    candidates: Iterable[int] = range(top, pos, -1) if nxt is not None or glued else (n,)
    # Of the cuts inside the text, only those the column after may start at (see below) are tried: a value
    # where one may start (when no list of quantities may follow instead), a 分值 at a digit.
    inner: list[int] | None = None
    if to_target and not loose_actual and not last_but_one:
        inner = [m.start() for m in _NONZERO.finditer(may, pos + 1, min(top, n - 1) + 1)]
    elif to_points:
        inner = [m.start() for m in _A_DIGIT.finditer(text, pos + 1, min(top, n - 1) + 1)]
    if inner is not None:
        candidates = [*((n,) if top == n else ()), *reversed(inner)]
    per_prefixes, verbs = _per_prefixes(), _direction_verbs()
    for q in candidates:
        if q < n:
            if inside[q] and (
                # a cut inside a word of values (提|高); the points' digits after a value word are no such word
                # (改善明显|1514), when the value reads with no words of its own (not 长效机制运行情况有效有效|1010)
                not (to_points and text[q] in _DIGITS and "\u4e00" <= text[q - 1] <= "\u9fff")
                or any(_words_read(text[pos:q]))
            ):
                continue
            if to_row_end and not (
                glued
                and _boundary(text, q)
                and (_ends_glued(text[pos:q]) or (second_target and _grade_word(text[pos:q])))
            ):
                continue  # (a short value of words ends no piece: 完成 in 培训完成时间 is a word of the next name)
            if to_points and text[q] not in _DIGITS:
                continue
            if to_target and text[q - 1] in "，,、；;":
                continue  # a value does not end in a joiner: ≥80%，逐年提高 is one cell, not ≥80%， and 逐年提高…
            if (
                to_target
                and not may[q]  # no value may start at q (see _may_start)
                and not loose_actual
                and not _composite_after(text, pos, q, last_but_one)
            ):
                continue
        value = text[pos:q]
        if column.following == "comparator" and ("定性" in value or "定量" in value):
            continue  # the kind the 指标性质 after it holds, not the value's (初步显现|定性|10, not 初步显现定性10)
        if column.following == "comparator" and text.startswith("定性", q) and not _DIGITS.intersection(value):
            out.append(q)  # (words before 定性 printed after them, a unit's empty cell between, are the value)
            continue
        if value in ("/", "／") and 0 < pos and q < n and _HANZI.match(text[pos - 1]) and _HANZI.match(text[q]):
            continue  # a slash between two words is a ratio's (有效水样数/采集水样数), not an empty value
        if (
            nxt == "free"
            and q == pos + 1
            and 0 < pos
            and q < n
            and _HANZI.match(text[pos - 1])
            and _HANZI.match(text[q])
        ):
            continue  # a grade of one character between words before free text is a word's (网格员集|中|培训…)
        if q < n and to_target and value.endswith(per_prefixes):
            continue  # 每年 starts the next value (不少于20场|每年不少于20场), it ends none
        if first and q < n and to_target and text[q] in _DIGITS and value in verbs:
            continue  # a verb before a number is the name's (亩产增加|50公斤以上|20公斤以上), not a value
        if words_actual and len(value) <= 12 and not _DIGITS.intersection(value):
            out.append(q)  # an actual value as words (基本健全) before the points: the target is what counts
        elif (
            # (no number is cut where the text after the cut starts none: _cuts_no_number)
            (q == n or text[q] not in _IN_NUMBER or _cuts_no_number(text, q))
            # (or, after a 权重 printed before it, a last value whole that reads, whatever it starts with: the
            # weight's digits say where it starts, 训练大纲|10|修订完善1套)
            and (
                start == 1
                or _fits(text, pos, q, start, first)
                or (column.after_weight and q == n and pos > 0 and text[pos] not in _IN_NUMBER)
            )
            and _reads(value)
        ):
            out.append(q)
        elif (
            # after a 度量单位 column, a value's digits glued to the 分值's (米|120|10): any cut, as between a 指标性质
            # and a 度量单位; the 分值 then says which reads (see _agreed)
            column.after_unit
            and to_points
            and q < n
            and text[q - 1] in _DIGITS
            and text[q] in _DIGITS
            and _reads(value)
        ):
            out.append(q)
        elif not first and q == n and to_row_end and _scoped_composite(text, pos) and text[pos - 1] not in _DIGITS:
            out.append(q)  # a last cell of quantities that starts with words (see _composite_after)
    if glued or nxt in ("free", "standard", "direction") or to_target:
        # rows glued on: words after the number start the next name (12个|举办群众文化活动场次); free text after
        # the value (备注, 指标解释), the same: those readings first (4辆|每个乡镇专职队1辆); and a column word
        # (46座|计划标准, not 46座计划标准: words after a number, read as its object)
        plain = [q for q in out if not _words_read(text[pos:q])[1]]
        return plain + [q for q in out if q not in plain] if nxt is not None else plain or out
    return out


@functools.cache
@functools.cache
def _per_prefixes() -> tuple[str, ...]:
    from ... import normalizer as n

    return tuple(w for w in n.PER_WORDS if w.startswith("每"))


def known_unit(unit: str) -> bool:
    """Whether the normalizer reads ``unit`` after a number as a unit, all of it (人次; not 户全年持)."""
    target = normalize("1" + unit)
    return target.kind == "quantity" and target.unit is not None and not any(_words_read("1" + unit))


@functools.cache
def _direction_verbs() -> frozenset[str]:
    from ... import normalizer as n

    return frozenset(n.DIRECTIONS)


_HANZI = re.compile(r"[\u4e00-\u9fff]+")
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]")
_WORD_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9]")
_COLON = re.compile(r"[ \u3000]*[:：][ \u3000]*")
_LIST_JOINERS = re.compile(r"[，,；;、]")
_CLAUSE_JOINERS = re.compile(r"[，；;]|,(?![0-9])|(?<![0-9]),")  # (an ASCII comma between digits groups them: 2,000)
_DASHES = re.compile(r"[/／—－\-]+")
_PLACEHOLDER_RUN = re.compile(r"[/／—－\-…无 \u3000]*")
_COUNTED = frozenset({"quantity", "range", "change", "rank", "fraction"})
_NUMERALS = frozenset(CN_NUMERAL_CHARS)


def _ends_a_row(text: str, spans: list[tuple[int, int]], tail: Tail) -> bool:
    """Whether a glued row may end after these columns: its last cell is a number or a column word (a value
    of words before more text is too often part of the next name: 完成 of 完成时间, 高 of 高素质)."""
    filled = [(kind, x, y) for (kind, _), (x, y) in zip(tail, spans, strict=False) if y > x]
    if not filled:
        return False
    kind, x, y = filled[-1]
    if kind == "unit":
        return known_unit(text[x:y])
    if kind in _TARGETS and len(filled) > 1 and filled[-2][0] == "comparator" and filled[-2][2] == x:
        return True  # a value of words after 定性 written (定性|作用明显|以统计分析…, 定性|优|…): its own cell
    if kind in _TARGETS and len(filled) > 1 and filled[-2][0] in _TARGETS and _grade_word(text[x:y]):
        return True  # a second target that is a grade of two characters (良好及以上|优秀|…)
    return kind in ("standard", "direction", "weight", "points") or _ends_glued(text[x:y])


@functools.cache
def _grade_words() -> frozenset[str]:
    from ... import normalizer as n

    return frozenset(w for w in n.GRADES if len(w) >= 2)


def _grade_word(value: str) -> bool:
    return value in _grade_words()


def _ends_glued(value: str) -> bool:
    """Whether a value may end a row that another one is glued to: it holds a number, is words enough, or is a
    placeholder that no name starts with (/, —; not 无: 无障碍设施)."""
    return _counted(value) or _whole_words(value) or _DASHES.fullmatch(value) is not None


def _whole_words(value: str) -> bool:
    """A value of words long enough not to be the start of a name (较上年有所提升, 符合要求, 一类坝, 二〇二五年四月底前;
    not 完成, 提高)."""
    kinds = ("qualitative", "direction", "timeframe")
    return len(value) >= 3 and normalize(value).kind in kinds and not any(_words_read(value))


def _counted(value: str) -> bool:
    """Whether a value holds a number: digits, or numerals read as a range or a number of two numerals or more
    (三至五座, 两万批次; not 二次 or 第二期, which are more often words of a name: 二次供水, 第二期工程), or
    none of a thing (无重大安全事故)."""
    if _DIGITS.intersection(value):
        return True
    target = normalize(value)
    if target.kind == "quantity" and target.value == 0 and len(value) >= 3:
        return True  # none of a thing (无重大安全事故, 零事故)
    return target.kind == "range" or (target.kind in _COUNTED and sum(c in _NUMERALS for c in value) >= 2)


def _scored(text: str, spans: list[tuple[int, int]], weights: list[int]) -> bool:
    """Whether a reading's 得分 is no more than its 分值 (``weights``: the tail's two number columns, the first
    the 分值; none where the tail has not two)."""
    points = [text[spans[k][0] : spans[k][1]] for k in weights if spans[k][1] > spans[k][0]]
    if len(points) != 2:
        return True
    try:
        return float(points[1]) <= float(points[0])
    except ValueError:
        return True


@functools.lru_cache(maxsize=256)
def _free_columns(tail: tuple[tuple[str, int | None], ...]) -> list[int]:
    """A tail's free-text columns. Memoized, as :func:`_columns` (only read)."""
    return [k for k, (kind, _) in enumerate(tail) if kind == "free"]


@functools.lru_cache(maxsize=256)
def _scored_columns(tail: tuple[tuple[str, int | None], ...]) -> list[int]:
    """A tail's 分值 and 得分, where it has both (a 得分 is checked against its 分值: see :func:`_scored`); else none.
    Memoized, as :func:`_columns` (only read)."""
    scored = [k for k, (kind, _) in enumerate(tail) if kind == "weight"]
    return scored if len(scored) == 2 else []


def _tail_parses(
    text: str,
    pos: int,
    tail: Tail,
    glued: bool = False,
    loose: bool = False,
    limit: int = 6,
    free_digits: bool = False,
) -> list[list[tuple[int, int]]]:
    """The ways (up to ``limit``) the tail's columns read text[pos:], each column a span."""
    out: list[list[tuple[int, int]]] = []
    acc: list[tuple[int, int]] = []
    key = tuple(tail)
    columns, scored = _columns(key), _scored_columns(key)
    n, last = len(text), len(tail) - 1
    gaps = _gaps(text)
    if not tail:
        return [[]] if pos == n else []

    def walk(k: int, at: int) -> None:
        if len(out) >= limit:
            return
        column = columns[k]
        if gaps is not None and pos < at < n and text[at] in _BLANKS:
            # a blank after a cell is an empty cell's (a copy that kept the gaps: 稳中有升 |较上年增长3.1%, the
            # 度量单位 empty): this column is empty, and the next starts after the blank
            if k < last:
                acc.append((at, at))
                walk(k + 1, at + 1)
                acc.pop()
            return
        whole: list[int] = []
        if column.between and column.kind == "actual":
            if acc[-1][1] == acc[-1][0] and tail[k - 1][0] == "unit":
                # an actual after an empty 度量单位 (定性 targets have none) is a whole value, not a bare number
                column = column._replace(between=False)
            else:
                # an actual may be written with its unit though the grid has a unit column (14|处|14处|10|10)
                whole = _ends(text, at, column._replace(between=False), glued, loose, free_digits)
        ends = _ends(text, at, column, glued, loose, free_digits)
        if whole:
            ends = [*ends, *(q for q in whole if q not in ends)]
        if gaps is not None and column.kind != "free":
            ends = _ungapped(text, at, ends, gaps)
        for q in ends:
            if q == at and column.numeric and acc and acc[-1][1] > acc[-1][0] and text[at - 1] in _DIGITS:
                continue  # a number then an empty number column: the digits may be both (≥56561010)
            acc.append((at, q))
            if k < last:
                walk(k + 1, q)
            elif (
                len(out) < limit
                and (q == n or (glued and _row_ends(text, q, acc, tail)))
                and (not scored or _scored(text, acc, scored))
            ):
                out.append(list(acc))  # the last column read: a reading where the row ends there
            acc.pop()

    walk(0, pos)
    return out


def _after_number(text: str, pos: int) -> bool:
    """Whether a 指标性质 written right after a number ends at ``pos`` (120≥|口, 90大于|百分比)."""
    for word in _COMPARATOR_WORDS:
        start = pos - len(word)
        if start > 0 and text.startswith(word, start) and text[start - 1] in _DIGITS:
            return True
    return False


@functools.lru_cache(maxsize=256)  # (a row's tail is read from many places)
def _gaps(text: str) -> list[int] | None:
    """Where a row holds a blank between two Chinese characters: an empty cell's (稳中有升 较上年增长 is two cells;
    ≥ 85% and GB 7959 are one); None where it holds no blank (most rows). Memoized (only read)."""
    if _BLANKS.isdisjoint(text):
        return None
    return [m.start() + 1 for m in _GAP.finditer(text)]


_GAP = re.compile(rf"[\u4e00-\u9fff](?=[{''.join(sorted(_BLANKS))}][\u4e00-\u9fff])")


def _ungapped(text: str, a: int, ends: list[int], gaps: list[int]) -> list[int]:
    """The ends of a cell starting at ``a`` in a row that holds blanks, those that end on a blank taken back before
    it (the blank is the empty cell after: 应召尽召| |6), and none past a gap (:func:`_gaps`)."""
    out: list[int] = []
    for q in ends:
        while q > a and text[q - 1] in _BLANKS:
            q -= 1
        if bisect.bisect_left(gaps, a) < bisect.bisect_left(gaps, q):
            continue  # (a gap inside a..q: at a the cell would start on a blank, at q it ends before one)
        if q not in out:
            out.append(q)
    return out


def _row_ends(text: str, at: int, spans: list[tuple[int, int]], tail: Tail) -> bool:
    """Whether a glued row may end at ``at`` after these columns, and the next row's name start there."""
    last = next((kind for (kind, _), (x, y) in zip(tail[::-1], spans[::-1], strict=True) if y > x), None)
    return _boundary(text, at, last in ("weight", "points")) and _ends_a_row(text, spans, tail)


_Found = tuple[int, list[tuple[int, int]], list[tuple[int, int]]]  # where the name ends, the columns, doubts
_Split = Callable[..., "_Found | None"]
# The readings of a tail from a place (see _tail_parses), by text, place, tail, gluing, looseness, free digits.
_Parses = dict[tuple[str, int, tuple[tuple[str, int | None], ...], bool, bool, bool], list[list[tuple[int, int]]]]


class _Splits:
    """:func:`_split_row` remembered for one piece of a line (whose rows are split where they are cut, then
    again as rows): the same text, name start, columns and gluing split once. Its splits are only read.

    The readings of the tail from each place are remembered too: a split with a 分值's cap reads the same
    places as the one without (a piece that is one row, read whole and then as its row)."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, int, tuple[tuple[str, int | None], ...], bool, float | None], _Found | None] = {}
        self._parses: _Parses = {}

    def __call__(
        self, text: str, name_start: int, tail: Tail, glued: bool = False, cap: float | None = None
    ) -> _Found | None:
        key = (text, name_start, tuple(tail), glued, cap)
        if key not in self._done:
            self._done[key] = _split_row(text, name_start, tail, glued, cap, self._parses)
        return self._done[key]


def _split_row(
    text: str,
    name_start: int,
    tail: Tail,
    glued: bool = False,
    cap: float | None = None,
    known: _Parses | None = None,
) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Where the name ends, the span of each tail column, and the stretches that read more than one way.

    The name is the shortest text before a tail that reads: the first place a value may start (a comparator,
    a number, a value word) from which every column reads (a target as the normalizer reads it). Columns the
    readings disagree on are not placed, only reported. ``known``: readings of the tail already found (and
    where to keep those found), see :class:`_Splits`.
    """
    standard = None if glued else _standard_of(text, name_start, tail)
    found = None
    if standard is not None:
        # a 绩效标准 word written once (计划标准, 行业标准): the value ends where it starts, when a reading does so
        # (桥梁安全责任事故|无|计划标准, not 桥梁|安全; ≤24h|行业标准|自接到报告起计, not ≤24h行业标准…)
        found = _first_split(text, name_start, tail, glued, False, cap=cap, known=known, standard=standard)
    if found is None:
        found = _first_split(text, name_start, tail, glued, False, cap=cap, known=known)
    if found is None or found[1][0][1] > found[1][0][0]:
        # a pair of targets written the same, where no reading is found or inside the first target read
        # (资金管理账表|相符账表相符: 资金管理|账表相符|账表相符)
        # (a first target right after a word that ends names stands: 保障水平|稳步提高|提高, not 保障水平稳步|提高)
        stop = len(text) if found is None else found[1][0][1]
        if found is not None and _subject_start(text, found[1][0][0]):
            stop = found[1][0][0] + 1
        paired = _repeated_split(text, name_start, tail, glued, stop)
        if paired is not None:
            found = paired
    if found is None and any(kind == "points" for kind, _ in tail):
        # an actual value of words (基本健全, 改善明显) before the points, when nothing else reads
        found = _first_split(text, name_start, tail, glued, True, cap=cap, known=known)
    if any(a[0] in ("weight", "points") and b[0] == "free" for a, b in itertools.pairwise(tail)) and (
        found is None or any(_goes_on(text, found[1][k]) for k in _free_columns(tuple(tail)))
    ):
        # a score whose digits run into the free text after it (2024年8月28日32所学校…, 分值 5: 得分 3 and 2所学校…),
        # when nothing else reads, or only with free text that goes on from a number (42|''|2|户52024年度…, not
        # 42|户|5|2024年度…): its digits are split only where one reading alone keeps 得分 within 分值
        digits = _first_split(text, name_start, tail, glued, False, free_digits=True, cap=cap, known=known)
        if digits is not None and not any(_goes_on(text, digits[1][k]) for k in _free_columns(tuple(tail))):
            found = digits
        found = found or digits
    return _scoped_back(text, name_start, tail, found)


_SCOPE = re.compile(r"([\u4e00-\u9fff]{1,4})[0-9０-９]")
# Verbs that scope a list's first quantity (新建12个、提档升级30个) when the later scopes differ in length.
_SCOPE_VERBS = frozenset(
    ("新建", "改建", "扩建", "改造", "新增", "维修", "更换", "安装", "建设", "购置", "培训", "开展")
)


def _scoped_back(text: str, name_start: int, tail: Tail, found: _Found | None) -> _Found | None:
    """A first value that is a list of quantities whose later ones each start with a scope (12个、提档升级30个,
    6座，自然村12座) starts with a scope too, taken from the name: a verb of building (新建12个、提档升级30个), else
    as long as the later ones' scopes where those are all as long, and short (中心村6座，自然村12座)."""
    if found is None or not tail or tail[0][0] not in _TARGETS:
        return found
    x, y = found[1][0]
    if y <= x or text[x] not in _DIGITS or normalize(text[x:y]).kind != "composite":
        return found
    scopes = [_SCOPE.match(part) for part in _LIST_JOINERS.split(text[x:y])[1:]]
    if not scopes or not all(scopes) or any(_no_scope(m.group(1)) for m in scopes if m is not None):
        # (nor a total after the count, 3个，共450亩, nor a share of each, 3期，每期20人: no scope 3个 or 3期 shares)
        return found
    lengths = {len(m.group(1)) for m in scopes if m is not None}
    size = 2 if text[x - 2 : x] in _SCOPE_VERBS else lengths.pop() if len(lengths) == 1 and max(lengths) <= 3 else 0
    if not size or x - size < name_start + 2 or not all("\u4e00" <= c <= "\u9fff" for c in text[x - size : x]):
        return found
    latin = _LATIN_BEFORE.search(text, name_start, x - size)
    if latin is not None and latin.end() == x - size:
        size += len(latin.group())  # a scope that starts in Latin letters (GNSS监测站6套)
    if normalize(text[x - size : y]).kind != "composite":
        return found
    return x - size, [(x - size, y), *found[1][1:]], found[2]


_LATIN_BEFORE = re.compile(r"[A-Za-z]+$")
_TOTAL_WORDS = frozenset({"共", "共计", "合计", "累计", "总计"})


def _no_scope(word: str) -> bool:
    """Whether the words before a later quantity of a list are a total or a share of each, no scope (共, 每期)."""
    return word in _TOTAL_WORDS or word.startswith("每")


# Where a word of 2 to 12 characters starts that is written twice running (the places _repeated_split looks at).
_REPEATS = re.compile(r"(?=(.{2,12})\1)", re.DOTALL)


def _repeated_split(
    text: str, name_start: int, tail: Tail, glued: bool, stop: int
) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Two targets of words written the same (账表相符账表相符: target and actual, or both periods): the name
    ends before the pair (starting before ``stop``), when one place only holds such a pair that the columns
    after it read (a third repetition, 应保尽保应保尽保应保尽保, puts the first one in the name). Numbers are
    never paired so (≥5656: ≥56 and 56, or ≥5 and 656?)."""
    if len(tail) < 2 or tail[0][0] not in _TARGETS or tail[1][0] not in _TARGETS:
        return None
    n = len(text)
    found: list[tuple[int, list[list[tuple[int, int]]]]] = []
    inside = _starts_of(text)[1]
    for m in _REPEATS.finditer(text, name_start + 1):
        p = m.start()
        if p >= min(stop, n - 3):
            break
        if text[p] in _DIGITS or inside[p]:
            continue  # (nor right after a word that leads a value: 逐年|加强加强 is 逐年加强 and 加强)
        # a word repeats only where its first character does again: the sizes to try are where it recurs
        last = p + min(12, (n - p) // 2)
        again = text.find(text[p], p + 2, last + 1)
        while again != -1:
            size, again = again - p, text.find(text[p], again + 1, last + 1)
            word = text[p : p + size]
            end = p + 2 * size
            if not text.startswith(word, p + size) or text.startswith(word, end) or _DIGITS.intersection(word):
                continue
            if not _reads(word) and size < 4:
                continue  # (a pair of four characters or more is a pair whether or not it reads: 全流程网上办理)
            pair = [(p, p + size), (p + size, end)]
            rest = _tail_parses(text, end, tail[2:], glued) if len(tail) > 2 else [[]] if end == n else []
            parses = [
                pair + parse
                for parse in rest
                if not any(
                    kind == "free" and _goes_on(text, x, True) for (kind, _), x in zip(tail[2:], parse, strict=True)
                )
            ]
            if parses:
                found.append((p, parses))
    if len(found) != 1:
        return None
    return _agreed(text, *found[0], tail, glued)


def _standard_of(text: str, name_start: int, tail: Tail) -> tuple[int, int, int] | None:
    """The 绩效标准 column right after a target (its index in the tail) and the one 绩效标准 word the row holds after
    its name's start (where it starts and ends), or None."""
    k = next((k for k in range(1, len(tail)) if tail[k][0] == "standard" and tail[k - 1][0] in _TARGETS), None)
    if k is None:
        return None
    found = list(_STANDARD_WORD.finditer(text, name_start + 1))
    return (k, found[0].start(), found[0].end()) if len(found) == 1 else None


def _first_split(
    text: str,
    name_start: int,
    tail: Tail,
    glued: bool,
    loose: bool,
    marked: bool = False,
    free_digits: bool = False,
    cap: float | None = None,
    known: _Parses | None = None,
    standard: tuple[int, int, int] | None = None,
) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Where the name ends and the tail's columns (see :func:`_split_row`); ``standard``: the 绩效标准 column's
    index and the one place it may stand (see :func:`_standard_of`)."""
    if not tail:
        return None  # (a grid of no value column: nothing to split off)
    first = tail[0][0]
    # (码头改造|米|120, or with its 指标性质 between: 种植面积|亩|大于等于|1,500)
    target_at = 2 if tail[1:2] and tail[1][0] == "comparator" else 1
    unit_first = first == "unit" and len(tail) > target_at and tail[target_at][0] in _TARGETS
    if (first in ("comparator", "standard", "direction") or unit_first) and not loose and not marked:
        # a 指标性质 written (≥, 定性) marks where the name ends; a bare number only when none does (and a 绩效标准
        # word, 行业标准, or a 指标方向性 word, 正向, printed before the value)
        found = _first_split(text, name_start, tail, glued, loose, True, free_digits, cap, known, standard)
        if found is not None:
            return found
    fallback = None
    may = _starts_of(text)[2]  # where a value may start (see _may_start): 1 strong, 2 weak
    target, comparator = first in _TARGETS, first == "comparator"
    tail_key = tuple(tail)
    free = _free_columns(tail_key)
    places: Iterable[int] = range(name_start + 1, len(text))
    if target:
        places = (m.start() for m in _NONZERO.finditer(may, name_start + 1, len(text)))  # (where a value may start)
    letter = _LETTER.search(text, name_start)
    lettered = letter.start() if letter is not None else len(text)  # (a name holds a word: 2025|年度 is none)
    for p in places:
        if p <= lettered:
            continue
        if _unclosed(text, name_start, p):
            continue  # the name ends outside its brackets and quotes
        if text[p - 1] in "×*、，,；;—－-～~":
            continue  # a formula's factor (…/采集水样数×100%) starts no value; nor does a name end in a joiner
            # or a dash (一、|二类桥梁占比, 2025年4月—5月、9月—|10月)
        if _measure_restated(text, name_start, p):
            continue
        if comparator and not marked and text.startswith(_COMPARATOR_WORDS, p):
            break  # a 指标性质 written that did not read: no bare number after it is read either (≤2026年|4|月|5)
        if comparator and not (text.startswith(_COMPARATOR_WORDS, p) or (not marked and may[p] == 1)):
            continue
        if marked and first in _WORD_COLUMNS and not text.startswith((*_WORD_COLUMNS[first], *_NONE_MARKS), p):
            continue  # (a 绩效标准 or 指标方向性 printed before the value: 无障碍卫生间改造|正向|26个（间）)
        if (
            marked
            and unit_first
            and (text[p - 1] == "每" or _starts_of(text)[1][p] or not _unit_read(text, p, tail_key))
        ):
            continue  # (a 度量单位 printed before the value: 码头改造|米|120; not inside a value word, 每|年12月底前)
        if known is None:
            parses = _tail_parses(text, p, tail, glued, loose, free_digits=free_digits)
        else:
            key = (text, p, tail_key, glued, loose, free_digits)
            if key not in known:
                known[key] = _tail_parses(text, p, tail, glued, loose, free_digits=free_digits)
            parses = known[key]  # (only read below: each choice makes a new list)
        if cap is not None and len(parses) > 1:
            # no 分值 more than the points of its level 1 (产出指标（50分）: 8|87.5%, not 88|7.5%)
            parses = _within(text, parses, tail, cap) or parses
        if standard is not None:
            if p >= standard[1]:
                break
            parses = [parse for parse in parses if parse[standard[0]] == standard[1:]]
        if not parses:
            continue
        # (each choice below keeps some readings, or all where none is so: one reading stands as it is)
        if glued and len(parses) > 1:
            # the row runs as far as its values read, with no words after a number (those start the next name)
            plain = [parse for parse in parses if not any(_words_read(text[x:y])[1] for x, y in parse if y > x)]
            parses = plain or parses
            # nor words before a value that holds a number (零伤亡|山区群众防灾避险意识明显增强: the next row's)
            bare = [parse for parse in parses if not any(_glued_subject(text[x:y]) for x, y in parse if y > x)]
            parses = bare or parses
            # that fill most columns (无|反向 before the next name, not 无反向发生 and no 指标方向性)
            most = max(sum(y > x for x, y in parse) for parse in parses)
            parses = [parse for parse in parses if sum(y > x for x, y in parse) == most]
            end = max(parse[-1][1] for parse in parses)
            parses = [parse for parse in parses if parse[-1][1] == end]
        # the readings whose free text does not go on from a number (2025年9月|15日108…: 15 is no score)
        clean = [parse for parse in parses if not any(_goes_on(text, parse[k]) for k in free)] if free else parses
        if not clean and all(any(_goes_on(text, parse[k], True) for k in free) for parse in parses):
            continue  # every reading leaves a date or a number's unit to the free text (2025|年|5|月5…): none is sure
        parses = clean or parses
        # (no 0 taken off a weight where free text after it holds the value: 学员满意度|10|达到92%, not 1|0|达到…;
        # where no other reading is, none: 收购价格10|较烟熏果每斤高0.5元以上 is no weight 1 and value 0)
        if _weight_targets(tail_key):
            parses = [parse for parse in parses if not _zero_off_a_weight(text, parse, tail)]
            if not parses:
                continue
        if len(parses) > 1:
            parses = _preferred(text, parses, tail)
        x, y = parses[0][0]
        subject, obj = _words_read(text[x:y]) if y > x else (False, False)
        # (or a period word alone before free text: 档案年度检查全覆盖 is no value 年度 and a 指标解释 检查全覆盖)
        period = (
            len(tail) > 1
            and tail[1][0] == "free"
            and parses[0][1][1] > parses[0][1][0]
            and _period_word(text[x:y])
            and not is_placeholder(text[parses[0][1][0] : parses[0][1][1]])  # (长期|—: a mark for none after it)
        )
        # (or a value of words before free text that holds a comparison, 贷款|按期|还款率≥95%, or a rate and its
        # number, 食品|安全|抽检合格率100%检测报告: the value is later)
        compared = (
            free
            and target
            and not glued
            and not _DIGITS.intersection(text[x:y])
            and any(
                _COMPARED.search(text, a, b) or (y - x <= 2 and _strong_number(text, a, b))
                for k in free
                for a, b in [parses[0][k]]
                if 0 < b - a <= _CELL_TEXT
            )
        )
        if (
            period
            or obj
            or compared
            or (subject and not _DIGITS.intersection(text[x:y]) and not _own_subject(text, x, y))
            or (p - name_start < _SHORTEST_NAME and _HANZI.fullmatch(text, name_start, p) is not None)
        ):
            # a value of words read with a subject (安全事故较上年减少), or a number with words after it
            # (8个的验收合格率100%100%): a later start may read it without them
            fallback = fallback or (p, parses)
            continue
        return _agreed(text, p, parses, tail, glued)
    return None if fallback is None else _agreed(text, *fallback, tail, glued)


@functools.cache
def _per_head_measure() -> re.Pattern[str]:
    from ... import normalizer as n

    heads = sorted({w for w in (*n.PER_WORDS, *n.PER_HEAD) if w.endswith("均")}, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(heads)})(?:{'|'.join(sorted(n.HEAD_VERBS, key=len, reverse=True))})")


# (its number right after it, or after two characters more: 满意度≥92%, 恢复利用率≥70%; not 墙体加固|加固敌楼数量2座,
# the next row's name)
_DOUBLED = re.compile(
    r"(?=([\u4e00-\u9fff]{2,4})\1[\u4e00-\u9fff]{0,2}?(?:[0-9０-９≥≤≧≦><＞＜]|不(?:少于|低于|高于|超过|多于|大于|小于)))"
)


@functools.lru_cache(maxsize=1024)
def _restated(text: str) -> tuple[int, ...]:
    """Where words of two to four characters are written again right after themselves, a number close after them
    (满意度满意度≥92%): a value may start at the second copy, restating what its name measures (40 values of the
    test corpora start with the words their name ends with; one name holds such a pair, 新造林|造林补助)."""
    return tuple(m.start() + len(m.group(1)) for m in _DOUBLED.finditer(text))


@functools.cache
def _per_heads() -> frozenset[str]:
    from ... import normalizer as n

    return frozenset(n.PER_HEAD)


@functools.cache
def _measure_words() -> re.Pattern[str]:
    from ... import normalizer as n

    return re.compile("|".join(sorted({*n.HEAD_VERBS, "收入"}, key=len, reverse=True)))


def _measure_restated(text: str, name_start: int, p: int) -> bool:
    """Whether a per-head measure at ``p`` (户均增收, 亩均补助) is the name's own end, not a value's start: a value
    restates what its name measures (带动农户增收|户均增收≥800元, 林农务工收入|人均增收2500元), so where the name
    before holds no such verb (增收, 节本增效…) nor 收入 the words are the name's (带动农户户均增收|≥800元; 75 names
    of the test corpora end so, none with such a word before; of the 30 values that start so, 29 follow a name with
    one, 带动农户节本增收|亩均节本增效50元以上)."""
    return _per_head_measure().match(text, p) is not None and _measure_words().search(text, name_start, p) is None


_SCORED = ("分", "个百分点", "百分点")
# Names are rarely shorter (1 of the 9,334 in the test corpora: 班额): a value that leaves the name fewer
# characters (消防|安全检查…, 网络|安全等级保护测评…) is taken only where no later start reads
_SHORTEST_NAME = 3


def _strong_number(text: str, a: int, b: int) -> bool:
    """Whether free text text[a:b] holds a quantity a value surely starts with, after a word (早餐门店15家…,
    事故零事故…: a value of one word before it, 提升 or 安全, was the name's; asked of a value of two characters only,
    as a value of a phrase, 持续拓展|新增…2, is one)."""
    starts = _starts_of(text)[0]
    for s in range(a + 1, b):
        if starts[s] != 1 or text[s - 1] in _IN_NUMBER or not (text[s] in _DIGITS or text[s] == "零"):
            continue
        end = _digits_end(text, s)
        if not text.startswith(_SCORED, end):
            return True  # (not a scoring rule's points: 得5分, 每低1个百分点扣1分)
    return False


_CELL_TEXT = 16  # (free text of a row alone: longer, it may be rows glued after it, as a one-line copy reads them)


def _unit_read(text: str, p: int, tail: tuple[tuple[str, int | None], ...]) -> bool:
    """Whether a 度量单位 printed first of the tail reads at ``p``, not empty."""
    return any(q > p for q in _ends(text, p, _columns(tail)[0]))


def _period_word(value: str) -> bool:
    """A value that is a word of a period alone (年度, 全年, 季度): a word names hold too (not 按季度, by a
    period, which names do not hold)."""
    return (
        0 < len(value) <= 3
        and value[0] != "按"
        and not _DIGITS.intersection(value)
        and normalize(value).kind == "timeframe"
    )


def _within(text: str, parses: list[list[tuple[int, int]]], tail: Tail, cap: float) -> list[list[tuple[int, int]]]:
    """The readings whose 分值 and 得分 are no more than ``cap``."""
    weights = [k for k, (kind, _) in enumerate(tail) if kind == "weight"]
    return [
        p
        for p in parses
        if all(p[k][1] <= p[k][0] or float(text[p[k][0] : p[k][1]].rstrip("%％")) <= cap for k in weights)
    ]


@functools.lru_cache(maxsize=256)
def _weight_targets(tail: tuple[tuple[str, int | None], ...]) -> tuple[int, ...]:
    """The columns of a tail that are a 权重 (or 分值) with a target right after it: most tails have none."""
    return tuple(k for k in range(len(tail) - 1) if tail[k][0] in ("weight", "points") and tail[k + 1][0] in _TARGETS)


def _zero_off_a_weight(text: str, parse: list[tuple[int, int]], tail: Tail) -> bool:
    """Whether a reading takes a target 0 off the end of a weight's digits (1|0 of 10) while the free text after
    it holds a number: the value is likely in that text (乐器制作10|马头琴30把, 收购价格10|较烟熏果每斤高0.5元), the
    weight 10 and the 0 no value at all."""
    for k in _weight_targets(tuple(tail)):
        (a, b), (c, d) = parse[k], parse[k + 1]
        if a < b == c and d == c + 1 and text[c] in "0０" and text[b - 1] in _DIGITS:
            after = [parse[j] for j in range(k + 2, len(tail)) if tail[j][0] == "free"]
            return any(_DIGITS.intersection(text[x:y]) for x, y in after)
    return False


def _preferred(text: str, parses: list[list[tuple[int, int]]], tail: Tail) -> list[list[tuple[int, int]]]:
    """Of several readings of a row's values, those :func:`_first_split` prefers."""
    # (loops, each reading looked at once: in Python 3.11 a generator is a call of its own)
    # that fill most columns (15000亩计划标准: a value and its 绩效标准, not one value), free text not counted
    # (15分钟以内 and no 备注, not 15分钟 and a 备注 以内)
    kept = [k for k, (kind, _) in enumerate(tail) if kind != "free"]
    targets = [k for k, (kind, _) in enumerate(tail) if kind in _TARGETS]
    counts = []
    for parse in parses:
        filled = 0
        for k in kept:
            if parse[k][1] > parse[k][0]:
                filled += 1
        counts.append(filled)
    most = max(counts)
    parses = [parse for parse, filled in zip(parses, counts, strict=True) if filled == most]
    # whose values have no words after their numbers (≥95%|2025年9月底前, not ≥95%2025年|9月底前), nor
    # words before them (持续下降|下降4.1%, not 持续下降下降|4.1%); else at least none with words after their
    # numbers (每人每年5000元|每人每年5000元, not 每人每年5000元每人|…)
    plain: list[list[tuple[int, int]]] = []  # no words around the values
    unfollowed: list[list[tuple[int, int]]] = []  # no words after them
    for parse in parses:
        before = after = False
        for k in targets:
            x, y = parse[k]
            if y > x:
                subject, obj = _words_read(text[x:y])
                before, after = before or subject, after or obj
        if not after:
            unfollowed.append(parse)
            if not before:
                plain.append(parse)
    parses = plain or unfollowed or parses
    if len(parses) > 1 and any(kind == "free" for kind, _ in tail):
        # free text after the values takes what they leave: each value as long as it reads
        # (2025年9月15日|108|个别学校…, not 2025年9月|15|日108…)
        ends = [_target_ends(parse, tail) for parse in parses]
        longest = max(ends)
        parses = [parse for parse, last in zip(parses, ends, strict=True) if last == longest]
    return parses


def _glued_subject(value: str) -> bool:
    """A value read with words before it that begins with a value of its own (零伤亡山区群众…明显增强)."""
    return _words_read(value)[0] and any(_reads(value[:k]) for k in range(2, min(len(value), 12)))


def _target_ends(parse: list[tuple[int, int]], tail: Tail) -> tuple[int, ...]:
    return tuple(y for (kind, _), (_x, y) in zip(tail, parse, strict=True) if kind in _TARGETS)


def _goes_on(text: str, span: tuple[int, int], surely: bool = False) -> bool:
    """Whether a free-text cell starts as the unit or the suffix of the number before it (``surely``: as a date's
    or an amount's or a count's, which no free text starts with: 年, 月, 日, %, 万, 个)."""
    x, y = span
    if not y > x > 0 or text[x - 1] not in _DIGITS or text.startswith(("年度", "月度"), x):
        return False  # (年度, 月度: words free text starts with, 5|年度工作计划, not a date's 年)
    return _surely_a_unit(text, x) if surely else _unit_starts().match(text, x) is not None


def _surely_a_unit(text: str, q: int) -> bool:
    """Whether text[q], right after a digit, surely goes on the number: a date's, an amount's or a count's unit (年,
    月, %, 万, 个: 63|个站点…, but not 个别, which free text starts with: 4.5|个别课程…)."""
    return text[q] in _SURE_UNIT_STARTS or (text[q] == "个" and text[q + 1 : q + 2] != "别")


@functools.cache
def _unit_starts() -> re.Pattern[str]:
    """A unit or a suffix the normalizer knows, or a date's or a number's own character, at a place (a unit's
    first character alone is not enough: 6|延迟发放… starts no 延米)."""
    from ... import normalizer as n

    words = sorted({*n.UNITS, *n.SUFFIX_COMPARATORS}, key=len, reverse=True)
    return re.compile("|".join([*map(re.escape, words), "[月日号.%％‰]"]))


_NUMBER_THEN_UNIT = re.compile(r"(.*[0-9])([^0-9]+)")


def _unit_before_bare_digits(text: str, parse: list[tuple[int, int]], tail: Tail) -> tuple[int, int] | None:
    """The stretch of a target that holds a unit and the next target's bare digits, where the tail's 度量单位 after
    them is left empty (≥4042所|1010 of ≥40|42|所|1010: the unit is the column's, and the digits before it two
    numbers glued, which part more than one way); None where the reading is no such one."""
    for k in range(len(tail) - 2):
        if tail[k][0] not in _TARGETS or tail[k + 1][0] not in _TARGETS:
            continue
        (x, y), (a, b) = parse[k], parse[k + 1]
        if not (y > x and b > a == y and _DIGIT_RUN.fullmatch(text, a, b)):
            continue
        m = _NUMBER_THEN_UNIT.fullmatch(text, x, y)
        if m is None or not known_unit(m.group(2)) or not text[x:y].lstrip("≥≤＞＜><＝=")[:1].isdigit():
            continue
        if any(kind == "unit" and parse[j][1] == parse[j][0] for j, (kind, _) in enumerate(tail) if j > k + 1):
            return x, b
    return None


def _agreed(
    text: str, p: int, parses: list[list[tuple[int, int]]], tail: Tail, glued: bool
) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]]:
    """The columns all readings agree on; the stretches they do not (reported, not read)."""
    if len(parses) == 1:
        glued_pair = _unit_before_bare_digits(text, parses[0], tail)
        if glued_pair is None:
            return p, list(parses[0]), []
        x, y = glued_pair
        return p, [s if not x <= s[0] < y else (0, 0) for s in parses[0]], [glued_pair]
    places: list[tuple[int, int]] = []
    doubtful: list[tuple[int, int]] = []
    for k in range(len(tail)):
        spans = {parse[k] for parse in parses}
        if len(spans) == 1:
            places.append(spans.pop())
            continue
        places.append((0, 0))
        x, y = min(s[0] for s in spans), max(s[1] for s in spans)
        if doubtful and doubtful[-1][1] >= x:
            x = doubtful.pop()[0]
        doubtful.append((x, y))
    # a placed column inside a doubtful stretch is part of it; so is a comparator before a doubtful value
    for k in range(len(tail) - 1, -1, -1):
        x, y = places[k]
        if tail[k][0] == "comparator" and y > x and any(d[0] == y for d in doubtful):
            doubtful = [(x, d[1]) if d[0] == y else d for d in doubtful]
    places = [s if not any(x <= s[0] < y for x, y in doubtful) else (0, 0) for s in places]
    return p, places, doubtful
