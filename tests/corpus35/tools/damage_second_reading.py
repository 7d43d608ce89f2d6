"""Second reader's damage test for blind35: copy expected/ to /tmp/b35dmg_exp, plant 15 faults (one a control that only a
reader can see), run the walk on it.  python tools/damage_second_reading.py /work/blind35sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b35dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(doc):
    return json.load(open(os.path.join(out, "blind35_%s.json" % doc), encoding="utf-8"))


def save(doc, d):
    json.dump(d, open(os.path.join(out, "blind35_%s.json" % doc), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(d, p, name):
    return next(i for i in d["projects"][p]["indicators"] if i["name"] == name)


docs = {k: load(k) for k in ("01", "02", "03", "04", "05", "06", "07", "08")}
D = []
# 1 08 A: level2 with its points left in (数量指标（20分）)
ind(docs["08"], 0, "厚朴林抚育面积")["level2"] = "数量指标（20分）"
D.append("08 A level2 points kept")
# 2 02 A: the 定性 row 长期稳定运行 read as direction
ind(docs["02"], 0, "校园空竹社团运行")["annual"]["kind"] = "direction"
D.append("02 A 定性 -> direction")
# 3 02 B: sign ≥ (unit before sign) read as <=
ind(docs["02"], 1, "健身陀螺配发")["annual"]["comparator"] = "<="
D.append("02 B sign >= read <=")
# 4 02 A: unit column 百分比 kept as written
ind(docs["02"], 0, "教练员持证上岗率")["annual"]["unit"] = "百分比"
D.append("02 A unit 百分比 kept")
# 5 02 B: unit column 场/年, per year dropped
ind(docs["02"], 1, "陀螺健身赛事")["annual"]["per"] = None
D.append("02 B per year dropped")
# 6 03 A: annual_raw taken from 上半年节点 (not a target)
ind(docs["03"], 0, "村级高跷队组建")["annual_raw"] = "1支"
D.append("03 A annual from 上半年节点")
# 7 07 A: annual_raw taken from 原定指标值 (the replaced target)
ind(docs["07"], 0, "鳜鱼苗种投放")["annual_raw"] = "50万尾"
D.append("07 A annual from 原定指标值")
# 8 06 A: composite holding a value
ind(docs["06"], 0, "标准化栽培大棚")["annual"]["value"] = "20"
D.append("06 A composite with value")
# 9 05 B: weight (权重) and score swapped on a row where they differ
i = ind(docs["05"], 1, "学员人均增收")
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 B weight/score swapped")
# 10 07 B: range lo > hi
a = ind(docs["07"], 1, "鳝苗成活率")["annual"]
a["value"], a["value_max"] = a["value_max"], a["value"]
D.append("07 B range swapped")
# 11 01 B: the placeholder row 暂不考核 made an indicator (inserted before 游客满意度)
inds = docs["01"]["projects"][1]["indicators"]
k = inds.index(ind(docs["01"], 1, "游客满意度"))
inds.insert(
    k,
    dict(
        inds[k],
        level1="效益指标",
        level2="生态效益指标",
        name="暂不考核",
        annual_raw="暂不考核",
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
D.append("01 B placeholder made an indicator")
# 12 01 A: 不少于一百二十组 comparator >= -> = (no sign column: only the word check sees it)
ind(docs["01"], 0, "柿饼晾晒架搭建")["annual"]["comparator"] = "="
D.append("01 A 不少于 -> =")
# 13 06 A: level1 invented in a 序号 grid (no 一级 column)
ind(docs["06"], 0, "菌包成品率")["level1"] = "产出指标"
D.append("06 A level1 invented")
# 14 08 B: weight taken from the wrong column (分值 between 二级 and 三级): weight null
ind(docs["08"], 1, "黄连标准化种植基地")["weight"] = None
D.append("08 B weight dropped")
# 15 CONTROL: 08 A 明显改善 direction -> qualitative (structurally sound; only a reader sees it)
ind(docs["08"], 0, "林地水土保持状况")["annual"]["kind"] = "qualitative"
D.append("CONTROL 08 A 明显改善 -> qualitative")
for k, d in docs.items():
    save(k, d)
for n, x in enumerate(D, 1):
    print(n, x)
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out],
    capture_output=True,
    text=True,
)
print(r.stdout)
print("walk exit", r.returncode)
