"""Second reader's structural walk of a blind corpus: data/ against expected/.

python walk.py [corpus folder] [expected folder]

Own code (no import of the corpus's build, render or check code).  For every data/ project: name and department from
the header block; every grid row in order, the columns picked by header NAME; 一级/二级 carried down over empty cells,
whitespace removed, printed points stripped; placeholder rows skipped; name, annual/period/actual raw, weight and score
equal to the cells (empty -> null); the annotation's keys consistent with its kind; in coded grids the sign column
agreeing with the comparator.  Prints every mismatch; exit 1 if any."""

import glob
import json
import os
import re
import sys

NAME = ("三级指标", "指标内容", "指标名称")
ANNUAL = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT = ("权重", "分值", "权重（%）")
ACTUAL = ("实际完成值",)
SCORE = ("得分",)
SIGN = ("指标性质", "计算符号", "符号")
PLACEHOLDER = {"", "/", "／", "—", "-", "－", "无", "…", "——"}
KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
KEYS = ["kind", "comparator", "value", "value_max", "unit", "per"]
IND_KEYS = {"level1", "level2", "name", "period_raw", "annual_raw", "annual", "weight", "actual_raw", "score"}
COMPARATORS = {"=", ">", ">=", "<", "<=", "between"}
PERS = {None, "year", "quarter", "month", "week", "day"}
SIGN_MAP = {
    "≥": ">=",
    "≧": ">=",
    ">=": ">=",
    "＞": ">",
    ">": ">",
    "≤": "<=",
    "≦": "<=",
    "<=": "<=",
    "＜": "<",
    "<": "<",
    "=": "=",
    "＝": "=",
}
D = "[0-9０-９]"
POINTS = [re.compile(r"[（(]%s+(?:[-－~～—]%s+)?分?[)）]分?" % (D, D)), re.compile(r"%s+分$" % D)]


def category(text):
    t = re.sub(r"\s+", "", text)
    for p in POINTS:
        t = p.sub("", t)
    return t


def name_of(text):
    t = text.strip()
    out = []
    for i, ch in enumerate(t):
        if ch.isspace():
            left = out[-1] if out else ""
            right = next((c for c in t[i + 1 :] if not c.isspace()), "")
            if left and right and left.isascii() and right.isascii() and not left.isspace():
                out.append(" ")
            continue
        out.append(ch)
    return "".join(out)


def pick(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def val(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def is_placeholder(row, cols, idx):
    iname = idx["name"]
    cells = [row[iname]] + [
        row[idx[k]] for k in ("annual", "period", "weight", "actual", "score") if idx[k] is not None
    ]
    return all(c.strip() in PLACEHOLDER for c in cells)


def check_annotation(where, ind, coded_sign, out):
    a = ind.get("annual")
    if not isinstance(a, dict) or list(a.keys()) != KEYS:
        out.append("%s: annual keys %r" % (where, list(a.keys()) if isinstance(a, dict) else a))
        return
    k = a["kind"]
    if k not in KINDS:
        out.append("%s: unknown kind %r" % (where, k))
        return
    if a["per"] not in PERS:
        out.append("%s: per %r" % (where, a["per"]))
    if a["comparator"] is not None and a["comparator"] not in COMPARATORS:
        out.append("%s: comparator %r" % (where, a["comparator"]))
    for f in ("value", "value_max"):
        v = a[f]
        if v is not None and not (isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?", v)):
            out.append("%s: %s %r not a decimal string" % (where, f, v))
    if k in ("qualitative", "direction", "text", "empty", "composite"):
        bad = [f for f in ("comparator", "value", "value_max", "unit", "per") if a[f] is not None]
        if bad:
            out.append("%s: kind %s with %s set" % (where, k, bad))
    if k == "timeframe":
        bad = [f for f in ("value", "value_max", "unit") if a[f] is not None]
        if bad:
            out.append("%s: timeframe with %s set" % (where, bad))
        if a["comparator"] not in (None, "<=", "<", ">=", "between"):
            out.append("%s: timeframe comparator %r" % (where, a["comparator"]))
    if k == "range":
        if a["comparator"] != "between" or a["value"] is None or a["value_max"] is None:
            out.append("%s: range needs between/value/value_max" % where)
        elif float(a["value"]) > float(a["value_max"]):
            out.append("%s: range value > value_max" % where)
    if k in ("quantity", "change", "rank"):
        if a["value"] is None or a["comparator"] in (None, "between") or a["value_max"] is not None:
            out.append("%s: %s needs comparator and value, no value_max" % (where, k))
    if k == "empty" and ind["annual_raw"] is not None and ind["annual_raw"].strip() not in PLACEHOLDER:
        out.append("%s: kind empty beside %r" % (where, ind["annual_raw"]))
    if k != "empty" and ind["annual_raw"] is None:
        out.append("%s: kind %s beside an empty cell" % (where, k))
    if "doubt" in ind and not (isinstance(ind["doubt"], str) and ind["doubt"].strip()):
        out.append("%s: empty doubt" % where)
    if coded_sign is not None:
        s = coded_sign.strip()
        if s == "定性" and k != "qualitative":
            out.append("%s: 定性 beside kind %s" % (where, k))
        if s in SIGN_MAP and k in ("quantity", "change", "rank", "timeframe") and a["comparator"] != SIGN_MAP[s]:
            out.append("%s: sign %s but comparator %r" % (where, s, a["comparator"]))
        if s in SIGN_MAP and k == "quantity" and re.fullmatch(r"[\d,]+(\.\d+)?", ind["annual_raw"] or ""):
            if a["value"] is None or float(a["value"]) != float(ind["annual_raw"].replace(",", "")):
                out.append("%s: value %r vs cell %r" % (where, a["value"], ind["annual_raw"]))


def walk(folder, expdir):
    out, n_ind, n_skip = [], 0, 0
    for df in sorted(glob.glob(os.path.join(folder, "data", "*.json"))):
        doc = os.path.basename(df)[:-5]
        data = json.load(open(df, encoding="utf-8"))
        ef = os.path.join(expdir, doc + ".json")
        if not os.path.exists(ef):
            out.append("%s: no expected file" % doc)
            continue
        exp = json.load(open(ef, encoding="utf-8"))
        if len(exp["projects"]) != len(data["projects"]):
            out.append("%s: %d projects in data, %d expected" % (doc, len(data["projects"]), len(exp["projects"])))
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            tag = "%s/%s" % (doc, "AB"[pi] if pi < 2 else pi)
            h = {}
            for kv in dp["header"]:
                h.setdefault(kv[0], kv[1])
            if ep.get("name") != h.get("项目名称"):
                out.append("%s: name %r vs header %r" % (tag, ep.get("name"), h.get("项目名称")))
            if ep.get("department") != h.get("主管部门"):
                out.append("%s: department %r vs header %r" % (tag, ep.get("department"), h.get("主管部门")))
            cols = dp["columns"]
            idx = {
                "l1": pick(cols, ("一级指标",)),
                "l2": pick(cols, ("二级指标",)),
                "name": pick(cols, NAME),
                "annual": pick(cols, ANNUAL),
                "period": pick(cols, PERIOD),
                "weight": pick(cols, WEIGHT),
                "actual": pick(cols, ACTUAL),
                "score": pick(cols, SCORE),
                "sign": pick(cols, SIGN),
            }
            if idx["name"] is None or idx["annual"] is None:
                out.append("%s: no name or value column in %r" % (tag, cols))
                continue
            inds = ep["indicators"]
            l1 = l2 = None
            j = 0
            for ri, row in enumerate(dp["rows"]):
                if len(row) != len(cols):
                    out.append("%s row %d: %d cells for %d columns" % (tag, ri + 1, len(row), len(cols)))
                if idx["l1"] is not None and row[idx["l1"]].strip():
                    l1, l2 = category(row[idx["l1"]]), None
                if idx["l2"] is not None and row[idx["l2"]].strip():
                    l2 = category(row[idx["l2"]])
                if is_placeholder(row, cols, idx):
                    n_skip += 1
                    continue
                where = "%s row %d (%s)" % (tag, ri + 1, row[idx["name"]])
                if j >= len(inds):
                    out.append("%s: no expected indicator left" % where)
                    continue
                ind = inds[j]
                j += 1
                n_ind += 1
                keys = set(ind) - {"doubt"}
                if keys != IND_KEYS:
                    out.append("%s: indicator keys %s" % (where, sorted(keys ^ IND_KEYS)))
                want = {
                    "level1": l1,
                    "level2": l2,
                    "name": name_of(row[idx["name"]]),
                    "annual_raw": val(row, idx["annual"]),
                    "period_raw": val(row, idx["period"]),
                    "weight": val(row, idx["weight"]),
                    "actual_raw": val(row, idx["actual"]),
                    "score": val(row, idx["score"]),
                }
                for f, w in want.items():
                    if ind.get(f) != w:
                        out.append("%s: %s %r, cell %r" % (where, f, ind.get(f), w))
                check_annotation(where, ind, row[idx["sign"]] if idx["sign"] is not None else None, out)
            if j != len(inds):
                out.append("%s: %d expected indicators, %d grid rows" % (tag, len(inds), j))
    return out, n_ind, n_skip


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "."
    expdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(folder, "expected")
    out, n, skip = walk(folder, expdir)
    for line in out:
        print(line)
    print("%d indicators, %d placeholder rows skipped, %d mismatches" % (n, skip, len(out)))
    sys.exit(1 if out else 0)


if __name__ == "__main__":
    main()
