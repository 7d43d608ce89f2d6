"""Damage test of tools/second_reading_check.py (blind46 second reader): copy expected/ to /tmp/b46dmg_exp, plant 15 faults,
run the walk.  #15 is a control only a reader can see."""

import json, os, shutil, subprocess, sys

src = sys.argv[1] if len(sys.argv) > 1 else "/work/blind46sr"
out = "/tmp/b46dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(src, "expected"), out)
J = {}


def doc(d):
    if d not in J:
        J[d] = json.load(open(os.path.join(out, d + ".json"), encoding="utf-8"))
    return J[d]


def ind(d, p, name):
    return next(i for i in doc(d)["projects"][p]["indicators"] if i["name"] == name)


# 1 level1 points left in (05 A, every 产出 row: only the first changed here)
ind("blind46_05", 0, "热计量改造面积")["level1"] = "产出指标（４０分）"
# 2 sign column 测度符号 ＝ ignored: 运维车站数 read >=
ind("blind46_02", 0, "运维车站数")["annual"]["comparator"] = ">="
# 3 sign AFTER the value (02 B 度量符号 ≤) ignored: 导高偏差 read =
ind("blind46_02", 1, "导高偏差")["annual"]["comparator"] = "="
# 4 unit column 百分比 kept
ind("blind46_02", 0, "年度检测合格率")["annual"]["unit"] = "百分比"
# 5 unit column km kept (02 B)
ind("blind46_02", 1, "接触网检修里程")["annual"]["unit"] = "km"
# 6 定性 ignored: 显著提升 read direction
ind("blind46_02", 0, "乘客候车安全保障水平")["annual"]["kind"] = "direction"
# 7 annual and period swapped (07: 年度 BEFORE 实施期)
i = ind("blind46_07", 0, "新增鸟情监测点")
i["annual_raw"], i["period_raw"] = i["period_raw"], i["annual_raw"]
# 8 placeholder row 本年不列 (08 A) taken as an indicator: an extra indicator inserted
p = doc("blind46_08")["projects"][0]["indicators"]
p.insert(
    7,
    dict(
        p[7],
        name="本年不列",
        annual_raw="本年不列",
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
# 9 Chinese numeral 九十 read 9
ind("blind46_04", 0, "周边用气单位满意度")["annual"]["value"] = "9"
# 10 weight from the wrong column (05 B 权重 → 实际完成值)
i = ind("blind46_05", 1, "加装静态平衡阀")
i["weight"] = i["actual_raw"]
# 11 序号 LH03 taken as a level2 (06 A)
ind("blind46_06", 0, "种植槽（箱）安装")["level2"] = "LH03"
# 12 comparator word 不超过 ignored (07 B? use 04 A 不超过8小时)
ind("blind46_04", 0, "停气改造单次时长")["annual"]["comparator"] = "="
# 13 ≥ in the value cell read as >
ind("blind46_01", 1, "航空公司满意度")["annual"]["comparator"] = ">"
# 14 每季度1次 per dropped
ind("blind46_06", 1, "补植更新")["annual"]["per"] = None
# 15 control: 稳步提升 direction -> qualitative (structurally sound)
ind("blind46_04", 0, "调压设施智能化监管水平")["annual"]["kind"] = "qualitative"
for d, obj in J.items():
    json.dump(obj, open(os.path.join(out, d + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
r = subprocess.run(
    [sys.executable, os.path.join(src, "tools", "second_reading_check.py"), src, out], capture_output=True, text=True
)
print(r.stdout)
