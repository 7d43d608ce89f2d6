"""Second reader's structural walk of a corpus (own code; imports nothing of the writer's or the parser's).

python walk.py [corpus folder] [expected folder]
For every data/<doc>.json project: header block (项目名称, 主管部门) and every grid row in order against
expected/<doc>.json; columns picked by header NAME; 一级/二级 filled down, points stripped, whitespace removed;
placeholder rows skipped; raw cells equal; annotation keys consistent with the kind; coded sign/unit/number cells
agree with the annotation; numbers of quantity/range/change/rank found in the raw cell."""

import glob
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

NAME = ("三级指标", "指标内容", "指标名称")
ANNUAL = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT = ("权重", "分值", "权重（%）", "权重(%)")
SIGN = ("指标性质", "计算符号", "符号")
UNITCOL = ("度量单位", "计量单位")
PLACE = {"", "/", "／", "—", "——", "-", "无", "…", "……"}
KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
COMPS = {"=", ">", ">=", "<", "<=", "between"}
PERS = {None, "year", "quarter", "month", "week", "day"}
KEYS = ["kind", "comparator", "value", "value_max", "unit", "per"]
IND_KEYS = {"level1", "level2", "name", "period_raw", "annual_raw", "annual", "weight", "actual_raw", "score"}
SIGNS = {
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "大于等于": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "小于等于": "<=",
    "不高于": "<=",
    "不超过": "<=",
    ">": ">",
    "＞": ">",
    "大于": ">",
    "<": "<",
    "＜": "<",
    "小于": "<",
    "低于": "<",
    "=": "=",
    "＝": "=",
    "等于": "=",
}
# unit cells as the contract / README writes them (only what a coded cell may hold; identity otherwise)
UNITS = {
    "百分比": "%",
    "％": "%",
    "cm": "厘米",
    "km": "公里",
    "h": "小时",
    "min": "分钟",
    "mg/L": "毫克/升",
    "万m³": "万立方米",
    "m³": "立方米",
    "kWh/m³": "千瓦时/立方米",
    "元/m³": "元/立方米",
    "个工作日": "工作日",
    "m²": "平方米",
    "dB": "分贝",
    "t": "吨",
    "kg": "公斤",
    "ms": "毫秒",
}
UNIT_PER = {"m³/d": ("立方米", "day")}
D = "[0-9０-９]"
POINTS = [
    re.compile(p)
    for p in (
        r"[（(]\s*%s+(?:\s*[-~～－—]\s*%s+)?\s*分?\s*[)）]\s*分?" % (D, D),  # （50分） (0-50)分 （0～50分） (40)
        r"%s+(?:\.%s+)?\s*分\s*$" % (D, D),  # 产出指标50分, 产出指标 40分
    )
]


def catname(text):
    """A category as printed, its points (own patterns, half- or full-width) and whitespace removed."""
    t = text
    for p in POINTS:
        t = p.sub("", t)
    return re.sub(r"\s+", "", t)


def name_of(text):
    t = text.strip()
    t = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", t)
    return t


def idx(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def cell(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def is_dec(s):
    if not isinstance(s, str) or not re.fullmatch(r"-?\d+(\.\d+)?", s):
        return False
    try:
        Decimal(s)
        return True
    except InvalidOperation:
        return False


def numbers(raw):
    found = [Decimal(x) for x in re.findall(r"-?\d+(?:\.\d+)?", raw.replace(",", ""))]
    return found + [abs(x) for x in found]  # `-18` (a temperature) and `4-6` (a range) alike


def check_annual(where, a, raw, cells, cols, out):
    if not isinstance(a, dict) or list(a.keys()) != KEYS:
        out.append(f"{where}: annual keys {list(a) if isinstance(a, dict) else a!r} != {KEYS}")
        return
    k, c, v, vm, u, per = (a[x] for x in KEYS)
    if k not in KINDS:
        out.append(f"{where}: kind {k!r} unknown")
        return
    if c is not None and c not in COMPS:
        out.append(f"{where}: comparator {c!r} unknown")
    if per not in PERS:
        out.append(f"{where}: per {per!r} unknown")
    for nm, x in (("value", v), ("value_max", vm)):
        if x is not None and not is_dec(x):
            out.append(f"{where}: {nm} {x!r} not a decimal string")
    if k in ("qualitative", "direction", "text", "empty", "composite"):
        if any(x is not None for x in (c, v, vm, u, per)):
            out.append(f"{where}: {k} with comparator/value/unit/per set {[c, v, vm, u, per]}")
    if k == "timeframe" and any(x is not None for x in (v, vm, u)):
        out.append(f"{where}: timeframe with value/unit")
    if k == "timeframe" and c not in (None, "<=", ">=", "<", ">", "="):
        out.append(f"{where}: timeframe comparator {c!r}")
    if k == "range" and (c != "between" or v is None or vm is None):
        out.append(f"{where}: range needs between and both bounds ({c}, {v}, {vm})")
    if k != "range" and (vm is not None or c == "between"):
        out.append(f"{where}: value_max/between outside a range")
    if k in ("quantity", "change", "rank") and (c is None or v is None):
        out.append(f"{where}: {k} needs comparator and value ({c}, {v})")
    if k == "empty" and raw is not None and raw.strip() not in PLACE:
        out.append(f"{where}: kind empty beside a real value {raw!r}")
    if raw is None and k != "empty":
        out.append(f"{where}: empty cell but kind {k}")
    # a plain quantity cell (sign or 约/不少于-type word, a number, a short unit) read as anything but a quantity
    isg0 = idx(cols, SIGN)
    sign0 = cells[isg0].strip() if isg0 is not None else ""
    iu0 = idx(cols, UNITCOL)
    datey = re.search(r"[月前底汛]|全年|一遇", raw or "") or (
        k == "timeframe" and iu0 is not None and re.search(r"[年月日]", cells[iu0])
    )
    if (
        raw is not None
        and sign0 != "定性"
        and not datey
        and k not in ("quantity", "empty")
        and re.fullmatch(
            r"(≥|≤|>|<|＞|＜|=|＝|约|不少于|不低于|不超过|不高于|达到|达)?\s*\d[\d,]*(\.\d+)?\s*"
            r"(%|％|[A-Za-z²³/]{1,6}|[\u4e00-\u9fff]{1,3})?(以上|以下|以内|左右)?",
            raw.strip(),
        )
    ):
        out.append(f"{where}: plain quantity {raw!r} read as {k}")
    # numbers of the reading present in the raw cell (Arabic digits only; zero claims and numerals excepted)
    if raw is not None and k in ("quantity", "range", "change", "rank"):
        nums = numbers(raw)
        for x in (v, vm):
            if x is None or not is_dec(x):
                continue
            if Decimal(x) in nums:
                continue
            if Decimal(x) == 0 and re.search(r"零|未发生|无|不发生|杜绝", raw):
                continue
            if not re.search(r"\d", raw):  # Chinese numerals (百分之百, 二千): not checked
                continue
            out.append(f"{where}: value {x} not among the numbers of {raw!r}")
    # coded columns
    isg, iu = idx(cols, SIGN), idx(cols, UNITCOL)
    if isg is not None:
        s = cells[isg].strip()
        if s == "定性" and k != "qualitative":
            out.append(f"{where}: sign 定性 but kind {k}")
        elif s in SIGNS and raw is not None and re.fullmatch(r"[\d,.]+", raw.strip()) and c != SIGNS[s]:
            out.append(f"{where}: sign {s} but comparator {c}")
        elif (
            s in SIGNS
            and raw is not None
            and re.fullmatch(r"[\d,.]+", raw.strip()) is None
            and k in ("quantity",)
            and c != SIGNS[s]
        ):
            out.append(f"{where}: sign {s} but comparator {c} (value {raw!r})")
    if iu is not None and k in ("quantity", "range", "change", "rank") and raw is not None:
        ucell = cells[iu].strip()
        if ucell:
            bare = re.fullmatch(r"[<>≤≥＜＞=＝]?\s*[\d,.]+", raw.strip()) is not None
            if bare:
                if ucell in UNIT_PER:
                    want_u, want_per = UNIT_PER[ucell]
                else:
                    want_u, want_per = UNITS.get(ucell, ucell), per
                if u != want_u or per != want_per:
                    out.append(f"{where}: unit cell {ucell!r} but unit {u!r} per {per!r}")
    if raw is not None and k in ("quantity", "range", "change", "rank") and isg is not None:
        if re.fullmatch(r"[\d,.]+", raw.strip()) and v is not None and is_dec(v):
            if Decimal(v) != Decimal(raw.replace(",", "")):
                out.append(f"{where}: value {v} != coded cell {raw!r}")


def walk(folder, expdir):
    out, n_ind, n_skip = [], 0, 0
    docs = sorted(glob.glob(os.path.join(folder, "data", "*.json")))
    if not docs:
        return ["no data/*.json"], 0, 0
    for dpath in docs:
        doc = os.path.basename(dpath)[:-5]
        data = json.load(open(dpath, encoding="utf-8"))
        epath = os.path.join(expdir, doc + ".json")
        if not os.path.exists(epath):
            out.append(f"{doc}: no expected file")
            continue
        exp = json.load(open(epath, encoding="utf-8"))
        if set(exp) != {"projects"}:
            out.append(f"{doc}: expected top keys {sorted(exp)}")
        eps = exp.get("projects", [])
        if len(eps) != len(data["projects"]):
            out.append(f"{doc}: {len(data['projects'])} projects in data, {len(eps)} expected")
        for pi, p in enumerate(data["projects"]):
            if pi >= len(eps):
                break
            ep = eps[pi]
            tag = f"{doc} P{pi + 1}"
            h = {}
            for kv in p["header"]:
                h.setdefault(kv[0], kv[1] if len(kv) > 1 else "")
            extra_keys = set(ep) - {"name", "department", "indicators", "doubt"}
            if extra_keys:
                out.append(f"{tag}: project keys {sorted(extra_keys)}")
            if ep.get("name") != h.get("项目名称"):
                out.append(f"{tag}: name {ep.get('name')!r} != header {h.get('项目名称')!r}")
            if ep.get("department") != h.get("主管部门"):
                out.append(f"{tag}: department {ep.get('department')!r} != header {h.get('主管部门')!r}")
            cols = p["columns"]
            i1, i2 = idx(cols, ("一级指标",)), idx(cols, ("二级指标",))
            iname, iann, iper = idx(cols, NAME), idx(cols, ANNUAL), idx(cols, PERIOD)
            iw, iact, isc = idx(cols, WEIGHT), idx(cols, ("实际完成值",)), idx(cols, ("得分",))
            if iname is None or iann is None:
                out.append(f"{tag}: no name or value column in {cols}")
                continue
            vals = [i for i in (iname, iann, iper, iw, iact, isc, idx(cols, SIGN), idx(cols, UNITCOL)) if i is not None]
            l1 = l2 = None
            inds = ep.get("indicators", [])
            j = 0
            for ri, row in enumerate(p["rows"]):
                if len(row) != len(cols):
                    out.append(f"{tag} row {ri + 1}: {len(row)} cells for {len(cols)} columns")
                    continue
                if i1 is not None and row[i1].strip():
                    l1, l2 = catname(row[i1]), None
                if i2 is not None and row[i2].strip():
                    l2 = catname(row[i2])
                if all(row[i].strip() in PLACE for i in vals):
                    n_skip += 1
                    continue
                where = f"{tag} row {ri + 1} ({row[iname]})"
                if j >= len(inds):
                    out.append(f"{where}: no expected indicator left")
                    continue
                e = inds[j]
                j += 1
                n_ind += 1
                ks = set(e)
                if ks - {"doubt"} != IND_KEYS:
                    out.append(f"{where}: indicator keys {sorted(ks)}")
                if "doubt" in e and (not isinstance(e["doubt"], str) or not e["doubt"].strip()):
                    out.append(f"{where}: doubt {e['doubt']!r} not a text")
                want = {
                    "level1": l1 if i1 is not None else None,
                    "level2": l2 if i2 is not None else None,
                    "name": name_of(row[iname]),
                    "period_raw": cell(row, iper),
                    "annual_raw": cell(row, iann),
                    "weight": cell(row, iw),
                    "actual_raw": cell(row, iact),
                    "score": cell(row, isc),
                }
                for key, w in want.items():
                    if e.get(key, "<missing>") != w:
                        out.append(f"{where}: {key} {e.get(key, '<missing>')!r} != {w!r}")
                check_annual(where, e.get("annual"), cell(row, iann), row, cols, out)
            if j < len(inds):
                out.append(f"{tag}: {len(inds) - j} expected indicators beyond the grid ({inds[j].get('name')!r} …)")
    return out, n_ind, n_skip


def main():
    folder = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
    expdir = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(folder, "expected")
    out, n, skip = walk(folder, expdir)
    for line in out:
        print(line)
    print(f"{n} indicators walked, {skip} placeholder rows skipped, {len(out)} mismatches")
    sys.exit(1 if out else 0)


if __name__ == "__main__":
    main()
