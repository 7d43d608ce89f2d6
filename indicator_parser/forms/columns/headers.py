"""Header names of the national column tables (FORMS.md §1): every variant, mapped to its field.

Two vocabularies: the indicator grid's column headers (一级指标 … 得分) and
the header block's keys (项目名称 … 年度目标). A header is matched with its
white space removed and, failing that, without a bracketed note
(``权重（%）``, ``分值(分)``).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

# A 绩效目标表's title (the PDF reader's pages too): 项目支出绩效目标表, 绩效目标申报表, 绩效目标调整申请表, 绩效自评表,
# a title without its 表 (示例县2025年部门预算项目绩效目标), a monitoring table's (绩效运行监控表, 绩效目标执行监控表),
# a collection's (项目支出绩效目标汇编)
TITLE = re.compile(
    r"绩效目标(?:申报|调整|变更|审核)?(?:申请)?简?表|绩效自评表|(?:预算|项目|支出)绩效目标(?:表?汇编)?$"
    r"|绩效(?:目标)?(?:运行|执行)?(?:情况)?监控表"
)

Field = Literal[
    "seq",
    "level1",
    "level2",
    "name",
    "comparator",
    "value",
    "period",
    "annual",
    "unit",
    "weight",
    "actual",
    "score",
    "direction",
    "basis",
    "note",
    "standard",
    "explanation",
    "scoring",
    "deviation",
    "rate",
    "responsible",
    "label",
    "other_value",  # (the flattened shape's reading only: see forms/columns/flat.py)
]

# Columns the model has no field for: kept in Indicator.extra under the header as written, with no diagnostic.
EXTRA_FIELDS: frozenset[str] = frozenset(
    {"direction", "basis", "note", "standard", "explanation", "scoring", "deviation", "rate", "responsible"}
)
# Columns that hold a target value (their cells may carry a comparator and a unit).
VALUE_FIELDS: tuple[Field, ...] = ("value", "period", "annual")

_MARKS_OF_BOTH = ("判定", "运算符", "关系符", "运算关系")  # (what a sign's column does, named after what it compares)

GRID_HEADERS: dict[str, Field] = {
    "序号": "seq",
    "指标序号": "seq",
    "分项序号": "seq",  # (an item's number within its part: (1-1), (1-2))
    "子项序号": "seq",
    # (a row's or an item's number in order: 行次, 序次, 项次, 栏次, 行号, 次序, 顺序号; 编号, a number given to it)
    **dict.fromkeys(("行次", "序次", "项次", "栏次", "行号", "次序", "顺序号", "编号"), "seq"),
    "一级指标": "level1",
    "一级": "level1",
    "二级指标": "level2",
    "二级": "level2",
    "三级指标": "name",
    "三级": "name",
    "三级指标名称": "name",
    "指标名称": "name",
    "指标内容": "name",
    "绩效指标": "name",
    "指标性质": "comparator",
    "计算符号": "comparator",
    "符号": "comparator",
    "方向符": "comparator",
    "符号位": "comparator",
    "关系运算符": "comparator",
    "比较运算符": "comparator",
    "指标类型": "comparator",  # (定量 or 定性, as 指标性质)
    "计算关系": "comparator",
    "值类型": "comparator",  # (定量 or 定性, as 指标性质)
    # named by what it compares and the mark it prints (运算符, 比较关系, 判定符, 关系符号, 取值符号, 大小关系,
    # 运算标识, 比较类型); not 计算方法 and the like, which say how a value is counted
    # (or by both: 比较判定, 比对运算符, 比较关系符, 比较运算关系)
    **{
        f"{what}{mark}": "comparator"
        for what in ("判定", "判断", "关系", "取值", "比较", "比对", "大小", "运算", "逻辑")
        for mark in (*("符", "符号", "标识", "标志", "关系", "方式", "条件", "类型"), *_MARKS_OF_BOTH)
        if not mark.startswith(what)
    },
    # (the sign's mark named twice: 符号标识, 符号标志; the value's comparison or its direction: 值比较, 比较方向; the
    # relation a number stands in: 数值关系; what a value must reach or meet, in words: 达成要求 至少 | 120, 取值要求
    # 不少于 | 2500; its bound, after the value: 上下限 以上)
    "符号标识": "comparator",
    "符号标志": "comparator",
    **dict.fromkeys(
        (
            *("值比较", "数值比较", "比较方向", "比对方向", "数值关系", "数量关系"),
            *("达成要求", "取值要求", "判定要求", "上下限"),
        ),
        "comparator",
    ),
    # (a kind's column, 定量 or 定性, named by the value's kind: 目标值类型, 数值类型, 定性定量; where a sign's column
    # stands beside it, the sign's cell is the comparator read and the kind's is kept in extra)
    **dict.fromkeys(("目标值类型", "数值类型", "定性定量", "定量定性", "定性/定量", "定量/定性"), "comparator"),
    # (a measure's or a test's mark: 测度符号, 度量符号, 判别符号; not 测量方式, how a value is measured)
    **{f"{what}{mark}": "comparator" for what in ("测度", "度量", "判别") for mark in ("符", "符号", "标识", "标志")},
    # (the operation or operator compared by: 比较运算, 关系算符)
    **{f"{what}{mark}": "comparator" for what in ("比较", "关系", "逻辑") for mark in ("运算", "算符")},
    # (the mark that bounds, constrains or tests a value: 限定符, 约束符号, 达标符号, 数值符号, or the relation it
    # names, 达标关系; a relation's formula, 关系式)
    **{f"{what}{mark}": "comparator" for what in ("限定", "约束", "达标", "数值") for mark in ("符", "符号", "关系")},
    # (the rule of the operation or the comparison: 运算规则 不高于 | 3.5; not 计算规则, how a value is counted)
    **dict.fromkeys(("运算规则", "比较规则", "判定规则"), "comparator"),
    "关系式": "comparator",
    "比较式": "comparator",
    "比较方法": "comparator",
    "比较要求": "comparator",
    "指标值": "value",
    "指标值及单位": "value",
    "目标值": "value",
    "绩效指标值": "value",
    "实施期指标值": "period",
    "实施周期指标值": "period",
    "长期指标值": "period",
    "中期指标值": "period",
    "实施期目标值": "period",
    "年度指标值": "annual",
    "年度目标值": "annual",
    "量纲": "unit",  # (a value's dimension: 所, 名, 百分比)
    "单位": "unit",
    "计量单元": "unit",
    "单位符号": "unit",
    "单位标识": "unit",  # (the unit's mark: 单位标识, as 单位符号)
    "单位标志": "unit",
    # named by what it measures (度量单位, 计量单位, 数值单位, 计数单位, 数量单位), or its name (计量单位名称); not with
    # 符号 after it, which a comparator's column after a unit's is named (计量单位|符号)
    **{
        f"{what}单位{part}": "unit"
        for what in (
            *("计量", "度量", "数值", "计数", "计算", "取值", "量值"),
            *("量度", "计值", "指标", "统计", "数据", "数量", "量化", "核算", "量纲", "目标", "衡量"),
        )
        for part in ("", "名称", "名")
    },
    # (an indicator's unit named by what measures it: 指标计量单位, 指标度量单位)
    **{f"指标{what}单位": "unit" for what in ("计量", "度量", "计数", "数值")},
    "计量名称": "unit",
    "单位口径": "unit",
    # (a unit named short, 值单位, 单位名, 单位类别; by its measure word, 量词单位; or as the dimension or basis of a
    # measure: 量纲名称, 计值量纲, 计量口径, 度量口径单位; not 指标口径 or 核算口径, which explain how a value is
    # counted)
    **dict.fromkeys(("值单位", "单位名", "量词单位", "量词", "量纲名称", "单位类别"), "unit"),
    **{f"{what}量纲": "unit" for what in ("计值", "计量", "指标", "度量", "数值")},  # (指标量纲, 计值量纲)
    **{f"{what}{head}": "unit" for what in ("计量", "度量", "计值", "量值", "量词") for head in ("口径", "口径单位")},
    "权重": "weight",
    "指标权重": "weight",
    "分值": "weight",
    "实际完成值": "actual",
    "全年实际值": "actual",
    "实际值": "actual",
    "完成值": "actual",
    "得分": "score",
    "指标方向性": "direction",
    "指标方向": "direction",
    "指标导向": "direction",  # (an indicator's polarity: 正向, 反向)
    "方向": "direction",
    "指标值确定依据": "basis",
    "确定依据": "basis",
    "指标值设定依据": "basis",
    "设定依据": "basis",
    "指标设定依据": "basis",
    "目标设定依据": "basis",
    "绩效目标设定依据": "basis",
    "备注": "note",
    # who answers for an indicator, helps or checks it (责任单位, 配合单位, 主办股室, 核验部门): not a unit of
    # measure, though they end in 单位
    **{
        f"{role}{body}": "responsible"
        for role in (
            *("责任", "配合", "协办", "主办", "牵头", "核验", "填报", "报送", "数据报送", "核查", "业务", "监管"),
            *("执行", "数据来源", "归口"),  # (执行科室, 数据来源科室, 归口科室)
        )
        for body in ("单位", "部门", "股室", "科室", "处室")
    },
    "责任人": "responsible",  # (a person who answers for it: 绩效责任人)
    "绩效责任人": "responsible",
    "指标归口": "responsible",  # (the office an indicator falls to: 工会办, 财务科)
    "绩效标准": "standard",
    "衡量标准": "standard",
    "标准类型": "standard",
    "指标解释": "explanation",
    "指标说明": "explanation",
    "目标值说明": "explanation",
    "指标口径": "explanation",
    "指标解读": "explanation",
    "核算口径": "explanation",
    "评(扣)分标准": "scoring",
    "评（扣）分标准": "scoring",
    "评分标准": "scoring",
    "扣分标准": "scoring",
    "评分规则": "scoring",
    "偏差原因及改进措施": "deviation",
    "偏差原因及整改措施": "deviation",
    "偏差原因分析及改进措施": "deviation",
    "偏差原因说明": "deviation",
    "差异原因说明": "deviation",
    **dict.fromkeys(("偏差分析", "整改措施", "改进措施", "纠偏措施"), "deviation"),
    # a self-evaluation's completion rate (实际完成值 over 年度指标值, a percentage)
    "完成率": "rate",
    "完成比例": "rate",
    "指标完成率": "rate",
    "完成程度": "rate",
    "完成百分比": "rate",
    "计分方法": "scoring",
    "评分方法": "scoring",
    # (how points are given or taken: 扣分办法, 计分规则, 评分细则)
    **{
        f"{what}{how}": "scoring"
        for what in ("评分", "扣分", "计分")
        for how in ("办法", "规则", "细则", "说明", "依据", "方式")
    },
    "指标值来源": "basis",
    "标准依据": "basis",
}

BlockKey = Literal[
    "project",
    "department",
    "implementer",
    "attribute",
    "period",
    "funds",
    "total",
    "fiscal",
    "special",
    "other",
    "period_total",
    "goals",
    "period_goal",
    "goal",
    "unmodelled",
]

BLOCK_KEYS: dict[str, BlockKey] = {
    "项目名称": "project",
    "项目（专项）名称": "project",
    "项目(专项)名称": "project",
    "专项名称": "project",
    "专项资金名称": "project",
    "主管部门": "department",
    "主管部门及代码": "department",
    "主管部门名称": "department",
    "实施单位": "implementer",
    "实施单位名称": "implementer",
    "项目属性": "attribute",
    "项目期": "period",
    "项目周期": "period",
    "项目起止年限": "period",
    "起止年限": "period",
    "项目起止时间": "period",
    "实施期限": "period",
    # (the same period under a word of carrying out: 实施周期 2023-2025年, 执行年度 2025年)
    "实施周期": "period",
    "项目实施周期": "period",
    "执行年度": "period",
    "执行期间": "period",
    "执行期限": "period",
    # (the period of building or of carrying out, named so: 建设期限, 建设周期, 项目实施期)
    **dict.fromkeys(("建设期限", "建设周期", "项目实施期"), "period"),
    "项目实施期限": "unmodelled",  # (beside a 项目期, its months: kept as written)
    "项目资金": "funds",
    "项目资金（万元）": "funds",
    "项目资金(万元)": "funds",
    "年度资金总额": "total",
    "年度资金总额：": "total",
    "资金总额": "total",
    "其中：财政拨款": "fiscal",
    "其中:财政拨款": "fiscal",
    "财政拨款": "fiscal",
    "财政专户拨款": "special",
    "其他资金": "other",
    "实施期资金总额": "period_total",
    "总体目标": "goals",
    "绩效目标": "goals",
    "年度总体目标": "goals",
    "总体绩效目标": "goals",
    "预期目标": "goal",
    "年度绩效目标": "goal",
    "项目年度目标": "goal",
    "实施期绩效目标": "period_goal",
    "长期绩效目标": "period_goal",
    "中长期目标": "period_goal",
    "其中：当年财政拨款": "fiscal",
    "其中:当年财政拨款": "fiscal",
    "当年财政拨款": "fiscal",
    "上年结转资金": "unmodelled",
    "实际完成情况": "unmodelled",
    "项目概况": "unmodelled",
    "实施期目标": "period_goal",
    "长期目标": "period_goal",
    "中期目标": "period_goal",
    "年度目标": "goal",
    "项目负责人": "unmodelled",
    "联系电话": "unmodelled",
    "项目类型": "unmodelled",  # (常年性项目, 一次性项目: kept as written, no field of the model)
    "项目编码": "unmodelled",
    "联系人及电话": "unmodelled",
    "项目负责人及电话": "unmodelled",
    "联系人": "unmodelled",
    "项目联系人": "unmodelled",
    "归口业务科室": "unmodelled",
    "项目类别": "unmodelled",  # (专项业务类, 运转类: as 项目类型)
}
# The people and offices a block names beside the project (经办人 柯某某, 联系方式 0000-…, 归口管理处室 渔业股): kept
# as written, no field of the model. Every way of writing them the forms show, as keys (a flattened line is cut at
# them, so they are words, not a pattern).
BLOCK_KEYS.update(
    dict.fromkeys(
        [
            f"{project}{person}{contact}"
            for project in ("", "项目")
            for person in ("经办人", "联系人", "负责人", "填报人", "审核人")
            for contact in ("", "电话", "及电话", "联系电话", "及联系电话", "及联系方式")
        ]
        + [
            "联系方式",
            "联系电话",
            "联系手机",
            "电话",
            "手机",
            "分管领导",
            "填报日期",
            "申报日期",
            "预算年度",
            "所属领域",
            "所属行业",
            "主管科室",
            "项目主管科室",
        ]
        + ["绩效联系人", "财务负责人", "财务联系人"]
        # (what a declaration form prints of the project beside its name: its classification, place, basis, codes)
        + ["支出功能分类科目", "功能分类科目", "预算科目", "项目实施地点", "实施地点", "建设地点", "项目建设地点"]
        # (whom it serves, the year it runs in, the document that released its funds)
        + ["扶持对象", "补助对象", "受益对象", "服务对象范围", "实施年度", "资金文号", "资金下达文号"]
        + ["立项依据", "政策依据", "设立依据"]
        # (and its dates and content: 项目起止时间, 建设内容)
        + ["项目起止时间", "起止时间", "项目起止日期", "项目实施时间", "实施时间"]
        + ["建设内容", "项目建设内容", "主要建设内容", "项目内容", "项目概况", "项目简介"]
        + ["预算单位编码", "单位编码", "单位代码", "项目代码", "是否政府采购", "是否涉及政府采购"]
        + [
            f"{a}{b}{c}" for a in ("归口", "") for b in ("业务", "管理", "") for c in ("科室", "处室", "股室") if a or b
        ],
        "unmodelled",
    )
)

# The columns of the money sub-table of a self-evaluation (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 …);
# the amount read is the first of MONEY_READ found.
MONEY_COLUMNS = frozenset({"年初预算数", "全年预算数", "全年执行数", "预算数", "执行数", "执行率", "分值", "得分"})
MONEY_READ = ("全年预算数", "年初预算数", "预算数")
BUDGET_COLUMNS = MONEY_COLUMNS - {"分值", "得分"}  # (those two name grid columns too)
MONEY_KEYS = frozenset({"total", "fiscal", "special", "other", "period_total", "unmodelled"})
# Rows that total a grid (自评表 总分): not indicators.
TOTAL_ROWS = frozenset({"总分", "合计", "总计", "小计", "分值合计", "得分合计"})

_SPACE = re.compile(r"\s+")
# an indicator's code, in a column of its own (C0101, ZB-03)
INDICATOR_CODE = re.compile(r"[A-Za-z]{1,3}[-_.]?[0-9]{1,6}")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]$")
_UNCLOSED = re.compile(r"（[^（）()]{0,3}$")  # a bracket opened and not closed, at the end: the key wrapped


def _key(text: str) -> str:
    return _SPACE.sub("", text)


# Header names read only as a whole cell of a header row (a delimited row, a sheet's): not names a flattened
# header is cut at, nor lines of one cell a line are joined into (指标值单位 would take 指标值|单位符号 or 指标值 /
# 单位, two names each; 指标值符号, 指标值|符号; 单位名称, a block's key that names a department by it; the measure
# alone, 计量 and 度量, a unit's column where it is a cell, not in a flattened header: 计量周期 is a name of its own)
CELL_HEADERS: dict[str, Field] = {
    "指标值单位": "unit",
    "指标值符号": "comparator",
    # (a target value's sign and unit, named by the target: 目标值符号 ≥ | 11 | 指标值计量单位 个; flattened, only
    # where the header names a value of its own too, see flat._split_last)
    "目标值符号": "comparator",
    "目标值比较": "comparator",  # (as 值比较; flattened, 目标值|比较方法 is a value and a comparator's column)
    "目标值单位": "unit",
    "指标值计量单位": "unit",
    "指标值度量单位": "unit",
    "单位名称": "unit",
    "计量": "unit",
    "度量": "unit",
    # (a unit's symbol, 计量单位符号 万亩: a whole cell; flattened, 计量单位|符号 is a unit's column and a sign's)
    "计量单位符号": "unit",
    "度量单位符号": "unit",
}


@functools.lru_cache(maxsize=4096)  # asked of every cell of a row that may be a grid's header
def cell_field(header: str) -> Field | None:
    """The field of a header row's cell: :func:`grid_field`, or a name read only whole (CELL_HEADERS)."""
    first = header.lstrip()[:1]
    if "\u4e00" <= first <= "\u9fff" and first not in _NAME_FIRSTS and not header.endswith("符号"):
        return None  # (most cells: a first character no header name starts with)
    return grid_field(header) or CELL_HEADERS.get(_key(header))


DEVIATION_FIRSTS = frozenset("偏未差")  # (how a DEVIATION_NAME starts, below)
_NAME_FIRSTS = frozenset(name[0] for name in (*GRID_HEADERS, *CELL_HEADERS)) | DEVIATION_FIRSTS


@functools.lru_cache(maxsize=4096)
def grid_field(header: str) -> Field | None:
    """The field of an indicator-grid column header, or None for a header the model does not name."""
    key = _key(header)
    found = GRID_HEADERS.get(key)
    if found is None:
        found = GRID_HEADERS.get(_BRACKETED.sub("", key))
    if found is None and key[-2:] == "符号" and SIGN_NAME.fullmatch(key):
        found = "comparator"
    if found is None and ("原因" in key or "情况" in key) and DEVIATION_NAME.fullmatch(key):
        found = "deviation"
    return found


# A sign's column named by what it does and 符号 (核定符号, 计值符号, 目标符号: a comparator's column, however the
# form words what the sign does; the names above list those seen with other marks too, 判定方式, 比较类型); not a
# name the model knows and a 符号 after it (权重|符号, 单位|符号: two columns)
SIGN_NAME = re.compile(
    rf"(?!(?:{'|'.join(sorted(w for w in GRID_HEADERS if len(w) == 2))})符号)[\u4e00-\u9fff]{{2}}符号"
)


# Why a target was missed, and what is done about it (偏差原因, 未完成原因分析, 差异原因及整改, 偏差原因及下步打算,
# 未达标原因分析及整改时限, 未达标原因及改进方向, 偏差情况说明, 偏差原因及纠正情况, 偏差产生原因及应对措施): a free
# column of its own, however the form words it
DEVIATION_NAME = re.compile(
    r"(?:(?:偏差|未完成|未达标|未达成|未达预期|差异)(?:产生)?原因|(?:偏差|差异)情况)(?:分析|说明)?"
    r"(?:及(?:下一?步|下年度)?(?:整改|改进|纠偏|纠正|应对|打算|措施|举措)(?:措施|举措|计划|时限|方向|打算|情况)?)?"
)


@functools.lru_cache(maxsize=4096)
def block_key(text: str) -> BlockKey | None:
    """The header-block key a cell names (项目名称, 主管部门 …), or None."""
    key = _key(text)
    found = BLOCK_KEYS.get(key)
    if found is None:
        found = BLOCK_KEYS.get(_BRACKETED.sub("", key).rstrip(":："))
    if found is None and "（" in key and key[-1] != "）" and (m := _UNCLOSED.search(key)) is not None:
        found = BLOCK_KEYS.get(key[: m.start()])  # (项目资金（万 / 元）: a key wrapped in its bracket)
    if found is None and (_OTHER_FUNDS.fullmatch(key) or key in BUDGET_COLUMNS):
        # a source of funds the model has no field for (市级补助资金), or a self-evaluation's budget column laid
        # down as a key (年初预算数 100.80): its amount kept as it is
        found = "unmodelled"
    return found


def fund_source(text: str) -> bool:
    """Whether a header-block key names a source of funds the model has no field for (市级补助资金, 中央预算内投资)."""
    return _OTHER_FUNDS.fullmatch(_key(text)) is not None


# The name of a column of a value the model has no field for: a target or a level of another time or source (年中目标值,
# 上年完成值, 上半年目标值, 对标值, 历史值, 2026年度指标值, 1-6月完成值, 省级下达值, 上年同期值), whole as it stands
# (no piece of a name broken over lines)
VALUE_WORDS = (
    "目标值|指标值|完成值|实际值|对标值|基准值|参考值|历史值|标准值|预期值|完成情况|对比基数|下达值|同期值"
    "|现状值|基线值"  # (the level a target starts from)
)
# (a plan year's too, 2026年度指标值, 2027年预期值; or a part of the year's, 1-6月完成值, 截至6月底完成情况)
OTHER_VALUE = re.compile(rf"(?:(?:19|20)[0-9]{{2}}年度?)?[\u4e00-\u9fff0-9\-－—]{{0,8}}?(?:{VALUE_WORDS})")


def value_column(name: str) -> bool:
    """Whether a header name the model has no field for names a value's column (OTHER_VALUE: 上半年目标值,
    2026年度指标值), its blanks aside."""
    name = "".join(name.split())
    return len(name) <= 14 and OTHER_VALUE.fullmatch(name) is not None and grid_field(name) is None


# (a source of funds: …补助资金, …发展资金, …债券资金, 中央预算内投资, 体育彩票公益金, 村民投工投劳折资, 群众自筹,
# 县本级财力安排, 银行贷款, 社会捐赠, 乡贤捐资, 社会组织资助, 村股份经济合作社投入, 园区管委会配套, 文化馆自有收入,
# 景区门票分成, 企业冠名费, 合作社分红返还, with or without 其中; 事业收入, 经营收入)
FUND_ENDS = "资金|投资|公益金|折资|自筹|贷款|捐赠|捐款|捐资|资助|财力安排|投入|配套|收入|分成|冠名费|返还"
# (a grant from a level of government above, named by its level: 省级补助, 市补贴, 中央财政补助; not any words ending
# in 补助, which a project's name wrapped in its cell may: …辅助器具适配补贴|项目)
GRANT_KEY = r"(?:中央|省|市|县|区|上)级?(?:财政)?(?:补助|补贴)"
FUND_KEY = rf"(?:其中[:：]?)?(?:[\u4e00-\u9fff]{{2,10}}(?:{FUND_ENDS})|{GRANT_KEY})"  # (a source of funds' key)
# The characters a source of funds' key ends in (a cheap test before FUND_KEY: most lines hold none)
FUND_LASTS = frozenset([*(word[-1] for word in FUND_ENDS.split("|")), "助", "贴"])
_OTHER_FUNDS = re.compile(rf"{FUND_KEY}|(?:事业|经营|其他)收入")


_CURRENCY = re.compile(r"[（(]\s*((?:万|千|亿)?元)\s*[)）]")


@functools.lru_cache(maxsize=4096)  # asked of every header-block key
def currency_of(text: str) -> str | None:
    """The currency unit a key names in brackets: 项目资金（万元） → 万元."""
    m = _CURRENCY.search(text) if "元" in text else None  # (most keys name no currency)
    return m.group(1) if m else None


def flattened_header_words() -> list[str]:
    """Every grid header name, longest first (the flattened header row is split by these)."""
    return sorted(GRID_HEADERS, key=len, reverse=True)
