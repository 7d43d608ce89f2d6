"""Second reader's structural walk (own code): expected/*.json against the grid cells of data/*.json.
Usage: python walk.py [corpus folder]   (default /work/blind17)"""

import glob, json, os, re, sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "/work/blind17"
NAME = ["三级指标", "指标内容", "指标名称"]
ANNUAL = ["年度指标值", "指标值", "指标值及单位", "目标值"]
PERIOD = ["实施期指标值", "长期指标值", "中期指标值"]
WEIGHT = ["权重", "分值", "权重（%）"]
KEYS = {"kind", "comparator", "value", "value_max", "unit", "per"}
EMPTYISH = {"", "/", "／", "—", "-", "－", "——", "无"}
# points printed with a category: （30分） (30分) （30） (30) ' 30分' at the end
PTS = re.compile(r"\s*[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$|\s+\d+(?:\.\d+)?分\s*$|[（(]\d+分[)）]")


def first(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def category(text):
    return re.sub(r"\s+", "", PTS.sub("", text))


def norm_name(s):
    return re.sub(r"\s+", "", s or "")


def val(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def walk():
    bad, n_ind, n_ph = [], 0, 0
    for f in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc = os.path.basename(f)[:-5]
        data = json.load(open(f, encoding="utf-8"))
        exp = json.load(open(os.path.join(ROOT, "expected", doc + ".json"), encoding="utf-8"))
        if len(data["projects"]) != len(exp["projects"]):
            bad.append((doc, "project count"))
            continue
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            h = dict(dp["header"])
            if ep["name"] != h.get("项目名称"):
                bad.append((doc, pi, "name", ep["name"], h.get("项目名称")))
            if ep["department"] != h.get("主管部门"):
                bad.append((doc, pi, "department", ep["department"], h.get("主管部门")))
            cols = dp["columns"]
            i1, i2 = first(cols, ["一级指标"]), first(cols, ["二级指标"])
            inm, ian, ipe = first(cols, NAME), first(cols, ANNUAL), first(cols, PERIOD)
            iw, iac, isc = first(cols, WEIGHT), first(cols, ["实际完成值"]), first(cols, ["得分"])
            if inm is None or ian is None:
                bad.append((doc, pi, "no name/annual column", cols))
                continue
            l1 = l2 = None
            want = []
            for row in dp["rows"]:
                if len(row) != len(cols):
                    bad.append((doc, pi, "row width", row))
                if i1 is not None and row[i1].strip():
                    l1, l2 = category(row[i1]), None
                if i2 is not None and row[i2].strip():
                    l2 = category(row[i2])
                own = [row[i].strip() for i in (inm, ian, ipe, iw, iac, isc) if i is not None]
                if row[inm].strip() in EMPTYISH and all(c in EMPTYISH for c in own):
                    n_ph += 1
                    continue
                want.append(
                    dict(
                        level1=l1,
                        level2=l2,
                        name=row[inm],
                        annual_raw=val(row, ian),
                        period_raw=val(row, ipe),
                        weight=val(row, iw),
                        actual_raw=val(row, iac),
                        score=val(row, isc),
                    )
                )
            got = ep["indicators"]
            if len(want) != len(got):
                bad.append((doc, pi, "indicator count", len(want), len(got)))
            for k, (w, g) in enumerate(zip(want, got)):
                n_ind += 1
                for key in ("level1", "level2", "annual_raw", "period_raw", "weight", "actual_raw", "score"):
                    if w[key] != g.get(key, "MISSING"):
                        bad.append((doc, pi, k + 1, key, w[key], g.get(key, "MISSING")))
                if norm_name(w["name"]) != norm_name(g.get("name")):
                    bad.append((doc, pi, k + 1, "name", w["name"], g.get("name")))
                a = g.get("annual")
                if not isinstance(a, dict) or set(a) != KEYS:
                    bad.append((doc, pi, k + 1, "annual keys", sorted(a or {})))
    return bad, n_ind, n_ph


if __name__ == "__main__":
    bad, n, ph = walk()
    for b in bad:
        print("MISMATCH", *b)
    print(f"{n} indicators walked, {ph} placeholder rows skipped, {len(bad)} mismatches")
    sys.exit(1 if bad else 0)
