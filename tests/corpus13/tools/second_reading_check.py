"""Second reader's structural check of blind13 (written independently of build.py: nothing imported or copied).

Walks data/<doc>.json (the grid rows as printed) and compares every indicator row with expected/<doc>.json:
level1, level2, name, period_raw, annual_raw, weight, actual_raw, score, in order, plus the project name and
department; reports missing and extra rows.  Also checks the form of every `annual` object and that weights /
points add up.  Usage: python tools/second_reading_check.py [corpus_dir]   (exit 1 on any mismatch)
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

# Columns chosen by header name (every header of this corpus is listed; an unknown header is reported).
ROLE = {
    "一级指标": "l1",
    "二级指标": "l2",
    "三级指标": "name",
    "指标名称": "name",
    "指标内容": "name",
    "年度指标值": "annual",
    "指标值": "annual",
    "指标值及单位": "annual",
    "目标值": "annual",
    "实施期指标值": "period",
    "长期指标值": "period",
    "中期指标值": "period",
    "权重": "weight",
    "权重（%）": "weight",
    "分值": "weight",
    "实际完成值": "actual",
    "得分": "score",
    # columns that are not a field of their own
    "序号": None,
    "指标解释": None,
    "指标值确定依据": None,
    "绩效标准": None,
    "偏差原因及改进措施": None,
    "评(扣)分标准": None,
    "指标方向性": None,
    "符号": "coded",
    "计算符号": "coded",
    "指标性质": "coded",
    "计量单位": "coded_unit",
    "度量单位": "coded_unit",
}
# Targets: when a table has several target-like columns, 年度指标值 wins over 目标值/指标值 (none here has both).
ANNUAL_PRIORITY = ("年度指标值", "指标值", "指标值及单位", "目标值")
PLACEHOLDER_CELLS = {"", "—", "-", "－", "/", "／", "无", "…", "——"}
# Printed points on a category: （50分） (30分） （0-50分） ` 50分` (30) (0-20)分
POINT_RE = re.compile(r"\s*(?:[（(]\s*\d+(?:\s*[-－~～]\s*\d+)?\s*分?\s*[)）]\s*分?|\d+\s*分)\s*$")


def clean_cat(text):
    t = POINT_RE.sub("", text)
    return re.sub(r"\s+", "", t)


def v(text):
    return None if text == "" else text


def check_annual(where, a, problems):
    kinds = {
        "quantity",
        "range",
        "change",
        "rank",
        "qualitative",
        "direction",
        "timeframe",
        "composite",
        "text",
        "empty",
    }
    keys = {"kind", "comparator", "value", "value_max", "unit", "per"}
    if set(a) != keys:
        problems.append(f"{where}: annual keys {sorted(a)}")
        return
    k = a["kind"]
    if k not in kinds:
        problems.append(f"{where}: unknown kind {k}")
    if a["comparator"] not in (None, "=", ">=", "<=", ">", "<", "between"):
        problems.append(f"{where}: comparator {a['comparator']}")
    if a["per"] not in (None, "day", "week", "month", "quarter", "year"):
        problems.append(f"{where}: per {a['per']}")
    for f in ("value", "value_max"):
        x = a[f]
        if x is not None:
            if not re.fullmatch(r"-?\d+(\.\d+)?", x):
                problems.append(f"{where}: {f} {x!r} not a plain decimal")
            else:
                try:
                    Decimal(x)
                except InvalidOperation:
                    problems.append(f"{where}: {f} {x!r}")
    if k in ("qualitative", "direction", "text", "empty", "composite"):
        if any(a[f] is not None for f in ("comparator", "value", "value_max", "unit", "per")):
            problems.append(f"{where}: {k} with fields {a}")
    if k == "timeframe" and (a["value"] is not None or a["value_max"] is not None or a["unit"] is not None):
        problems.append(f"{where}: timeframe with value/unit {a}")
    if k == "range":
        if (
            a["comparator"] != "between"
            or a["value"] is None
            or a["value_max"] is None
            or Decimal(a["value"]) > Decimal(a["value_max"])
        ):
            problems.append(f"{where}: range {a}")
    if k in ("quantity", "change", "rank"):
        if a["comparator"] in (None, "between") or a["value"] is None or a["value_max"] is not None:
            problems.append(f"{where}: {k} {a}")


def main():
    problems = []
    total = placeholders = 0
    per_doc = {}
    for dpath in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc = os.path.basename(dpath)[:-5]
        data = json.load(open(dpath, encoding="utf-8"))
        exp = json.load(open(os.path.join(ROOT, "expected", doc + ".json"), encoding="utf-8"))
        if len(data["projects"]) != len(exp["projects"]):
            problems.append(f"{doc}: {len(data['projects'])} projects in data, {len(exp['projects'])} in expected")
        counts = []
        for pi, (dp, ep) in enumerate(zip(data["projects"], exp["projects"])):
            tag = f"{doc} {'AB'[pi] if pi < 2 else pi}"
            header = {k: val for k, val in dp["header"]}
            if ep.get("name") != header.get("项目名称"):
                problems.append(f"{tag}: name {ep.get('name')!r} vs header {header.get('项目名称')!r}")
            if ep.get("department") != header.get("主管部门"):
                problems.append(f"{tag}: department {ep.get('department')!r} vs header {header.get('主管部门')!r}")
            cols = dp["columns"]
            idx = {}
            for i, c in enumerate(cols):
                if c not in ROLE:
                    problems.append(f"{tag}: unknown column {c!r}")
                    continue
                role = ROLE[c]
                if role == "annual":
                    prev = idx.get("annual")
                    if prev is None or ANNUAL_PRIORITY.index(c) < ANNUAL_PRIORITY.index(cols[prev]):
                        idx["annual"] = i
                elif role and role not in idx:
                    idx[role] = i
            for need in ("name", "annual"):
                if need not in idx:
                    problems.append(f"{tag}: no {need} column in {cols}")
            got = []
            l1 = l2 = None
            wsum = Decimal(0)
            has_w = "weight" in idx
            block_pts = {}
            cur_pts = None
            for ri, row in enumerate(dp["rows"]):
                if len(row) != len(cols):
                    problems.append(f"{tag} row {ri + 1}: {len(row)} cells for {len(cols)} columns")
                if "l1" in idx and row[idx["l1"]].strip():
                    raw1 = row[idx["l1"]]
                    l1, l2 = clean_cat(raw1), None
                    m = re.search(r"(\d+)\s*分", raw1) or re.search(r"[（(](\d+)[)）]\s*$", raw1)
                    m2 = re.search(r"(\d+)\s*[-－~～]\s*(\d+)\s*分", raw1)
                    cur_pts = (int(m2.group(2)) if m2 else int(m.group(1))) if (m or m2) else None
                    cur_l1 = l1
                    block_pts.setdefault(cur_l1, [cur_pts, Decimal(0)])
                if "l2" in idx and row[idx["l2"]].strip():
                    l2 = clean_cat(row[idx["l2"]])
                # A row is an indicator when some cell other than 序号/一级/二级 holds real text.
                skip = {idx.get("l1"), idx.get("l2")} | {i for i, c in enumerate(cols) if c == "序号"}
                rest = [row[i].strip() for i in range(len(cols)) if i not in skip]
                if all(c in PLACEHOLDER_CELLS for c in rest):
                    placeholders += 1
                    continue
                ind = {
                    "level1": l1,
                    "level2": l2,
                    "name": row[idx["name"]].strip(),
                    "period_raw": v(row[idx["period"]]) if "period" in idx else None,
                    "annual_raw": v(row[idx["annual"]]),
                    "weight": v(row[idx["weight"]]) if has_w else None,
                    "actual_raw": v(row[idx["actual"]]) if "actual" in idx else None,
                    "score": v(row[idx["score"]]) if "score" in idx else None,
                }
                got.append((ri + 1, ind))
                if has_w and ind["weight"]:
                    wsum += Decimal(ind["weight"])
                    if "l1" in idx and l1 in block_pts:
                        block_pts[l1][1] += Decimal(ind["weight"])
                if "score" in idx and ind["score"] and ind["weight"] and Decimal(ind["score"]) > Decimal(ind["weight"]):
                    problems.append(f"{tag} row {ri + 1}: score {ind['score']} above weight {ind['weight']}")
            if has_w and wsum != 100:
                problems.append(f"{tag}: weights sum to {wsum}")
            for name, (pts, s) in block_pts.items():
                if pts is not None and Decimal(pts) != s:
                    problems.append(f"{tag}: block {name} printed {pts} points, weights {s}")
            exps = ep["indicators"]
            counts.append(len(got))
            if len(got) != len(exps):
                problems.append(f"{tag}: {len(got)} indicator rows in the grid, {len(exps)} in expected")
            for k, ((rown, g), e) in enumerate(zip(got, exps)):
                for f, gv in g.items():
                    if e.get(f) != gv:
                        problems.append(f"{tag} row {rown} ({g['name']}): {f} expected {e.get(f)!r}, grid {gv!r}")
                check_annual(f"{tag} row {rown} ({g['name']})", e.get("annual", {}), problems)
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
                    problems.append(f"{tag} row {rown}: extra keys {extra}")
                if "doubt" in e and not (isinstance(e["doubt"], str) and e["doubt"].strip()):
                    problems.append(f"{tag} row {rown}: empty doubt")
            for rown, g in got[len(exps) :]:
                problems.append(f"{tag}: grid row {rown} ({g['name']}) missing from expected")
            for e in exps[len(got) :]:
                problems.append(f"{tag}: expected has extra indicator {e['name']}")
        per_doc[doc] = counts
        total += sum(counts)
    for doc, c in per_doc.items():
        print(doc, "+".join(map(str, c)), "=", sum(c))
    print("indicators:", total, "placeholder rows:", placeholders)
    for p in problems:
        print("MISMATCH", p)
    print("mismatches:", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
