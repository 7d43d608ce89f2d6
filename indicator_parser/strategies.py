"""Hypothesis strategies for indicator text, for fuzzing this parser and the pipelines around it.

Needs hypothesis (``pip install "indicator-parser[test]"``)::

    from hypothesis import given
    from indicator_parser.strategies import documents, indicator_cells, indicators, targets

    @given(indicator_cells("liwan"))
    def test_my_pipeline_takes_any_cell(cell): ...

- :func:`indicator_cells` draws cell text from the shipped grammar (``from_lark``),
  with realistic words for the free-text terminals;
- :func:`indicators` draws lists of :class:`~indicator_parser.Indicator` nodes;
- :func:`targets` draws target value texts with the Target they must normalize to;
- :func:`documents` draws whole table texts, with page headers and wrapped lines,
  with what they contain.

The words come from the two seed documents or are plain new ones, made up to
look like them.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

from .fold import DIGITS, FULLWIDTH_DIGITS
from .nodes import Category, Comparator, Diagnostic, Dialect, Indicator, Target
from .normalizer import normalize
from .render import render, render_table
from .taxonomy import LEVEL1, LEVEL2, resolve

__all__ = ["GeneratedDocument", "documents", "indicator_cells", "indicators", "targets", "wrap"]

# ----------------------------------------------------------------- words

# Indicator names and values as the seeds write them.
NAMES = (
    "举办活动场数",
    "群众满意度（%）",
    "租用办公场地面积（平方米）",
    "养老服务覆盖率",
    "支出合规性",
    "人大代表 议案建议数",
    "“四上”与月季报工作完成率",
    "提高党员党性修养，铭记入党初心",
    "强化党员服务群众能力，提升党员党性修养水平。",
    "为居民群众服务的微小实事好事、急事难事数量",
    "受益群众满意度 (提升文化服务效能)",
    "服务总人次/社区",
    "居委会（工作站）正常运转率",
)
VALUES = (
    "100%",
    "90%以上",
    "≥85%",
    "＞95%",
    ">=2",
    "每年至少24次",
    "3项及以上",
    "5911.6平方米",
    "2400家次",
    "良好",
    "合规",
    "及时",
    "提升",
    "比往年下降",
    "零事故",
    "按实际整改数",
    "1人1档",
    "6名站长，36名队员",
    "每个社区每年开展不少于4次居民活动",
    "按照规范程序，进行政府采购。",
    "各项工作完成，“”良”以上",
    "七一、国庆主题党建活动完成率",
    "全年",
)
# Free-text words for names and values drawn from the grammar.
WORDS = (
    "服务",
    "满意度",
    "覆盖率",
    "居民",
    "活动",
    "完成率",
    "（%）",
    "经费",
    "100%",
    "良好",
    "2场",
    "建设",
    "“四上”",
    "人次",
    "养老",
    "及时性",
    "不少于3次",
    "社区",
)
_CJK = "服务社区居民活动建设养老经费工作管理质量提升保障开展项目宣传培训救助"
_CODED_PAIRS = tuple((code2[0], code2) for code2 in LEVEL2)


def _words() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(WORDS), st.text(alphabet=_CJK, min_size=1, max_size=6))


def _cell_terminals(dialect: Dialect) -> dict[str, st.SearchStrategy[str]]:
    """Explicit strategies for the grammar's terminals, so that drawn cells look real."""
    liwan = dialect == "liwan"
    return {
        "SEQ": st.integers(1, 20).map(lambda n: f"{n}、"),
        "LEVEL1": st.sampled_from([f"{c}-{n}" for c, n in LEVEL1.items()] + list(LEVEL1.values())),
        # A bare level-2 name cannot start an item after a separator (see the grammar): codes only.
        "LEVEL2": st.sampled_from([f"{c}-{n}" for c, n in LEVEL2.items()]),
        "TEXT": _words(),
        "STOP": st.just("。"),
        "PERIOD_LABEL": st.sampled_from(["；实施周期指标值:", "实施周期指标值:", "；实施周期指标值："]),
        "ANNUAL_LABEL": st.sampled_from(
            ["；年度指标值:" if liwan else ",年度指标值:", "年度指标值:", "，年度指标值：", "；指标值:"]
        ),
        "_CAT_SEP": st.sampled_from(["；"] if liwan else [",", "，", "；"]),
        "FIELD_SEP": st.sampled_from(["；", "，"] if liwan else [",", "，", "；"]),
        **({"_LIWAN_NEXT": st.just("。")} if liwan else {"_TIANHE_NEXT": st.sampled_from([";,", "；", "，"])}),
        "_CELL_END": st.just("。" if liwan else ";"),
        "_WS": st.sampled_from([" ", "\n", "\n\n", "\u3000\n"]),
    }


@functools.cache
def _grammar():  # a parser without the transformer: from_lark reads its rules
    from lark import Lark

    from .grammar import DIALECTS, grammar_path

    path = grammar_path("indicators.lark")
    return Lark(path.read_text(encoding="utf-8"), parser="lalr", start=list(DIALECTS), source_path=str(path))


@functools.cache
def _cells(dialect: Dialect) -> st.SearchStrategy[str]:
    # Built once: from_lark compiles the grammar, which takes about a second.
    return from_lark(_grammar(), start=dialect, explicit=_cell_terminals(dialect))


def indicator_cells(dialect: Dialect | None = None) -> st.SearchStrategy[str]:
    """Cell texts the grammar accepts, in ``dialect`` (either when None)."""
    if dialect is None:
        return st.one_of(_cells("tianhe"), _cells("liwan"))
    return _cells(dialect)


# ----------------------------------------------------------------- indicators


@st.composite
def indicators(draw: st.DrawFn, min_size: int = 1, max_size: int = 6) -> list[Indicator]:
    """Lists of indicators as a cell holds them: numbered, coded, with an annual target."""
    count = draw(st.integers(min_size, max_size))
    found = []
    for seq in range(1, count + 1):
        code1, code2 = draw(st.sampled_from((*_CODED_PAIRS, ("2", "12"), ("2", "31"))))
        level1, level2, warnings = resolve(Category(code1, LEVEL1[code1]), Category(code2, LEVEL2[code2]))
        period = draw(st.one_of(st.none(), st.sampled_from(VALUES)))
        found.append(
            Indicator(
                seq=seq,
                level1=level1,
                level2=level2,
                name=draw(st.one_of(st.none(), st.sampled_from(NAMES))),
                period_target=normalize(period) if period is not None else None,
                annual_target=normalize(draw(st.sampled_from(VALUES))),
                span=(0, 0),
                # Positions are the parser's to give: a drawn indicator carries its warnings' messages only.
                warnings=tuple(Diagnostic("warning", message, (0, 0), 1, 1, "") for message in warnings),
            )
        )
    return found


# ----------------------------------------------------------------- target values

# The legal convention, written out again as the test oracle: 以上/以下/以内 include, 超过/不满 exclude.
_PREFIXES: tuple[tuple[str, Comparator], ...] = (
    ("", "="),
    ("≥", ">="),
    (">=", ">="),
    ("不低于", ">="),
    ("不少于", ">="),
    ("至少", ">="),
    ("＞", ">"),
    ("超过", ">"),
    ("高于", ">"),
    ("≤", "<="),
    ("不超过", "<="),
    ("最多", "<="),
    ("不满", "<"),
    ("低于", "<"),
)
_SUFFIXES: tuple[tuple[str, Comparator], ...] = (
    ("以上", ">="),
    ("及以上", ">="),
    ("或以上", ">="),
    ("以下", "<="),
    ("以内", "<="),
)
_UNITS: tuple[tuple[str, str], ...] = (
    ("%", "%"),
    ("％", "%"),
    ("次", "次"),
    ("人次", "人次"),
    ("个", "个"),
    ("平方米", "平方米"),
    ("万元", "万元"),
)
_UNITS += (("件", "件"), ("场", "场"), ("份", "份"), ("户", "户"), ("小时", "小时"), ("天", "天"), ("家次", "家次"))
# Units written in Latin letters, as symbols, in traditional script or as compounds, and their common forms.
_UNITS += (
    ("km", "公里"),
    ("m", "米"),
    ("dB", "分贝"),
    ("kg", "公斤"),
    ("t", "吨"),
    ("mg/L", "毫克/升"),
    ("㎡", "平方米"),
)
_UNITS += (("萬元", "万元"), ("個", "个"), ("百分比", "%"), ("元/人·月", "元/人·月"), ("元/人.月", "元/人·月"))
_UNITS += (("元/人*月", "元/人·月"), ("元/亩", "元/亩"), ("万人次", "万人次"), ("亿元", "亿元"), ("万", "万"))
_PERS = (("", None), ("每年", "year"), ("每月", "month"), ("每季度", "quarter"), ("每周", "week"), ("每天", "day"))
_CN_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans(DIGITS, FULLWIDTH_DIGITS)
# Range separators, en and em dashes among them.
_RANGE_SEPARATORS = ("-", "～", "~", "至", "到", "–", "—")
_BASELINES = ("", "较上年", "同比", "比上年", "环比")
_CHANGES = (
    ("增长", "increase"),
    ("提高", "increase"),
    ("增加", "increase"),
    ("下降", "decrease"),
    ("减少", "decrease"),
)
_PLACEHOLDERS = ("—", "——", "-", "/", "／", "\\", "…", "……", "无", "暂无", "", " ")
# Deadlines: (text, end); all in 2020-2030 so that the day of the month is real.
_MONTH_ENDS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def chinese(n: int) -> str:
    """An integer from 1 to 99999 in Chinese numerals: 12000 → 一万二千, 15 → 十五."""
    if n >= 10000:
        rest = n % 10000
        return chinese(n // 10000) + "万" + (("零" if rest < 1000 else "") + chinese(rest) if rest else "")
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero else "") + ("" if value == 10 and digit == 1 and not out else _CN_DIGITS[digit]) + name
            zero = False
        elif out:
            zero = True
    if n % 10:
        out += ("零" if zero else "") + _CN_DIGITS[n % 10]
    return out


@st.composite
def _number(draw: st.DrawFn, chinese_allowed: bool) -> tuple[str, Decimal]:
    style = draw(st.sampled_from(["plain", "decimal", "fullwidth", "thousands", "chinese"]))
    if style == "chinese" and chinese_allowed:
        # (Not whole 万: 二万次 reads as 2 万次, with 万 in the unit, like 2万次.)
        n = draw(st.integers(1, 99999).filter(lambda n: n < 10000 or n % 10000))
        return chinese(n), Decimal(n)
    if style == "decimal":
        value = draw(st.decimals(min_value=0, max_value=10000, places=2))
        return format(value, "f"), value
    n = draw(st.integers(0, 10**7))
    if style == "fullwidth":
        return str(n).translate(_FULLWIDTH), Decimal(n)
    if style == "thousands":
        return f"{n:,}", Decimal(n)
    return str(n), Decimal(n)


@st.composite
def _deadline(draw: st.DrawFn) -> tuple[str, Target]:
    year = draw(st.integers(2021, 2030))
    month = draw(st.integers(1, 12))
    last = _MONTH_ENDS[month] + (1 if month == 2 and year % 4 == 0 else 0)
    form = draw(st.sampled_from(["day", "month end", "year end", "iso"]))
    if form == "day":
        day = draw(st.integers(1, last))
        text = f"{year}年{month}月{day}日前" + draw(st.sampled_from(["", "完成"]))
        end = f"{year:04d}-{month:02d}-{day:02d}"
    elif form == "month end":
        text = f"{year}年{month}月底前" + draw(st.sampled_from(["", "完成", "到位"]))
        end = f"{year:04d}-{month:02d}-{last:02d}"
    elif form == "year end":
        text = f"{year}年" + draw(st.sampled_from(["底前", "年底前", "底前完成"]))
        end = f"{year:04d}-12-31"
    else:
        day = draw(st.integers(1, last))
        text = f"{year}-{month:02d}-{day:02d}前"
        end = f"{year:04d}-{month:02d}-{day:02d}"
    return text, Target(text, kind="timeframe", comparator="<=", label=text, end=end)


@st.composite
def _span(draw: st.DrawFn) -> tuple[str, Target]:
    year = draw(st.integers(2021, 2030))
    first = draw(st.integers(1, 11))
    last = draw(st.integers(first + 1, 12))
    end_day = _MONTH_ENDS[last] + (1 if last == 2 and year % 4 == 0 else 0)
    start, end = f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{end_day:02d}"
    text = draw(
        st.sampled_from(
            [f"{year}年{first}月-{last}月", f"{year}.{first:02d}-{year}.{last:02d}", f"{year}年{first}-{last}月"]
        )
    )
    quarter = draw(st.integers(1, 4))
    if draw(st.booleans()):
        text = f"{year}年第{'一二三四'[quarter - 1]}季度"
        q_end = 3 * quarter
        start = f"{year:04d}-{q_end - 2:02d}-01"
        end = f"{year:04d}-{q_end:02d}-{_MONTH_ENDS[q_end]:02d}"
    return text, Target(text, kind="timeframe", label=text, start=start, end=end)


@st.composite
def targets(draw: st.DrawFn) -> tuple[str, Target]:
    """A target value text and the Target it must normalize to."""
    kinds = ["quantity", "quantity", "quantity", "range", "qualitative", "direction", "change", "rank"]
    kinds += ["approximate", "more than", "fraction", "deadline", "span", "empty"]
    kind = draw(st.sampled_from(kinds))
    if kind == "qualitative":
        grade = draw(st.sampled_from(["良好", "合格", "达标", "合规", "及时", "正常", "完成", "相符", "优秀", "A级"]))
        at_least = draw(st.booleans())
        text = grade + ("及以上" if at_least else "")
        return text, Target(text, kind="qualitative", comparator=">=" if at_least else None, label=grade)
    if kind == "direction":
        word, direction = draw(st.sampled_from([("提升", "increase"), ("下降", "decrease"), ("保持", "maintain")]))
        text = draw(st.sampled_from(["", "有效", "进一步", "比往年", "稳步"])) + word
        return text, Target(text, kind="direction", direction=direction)  # type: ignore[arg-type]
    if kind == "empty":
        text = draw(st.sampled_from(_PLACEHOLDERS))
        return text, Target(text, kind="empty")
    if kind == "deadline":
        return draw(_deadline())
    if kind == "span":
        return draw(_span())
    if kind == "rank":
        n = draw(st.integers(1, 50))
        written = draw(st.sampled_from([str(n), chinese(n)]))
        unit = draw(st.sampled_from(["名", "位", ""]))
        text = draw(st.sampled_from(["", "全市", "全省排名", "排名"])) + f"前{written}{unit}"
        return text, Target(text, kind="rank", comparator="<=", value=Decimal(n), unit=unit or None)
    if kind == "fraction":
        den = draw(st.integers(2, 10))
        nom = draw(st.integers(1, den - 1))
        text = draw(st.sampled_from([f"{nom}/{den}", f"{chinese(den)}分之{chinese(nom)}"]))
        return text, Target(text, kind="quantity", comparator="=", value=Decimal(nom), denominator=den)
    if kind == "change":
        base = draw(st.sampled_from(_BASELINES))
        word, direction = draw(st.sampled_from(_CHANGES))
        value = draw(st.decimals(min_value=Decimal("0.1"), max_value=100, places=1))
        unit_text, unit = draw(st.sampled_from([("%", "%"), ("个百分点", "百分点"), ("人", "人")]))
        suffix, comparator = draw(st.sampled_from([("", "="), ("以上", ">="), ("以内", "<=")]))
        text = f"{base}{word}{format(value, 'f')}{unit_text}{suffix}"
        return text, Target(
            text,
            kind="change",
            comparator=comparator,  # type: ignore[arg-type]
            value=value,
            unit=unit,
            label=base or None,
            direction=direction,  # type: ignore[arg-type]
        )
    unit_text, unit = draw(st.sampled_from(_UNITS))
    per_text, per = draw(st.sampled_from(_PERS))
    if kind == "range":
        low = draw(st.integers(0, 1000))
        high = draw(st.integers(low + 1, 2000))
        sep = draw(st.sampled_from(_RANGE_SEPARATORS))
        first_unit = unit_text if unit_text != "万" else ""
        text = f"{per_text}{low}{first_unit}{sep}{high}{unit_text}"
        return text, Target(
            text,
            kind="range",
            comparator="between",
            value=Decimal(low),
            value_max=Decimal(high),
            unit=unit,
            per=per,  # type: ignore[arg-type]
        )
    if kind in ("approximate", "more than"):
        n = draw(st.integers(1, 100000))
        if kind == "approximate":
            before, after = draw(st.sampled_from([("约", ""), ("大约", ""), ("", "左右")]))
            text = f"{per_text}{before}{n}{unit_text}{after}"
            return text, Target(
                text,
                kind="quantity",
                comparator="=",
                value=Decimal(n),
                unit=unit,
                per=per,  # type: ignore[arg-type]
                approximate=True,
            )
        if unit in ("%", "万", "百分比"):
            unit_text, unit = "人", "人"
        text = f"{per_text}{n}{draw(st.sampled_from(['余', '多']))}{unit_text}"
        return text, Target(text, kind="quantity", comparator=">", value=Decimal(n), unit=unit, per=per)  # type: ignore[arg-type]
    # A Chinese numeral before 万 is drawn as 万 of the unit (两万元: 2 万元), not here.
    number_text, value = draw(_number(chinese_allowed=unit not in ("%", "万元", "万", "万人次", "亿元", "百分比")))
    use_suffix = draw(st.booleans())
    prefix, comparator = ("", "=") if use_suffix else draw(st.sampled_from(_PREFIXES))
    suffix, suffix_comparator = draw(st.sampled_from(_SUFFIXES)) if use_suffix else ("", None)
    text = f"{per_text}{prefix}{number_text}{unit_text}{suffix}"
    expected = Target(
        text,
        kind="quantity",
        comparator=suffix_comparator or comparator,  # type: ignore[arg-type]
        value=value,
        unit=unit,
        per=per,  # type: ignore[arg-type]
    )
    return text, expected


# ----------------------------------------------------------------- documents


@attrs.frozen
class GeneratedDocument:
    """A drawn table text and what a reader must find in it.

    ``units`` is ``[(unit name, unit total, [(project name, project total, goal, indicator count)])]``.
    """

    text: str
    total: Decimal | None
    units: list[tuple[str, Decimal, list[tuple[str, Decimal, str, int]]]]


UNIT_NAMES = ("广州市某区人民政府某街道办事处", "某区某街道党群服务中心", "某区某街道综合事务中心")
PROJECT_NAMES = (
    "文化业务经费",
    "办公及业务用房租赁经费",
    "综合养老服务中心(颐康中心)运营经费",
    "社区两委干部补贴（居委专职人员经费）",
    "垃圾分类专项经费",
    "人大代表街道工委专项经费（工作经费）",
)
GOALS = (
    "进一步加强文化站建设，提高基层公共文化设施服务效能。",
    "1.维护社区级居家养老服务设施正常运营；2.为辖内老年人提供便利的养老服务。",
    "保障社区专职工作人员薪酬待遇，按时发放社区专职工作人员薪酬待遇。",
    "现有住宅小区、城中村“定时定点”分类投放模式进一步得到巩固和完善。",
)
HEADER = (
    "项目支出绩效目标表（含转移支付项目）",
    "部门名称：某区人民政府某街道办事处 单位：万元",
    "项目名称（资金使用单位） 总计 财政拨款",
    "财政",
    "专户",
    "拨款",
    "其他",
    "资金",
    "绩效目标 绩效指标",
)


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def wrap(line: str, width: int) -> list[str]:
    """Cut a line every ``width`` characters, as a PDF column would, never next to a
    space (a wrap eats those, so the text would not read back the same)."""
    pieces, start = [], 0
    while len(line) - start > width:
        cut = start + width
        while cut < len(line) and (line[cut].isspace() or line[cut - 1].isspace()):
            cut += 1
        pieces.append(line[start:cut])
        start = cut
    return [*pieces, line[start:]]


@st.composite
def documents(draw: st.DrawFn) -> GeneratedDocument:
    """Whole table texts with page headers at random line breaks and text wrapped at a random width."""
    width = draw(st.integers(8, 40))
    lines: list[str] = []
    units: list[tuple[str, Decimal, list[tuple[str, Decimal, str, int]]]] = []
    unit_names = draw(st.lists(st.sampled_from(UNIT_NAMES), min_size=1, max_size=3, unique=True))
    for unit_name in unit_names:
        projects = []
        unit_lines: list[str] = []
        for project_name in draw(st.lists(st.sampled_from(PROJECT_NAMES), min_size=1, max_size=4, unique=True)):
            total = draw(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2))
            goal = draw(st.sampled_from(GOALS))
            dialect = draw(st.sampled_from(["tianhe", "liwan"]))
            items = draw(indicators(max_size=4))
            name_lines = wrap("    " + project_name, max(width, 8))
            if draw(st.booleans()):
                unit_lines += [*name_lines[:-1], f"{name_lines[-1]} {_money(total)} {_money(total)}"]
            else:
                unit_lines += [*name_lines, f"{_money(total)} {_money(total)}"]
            unit_lines += wrap(goal, width) + wrap(render(items, dialect), width)  # type: ignore[arg-type]
            projects.append((project_name, total, goal, len(items)))
        unit_total = sum((p[1] for p in projects), Decimal(0))
        lines += [*wrap(unit_name, width), f"{_money(unit_total)} {_money(unit_total)}", *unit_lines]
        units.append((unit_name, unit_total, projects))
    grand_total = sum((u[1] for u in units), Decimal(0)) if draw(st.booleans()) else None
    head = [*HEADER, *([f"合计 {_money(grand_total)} {_money(grand_total)}"] if grand_total is not None else [])]
    breaks = draw(st.sets(st.integers(0, len(lines)), max_size=4))
    body: list[str] = []
    for n, line in enumerate(lines):
        if n in breaks:
            body += HEADER
        body.append(line)
        if draw(st.booleans()):
            body.append("")
    return GeneratedDocument("\n".join(head + body) + "\n", grand_total, units)


# ----------------------------------------------------------------- column tables (the national form)

COLUMN_SHAPES = ("pipe", "bare", "tab", "csv", "lines", "dropped", "aligned", "flat", "frame", "quoted", "confluence")
# (``frame``: the tab shape as a data-frame library writes it with its index: a row of column numbers, each row
# led by its number; ``quoted``: the tab shape as LibreOffice writes it, every text cell quoted; ``confluence``:
# Confluence wiki markup, a header row between double bars and an empty cell as a blank)
COLUMN_VARIANTS = ("plain", "coded", "two", "seq", "self")
_COLUMN_HEADERS = {
    "plain": ["一级指标", "二级指标", "三级指标", "指标值"],
    "coded": ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
    "two": ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
    "seq": ["序号", "指标名称", "年度指标值"],
    "self": ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
}
_COLUMN_CATEGORIES = (
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("产出指标", "时效指标"),
    ("成本指标", "经济成本指标"),
    ("效益指标", "社会效益指标"),
    ("效益指标", "生态效益指标"),
    ("满意度指标", "服务对象满意度指标"),
)
_COLUMN_NAMES = (
    "培训覆盖率",
    "设施验收合格率",
    "建设项目数量",
    "群众满意度",
    "资金拨付及时率",
    "服务对象人数",
    "宣传活动场次",
    "设备完好率（%）",
    "新建村级服务点8个的验收合格率",
    "PM2.5年均浓度",
)
_COLUMN_VALUES = (
    "≥95%",
    "100%",
    "12个",
    "不少于6场",
    "≤120元",
    "2025年9月底前",
    "良好",
    "稳步提升",
    "90%以上",
    "≥1500人次",
)
_CODED_VALUES = (("≥", "96", "%"), ("≤", "120", "万元"), ("＝", "12", "个"), ("定性", "良好", ""), ("≥", "6", "场"))


@attrs.frozen
class GeneratedColumnTable:
    """A drawn column table as text in one shape, with what it holds.

    ``indicators`` are (level 1, level 2, name, annual value as written,
    period value as written or None, weight as written or None), the merged
    category cells filled in (None for a table without categories).
    """

    text: str
    shape: str
    variant: str
    indicators: tuple[tuple[str | None, str | None, str, str, str | None, str | None], ...]


@st.composite
def column_tables(draw: st.DrawFn, shape: str | None = None, variant: str | None = None) -> GeneratedColumnTable:
    """A national column table in one of :data:`COLUMN_SHAPES` and :data:`COLUMN_VARIANTS`.

    Merged category cells are empty; a page break may repeat the title and
    the header row inside the grid.
    """
    chosen = shape or draw(st.sampled_from(COLUMN_SHAPES))
    kind = variant or draw(st.sampled_from(COLUMN_VARIANTS))
    header = _COLUMN_HEADERS[kind]
    pairs = draw(st.lists(st.sampled_from(_COLUMN_CATEGORIES), min_size=1, max_size=4, unique=True))
    pairs.sort(key=_COLUMN_CATEGORIES.index)
    rows: list[tuple[str, list[str]]] = [
        ("title", ["项目支出绩效目标表"]),
        ("block", ["项目名称", "示例项目"]),
        ("block", ["主管部门", "示例市示例局"]),
    ]
    heads = _header_rows(header, chosen in _DELIMITED and draw(st.booleans()))
    rows += heads
    expected: list[tuple[str | None, str | None, str, str, str | None, str | None]] = []
    previous = ""
    seq = 0
    for level1, level2 in pairs:
        names = draw(st.lists(st.sampled_from(_COLUMN_NAMES), min_size=1, max_size=3, unique=True))
        for k, name in enumerate(names):
            first, second = ("" if level1 == previous else level1), ("" if k else level2)
            previous = level1
            seq += 1
            weight = str(draw(st.integers(1, 30)))
            if kind == "coded":
                comparator, value, unit = draw(st.sampled_from(_CODED_VALUES))
                cells = [first, second, name, comparator, value, unit, weight]
                expected.append((level1, level2, name, value, None, weight))
            elif kind == "two":
                period, value = draw(st.sampled_from(_COLUMN_VALUES)), draw(st.sampled_from(_COLUMN_VALUES))
                cells = [first, second, name, period, value]
                expected.append((level1, level2, name, value, period, None))
            elif kind == "seq":
                value = draw(st.sampled_from(_COLUMN_VALUES))
                cells = [str(seq), name, value]
                expected.append((None, None, name, value, None, None))
            elif kind == "self":
                value, actual = draw(st.sampled_from(_COLUMN_VALUES)), draw(st.sampled_from(_COLUMN_VALUES))
                cells = [first, second, name, value, actual, weight, weight]
                expected.append((level1, level2, name, value, None, weight))
            else:
                value = draw(st.sampled_from(_COLUMN_VALUES))
                cells = [first, second, name, value]
                expected.append((level1, level2, name, value, None, None))
            if draw(st.integers(0, 9)) == 0:  # a page break: the title and the header row again
                rows += [("title", ["项目支出绩效目标表（续）"]), *heads]
            rows.append(("grid", cells))
    if chosen == "frame":
        return GeneratedColumnTable(_as_frame(render_table(rows, "tab")), chosen, kind, tuple(expected))
    if chosen == "quoted":
        return GeneratedColumnTable(_as_quoted(render_table(rows, "tab")), chosen, kind, tuple(expected))
    if chosen == "confluence":
        return GeneratedColumnTable(_as_confluence(rows), chosen, kind, tuple(expected))
    return GeneratedColumnTable(render_table(rows, chosen, wrap_at=12), chosen, kind, tuple(expected))


_DELIMITED = ("pipe", "bare", "tab", "csv", "frame", "quoted", "confluence")
_LEVELS = ("一级指标", "二级指标", "三级指标")


def _header_rows(header: list[str], stacked: bool) -> list[tuple[str, list[str]]]:
    """The grid's header row; ``stacked`` (where the grid has 一级/二级/三级): on two rows, as a workbook prints
    it, 绩效指标 over the three and the other names on the first row (merged down over both)."""
    if not stacked or header[:3] != list(_LEVELS):
        return [("header", header)]
    top = ["绩效指标", "", "", *header[3:]]
    below = [*_LEVELS, *[""] * (len(header) - 3)]
    return [("header", top), ("header", below)]


def _as_frame(text: str) -> str:
    """Tab-delimited rows as pandas' ``to_csv(sep="\\t")`` writes a frame of them: padded to the widest, under a
    row of column numbers, each led by its index."""
    rows = [line.split("\t") for line in text.splitlines()]
    width = max(len(row) for row in rows)
    lines = ["\t" + "\t".join(str(k) for k in range(width))]
    lines += [f"{i}\t" + "\t".join([*row, *[""] * (width - len(row))]) for i, row in enumerate(rows)]
    return "\n".join(lines) + "\n"


_BARE_NUMBER = re.compile(r"[0-9.,]+")


def _as_quoted(text: str) -> str:
    """Tab-delimited rows as LibreOffice writes them: every text cell in double quotes, numbers and empty cells
    bare."""
    lines = []
    for line in text.splitlines():
        cells = line.split("\t")
        lines.append("\t".join(c if not c or _BARE_NUMBER.fullmatch(c) else f'"{c}"' for c in cells))
    return "\n".join(lines) + "\n"


def _as_confluence(rows: list[tuple[str, list[str]]]) -> str:
    """Rows as Confluence wiki markup: the title a heading, a header row between double bars, other rows between
    single bars, an empty cell a blank."""
    lines = []
    for kind, cells in rows:
        if kind == "title":
            lines.append(f"h2. {cells[0]}")
        elif kind == "header":
            lines.append("||" + "||".join(c or " " for c in cells) + "||")
        else:
            lines.append("|" + "|".join(c or " " for c in cells) + "|")
    return "\n".join(lines) + "\n"
