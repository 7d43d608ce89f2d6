"""Damage test of the second reader's walk (blind30): copy expected/ to /tmp/b30dmg_exp with planted faults.

python tools/damage_second_reading.py [corpus folder] [out folder]
Then: python tools/second_reading_check.py <corpus folder> /tmp/b30dmg_exp  (all but the control must be reported)
"""

import json
import os
import shutil
import sys

SRC = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/b30dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
docs = {}


def doc(n):
    if n not in docs:
        docs[n] = json.load(open(os.path.join(OUT, "blind30_%s.json" % n), encoding="utf-8"))
    return docs[n]


def ind(n, p, name):
    (hit,) = [i for i in doc(n)["projects"][p]["indicators"] if i["name"] == name]
    return hit


# 1 level1 with its second-line points left in (01 A `产出指标\n(0-40分)`)
ind("01", 0, "竹荪烘干房建设")["level1"] = "产出指标(0-40分)"
# 2 level1 with full-width points left in (05 A `产出指标（０～５０分）`)
ind("05", 0, "树体支撑加固")["level1"] = "产出指标（０～５０分）"
# 3 a 定性 row re-read as direction
ind("02", 1, "蜡染技艺传承梯队")["annual"]["kind"] = "direction"
# 4 comparator against the sign WORD 不高于 (08 A)
ind("08", 0, "嫁接苗培育成本")["annual"]["comparator"] = ">="
# 5 unit column km kept (not → 公里)
ind("02", 0, "作业便道修建")["annual"]["unit"] = "km"
# 6 period_raw dropped in a two-target table (03 B, 长期 after 年度)
ind("03", 1, "鲜菱角商品率")["period_raw"] = None
# 7 annual_raw taken from 调整前指标值 (07 B, after the target)
ind("07", 1, "传承人带徒")["annual_raw"] = "20名"
# 8 a composite holding a value
ind("01", 0, "种植户技术培训")["annual"]["value"] = "160"
# 9 changed department
doc("04")["projects"][1]["department"] = "示例市某某区海洋渔业局"
# 10 range with value > value_max
a = ind("01", 1, "鲜黄精订单收购价")["annual"]
a["value"], a["value_max"] = "10", "8"
# 11 weight taken from the 分值 cell of another row / score swapped with 分值 (05 B, 分值 before the targets)
ind("05", 1, "新植艾草面积")["score"] = "不少于6期"
# 12 annual key per missing
del ind("06", 1, "枇杷采摘游接待")["annual"]["per"]
# 13 an indicator removed (04 A 发放杀虫灯)
doc("04")["projects"][0]["indicators"] = [
    i for i in doc("04")["projects"][0]["indicators"] if i["name"] != "发放杀虫灯"
]
# 14 a 以上 value read as =
ind("03", 0, "学员考级通过率")["annual"]["comparator"] = "="
# 15 CONTROL: 2025年9月1日前 deadline <= → null (structurally sound; only a reader sees it)
ind("07", 0, "基地开放时间")["annual"]["comparator"] = None
# 16 a blank doubt string
ind("06", 0, "种苗定植完成")["doubt"] = " "

for n, d in docs.items():
    with open(os.path.join(OUT, "blind30_%s.json" % n), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("16 damages (one a control) written to", OUT)
