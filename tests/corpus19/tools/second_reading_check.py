#!/usr/bin/env python
"""Second reader's structural walk (own code, written for blind19).

usage: python second_reading_check.py [corpus folder] [expected folder]

For every data/<doc>.json project, checks expected/<doc>.json against the cells:
name and department against the header block; every grid row in order (columns picked by header name);
一级/二级 filled down and stripped of printed points by this script's own regex; name, annual raw, period raw,
weight, actual raw, score equal to the cells (empty -> null); placeholder rows skipped; the six annual keys present;
no value/unit on qualitative/direction/text/empty kinds.  Prints each mismatch; exit 1 if any."""

import glob
import json
import os
import re
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
EXP = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "expected")

NAME = ("三级指标", "指标内容", "指标名称")
ANNUAL = ("年度指标值", "指标值", "指标值及单位", "目标值")
PERIOD = ("实施期指标值", "长期指标值", "中期指标值")
WEIGHT = ("权重", "分值", "权重（%）")
PLACE = {"", "/", "／", "—", "-", "--", "——", "无", "…"}
KEYS = ("kind", "comparator", "value", "value_max", "unit", "per")
NOVAL = {"qualitative", "direction", "text", "empty"}

# printed points in a category: （0－20分） (0-50) （50分） (30分) （0-30）分 20分 (40) anywhere at the end
PTS = re.compile(r"[（(]\s*\d+(?:\s*[-－~～—–]\s*\d+)?\s*分?\s*[)）]\s*分?|\d+(?:\.\d+)?\s*分")


def category(text):
    t = re.sub(r"\s+", "", text)
    t = PTS.sub("", t)
    return t


def pick(cols, names):
    for n in names:
        if n in cols:
            return cols.index(n)
    return None


def val(row, i):
    if i is None:
        return None
    return row[i] if row[i] != "" else None


def norm_name(s):
    # spaces next to CJK dropped, a space between two ASCII characters kept
    s = s.strip()
    s = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", s)
    return s


def walk(doc_id, data, exp, out):
    n_ind = n_skip = 0
    dp, ep = data["projects"], exp.get("projects", [])
    if len(dp) != len(ep):
        out.append(f"{doc_id}: {len(dp)} projects in data, {len(ep)} in expected")
    for pi, (p, e) in enumerate(zip(dp, ep)):
        where = f"{doc_id} P{pi + 1}"
        h = {k: v for k, v in (kv[:2] for kv in p["header"]) if k in ("项目名称", "主管部门")}
        if e.get("name") != h.get("项目名称"):
            out.append(f"{where}: name {e.get('name')!r} != header {h.get('项目名称')!r}")
        if e.get("department") != h.get("主管部门"):
            out.append(f"{where}: department {e.get('department')!r} != header {h.get('主管部门')!r}")
        cols = p["columns"]
        i1, i2 = pick(cols, ("一级指标",)), pick(cols, ("二级指标",))
        iname, iann, iper = pick(cols, NAME), pick(cols, ANNUAL), pick(cols, PERIOD)
        iw, iact, isc = pick(cols, WEIGHT), pick(cols, ("实际完成值",)), pick(cols, ("得分",))
        if iname is None or iann is None:
            out.append(f"{where}: no name or annual column in {cols}")
            continue
        value_cols = [i for i in (iann, iper, iw, iact, isc) if i is not None]
        l1 = l2 = None
        rows = []
        for k, row in enumerate(p["rows"]):
            if len(row) != len(cols):
                out.append(f"{where} row {k + 1}: {len(row)} cells for {len(cols)} columns")
            if i1 is not None and row[i1].strip():
                l1, l2 = category(row[i1]), None
            if i2 is not None and row[i2].strip():
                l2 = category(row[i2])
            if row[iname].strip() in PLACE and all(row[i].strip() in PLACE for i in value_cols):
                n_skip += 1
                continue
            rows.append((k + 1, row, l1, l2))
        inds = e.get("indicators", [])
        if len(rows) != len(inds):
            out.append(f"{where}: {len(rows)} indicator rows in data, {len(inds)} in expected")
        for (k, row, l1, l2), ind in zip(rows, inds):
            n_ind += 1
            w = f"{where} row {k} ({row[iname]})"
            want = {
                "level1": l1,
                "level2": l2,
                "name": norm_name(row[iname]),
                "annual_raw": val(row, iann),
                "period_raw": val(row, iper),
                "weight": val(row, iw),
                "actual_raw": val(row, iact),
                "score": val(row, isc),
            }
            for key, v in want.items():
                if key not in ind:
                    out.append(f"{w}: key {key} missing")
                elif ind[key] != v:
                    out.append(f"{w}: {key} {ind[key]!r} != cell {v!r}")
            a = ind.get("annual")
            if not isinstance(a, dict):
                out.append(f"{w}: annual missing")
                continue
            for key in KEYS:
                if key not in a:
                    out.append(f"{w}: annual key {key} missing")
            extra = set(a) - set(KEYS)
            if extra:
                out.append(f"{w}: annual has extra keys {sorted(extra)}")
            if a.get("kind") in NOVAL:
                for key in ("comparator", "value", "value_max", "unit", "per"):
                    if a.get(key) is not None:
                        out.append(f"{w}: kind {a.get('kind')} with {key}={a.get(key)!r}")
            if a.get("kind") == "timeframe" and a.get("value") is not None:
                out.append(f"{w}: timeframe with a value {a.get('value')!r}")
            if (
                a.get("kind") == "empty"
                and ind.get("annual_raw") not in (None,)
                and ind.get("annual_raw").strip() not in PLACE
            ):
                out.append(f"{w}: kind empty beside a printed value {ind.get('annual_raw')!r}")
    return n_ind, n_skip


def main():
    out = []
    tot = skip = 0
    files = sorted(glob.glob(os.path.join(HERE, "data", "*.json")))
    for f in files:
        doc_id = os.path.basename(f)[:-5]
        ef = os.path.join(EXP, doc_id + ".json")
        if not os.path.exists(ef):
            out.append(f"{doc_id}: no expected file")
            continue
        with open(f, encoding="utf-8") as fh:
            data = json.load(fh)
        with open(ef, encoding="utf-8") as fh:
            exp = json.load(fh)
        n, s = walk(doc_id, data, exp, out)
        tot += n
        skip += s
    for line in out:
        print(line)
    print(f"{len(files)} documents, {tot} indicators, {skip} placeholder rows skipped, {len(out)} mismatches")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
