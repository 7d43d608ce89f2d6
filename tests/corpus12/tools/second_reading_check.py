"""Second reading of blind12: my own structural check (independent of build.py).

Walks data/<doc>.json (the grid rows as written) and compares them with expected/<doc>.json:
every indicator row of the grid must be in expected, in order, with the same level1 / level2 / name / raw targets
(period_raw, annual_raw) / weight / actual_raw / score as its cells hold (categories carried down through merged
cells, points and whitespace removed), placeholder rows absent, nothing extra; project name and department as in the
header block. It also checks the form of every `annual` (kinds, comparators, decimal value strings, null fields of
the non-quantity kinds). Reports mismatches; fixes nothing.

Usage: python tools/second_reading_check.py [corpus folder, default: this tool's parent]
"""

import glob
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)

# Column choice by header name (my own lists, from the contract's wording).
NAME_HEADERS = ["三级指标", "指标名称", "指标内容"]
ANNUAL_HEADERS = ["年度指标值", "指标值及单位", "指标值", "目标值"]
PERIOD_HEADERS = ["实施期指标值", "长期指标值", "中期指标值"]
WEIGHT_HEADERS = ["权重", "权重（%）", "分值"]
PLACEHOLDER_CELLS = {"", "—", "——", "-", "--", "/", "无", "…"}
CATEGORY_HEADERS = {"一级指标", "二级指标", "序号"}

# Printed points on a category: `（0－50分）`, `(40分)`, `(0-20)分`, `(50)`, `40分` glued at the end.
POINTS_RES = [
    re.compile(r"[（(]\s*\d+\s*[-－—–~～至]\s*\d+\s*分?\s*[)）]\s*分?$"),
    re.compile(r"[（(]\s*\d+\s*分?\s*[)）]\s*分?$"),
    re.compile(r"(?<=[^\d])\d+\s*分$"),
]

KINDS = {"quantity", "range", "change", "rank", "qualitative", "direction", "timeframe", "composite", "text", "empty"}
COMPARATORS = {None, ">=", "<=", ">", "<", "=", "between"}
PERS = {None, "day", "week", "month", "quarter", "year"}


def strip_points(text):
    t = re.sub(r"\s+", "", text)
    for rx in POINTS_RES:
        t2 = rx.sub("", t)
        if t2 != t:
            return t2
    return t


def pick(columns, names):
    for n in names:
        if n in columns:
            return columns.index(n)
    return None


def val(cells, i):
    if i is None:
        return None
    return cells[i] if cells[i] != "" else None


def clean_name(text):
    # as printed; a space only between Latin letters/digits would stay (none of this corpus's names has one)
    return text.strip()


def is_placeholder(columns, cells):
    return all(c.strip() in PLACEHOLDER_CELLS for h, c in zip(columns, cells) if h not in CATEGORY_HEADERS)


def is_decimal(s):
    try:
        Decimal(s)
    except (InvalidOperation, TypeError):
        return False
    return re.fullmatch(r"-?\d+(\.\d+)?", s) is not None


def check_annual(where, a, problems):
    k = a.get("kind")
    if k not in KINDS:
        problems.append(f"{where}: kind {k!r} unknown")
    if a.get("comparator") not in COMPARATORS:
        problems.append(f"{where}: comparator {a.get('comparator')!r} unknown")
    if a.get("per") not in PERS:
        problems.append(f"{where}: per {a.get('per')!r} unknown")
    for f in ("value", "value_max"):
        v = a.get(f)
        if v is not None and not is_decimal(v):
            problems.append(f"{where}: {f} {v!r} not a plain decimal")
    if k in {"qualitative", "direction", "text", "empty", "composite"}:
        for f in ("comparator", "value", "value_max", "unit", "per"):
            if a.get(f) is not None:
                problems.append(f"{where}: {k} with {f}={a.get(f)!r}")
    if k == "timeframe":
        for f in ("value", "value_max", "unit"):
            if a.get(f) is not None:
                problems.append(f"{where}: timeframe with {f}={a.get(f)!r}")
    if k == "range":
        if a.get("comparator") != "between" or a.get("value") is None or a.get("value_max") is None:
            problems.append(f"{where}: range without between/value/value_max")
        elif Decimal(a["value"]) > Decimal(a["value_max"]):
            problems.append(f"{where}: range value > value_max")
    if k in {"quantity", "change", "rank"}:
        if a.get("value") is None or a.get("comparator") in (None, "between") or a.get("value_max") is not None:
            problems.append(f"{where}: {k} needs a comparator and a value, no value_max")
    if set(a) - {"kind", "comparator", "value", "value_max", "unit", "per"}:
        problems.append(
            f"{where}: extra annual keys {sorted(set(a) - {'kind', 'comparator', 'value', 'value_max', 'unit', 'per'})}"
        )


def main():
    problems = []
    totals = {"indicators": 0, "placeholders": 0, "doubts": 0}
    per_doc = {}
    for dpath in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc = os.path.basename(dpath)[:-5]
        data = json.load(open(dpath, encoding="utf-8"))
        exp = json.load(open(os.path.join(ROOT, "expected", doc + ".json"), encoding="utf-8"))
        if len(data["projects"]) != len(exp["projects"]):
            problems.append(f"{doc}: {len(data['projects'])} projects in data, {len(exp['projects'])} in expected")
        counts = []
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            header = {k: v for k, v in dp["header"]}
            for key, field in (("项目名称", "name"), ("主管部门", "department")):
                if header.get(key) != ep.get(field):
                    problems.append(f"{doc} p{pi}: {field} {ep.get(field)!r} != header {header.get(key)!r}")
            cols = dp["columns"]
            i1, i2 = pick(cols, ["一级指标"]), pick(cols, ["二级指标"])
            iname, iann, iper = pick(cols, NAME_HEADERS), pick(cols, ANNUAL_HEADERS), pick(cols, PERIOD_HEADERS)
            iw, iact, isc = pick(cols, WEIGHT_HEADERS), pick(cols, ["实际完成值"]), pick(cols, ["得分"])
            if iname is None or iann is None:
                problems.append(f"{doc} p{pi}: no name or annual column in {cols}")
                continue
            mine = []
            l1 = l2 = None
            for ri, cells in enumerate(dp["rows"]):
                if len(cells) != len(cols):
                    problems.append(f"{doc} p{pi} row {ri}: {len(cells)} cells for {len(cols)} columns")
                if i1 is not None and cells[i1].strip():
                    l1, l2 = strip_points(cells[i1]), None
                if i2 is not None and cells[i2].strip():
                    l2 = strip_points(cells[i2])
                if is_placeholder(cols, cells):
                    totals["placeholders"] += 1
                    continue
                mine.append(
                    {
                        "row": ri,
                        "level1": l1,
                        "level2": l2,
                        "name": clean_name(cells[iname]),
                        "period_raw": val(cells, iper),
                        "annual_raw": val(cells, iann),
                        "weight": val(cells, iw),
                        "actual_raw": val(cells, iact),
                        "score": val(cells, isc),
                    }
                )
            inds = ep["indicators"]
            counts.append(len(inds))
            if len(mine) != len(inds):
                problems.append(f"{doc} p{pi}: {len(mine)} indicator rows in the grid, {len(inds)} in expected")
            for m, e in zip(mine, inds):
                where = f"{doc} p{pi} row {m['row']} ({m['name']})"
                for f in ("level1", "level2", "name", "period_raw", "annual_raw", "weight", "actual_raw", "score"):
                    if m[f] != e.get(f):
                        problems.append(f"{where}: {f} expected {e.get(f)!r}, grid {m[f]!r}")
                extra = set(e) - {
                    "level1",
                    "level2",
                    "name",
                    "period_raw",
                    "annual_raw",
                    "annual",
                    "weight",
                    "actual_raw",
                    "score",
                    "doubt",
                }
                if extra:
                    problems.append(f"{where}: extra keys {sorted(extra)}")
                check_annual(where, e["annual"], problems)
                if e.get("doubt") is not None:
                    totals["doubts"] += 1
                    if not e["doubt"].strip():
                        problems.append(f"{where}: empty doubt")
            totals["indicators"] += len(inds)
        per_doc[doc] = counts
    for doc, c in per_doc.items():
        print(f"{doc}: {' + '.join(map(str, c))} = {sum(c)}")
    print(f"indicators: {totals['indicators']}, placeholder rows: {totals['placeholders']}, doubts: {totals['doubts']}")
    for p in problems:
        print("MISMATCH", p)
    print(f"mismatches: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
