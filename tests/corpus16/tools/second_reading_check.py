import json, glob, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/blind16"
PH = {"", "/", "／", "—", "-", "无", "…"}


def strip_pts(t):
    t = re.sub(r"\s+", "", t)
    t = re.sub(r"[（(][0-9０-９\-~～－]+分?[)）]分?", "", t)
    t = re.sub(r"[0-9]+分$", "", t)
    return t


def pick(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)


bad = 0
n = 0
for f in sorted(glob.glob(ROOT + "/data/*.json")):
    doc = os.path.basename(f)
    d = json.load(open(f))
    e = json.load(open(ROOT + "/expected/" + doc))
    if len(d["projects"]) != len(e["projects"]):
        print(doc, "project count")
        bad += 1
    for pi, (p, ep) in enumerate(zip(d["projects"], e["projects"])):
        h = dict(p["header"])
        c = p["columns"]
        if ep["name"] != h["项目名称"] or ep["department"] != h["主管部门"]:
            print(doc, pi, "name/dept")
            bad += 1
        i1, i2 = pick(c, ["一级指标"]), pick(c, ["二级指标"])
        iname = pick(c, ["三级指标", "指标内容", "指标名称"])
        ival = pick(c, ["年度指标值", "指标值", "指标值及单位", "目标值"])
        iper = pick(c, ["实施期指标值", "长期指标值", "中期指标值"])
        iw = pick(c, ["权重", "分值", "权重（%）"])
        ia = pick(c, ["实际完成值"])
        isc = pick(c, ["得分"])
        exp_rows = []
        l1 = l2 = None
        for row in p["rows"]:
            if len(row) != len(c):
                print(doc, pi, "width", row)
                bad += 1
            if i1 is not None and row[i1].strip():
                l1, l2 = strip_pts(row[i1]), None
            if i2 is not None and row[i2].strip():
                l2 = strip_pts(row[i2])
            nm = row[iname].strip()
            v = row[ival].strip()
            pv = row[iper].strip() if iper is not None else ""
            if nm in PH and v in PH and pv in PH:
                continue
            g = lambda i: (row[i] if row[i] != "" else None) if i is not None else None
            exp_rows.append(
                dict(
                    level1=l1,
                    level2=l2,
                    name=re.sub(r"\s+", "", nm),
                    annual_raw=g(ival),
                    period_raw=g(iper),
                    weight=g(iw),
                    actual_raw=g(ia),
                    score=g(isc),
                )
            )
        got = ep["indicators"]
        if len(got) != len(exp_rows):
            print(doc, pi, "count", len(got), len(exp_rows))
            bad += 1
        for k, (a, b) in enumerate(zip(got, exp_rows)):
            n += 1
            for key, val in b.items():
                ga = a[key]
                if key == "name":
                    ga = re.sub(r"\s+", "", ga)
                if ga != val:
                    print(doc, pi, k, key, repr(ga), repr(val))
                    bad += 1
            if set(a["annual"]) - {"doubt"} != {"kind", "comparator", "value", "value_max", "unit", "per"}:
                print(doc, pi, k, "annual keys")
                bad += 1
print("indicators", n, "mismatches", bad)
