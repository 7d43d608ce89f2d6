"""Second reader: list earlier corpora's indicators (fields only, corpus13 = this corpus left out) whose raw cell / name /
coded columns / doubt match a regular expression.  Usage: python tools/second_reading_precedents.py REGEX [raw|name|coded|doubt|any]"""

import glob
import json
import os
import re
import sys

pat = re.compile(sys.argv[1])
where = sys.argv[2] if len(sys.argv) > 2 else "raw"
NAME = ("三级指标", "指标内容", "指标名称")
CODED = ("指标性质", "计算符号", "符号", "度量单位", "计量单位")
for ed in sorted(glob.glob("/work/main/tests/corpus*/expected")):
    cdir = os.path.dirname(ed)
    if cdir.endswith("corpus13"):
        continue
    for ep in sorted(glob.glob(ed + "/*.json")):
        doc = os.path.basename(ep)[:-5]
        exp = json.load(open(ep))
        try:
            data = json.load(open(os.path.join(cdir, "data", doc + ".json")))
        except FileNotFoundError:
            data = None
        for pi, p in enumerate(exp["projects"]):
            dp = data["projects"][pi] if data else None
            used = set()
            for ind in p["indicators"]:
                coded = ""
                if dp:
                    cols = dp["columns"]
                    ni = next((cols.index(c) for c in NAME if c in cols), None)
                    for ri, row in enumerate(dp["rows"]):
                        if ri in used or ni is None:
                            continue
                        if re.sub(r"\s", "", row[ni]) == re.sub(r"\s", "", ind["name"]) and (
                            ind["annual_raw"] is None or ind["annual_raw"] in row
                        ):
                            used.add(ri)
                            coded = " ".join(f"{c}={row[cols.index(c)]!r}" for c in CODED if c in cols)
                            break
                a = ind["annual"]
                text = {
                    "raw": ind["annual_raw"] or "",
                    "name": ind["name"],
                    "coded": coded,
                    "doubt": ind.get("doubt", ""),
                    "any": " ".join([ind["annual_raw"] or "", ind["name"], coded, ind.get("doubt", "")]),
                }[where]
                if pat.search(text):
                    print(
                        f"{os.path.basename(cdir)}/{doc} | {ind['name']} | {ind['annual_raw']!r} | {coded} | "
                        f"{a['kind']} {a['comparator']} {a['value']} {a['value_max']} {a['unit']} {a['per']} | {ind.get('doubt', '')}"
                    )
