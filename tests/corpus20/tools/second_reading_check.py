#!/usr/bin/env python3
"""Second reader's structural walk: expected/<doc>.json against data/<doc>.json, cell for cell.

python walk.py [corpus folder] [expected folder]
Independent of the writer's tools and of build.py: columns by header name, 一级/二级 filled down,
printed points stripped by my own regex (ASCII and full-width digits), placeholder rows skipped."""

import glob
import json
import os
import re
import sys

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
EXP = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, "expected")

NAME = ("三级指标", "指标内容", "指标名称")
ANNUAL = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT = ("权重", "分值", "权重（%）", "权重(%)")
KEYS = {"kind", "comparator", "value", "value_max", "unit", "per"}
NUMLESS = {"qualitative", "direction", "text", "empty"}
PLACE = {"", "/", "／", "—", "——", "-", "无", "…", "……"}
D = r"[0-9０-９]"
# printed points: （５０分） (0～50分) (40分) （50） （0-20分） （0－30）分 … anywhere, and a glued 20分 at the end
PTS = re.compile(r"[（(]\s*(?:" + D + r"+\s*[-－~～—]\s*)?" + D + r"+(?:\.\d+)?\s*分?\s*[)）]\s*分?|" + D + r"+分$")


def strip_points(s):
    s = re.sub(r"\s+", "", s)
    return PTS.sub("", s)


def norm_name(s):
    s = s.strip()
    s = re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", s)
    return s


def pick(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def val(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def walk(root, exp_dir):
    problems, n_ind, n_skip = [], 0, 0
    for dpath in sorted(glob.glob(os.path.join(root, "data", "*.json"))):
        doc = os.path.basename(dpath)[:-5]
        data = json.load(open(dpath, encoding="utf-8"))
        epath = os.path.join(exp_dir, doc + ".json")
        if not os.path.exists(epath):
            problems.append(f"{doc}: expected file missing")
            continue
        exp = json.load(open(epath, encoding="utf-8"))
        if len(exp["projects"]) != len(data["projects"]):
            problems.append(f"{doc}: {len(exp['projects'])} expected projects, {len(data['projects'])} in data")
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            where = f"{doc} P{pi + 1}"
            h = {}
            for kv in dp["header"]:
                h.setdefault(kv[0], kv[1] if len(kv) > 1 else "")
            if ep.get("name") != h.get("项目名称"):
                problems.append(f"{where}: name {ep.get('name')!r} != header {h.get('项目名称')!r}")
            if ep.get("department") != h.get("主管部门"):
                problems.append(f"{where}: department {ep.get('department')!r} != header {h.get('主管部门')!r}")
            cols = dp["columns"]
            i1, i2 = pick(cols, ("一级指标",)), pick(cols, ("二级指标",))
            iname, iann, iper = pick(cols, NAME), pick(cols, ANNUAL), pick(cols, PERIOD)
            iw, iact, isc = pick(cols, WEIGHT), pick(cols, ("实际完成值",)), pick(cols, ("得分",))
            if iname is None or iann is None:
                problems.append(f"{where}: no name or annual column in {cols}")
                continue
            valcols = [i for i in (iann, iper, iw, iact, isc) if i is not None]
            want = []
            l1 = l2 = None
            for ri, row in enumerate(dp["rows"]):
                if len(row) != len(cols):
                    problems.append(f"{where} row {ri + 1}: {len(row)} cells for {len(cols)} columns")
                if i1 is not None and row[i1].strip():
                    l1, l2 = strip_points(row[i1]), None
                if i2 is not None and row[i2].strip():
                    l2 = strip_points(row[i2])
                if row[iname].strip() in PLACE and all(row[i].strip() in PLACE for i in valcols):
                    n_skip += 1
                    continue
                want.append(
                    (
                        ri + 1,
                        {
                            "level1": l1,
                            "level2": l2,
                            "name": norm_name(row[iname]),
                            "period_raw": val(row, iper),
                            "annual_raw": val(row, iann),
                            "weight": val(row, iw),
                            "actual_raw": val(row, iact),
                            "score": val(row, isc),
                        },
                    )
                )
            got = ep.get("indicators", [])
            if len(got) != len(want):
                problems.append(
                    f"{where}: {len(got)} expected indicators, {len(want)} grid rows (placeholders skipped)"
                )
            for k, ((rno, w), g) in enumerate(zip(want, got)):
                tag = f"{where} #{k + 1} (row {rno} {w['name']})"
                for f, v in w.items():
                    if g.get(f, "<absent>") != v:
                        problems.append(f"{tag}: {f} {g.get(f, '<absent>')!r} != {v!r}")
                extra = set(g) - set(w) - {"annual", "doubt"}
                if extra:
                    problems.append(f"{tag}: unexpected keys {sorted(extra)}")
                a = g.get("annual")
                if not isinstance(a, dict):
                    problems.append(f"{tag}: annual missing")
                    continue
                if set(a) != KEYS:
                    problems.append(f"{tag}: annual keys {sorted(a)}")
                kind = a.get("kind")
                if kind in NUMLESS:
                    for f in ("comparator", "value", "value_max", "unit", "per"):
                        if a.get(f) is not None:
                            problems.append(f"{tag}: {f}={a.get(f)!r} on kind {kind}")
                if kind == "timeframe" and (a.get("value") is not None or a.get("value_max") is not None):
                    problems.append(f"{tag}: value on a timeframe")
                if kind == "composite" and any(a.get(f) is not None for f in ("comparator", "value", "unit")):
                    problems.append(f"{tag}: top-level fields on a composite")
                if kind == "empty" and w["annual_raw"] is not None and w["annual_raw"].strip() not in PLACE:
                    problems.append(f"{tag}: kind empty beside {w['annual_raw']!r}")
                if kind == "range" and a.get("comparator") != "between":
                    problems.append(f"{tag}: range without between")
                if "doubt" in g and not (isinstance(g["doubt"], str) and g["doubt"].strip()):
                    problems.append(f"{tag}: empty doubt")
                n_ind += 1
    return problems, n_ind, n_skip


if __name__ == "__main__":
    probs, n, s = walk(ROOT, EXP)
    for p in probs:
        print(p)
    print(f"{n} indicators walked, {s} placeholder rows skipped, {len(probs)} mismatches")
    sys.exit(1 if probs else 0)
