"""Second reader's structural walk of blind66 (adapted from corpus 61's second reader's walk of blind61, itself adapted from blind55's (adapted from blind53's second reader's walk of blind53, itself adapted from corpus 51's second reader's walk, itself from blind45 (adapted from corpus 43's second reader's walk of blind43, itself from corpus 41's second reader's walk, itself from corpus 39's second reader's walk, itself from corpus 37's second reader's walk, itself from corpus 35's second reader's walk, itself from corpus 33's second reader's walk, itself from corpus 32's second reader's walk, itself from corpus 31's second reader's walk, itself from corpus 30's second reader's walk, itself from corpus 29's second reader's walk, itself from corpus 28's second reader's walk, itself from corpus 27's second reader's walk, itself from corpus 26's): data/ against expected/.

python tools/second_reading_check.py [corpus folder] [expected folder]

Own code: imports nothing of render26.py, of the other tools here, of build.py or of the parser.  Columns are picked by
header NAME.  For every grid row it checks the levels (filled down, points stripped), the raw cells, the placeholder rows,
and the annual target's shape (keys, kinds, comparators, numbers among the raw cell's numbers, coded sign and unit
columns).  It reports mismatches and exits 1 if there are any.  It does not judge a reading that is structurally sound.
"""

import glob
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

NAME = ("三级指标", "指标内容", "指标名称")
ANNUAL = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT = ("权重", "分值", "权重（%）")
SIGN = (
    "指标性质",
    "计算符号",
    "符号",
    "运算符",
    "关系符",
    "比较关系",
    "比较符",
    "运算关系",
    "比对符",
    "比较符号",
    "判断符",
    "值类型",
    "逻辑符号",
    "比较条件",
    "计算关系",
    "指标值类型",
    "取值规则",
    "比较方法",
    "大小关系",
    "比较标识",
    "运算标识",
    "运算符号",
    "比较类型",
    "比较要求",
    "达标符号",
    "数值符号",
    "核定符号",
    "取值关系",
    "比较运算关系",
    "数值类型",
    "比较关系符",
    "比对运算符",
    "定性定量",
    "运算规则",
    "目标值符号",
    "比对关系",
)  # blind66: 目标值符号 (02 A, ≥ ＝ ≤ ＜ 定性), 比对关系 (02 B, words 不少于/等于/不低于/大于/不晚于/不高于, 定性)
#  # blind61: 运算规则 (02 B, words 不少于/不低于/达到/不超过/不晚于/不高于/高于/等于, one empty)
#  # blind55: 比对运算符 (02 A, ＝ ≧ ≦ = ≤ ＜ 定量 定性), 定性定量 (kind) + 运算符号 (words) (02 B)
#  # blind53: 比较运算关系 (02 A, `>=` ASCII, ＝, 大于等于, 定性), 数值类型 + 比较关系符 (02 B: kind 定量/定性 then the sign)  # blind51: 核定符号 (02 A), 取值关系 (02 B, words 等于/不少于/不多于/不低于/不晚于)
#  # blind49: 达标符号 (02 A, words 大于或等于/小于或等于/不多于/不高于/至少), 数值符号 (02 B)  # blind45: 运算符号 (02 A), 比较类型 (02 B), 比较要求 (08 A, words AFTER the value)  # blind43: 比较方法 (02 A, words), 大小关系 (02 B), 比较标识 (08 A, after the unit), 运算标识 (08 B, ASCII)  # blind41: 比较条件 (02 A), 计算关系 (02 B), 指标值类型 (08 A, value types), 取值规则 (08 B, after the unit)  # blind39: 比较符号 (02 A), 判断符 (02 B), 值类型 + 逻辑符号 (08, 定量/定性 then the sign)  # blind37: 运算关系 (02 A), 比对符 (02 B)  # blind33: 运算符, 关系符; blind35: 比较关系 (02 A), 比较符 (02 B)
UNITC = (
    "度量单位",
    "计量单位",
    "单位",
    "量纲",
    "计量单元",
    "单位符号",
    "计算单位",
    "指标值单位",
    "量度单位",
    "计数单位",
    "数值单位",
    "单位名称",
    "数量单位",
    "计量单位名称",
    "计量口径",
    "量纲单位",
    "指标单位名称",
    "量纲名称",
    "计量口径单位",
    "计值量纲",
    "指标值计量单位",
    "目标值单位",
)  # blind66: 指标值计量单位 (02 A), 目标值单位 (02 B); both EMPTY beside 定性 (and beside a date in 02 B)
#  # blind55: 计值量纲 (02 A)
#  # blind53: 量纲名称 (02 A), 计量口径单位 (02 B)  # blind51: 指标单位名称 (02 A)
#  # blind49: 计量口径 (02 A), 量纲单位 (02 B)  # blind45: 数量单位 (02 A), 计量单位名称 (02 B)  # blind43: 计数单位 (02 A), 数值单位 (02 B), 单位名称 (08 B)  # blind41: 量度单位 (02 B)  # blind39: 计算单位 (02 A), 指标值单位 (02 B)  # blind37: 计量单元 (02 A), 单位符号 (02 B)  # blind33: 单位 (02 A); blind35: 量纲 (02 A)
KEYS = ["kind", "comparator", "value", "value_max", "unit", "per"]
KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
COMPS = {None, "=", ">", ">=", "<", "<=", "between"}
PERS = {None, "year", "quarter", "month", "week", "day"}
PLACE = {
    "",
    "/",
    "／",
    "—",
    "——",
    "-",
    "－",
    "–",
    "--",
    "无",
    "…",
    "……",
    "...",
    "N/A",
    "不适用",
    "暂无",
    "（无）",
    "(无)",
    "略",
    "未设置",
    "本项目不涉及",
    # blind27: new placeholder words
    "不涉及",
    "暂不涉及",
    "未涉及",
    "无此项",
    "－－",
    # blind28: new placeholder words
    "无该项指标",
    "＼",
    "\\",
    "本年度不考核",
    "不设此项",
    "暂未设置",
    # blind29: new placeholder words
    "本期无",
    "未列示",
    "免填",
    "此项空缺",
    "不适用本项目",
    # blind30: new placeholder words
    "本年度未设",
    "暂不设置",
    "无此类指标",
    "本期不设",
    # blind31: new placeholder words
    "未设定",
    "本年不设置",
    "不设该项",
    "此项无",
    "本项目未涉及",
    # blind32: new placeholder words
    "暂未设定",
    "未纳入考核",
    "无相关指标",
    "本期不考核",
    "本项目无此类指标",
    # blind33: new placeholder words
    "暂缺指标",
    "未量化",
    "本年度无",
    "此项不设",
    "不作考核",
    # blind35: new placeholder words
    "暂不考核",
    "待定",
    "不适用于本项目",
    "空缺",
    "年内不设",
    # blind37: new placeholder words
    "本期不涉及",
    "不作要求",
    "此项暂缺",
    "不考核",
    "不另设置",
    # blind39: new placeholder words
    "本年度未安排",
    "不宜量化",
    "暂不设定",
    "不单列",
    # blind41: new placeholder words
    "本期不列",
    "不适宜设置",
    "未设定本项",
    "暂未涉及",
    "无需填报",
    # blind43: new placeholder words
    "未列入",
    "本年不涉及",
    "暂不列示",
    "本期未设",
    "不另设",
    # blind45: new placeholder words
    "本项目未设",
    "未安排",
    "当年不设",
    "本年未设置",
    "—/—",
    # blind49: new placeholder words
    "本项不涉及",
    "无需单列",
    "暂无此类指标",
    "本年度无该类指标",
    "不设该指标",
    # blind51: new placeholder words
    "本期不适用",
    "不单设",
    "不单设经济效益",
    "本年度不设该项",
    "此类指标不适用",
    "无",
    # blind53: new placeholder words
    "本项目未设此类指标",
    "本年未安排",
    "年度暂不考核",
    "该项不适用本项目",
    "不涉及此类",
    # blind55: new placeholder words
    "本年度未设定",
    "暂不设置此项",
    "该类指标不适用",
    "年度未列入考核",
    "本项目不设成本指标",
    # blind61: new placeholder words
    "此项暂不设定",
    "暂无适用指标",
    "当年不适用",
    "本年度不作考核",
    "无相应指标",
    # blind66: new placeholder words
    "今年未设此项",
    "当年度不作要求",
    "本年度不单独设定",
    "本年度暂不评价",
    "不设此类指标",
}
SIGNS = {
    ">=": (
        "≥",
        "≧",
        ">=",
        "＞＝",
        "≮",
        "大于等于",
        "大于或等于",
        "不低于",
        "不少于",
        "不小于",
        "不早于",
        "下限值",
        "下限",
        "至少",
        "达到",
    ),  # blind55: 达到 (02 B sign column; the writer reads >=, doubted)  # blind49: 至少 (02 A)  # blind41: value types 下限值/下限 (08)
    "<=": (
        "≤",
        "≦",
        "<=",
        "＜＝",
        "≯",
        "小于等于",
        "小于或等于",
        "不高于",
        "不超过",
        "不大于",
        "不晚于",
        "以内",
        "不多于",
        "上限值",  # blind41: value types 上限值/上限 (08)
        "上限",
    ),  # blind35: 以内 (02 A); blind39: 不多于 (02 B)
    "<": ("<", "＜", "小于", "低于"),
    ">": (">", "＞", "大于", "高于"),
    "=": ("=", "＝", "等于", "定值"),  # blind41: 定值 (08 A)
    "between": ("区间值",),  # blind41: 区间值 (08 A) beside a range
}
UNITMAP = {
    "%": "%",
    "％": "%",
    "百分比": "%",
    "km": "公里",
    "m": "米",
    "cm": "厘米",
    "mm": "毫米",
    "t": "吨",
    "kg": "公斤",
    "m²": "平方米",
    "㎡": "平方米",
    "m³": "立方米",
    "hm²": "公顷",
    "日": "天",
    "个工作日": "工作日",
    "dB": "分贝",
    "dB(A)": "分贝",
    "mg/L": "毫克/升",
    "μg/m³": "微克/立方米",
    "mg/m³": "毫克/立方米",
    "mg/kg": "毫克/千克",  # blind61 (02 B): by the README's mg/L rule (the writer's reading, doubted)  # blind39 (02 B): by the README's mg/L and μg/m³ rule
    "h": "小时",
    "min": "分钟",
    "ms": "毫秒",
    "kW": "千瓦",
    "kWh": "千瓦时",
    "kW·h": "千瓦时",
    "m³/s": "立方米/秒",
    "s": "秒",
    "元/人.月": "元/人·月",
    "元/人*月": "元/人·月",
    "t/d": "吨",
    "m³/d": "立方米",
    "kWh/m³": "千瓦时/立方米",
    "km²": "平方公里",
    "MPa": "兆帕",
    "个百分点": "百分点",
    "kg/亩": "公斤/亩",
    "元/人.天": "元/人·天",
    "元/人*天": "元/人·天",
}
DAILY = {"t/d", "m³/d"}
PERWORD = {"年": "year", "季度": "quarter", "月": "month", "周": "week", "日": "day", "天": "day"}
POINTS = re.compile(r"[（(]\s*[0-9０-９]*\s*[~～\-－—]?\s*[0-9０-９]+\s*分?\s*[)）]\s*分?$|[\s　]*[0-9０-９]+分$")
CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000, "万": 10000}

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def pick(cols, names, where):
    hits = [n for n in names if n in cols]
    if len(hits) > 1:
        bad(where, "two candidate columns %s" % hits)
    return cols.index(hits[0]) if hits else None


def level(text):
    t = re.sub(r"\s+", "", text.replace("\u3000", " "))
    fold = unicodedata.normalize("NFKC", t)
    m = POINTS.search(fold)
    if m:
        # cut the same number of characters from the label as printed (NFKC keeps the length for these characters)
        t = t[: len(t) - (len(fold) - m.start())] if len(fold) == len(t) else t
    return t


def name_of(text):
    return re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", text.strip())


def cn_number(s):
    """A Chinese numeral (no 点) to int, else None."""
    if not s or any(ch not in CN and ch not in CNU for ch in s):
        return None
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN:
            num = num * 10 + CN[ch] if s.startswith(("二〇", "二零")) else CN[ch]
        else:
            u = CNU[ch]
            if u == 10000:
                total += (section + num) * u
                section, num = 0, 0
            else:
                section += (num or 1) * u
                num = 0
    return total + section + num


def numbers(raw):
    out = set()
    t = unicodedata.normalize("NFKC", raw).replace(",", "")
    for m in re.finditer(r"-?\d+(?:\.\d+)?", t):
        out.add(Decimal(m.group()))
        out.add(abs(Decimal(m.group())))
        if t[m.end() : m.end() + 1] == "千":
            out.add(abs(Decimal(m.group())) * 1000)
    for m in re.finditer(r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)", t):
        a = cn_number(m.group(1))
        if a is not None:
            out.add(Decimal("%d.%s" % (a, "".join(str(CN[c]) for c in m.group(2)))))
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万]+", t):
        v = cn_number(m.group())
        if v is not None:
            out.add(Decimal(v))
            if m.group().endswith("万"):
                out.add(Decimal(v) / 10000)
    for m in re.finditer(r"百分之([零〇一二两三四五六七八九十百]+)", t):
        v = cn_number(m.group(1))
        if v is not None:
            out.add(Decimal(v))
    for m in re.finditer(r"(\d+(?:\.\d+)?)±(\d+(?:\.\d+)?)", t):  # blind49: a tolerance 60±5 gives 55 and 65
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        out.update((a - b, a + b))
    if "半数" in t:  # blind29: 半数以上 read as 50 %
        out.add(Decimal(50))
    if "百分之百" in t:
        out.add(Decimal(100))
    if re.search(r"半(小时|天|日|年|月|个)", t):  # blind55: 提前半小时以上 read as 0.5 小时 (06 A)
        out.add(Decimal("0.5"))
    if re.search(r"零|无|未发生|不发生|不新增|杜绝|未检出", t):  # blind28: 未检出
        out.add(Decimal(0))
    return out


def dec(v, where, field):
    if not isinstance(v, str) or not re.fullmatch(r"-?\d+(\.\d+)?", v):
        bad(where, "%s %r is not a plain decimal string" % (field, v))
        return None
    try:
        return Decimal(v)
    except InvalidOperation:
        return None


def check_target(where, a, raw, sign, unitc):
    if list(a.keys()) != KEYS:
        bad(where, "annual keys %s" % list(a.keys()))
        return
    k, c, v, vm, u, per = (a[x] for x in KEYS)
    if k not in KINDS:
        bad(where, "unknown kind %r" % k)
    if c not in COMPS:
        bad(where, "unknown comparator %r" % c)
    if per not in PERS:
        bad(where, "unknown per %r" % per)
    if k in ("qualitative", "direction", "text", "empty", "composite") and any(
        x is not None for x in (c, v, vm, u, per)
    ):
        bad(where, "%s holds comparator/value/unit/per" % k)
    if k == "timeframe" and any(x is not None for x in (v, vm, u)):
        bad(where, "timeframe holds value/unit")
    # blind28: a change by a range (下降10%-15%) may carry between and both bounds
    chg_range = k == "change" and c == "between" and v is not None and vm is not None
    if (c == "between") != (k == "range") and not chg_range:
        bad(where, "between only on ranges (kind %s, comparator %s)" % (k, c))
    if k == "range" or chg_range:
        if v is None or vm is None:
            bad(where, "range without both bounds")
        else:
            lo, hi = dec(v, where, "value"), dec(vm, where, "value_max")
            if lo is not None and hi is not None and lo > hi:
                bad(where, "range value > value_max")
    elif vm is not None:
        bad(where, "value_max outside a range")
    if k in ("quantity", "change", "rank") and (c is None or v is None):
        bad(where, "%s without comparator or value" % k)
    rawp = (raw or "").strip()
    if (k == "empty") != (rawp in PLACE) and not ((sign or "").strip() == "定性" and k == "qualitative"):
        bad(where, "kind %s beside raw %r" % (k, raw))
    nums = numbers(raw or "")
    for field, x in (("value", v), ("value_max", vm)):
        if x is not None:
            d = dec(x, where, field)
            if d is not None and d not in nums:
                bad(where, "%s %s not among the numbers of %r" % (field, x, raw))
    s = (sign or "").strip()
    if s == "描述":  # blind41: 08 B 取值规则 描述 = the value's own reading, no comparator from the column
        s = ""
    if s == "定性" and k != "qualitative":
        bad(where, "定性 beside kind %s" % k)
    if s and s not in ("定性", "定量"):
        want = [cmp for cmp, words in SIGNS.items() if s in words]
        own = re.match(r"^(≥|≤|>|<|＞|＜|不低于|不少于|不超过|不高于|大于|小于)", rawp) or re.search(
            r"(以上|以下|以内|前)$", rawp
        )
        if not want:
            bad(where, "unknown sign cell %r" % s)
        elif k in ("quantity", "change", "rank", "timeframe") and c != want[0] and not own:
            bad(where, "sign %r but comparator %s" % (s, c))
    uc = (unitc or "").strip()
    uc = "" if uc in PLACE else uc  # blind53: `—` in 08's 计量单位 column beside dates and changes adds nothing
    if uc and k in ("quantity", "range", "change", "rank"):
        base, p = uc, None
        m = re.fullmatch(r"(.+)/(年|季度|月|周|日|天)", uc)
        if uc in DAILY:
            base, p = uc, "day"
        elif m and "·" not in uc and uc not in UNITMAP:
            base, p = m.group(1), PERWORD[m.group(2)]
        pre = ""
        if base[:1] in "万亿" and len(base) > 1:
            pre, base = base[0], base[1:]
        want_u = pre + UNITMAP.get(base, base)
        if "/" in want_u and base not in UNITMAP:
            want_u = "/".join(UNITMAP.get(x, x) for x in want_u.split("/"))
        if u != want_u and not (u or "").endswith(want_u):
            bad(where, "unit column %r but unit %r" % (uc, u))
        if p and per != p:
            bad(where, "unit column %r but per %r" % (uc, per))


# blind27 (second reader): comparator words written in the value cell, and the unit found in the cell.
WORDS = [
    (">", ("（不含", "(不含", "余", "多", "以外", "超过", "突破", "高于", "大于", "＞", ">", "逾")),  # blind29: 逾
    (
        ">=",
        (
            "以上",
            "≥",
            "≧",
            "≮",
            "不少于",
            "不低于",
            "不得低于",  # blind29
            "不得少于",  # blind61: 不得少于60万株 (01 A)
            "不小于",
            "至少",
            "最少",
            "及以上",
            "大于等于",
            "大于或等于",
            ">=",
            "＞＝",
        ),
    ),
    (
        "<=",
        (
            "以下",
            "以内",
            "≤",
            "≦",
            "≯",
            "不超过",
            "不高于",
            "不大于",
            "控制在",
            "不突破",  # blind41: 不突破38万元 (negated 突破, which excludes)
            "最高",  # blind41: 最高20万元 (at most; corpora 16, 39 read <=)
            "前",
            "内",
            "小于等于",
            "小于或等于",
            "<=",
            "＜＝",
        ),
    ),
    ("<", ("低于", "少于", "小于", "不足", "不满", "＜", "<")),
]
LATIN = {
    "平米": "平方米",
    "mg": "毫克",
    "L": "升",
    "kg": "公斤",
    "cm": "厘米",
    "mm": "毫米",
    "g": "克",
    "W": "瓦",  # blind55: ≤600W (04 A)  # blind28: ≤0.2g/kg
    "km": "公里",
    "t": "吨",
    "m": "米",
    "%": "%",
    "％": "%",
}


def written_comparators(raw):
    """The comparator families whose words the raw cell writes (以上 inside 及以上 etc. counted once)."""
    # blind29: 前 counts only as the deadline's last word (not a baseline 较种植前, not 12月底前支付100%)
    t = raw[:-1].replace("前", "") + raw[-1:] if raw else raw
    # blind33: 以上 of an administrative level before the noun counted (省级以上媒体报道2次) is no comparator of the number
    t = re.sub(r"(国家|省|市|县|区)级以上(?=\D)", r"\1级", t) if t else t
    # blind43: 内 of a time window before the value (三个月内回访100%) is no comparator of the value
    t = re.sub(r"内(?=\D*\d)", "", t) if t else t
    found = set()
    if t and re.search(r"\d万?\+$", t):  # blind53: a trailing + (100万+), as corpus 6's 10万+ (>)
        found.add(">")
    for c, words in WORDS:
        for w in words:
            if w in t:
                found.add(c)
    # 不含 makes 以上 strict, 不少于 is >= not <, 不低于/不高于 not 低于/高于, 不超过 not 超过
    if (
        ">" in found
        and re.search(r"不超过|不高于|不大于|不突破", t)  # blind41: 不突破 (negated 突破)
        and not re.search(r"(?<!不)(超过|高于|大于|突破)|余|多|[＞>]|不含", t)
    ):
        found.discard(">")
    if (
        "<" in found
        and re.search(r"不低于|不少于|不小于|不得低于|不得少于", t)
        and not re.search(r"(?<!不)(?<!不得)(低于|少于|小于)|不足|[＜<]", t)  # blind29: 不得低于
    ):
        found.discard("<")
    if re.search(r"大于等于|大于或等于", t):
        found.discard(">")
    if re.search(r"小于等于|小于或等于", t):
        found.discard("<")
    if re.search(r">=|＞＝", t) and not re.search(r"(?<!不)(超过|高于|大于)|余|多|不含|>(?!=)|＞(?!＝)", t):
        found.discard(">")
    if re.search(r"<=|＜＝", t) and not re.search(r"(?<!不)(低于|少于|小于)|不足|<(?!=)|＜(?!＝)", t):
        found.discard("<")
    if ">" in found and re.search(r"不含", t):
        found.discard(">=")
    return found


def check_words(where, a, raw, sign):
    k, c = a.get("kind"), a.get("comparator")
    if k not in ("quantity", "change") or not raw or (sign or "").strip() not in ("", "定量", "描述"):
        return
    if re.search(r"[，,、；;]", raw):
        return
    found = written_comparators(raw)
    if len(found) == 1:
        (want,) = found
        if c != want:
            bad(where, "raw %r writes %s but comparator %s" % (raw, want, c))
    elif not found and c != "=":
        if not (c == "between" and a.get("value_max") is not None):  # blind28: a change by a range
            bad(where, "raw %r writes no comparator word but comparator %s" % (raw, c))


def check_unit_in_raw(where, a, raw, unitc):
    u = a.get("unit")
    # blind43 (damage test): a unit left in its written Latin/variant form (4000t kept as t) is not the common form
    for piece in (u or "").replace("·", "/").split("/"):
        bare = piece[1:] if piece[:1] in "万亿" and len(piece) > 1 else piece
        common = UNITMAP.get(bare, LATIN.get(bare, bare))
        if bare and common != bare:
            bad(where, "unit %r not in its common form (%r → %r)" % (u, bare, common))
    if not u or (unitc or "").strip() or not raw:
        return
    t = unicodedata.normalize("NFKC", raw).replace("百分之", "%").replace("半数", "50%")  # blind29: 半数
    t = re.sub(r"万余", "万", t)  # blind41: 26万余人 → the unit 万人 (corpora 2, 12: 3万余人 → 万人)
    for piece in u.replace("·", "/").split("/"):
        bare = piece[1:] if piece[:1] in "万亿" and len(piece) > 1 else piece
        piece_l = [x for x, y in list(LATIN.items()) + list(UNITMAP.items()) if y in (piece, bare)]
        piece_l += [
            x for x, y in (("M", "米"), ("㎡", "平方米"), ("日", "天"), ("m³", "立方米"), ("μg", "微克")) if y == bare
        ]
        if (
            piece not in raw
            and piece not in t
            and not any(x in raw or unicodedata.normalize("NFKC", x) in t for x in piece_l)
        ):
            bad(where, "unit piece %r of %r not written in %r" % (piece, u, raw))


def check_per_in_raw(where, a, raw, unitc):
    """blind33: a period written in the value cell (`2次/年`, `≥50吨/年`, `每周2次`) is the target's per."""
    if (unitc or "").strip() or not raw or a.get("kind") not in ("quantity", "range"):
        return
    t = unicodedata.normalize("NFKC", raw)
    # blind35: 每只每月… (a head, then the period: `每人每年10元` → per year, the README's per-head rule)
    m = (
        re.search(r"/(年|季度|月|周|日|天)$", t)
        or re.match(r"^(?:每|年均)(年|季度|月|周|日|天)", t)
        or re.match(
            r"^(日)均", t
        )  # blind51: 日均约300人次 → per day (corpora 1, 6, 22, 25, 28, 29, 30, 34 read 日均… per day)
        or re.match(r"^(年)均", t)  # blind49: 年均1200人次 → per year (the README's 年均5场)
        # blind66: a season before the rate (冰期每周不少于2次 → per week, as corpus 3's 汛期每月不少于1次 per month)
        or re.match(r"^[^\d每]{1,3}期每(年|季度|月|周|日|天)", t)
        or re.match(r"^(日)处理", t)  # blind66: 日处理鲜皮20吨 → per day (corpus 29's 日处理鲜果20吨)
        or re.match(r"^全(年)", t)  # blind37: 全年不少于6次 → per year (corpora 6, 10, 36 read 全年… so, doubted)
        or re.match(r"^每[^\d每]{1,2}每(年|季度|月|周|日|天)", t)
        # blind43: 年服务农户不少于3000户次, 户均年增收2000元 (a year before the verb: per year, as 年均5场)
        or re.match(r"^(?:户均|人均)?(年)(?!均)[^\d]{1,6}(?:不少于|不低于|≥|增收|\d)", t)
    )
    want = PERWORD[m.group(1)] if m else None
    if not m and re.search(r"/d$", t):  # blind37: 200m³/d → per day (the README's m³/d rule)
        want = "day"
    if a.get("per") != want:
        bad(where, "raw %r writes per %s but per %s" % (raw, want, a.get("per")))


def walk(folder, expdir):
    n_ind = n_skip = 0
    for f in sorted(glob.glob(os.path.join(folder, "data", "*.json"))):
        doc = os.path.basename(f)[:-5]
        data = json.load(open(f, encoding="utf-8"))
        ef = os.path.join(expdir, doc + ".json")
        if not os.path.exists(ef):
            bad(doc, "no expected file")
            continue
        exp = json.load(open(ef, encoding="utf-8"))
        if list(exp.keys()) != ["projects"] or len(exp["projects"]) != len(data["projects"]):
            bad(doc, "project count or keys differ")
        for pi, (p, ep) in enumerate(zip(data["projects"], exp["projects"])):
            where = "%s/P%d" % (doc, pi + 1)
            h = dict((kv[0], kv[1]) for kv in p["header"] if len(kv) == 2)
            if set(ep.keys()) - {"name", "department", "indicators", "doubt"} or not {
                "name",
                "department",
                "indicators",
            } <= set(ep.keys()):
                bad(where, "project keys %s" % list(ep.keys()))
            if ep.get("name") != h.get("项目名称"):
                bad(where, "project name %r vs %r" % (ep.get("name"), h.get("项目名称")))
            if ep.get("department") != h.get("主管部门"):
                bad(where, "department %r vs %r" % (ep.get("department"), h.get("主管部门")))
            cols = p["columns"]
            i1 = cols.index("一级指标") if "一级指标" in cols else None
            i2 = cols.index("二级指标") if "二级指标" in cols else None
            iname, iann, iper = pick(cols, NAME, where), pick(cols, ANNUAL, where), pick(cols, PERIOD, where)
            # blind31: 08 prints 指标性质 (定量/定性) AND a separate 计算符号 column: both are read, the sign from 计算符号
            sgs = [cols.index(n) for n in SIGN if n in cols]
            if [cols[i] for i in sgs] == ["运算符号", "定性定量"]:  # blind55 02 B: the kind column first
                sgs = sgs[::-1]
            isg = None if not sgs else sgs[0] if len(sgs) == 1 else ("both", sgs)
            if isinstance(isg, tuple) and [cols[i] for i in sgs] not in (
                ["指标性质", "计算符号"],
                ["值类型", "逻辑符号"],
                ["数值类型", "比较关系符"],
                ["定性定量", "运算符号"],  # blind55 02 B
            ):
                bad(where, "two candidate columns %s" % [cols[i] for i in sgs])
            iw, iu = pick(cols, WEIGHT, where), pick(cols, UNITC, where)
            iact = cols.index("实际完成值") if "实际完成值" in cols else None
            isc = cols.index("得分") if "得分" in cols else None
            if iname is None or iann is None:
                bad(where, "no name or value column")
                continue
            inds = list(ep.get("indicators", []))
            l1 = l2 = None
            k = 0
            for ri, row in enumerate(p["rows"]):
                w = "%s row %d %r" % (where, ri + 1, row[iname])
                if len(row) != len(cols):
                    bad(w, "row width")
                if i1 is not None and row[i1]:
                    l1, l2 = level(row[i1]), None
                if i2 is not None and row[i2]:
                    l2 = level(row[i2])
                cell0 = lambda i: None if i is None or row[i] == "" else row[i]  # noqa: E731

                def cell(i):
                    if isinstance(i, tuple):  # blind31: 指标性质 + 计算符号
                        nat, sg = row[i[1][0]].strip(), row[i[1][1]].strip()
                        if nat == "定性":
                            if sg:
                                bad(w, "定性 beside a sign %r" % sg)
                            return "定性"
                        if nat not in ("", "定量"):
                            bad(w, "指标性质 %r is neither 定量 nor 定性" % nat)
                        return sg or nat or None
                    return cell0(i)

                sgi = list(isg[1]) if isinstance(isg, tuple) else [isg]
                own = [row[i] for i in [iname, iann, iper, iw, iact, isc, iu] + sgi if i is not None]
                if all(x.strip() in PLACE for x in own):
                    n_skip += 1
                    continue
                if k >= len(inds):
                    bad(w, "row has no expected indicator")
                    continue
                e = inds[k]
                k += 1
                n_ind += 1
                keys = [
                    "level1",
                    "level2",
                    "name",
                    "period_raw",
                    "annual_raw",
                    "annual",
                    "weight",
                    "actual_raw",
                    "score",
                ]
                if [x for x in e.keys() if x != "doubt"] != keys:
                    bad(w, "indicator keys %s" % list(e.keys()))
                if "doubt" in e and (not isinstance(e["doubt"], str) or not e["doubt"].strip()):
                    bad(w, "empty doubt")
                for field, want in (
                    ("level1", l1),
                    ("level2", l2),
                    ("name", name_of(row[iname])),
                    ("period_raw", cell(iper)),
                    ("annual_raw", cell(iann)),
                    ("weight", cell(iw)),
                    ("actual_raw", cell(iact)),
                    ("score", cell(isc)),
                ):
                    if e.get(field) != want:
                        bad(w, "%s %r, expected from data %r" % (field, e.get(field), want))
                if isinstance(e.get("annual"), dict):
                    check_target(w, e["annual"], cell(iann), cell(isg), cell(iu))
                    check_words(w, e["annual"], cell(iann), cell(isg))
                    check_unit_in_raw(w, e["annual"], cell(iann), cell(iu))
                    check_per_in_raw(w, e["annual"], cell(iann), cell(iu))
                else:
                    bad(w, "annual not an object")
            if k < len(inds):
                bad(where, "%d expected indicators left over (first %r)" % (len(inds) - k, inds[k].get("name")))
    return n_ind, n_skip


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.abspath(folder)
    # given the data/ folder itself (or a file in it), walk its corpus folder: corpus 25's version walked 0 indicators
    if os.path.isfile(folder):
        folder = os.path.dirname(folder)
    if os.path.basename(folder) == "data" and not os.path.isdir(os.path.join(folder, "data")):
        folder = os.path.dirname(folder)
    expdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(folder, "expected")
    if not glob.glob(os.path.join(folder, "data", "*.json")):
        print("no data/*.json under %s" % folder)
        sys.exit(2)
    n_ind, n_skip = walk(folder, expdir)
    for p in problems:
        print(p)
    print("indicators walked %d, placeholder rows skipped %d, mismatches %d" % (n_ind, n_skip, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
