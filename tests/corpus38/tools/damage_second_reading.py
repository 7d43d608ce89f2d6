"""Second reader's damage test for blind38: copy expected/ to /tmp/b38dmg_exp, plant 15 faults (one a control that only a
reader can see), run the walk on it.  python tools/damage_second_reading.py /work/blind38sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b38dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(doc):
    return json.load(open(os.path.join(out, "blind38_%s.json" % doc), encoding="utf-8"))


def save(doc, d):
    json.dump(d, open(os.path.join(out, "blind38_%s.json" % doc), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(d, p, name):
    return next(i for i in d["projects"][p]["indicators"] if i["name"] == name)


docs = {k: load(k) for k in ("01", "02", "03", "04", "05", "06", "07", "08")}
D = []
# 1 01 A: level1 with its full-width points left in
for i in docs["01"]["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标（４０分）"
D.append("01 A level1 full-width points kept (all 7 产出 rows)")
# 2 02 B: the 定性 row 健全 read as text
ind(docs["02"], 1, "眼镜质量监管长效机制")["annual"]["kind"] = "text"
D.append("02 B 定性 -> text")
# 3 02 A: sign word 不多于 read as >=
ind(docs["02"], 0, "检定报告出具时限")["annual"]["comparator"] = ">="
D.append("02 A sign 不多于 read >=")
# 4 02 A: unit column 百分比 kept (not -> %)
ind(docs["02"], 0, "检定结果准确率")["annual"]["unit"] = "百分比"
D.append("02 A unit 百分比 kept")
# 5 02 A: unit column 次/年, per year dropped
ind(docs["02"], 0, "衡器周期检定")["annual"]["per"] = None
D.append("02 A 次/年 per year dropped")
# 6 07 A: annual_raw taken from 验收节点 (a date that is not a target)
ind(docs["07"], 0, "司法鉴定机构执业检查")["annual_raw"] = "2025年12月"
D.append("07 A annual from 验收节点")
# 7 08 A: actual_raw taken from 上年同期值 (last year's figure, not an actual)
ind(docs["08"], 0, "轮滑进校园覆盖学校")["actual_raw"] = "26所"
D.append("08 A actual from 上年同期值")
# 8 04 B: a composite holding a value
ind(docs["04"], 1, "船员安全培训")["annual"]["value"] = "4"
D.append("04 B composite with value")
# 9 05 B: weight (分值, before the value) and score swapped on a row where they differ
i = ind(docs["05"], 1, "生态安葬率")
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 B weight/score swapped")
# 10 07 B: range lo > hi
a = ind(docs["07"], 1, "案件调解和解率")["annual"]
a["value"], a["value_max"] = a["value_max"], a["value"]
D.append("07 B range swapped")
# 11 07 B: the placeholder row 此类不设指标 made an indicator (inserted before 当事人满意度)
inds = docs["07"]["projects"][1]["indicators"]
k = inds.index(ind(docs["07"], 1, "当事人满意度"))
inds.insert(
    k,
    dict(
        inds[k],
        level1="效益指标",
        level2="生态效益指标",
        name="此类不设指标",
        annual_raw="此类不设指标",
        weight=None,
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
D.append("07 B placeholder made an indicator")
# 12 03 B: 不少于2.5公里 comparator >= -> = (no sign column: only the word check sees it)
ind(docs["03"], 1, "更换老化电气线路")["annual"]["comparator"] = "="
D.append("03 B 不少于 -> =")
# 13 06 A: level2 invented in a 序号 grid
ind(docs["06"], 0, "导游人员岗位培训")["level2"] = "数量指标"
D.append("06 A level2 invented")
# 14 03 A: period_raw and annual_raw swapped
i = ind(docs["03"], 0, "棚户区改造开工套数")
i["period_raw"], i["annual_raw"] = i["annual_raw"], i["period_raw"]
D.append("03 A period/annual swapped")
# 15 CONTROL: 06 B 显著提升 direction -> qualitative (structurally sound; only a reader sees it)
ind(docs["06"], 1, "价格监管信息化水平")["annual"]["kind"] = "qualitative"
D.append("CONTROL 06 B 显著提升 -> qualitative")
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
