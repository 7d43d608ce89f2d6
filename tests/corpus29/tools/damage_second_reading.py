"""Damage test of the second reader's walk (blind29): copy expected/ to /tmp/b29dmg_exp with planted faults.

python tools/damage_second_reading.py [corpus folder] [out folder]
Then: python tools/second_reading_check.py <corpus folder> /tmp/b29dmg_exp  (all but the control must be reported)
"""

import json
import os
import shutil
import sys

SRC = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/b29dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
docs = {}


def doc(n):
    if n not in docs:
        docs[n] = json.load(open(os.path.join(OUT, "blind29_%s.json" % n), encoding="utf-8"))
    return docs[n]


def ind(n, p, name):
    (hit,) = [i for i in doc(n)["projects"][p]["indicators"] if i["name"] == name]
    return hit


# 1 level1 with its points range left in
ind("01", 0, "苗木成活率")["level1"] = "产出指标（30～40分）"
# 2 不得低于 read as < (no sign column: only the word check sees it)
ind("01", 0, "苗木成活率")["annual"]["comparator"] = "<"
# 3 a 定性 row re-read as direction
ind("02", 1, "农户额外投工")["annual"]["kind"] = "direction"
# 4 comparator against the sign cell 计算符号 ＞
ind("02", 0, "带动麻农就业")["annual"]["comparator"] = ">="
# 5 unit column 百分比 kept
ind("08", 0, "收购企业满意度")["annual"]["unit"] = "百分比"
# 6 period_raw dropped in a two-target table
ind("03", 1, "烘干设备购置")["period_raw"] = None
# 7 annual_raw taken from 年中目标值 (07 A)
ind("07", 0, "古法油烟墨制作")["annual_raw"] = "200锭"
# 8 a composite holding a value
ind("06", 1, "木雕技艺培训")["annual"]["value"] = "40"
# 9 changed department
doc("04")["projects"][0]["department"] = "示例市某某区林业局"
# 10 range with value > value_max
a = ind("05", 0, "水草种植覆盖率")["annual"]
a["value"], a["value_max"] = "60", "50"
# 11 score from the 完成比例 column (05 B)
ind("05", 1, "山地单轨运输机安装")["score"] = "100%"
# 12 annual key per missing
del ind("04", 1, "粪污处理设施")["annual"]["per"]
# 13 an indicator removed (06 A 机械剥壳率)
doc("06")["projects"][0]["indicators"] = [
    i for i in doc("06")["projects"][0]["indicators"] if i["name"] != "机械剥壳率"
]
# 14 unit 亩 → 株, not written in the cell
ind("03", 0, "杜仲高效林改造")["annual"]["unit"] = "株"
# 15 CONTROL: 2025年8月15日之前 deadline <= → null (structurally sound; only a reader sees it)
ind("07", 1, "织机修复完成")["annual"]["comparator"] = None
# 16 a blank doubt string
ind("08", 1, "传承班结业时间")["doubt"] = " "

for n, d in docs.items():
    with open(os.path.join(OUT, "blind29_%s.json" % n), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("16 damages (one a control) written to", OUT)
