"""Second reader's damage test for blind42: copy expected/ to /tmp/b42dmg_exp, plant 16 damages (#16 a control that only a
reader could see), run tools/second_reading_check.py on the copy.  python tools/damage_second_reading.py /work/blind42sr"""

import copy
import json
import os
import shutil
import subprocess
import sys

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b42dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
E = {
    d: json.load(open(os.path.join(OUT, d + ".json"), encoding="utf-8"))
    for d in ["blind42_%02d" % i for i in range(1, 9)]
}
D = {d: json.load(open(os.path.join(SRC, "data", d + ".json"), encoding="utf-8")) for d in E}


def ind(doc, p, name):
    for e in E[doc]["projects"][p]["indicators"]:
        if e["name"] == name:
            return e
    raise KeyError(name)


# 1 01 A: level1 with its points left in (every 产出 row)
for e in E["blind42_01"]["projects"][0]["indicators"]:
    if e["level1"] == "产出指标":
        e["level1"] = "产出指标(0－40分）"
# 2 05 A: level1 with the typed-break points left in
for e in E["blind42_05"]["projects"][0]["indicators"]:
    if e["level1"] == "产出指标":
        e["level1"] = "产出指标（50分)"
# 3 01 B: annual_raw taken from 志稿环节 (the stage column between the 三级 and the value)
cols = D["blind42_01"]["projects"][1]["columns"]
row = D["blind42_01"]["projects"][1]["rows"][0]
ind("blind42_01", 1, "征集镇域资料")["annual_raw"] = row[cols.index("志稿环节")]
# 4 02 A: 判定符 ≦ read as <
ind("blind42_02", 0, "拍卖竞买人有效投诉")["annual"]["comparator"] = "<"
# 5 02 A: 数值单位 百分比 kept
ind("blind42_02", 0, "资产账实相符率")["annual"]["unit"] = "百分比"
# 6 02 A: 数值单位 个工作日 kept
ind("blind42_02", 0, "处置申请办结时间")["annual"]["unit"] = "个工作日"
# 7 02 B: 关系符号 不少于 (after the unit) ignored
ind("blind42_02", 1, "维护保养人防工程")["annual"]["comparator"] = "="
# 8 07 A: the 定性 row read as direction
ind("blind42_07", 0, "震情跟踪研判支撑作用")["annual"]["kind"] = "direction"
# 9 07 A: 实施期 taken for the 年度 value
ind("blind42_07", 0, "建设宏观观测点")["annual_raw"] = "15"
# 10 02 B: the placeholder row 无量化要求 made an indicator (inserted where it stands)
inds = E["blind42_02"]["projects"][1]["indicators"]
ph = copy.deepcopy(inds[8])
ph.update(level2="生态效益指标", name="无量化要求", annual_raw=None, weight=None, doubt="planted")
ph["annual"] = {"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None}
inds.insert(9, ph)
# 11 08 A: weight and score swapped where they differ
for e in E["blind42_08"]["projects"][0]["indicators"]:
    if e["weight"] != e["score"]:
        e["weight"], e["score"] = e["score"], e["weight"]
        break
# 12 06 A: 不少于六百条 value 600 → 6000 (a Chinese numeral)
ind("blind42_06", 0, "征集人民建议")["annual"]["value"] = "6000"
# 13 03 B: 每周不少于三班 per week dropped
ind("blind42_03", 1, "建制村邮件投递频次")["annual"]["per"] = None
# 14 04 B: 不少于60人次 comparator >= → = (no sign column: only the word check sees it)
ind("blind42_04", 1, "培训村邮员")["annual"]["comparator"] = "="
# 15 07 B: unit column 次/年 per year dropped
ind("blind42_07", 1, "组织疏散演练")["annual"]["per"] = None
# 16 CONTROL 05 B: 明显增强 direction → qualitative (structurally sound; only a reader sees it)
ind("blind42_05", 1, "市民防空防灾意识")["annual"]["kind"] = "qualitative"

for d, obj in E.items():
    with open(os.path.join(OUT, d + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
r = subprocess.run([sys.executable, os.path.join(SRC, "tools", "second_reading_check.py"), SRC, OUT])
sys.exit(r.returncode)
