"""Second reader's own structural walk: data/*.json cells vs expected/*.json (independent of build.py)."""

import glob, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/blind15"
EMPTYISH = {"", "—", "/", "无", "-", "——"}


def strip_points(s):
    s = re.sub(r"\s+", "", s)
    # bracketed points: (50分) （0-50分） (50) （0～10分）
    s = re.sub(r"[（(]\s*[0-9０-９]+(?:\s*[-－~～]\s*[0-9]+)?\s*分?[）)]$", "", s)
    s = re.sub(r"[0-9]+分$", "", s)
    return s


def find(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def norm_name(s):
    # keep as printed except surrounding whitespace / line breaks
    return re.sub(r"\s*\n\s*", "", s.strip())


problems = []
n_ind = n_ph = 0
for df in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
    doc = os.path.basename(df)[:-5]
    data = json.load(open(df, encoding="utf-8"))
    exp = json.load(open(os.path.join(ROOT, "expected", doc + ".json"), encoding="utf-8"))
    if len(data["projects"]) != len(exp["projects"]):
        problems.append((doc, "project count"))
        continue
    for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
        hdr = {k: v for k, v in dp["header"]}
        if ep["name"] != hdr.get("项目名称"):
            problems.append((doc, pi, "project name", ep["name"], hdr.get("项目名称")))
        if ep["department"] != hdr.get("主管部门"):
            problems.append((doc, pi, "department"))
        cols = dp["columns"]
        i1, i2 = find(cols, ["一级指标"]), find(cols, ["二级指标"])
        inm = find(cols, ["三级指标", "指标名称", "指标内容"])
        ian = find(cols, ["年度指标值", "指标值", "目标值", "指标值及单位"])
        ipe = find(cols, ["实施期指标值", "中期指标值", "长期指标值"])
        iw = find(cols, ["权重", "权重（%）", "分值"])
        ia = find(cols, ["实际完成值"])
        isc = find(cols, ["得分"])
        assert inm is not None and ian is not None, (doc, cols)
        # sanity: a table should not carry two annual-like columns
        ann_like = [c for c in cols if c in ("年度指标值", "指标值", "目标值", "指标值及单位")]
        if len(ann_like) > 1:
            problems.append((doc, pi, "two annual columns", ann_like))
        l1 = l2 = None
        walked = []
        for row in dp["rows"]:
            if len(row) != len(cols):
                problems.append((doc, pi, "row width", row))
            if i1 is not None and row[i1]:
                l1, l2 = strip_points(row[i1]), None
            if i2 is not None and row[i2]:
                l2 = strip_points(row[i2])
            value_cells = [row[i] for i in (ian, ipe, iw, ia, isc) if i is not None]
            if row[inm].strip() in EMPTYISH and all(v.strip() in EMPTYISH for v in value_cells):
                n_ph += 1
                continue
            g = lambda i: (row[i] if row[i] != "" else None) if i is not None else None
            walked.append(
                dict(
                    level1=l1,
                    level2=l2,
                    name=norm_name(row[inm]),
                    period_raw=g(ipe),
                    annual_raw=g(ian),
                    weight=g(iw),
                    actual_raw=g(ia),
                    score=g(isc),
                )
            )
        inds = ep["indicators"]
        if len(walked) != len(inds):
            problems.append((doc, pi, "indicator count", len(walked), len(inds)))
        for k, (w, e) in enumerate(zip(walked, inds)):
            for f, v in w.items():
                if e.get(f) != v:
                    problems.append((doc, pi, k + 1, f, v, e.get(f)))
            a = e["annual"]
            if set(a) != {"kind", "comparator", "value", "value_max", "unit", "per"}:
                problems.append((doc, pi, k + 1, "annual fields", sorted(a)))
            if a["kind"] in ("qualitative", "direction", "text", "empty", "composite") and any(
                a[x] is not None for x in ("comparator", "value", "value_max", "unit", "per")
            ):
                problems.append((doc, pi, k + 1, "non-numeric kind with fields", a))
            if a["kind"] in ("quantity", "change", "rank") and (a["value"] is None or a["comparator"] is None):
                problems.append((doc, pi, k + 1, "numeric kind without value/comparator", a))
            if a["kind"] == "range" and (a["comparator"] != "between" or a["value_max"] is None):
                problems.append((doc, pi, k + 1, "range shape", a))
            for x in ("value", "value_max"):
                if a[x] is not None and not re.fullmatch(r"-?\d+(\.\d+)?", a[x]):
                    problems.append((doc, pi, k + 1, "bad number", a[x]))
        n_ind += len(inds)
        # weights sum
        ws = [
            float(w["weight"])
            for w in walked
            if w["weight"] not in (None,) and re.fullmatch(r"[\d.]+", w["weight"] or "")
        ]
        print(f"{doc} P{pi + 1}: {len(walked)} indicators, weights sum {sum(ws):g}")
print("indicators", n_ind, "placeholders", n_ph)
print("mismatches", len(problems))
for p in problems:
    print("  ", p)
