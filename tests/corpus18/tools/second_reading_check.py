"""Second reader's structural walk (own code): expected/*.json against the grid cells of data/*.json.
Usage: python second_reading_check.py [corpus folder] [expected folder]"""

import glob, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXP = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "expected")
NAME = ["三级指标", "指标内容", "指标名称"]
ANNUAL = ["年度指标值", "指标值", "指标值及单位", "目标值"]
PERIOD = ["实施期指标值", "长期指标值", "中期指标值"]
WEIGHT = ["权重", "分值", "权重（%）"]
PLACE = {"", "/", "／", "—", "-", "－", "——", "无"}
KEYS = {"kind", "comparator", "value", "value_max", "unit", "per"}
# points after a category: （30分） (0~50分) (30) （0-20）分 , possibly after a space
PTS = re.compile(r"\s*[（(]\s*[0-9０-９]+(?:\s*[-~～－—]\s*[0-9０-９]+)?\s*分?\s*[)）]\s*分?\s*$|\s+[0-9]+分$")


def strip_pts(s):
    return re.sub(r"\s", "", PTS.sub("", s))


def idx(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def get(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def squash(s):
    return None if s is None else re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", s.strip())


def walk():
    bad, n_ind, n_place = [], 0, 0
    for f in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc = os.path.basename(f)[:-5]
        data = json.load(open(f, encoding="utf-8"))
        ef = os.path.join(EXP, doc + ".json")
        if not os.path.exists(ef):
            bad.append(f"{doc}: no expected file")
            continue
        exp = json.load(open(ef, encoding="utf-8"))
        if len(exp["projects"]) != len(data["projects"]):
            bad.append(f"{doc}: {len(exp['projects'])} expected projects vs {len(data['projects'])}")
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            tag = f"{doc} P{pi + 1}"
            h = {k: v for k, v in dp["header"]}
            if ep.get("name") != h.get("项目名称"):
                bad.append(f"{tag}: name {ep.get('name')!r} != {h.get('项目名称')!r}")
            if ep.get("department") != h.get("主管部门"):
                bad.append(f"{tag}: department {ep.get('department')!r} != {h.get('主管部门')!r}")
            c = dp["columns"]
            i1, i2 = idx(c, ["一级指标"]), idx(c, ["二级指标"])
            iN, iA, iP = idx(c, NAME), idx(c, ANNUAL), idx(c, PERIOD)
            iW, iX, iS = idx(c, WEIGHT), idx(c, ["实际完成值"]), idx(c, ["得分"])
            value_cols = [i for i in (iA, iP, iX) if i is not None]
            want, l1, l2 = [], None, None
            for ri, row in enumerate(dp["rows"]):
                if len(row) != len(c):
                    bad.append(f"{tag} row {ri + 1}: {len(row)} cells for {len(c)} columns")
                if i1 is not None and row[i1].strip():
                    l1, l2 = strip_pts(row[i1]), None
                if i2 is not None and row[i2].strip():
                    l2 = strip_pts(row[i2])
                if row[iN].strip() in PLACE and all(row[i].strip() in PLACE for i in value_cols):
                    n_place += 1
                    continue
                want.append(
                    (
                        ri + 1,
                        {
                            "level1": l1,
                            "level2": l2,
                            "name": squash(row[iN]),
                            "annual_raw": get(row, iA),
                            "period_raw": get(row, iP),
                            "weight": get(row, iW),
                            "actual_raw": get(row, iX),
                            "score": get(row, iS),
                        },
                    )
                )
            got = ep.get("indicators", [])
            if len(got) != len(want):
                bad.append(f"{tag}: {len(got)} expected indicators vs {len(want)} grid rows (placeholders skipped)")
            for (rn, w), g in zip(want, got):
                n_ind += 1
                for k, v in w.items():
                    if k not in g:
                        bad.append(f"{tag} row {rn}: key {k} missing")
                    elif g[k] != v:
                        bad.append(f"{tag} row {rn} {w['name']}: {k} {g[k]!r} != cell {v!r}")
                a = g.get("annual")
                if not isinstance(a, dict):
                    bad.append(f"{tag} row {rn}: annual missing")
                    continue
                miss = KEYS - set(a)
                if miss:
                    bad.append(f"{tag} row {rn} {w['name']}: annual lacks {sorted(miss)}")
                if a.get("kind") in ("qualitative", "direction", "text", "empty") and any(
                    a.get(k) is not None for k in ("comparator", "value", "value_max", "unit")
                ):
                    bad.append(f"{tag} row {rn} {w['name']}: kind {a['kind']} with non-null fields")
    return bad, n_ind, n_place


if __name__ == "__main__":
    bad, n, p = walk()
    for b in bad:
        print(b)
    print(f"{n} indicators walked, {p} placeholder rows skipped, {len(bad)} mismatches")
    sys.exit(1 if bad else 0)
