import json, glob, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/blind14"
PH = {"", "/", "—", "-", "无", "－", "——", "…"}


def strip_pts(t):
    t = re.sub(r"\s+", "", t)
    t = re.sub(r"[（(]\d+分[)）]$", "", t)
    t = re.sub(r"\d+分$", "", t)
    t = re.sub(r"[（(]\d+[)）]$", "", t)
    return t


def first(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


bad = 0
total = 0
ph = 0


def mis(*a):
    global bad
    bad += 1
    print("MISMATCH", *a)


for f in sorted(glob.glob(ROOT + "/data/*.json")):
    doc = os.path.basename(f)[:-5]
    d = json.load(open(f))
    e = json.load(open(ROOT + "/expected/" + doc + ".json"))
    if len(d["projects"]) != len(e["projects"]):
        mis(doc, "project count")
    for p, ep in zip(d["projects"], e["projects"]):
        h = dict(p["header"])
        cols = p["columns"]
        if ep["name"] != h["项目名称"] or ep["department"] != h["主管部门"]:
            mis(doc, "name/dept")
        i1, i2 = first(cols, ["一级指标"]), first(cols, ["二级指标"])
        iname = first(cols, ["三级指标", "指标内容", "指标名称"])
        iann = first(cols, ["年度指标值", "指标值", "指标值及单位", "目标值"])
        iper = first(cols, ["实施期指标值", "长期指标值", "中期指标值"])
        iw = first(cols, ["权重", "分值", "权重（%）"])
        iact, isc = first(cols, ["实际完成值"]), first(cols, ["得分"])
        assert iname is not None and iann is not None, (doc, cols)
        l1 = l2 = None
        inds = []
        for row in p["rows"]:
            if len(row) != len(cols):
                mis(doc, "row width", row)
            if i1 is not None and row[i1].strip() and row[i1] not in PH:
                l1, l2 = strip_pts(row[i1]), None
            if i2 is not None and row[i2].strip() and row[i2] not in PH:
                l2 = strip_pts(row[i2])
            nm = row[iname].strip()
            vals = [row[i] for i in (iann, iper) if i is not None]
            if nm in PH and all(v.strip() in PH for v in vals):
                ph += 1
                print("placeholder", doc, row)
                continue
            g = lambda i: (row[i] if row[i] != "" else None) if i is not None else None
            inds.append(
                dict(
                    level1=l1,
                    level2=l2,
                    name=re.sub(r"\s+", "", nm),
                    period_raw=g(iper),
                    annual_raw=g(iann),
                    weight=g(iw),
                    actual_raw=g(iact),
                    score=g(isc),
                )
            )
        ex = ep["indicators"]
        if len(inds) != len(ex):
            mis(doc, ep["name"], "count", len(inds), len(ex))
        for k, (a, b) in enumerate(zip(inds, ex)):
            total += 1
            for key in a:
                bv = b[key] if key != "name" else re.sub(r"\s+", "", b[key])
                if a[key] != bv:
                    mis(doc, k + 1, key, repr(a[key]), repr(b[key]))
            ann = b["annual"]
            if set(ann) - {"kind", "comparator", "value", "value_max", "unit", "per"}:
                mis(doc, k + 1, "annual keys", ann)
            if ann["kind"] in ("qualitative", "direction", "text", "empty", "composite") and any(
                ann[x] for x in ("comparator", "value", "unit", "value_max", "per")
            ):
                mis(doc, k + 1, "kind with fields", ann)
            if ann["value"] is not None:
                float(ann["value"])
print("indicators", total, "placeholders", ph, "mismatches", bad)
