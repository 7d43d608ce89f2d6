"""Assemble data/<doc>.json and expected/<doc>.json from the hand-written sources.

The expected targets are the hand annotations in docs_dev.py / docs_held.py.  This
script only copies cells into the fields named by the brief (raw cells, weight,
actual, score) and carries merged 一级/二级 cells down, stripping printed points.
No value text is read or normalized here."""

import glob
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
# The corpus folder: this one, or another made the same way (python tests/corpus/src/build.py tests/corpus2),
# whose src/docs_*.py hold its tables.
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if len(sys.argv) > 1:
    sys.path.insert(0, os.path.join(OUT, "src"))
    DEV, DEV2, HELD = {}, {}, {}
    for source in sorted(glob.glob(os.path.join(OUT, "src", "docs_*.py"))):
        DEV.update(importlib.import_module(os.path.basename(source)[:-3]).DOCS)
else:
    from docs_dev import DOCS as DEV
    from docs_dev2 import DOCS as DEV2
    from docs_held import DOCS as HELD

NAME_COLS = ("三级指标", "指标内容", "指标名称")
ANNUAL_COLS = ("年度指标值", "指标值", "指标值及单位", "目标值")  # (目标值: corpus 4, the README header list)
PERIOD_COLS = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT_COLS = ("权重", "分值", "权重（%）")  # (权重（%）: corpus 6, a header with a bracketed note)
POINTS = re.compile(r"[（(][\d\-－~～]+分[)）]|[（(][\d\-－~～]+[)）]分")
POINTS_END = re.compile(r"[（(]\d+[)）]$|\d+分$")  # dev2: `产出指标(40)`, `产出指标 40分` (after whitespace removal)


def cat(text):
    return POINTS_END.sub("", re.sub(r"\s+", "", POINTS.sub("", text)))


def col(columns, names):
    for n in names:
        if n in columns:
            return columns.index(n)
    return None


def name_of(text):
    """The 三级 cell as printed: line breaks and spaces beside CJK text go (a wrapped cell), a space between two
    Latin letters or digits stays (GB 5749-2022)."""
    return re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", text.strip())


def cell(row, i):
    if i is None:
        return None
    v = row[i]
    return v if v != "" else None


def build(doc_id, doc):
    data = {"title": doc["title"], "variant": doc["variant"], "projects": []}
    exp = {"projects": []}
    for p in doc["projects"]:
        cols = p["columns"]
        data["projects"].append({"header": p["header"], "columns": cols, "rows": [r[0] for r in p["rows"]]})
        h = dict(p["header"])
        ep = {"name": h["项目名称"], "department": h["主管部门"], "indicators": []}
        if p.get("project_doubt"):
            ep["doubt"] = p["project_doubt"]
        i1, i2 = col(cols, ("一级指标",)), col(cols, ("二级指标",))
        iname, iann, iper = col(cols, NAME_COLS), col(cols, ANNUAL_COLS), col(cols, PERIOD_COLS)
        iw, iact, isc = col(cols, WEIGHT_COLS), col(cols, ("实际完成值",)), col(cols, ("得分",))
        l1 = l2 = None
        for cells, ann in p["rows"]:
            assert len(cells) == len(cols), (doc_id, cells)
            if i1 is not None and cells[i1]:
                l1, l2 = cat(cells[i1]), None
            if i2 is not None and cells[i2]:
                l2 = cat(cells[i2])
            if ann is None:
                continue
            ann = dict(ann)
            doubt = ann.pop("doubt", None)
            ind = {
                "level1": l1,
                "level2": l2,
                "name": name_of(cells[iname]),
                "period_raw": cell(cells, iper),
                "annual_raw": cell(cells, iann),
                "annual": ann,
                "weight": cell(cells, iw),
                "actual_raw": cell(cells, iact),
                "score": cell(cells, isc),
            }
            if doubt:
                ind["doubt"] = doubt
            ep["indicators"].append(ind)
        exp["projects"].append(ep)
    return data, exp


def main():
    counts = {}
    for doc_id, doc in {**DEV, **HELD, **DEV2}.items():
        data, exp = build(doc_id, doc)
        for sub, obj in (("data", data), ("expected", exp)):
            with open(os.path.join(OUT, sub, doc_id + ".json"), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
        counts[doc_id] = [len(p["indicators"]) for p in exp["projects"]]
    for k, v in counts.items():
        print(k, v, sum(v))
    print("total", sum(sum(v) for v in counts.values()))


if __name__ == "__main__":
    main()
