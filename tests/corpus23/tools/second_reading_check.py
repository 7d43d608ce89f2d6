"""Second reader's structural walk over a corpus folder (own code: it imports nothing of render23.py, of the tools
beside it, of tests/corpus/src/build.py or of the parser).

    python tools/second_reading_check.py [folder] [expected folder]

For every project of <folder>/data/*.json it checks <expected folder>/*.json (default <folder>/expected):
  - the project's name and department against the header block (项目名称, 主管部门), the expected project's keys;
  - every grid row in order, columns picked by header NAME; 一级/二级 filled down over empty cells, printed points
    stripped by this file's own patterns, whitespace removed; null where the grid has no 一级/二级 column;
  - name / annual_raw / period_raw / weight / actual_raw / score equal to the cells (an empty cell -> null);
  - placeholder rows (name and every value cell empty or a placeholder mark) skipped, every other row an indicator;
  - the annual target: exactly the six keys; kind in the contract's set; comparator and per in their sets; value and
    value_max decimal strings without separators; no comparator/value/value_max/unit/per on qualitative, direction,
    text, empty or composite; no value/value_max/unit on a timeframe; `between` with both bounds on a range and only
    there; comparator and value on quantity, change and rank; the value (and value_max) among the numbers of the raw
    cell (full-width digits, Chinese numerals, 千 and zero claims folded);
  - in grids with a sign column: `定性` -> qualitative, a sign -> the same comparator; with a unit column: the unit
    cell agreeing with the unit (and per) through a small map, else equal as written (万 in the value joins the unit).
Exit status 1 when anything is reported.
"""

import glob
import json
import os
import re
import sys
import unicodedata

NAME_COLS = ("三级指标", "指标内容", "指标名称")
ANNUAL_COLS = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD_COLS = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT_COLS = ("权重", "分值", "权重（%）", "权重(%)")
SIGN_COLS = ("指标性质", "计算符号", "符号")
UNIT_COLS = ("度量单位", "计量单位")
PLACEHOLDER = {"", "/", "／", "—", "——", "-", "－", "无", "…", "……", "\\"}
KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
COMPARATORS = {None, "=", ">", ">=", "<", "<=", "between"}
PERS = {None, "year", "quarter", "month", "week", "day"}
KEYS = ["kind", "comparator", "value", "value_max", "unit", "per"]
SIGNS = {
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "＞=": ">=",
    "大于等于": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "小于等于": "<=",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    ">": ">",
    "＞": ">",
    "大于": ">",
    "高于": ">",
    "<": "<",
    "＜": "<",
    "小于": "<",
    "低于": "<",
    "=": "=",
    "＝": "=",
    "等于": "=",
}
# unit cell -> (unit, per) in the contract's common form
UNIT_MAP = {
    "%": ("%", None),
    "％": ("%", None),
    "百分比": ("%", None),
    "km": ("公里", None),
    "cm": ("厘米", None),
    "m": ("米", None),
    "M": ("米", None),
    "kg": ("公斤", None),
    "t": ("吨", None),
    "kW": ("千瓦", None),
    "dB": ("分贝", None),
    "h": ("小时", None),
    "min": ("分钟", None),
    "mg/L": ("毫克/升", None),
    "μg/m³": ("微克/立方米", None),
    "m²": ("平方米", None),
    "平米": ("平方米", None),
    "m³": ("立方米", None),
    "m³/d": ("立方米", "day"),
    "万m²": ("万平方米", None),
    "万m³": ("万立方米", None),
    "万km": ("万公里", None),
    "万t": ("万吨", None),
    "万kWh": ("万千瓦时", None),
    "kWh": ("千瓦时", None),
    "个工作日": ("工作日", None),
    "日": ("天", None),
    "元/m²": ("元/平方米", None),
    "元/人.月": ("元/人·月", None),
    "元/人*月": ("元/人·月", None),
    "个百分点": ("百分点", None),
    "次/年": ("次", "year"),
    "次/月": ("次", "month"),
    "次/季度": ("次", "quarter"),
    "次/周": ("次", "week"),
    "次/日": ("次", "day"),
    "t/d": ("吨", "day"),
}
# Latin pieces of a compound unit cell (元/m³, 万元/km, 万kW·h) -> the Chinese unit
PIECES = {
    "km²": "平方公里",
    "hm²": "公顷",
    "m²": "平方米",
    "㎡": "平方米",
    "m³/s": "立方米/秒",
    "m³": "立方米",
    "kWh": "千瓦时",
    "kW·h": "千瓦时",
    "km": "公里",
    "mm": "毫米",
    "cm": "厘米",
    "ms": "毫秒",
    "MPa": "兆帕",
    "dB(A)": "分贝",
    "t": "吨",
}
PERIOD_WORDS = {"年": "year", "季度": "quarter", "月": "month", "周": "week", "日": "day", "天": "day"}


def unit_of_cell(uc):
    """A unit cell -> (unit, per) as the contract writes them."""
    if uc in UNIT_MAP:
        return UNIT_MAP[uc]
    m = re.fullmatch(r"(.+)/(年|季度|月|周|日|天)", uc)
    if m and not re.search(r"[A-Za-z²³]", m.group(1)):
        return m.group(1), PERIOD_WORDS[m.group(2)]
    out = uc
    for k in sorted(PIECES, key=len, reverse=True):
        out = re.sub(r"(?<![A-Za-z])" + re.escape(k) + r"(?![A-Za-z²³])", PIECES[k], out)
    return out, None


CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def points_off(text):
    """A category as printed with its points removed (own patterns), whitespace removed."""
    t = unicodedata.normalize("NFKC", text)  # full-width digits, brackets, tilde, hyphen -> ASCII
    t = re.sub(r"\s+", "", t)
    t = re.sub(r"\((?:\d+(?:\.\d+)?[-~–—]?)+分?\)分?", "", t)  # (50分) (0-30分) (40) (40)分
    t = re.sub(r"\d+(?:\.\d+)?分$", "", t)  # 满意度指标20分
    # NFKC changed only the points; keep the label's own characters as printed
    return (
        re.sub(r"\s+", "", text) if t == unicodedata.normalize("NFKC", re.sub(r"\s+", "", text)) else _strip_raw(text)
    )


def _strip_raw(text):
    t = re.sub(r"\s+", "", text)
    t = re.sub(r"[（(](?:[\d０-９]+(?:\.\d+)?[\-－~～–—]?)+分?[)）]分?", "", t)
    t = re.sub(r"[\d０-９]+(?:\.\d+)?分$", "", t)
    return t


def name_of(text):
    return re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", text.strip())


def pick(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def cn_number(s):
    """A Chinese numeral (二十, 十三, 三, 二点五, 一千二百) -> float, else None."""
    if not s or any(ch not in CN and ch not in CN_UNIT and ch != "点" for ch in s):
        return None
    if "点" in s:
        a, b = s.split("点", 1)
        ia = cn_number(a) if a else 0
        if ia is None or any(ch not in CN for ch in b):
            return None
        return float(f"{int(ia)}." + "".join(str(CN[ch]) for ch in b))
    total, cur = 0, None
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        else:
            total += (cur if cur is not None else 1) * CN_UNIT[ch]
            cur = None
    return float(total + (cur or 0))


def numbers(raw):
    """Every number a reader can see in the raw cell."""
    t = unicodedata.normalize("NFKC", raw).replace(",", "")
    out = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", t)] + [float(x) for x in re.findall(r"\d+(?:\.\d+)?", t)]
    out += [float(x) * 1000 for x in re.findall(r"(\d+(?:\.\d+)?)千", t)]
    for run in re.findall(r"[零〇一二两三四五六七八九十百千点]+", t):
        for piece in re.split(r"[至到分之]", run):
            v = cn_number(piece)
            if v is not None:
                out.append(v)
        m = re.match(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", run)
        if m:
            out.append(cn_number(m.group(2)))
    if re.search(r"零|无|未发生|不发生|杜绝|不新增", t):
        out.append(0.0)
    return out


def decimal_ok(v):
    return v is None or (isinstance(v, str) and re.fullmatch(r"-?\d+(?:\.\d+)?", v) is not None)


def check_annual(where, a, raw, sign, unit_cell, report):
    if list(a.keys()) != KEYS:
        report(where, f"annual keys {list(a.keys())}")
        return
    k, c, v, vm, u, per = (a[x] for x in KEYS)
    if k not in KINDS:
        report(where, f"kind {k!r}")
    if c not in COMPARATORS:
        report(where, f"comparator {c!r}")
    if per not in PERS:
        report(where, f"per {per!r}")
    for x in (v, vm):
        if not decimal_ok(x):
            report(where, f"value {x!r} not a plain decimal string")
    if k in ("qualitative", "direction", "text", "empty", "composite"):
        if any(x is not None for x in (c, v, vm, u, per)):
            report(where, f"{k} with comparator/value/unit/per {c, v, vm, u, per}")
    if k == "timeframe" and any(x is not None for x in (v, vm, u)):
        report(where, f"timeframe with value/unit {v, vm, u}")
    if (c == "between") != (k == "range"):
        report(where, f"between on {k} (comparator {c})")
    if k == "range" and (v is None or vm is None):
        report(where, f"range without both bounds {v, vm}")
    if k in ("quantity", "change", "rank") and (c is None or v is None):
        report(where, f"{k} without comparator or value {c, v}")
    if k != "range" and vm is not None:
        report(where, f"value_max on {k}")
    if (
        k == "empty"
        and raw not in (None, "无", "/", "—", "-", "…")
        and raw is not None
        and raw.strip() not in PLACEHOLDER
    ):
        report(where, f"empty beside a value cell {raw!r}")
    if raw is None and k != "empty":
        report(where, f"empty cell read as {k}")
    if raw is not None and v is not None and decimal_ok(v):
        nums = numbers(raw)
        for x in (v, vm):
            if x is not None and decimal_ok(x) and not any(abs(float(x) - n) < 1e-9 for n in nums):
                report(where, f"value {x} not among the numbers of {raw!r}")
    # coded columns
    if sign is not None:
        s = sign.strip()
        if s == "定性":
            if k != "qualitative":
                report(where, f"定性 read as {k}")
        elif s in SIGNS and k in ("quantity", "change", "rank", "timeframe"):
            if c != SIGNS[s] and not (k == "timeframe" and c is None and SIGNS[s] == "="):
                report(where, f"sign {s!r} but comparator {c!r}")
    if unit_cell is not None and unit_cell.strip() not in PLACEHOLDER and k in ("quantity", "change", "rank", "range"):
        uc = unit_cell.strip()
        want_u, want_per = unit_of_cell(uc)
        if raw and "万" in raw and not want_u.startswith("万"):
            want_u = "万" + want_u
        if u != want_u:
            report(where, f"unit cell {uc!r} but unit {u!r} (expected {want_u!r})")
        if want_per is not None and per != want_per:
            report(where, f"unit cell {uc!r} but per {per!r}")


def walk(folder, exp_folder):
    problems = []
    counts = {"indicators": 0, "placeholders": 0}

    def report(where, msg):
        problems.append(f"{where}: {msg}")

    for df in sorted(glob.glob(os.path.join(folder, "data", "*.json"))):
        doc = os.path.basename(df)[:-5]
        ef = os.path.join(exp_folder, doc + ".json")
        if not os.path.exists(ef):
            report(doc, "no expected file")
            continue
        data, exp = json.load(open(df, encoding="utf-8")), json.load(open(ef, encoding="utf-8"))
        if len(data["projects"]) != len(exp["projects"]):
            report(doc, f"{len(data['projects'])} projects in data, {len(exp['projects'])} expected")
        for pi, (p, ep) in enumerate(zip(data["projects"], exp["projects"])):
            w0 = f"{doc} P{pi + 1}"
            hdr = {}
            for row in p["header"]:
                for j in range(0, len(row) - 1, 2):
                    hdr.setdefault(row[j], row[j + 1])
            if set(ep) - {"name", "department", "indicators", "doubt"} or not {
                "name",
                "department",
                "indicators",
            } <= set(ep):
                report(w0, f"project keys {sorted(ep)}")
            if ep.get("name") != hdr.get("项目名称"):
                report(w0, f"name {ep.get('name')!r} != header {hdr.get('项目名称')!r}")
            if ep.get("department") != hdr.get("主管部门"):
                report(w0, f"department {ep.get('department')!r} != header {hdr.get('主管部门')!r}")
            cols = [re.sub(r"\s+", "", c) for c in p["columns"]]
            i1, i2 = pick(cols, ("一级指标",)), pick(cols, ("二级指标",))
            iname, iann, iper = pick(cols, NAME_COLS), pick(cols, ANNUAL_COLS), pick(cols, PERIOD_COLS)
            iw, iact, isc = pick(cols, WEIGHT_COLS), pick(cols, ("实际完成值",)), pick(cols, ("得分",))
            isign, iunit = pick(cols, SIGN_COLS), pick(cols, UNIT_COLS)
            value_cols = [x for x in (iname, iann, iper, iw, iact, isc, isign, iunit) if x is not None]
            l1 = l2 = None
            inds = ep.get("indicators", [])
            n = 0
            for ri, row in enumerate(p["rows"]):
                if i1 is not None and row[i1].strip():
                    l1, l2 = points_off(row[i1]), None
                if i2 is not None and row[i2].strip():
                    l2 = points_off(row[i2])
                if all(row[x].strip() in PLACEHOLDER for x in value_cols):
                    counts["placeholders"] += 1
                    continue
                where = f"{w0} row {ri + 1}"
                if n >= len(inds):
                    report(where, "row has no expected indicator")
                    continue
                ind = inds[n]
                n += 1
                counts["indicators"] += 1

                def cellv(i):
                    return None if i is None or row[i] == "" else row[i]

                want = {
                    "level1": l1,
                    "level2": l2,
                    "name": name_of(row[iname]),
                    "period_raw": cellv(iper),
                    "annual_raw": cellv(iann),
                    "weight": cellv(iw),
                    "actual_raw": cellv(iact),
                    "score": cellv(isc),
                }
                for key, wv in want.items():
                    if ind.get(key, "<missing>") != wv:
                        report(where, f"{key} {ind.get(key, '<missing>')!r} != cell {wv!r}")
                extra = set(ind) - set(want) - {"annual", "doubt"}
                if extra or "annual" not in ind:
                    report(where, f"indicator keys {sorted(ind)}")
                    continue
                if "doubt" in ind and not (isinstance(ind["doubt"], str) and ind["doubt"].strip()):
                    report(where, "empty doubt")
                check_annual(
                    f"{where} {want['name']}", ind["annual"], want["annual_raw"], cellv(isign), cellv(iunit), report
                )
            if n != len(inds):
                report(w0, f"{len(inds)} expected indicators, {n} grid rows walked")
    return counts, problems


def main():
    folder = (
        os.path.abspath(sys.argv[1])
        if len(sys.argv) > 1
        else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    )
    exp_folder = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(folder, "expected")
    counts, problems = walk(folder, exp_folder)
    for p in problems:
        print(p)
    print(
        f"{folder}: {counts['indicators']} indicators, {counts['placeholders']} placeholder rows skipped, "
        f"{len(problems)} mismatches"
    )
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
