"""Second reader's damage test for blind37: copy expected/ to /tmp/b37dmg_exp, plant 15 faults (one a control that only a
reader can see), run the walk on it.  python tools/damage_second_reading.py /work/blind37sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b37dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(doc):
    return json.load(open(os.path.join(out, "blind37_%s.json" % doc), encoding="utf-8"))


def save(doc, d):
    json.dump(d, open(os.path.join(out, "blind37_%s.json" % doc), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(d, p, name):
    return next(i for i in d["projects"][p]["indicators"] if i["name"] == name)


docs = {k: load(k) for k in ("01", "02", "03", "04", "05", "06", "07", "08")}
D = []
# 1 01 A: level1 with its points (on a second line) left in
for i in docs["01"]["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标（50分）"
D.append("01 A level1 points kept (all 产出 rows)")
# 2 02 B: the 定性 row C30 read as text
ind(docs["02"], 1, "混凝土强度等级")["annual"]["kind"] = "text"
D.append("02 B 定性 -> text")
# 3 02 B: sign word 不大于 (value, unit, then sign) read as >=
ind(docs["02"], 1, "渡槽维修总成本")["annual"]["comparator"] = ">="
D.append("02 B sign 不大于 read >=")
# 4 02 A: unit column km kept (not -> 公里)
ind(docs["02"], 0, "坝体防渗处理长度")["annual"]["unit"] = "km"
D.append("02 A unit km kept")
# 5 04 A: 每月1次 per month dropped
ind(docs["04"], 0, "地下水监测频次")["annual"]["per"] = None
D.append("04 A per month dropped")
# 6 07 A: annual_raw taken from 省级下达值 (the province's figure, before the value)
ind(docs["07"], 0, "高效经营采脂林分面积")["annual_raw"] = "≥5万亩"
D.append("07 A annual from 省级下达值 (≥5万亩)")
# 7 08 A: actual_raw taken from 预计全年完成值 (a progress column, not an actual)
ind(docs["08"], 0, "分质处理改造生产线")["actual_raw"] = "14条"
D.append("08 A actual from 预计全年完成值")
# 8 01 A: a composite holding a value
ind(docs["01"], 0, "梅农技术培训")["annual"]["value"] = "4"
D.append("01 A composite with value")
# 9 05 B: weight (分值, before the value) and score swapped on a row where they differ
i = ind(docs["05"], 1, "扶持酿造企业")
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 B weight/score swapped")
# 10 05 B: range lo > hi
a = ind(docs["05"], 1, "参加食品展会")["annual"]
a["value"], a["value_max"] = a["value_max"], a["value"]
D.append("05 B range swapped")
# 11 08 B: the placeholder row 不另设置 made an indicator (inserted before 社区居民满意度)
inds = docs["08"]["projects"][1]["indicators"]
k = inds.index(ind(docs["08"], 1, "社区居民满意度"))
inds.insert(
    k,
    dict(
        inds[k],
        level1="效益指标",
        level2="可持续影响指标",
        name="不另设置",
        annual_raw=None,
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
D.append("08 B placeholder made an indicator")
# 12 03 B: 不少于十五份 comparator >= -> = (no sign column: only the word check sees it)
ind(docs["03"], 1, "收集楠木种质材料")["annual"]["comparator"] = "="
D.append("03 B 不少于 -> =")
# 13 06 B: level2 invented in a 序号 grid (no 二级 column)
ind(docs["06"], 1, "改造车辆检测工位")["level2"] = "数量指标"
D.append("06 B level2 invented")
# 14 03 B: period_raw and annual_raw swapped (年度 printed BEFORE 实施期)
i = ind(docs["03"], 1, "营造楠木混交林")
i["period_raw"], i["annual_raw"] = i["annual_raw"], i["period_raw"]
D.append("03 B period/annual swapped")
# 15 CONTROL: 03 B 逐步增加 direction -> qualitative (structurally sound; only a reader sees it)
ind(docs["03"], 1, "新增珍贵树种蓄积")["annual"]["kind"] = "qualitative"
D.append("CONTROL 03 B 逐步增加 -> qualitative")
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
