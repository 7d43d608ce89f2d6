"""The target normalizer: a value text (指标值) to comparator, quantity, unit, period, date or grade.

Precision first. A value is read only when every character of it is accounted
for by the target grammar below; anything else stays kind ``"text"`` with the
value kept in ``raw``. The grammar is table-driven: the word tables at the top
are its terminals, the ``P_*`` patterns built from them are its productions,
and :data:`FORMS` lists the forms of a whole value, tried in order (the first
that accounts for the whole value and passes its checks wins). The README's
list of accepted forms is generated from :data:`FORMS` (:func:`forms_markdown`).

Why regular expressions and not Lark: a value is a few characters, and Lark's
per-call overhead alone (about 30,000 calls/s for a five-terminal LALR grammar
on this project's machine) is below the throughput floor of 50,000 values/s.

Meaning rules (../shared/DOMAIN.md): 以上、以下、以内 include the number;
超过、不满、以外 exclude it; a bare number is ``=``. 万 and 亿 written after a
number belong to the unit and the number stays as written (``5万元`` → 5
万元, ``1.2万人次`` → 1.2 万人次, ``0.5亿`` → 0.5 亿), for money and counts
alike; a Chinese numeral keeps a 万 or 亿 inside it (``一万二千元`` → 12000 元).

:func:`normalize` never raises.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

import attrs

from .fold import fold
from .nodes import Comparator, Direction, Kind, Per, Target

# ----------------------------------------------------------------- terminals: word tables


# Comparator words written before the number: 不少于90%, ≥85%.
PREFIX_COMPARATORS: dict[str, Comparator] = {
    "大于或等于": ">=",
    "大于等于": ">=",
    "高于或等于": ">=",
    "高于等于": ">=",
    "不少于": ">=",
    "不低于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "最少": ">=",
    # (a rule's wording: 不得低于92%, 不应少于5次)
    **{f"{must}{word}": ">=" for must in ("不得", "不应", "不能") for word in ("低于", "少于", "小于")},
    "最低": ">=",
    "≥": ">=",
    "≧": ">=",
    "≮": ">=",  # (not less than)
    ">=": ">=",
    "=>": ">=",
    "⩾": ">=",
    "小于或等于": "<=",
    "小于等于": "<=",
    "低于或等于": "<=",
    "低于等于": "<=",
    "不超过": "<=",
    "不多于": "<=",
    "不高于": "<=",
    "不大于": "<=",
    "不突破": "<=",  # (a budget's ceiling: 不突破38万元)
    "不超出": "<=",
    **{
        f"{must}{word}": "<="
        for must in ("不得", "不应", "不能")
        for word in ("高于", "超过", "多于", "大于", "突破", "超出")
    },
    "最多": "<=",
    "至多": "<=",
    "最高": "<=",
    "≤": "<=",
    "≦": "<=",
    "≯": "<=",  # (not more than)
    "<=": "<=",
    "=<": "<=",
    "⩽": "<=",
    "超过": ">",
    "突破": ">",  # (突破10万次: more than)
    "超": ">",
    "逾": ">",
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
PREFIX_FILLERS = ("为", "达到", "达", "需要", "需", "要", "有", "开展", "完成", "举办", "组织", "提供", "培训")

# Comparator words written after the number (and its unit): 90%以上, 5件以下, 5公里以外.
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
    "以外": ">",
    "之外": ">",
}
# Notes in brackets after a number: (含) keeps the comparator, (不含) makes it strict.
NOTE_INCLUSIVE = re.compile(r"\(含[^()]*\)")
NOTE_EXCLUSIVE = re.compile(r"\(不含[^()]*\)")

# Approximations: 约100人, 100人左右 stay "=" with ``approximate``; 100余人, 100多人, 10万+ (a web count) mean
# more than the number.
APPROX_BEFORE = ("大约", "约", "将近", "接近", "近")
APPROX_AFTER = ("左右", "上下")  # (80人次上下: about 80)
MORE_THAN = ("余", "多", "+")

# Range separators: 85%-90%, 85%～90%, 85%至90%, 三到五次 (en and em dashes fold to "-").
RANGE_SEPARATORS = ("-", "~", "至", "到")
# Joiners of two bounds: ≥80%且≤90%, 不低于80%，不高于90%.
BOUND_JOINERS = ("且", "并且", "同时", ",", ";", "、", "和")

# Units, the value is the common form.
UNITS: dict[str, str] = {
    "%": "%",
    "‰": "‰",
    "百分比": "%",
    "百分点": "百分点",
    "个百分点": "百分点",
    "平方公里": "平方公里",
    "平方千米": "平方公里",
    "km²": "平方公里",
    "km2": "平方公里",
    "平方米": "平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "m²": "平方米",
    "m2": "平方米",
    "立方米": "立方米",
    "方": "立方米",
    "m³": "立方米",
    "m3": "立方米",
    "车公里": "车公里",
    "公里": "公里",
    "千米": "公里",
    "km": "公里",
    "KM": "公里",
    "Km": "公里",
    "米": "米",
    "延米": "延米",  # linear metres (of a joint, a pipe): a length of its own
    "m": "米",
    "M": "米",
    "厘米": "厘米",
    "cm": "厘米",
    "毫米": "毫米",
    "mm": "毫米",
    "亩": "亩",
    "亩次": "亩次",  # (an area worked once counted each time: 800亩次 of spraying)
    "公顷": "公顷",
    "hm²": "公顷",
    "hm2": "公顷",
    "亿元": "亿元",
    "万元": "万元",
    "元": "元",
    # foreign currencies, an investment's or a trade's (5000万美元以上, 1.2亿美元: not 1.2 亿 and a noun 美元)
    **{
        f"{scale}{currency}": f"{scale}{currency}"
        for scale in ("", "万", "亿")
        for currency in ("美元", "欧元", "港元", "日元")
    },
    "展次": "展次",  # (trade fairs attended: 不少于10展次)
    "人次": "人次",
    "人份": "人份",  # (samples or doses, one a person: 0.8万人份, not 0.8 万人 and words 份)
    "家次": "家次",
    "项次": "项次",  # (inspections counted by item each time: ≥320项次)
    "处次": "处次",  # (repairs counted by place each time: 不少于45处次)
    "户次": "户次",
    "节次": "节次",
    "批次": "批次",
    "场次": "场次",
    "台次": "台次",
    "车次": "车次",
    # (inspections counted by the place checked each time: 不少于48矿次, 120企次, 60船次)
    "矿次": "矿次",
    "企次": "企次",
    "船次": "船次",
    "校次": "校次",
    "村次": "村次",
    "单位": "单位",  # (of blood: 200 毫升 of whole blood, 采血9,000单位)
    "班次": "班次",
    "架次": "架次",
    "册次": "册次",
    "件次": "件次",
    "份次": "份次",
    "餐次": "餐次",  # (meals served, counted one a sitting: 助餐服务≥3.6万餐次)
    "课次": "课次",
    "个月": "个月",
    "个工作日": "工作日",
    "个小时": "小时",
    "小时": "小时",
    "h": "小时",
    "分钟": "分钟",
    "min": "分钟",
    "秒": "秒",
    "s": "秒",  # (≤2s: a response time)
    "毫秒": "毫秒",
    "ms": "毫秒",
    "课时": "课时",
    "学时": "学时",
    "讲": "讲",  # (lectures of a series: 十二讲, 6讲)
    "工作日": "工作日",
    "个": "个",
    "项": "项",
    "场": "场",
    "件": "件",
    "人": "人",
    "户": "户",
    "台": "台",
    "台套": "台套",  # (sets of equipment: 12台套, a measure of its own, not 12台 and a noun 套)
    "支": "支",
    "天": "天",
    "日": "天",
    "周": "周",
    "年": "年",
    "次": "次",
    "遍": "遍",  # (times over: 统防统治2遍/年)
    "份": "份",
    "餐": "餐",  # (a meal: ≤5元/餐, 每日供餐300餐)
    "名": "名",
    "本": "本",
    "册": "册",
    "页": "页",
    "叶": "叶",  # (a leaf of an old book, two pages: 修复古籍120叶)
    "片": "片",
    "羽": "羽",
    "期": "期",
    "笔": "笔",  # (of loans, payments: 受理助学贷款2000笔)
    "所": "所",
    "家": "家",
    "处": "处",
    "条": "条",
    "篇": "篇",
    "篇次": "篇次",  # (reports published, counted by issue: ≥6篇次)
    "套": "套",
    "辆": "辆",
    "座": "座",
    "孔": "孔",  # (of cave dwellings, arches: 修缮窑洞40孔)
    # (counters of things, as tables count them: 雕像3尊, 马12匹, 伞30把, 大棚20棚, 路灯杆40杆 …; not 基, 道,
    # 集, 群, 包, which start words after a number: 2018基层, 3000群众)
    "尊": "尊",
    "匹": "匹",
    "把": "把",
    "罐": "罐",
    "桶": "桶",
    "颗": "颗",
    "粒": "粒",
    "窝": "窝",
    "棚": "棚",
    "杆": "杆",
    "樘": "樘",
    "榀": "榀",
    "跨": "跨",
    "趟": "趟",
    "盆": "盆",
    "丛": "丛",
    "墩": "墩",
    "锭": "锭",  # (ink sticks, spindles: 油烟墨500锭)
    "诊次": "诊次",
    "例次": "例次",
    "株次": "株次",
    "头次": "头次",
    "羽次": "羽次",
    "门次": "门次",
    "期次": "期次",
    "天次": "天次",
    "人日": "人日",
    "工日": "工日",
    "个工日": "工日",  # (30个工日: 30 workdays, 个 the measure word before them)
    "床日": "床日",
    "标准箱": "标准箱",
    "标箱": "标箱",
    "点位": "点位",
    "峰": "峰",  # (of camels: 骆驼200峰)
    "面": "面",  # (of flags, boards: 标识牌45面)
    "座次": "座次",  # (雨水口清掏4.8万座次: each inlet, each time)
    "对": "对",  # (pairs: 婚姻登记3,200对)
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
    "t": "吨",
    "公斤": "公斤",
    "千克": "公斤",
    "kg": "公斤",
    "克": "克",
    "g": "克",
    "斤": "斤",
    "节": "节",
    "轮": "轮",
    "轮次": "轮次",  # (rounds of training or drills, each counted: 4轮次/年)
    "类": "类",
    "队": "队",
    "组": "组",
    "床": "床",
    "块": "块",
    "分": "分",
    "村": "村",
    "个点": "个",
    "千瓦": "千瓦",
    "kW": "千瓦",
    "千升": "千升",  # (a unit of its own, not 千 × 升: 800千升 is 800 kilolitres)
    "kL": "千升",
    "千伏": "千伏",  # (10千伏线路)
    "kV": "千伏",
    "MPa": "兆帕",
    "kPa": "千帕",
    "兆帕": "兆帕",
    "千帕": "千帕",
    "KW": "千瓦",
    "kw": "千瓦",
    "千瓦时": "千瓦时",
    "Wh": "瓦时",  # (of a battery's energy: ≤0.3元/Wh)
    "瓦时": "瓦时",
    "MWh": "兆瓦时",
    "兆瓦时": "兆瓦时",
    "MW": "兆瓦",
    "兆瓦": "兆瓦",
    "kWh": "千瓦时",
    "kW·h": "千瓦时",  # (a kilowatt-hour written with its dot: ≥52万kW·h, not 52万 kW and words ·h)
    "kw·h": "千瓦时",
    "KW·h": "千瓦时",
    "千瓦·时": "千瓦时",
    "度": "千瓦时",
    "分贝": "分贝",
    "dB": "分贝",
    "dB(A)": "分贝(A)",
    "分贝(A)": "分贝(A)",
    "db": "分贝",
    "mg/L": "毫克/升",
    "μSv/h": "微希沃特/小时",  # (a dose rate: ≤2.5μSv/h)
    "uSv/h": "微希沃特/小时",
    "微希沃特/小时": "微希沃特/小时",
    "mg/l": "毫克/升",
    "毫克/升": "毫克/升",
    "mg/kg": "毫克/公斤",
    "毫克/公斤": "毫克/公斤",
    "毫克/千克": "毫克/公斤",
    "μg/L": "微克/升",  # (a concentration in water: 100-299μg/L)
    "ug/L": "微克/升",
    "微克/升": "微克/升",
    "mg/m³": "毫克/立方米",  # (a concentration in air: 氨气浓度≤0.3mg/m³)
    "mg/m3": "毫克/立方米",
    "毫克/立方米": "毫克/立方米",
    "g/cm³": "克/立方厘米",  # (a density: 雪面压实密度0.45-0.55g/cm³)
    "g/cm3": "克/立方厘米",
    "克/立方厘米": "克/立方厘米",
    "Ω": "欧姆",  # (a resistance: 接地电阻≤4Ω)
    "欧姆": "欧姆",
    "MΩ": "兆欧",
    "兆欧": "兆欧",
    "头份": "头份",  # (a vaccine's doses, by the animals they serve: ≤3.8元/头份)
    "μg/m³": "微克/立方米",
    "μg/m3": "微克/立方米",
    "ug/m3": "微克/立方米",
    "微克/立方米": "微克/立方米",
    "升": "升",
    "L": "升",
    "L/s": "升/秒",
    "升/秒": "升/秒",
    "瓦": "瓦",
    "W": "瓦",
    "lx": "勒克斯",
    "勒克斯": "勒克斯",
    "TB": "TB",
    "dpi": "dpi",
    "画幅": "画幅",
    "毫升": "毫升",
    "mL": "毫升",
    "ml": "毫升",
    "辆次": "辆次",
    "艘": "艘",
    "艘次": "艘次",
    "条次": "条次",
    "航次": "航次",
    "架": "架",
    "架时": "架时",  # (an aircraft's flying hours: 航空巡护飞行不少于900架时, ≤3.2万元/架时)
    "卡时": "卡时",  # (a computing card's hours: 单位算力调度服务费≤0.6元/卡时)
    "顶": "顶",
    "头": "头",
    "尾": "尾",  # (fish, counted by the tail: 增殖放流苗种≥500万尾)
    "剂": "剂",  # (doses: 冷冻精液生产3万剂以上)
    "剂次": "剂次",  # (doses given: 接种疫苗约9.6万剂次)
    "窟": "窟",  # (caves of a grotto: 壁画数字化采集二十窟)
    "空方": "空方",  # (an artificial reef's outer volume: 投放人工鱼礁2.4万空方, ≤650元/空方)
    "通": "通",  # (steles, counted so: 迁移保护散存碑刻40通)
    "款": "款",  # (designs or models of a product: 开发竹编文创产品十五款)
    "届": "届",  # (editions of a recurring event: 蜜柚采摘节1届)
    "刀": "刀",  # (paper, a hundred sheets a 刀: 生产宣纸5000刀)
    "棒": "棒",  # (mushroom logs: 生产菌棒1,200万棒)
    "盘": "盘",  # (tapes, reels: 磁带数字化1800盘)
    "班": "班",  # (runs of a ferry or a bus, classes: 每周不少于三班)
    "所次": "所次",  # (schools visited, each time: 宣传进校园≥30所次)
    "只": "只",
    "盏": "盏",
    "根": "根",
    "部": "部",
    "门": "门",
    "位": "位",
    "岗": "岗",
    "栋": "栋",
    "幢": "幢",
    "站": "站",
    "校": "校",
    "镇": "镇",
    "层": "层",
    "倍": "倍",
    "周岁": "周岁",
    "岁": "岁",
    # (classifiers that follow a count and nothing else: 12段 河道, 300卷 档案, 6口 井, 50面 旗)
    "段": "段",
    "卷": "卷",
    "箱": "箱",
    "袋": "袋",
    "瓶": "瓶",
    "盒": "盒",
    "具": "具",
    "枚": "枚",
    "幅": "幅",
    "封": "封",  # (letters, as an archive counts them: 侨批4,800封)
    "首": "首",
    "双": "双",
    "副": "副",
    "口": "口",
    "眼": "眼",
    "扇": "扇",
    "字": "字",  # (万字: a book's length)
    "路": "路",  # (video channels, bus lines: 监控点位90路)
    "成": "成",  # (tenths: 九成以上)
    "℃": "℃",
    "°C": "℃",
    "摄氏度": "℃",
    "°": "°",  # (an angle: 测向精度≤5°)
    "°Brix": "°Brix",  # (a fruit's sugar content, degrees Brix: 可溶性固形物≥14°Brix)
}
# The second part of a compound unit written with a dot or star: 元/人·月, 元/人.月, 元/人*月 → 元/人·月.
COMPOUND_SECONDS = {"月": "月", "年": "年", "天": "天", "日": "天", "次": "次", "人": "人", "餐": "餐", "学期": "学期"}
# Units only of a share's second part, after a slash (元/生: a cost per student; 生 after a number is no unit).
DENOMINATOR_UNITS = {"生": "生"}

# Periods: 每年至少24次, 年均5场, 24次/年, 24次每年, m³/d.
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
    "/d": "day",
}
# A period written as the whole value: 按月 (monthly).
BY_PERIOD: dict[str, Per] = {
    "按年": "year",
    "按年度": "year",
    "按季": "quarter",
    "按季度": "quarter",
    "按月": "month",
    "按月度": "month",
    "按周": "week",
    "按日": "day",
    "按天": "day",
    "每年": "year",
    "每季度": "quarter",
    "每月": "month",
    "每周": "week",
    "每天": "day",
    "每日": "day",
}

# Verbs after a period word: 按季度开展.
PERIODIC_VERBS = (
    "开展",
    "比对",  # (data matched: 按月比对)
    "进行",
    "实施",
    "检查",
    "巡查",
    "发放",
    "报送",
    "统计",
    "考核",
    "结算",
    "支付",
    "拨付",
    "更新",
    "兑付",
    "上报",
    "公示",
    "通报",
    "核查",
    "巡检",
    "维护",
    "评估",
    "发布",
)

# Qualitative grades and states.
GRADES = (
    "优秀",
    "巩固",  # (持续巩固)
    "解决",  # (基本解决)
    "通过",  # (a test passed: 测评通过)
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
    "真实",
    "完整",
    "浓厚",
    "到位",
    "有效",
    "全覆盖",
    "正常开展",
    "正常运行",
    "正常运转",
    "按时完成",
    "如期完成",
    "已完成",
    "按计划完成",
    "按要求完成",
    "符合要求",
    "符合标准",
    "是",
    "否",
    "有",
    "较高",
    "高",
    "显著",
    "明显",
    "充分",
    "长效",
    "全部完成",
    "消除",  # (a hazard: 全部消除)
    "挂牌",  # (trees or sites marked: 全部挂牌)
    "形成常态",  # (a practice made routine)
    "出台实施",  # (a rule issued and in force; 出台并实施 too)
    "出台并实施",
    "基本满意",
    "较满意",
    "比较满意",
    "非常满意",
    "优",
    "良",
    "中",
    "好",
    "安全",
    "畅通",
    "完好",
    "完善",
    "健全",
    "按时",
    "便利",  # (出行便利)
    "有保障",  # (住房安全有保障)
    # (effectively done, as blind readers read them: 有效保护 qualitative with no doubt; 有效保障 and 有效促进 stay
    # text, as the seed's gold reads them)
    "有效保护",
    "有效预防",
    "有效传承",
    "有效防控",
    "可控",  # (risks under control: 总体可控, 风险可控)
)
# Grade words that a short subject may precede: 设备运转正常, 账表相符, 效果显著.
STATE_WORDS = (
    "正常",
    "满意",
    "相符",
    "显著",
    "明显",
    "良好",
    "合格",
    "达标",
    "合规",
    "及时",
    "到位",
    "规范",
    "完好",
    "畅通",
    "准确",
    "完善",
    "健全",
    "有效",
    "安全",
    "优良",
    "较好",
    "较高",
    "全覆盖",
    "浓厚",
    "便利",
    "有保障",
    "可控",
)
# Whole-value phrases of effect and compliance (效益 and 成本 indicators).
EFFECTS = (
    "达到预期目标",
    "达到预期效果",
    "达到预期",
    "达到预期标准",
    "达到预定目标",
    "符合国家规定",
    "符合国家标准",
    "符合规定",
    "符合相关规定",
    "符合相关标准",
    "符合相关要求",
    "符合国家相关规定",
    "符合国家有关规定",
    "符合预期",
    "未超出预算",
    "未超预算",
    "未发生",
    "充分发挥",
    "有效发挥",
    "较好发挥",
    "得到发挥",
    "有效落实",
    "全面落实",
    "当场办结",
    "即时办结",
    "当场出具",  # (a certificate issued on the spot)
    "当场办理",
    "立即报告",  # (a case reported at once)
    "依法送达",  # (documents served as the law requires)
    "全面实现",
    "长效运行",
    "稳定运行",
    "常态化运行",
    "常态化开展",
    "最多跑一次",  # (the service reform's slogan: one trip at most)
    "全面推开",
    "全面推广",  # (spread to all: how far, as 全面推开; 逐步推广 is a direction)
    "有效遏制",
    "有效运行",
    "有效运转",
    "守牢",  # (a line held: 耕地保护红线 守牢)
    "守住",
    "不减少",  # (no less than before: 永久基本农田保护面积 不减少)
    "不降低",
    "不下降",
    "得到有效遏制",
    "不超预算",
    "不超出预算",
    "不超过预算",
    "控制在预算范围内",
    "控制在预算内",
    "在预算范围内",
    "预算范围内",
    "按时完成",
    "按期完成",
    "一次性通过",
    "按时足额发放",
    "足额发放",
    "及时发放",
    "及时足额发放",
    "应收尽收",
    "一次验收合格",
    "一次性验收合格",
    "一次验收通过",
    # (work carried forward, no quantity: 稳步推进)
    *(f"{how}推进" for how in ("稳步", "有序", "持续", "全面", "顺利", "按计划", "按期", "扎实")),
    # (rights or results kept up: 得到有效维护, 得到及时解决)
    *(f"得到{how}{verb}" for how in ("", "有效", "及时", "妥善") for verb in ("维护", "保障", "保护", "落实", "解决")),
)
# A grade on a scale: A级, AAA级, 4A级, 三星级, 二级; and the scale itself.
GRADE_SCALES = ("优良中低差", "优良中差", "优良差", "优良中", "好中差", "ABCD")
# Words that may qualify a grade or a direction: 有效提升, 比往年下降.
MODIFIERS = (
    "有效",
    "明显",
    "显著",
    "持续",
    "逐步",
    "进一步",
    "稳步",
    "稳定",  # (稳定增长: as 稳步)
    "不断",
    "大幅",
    "有所",
    "逐年",
    "全面",
    "切实",
    "得到",
    "实现",  # (实现全覆盖)
    "较大",
    "大力",
    "积极",
    "稳中有",
    "稳中",  # (稳中向好: 稳中 qualifies the direction, no subject of it)
    "日益",
    "日趋",  # (日趋完善: as 日益)
    "更加",
    "长期",
)
# How far a state stands, before it (基本健全, 初步建立): no direction.
EXTENTS = ("基本", "初步", "全面", "全部")
# Baselines of a change: 较上年增长5%, 同比下降3个百分点.
BASELINES = (
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比上年度",
    "较上年度",
    "比往年",
    "较往年",
    "较去年",
    "比去年",
    "较上期",
    "比上期",
    "较基期",
    "较项目实施前",  # (the state before the project: 较项目实施前提升)
    "与上年相比",
    "与去年相比",
    "年均",
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
    "拓展": "increase",  # (channels widened: 持续拓展)
    "优化": "increase",
    "下降": "decrease",
    "减少": "decrease",
    "降低": "decrease",
    "丰富": "increase",  # (进一步丰富)
    "向好": "increase",  # (持续向好)
    "壮大": "increase",  # (逐年壮大)
    "延长": "increase",  # (a service life: 有效延长)
    "延伸": "increase",  # (a chain extended: 产业链条进一步延伸)
    "缩短": "decrease",
    "减轻": "decrease",
    "压缩": "decrease",
    "稳定": "maintain",
    "保持": "maintain",
    "持平": "maintain",
    "维持": "maintain",
    "保持稳定": "maintain",
    "平稳": "maintain",
    "保持平稳": "maintain",
    "稳中有升": "increase",  # (steady, and rising)
    "稳中有降": "decrease",
}
# Verbs of improvement that are directions only after a modifier: 进一步规范, 逐步完善.
MODIFIED_DIRECTIONS: dict[str, Direction] = {
    "规范": "increase",
    "完善": "increase",
    "健全": "increase",
    "缓解": "decrease",  # (a problem relieved: 有效缓解, 逐步缓解)
    "推广": "increase",  # (a practice spread: 逐步推广; alone it ends names, 茶树良种苗木推广)
    "牢固": "increase",  # (a foundation firmer: 更加牢固, 进一步稳固)
    "稳固": "increase",
}
# Words of change before the quantity of change: 增长5%, 降幅10%.
CHANGE_WORDS: dict[str, Direction] = {
    **{w: d for w, d in DIRECTIONS.items() if d != "maintain"},
    "增幅": "increase",
    "涨幅": "increase",
    "增速": "increase",
    "降幅": "decrease",
    "减幅": "decrease",
}
# Words of change to a level: 降至5%, 提高到95%, 保持在90%以上 (a quantity with a direction).
TO_LEVEL: dict[str, Direction] = {
    **{w + to: d for w, d in CHANGE_WORDS.items() for to in ("至", "到")},
    "降至": "decrease",
    "降到": "decrease",
    "减至": "decrease",
    "增至": "increase",
    "升至": "increase",
    "提至": "increase",
    "保持在": "maintain",
    "维持在": "maintain",
    "稳定在": "maintain",
}

# Timeframes: the 实施周期 of tianhe cells is almost always 全年.
_TIMEFRAME_WORDS = (
    "长期",
    "中长期",
    "短期",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "年中",
    "全年",
    "全年度",
    "年度",
    "本年度",
    "本年",
    "当年",
    "年内",
    "年内完成",
    "年底前",
    "年末前",
    "年底",
    "年末",
    "年底完成",
    "年底前完成",
    "上半年",
    "下半年",
    "及时",
    "按期",
    "当期",
    "项目周期内",
    "实施期内",
)
TIMEFRAMES: tuple[str, ...] = tuple(t for t in _TIMEFRAME_WORDS if t not in GRADES)
# Verbs a deadline may end with: 9月底到位, 2024年底前完成.
DEADLINE_VERBS = (
    "完成",
    "到位",
    "结束",
    "实现",
    "落实",
    "竣工",
    "完工",
    "启动",
    "开工",
    "实施",
    "上线",
    "交付",
    "办结",
    "验收",
    "支付",
    "拨付",
    "发放",
    "建成",
    "报送",  # (a report: 每季度末前报送)
    "上报",
    "提交",
)

# Words that may qualify a deadline's verb: 2025年底前全部完成.
DEADLINE_MODIFIERS = ("全部", "全面", "如期", "按时", "按期", "顺利")

# Whose share a per-head amount is: 每人每年10元 is 10 元/人 a year, 人均1000元 is 1000 元/人.
PER_HEAD: dict[str, str] = {
    "每人": "人",
    "人均": "人",
    "每人次": "人次",
    "每人每次": "人次",
    "每户": "户",
    "户均": "户",
    "每亩": "亩",
    "亩均": "亩",
    "每艘": "艘",
    "每吨": "吨",
    "每台": "台",
    "每套": "套",
    "每公里": "公里",
    "每平方米": "平方米",
}
# Verbs between a per-head word and its amount (户均增收800元: 800 元/户; 亩均节本增效50元: 50 元/亩).
HEAD_VERBS = ("增收", "增加", "减少", "节约", "降低", "节本增效", "增效", "增产", "补贴", "补助")
# Averages, not rates, when the unit measures an intensity: PM2.5年均浓度≤35μg/m³ is an annual mean, not per year.
AVERAGE_WORDS = ("年均", "季均", "月均", "周均", "日均")

# "As actual": no target is set in advance (按实际整改数).
AS_ACTUAL = re.compile(r"(?:(?:按|依|根据)实际|据实)[^\d]{0,12}")

# Zero claims: 零事故, 无重大安全事故, 未发生安全事故 are quantity 0 with the noun as label.
ZERO_NOUNS = (
    "增长",  # (零增长: none at all)
    "泄露",  # (零泄露)
    "泄漏",
    "泄密",
    "疫情",
    "故障",
    "丢失",
    "损毁",
    "流失",  # (零流失: nothing lost)
    "事故",
    "事件",
    "投诉",
    "发生",
    "差错",
    "伤亡",
    "死亡",
    "违规",
    "违纪",
    "案件",
    "上访",
    "失误",
    "火灾",
    "污染",
    "感染",
    "延误",
    "拖欠",
    "纠纷",
    "损失",
    "通报",
    "问责",
    "处罚",
    "超支",
    "隐患",
    "舆情",
    "错误",
    "遗漏",
    "返工",
    "欠薪",
    "漏报",
    "缺陷",
    "风险",
    "病例",  # (无狂犬病死亡病例: no case at all)
)

# Placeholders meaning "no value": dashes and slashes of every width (folded), 无, …
PLACEHOLDER = re.compile(r"[-/\\_~·…*.]+|无|暂无|空|/无|无/|N/A|n/a|NA")

# Numbers inside names are never targets; these names may stand in a subject: 96333热线, 5G, PM2.5, 4K, 3D,
# a standard's code (GB 5749-2022, GB/T 50378), a name's marker (指标1:).
NAME_TOKENS = (
    r"PM2\.5",
    r"PM10",
    r"\d{3,}(?:服务)?热线",
    r"\d[GKD](?![a-zA-Z])",
    r"(?:19|20)\d\d年度?",
    r"GB(?:/T)?[ ]?\d{3,5}(?!\d)(?:[-—－]\d{4}(?!\d))?",
    r"指标\d{1,2}[:：]",
)
# Words with numeral characters that are no numbers: 一般, 统一 (numeral characters are otherwise kept out of subjects).
NUMERAL_WORDS = (
    # (not 一般: a hedge makes a sentence a description, not a target: 一般至少需要3次)
    "统一",
    "一站式",
    "一体化",
    "一线",
    "百姓",
    "千家万户",
    "万家",
    "一对一",
    "一户一",
    "单一",
    "万一",
)

# Nouns that hold a meaning character without its meaning (超 of 超过, 无 of 无): words in a subject.
PLAIN_NOUNS = ("超市", "后勤", "非遗", "非物质", "无障碍", "无人机", "不动产", "前台", "比例", "比率", "无线")

# Chinese numerals.
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10**4, "亿": 10**8}

# ----------------------------------------------------------------- productions built from the tables


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _group(name: str, words) -> str:
    return f"(?P<{name}>{_alternation(words)})"


_CJK = "\u4e00-\u9fff"
CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
P_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
P_CN = f"[{CN_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?"
P_UNIT = _alternation(UNITS)
P_PER = _alternation(PER_WORDS)
P_NAME = "|".join(NAME_TOKENS)
# Context: whole clauses before the one that holds the number, with no digits: 对…整改，整改率100%.
P_CONTEXT = r"[^\d]*[,。;；!?！？:]"


# Subjects, objects and context must not hide a word that changes the meaning of the number next to them.
_MEANING_WORDS = (
    *PREFIX_COMPARATORS,
    *(w for w in SUFFIX_COMPARATORS if w != "内"),
    *PER_WORDS,
    *CHANGE_WORDS,
    *TO_LEVEL,
    *BASELINES,
    *APPROX_BEFORE,
    *APPROX_AFTER,
    "超出",
    # periods with no ``Per`` value: 每学期2次 is no "2 次"
    "半年",
    "半月",
    "学期",
    "每届",
    "每旬",
    "隔周",
    "隔月",
    "隔年",
    "双周",
    "双月",
    # words that hold an approximation character without being one: 节约10% is no "about 10%"
    "节约",
    "制约",
    "预约",
    "签约",
    "合约",
    "集约",
    "约定",
    "约束",
    "最近",
    "附近",
    "近期",
    "临近",
    "就近",
    "上限",
    "下限",
    "排名",
    "基本",
    "部分",
    "力争",
    "争取",
)
_FORBIDDEN = re.compile(f"{_alternation(_MEANING_WORDS)}|[较比](?:19|20)\\d\\d年|[不未无非没勿免禁否前后第]")
# A subject or object: words with no digits (except in the names above), no numerals (except in the words
# above), no sentence punctuation and no word that changes the meaning of the number next to them.
_FIRST_CHARS = "".join(sorted({w[0] for w in _MEANING_WORDS} | set("不未无非没勿免禁否前后第")))
# (The look-ahead first checks the first character: most characters start no meaning word.)
P_WORD_CHAR = (
    rf"(?!(?=[{re.escape(_FIRST_CHARS)}])(?:{_FORBIDDEN.pattern}))(?![{CN_NUMERAL_CHARS}])[{_CJK}A-Za-z、()《》“”·:]"
)
P_WORDS = rf"(?:{P_NAME}|{_alternation(NUMERAL_WORDS)}|{_alternation(PLAIN_NOUNS)}|{P_WORD_CHAR})+"
# A context clause must not hold a quantity of its own: 共三次，每次2小时.
_CONTEXT_QUANTITY = re.compile(f"[{CN_NUMERAL_CHARS}]+(?:{P_UNIT})|[<>=≥≤%]")


def _number(tag: str = "") -> str:
    """One number: 85, 5,911.6, 百分之八十点五, 三分之二, 二点五; groups suffixed with ``tag``."""
    return (
        rf"(?<![A-Za-z])(?:百分之(?P<pct{tag}>百|{P_ARABIC}|{P_CN})"
        rf"|(?P<den{tag}>\d+|{P_CN})分之(?P<nom{tag}>\d+|{P_CN})"
        # (a minus sign where no number or word stands before it: ≤-18℃, not 2024-2025 or 5-8)
        # (of three digits at most before its point: -2021 after GB 2763 is a standard's year)
        rf"|(?P<neg{tag}>(?<![0-9A-Za-z{_CJK}.,])[-－−](?=[0-9]{{1,3}}(?![0-9,])))?(?P<arabic{tag}>{P_ARABIC})"
        rf"|(?P<cn{tag}>{P_CN}))"
    )


_PER_AFTER_SLASH = _alternation(w[1:] for w in PER_WORDS if w.startswith("/"))


def _unit(tag: str = "") -> str:
    """A unit after a number: 万/亿 (kept in the unit), 千 (multiplies), a unit (an alternative in brackets
    after it, kept: 只（羽）), a /unit, a ·second."""
    return (
        rf"(?P<early{tag}>{_alternation(MORE_THAN)}(?=[万亿千]))?(?P<mult{tag}>万|亿|千(?!米|克|瓦|帕|升|伏))?"
        rf"(?P<more{tag}>{_alternation(MORE_THAN)})?"
        rf"(?P<unit{tag}>{P_UNIT})?"
        # an alternative unit in brackets, as the tables print it (50万只（羽）以上): kept in the unit
        rf"(?:(?<=[{_CJK}])\((?P<alt{tag}>{P_UNIT})\))?"
        rf"(?:/(?!{_PER_AFTER_SLASH}(?![{_CJK}]))(?P<den_unit{tag}>{P_UNIT}|(?:{_alternation(DENOMINATOR_UNITS)})(?![{_CJK}])))?"
        rf"(?:[·.*]?(?P<second{tag}>{_alternation(COMPOUND_SECONDS)}))?"
        # a Latin unit ends where its letters do (200mq is no 200 米 and a q)
        r"(?:(?<![A-Za-z])|(?![A-Za-z]))"
    )


P_NOTE = r"\([^()]*\)"
_CMP_PRE = _alternation(PREFIX_COMPARATORS)
_CMP_SUF = _alternation(SUFFIX_COMPARATORS)

# One quantity clause: [context] [subject] [period] [words] [约] [comparator [filler]] number [余] unit [左右]
# [(note)] [以上] [(note)] [period] [object].
P_QUANTITY = (
    rf"(?P<context>{P_CONTEXT})?(?P<subject>{P_WORDS})?(?:(?P<per1>{P_PER})(?P<verb>{P_WORDS})?)?"
    # (a tolerance after a comparator, ≤±5cm: the bound is the number)
    rf"(?P<approx1>{_alternation(APPROX_BEFORE)})?(?:(?P<cmp1>{_CMP_PRE})(?P<filler>{_alternation(PREFIX_FILLERS)})?±?)?"
    rf"(?P<approx2>{_alternation(APPROX_BEFORE)})?"
    + _number()
    + _unit()
    + rf"(?P<approx3>{_alternation(APPROX_AFTER)})?(?P<note1>{P_NOTE})?(?P<cmp2>{_CMP_SUF})?(?P<note2>{P_NOTE})?"
    rf"(?P<per2>{P_PER})?(?P<object>(?![年月日天周季次时])的?{P_WORDS})?"
)
# A range: [subject] [period] [约] number [unit] separator number [unit] [period] [object].
P_RANGE = (
    rf"(?P<context>{P_CONTEXT})?(?P<subject>{P_WORDS})?(?:(?P<per1>{P_PER})(?P<verb>{P_WORDS})?)?"
    rf"(?P<approx1>{_alternation(APPROX_BEFORE)})?"
    + _number("1")
    + _unit("1")
    + f"(?P<sep>{_alternation(RANGE_SEPARATORS)})"
    + _number("2")
    + _unit("2")
    + rf"(?P<per2>{P_PER})?(?P<object>(?![年月日天周季次时])的?{P_WORDS})?"
)
# A change: [subject] [baseline] change-word [comparator] number unit [以上] (较上年增长5%, 下降10%以上).
P_CHANGE = (
    rf"(?P<context>{P_CONTEXT})?(?P<subject>{P_WORDS})?"
    # (a baseline: 较上年, a year, or the state before an event: 较改良前, 较项目实施前)
    rf"(?P<base>{_alternation(BASELINES)}|[较比](?:19|20)\d\d年度?|[较比][{_CJK}]{{1,6}}?前)?"
    rf"(?P<change>{_alternation(CHANGE_WORDS)})(?P<approx1>{_alternation(APPROX_BEFORE)})?(?P<cmp1>{_CMP_PRE})?"
    + _number()
    + _unit()
    + rf"(?P<approx3>{_alternation(APPROX_AFTER)})?(?P<cmp2>{_CMP_SUF})?(?P<object>(?![年月日天周季次时])的?{P_WORDS})?"
)
# A change to a level: [subject] [baseline] 降至 [comparator] number unit [以下] (降至5%以下, 保持在90%以上).
P_TO_LEVEL = (
    rf"(?P<context>{P_CONTEXT})?(?P<subject>{P_WORDS})?(?P<base>{_alternation(BASELINES)})?"
    # from a level written before (由60%提高到80%, 由上年60%提高到80%): the level reached is the target
    rf"(?:由(?P<from_base>上年|去年|上一年|基期)?(?P<from>\d+(?:\.\d+)?)(?P<from_unit>%|[^\d由]{{1,4}}?)?)?"
    rf"(?P<to>{_alternation(TO_LEVEL)})(?P<cmp1>{_CMP_PRE})?" + _number() + _unit() + rf"(?P<cmp2>{_CMP_SUF})?"
)
# A rank: [subject] [排名] 前 number [名] [以内] (前三名, 全省排名前10).
P_RANK = rf"(?P<subject>{P_WORDS})?(?:排名|排|名列|位列|位居|进入)?前(?P<n>\d+|{P_CN})(?P<unit>名|位)?(?:以内|之内)?"
# A multiple or share of a level named before it: [comparator] reference 的 number 倍|% [comparator]
# (不低于当地低保标准的1.5倍, 不低于上年的90%): the number is the target, the reference its label.
P_OF_REFERENCE = (
    rf"(?P<cmp1>{_CMP_PRE})?(?P<ref>[\u4e00-\u9fff]{{2,16}}?)的"
    rf"(?P<limit>\d+(?:\.\d+)?(?:倍|%|％)(?:{_CMP_SUF})?)"
)
# Glued grade thresholds: 100%90%80%80% (优/良/中/差).
P_GRADE_THRESHOLDS = r"(?:\d+(?:\.\d+)?%){2,}"
# A fraction written with a slash, as the whole value: 2/3.
P_SLASH_FRACTION = r"(?P<cmp1>" + _CMP_PRE + r")?(?P<nom>\d+)/(?P<den>\d+)"

# Dates. Y: 2025, 二〇二五; M: 1-12, 一-十二; D: 1-31, 一-三十一.
P_YEAR = r"(?:19|20)\d\d|[〇零一二三四五六七八九]{4}"
P_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
P_DAY = r"3[01]|[12]\d|0?[1-9]|三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
P_QUARTER = "[一二三四1-4]"


def _date(tag: str) -> str:
    """One date or period in a value, with named parts suffixed by ``tag``."""
    y, m, d, q = f"y{tag}", f"m{tag}", f"d{tag}", f"q{tag}"
    return (
        # (a quarter written Q3 after its year: 2024年Q3)
        rf"(?:(?P<{y}>{P_YEAR})年(?:(?:第?(?P<{q}>{P_QUARTER})季度)|[Qq](?P<qx{tag}>[1-4])|(?P<half{tag}>上半年|下半年)"
        rf"|(?P<{m}>{P_MONTH})月(?:(?P<{d}>{P_DAY})[日号]|份)?|(?P<whole{tag}>全年|年度|度))?"
        rf"|(?P<iy{tag}>(?:19|20)\d\d)(?P<isep{tag}>[-./])(?P<im{tag}>1[0-2]|0?[1-9])(?:(?P=isep{tag})(?P<id{tag}>3[01]|[12]\d|0?[1-9]))?"
        rf"|(?P<m0{tag}>{P_MONTH})月(?:(?P<d0{tag}>{P_DAY})[日号]|份)?"
        rf"|第?(?P<q0{tag}>{P_QUARTER})季度)"
    )


_THIS_YEAR = "当年|本年|次年|翌年"  # (the year written of, its own or the next: 当年12月20日前, 次年4月)
P_DEADLINE = (
    # (in the year written of, 当年12月20日前, 次年4月: no year of its own)
    rf"(?:(?P<every>每年)|(?P<this_year>{_THIS_YEAR}))?(?P<pre>在|于|截至|截止到?|到|至)?{_date('')}"
    rf"(?P<by>底|末|年底|年末|上旬|中旬|下旬|第[一二三四五1-5]周)?"
    rf"(?P<before>前|之前|以前|止|内|以内)?(?:{_alternation(DEADLINE_MODIFIERS)})?"
    rf"(?P<verb>(?:{_alternation(DEADLINE_VERBS)}){{1,2}})?"
)
# A span of dates: 2025.04-2025.10, 2025.1.1-12.31, 2025年3月-11月, 3-11月, 2025-2027年.
P_SPAN = (
    # (or a part of a month, ten days: 3月中旬至5月上旬; or months of every year: 每年5-6月)
    rf"(?:(?P<every>每年)|(?P<this_years>{_THIS_YEAR}))?(?:(?:(?P<y1>{P_YEAR})年)?(?P<m1>{P_MONTH})(?:月(?:(?P<d1>{P_DAY})[日号]|(?P<t1>上旬|中旬|下旬))?)?(?P<sep>-|~|至|到)"
    rf"(?:(?P<y2>{P_YEAR})年)?(?P<m2>{P_MONTH})月(?:(?P<d2>{P_DAY})[日号]|(?P<t2>上旬|中旬|下旬))?"
    rf"|(?P<iy1>(?:19|20)\d\d)[./](?P<im1>1[0-2]|0?[1-9])(?:[./](?P<id1>3[01]|[12]\d|0?[1-9]))?(?:-|~|至|到)"
    rf"(?:(?P<iy2>(?:19|20)\d\d)[./])?(?P<im2>1[0-2]|0?[1-9])(?:[./](?P<id2>3[01]|[12]\d|0?[1-9]))?"
    rf"|(?P<ya>(?:19|20)\d\d)年?(?:-|~|至|到)(?P<yb>(?:19|20)\d\d)年度?"
    rf"|(?P<ys>(?:19|20)\d\d)年(?P<ms1>{P_MONTH})月(?:(?P<ds1>{P_DAY})[日号])?(?:-|~|至|到)"
    rf"(?P<ye>(?:19|20)\d\d)年(?P<ms2>{P_MONTH})月(?:(?P<ds2>{P_DAY})[日号])?"
    # (days of one month: 2024年6月8日-10日)
    rf"|(?:(?P<yd>{P_YEAR})年)?(?P<md>{P_MONTH})月(?P<dd1>{P_DAY})[日号]?(?:-|~|至|到)(?P<dd2>{P_DAY})[日号])"
)
P_BY_PERIOD = _group("word", BY_PERIOD) + f"(?:{_alternation(PERIODIC_VERBS)})?"


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


_WELL_FORMED_CN = re.compile(r"(?:[零〇]?[一二两三四五六七八九]?[十百千万亿])*[零〇]?[一二两三四五六七八九]?")


def _cn_decimal(text: str) -> Decimal | None:
    """A Chinese numeral with an optional 点 decimal: 二点五 → 2.5; None for 七一 (no numeral, a name)."""
    whole, _, fraction = text.partition("点")
    if whole in ("零", "〇"):
        number = 0
    else:
        if not _WELL_FORMED_CN.fullmatch(whole):
            return None
        found = chinese_numeral(whole)
        if found is None:
            return None
        number = found
    if not fraction:
        return Decimal(number)
    return Decimal(f"{number}.{''.join(str(CN_DIGITS[ch]) for ch in fraction)}")


def _value(m: re.Match[str], tag: str = "") -> tuple[Decimal, int | None, bool] | None:
    """The number of a match: (value, denominator, is a percent); None when it is no number."""
    pct, arabic, cn = m.group("pct" + tag), m.group("arabic" + tag), m.group("cn" + tag)
    if pct is not None:
        value = Decimal(100) if pct == "百" else _plain_number(pct)
        return (value, None, True) if value is not None else None
    if m.group("den" + tag) is not None:
        written = m.group("den" + tag)
        # (万分之一, 千分之三: a lone 十 百 千 万 is one of them)
        den = _plain_number("一" + written if written in ("十", "百", "千", "万") else written)
        nom = _plain_number(m.group("nom" + tag))
        if den is None or nom is None or den == 0 or den != den.to_integral_value():
            return None
        return nom, int(den), False
    if arabic is not None:
        value = Decimal(arabic.replace(",", ""))
        return (-value if m.group("neg" + tag) else value), None, False
    value = _cn_decimal(cn)
    return (value, None, False) if value is not None else None


def _cn_multiplier(cn: str | None, mult: str | None) -> tuple[Decimal, str] | None:
    """两万 → (2, "万"): a Chinese numeral that ends in 万 or 亿 with no larger unit before it keeps
    the multiplier in the unit, like 2万; 一亿二千万 stays one number."""
    if cn is None or mult is not None or "点" in cn or len(cn) < 2 or cn[-1] not in CN_LARGE:
        return None
    head = cn[:-1]
    if any(ch in CN_LARGE for ch in head):
        return None
    value = _cn_decimal(head)
    return (value, cn[-1]) if value is not None else None


def _plain_number(text: str) -> Decimal | None:
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits numbers only
            return None
    return _cn_decimal(text)


def _unit_of(m: re.Match[str], tag: str = "") -> tuple[str | None, Decimal, Per | None] | None:
    """(unit, multiplier, per) of a match; None for an impossible combination."""
    mult, unit, den_unit, second = (m.group(g + tag) for g in ("mult", "unit", "den_unit", "second"))
    factor = Decimal(1)
    written = UNITS[unit] if unit else None
    if written and m.group("alt" + tag):
        written += f"（{m.group('alt' + tag)}）"  # 台（套）: the alternative as written
    if mult == "千":
        factor = Decimal(1000)
    elif mult:
        written = mult + (written or "")
        written = {"万公里": "万公里", "万平方米": "万平方米"}.get(written, written)
    if den_unit:
        if written is None:
            return None
        written = f"{written}/{UNITS.get(den_unit) or DENOMINATOR_UNITS[den_unit]}"
    if second:
        if not den_unit:
            return None
        written = f"{written}·{COMPOUND_SECONDS[second]}"
    return written, factor, None


def _context_ok(context: str | None) -> bool:
    return context is None or not _CONTEXT_QUANTITY.search(context)


def _subject_end_ok(subject: str | None, separated: bool = False) -> bool:
    """A subject must not end in a Latin letter right before the number (PM2.5 is a name, not PM and 2.5);
    with a comparator or period between them it may (COD≤50mg/L)."""
    return separated or not subject or not ("A" <= subject[-1] <= "Z" or "a" <= subject[-1] <= "z")


def _label(*words: str | None) -> str | None:
    text = "".join(w for w in words if w)
    text = text.removeprefix("的")
    return text or None


_UNIT_NOTE = re.compile(rf"\(({P_UNIT})\)")
# Units of an intensity (a rate, a share, a level): an average of them is no amount per period.
_INTENSIVE_UNITS = frozenset({"%", "‰", "百分点", "分贝", "dB", "度", "℃", "分"})


_SCALE_NOTE = re.compile(r"\(满分\d+(?:\.\d+)?分?\)")


def _comparator(m: re.Match[str]) -> Comparator | None:
    """The comparator of a quantity clause from its prefix, suffix and notes; None when they disagree."""
    before = PREFIX_COMPARATORS.get(m.group("cmp1") or "")
    after = SUFFIX_COMPARATORS.get(m.group("cmp2") or "")
    if before and after and before != after:
        return None
    comparator: Comparator = before or after or "="
    names = m.re.groupindex  # (the forms without notes have no such groups)
    notes = [n for n in (m.group(g) if g in names else None for g in ("note1", "note2")) if n]
    for note in notes:
        if _UNIT_NOTE.fullmatch(note) or _SCALE_NOTE.fullmatch(note):
            continue  # (a unit, or the scale a score is out of: ≥4.5分（满分5分）)
        if NOTE_EXCLUSIVE.fullmatch(note):
            strict: dict[str, Comparator] = {">=": ">", "<=": "<"}
            if comparator not in strict:
                return None
            comparator = strict[comparator]
        elif note == "(含)":
            inclusive: dict[str, Comparator] = {">": ">=", "<": "<="}  # 大于95%（含）
            comparator = inclusive.get(comparator, comparator)
        elif not NOTE_INCLUSIVE.fullmatch(note) and not _DATE_NOTE.fullmatch(note) and re.search(r"\d", note):
            return None  # a number in a note may change the value's meaning; a date (9月第三个星期六) does not
    return comparator


_DATE_NOTE = re.compile(r"\((?:\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号])[^()\d%]{0,10}\)")


# ----------------------------------------------------------------- readers of one form each


def _quantity(m: re.Match[str], raw: str) -> Target | None:
    subject, verb, obj = m.group("subject"), m.group("verb"), m.group("object")
    separated = bool(m.group("cmp1") or m.group("per1") or m.group("approx1") or m.group("approx2"))
    if not (_context_ok(m.group("context")) and _subject_end_ok(subject, separated)):
        return None
    number = _value(m)
    unit = _unit_of(m)
    if number is None or unit is None:
        return None
    value, denominator, percent = number
    written, factor, _ = unit
    if percent:
        if written is not None:
            return None
        written = "%"
    unit_note = _UNIT_NOTE.fullmatch(m.group("note1") or "")
    if unit_note is not None:
        if written is not None:
            return None
        written = UNITS[unit_note.group(1)]  # ≥90（%）: the unit in brackets
    split = _cn_multiplier(m.group("cn"), m.group("mult"))
    if split is not None:
        value, multiplier = split
        written = multiplier + (written or "")
    if written == "年" and value == value.to_integral_value() and 1900 <= value <= 2099:
        return None  # 2024年工作总结: a year, not 2024 years
    if m.group("cn") is not None and obj and not (m.group("cmp1") or m.group("cmp2")):
        return None  # 二期工程, 三号线: a numeral before a noun is a name unless a comparator says otherwise
    if m.group("neg") and (obj or subject):
        return None  # -18℃低温库温度达标率: a temperature in a name
    if obj and obj[0].isascii() and obj[0].isalpha() and m.group("unit") and not m.group("unit")[-1].isalpha():
        return None  # 25%LEL, 60%RH, 5°Bé: letters right after a unit sign are part of the unit, which is not known
    has_words = bool(subject or verb or obj or m.group("context") or m.group("per1") or m.group("per2"))
    if m.group("cn") is not None and written is None and (has_words or m.group("more") or m.group("early")):
        return None  # a bare Chinese numeral is a number only on its own: 十五, not 七一活动
    if obj and written is None:
        return None  # 96333热线, 4K频道: digits before words with no unit are a name
    if written is None and _YEAR_MONTH.fullmatch(m.group("arabic") or ""):
        return None  # 2025.04 is a month more likely than a number
    if m.group("per1") and m.group("per2"):
        return None
    per_word = m.group("per1") or m.group("per2") or ""
    per = PER_WORDS.get(per_word)
    if per_word in AVERAGE_WORDS and (written is None or "/" in written or written in _INTENSIVE_UNITS):
        per = None  # 年均浓度≤35μg/m³: an annual mean of an intensity, not an amount per year
    head = _head_of(subject)
    if head is not None:
        if written is None or "/" in written or written == "%":
            return None  # 每人…% or a unit already per something: the reading is not certain
        written = f"{written}/{head}"
    comparator = _comparator(m)
    if comparator is None:
        return None
    approximate = bool(m.group("approx1") or m.group("approx2") or m.group("approx3"))
    if m.group("more") or m.group("early"):
        if comparator != "=" or approximate or (m.group("more") and m.group("early")):
            return None
        comparator = ">"
    if approximate:
        if comparator != "=":
            return None
        if "近" in (m.group("approx1") or m.group("approx2") or "") and written in ("年", "个月", "天"):
            return None  # 近3年 is "the last three years", not "nearly 3 years"
    return Target(
        raw,
        kind="quantity",
        comparator=comparator,
        value=value * factor,
        unit=written,
        per=per,
        approximate=approximate,
        denominator=denominator,
    )


def _head_of(subject: str | None) -> str | None:
    """Whose share an amount is, from the words before it (每人, 户均, 户均增收; 每 and a unit of a thing, 每村, 每栋:
    每村3-5名 is 3-5 名/村), or None. Not an occasion (每次不少于20人, 每期培训50人: so many at each, 人)."""
    if not subject:
        return None
    head = PER_HEAD.get(subject)
    if head is None:
        head = next((h for w, h in PER_HEAD.items() if subject.startswith(w) and subject[len(w) :] in HEAD_VERBS), None)
    if head is None and len(subject) >= 2 and subject[0] == "每" and subject[1:] not in _OCCASIONS:
        head = UNITS.get(subject[1:])  # (每公斤不高于8元: 8 元/公斤)
    return head


# Units of an occasion, which 每 makes no head of (每次, 每期, 每场: at each, not a share of each).
_OCCASIONS = frozenset("次遍期场轮批届年月日天周季")


_YEAR_MONTH = re.compile(r"(?:19|20)\d\d(?:\.(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))")


def _range(m: re.Match[str], raw: str) -> Target | None:
    subject, obj = m.group("subject"), m.group("object")
    if not (_context_ok(m.group("context")) and _subject_end_ok(subject)):
        return None
    low, high = _value(m, "1"), _value(m, "2")
    unit1, unit2 = _unit_of(m, "1"), _unit_of(m, "2")
    if (
        low is None
        or high is None
        or unit1 is None
        or unit2 is None
        or m.group("more1")
        or m.group("more2")
        or m.group("early1")
        or m.group("early2")
    ):
        return None
    if low[1] is not None or high[1] is not None:
        return None
    u1 = "%" if low[2] else unit1[0]
    u2 = "%" if high[2] else unit2[0]
    if u1 is not None and u2 is not None and u1 != u2:
        # (万 before 万元; a unit before the share of it after the second number: 1万元-5万元/人 is 万元/人)
        if not (u1 in ("万", "亿") and u2.startswith(u1)) and not u2.startswith(u1 + "/"):
            return None
    unit = u2 or u1
    head = _head_of(subject)
    if head is not None:
        if unit is None or "/" in unit or unit == "%":
            return None  # (每人…% or a unit already per something: not certain)
        unit = f"{unit}/{head}"
    if unit is None and (m.group("cn1") is not None or m.group("cn2") is not None):
        return None
    if obj and unit is None:
        return None
    value, value_max = low[0] * unit1[1], high[0] * unit2[1]
    if unit1[1] != unit2[1] and m.group("mult1") is None:
        value = low[0] * unit2[1]  # 3-5千元
    if value >= value_max:
        return None
    if m.group("per1") and m.group("per2"):
        return None
    per = PER_WORDS.get(m.group("per1") or m.group("per2") or "")
    return Target(
        raw,
        kind="range",
        comparator="between",
        value=value,
        value_max=value_max,
        unit=unit,
        per=per,
        approximate=bool(m.group("approx1")),
    )


def _change(m: re.Match[str], raw: str) -> Target | None:
    if not _context_ok(m.group("context")):
        return None
    if not _subject_end_ok(m.group("subject")):
        return None
    number, unit = _value(m), _unit_of(m)
    if number is None or unit is None or number[1] is not None:
        return None
    written = "%" if number[2] else unit[0]
    if number[2] and unit[0] is not None:
        return None
    if m.group("cn") is not None and written is None:
        return None
    if m.group("object") and written is None:
        return None
    comparator = _comparator(m)
    if comparator is None:
        return None
    approximate = bool(m.group("approx1") or m.group("approx3"))
    if m.group("more") or m.group("early"):
        if comparator != "=" or approximate or (m.group("more") and m.group("early")):
            return None
        comparator = ">"
    if approximate and comparator != "=":
        return None
    return Target(
        raw,
        kind="change",
        comparator=comparator,
        value=number[0] * unit[1],
        unit=written,
        label=m.group("base"),
        direction=CHANGE_WORDS[m.group("change")],
        approximate=approximate,
    )


def _to_level(m: re.Match[str], raw: str) -> Target | None:
    if not _context_ok(m.group("context")):
        return None
    number, unit = _value(m), _unit_of(m)
    if number is None or unit is None or number[1] is not None or m.group("more") or m.group("early"):
        return None
    written = "%" if number[2] else unit[0]
    if (number[2] and unit[0] is not None) or (m.group("cn") is not None and written is None):
        return None
    comparator = _comparator(m)
    if comparator is None:
        return None
    start = m.group("from")
    if start is not None:
        since = m.group("from_unit") or ""
        if (normalize("1" + since).unit if since else None) != written:
            return None  # from a level in other units (由60提高到80%): not read
        start = (m.group("from_base") or "") + start + since
    return Target(
        raw,
        kind="quantity",
        comparator=comparator,
        value=number[0] * unit[1],
        unit=written,
        label=f"由{start}" if start is not None else None,
        direction=TO_LEVEL[m.group("to")],
    )


def _rank(m: re.Match[str], raw: str) -> Target | None:
    if not _subject_end_ok(m.group("subject")):
        return None
    n = m.group("n")
    value = Decimal(n) if n[0].isdigit() else _cn_decimal(n)
    if value is None or value == 0:
        return None
    return Target(raw, kind="rank", comparator="<=", value=value, unit=m.group("unit"))


def _grade_thresholds(m: re.Match[str], raw: str) -> Target:
    parts = tuple(
        Target(f"{n}%", kind="quantity", comparator="=", value=Decimal(n), unit="%")
        for n in re.findall(r"(\d+(?:\.\d+)?)%", m.group())
    )
    return Target(raw, kind="composite", label="分档", parts=parts)


def _slash_fraction(m: re.Match[str], raw: str) -> Target | None:
    nom, den = int(m.group("nom")), int(m.group("den"))
    if den == 0 or nom >= den or den > 10:
        return None  # 3/2 is no part of a whole; 12/31 is a date more likely than a fraction
    comparator = PREFIX_COMPARATORS.get(m.group("cmp1") or "", "=")
    return Target(raw, kind="quantity", comparator=comparator, value=Decimal(nom), denominator=den)


# ----------------------------------------------------------------- timeframes


def _int_of(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) == 4 and all(ch in CN_DIGITS for ch in text):  # 二〇二五
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    return chinese_numeral(text)


def _iso(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _last_day(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2001, month)[1] if month != 2 or year else 29


class _Span(NamedTuple):
    start: str
    end: str


def _span_of(year: int | None, month: int | None = None, day: int | None = None) -> _Span | None:
    """The first and last day of a year, a month or a day."""
    if month is None:
        if year is None:
            return None
        return _Span(_iso(year, 1, 1), _iso(year, 12, 31))
    if not 1 <= month <= 12:
        return None
    last = _last_day(year, month)
    if day is not None:
        if not 1 <= day <= last:
            return None
        return _Span(_iso(year, month, day), _iso(year, month, day))
    return _Span(_iso(year, month, 1), _iso(year, month, last))


def _quarter_span(year: int | None, quarter: int) -> _Span | None:
    if not 1 <= quarter <= 4:
        return None
    first, last = 3 * quarter - 2, 3 * quarter
    return _Span(_iso(year, first, 1), _iso(year, last, _last_day(year, last)))


def _date_span(m: re.Match[str], tag: str = "") -> _Span | None:
    g = m.group
    if g("iy" + tag):
        return _span_of(int(g("iy" + tag)), int(g("im" + tag)), _int_of(g("id" + tag)))
    if g("m0" + tag):
        return _span_of(None, _int_of(g("m0" + tag)), _int_of(g("d0" + tag)))
    if g("q0" + tag):
        return _quarter_span(None, _int_of(g("q0" + tag)) or 0)
    year = _int_of(g("y" + tag))
    if year is None or not 1900 <= year <= 2099:
        return None
    if g("q" + tag) or g("qx" + tag):
        return _quarter_span(year, _int_of(g("q" + tag) or g("qx" + tag)) or 0)
    if g("half" + tag):
        first = 1 if g("half" + tag) == "上半年" else 7
        return _Span(_iso(year, first, 1), _iso(year, first + 5, 30 if first == 1 else 31))
    if g("m" + tag):
        return _span_of(year, _int_of(g("m" + tag)), _int_of(g("d" + tag)))
    return _span_of(year)


_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20)}


def _ten_days(span: _Span | None, part: str | None) -> _Span | None:
    """A month's span narrowed to its part of ten days (上旬 1-10, 中旬 11-20, 下旬 21 to the month's end)."""
    if span is None or part is None:
        return span
    first, last = _TEN_DAYS.get(part, (21, int(span.end[-2:])))
    return _Span(span.start[:-2] + f"{first:02d}", span.end[:-2] + f"{last:02d}")


def _deadline(m: re.Match[str], raw: str, text: str) -> Target | None:
    span = _date_span(m)
    if span is None:
        return None
    by, before = m.group("by"), m.group("before")
    if by in ("年底", "年末") and (m.group("m") or m.group("m0") or m.group("q") or m.group("iy") or m.group("half")):
        return None
    if m.group("every") and (m.group("y") or m.group("iy")):
        return None  # 每年 before a year
    if m.group("q0") and not (by or before or m.group("verb") or m.group("pre")):
        return None  # 第三季度 alone is a word of the TIMEFRAMES table
    if m.group("iy") and not (m.group("id") or before or by) and m.group("isep") != "-":
        return None  # 2025.04 alone may be a number
    start, end = span
    if by is not None and by.startswith("第"):
        # a week of a month (9月第三周): weeks are counted more than one way, so no day is guessed
        if not (m.group("m") or m.group("m0")) or before or m.group("pre"):
            return None
        return Target(raw, kind="timeframe", label=text, per="year" if m.group("every") else None)
    if by in _TEN_DAYS or by == "下旬":
        if start != end and start[-2:] == "01" and not (m.group("y") and not m.group("m")):
            first, last = _TEN_DAYS.get(by, (21, int(end[-2:])))
            start, end = start[:-2] + f"{first:02d}", end[:-2] + f"{last:02d}"
        else:
            return None
    deadline = bool(by in ("底", "末", "年底", "年末") or before in ("前", "之前", "以前", "止"))
    if m.group("pre") in ("截至", "截止", "截止到", "到", "至"):
        deadline = True
    per: Per | None = "year" if m.group("every") else None  # 每年6月底前: by the end of June, each year
    if deadline:
        return Target(raw, kind="timeframe", comparator="<=", label=text, end=end, per=per)
    return Target(raw, kind="timeframe", label=text, start=start, end=end, per=per)


def _date_range(m: re.Match[str], raw: str, text: str) -> Target | None:
    g = m.group
    if g("ya"):
        first, last = _span_of(int(g("ya"))), _span_of(int(g("yb")))
    elif g("ys"):
        first = _span_of(int(g("ys")), _int_of(g("ms1")), _int_of(g("ds1")))
        last = _span_of(int(g("ye")), _int_of(g("ms2")), _int_of(g("ds2")))
    elif g("md"):
        year, month = _int_of(g("yd")), _int_of(g("md"))
        first, last = _span_of(year, month, _int_of(g("dd1"))), _span_of(year, month, _int_of(g("dd2")))
    elif g("iy1"):
        year1 = int(g("iy1"))
        year2 = int(g("iy2")) if g("iy2") else year1
        if g("iy2") is None and g("id1") is None:
            return None  # 2025.04-10 reads two ways
        if (g("id1") is None) != (g("id2") is None):
            return None
        first = _span_of(year1, int(g("im1")), _int_of(g("id1")))
        last = _span_of(year2, int(g("im2")), _int_of(g("id2")))
    else:
        y1, y2 = _int_of(g("y1")), _int_of(g("y2"))
        y2 = y2 if g("y2") else y1
        if g("y1") is None and g("y2") is not None:
            return None
        if g("d1") is not None and g("d2") is None and g("y2") is None:
            return None
        first = _ten_days(_span_of(y1, _int_of(g("m1")), _int_of(g("d1"))), g("t1"))
        last = _ten_days(_span_of(y2, _int_of(g("m2")), _int_of(g("d2"))), g("t2"))
    if first is None or last is None or first.start >= last.end:
        return None
    if g("every"):
        # (months of every year, 每年5-6月: no year of its own)
        if any(g(year) for year in ("y1", "y2", "ya", "ys", "iy1", "yd")):
            return None
        return Target(raw, kind="timeframe", per="year", label=text, start=first.start, end=last.end)
    return Target(raw, kind="timeframe", label=text, start=first.start, end=last.end)


# ----------------------------------------------------------------- the forms of a whole value


class Form(NamedTuple):
    """One form of a whole value: a production that must account for every character of it."""

    name: str
    kind: Kind
    examples: tuple[str, ...]
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], str, str], Target | None]


# A standard's code: GB 17733—2008, GB/T 16552-2017, WH/T 23-2006, GB 4806.4—2016
_STANDARD_CODE = r"[A-Z]{1,4}(?:/[A-Z]{1,2})? ?[0-9]{1,6}(?:[.．][0-9]{1,3})*(?:[-—－–][0-9]{4})?"


def _form(name: str, kind: Kind, examples: tuple[str, ...], pattern: str, read) -> Form:
    return Form(name, kind, examples, re.compile(pattern), read)


def _words(kind: Kind) -> Callable[[re.Match[str], str, str], Target]:
    """A reader of a whole-value word: the word is the label."""

    def read(m: re.Match[str], raw: str, text: str) -> Target:
        return Target(raw, kind=kind, label=m.group())

    return read


def _period_word(m: re.Match[str], raw: str, text: str) -> Target:
    """A word of a period (全年, 第三季度); before the year's end (年底前) it is a deadline, as 12月底前 is."""
    word = m.group()
    if word in _BY_YEAR_END:
        return Target(raw, kind="timeframe", comparator="<=", label=word, end="--12-31")
    return Target(raw, kind="timeframe", label=word)


_BY_YEAR_END = frozenset({"年底前", "年末前", "年底前完成", "年内完成"})


def _empty(m: re.Match[str], raw: str, text: str) -> Target:
    return Target(raw, kind="empty")


def _grade(m: re.Match[str], raw: str, text: str) -> Target | None:
    if m.group() in _EFFECT_WORDS:
        return None  # a whole phrase of effect (得到及时解决) is read as one, below
    if m.group("modifier") and m.group("grade") in ("是", "否", "有", "优", "良", "中", "好", "高"):
        return None
    if m.group("modifier") in EXTENTS:
        return Target(raw, kind="qualitative", label=m.group())  # how far it stands: 基本健全, 初步建立
    if m.group("modifier") and m.group("grade") in MODIFIED_DIRECTIONS:
        return None  # 进一步规范 is a direction
    if m.group("grade") == "建立" and m.group("modifier") in ("逐步", "不断", "稳步", "进一步"):
        return Target(raw, kind="direction", direction="increase")  # set up step by step: as 逐步完善
    if m.group("grade").endswith(("建立", "形成")) and (m.group("modifier") or m.group("suffix")):
        return None  # 建立 only as a whole value, or with how far (全面建立, 基本建立, 初步形成: above)
    return Target(raw, kind="qualitative", comparator=">=" if m.group("suffix") else None, label=m.group("grade"))


_EFFECT_WORDS = frozenset(EFFECTS)


def _state(m: re.Match[str], raw: str, text: str) -> Target | None:
    if len(m.group("subject")) > 10 or m.group("subject") in MODIFIERS:
        return None
    return Target(raw, kind="qualitative", label=m.group("state"))


def _scale(m: re.Match[str], raw: str, text: str) -> Target:
    better = m.group("suffix") or m.group("better")
    return Target(raw, kind="qualitative", comparator=">=" if better else None, label=m.group("grade"))


def _direction(m: re.Match[str], raw: str, text: str) -> Target | None:
    subject = m.group("subject")
    direction = DIRECTIONS.get(m.group("dir")) or MODIFIED_DIRECTIONS.get(m.group("dir"))
    if direction is None or (m.group("dir") in MODIFIED_DIRECTIONS and not m.group("modifier")):
        return None
    if subject:
        if re.search(r"\d", subject) or any(DIRECTIONS[w] != direction for w in _DIRECTION_IN.findall(subject)):
            return None
        if _FORBIDDEN.search(_DIRECTION_OR_BASELINE.sub("", subject)):
            return None
    return Target(raw, kind="direction", direction=direction)


def _zero(m: re.Match[str], raw: str, text: str) -> Target | None:
    noun = m.group("noun") or m.group("new")
    if re.search(r"[\d不未无非没]", noun):
        return None
    return Target(raw, kind="quantity", comparator="=", value=Decimal(0), label=noun)


def _hours(m: re.Match[str], raw: str, text: str) -> Target:
    """Hours of the day (每日7:00—19:30): a timeframe, each day when 每日 says so; no date."""
    return Target(raw, kind="timeframe", per="day" if m.group("daily") else None, label=text)


def _before_floods(m: re.Match[str], raw: str, text: str) -> Target:
    """A deadline at the flood season or a festival, whose date differs by region and year: no date is
    guessed (nor a bound, for the time round it: 元宵节期间, 中秋前后)."""
    comparator: Comparator | None = None if m.group("around") else "<="
    return Target(raw, kind="timeframe", comparator=comparator, label=text, per="year" if m.group("every") else None)


_EVERY: dict[str, Per] = {"每月": "month", "每季度": "quarter", "每周": "week", "每日": "day", "每天": "day"}
# An hour of the day: 12:00, 17时, 9点半 (not 24小时, a duration)
_CLOCK = r"(?:[01]?\d|2[0-4])(?:[:：][0-5]\d|[时点](?:[0-5]?\d分|半)?)"


def _recurring_deadline(m: re.Match[str], raw: str, text: str) -> Target:
    """A deadline that comes again each month, quarter or week (每月15日前): no one date is its end."""
    return Target(raw, kind="timeframe", comparator="<=", label=text, per=_EVERY[m.group("every")])


_YEAR_BOUNDS: dict[str, Comparator] = {
    **{
        w: c
        for w, c in PREFIX_COMPARATORS.items()
        if "\u4e00" <= w[0] <= "\u9fff" and w not in ("至少", "最少", "最低", "最多", "至多", "最高")
    },
    "高于": ">",
    "多于": ">",
    "超过": ">",
    "低于": "<",
    "少于": "<",
}
_YEAR_DIRECTIONS: dict[str, Direction] = {">": "increase", "<": "decrease"}


def _against_last_year(m: re.Match[str], raw: str, text: str) -> Target:
    """A bound at last year's level (不低于上年): its comparator, labelled with the year; a direction where the
    bound is strict (高于上年: an increase)."""
    comparator = _YEAR_BOUNDS[m.group("cmp")]
    return Target(
        raw, kind="direction", comparator=comparator, label=m.group("base"), direction=_YEAR_DIRECTIONS.get(comparator)
    )


def _covered(m: re.Match[str], raw: str, text: str) -> Target:
    """All of a kind covered (覆盖全部重点单位, 区、镇、村三级全覆盖): qualitative, 全覆盖 as 行政村全覆盖 reads."""
    return Target(raw, kind="qualitative", label="全覆盖")


def _kept(m: re.Match[str], raw: str, text: str) -> Target:
    """A level kept (保持在天然本底水平): the direction maintain, as 保持 is one."""
    return Target(raw, kind="direction", direction="maintain")


def _at_hour(m: re.Match[str], raw: str, text: str) -> Target:
    """A deadline at an hour (当日17:00前): of a day the value does not date."""
    return Target(raw, kind="timeframe", comparator="<=", label=text)


def _after_event(m: re.Match[str], raw: str, text: str) -> Target | None:
    """A time limit counted from an event (验收合格后30日内): the limit, labelled with its event; only a limit
    (内, 不超过) or a span (后5—8个工作日), not a time that may be exact (合格后30日)."""
    limit = normalize(m.group("limit"))
    if not (limit.kind == "quantity" and limit.comparator in ("<=", "<")) and limit.kind != "range":
        return None
    return attrs.evolve(limit, raw=raw, label=m.group("event"))


def _over_span(m: re.Match[str], raw: str, text: str) -> Target | None:
    """A quantity over a span of years written before it (3年累计1500人次): the quantity, labelled with its span
    (2年1次, once in two years); only a quantity or a range with no period or label of its own, over more than a
    year."""
    if m.group("span").split("年")[0] in ("1", "一"):
        return None  # (1年2次 is a rate, twice a year: no span)
    written = m.group("rest")
    if not (_SPAN_REST.match(written) or m.group("span").endswith(("累计", "共计", "合计", "共"))):
        return None  # (the years of a name's words: 学前三年毛入园率≥92%, no span of a target)
    rest = normalize(written)
    if rest.kind not in ("quantity", "range") or rest.per is not None or rest.label is not None or rest.unit == "年":
        return None  # (nor a second span: 15年15年, two cells glued)
    return attrs.evolve(rest, raw=raw, label=m.group("span"))


# What a quantity over a span of years starts with, after the span: its number, a comparator, or a verb of doing
_SPAN_REST = re.compile(rf"[\d一二两三四五六七八九十]|{_CMP_PRE}|建成|完成|新增|新建|开展|举办|培训|改造|实现|达到")


def _of_reference(m: re.Match[str], raw: str, text: str) -> Target | None:
    """A multiple or share of a level named before it (不低于当地低保标准的1.5倍): the number with its
    comparator, labelled with the level it is counted from."""
    if any(w in m.group("ref") for w in (*PREFIX_COMPARATORS, *SUFFIX_COMPARATORS)):
        return None
    limit = normalize((m.group("cmp1") or "") + m.group("limit"))
    if limit.kind != "quantity":
        return None
    return attrs.evolve(limit, raw=raw, label=m.group("ref"))


def _as_actual(m: re.Match[str], raw: str, text: str) -> Target:
    return Target(raw, kind="qualitative", label="按实际")


def _by_period(m: re.Match[str], raw: str, text: str) -> Target:
    return Target(raw, kind="timeframe", label=text, per=BY_PERIOD[m.group("word")])


def _reader(function) -> Callable[[re.Match[str], str, str], Target | None]:
    def read(m: re.Match[str], raw: str, text: str) -> Target | None:
        return function(m, raw)

    return read


_GRADE_WORDS = _alternation(GRADES)
_DIRECTION_IN = re.compile(_alternation(DIRECTIONS))
_DIRECTION_OR_BASELINE = re.compile(_alternation([*DIRECTIONS, *BASELINES, *MODIFIERS]))
_STATE = _alternation(STATE_WORDS)
_SUFFIX_GRADE = "(?P<suffix>及以上|以上|或以上)?"
# 一人一案: a file or a plan for each one, no count (not 一年一次, once a year; nor a name, 一带一路)
_ONE_FOR_EACH_ENDS = "案策档品卡册证码表员宅"  # (a file, a plan, a card … a homestead: 一户一宅)
_ONE_FOR_EACH = rf"一[\u4e00-\u9fff]一[{_ONE_FOR_EACH_ENDS}]"
_DIRECTION_WORDS = _alternation([*DIRECTIONS, *MODIFIED_DIRECTIONS])

FORMS: tuple[Form, ...] = (
    _form("placeholder", "empty", ("—", "/", "无", "…"), PLACEHOLDER.pattern, _empty),
    _form("period word", "timeframe", ("全年", "第三季度", "年底前"), _alternation(TIMEFRAMES), _period_word),
    _form("by period", "timeframe", ("按月", "按季度开展"), P_BY_PERIOD, _by_period),
    _form(
        "grade",
        "qualitative",
        ("良好", "合格以上", "有效", "是"),
        # 建立 (形成) alone (a mechanism set up) is no grade word a name ends in, so it is read here only as a whole
        # value
        rf"(?P<modifier>{_alternation((*MODIFIERS, *EXTENTS))})?"
        # (a list of grades: 真实、准确、及时)
        # (set up and run: 建立并运行, 建立并有效运行)
        rf"(?P<grade>(?:{_GRADE_WORDS})(?:[、，,](?:{_GRADE_WORDS}))*|已?建立(?:并(?:有效)?运行)?|已?形成){_SUFFIX_GRADE}",
        _grade,
    ),
    _form(
        "grade on a scale",
        "qualitative",
        (
            "A级",
            "AAA级",
            "三星级以上",
            "优良中低差",
            "二类坝",
            "Ⅲ类",
            "稳定达到Ⅲ类",
            "达到或优于Ⅱ类",
            "不劣于Ⅲ类",
            "国Ⅵ",
        ),
        # (reached, or kept: 达到Ⅲ类, 稳定达到Ⅱ类水质; which way a class is better the scale does not say, but
        # reached or bettered is that class or better, as 以上 says: 达到或优于Ⅱ类, and so is not worse: 不劣于Ⅲ类;
        # an emission standard: 国Ⅵ, 国五)
        rf"(?:(?:稳定|持续)?(?:(?P<better>达到或优于|不劣于)|达到))?(?P<grade>[A-E]{{1,5}}级|[1-5]A级|[一二三四五1-5]星级?|第?[一二三四五甲乙丙]级|国[ⅠⅡⅢⅣⅤⅥ一二三四五六]|{_alternation(GRADE_SCALES)}"
        # a class: 二类坝, Ⅲ类 (water quality), Ⅱ类水质
        rf"|(?:[一二三四五]|[ⅠⅡⅢⅣⅤ])类(?:坝|水质|水体|水|标准)?){_SUFFIX_GRADE}",
        _scale,
    ),
    _form("effect", "qualitative", ("达到预期目标", "未超出预算"), _alternation(EFFECTS), _words("qualitative")),
    _form(
        "compliance",
        "qualitative",
        ("符合设计要求", "符合古籍数字化加工相关技术规范"),
        # (a standard's title in brackets too: 符合《城镇供水服务》标准)
        # (the title ending the value: 符合《地方志书质量规定》)
        # (a standard's code too: 符合GB 5749-2022标准, 符合BMB标准)
        # (a code of practice, with its note: 符合《考古勘探工作规程（试行）》)
        # (a list in it, a title's middle dot, a rule: 符合国家一、二等水准测量规范, 符合《…手册·汉语方言》要求,
        # 符合国家毽球竞赛规则; the standard's code in brackets after its title: 符合《…质量要求》（WH/T 23-2006）)
        r"(?:(?:符合|满足|达到)[\u4e00-\u9fff《》“”（）()、·A-Za-z0-9/.\-－— ]{0,30}?(?:标准|要求|规定|规范|规程|规则)"
        rf"(?:[（(][\u4e00-\u9fff]{{1,4}}[)）])?》?(?:要求)?(?:[（(]{_STANDARD_CODE}[)）])?"
        # (or the standard's code alone, its title before it or none: 符合GB 17733—2008, 符合GB 4806.4—2016)
        rf"|(?:符合|满足)(?:《[^《》]{{1,30}}》)?{_STANDARD_CODE}(?:标准|要求)?)",
        _words("qualitative"),
    ),
    _form(
        "hours of the day",
        "timeframe",
        ("每日7:00—19:30", "8:30-17:30", "18:00-次日1:00"),
        # (to an hour of the next day: a night's hours, 18:00-次日1:00)
        r"(?P<daily>每日|每天)?(?:[01]?\d|2[0-4])[:：][0-5]\d[ ]?[-—–~～至到][ ]?"
        r"(?:次日|翌日)?(?:[01]?\d|2[0-4])[:：][0-5]\d",
        _hours,
    ),
    _form(
        "round the clock",
        "timeframe",
        ("7×24小时不间断", "全天候24小时"),
        r"(?:7[×xX*]24|全天(?:候)?24)(?:小时)?(?:不间断)?",
        _words("timeframe"),
    ),
    _form(
        "before the flood season",
        "timeframe",
        (
            "2026年汛前",
            "汛期前",
            "2026年春节前",
            "每学期开学前",
            "春耕前",
            "2025年元宵节期间",
            "2024年中秋前后",
            "2026年五一前",
        ),
        # (or a festival, whose date moves from year to year: 春节前, 中秋节前; 每年 makes it a yearly deadline)
        # (several festivals: 2024年春节、重阳节前; or the school term's start, 每学期开学前: each term, no per;
        # or a farming season, a harvest, a tourist season: 2024年春耕前, 秋粮收获前, 旅游旺季前; some days before
        # it, 元宵节前7天; or the time round it, no bound: 元宵节期间, 中秋前后; 五一 and 十一 too, in quotes or not)
        # (a season of the weather, a crop's harvest, in its month too: 2025年梅雨季前, 2025年5月大蒜收获前)
        r"(?P<every>每年)?(?:每学期|(?:19|20)\d\d年(?:(?:[1-9]|1[0-2])月)?)?"
        r"(?:主汛期|汛期|汛|开学|春耕|春播|秋收|夏收|[\u4e00-\u9fff]{0,3}收获|(?:旅游)?旺季|(?:梅雨|雨|台风|冰)季|梅雨期|枯水期"
        r"|(?:[“\"]?(?:春节|元旦|元宵节?|清明节?|五一|劳动节|端午节?|中秋节?|十一|国庆节?|重阳节?)[”\"]?[、和及]?)+)"
        r"(?:(?:前|之前|以前)(?:[0-9一二三四五六七八九十]{1,2}[天日])?|(?P<around>期间|前后))",
        _before_floods,
    ),
    _form(
        "recurring deadline",
        "timeframe",
        ("每月15日前", "每季度末前", "每周五前", "每周二12:00前", "每日17时前"),
        # (at an hour of that day too: 每周二12:00前, 每月10日17时前; each day, by an hour: 每日9:00前)
        r"(?P<every>每月|每季度|每周|每日|每天)(?:首月|次月)?"
        rf"(?:(?:[0-9]{{1,2}}[日号]|底|末|初|上旬|中旬|下旬|[一二三四五六日1-7])(?:{_CLOCK})?|{_CLOCK})(?:之|以)?前"
        rf"(?:{_alternation(DEADLINE_MODIFIERS)})?(?:{_alternation(DEADLINE_VERBS)})?",
        _recurring_deadline,
    ),
    _form(
        "deadline at an hour",
        "timeframe",
        ("次日12时前", "当日17:00前"),
        # (of the day the row names, or of the next: no date is its end)
        rf"(?:次日|当日|当天)?{_CLOCK}(?:之|以)?前",
        _at_hour,
    ),
    _form(
        "within a time after an event",
        "quantity",
        ("验收合格后30日内", "接报后2小时内", "签订协议后一个月内"),
        # (or a span of time: 达成协议后5—8个工作日)
        # (or a limit in numerals: 签订协议后一个月内, 受理后两个工作日内)
        rf"(?P<event>[{_CJK}“”、]{{1,14}}?后)(?P<limit>(?:{_CMP_PRE})?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{{1,3}})"
        r"(?:[-—–～~至到]\d+(?:\.\d+)?)?"
        r"个?(?:工作日|日|天|小时|分钟|个月|周)"
        # (and what is done within it: 接警后30分钟内到场)
        r"(?:内|以内|之内)?)(?:到场|到达|到达现场|赶到现场|到位|集结到位|处置|响应|办结|送达|答复|反馈)?",
        _after_event,
    ),
    _form(
        "coverage",
        "qualitative",
        ("覆盖全部重点单位", "覆盖所有行政村", "覆盖辖区全部住宅小区"),
        # (all of a kind covered: 全覆盖, as 行政村全覆盖 reads; the kind with its parts in brackets too:
        # 覆盖所有县（市、区）; the scope before it: 覆盖辖区全部…, 覆盖全县所有…, 覆盖沿江全部…)
        r"覆盖(?:辖区|全[省市区县镇乡村]|沿[江河湖海线路街]|[城镇乡农]村)?(?:全部|所有)[\u4e00-\u9fff]{1,10}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?",
        _covered,
    ),
    _form(
        "level kept",
        "direction",
        ("保持在天然本底水平", "保持在合理范围内"),
        # (保持 is a direction word: kept where it stands)
        r"保持在[\u4e00-\u9fff]{1,10}(?:水平|范围内?)",
        _kept,
    ),
    _form(
        "each one that comes",
        "qualitative",
        ("逢车必检", "逢案必查"),
        r"逢[\u4e00-\u9fff]{1,2}必[\u4e00-\u9fff]{1,2}",
        _words("qualitative"),
    ),
    _form(
        "all that is due",
        "qualitative",
        ("应收尽收", "应保尽保"),
        r"应([\u4e00-\u9fff]{1,2})尽\1",
        _words("qualitative"),
    ),
    # (one of a thing for each: 一人一案, 一户一策, 一河一策)
    _form(
        "one for each",
        "qualitative",
        ("一人一案", "一户一策"),
        _ONE_FOR_EACH,
        _words("qualitative"),
    ),
    _form(
        "state",
        "qualitative",
        ("设备运转正常", "账表相符", "效果显著"),
        rf"(?P<subject>{P_WORDS}?)(?:(?:均|都|全部|全面)?(?:为|达到|保持)?)(?P<state>{_STATE})",
        _state,
    ),
    _form(
        "levels covered",
        "qualitative",
        ("区、镇、村三级全覆盖", "县乡村三级全覆盖"),
        # (the levels named, then how many: 区、镇、村三级全覆盖)
        r"(?:[\u4e00-\u9fff]{1,2}、?){2,4}[两二三四五]级全覆盖",
        _covered,
    ),
    _form("as actual", "qualitative", ("按实际整改数", "据实结算"), AS_ACTUAL.pattern, _as_actual),
    _form(
        "zero claim",
        "quantity",
        ("零事故", "无重大安全事故", "未发生安全事故"),
        # (with an aim or a pledge before it: 力争零伤亡, 确保零事故, 实现零投诉)
        rf"(?:力争|确保|实现|保持)?(?:(?:零|无|未发生|不发生|未出现|没有|杜绝)(?P<noun>[{_CJK}]{{0,8}}(?:{_alternation(ZERO_NOUNS)}))"
        # (nothing new of a thing: 不新增县级疫区; 杜绝 or 不发生 alone names no thing: text, as the gold reads it)
        rf"|(?:不新增|无新增|零新增)(?P<new>[{_CJK}]{{1,8}}))",
        _zero,
    ),
    _form(
        "against last year",
        "direction",
        ("不低于上年", "不高于上年水平", "高于上年"),
        # (a bound at last year's level, with no number: above it an increase, below a decrease, at least or at
        # most no direction of its own)
        rf"(?P<cmp>{_alternation(_YEAR_BOUNDS)})(?P<base>(?:上一?年度?|去年|上年同期)(?:水平)?)",
        _against_last_year,
    ),
    _form(
        "direction",
        "direction",
        ("提升", "进一步规范", "较上年减少", "社区管理和服务水平提高"),
        # (how far it stands, too: 基本稳定)
        rf"(?P<subject>[^,;:，；。]{{1,18}}?)??(?:{_alternation(BASELINES)})?"
        rf"(?P<modifier>{_alternation((*MODIFIERS, *EXTENTS))})?"
        # a direction then how much it shows (改善明显, 水平提高显著): the same direction
        rf"(?P<dir>{_DIRECTION_WORDS})(?:明显|显著)?",
        _direction,
    ),
    _form(
        "deadline or date",
        "timeframe",
        (
            "2025年9月底前",
            "二〇二五年六月底前",
            "2025年第三季度",
            "2025-09-30前",
            "9月底到位",
            "2025年全年",
            "每年6月底前",
            "当年12月20日前",
        ),
        P_DEADLINE,
        _deadline,
    ),
    _form(
        "span of dates",
        "timeframe",
        (
            "2025.04-2025.10",
            "2025.1.1-12.31",
            "2025年3月-11月",
            "3-11月",
            "2025-2027年",
            "2024年6月8日-10日",
            "每年5-6月",
            "次年4月下旬至6月",
        ),
        P_SPAN,
        _date_range,
    ),
    _form("multiple of a level", "quantity", ("不低于当地低保标准的1.5倍",), P_OF_REFERENCE, _of_reference),
    _form("glued grade thresholds", "composite", ("100%90%80%80%",), P_GRADE_THRESHOLDS, _reader(_grade_thresholds)),
    _form("fraction", "quantity", ("2/3", "≥1/2"), P_SLASH_FRACTION, _reader(_slash_fraction)),
    _form("rank", "rank", ("前三名", "全省排名前10"), P_RANK, _reader(_rank)),
    _form("change", "change", ("较上年增长5%", "同比下降3个百分点", "下降10%以上"), P_CHANGE, _reader(_change)),
    _form("change to a level", "quantity", ("降至5%以下", "提高到95%"), P_TO_LEVEL, _reader(_to_level)),
    _form(
        "range",
        "range",
        ("4-6次", "三至五次", "60%～80%", "20–30", "5万-8万元"),
        P_RANGE,
        _reader(_range),
    ),
    _form(
        "quantity",
        "quantity",
        (
            "≥85%",
            "每年至少24次",
            "90%以上（不含）",
            "约100人",
            "100余人",
            "二点五万元",
            "百分之百",
            "三分之二",
            "≥70dB",
            "800元/人·月",
            "≤-18℃",
        ),
        P_QUANTITY,
        _reader(_quantity),
    ),
    _form(
        "over a span of years",
        "quantity",
        ("3年累计1500人次", "三年不少于30个展次", "两年内建成3个"),
        # (a period's target over its years, the years written before it: 3年累计…, 三年内…; the quantity read as
        # one, labelled with its span)
        r"(?P<span>(?:\d{1,2}|[一二两三四五六七八九十])年(?:内|间|期间)?(?:累计|共计|合计|共)?)(?P<rest>.+)",
        _over_span,
    ),
)


# ----------------------------------------------------------------- whole values made of clauses


# (and before 共 after a count, its total: 4期共160人次 as 4期，共160人次)
_SEGMENT_SPLIT = re.compile(rf"[,;；、]|(?<=[^\d,;；、])(?=共计?[\d{CN_NUMERAL_CHARS}])")
_BOUND_SPLIT = re.compile(_alternation(BOUND_JOINERS))
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』")
_TRAILING = "。.;；,，、!！ \t\u3000"
_SPACES = re.compile(r"\s+")
_FORMS_BY_NAME = {form.name: form for form in FORMS}


@functools.lru_cache(maxsize=4096)
def _clause(text: str) -> Target | None:
    """One clause of a list: a quantity, range, change or rank, with no context before it. Memoized: the
    candidate values of a row (flat.py) share their clauses."""
    numbers = -1  # (counted once, and only when a form's quick search passes)
    for form, gate, most, has_context in _CLAUSE_PLAN:
        if not gate.search(text):
            continue
        if numbers < 0:
            numbers = _numbers(text)
        if numbers > most:
            continue
        m = form.pattern.fullmatch(text)
        if m is None:
            continue
        found = form.read(m, text, text)
        if found is not None:
            return None if has_context and m.group("context") else found
    return None


def _bounds(text: str, raw: str) -> Target | None:
    """Two bounds of one quantity: ≥80%且≤90%, 不低于80%，不高于90%."""
    pieces = _BOUND_SPLIT.split(text)
    if len(pieces) != 2 or not all(_HAS_COMPARATOR.search(p) for p in pieces):
        return None
    low, high = (_clause(p) for p in pieces)
    if low is None or high is None or low.kind != "quantity" or high.kind != "quantity":
        return None
    if low.comparator in ("<=", "<") and high.comparator in (">=", ">"):
        low, high = high, low  # ≤90%且≥80%
    if low.comparator not in (">=", ">") or high.comparator not in ("<=", "<"):
        return None
    if low.per != high.per or low.approximate or high.approximate or low.denominator or high.denominator:
        return None
    if low.unit is not None and high.unit is not None and low.unit != high.unit:
        return None
    if low.value is None or high.value is None or low.value >= high.value:
        return None
    unit = high.unit or low.unit
    if low.comparator == ">=" and high.comparator == "<=":
        return Target(
            raw, kind="range", comparator="between", value=low.value, value_max=high.value, unit=unit, per=low.per
        )
    return Target(raw, kind="composite", parts=(low, high))


_MOST_PARTS = 6  # a longer list is a paragraph, kept as text


def _composite(text: str, raw: str) -> Target | None:
    """Several clauses listed: 6名站长，36名队员; 新建3处、改造8处; 开展4期，共240人次."""
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s]
    if not 2 <= len(segments) <= _MOST_PARTS or not all(_HAS_NUMBER.search(s) for s in segments):
        return None
    parts = []
    for segment in segments:
        part = _clause(segment)
        if part is None or part.kind not in ("quantity", "range", "change", "rank") or part.unit is None:
            return None  # (a part with no unit, 1,20万元, is a typo more likely than a list)
        if part.kind == "quantity" and part.label is None:  # (its words, matched only when they are used)
            m = _FORMS_BY_NAME["quantity"].pattern.fullmatch(segment) or _FORMS_BY_NAME["range"].pattern.fullmatch(
                segment
            )
            words = _label(m.group("subject"), m.group("verb"), m.group("object")) if m else None
            if words:
                part = attrs.evolve(part, label=words)
        parts.append(part)
    return Target(raw, kind="composite", parts=tuple(parts))


_UNCLEAN = re.compile(r"[\s“”\"'‘’「」『』]")


def clean(raw: str) -> str:
    """The value as the grammar reads it: folded, without spaces, quotes and trailing punctuation; tenths and
    their next digit written 九成五 read as 九点五成 (9.5 成)."""
    text = fold(raw)
    if _UNCLEAN.search(text):
        text = _SPACES.sub("", text).translate(_QUOTES)
    if "成" in text:
        text = _TENTHS_AND_A_DIGIT.sub(r"\1点\2成", text)
    return text.strip(_TRAILING)


# 九成五 (nine and a half tenths), not 九成 before a number of its own (九成五十万, 九成以上)
_TENTHS_AND_A_DIGIT = re.compile(
    r"(?<![一二两三四五六七八九十百千万零〇点])([一二两三四五六七八九])成([一二三四五六七八九])(?![十百千万亿点零〇一二两三四五六七八九成])"
)


_HAS_DIGIT = re.compile(r"\d")
_NOTE = re.compile(P_NOTE)
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*(?:分之\d+)?")
_NAME_RE = re.compile(P_NAME)
_HAS_COMPARATOR = re.compile(f"{_CMP_PRE}|{_CMP_SUF}")
# How many Arabic numbers (besides those in names) a form can account for.
_MOST_NUMBERS = {"quantity": 1, "range": 2, "change": 1, "change to a level": 2, "rank": 1}
_HAS_NUMBER = re.compile(f"[\\d{CN_NUMERAL_CHARS}]")
_HAS_RANGE = re.compile("[-~至到]")
# Forms that need a number, and what else they need, to be worth trying: a character every value of the form
# holds (a quick search, a necessary condition).
_GATES: dict[str, re.Pattern[str]] = {
    "glued grade thresholds": _HAS_NUMBER,
    "fraction": re.compile("/"),
    "rank": re.compile("前"),
    # (the word of change itself: a search of a list of words is about as quick as one of their first characters,
    # and a third as many values hold one)
    "change": re.compile(_alternation(CHANGE_WORDS)),
    "change to a level": re.compile(_alternation(TO_LEVEL)),
    "range": _HAS_RANGE,
    "quantity": _HAS_NUMBER,
    "hours of the day": re.compile("[:：]"),
    "within a time after an event": re.compile("后"),
    "over a span of years": re.compile("年"),
    "multiple of a level": re.compile("的"),
    # (every date holds 年, 月 or 季度, but 2025-09-30 and 2025.04: a separator)
    "deadline or date": re.compile("[年月季./-]"),
    "span of dates": _HAS_RANGE,  # (each of its alternatives has a separator of two dates)
}
# Forms that need an Arabic digit (``\d``): a value with none need not try them.
_NEEDS_DIGIT = frozenset(("hours of the day", "multiple of a level", "glued grade thresholds", "fraction"))


# Forms whose words hold no Arabic digit, so that a value with one need not try them.
_WORDS_ONLY = frozenset(
    (
        "placeholder",
        "period word",
        "by period",
        "grade",
        "effect",
        "all that is due",
        "one for each",
        "as actual",
        "zero claim",
    )
) | {"direction"}  # (the direction reader refuses digits)
# The commonest values, 90%, ≥85%, 3项及以上, 2000人次, are plain quantities: read them first.
_PLAIN_QUANTITY = re.compile(
    rf"(?P<cmp1>{_CMP_PRE})?(?P<number>\d+(?:\.\d+)?)"
    rf"(?P<unit>{_alternation(u for u in UNITS if u != '年')})?(?P<cmp2>{_CMP_SUF})?"
)


def _plain(m: re.Match[str], raw: str) -> Target | None:
    before, after = PREFIX_COMPARATORS.get(m.group("cmp1") or ""), SUFFIX_COMPARATORS.get(m.group("cmp2") or "")
    if before and after and before != after:
        return None
    unit = m.group("unit")
    if unit is None and _YEAR_MONTH.fullmatch(m.group("number")):
        return None
    return Target(
        raw,
        kind="quantity",
        comparator=before or after or "=",
        value=Decimal(m.group("number")),
        unit=UNITS.get(unit or ""),
    )


def _numbers(text: str) -> int:
    """How many Arabic numbers ``text`` holds outside names (96333热线, PM2.5), or a number over 5."""
    count = len(_DIGIT_RUN.findall(_NOTE.sub("", text) if "(" in text else text))
    if count <= 1 or count > 5 or not _NAME_CHAR.search(text):
        return count
    return count - len(_NAME_RE.findall(text))


# A character every name of NAME_TOKENS holds (PM, 热线, 5G 4K 3D, 年, GB, 指标): a text with none holds no name.
_NAME_CHAR = re.compile("[P热GKD年指]")


# The longest value each form of words can match (a cheap way to skip them for long values).
_MAX_LENGTH = {
    "placeholder": 12,
    "period word": 8,
    "by period": 6,
    "grade": 16,
    "grade on a scale": 12,
    "effect": 12,
    "all that is due": 6,  # (应安置尽安置)
    "state": 24,
    "as actual": 16,
    "zero claim": 16,
    "recurring deadline": 12,
    "round the clock": 12,
    "within a time after an event": 32,
    "direction": 40,
    "deadline or date": 32,
    "span of dates": 32,
    "fraction": 16,
    "rank": 40,
}

# The characters a value of a form may start and end with, read off its pattern: a value whose first (last)
# character is not among them cannot match the form, which is then not tried. ``0`` stands for every decimal
# digit (all that ``\d`` matches: a value's digits are looked up as ``0``); a form not listed, or None, may start
# (end) with anything (a subject or an object of words, any character of which may come first or last).
_DIGIT = "0"
_CN_DIGIT_CHARS = "〇零一二三四五六七八九"


def _heads(*words) -> str:
    return "".join(w[0] for group in words for w in group)


def _tails(*words) -> str:
    return "".join(w[-1] for group in words for w in group)


_EDGES: dict[str, tuple[str | None, str | None]] = {
    "placeholder": ("-/\\_~·…*.无暂空Nn", "-/\\_~·…*.无空Aa"),
    "by period": (_heads(BY_PERIOD), _tails(BY_PERIOD, PERIODIC_VERBS)),
    # (a modifier or how far, then grade words, 已建立 or 已形成, then 以上)
    "grade": (_heads(MODIFIERS, EXTENTS, GRADES) + "已建形", _tails(GRADES) + "立成上行"),
    # (达到 before it; A-E级, 1-5A级, 三星级, 甲级, a scale, a class Ⅲ类 (水质); then 以上)
    "grade on a scale": (
        "稳持达不第国ABCDE" + _DIGIT + "一二三四五甲乙丙ⅠⅡⅢⅣⅤ" + _heads(GRADE_SCALES),
        "级星类坝质体水准上ⅠⅡⅢⅣⅤⅥ一二三四五六" + _tails(GRADE_SCALES),
    ),
    "compliance": ("符满达", "准求定范》则)）" + _DIGIT),  # (…规则; a standard's code last: …—2008, （WH/T 23-2006）)
    "hours of the day": ("每" + _DIGIT, _DIGIT),
    "round the clock": ("全" + _DIGIT, "时断" + _DIGIT),
    "before the flood season": (None, "前间后天日"),  # (a crop's harvest first: 大蒜收获前)
    "recurring deadline": ("每", "前" + _tails(DEADLINE_MODIFIERS, DEADLINE_VERBS)),
    "deadline at an hour": ("次当" + _DIGIT, "前"),
    # (a unit of time, then 内, then what is done: 到场, 集结到位 …)
    "within a time after an event": (None, "日天时钟月周内场达位置应结复馈"),
    "state": (None, _tails(STATE_WORDS)),
    "all that is due": ("应", None),
    "each one that comes": ("逢", None),
    "coverage": ("覆", None),  # (any last character: the kind covered)
    "level kept": ("保", "平围内"),
    "levels covered": (None, "盖"),
    "against last year": (_heads(_YEAR_BOUNDS), "年期平度"),
    "one for each": ("一", _ONE_FOR_EACH_ENDS),
    "as actual": ("按依根据", None),
    "zero claim": ("力确实保零无未不没杜", None),
    "direction": (None, _tails(DIRECTIONS, MODIFIED_DIRECTIONS) + "显著"),
    # (每年, 在 or 截至 …, then a date: a year, a month, an ISO date, 第三季度; then 底, 前, a verb …)
    "deadline or date": (
        "每当本次翌在于截到至第十" + _CN_DIGIT_CHARS + _DIGIT,
        "年度月日号份底末旬周前止内" + _tails(DEADLINE_MODIFIERS, DEADLINE_VERBS) + _DIGIT,
    ),
    "span of dates": ("每当本次翌十" + _CN_DIGIT_CHARS + _DIGIT, "月日号年度旬" + _DIGIT),
    "multiple of a level": (None, "倍%％" + _tails(SUFFIX_COMPARATORS)),
    "glued grade thresholds": (_DIGIT, "%"),
    "fraction": (_heads(PREFIX_COMPARATORS) + _DIGIT, _DIGIT),
    "rank": (None, CN_NUMERAL_CHARS + "名位内" + _DIGIT),
}
# Forms that are a list of words: a value is one of them or no value of the form (a cheaper test than a match).
_WHOLE: dict[str, frozenset[str]] = {"period word": frozenset(TIMEFRAMES), "effect": frozenset(EFFECTS)}
# The first characters of a plain quantity: a comparator's or a digit's; its last: a digit's, a unit's (not 年) or a
# comparator's.
_PLAIN_FIRSTS = frozenset(_heads(PREFIX_COMPARATORS) + _DIGIT)
_PLAIN_LASTS = frozenset(_tails([u for u in UNITS if u != "年"], SUFFIX_COMPARATORS) + _DIGIT)


def _dispatch(has_digit: bool) -> tuple[dict[str, tuple], tuple]:
    """The forms worth trying, in order, for a value with (without) an Arabic digit, by its first character:
    (first character → forms, the forms for any other first character). Each form is a tuple (form, longest
    value, last characters or None, the words it is one of or None, quick search or None, most numbers or None).
    """
    plan = []
    for form in FORMS:
        name = form.name
        if (has_digit and name in _WORDS_ONLY) or (not has_digit and name in _NEEDS_DIGIT):
            continue
        firsts, lasts = _EDGES.get(name, (None, None))
        if name in _WHOLE:
            firsts = _heads(_WHOLE[name])
        gate = _GATES.get(name)
        if has_digit and gate is _HAS_NUMBER:
            gate = None  # (a digit is a number)
        most = _MOST_NUMBERS.get(name) if has_digit else None  # (with no digit, no number to count)
        entry = (
            form,
            _MAX_LENGTH.get(name, 1 << 30),
            frozenset(lasts) if lasts is not None else None,
            _WHOLE.get(name),
            gate,
            most,
        )
        plan.append((frozenset(firsts) if firsts is not None else None, entry))
    heads = {ch for firsts, _ in plan if firsts is not None for ch in firsts}
    by_first = {ch: tuple(e for firsts, e in plan if firsts is None or ch in firsts) for ch in heads}
    return by_first, tuple(e for firsts, e in plan if firsts is None)


_WITH_DIGIT = _dispatch(True)
_WITHOUT_DIGIT = _dispatch(False)
_CLAUSE_PLAN = tuple(
    (_FORMS_BY_NAME[name], _GATES[name], _MOST_NUMBERS[name], "context" in _FORMS_BY_NAME[name].pattern.groupindex)
    for name in ("rank", "change", "change to a level", "range", "quantity")
)


def _read(raw: str) -> Target:
    text = clean(raw)
    if not text:
        return Target(raw, kind="empty")
    has_digit = _HAS_DIGIT.search(text) is not None
    first, last = text[0], text[-1]
    if first.isdecimal():
        first = _DIGIT
    if last.isdecimal():
        last = _DIGIT
    if has_digit and first in _PLAIN_FIRSTS and last in _PLAIN_LASTS:
        m = _PLAIN_QUANTITY.fullmatch(text)
        if m:
            found = _plain(m, raw)
            if found is not None:
                return found
    by_first, others = _WITH_DIGIT if has_digit else _WITHOUT_DIGIT
    length, numbers = len(text), -1
    for form, longest, lasts, whole, gate, most in by_first.get(first, others):
        if length > longest or (lasts is not None and last not in lasts) or (whole is not None and text not in whole):
            continue
        if gate is not None and not gate.search(text):
            continue
        if most is not None:
            if numbers < 0:
                numbers = _numbers(text)
            if numbers > most:
                continue
        m = form.pattern.fullmatch(text)
        if m:
            found = form.read(m, raw, text)
            if found is not None:
                return found
    if not (has_digit or _HAS_NUMBER.search(text)):
        return Target(raw, kind="text")
    return _bounds(text, raw) or _composite(text, raw) or Target(raw, kind="text")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> Target:
    """Normalize one target value, e.g. ``"每年至少24次"`` → ≥ 24 次 per year.

    Returns a :class:`Target` whose ``raw`` is ``text`` as given. Values repeat
    heavily in real documents, so results are memoized (Targets are immutable).
    """
    return _read(text)


def forms_markdown() -> str:
    """The README's list of accepted forms, generated from :data:`FORMS`."""
    lines = [f"- {form.name} (`{form.kind}`): " + ", ".join(f"`{e}`" for e in form.examples) for form in FORMS]
    lines.append("- two bounds of one quantity (`range`): `≥80%且≤90%`, `不低于80%，不高于90%`")
    lines.append("- a list of quantities (`composite`): `6名站长，36名队员`, `新建3处、改造8处`, `开展4期，共240人次`")
    return "\n".join(lines)
