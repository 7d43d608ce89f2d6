"""Second reader's structural walk of a corpus: data/<doc>.json (the printed tables) against expected/<doc>.json.

    python tools/second_reading_check.py [folder] [expected folder]

Written by the second reader of blind24 with its own code: it imports nothing of the writer's render24.py or tools/,
nothing of tests/corpus/src/build.py and nothing of the parser.  For every data project it checks the project's name and
department against its header block; every grid row in order, columns picked by header NAME; 一级/二级 filled down, with
printed points stripped by its own patterns; name / annual_raw / period_raw / weight / actual_raw / score equal to the
cells; placeholder rows skipped; the annual target's keys and kinds against the annotation contract (no value on
qualitative / direction / text / empty / composite / timeframe, comparator and value on quantity / change / rank,
`between` on ranges only, the value among the raw cell's numbers) and coded sign and unit columns agreeing.
It checks STRUCTURE: a reading that is structurally sound but wrong (a comparator `>` read `>=`) passes.
Exit 1 when anything is reported.
"""

import glob
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

NAME_H = ("三级指标", "指标内容", "指标名称")
ANNUAL_H = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD_H = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT_H = ("权重", "分值", "权重（%）")
SIGN_H = ("指标性质", "计算符号", "符号")
UNIT_H = ("度量单位", "计量单位")

KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
COMPS = {None, "=", ">", ">=", "<", "<=", "between"}
PERS = {None, "year", "quarter", "month", "week", "day"}
ANN_KEYS = ["kind", "comparator", "value", "value_max", "unit", "per"]
IND_KEYS = {"level1", "level2", "name", "period_raw", "annual_raw", "annual", "weight", "actual_raw", "score"}
PLACE = {"", "/", "／", "—", "——", "-", "－", "–", "无", "…", "……", "...", "\\"}
NUM = re.compile(r"^-?\d+(\.\d+)?$")

# full-width → ASCII, one character for one (only used to FIND things; text is compared as printed)
FOLD = {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}
FOLD.update({"　": " ", "～": "~", "－": "-", "–": "-", "—": "-"})


def fold(s):
    return "".join(FOLD.get(ch, ch) for ch in s)


POINTS_TAIL = re.compile(r"(\((?:\d+(?:[-~]\d+)?)分?\)分?|\d+分)$")


def level(text):
    """A category as printed, whitespace removed, printed points at its end removed."""
    s = re.sub(r"\s+", "", text)
    m = POINTS_TAIL.search(fold(s))
    if m and m.start() > 0:
        s = s[: m.start()]
    return s


def name_of(text):
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text.strip())


def pick(cols, names, what, problems, where):
    hits = [cols.index(n) for n in names if n in cols]
    if len(hits) > 1:
        problems.append(f"{where}: two {what} columns {[cols[i] for i in hits]}")
    return hits[0] if hits else None


# ---------------------------------------------------------------- numbers of a raw cell
CN_DIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile(r"[〇零一二两三四五六七八九十百千万亿点]+")


def cn_value(run):
    """一万二千 → 12000, 二十 → 20, 百 → 100, 二点五 → 2.5; None when not a number."""
    if "点" in run:
        a, _, b = run.partition("点")
        ia = cn_value(a) if a else 0
        if ia is None or not b or any(ch not in CN_DIG for ch in b):
            return None
        return Decimal(str(ia)) + Decimal("0." + "".join(str(CN_DIG[c]) for c in b))
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in CN_DIG:
            digit = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
        elif ch in "万亿":
            section += digit or 0
            total += section * (10000 if ch == "万" else 100000000)
            section, digit = 0, None
        else:
            return None
    return Decimal(total + section + (digit or 0))


def numbers(raw):
    out = set()
    if raw is None:
        return out
    s = fold(raw)
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", s):
        t = m.group().replace(",", "")
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        out |= {d, -d}
        if s[m.end() : m.end() + 1] == "千":
            out.add(d * 1000)
    for m in CN_RUN.finditer(s):
        run = m.group()
        for r in {run, run.rstrip("万亿")} | set(re.split(r"[分之至到]", run)):
            if r:
                v = cn_value(r)
                if v is not None:
                    out.add(v)
        if all(ch in CN_DIG for ch in run):
            out.add(Decimal("".join(str(CN_DIG[c]) for c in run)))
    if "分之" in s:
        for part in re.split(r"分之", s):
            for m in CN_RUN.finditer(part):
                v = cn_value(m.group())
                if v is not None:
                    out.add(v)
    if re.search(r"零|无|未|不发生|不新增|杜绝", s):
        out.add(Decimal(0))
    return out


# ---------------------------------------------------------------- coded columns
SIGNS = [
    (">=", ("≥", "≧", ">=", "大于等于", "不低于", "不少于", "不小于")),
    ("<=", ("≤", "≦", "<=", "小于等于", "不高于", "不超过", "不大于")),
    ("<", ("<", "小于", "低于")),
    (">", (">", "大于", "高于")),
    ("=", ("=", "等于")),
]


def sign_comp(cell):
    c = fold(cell.strip())
    for comp, words in SIGNS:
        if c in {fold(w) for w in words}:
            return comp
    return None


OWN_COMP = re.compile(
    r"[≥≤≧≦<>=]|以上|以下|以内|不少于|不低于|不超过|不高于|不大于|不小于|至少|超过|低于|高于|余|多|之内|内$|前$|前[^\d]"
)

UNIT_MAP = {
    "%": "%",
    "％": "%",
    "百分比": "%",
    "km": "公里",
    "m": "米",
    "cm": "厘米",
    "mm": "毫米",
    "kg": "公斤",
    "t": "吨",
    "h": "小时",
    "min": "分钟",
    "s": "秒",
    "ms": "毫秒",
    "dB": "分贝",
    "kW": "千瓦",
    "kWh": "千瓦时",
    "kW·h": "千瓦时",
    "m²": "平方米",
    "㎡": "平方米",
    "平米": "平方米",
    "m³": "立方米",
    "km²": "平方公里",
    "hm²": "公顷",
    "μg/m³": "微克/立方米",
    "mg/L": "毫克/升",
    "个工作日": "工作日",
    "日": "天",
    "个百分点": "百分点",
    "元/人.月": "元/人·月",
    "元/人*月": "元/人·月",
    "M": "米",
    "dB(A)": "分贝",
    "MPa": "兆帕",
    "L/s": "升/秒",
    "W": "瓦",
    "lx": "勒克斯",
}
PER_WORD = {
    "年": "year",
    "季度": "quarter",
    "季": "quarter",
    "月": "month",
    "周": "week",
    "日": "day",
    "天": "day",
    "d": "day",
    "a": "year",
}


def map_unit(cell):
    """The unit cell in the contract's form: (unit, per)."""
    c = cell.strip()
    if c in UNIT_MAP:
        return UNIT_MAP[c], None
    for pre in ("万", "亿"):
        if c.startswith(pre) and c[1:] in UNIT_MAP and c[1:] not in ("%", "％", "百分比"):
            return pre + UNIT_MAP[c[1:]], None
    m = re.fullmatch(r"(.+)/(年|季度|季|月|周|日|天|d)", c)
    if m and "·" not in m.group(1) and "/" not in m.group(1):
        u, _ = map_unit(m.group(1))
        return u, PER_WORD[m.group(2)]
    if "/" in c:
        pieces = c.split("/")
        return "/".join(UNIT_MAP.get(p, p) if p not in ("%", "％") else p for p in pieces), None
    return c, None


def wan_prefix(raw):
    s = fold(raw or "")
    m = re.search(r"(?:\d|[〇零一二两三四五六七八九十百千点])(万|亿)", s)
    return m.group(1) if m else ""


# ---------------------------------------------------------------- the walk
def check_annual(where, a, raw, problems):
    if not isinstance(a, dict) or list(a.keys()) != ANN_KEYS:
        problems.append(f"{where}: annual keys {list(a.keys()) if isinstance(a, dict) else a!r}")
        return False
    k, c, v, vm, u, per = (a[x] for x in ANN_KEYS)
    if k not in KINDS:
        problems.append(f"{where}: kind {k!r}")
    if c not in COMPS:
        problems.append(f"{where}: comparator {c!r}")
    if per not in PERS:
        problems.append(f"{where}: per {per!r}")
    for f, x in (("value", v), ("value_max", vm)):
        if x is not None and (not isinstance(x, str) or not NUM.match(x)):
            problems.append(f"{where}: {f} {x!r} not a plain decimal string")
    if k in ("qualitative", "direction", "text", "empty", "composite") and any(
        x is not None for x in (c, v, vm, u, per)
    ):
        problems.append(f"{where}: {k} holds {dict((f, a[f]) for f in ANN_KEYS[1:] if a[f] is not None)}")
    if k == "timeframe":
        if c not in (None, "<=", ">=", "<", ">", "="):
            problems.append(f"{where}: timeframe comparator {c!r}")
        if any(
            x is not None for x in (v, vm, u)
        ):  # a per is allowed: 按月, 每季度末前 (corpora 3, 9, 11, 13, 15, 18, 19, 22)
            problems.append(f"{where}: timeframe holds value/unit {v!r} {vm!r} {u!r}")
    if (c == "between") != (k == "range"):
        problems.append(f"{where}: kind {k} with comparator {c!r}")
    if k == "range" and (v is None or vm is None):
        problems.append(f"{where}: range without both bounds {v!r} {vm!r}")
    if k == "range" and v and vm and NUM.match(v) and NUM.match(vm) and Decimal(v) > Decimal(vm):
        problems.append(f"{where}: range {v} > {vm}")
    if k != "range" and vm is not None:
        problems.append(f"{where}: value_max on {k}")
    if k in ("quantity", "change", "rank") and (c is None or v is None):
        problems.append(f"{where}: {k} without comparator/value {c!r} {v!r}")
    if k == "empty" and raw is not None and raw.strip() not in PLACE:
        problems.append(f"{where}: empty beside {raw!r}")
    if raw is None and k != "empty":
        problems.append(f"{where}: an empty cell read as {k}")
    nums = numbers(raw)
    for f, x in (("value", v), ("value_max", vm)):
        if x is not None and NUM.match(x) and Decimal(x) not in nums:
            problems.append(f"{where}: {f} {x} not among the numbers of {raw!r}")
    return True


def check_coded(where, a, raw, sign, unit, problems):
    k = a["kind"]
    if sign is not None:
        s = sign.strip()
        if s == "定性" and k != "qualitative":
            problems.append(f"{where}: 定性 beside {raw!r} read as {k}")
        comp = sign_comp(s)
        if comp and k in ("quantity", "change", "rank", "timeframe") and not OWN_COMP.search(fold(raw or "")):
            if a["comparator"] != comp:
                problems.append(f"{where}: sign {s!r} but comparator {a['comparator']!r}")
    if unit is not None and unit.strip() not in PLACE and k in ("quantity", "range", "change", "rank"):
        u, per = map_unit(unit)
        pre = wan_prefix(raw)
        if pre and not u.startswith(pre):
            u = pre + u
        own = re.sub(
            r"[\d.,\s≥≤≧≦<>=＝＜＞%％~～\-－—]|以上|以下|以内|不少于|不低于|不超过|不高于|约|左右", "", fold(raw or "")
        )
        if own and a["unit"] != u:
            # the value writes a unit of its own: the value's reading wins; only report a plain disagreement
            if a["unit"] is None:
                problems.append(f"{where}: unit cell {unit!r} but unit null (value {raw!r})")
        elif a["unit"] != u:
            problems.append(f"{where}: unit cell {unit!r} → {u!r} but unit {a['unit']!r}")
        if per is not None and a["per"] != per:
            problems.append(f"{where}: unit cell {unit!r} → per {per!r} but per {a['per']!r}")


def walk(data_path, exp_path):
    problems = []
    doc = os.path.basename(data_path)[:-5]
    data = json.load(open(data_path, encoding="utf-8"))
    exp = json.load(open(exp_path, encoding="utf-8"))
    n_ind = n_skip = 0
    if len(data["projects"]) != len(exp["projects"]):
        problems.append(f"{doc}: {len(data['projects'])} data projects, {len(exp['projects'])} expected")
    for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
        pw = f"{doc} p{pi + 1}"
        hdr = {}
        for k, v in dp["header"]:
            hdr.setdefault(k, v)
        if set(ep) - {"name", "department", "indicators", "doubt"} or not {"name", "department", "indicators"} <= set(
            ep
        ):
            problems.append(f"{pw}: project keys {sorted(ep)}")
        if ep.get("name") != hdr.get("项目名称"):
            problems.append(f"{pw}: name {ep.get('name')!r} vs header {hdr.get('项目名称')!r}")
        if ep.get("department") != hdr.get("主管部门"):
            problems.append(f"{pw}: department {ep.get('department')!r} vs header {hdr.get('主管部门')!r}")
        cols = dp["columns"]
        i1 = cols.index("一级指标") if "一级指标" in cols else None
        i2 = cols.index("二级指标") if "二级指标" in cols else None
        iname = pick(cols, NAME_H, "name", problems, pw)
        iann = pick(cols, ANNUAL_H, "annual", problems, pw)
        iper = pick(cols, PERIOD_H, "period", problems, pw)
        iw = pick(cols, WEIGHT_H, "weight", problems, pw)
        iact = cols.index("实际完成值") if "实际完成值" in cols else None
        isc = cols.index("得分") if "得分" in cols else None
        isign = pick(cols, SIGN_H, "sign", problems, pw)
        iunit = pick(cols, UNIT_H, "unit", problems, pw)
        if iname is None or iann is None:
            problems.append(f"{pw}: no name or annual column in {cols}")
            continue
        inds = list(ep.get("indicators", []))
        l1 = l2 = None
        j = 0
        for ri, row in enumerate(dp["rows"]):
            rw = f"{pw} row {ri + 1}"
            if len(row) != len(cols):
                problems.append(f"{rw}: {len(row)} cells for {len(cols)} columns")
                continue
            if i1 is not None and row[i1].strip():
                l1, l2 = level(row[i1]), None
            if i2 is not None and row[i2].strip():
                l2 = level(row[i2])
            val = lambda i: None if i is None or row[i] == "" else row[i]  # noqa: E731
            content = [row[i] for i in (iname, iann, iper, iw, iact, isc, isign, iunit) if i is not None]
            if all(x.strip() in PLACE for x in content):
                n_skip += 1
                continue
            if j >= len(inds):
                problems.append(f"{rw}: row {row[iname]!r} has no expected indicator")
                continue
            ind = inds[j]
            j += 1
            n_ind += 1
            iw_ = f"{rw} {row[iname]!r}"
            if set(ind) - {"doubt"} != IND_KEYS:
                problems.append(f"{iw_}: indicator keys {sorted(ind)}")
            if "doubt" in ind and (not isinstance(ind["doubt"], str) or not ind["doubt"].strip()):
                problems.append(f"{iw_}: doubt {ind['doubt']!r}")
            for f, want in (
                ("level1", l1 if i1 is not None else None),
                ("level2", l2 if i2 is not None else None),
                ("name", name_of(row[iname])),
                ("annual_raw", val(iann)),
                ("period_raw", val(iper)),
                ("weight", val(iw)),
                ("actual_raw", val(iact)),
                ("score", val(isc)),
            ):
                if ind.get(f) != want:
                    problems.append(f"{iw_}: {f} {ind.get(f)!r} vs cell {want!r}")
            a = ind.get("annual")
            if check_annual(iw_, a, val(iann), problems):
                check_coded(iw_, a, val(iann), val(isign), val(iunit), problems)
        for ind in inds[j:]:
            problems.append(f"{pw}: expected indicator {ind.get('name')!r} left over (no row)")
    return problems, n_ind, n_skip


def main():
    folder = (
        os.path.abspath(sys.argv[1])
        if len(sys.argv) > 1
        else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    )
    expdir = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(folder, "expected")
    total = skipped = 0
    allp = []
    for dpath in sorted(glob.glob(os.path.join(folder, "data", "*.json"))):
        epath = os.path.join(expdir, os.path.basename(dpath))
        if not os.path.exists(epath):
            allp.append(f"{os.path.basename(dpath)}: no expected file")
            continue
        p, n, s = walk(dpath, epath)
        total += n
        skipped += s
        allp += p
    for line in allp:
        print(line)
    print(f"{folder}: {total} indicators walked, {skipped} placeholder rows skipped, {len(allp)} mismatches")
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
