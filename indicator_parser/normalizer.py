"""The target normalizer: a value text (指标值) to comparator, quantity, unit and period.

Table-driven: every word and symbol the normalizer accepts is in the tables
at the top of this module, and the order in which readings are tried is
:func:`_read`. Comparator words follow the legal convention (民法典 第一千二百
五十九条): 以上、以下、以内 include the number; 不满、超过 exclude it.

:func:`normalize` never raises; what it cannot read is kind ``"text"`` with
the value kept in ``raw``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

import attrs

from .fold import FOLD
from .nodes import Comparator, Direction, Per, Target

# ----------------------------------------------------------------- tables


# Comparator words written before the number: 不少于90%, ≥85%.
PREFIX_COMPARATORS: dict[str, Comparator] = {
    "大于或等于": ">=",
    "大于等于": ">=",
    "不少于": ">=",
    "不低于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "最少": ">=",
    "最低": ">=",
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "=>": ">=",
    "⩾": ">=",
    "小于或等于": "<=",
    "小于等于": "<=",
    "不超过": "<=",
    "不多于": "<=",
    "不高于": "<=",
    "不大于": "<=",
    "最多": "<=",
    "至多": "<=",
    "最高": "<=",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "=<": "<=",
    "⩽": "<=",
    "超过": ">",
    "大于": ">",
    "高于": ">",
    "多于": ">",
    ">": ">",
    "不满": "<",
    "不足": "<",
    "未满": "<",
    "小于": "<",
    "低于": "<",
    "少于": "<",
    "<": "<",
    "等于": "=",
    "=": "=",
}
# Words that may stand between a prefix comparator and its number: 至少为3人.
PREFIX_FILLERS = ("为", "达到", "达", "需要", "需", "要", "有", "开展", "完成")

# Comparator words written after the number (and its unit): 90%以上, 5件以下.
SUFFIX_COMPARATORS: dict[str, Comparator] = {
    "及以上": ">=",
    "或以上": ">=",
    "以上": ">=",
    "之上": ">=",
    "及以下": "<=",
    "或以下": "<=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "内": "<=",
}

# Range separators: 85%-90%, 85%～90%, 85%至90%.
RANGE_SEPARATORS = ("-", "~", "至", "到")

# Units, longest first where one starts another; the value is the common form.
UNITS: dict[str, str] = {
    "%": "%",
    "‰": "‰",
    "百分点": "百分点",
    "平方公里": "平方公里",
    "平方米": "平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "立方米": "立方米",
    "公里": "公里",
    "千米": "公里",
    "米": "米",
    "亿元": "亿元",
    "万元": "万元",
    "元": "元",
    "人次": "人次",
    "家次": "家次",
    "户次": "户次",
    "节次": "节次",
    "批次": "批次",
    "场次": "场次",
    "台次": "台次",
    "车次": "车次",
    "班次": "班次",
    "个月": "个月",
    "个百分点": "百分点",
    "个工作日": "工作日",
    "个小时": "小时",
    "小时": "小时",
    "分钟": "分钟",
    "课时": "课时",
    "学时": "学时",
    "工作日": "工作日",
    "个": "个",
    "项": "项",
    "场": "场",
    "件": "件",
    "人": "人",
    "户": "户",
    "台": "台",
    "支": "支",
    "天": "天",
    "日": "天",
    "周": "周",
    "月": "月",
    "年": "年",
    "次": "次",
    "份": "份",
    "名": "名",
    "本": "本",
    "册": "册",
    "期": "期",
    "所": "所",
    "家": "家",
    "处": "处",
    "条": "条",
    "篇": "篇",
    "套": "套",
    "辆": "辆",
    "座": "座",
    "间": "间",
    "张": "张",
    "宗": "宗",
    "起": "起",
    "例": "例",
    "批": "批",
    "种": "种",
    "株": "株",
    "棵": "棵",
    "吨": "吨",
    "公斤": "公斤",
    "千克": "公斤",
    "斤": "斤",
    "节": "节",
    "轮": "轮",
    "类": "类",
    "队": "队",
    "组": "组",
    "床": "床",
    "块": "块",
    "分": "分",
    "村": "村",
    "个点": "个",
}

# Periods: 每年至少24次, 年均5场, 24次/年, 24次每年.
PER_WORDS: dict[str, Per] = {
    "每年度": "year",
    "每年": "year",
    "年均": "year",
    "每一年": "year",
    "/年": "year",
    "每季度": "quarter",
    "每季": "quarter",
    "季均": "quarter",
    "/季度": "quarter",
    "/季": "quarter",
    "每月": "month",
    "每个月": "month",
    "月均": "month",
    "/月": "month",
    "每周": "week",
    "每星期": "week",
    "周均": "week",
    "/周": "week",
    "每天": "day",
    "每日": "day",
    "日均": "day",
    "/天": "day",
    "/日": "day",
}

# Qualitative grades and states.
GRADES = (
    "优秀",
    "优良",
    "良好",
    "较好",
    "合格",
    "达标",
    "合规",
    "及时",
    "正常",
    "完成",
    "相符",
    "符合",
    "满意",
    "规范",
    "准确",
    "到位",
    "有效",
    "全覆盖",
    "正常开展",
    "正常运行",
    "按时完成",
    "如期完成",
    "已完成",
    "按计划完成",
    "按要求完成",
    "符合要求",
    "符合标准",
    "是",
    "否",
    "无",
    "较高",
    "高",
    "显著",
    "明显",
    "充分",
    "长效",
    "全部完成",
    "基本满意",
    "优",
    "良",
    "中",
    "好",
)
# Words that may qualify a grade or a direction: 有效提升, 比往年下降.
MODIFIERS = (
    "有效",
    "明显",
    "显著",
    "持续",
    "逐步",
    "进一步",
    "稳步",
    "不断",
    "大幅",
    "有所",
    "逐年",
    "同比",
    "比往年",
    "比上年",
    "较上年",
    "较往年",
    "较去年",
    "比去年",
    "全面",
    "切实",
)
DIRECTIONS: dict[str, Direction] = {
    "提升": "increase",
    "提高": "increase",
    "增强": "increase",
    "加强": "increase",
    "改善": "increase",
    "增加": "increase",
    "上升": "increase",
    "增长": "increase",
    "扩大": "increase",
    "优化": "increase",
    "下降": "decrease",
    "减少": "decrease",
    "降低": "decrease",
    "缩短": "decrease",
    "减轻": "decrease",
    "稳定": "maintain",
    "保持": "maintain",
    "持平": "maintain",
    "维持": "maintain",
    "保持稳定": "maintain",
}

# Timeframes: the 实施周期 of tianhe cells is almost always 全年.
TIMEFRAMES = (
    "长期",
    "中长期",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "年中",
    "全年",
    "全年度",
    "年度",
    "本年度",
    "本年",
    "当年",
    "年内",
    "年底前",
    "年末前",
    "年底",
    "上半年",
    "下半年",
)

# "As actual": no target is set in advance (按实际整改数).
AS_ACTUAL = re.compile(r"^(?:按|依|根据)实际")

# Zero claims: 零事故, 零发生, 无重大安全事故, 未发生… are quantity 0 with the noun as label.
ZERO_CLAIM = re.compile(r"^(?:零|无|未发生|不发生)([\u4e00-\u9fff]{1,10})$")

# Notes in brackets that say nothing about the target: 95%以上（含95%）, ≥90%（满意度）.
BRACKET_NOTE = re.compile(r"\(含[^()]*\)|\([^()\d]*\)")

# Chinese numerals.
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10**4, "亿": 10**8}

# ----------------------------------------------------------------- patterns built from the tables


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+"
_UNIT = f"(?:{_alternation(UNITS)})"
# One number mention: 百分之八十五, 5,911.6, 十五 (a Chinese numeral counts only with a unit).
_NUMBER = re.compile(
    rf"百分之(?P<pct>\d+(?:\.\d+)?|{_CN_NUMERAL})"
    rf"|(?P<arabic>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<cn>{_CN_NUMERAL})(?={_UNIT})"
)
_UNIT_AT = re.compile(_UNIT)
_WHOLE_CN_NUMERAL = re.compile(_CN_NUMERAL)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?)?"
    r"|(?P<m2>\d{1,2})\s*月\s*(?:(?P<d2>\d{1,2})\s*[日号]|(?=底|末|前|份))"
)
# What may stand around a date for the whole value to be a deadline: 在2023年12月31日前完成.
_DEADLINE = re.compile(
    r"(?:在|于|截至|截止到?|到|至)?(?P<by>底|末|前|之前|以前|止|内|份|度)*(?:前)?(?:完成|结束|实现)?"
)
_PREFIX_AT_END = re.compile(rf"(?P<cmp>{_alternation(PREFIX_COMPARATORS)})(?:{_alternation(PREFIX_FILLERS)})?\s*$")
_SUFFIX_AT = re.compile(rf"(?:\(含\))?(?P<cmp>{_alternation(SUFFIX_COMPARATORS)})")
_MULTIPLIERS = {"万": 10**4, "千": 10**3, "亿": 10**8}
_PER_ANY = re.compile(_alternation(PER_WORDS))
_RANGE_SEP_AT = re.compile(rf"\s*(?:{_alternation(RANGE_SEPARATORS)})\s*")
_SLASH_UNIT = re.compile(rf"/({_UNIT})")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」")
_TRAILING = "。.;；,，、!！ \t\u3000"
_SEGMENT_SPLIT = re.compile(r"[,，;；、]")
_MODIFIER = f"(?:{_alternation(MODIFIERS)})?"
_GRADE_RE = re.compile(rf"^{_MODIFIER}(?P<grade>{_alternation(GRADES)})(?P<suffix>及以上|以上)?$")
_DIRECTION_RE = re.compile(rf"^{_MODIFIER}(?P<dir>{_alternation(DIRECTIONS)})$")
# A short clause that ends in a direction: 社区管理和服务水平提高.
_ENDS_IN_DIRECTION = re.compile(rf"^[^,;:，；]{{0,18}}?(?P<dir>{_alternation(DIRECTIONS)})$")
_PURE_QUANTITY = re.compile(
    rf"^(?:(?P<cmp>{_alternation(PREFIX_COMPARATORS)}))?\d+(?:\.\d+)?{_UNIT}(?P<noun>[\u4e00-\u9fff]{{0,6}})$"
)


def chinese_numeral(text: str) -> int | None:
    """``"一万二千"`` → 12000, ``"十五"`` → 15; None when ``text`` is no numeral.

    A numeral needs a digit (一, 两 …) or to start with 十, so that 千米 and
    万元 stay units.
    """
    if not text or not (text[0] == "十" or any(ch in CN_DIGITS for ch in text)):
        return None
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch] if digit is None else digit * 10 + CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (digit or 1) * CN_SMALL[ch]  # 十五, and 一万零十一 with 零 before 十
            digit = None
        elif ch in CN_LARGE:
            group = section + (digit or 0)
            total = total * CN_LARGE[ch] if group == 0 else total + group * CN_LARGE[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


@attrs.frozen
class _Mention:
    """One number in the text, with what stands around it."""

    start: int
    end: int  # after the unit
    value: Decimal
    unit: str | None


def _mentions(text: str) -> list[_Mention]:
    """Every number mention in ``text`` except the years of dates."""
    dates = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    found: list[_Mention] = []
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in dates) or (found and m.start() < found[-1].end):
            continue
        unit: str | None = None
        end = m.end()
        if m.group("pct") is not None:
            raw, unit = m.group("pct"), "%"
        else:
            raw = m.group("arabic") or m.group("cn")
        if raw[0].isdigit():
            value = Decimal(raw.replace(",", ""))
        else:
            number = chinese_numeral(raw)
            if number is None:
                continue
            value = Decimal(number)
        if unit is None and raw[0].isdigit() and text[end : end + 1] in _MULTIPLIERS and not _UNIT_AT.match(text, end):
            # 1.2万人次, 5万: an arabic number with a Chinese multiplier (万元 is a unit of its own).
            after = end + 1
            if after == len(text) or _UNIT_AT.match(text, after) or _SUFFIX_AT.match(text, after):
                value *= _MULTIPLIERS[text[end]]
                end = after
        if unit is None:
            u = _UNIT_AT.match(text, end)
            if u:
                unit, end = UNITS[u.group()], u.end()
                slash = _SLASH_UNIT.match(text, end)
                if slash and "/" + slash.group(1) not in PER_WORDS:
                    unit, end = f"{unit}/{UNITS[slash.group(1)]}", slash.end()
        found.append(_Mention(m.start(), end, value, unit))
    return found


def _per(text: str) -> Per | None:
    m = _PER_ANY.search(text)
    return PER_WORDS[m.group()] if m else None


def _quantity(text: str, raw: str) -> Target | None:
    """A single quantity or range, alone or inside a phrase."""
    mentions = _mentions(text)
    if not mentions and _WHOLE_CN_NUMERAL.fullmatch(text):
        number = chinese_numeral(text)
        if number is not None:
            return Target(raw, kind="quantity", comparator="=", value=Decimal(number))
    if len(mentions) == 2:
        first, second = mentions
        between = _RANGE_SEP_AT.fullmatch(text, first.end, second.start)
        if between and (first.unit is None or second.unit is None or first.unit == second.unit):
            return Target(
                raw,
                kind="range",
                comparator="between",
                value=first.value,
                value_max=second.value,
                unit=second.unit or first.unit,
                per=_per(text),
            )
        return None
    if len(mentions) != 1:
        return None
    (mention,) = mentions
    comparator: Comparator = "="
    prefix = _PREFIX_AT_END.search(text, max(0, mention.start - 8), mention.start)
    suffix = _SUFFIX_AT.match(text, mention.end)
    if prefix:
        comparator = PREFIX_COMPARATORS[prefix.group("cmp")]
    elif suffix:
        comparator = SUFFIX_COMPARATORS[suffix.group("cmp")]
    return Target(raw, kind="quantity", comparator=comparator, value=mention.value, unit=mention.unit, per=_per(text))


def _composite(text: str, raw: str) -> Target | None:
    """Several quantities listed: 6名站长，36名队员."""
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s]
    if len(segments) < 2 or not all(_PURE_QUANTITY.match(s) for s in segments):
        return None
    parts = []
    for segment in segments:
        part = _quantity(segment, segment)
        if part is None:
            return None
        noun = _PURE_QUANTITY.match(segment).group("noun")  # type: ignore[union-attr]
        parts.append(attrs.evolve(part, label=noun or None))
    return Target(raw, kind="composite", parts=tuple(parts))


def _iso_date(m: re.Match[str]) -> str:
    """A matched date in ISO 8601: 2023-12-31, 2024-06, or --12-31 with no year."""
    year, month, day = m.group("y"), m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
    iso = year or "-"
    iso += f"-{int(month):02d}" if month else ""
    iso += f"-{int(day):02d}" if day else ""
    return iso


def _timeframe(text: str, raw: str) -> Target | None:
    if text in TIMEFRAMES:
        return Target(raw, kind="timeframe", label=text)
    m = _DATE.search(text)
    if not m or _mentions(text):
        return None
    around = _DEADLINE.fullmatch(text[: m.start()] + text[m.end() :])
    if around is None:
        return None
    label = text[: m.start()] + _iso_date(m) + text[m.end() :]
    by = re.search(r"底|末|前|止|内", text[m.end() :])
    return Target(raw, kind="timeframe", comparator="<=" if by else None, label=label)


def _read(raw: str) -> Target:
    text = raw.translate(FOLD)
    text = re.sub(r"\s+", "", text).strip(_TRAILING)
    if not text:
        return Target(raw, kind="empty")
    bare = text.translate(_QUOTES)

    found = _timeframe(bare, raw)
    if found:
        return found
    if AS_ACTUAL.match(bare):
        return Target(raw, kind="qualitative", label="按实际")
    m = ZERO_CLAIM.match(bare)
    if m:
        return Target(raw, kind="quantity", comparator="=", value=Decimal(0), label=m.group(1))
    m = _GRADE_RE.match(bare)
    if m:
        return Target(raw, kind="qualitative", comparator=">=" if m.group("suffix") else None, label=m.group("grade"))
    m = _DIRECTION_RE.match(bare) or _ENDS_IN_DIRECTION.match(bare)
    if m:
        return Target(raw, kind="direction", direction=DIRECTIONS[m.group("dir")])
    plain = BRACKET_NOTE.sub("", text) or text
    return _composite(plain, raw) or _quantity(plain, raw) or Target(raw, kind="text")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> Target:
    """Normalize one target value, e.g. ``"每年至少24次"`` → ≥ 24 次 per year.

    Returns a :class:`Target` whose ``raw`` is ``text`` as given. Values repeat
    heavily in real documents, so results are memoized (Targets are immutable).
    """
    return _read(text)
