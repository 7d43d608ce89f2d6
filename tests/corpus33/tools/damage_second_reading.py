"""Second reader's damage test for blind33: copy expected/ to /tmp/b33dmg_exp, plant 15 faults (one a control that only a
reader can see), run the walk on it.  python tools/damage_second_reading.py /work/blind33sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b33dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(doc):
    return json.load(open(os.path.join(out, "blind33_%s.json" % doc), encoding="utf-8"))


def save(doc, d):
    json.dump(d, open(os.path.join(out, "blind33_%s.json" % doc), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(d, p, name):
    return next(i for i in d["projects"][p]["indicators"] if i["name"] == name)


docs = {k: load(k) for k in ("01", "02", "03", "04", "05", "06", "07", "08")}
D = []
# 1 level2 with points left in (05 A: 产出指标（30－50分）)
i = docs["05"]["projects"][0]["indicators"][0]
i["level1"] = "产出指标（30－50分）"
D.append("05 A level1 points kept")
# 2 定性 row read as direction (02 A 稳步提升)
i = ind(docs["02"], 0, "射箭项目社会关注度")
i["annual"]["kind"] = "direction"
D.append("02 A 定性 -> direction")
# 3 sign ≥ read as <= (02 B 芝麻高产示范面积)
ind(docs["02"], 1, "芝麻高产示范面积")["annual"]["comparator"] = "<="
D.append("02 B sign >= read <=")
# 4 unit column 百分比 kept as written (02 A)
ind(docs["02"], 0, "运动员等级达标率")["annual"]["unit"] = "百分比"
D.append("02 A unit 百分比 kept")
# 5 per year dropped (07 A 2次/年)
ind(docs["07"], 0, "病虫害统防统治")["annual"]["per"] = None
D.append("07 A per year dropped")
# 6 annual_raw from 实施期 (03 A)
i = ind(docs["03"], 0, "油菜绿色高产示范片")
i["annual_raw"] = i["period_raw"]
D.append("03 A annual from period")
# 7 actual taken from 08's 1-6月完成值 (not a 实际完成值)
ind(docs["08"], 0, "组建村级腰鼓队")["actual_raw"] = "24支"
D.append("08 A monitoring value as actual")
# 8 composite holding a value (05 B)
ind(docs["05"], 1, "养殖技术培训")["annual"]["value"] = "4"
D.append("05 B composite with value")
# 9 department changed (04 B)
docs["04"]["projects"][1]["department"] += "局"
D.append("04 B department")
# 10 range lo > hi (08 B)
a = ind(docs["08"], 1, "每条龙灯修复费用")["annual"]
a["value"], a["value_max"] = a["value_max"], a["value"]
D.append("08 B range swapped")
# 11 weight and score swapped (05 A)
i = docs["05"]["projects"][0]["indicators"][2]
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 A weight/score swapped")
# 12 indicator removed (01 A 种鸽引进数量)
ps = docs["01"]["projects"][0]["indicators"]
ps.remove(ind(docs["01"], 0, "种鸽引进数量"))
D.append("01 A indicator removed")
# 13 不少于二十栋 comparator >= -> = (no sign column)
ind(docs["01"], 0, "新建标准化鸽舍")["annual"]["comparator"] = "="
D.append("01 A 不少于 -> =")
# 14 07 A level1 filled in although the grid has no 一级 column
ind(docs["07"], 0, "坚果饱满率")["level1"] = "产出指标"
D.append("07 A level1 invented")
# 15 CONTROL: 04 A 显著提升 direction -> qualitative (structurally sound; only a reader sees it)
ind(docs["04"], 0, "灵芝地理标志品牌影响力")["annual"]["kind"] = "qualitative"
D.append("CONTROL 04 A 显著提升 -> qualitative")
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
