"""Damage test of the second reader's walk (blind41): copy expected/ to /tmp/b41dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind41sr
Damage 15 is a CONTROL (a reading only a reader could judge: structurally sound); the walk should report 1-14, not 15."""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b41dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), OUT)
docs = {}


def doc(d):
    if d not in docs:
        docs[d] = json.load(open(os.path.join(OUT, d + ".json"), encoding="utf-8"))
    return docs[d]


def ind(d, p, name):
    for i in doc(d)["projects"][p]["indicators"]:
        if i["name"] == name:
            return i
    raise KeyError(name)


DAMAGES = []


def dmg(n, text):
    DAMAGES.append((n, text))


# 1 level1 with mixed-bracket points left in (01 A, all 产出 rows)
for i in doc("blind41_01")["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标（0~45)分"
dmg(1, "01 A level1 `产出指标（0~45)分` points left in")
# 2 level2 with points left in (05 B 二级 `数量指标(0~20)分`)
for i in doc("blind41_05")["projects"][1]["indicators"]:
    if i["level2"] == "数量指标":
        i["level2"] = "数量指标(0~20)分"
dmg(2, "05 B level2 `数量指标(0~20)分` points left in")
# 3 annual_raw taken from 统计时点 (01 B, between the 三级 and the value)
ind("blind41_01", 1, "新增高技能人才")["annual_raw"] = "年末"
dmg(3, "01 B annual_raw taken from 统计时点 (`年末`)")
# 4 ASCII sign `<` read as <= (02 B 被审计领导干部异议率)
ind("blind41_02", 1, "被审计领导干部异议率")["annual"]["comparator"] = "<="
dmg(4, "02 B sign `<` read as `<=`")
# 5 unit column 百分比 kept (02 A)
ind("blind41_02", 0, "抽查项目质量评定合格率")["annual"]["unit"] = "百分比"
dmg(5, "02 A unit column `百分比` kept (not → %)")
# 6 unit column 日 kept (02 B)
ind("blind41_02", 1, "审计结果报告出具")["annual"]["unit"] = "日"
dmg(6, "02 B unit column `日` kept (not → 天)")
# 7 定性 row read as direction (08 A 城市国际知名度 `有所提升`)
ind("blind41_08", 0, "城市国际知名度")["annual"]["kind"] = "direction"
dmg(7, "08 A `定性` row `有所提升` read as direction")
# 8 value-type 上限 after the unit ignored (08 B 路域环境投诉 `12` → =)
ind("blind41_08", 1, "路域环境投诉")["annual"]["comparator"] = "="
dmg(8, "08 B 取值规则 `上限` (after the unit) ignored: `=`")
# 9 level1 taken from the sub-item column (07 A, second sub-item's first row)
ind("blind41_07", 0, "建设监测点")["level1"] = "监测系统建设"
dmg(9, "07 A level1 taken from the sub-item column `监测系统建设`")
# 10 the placeholder row 无需填报 made an indicator (07 B)
p = doc("blind41_07")["projects"][1]["indicators"]
k = [x["name"] for x in p].index("群众办事少跑腿")
p.insert(
    k,
    {
        "level1": "效益指标",
        "level2": "经济效益指标",
        "name": "无需填报",
        "period_raw": None,
        "annual_raw": "无需填报",
        "annual": {"kind": "text", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
        "weight": None,
        "actual_raw": None,
        "score": None,
    },
)
dmg(10, "07 B placeholder row `无需填报` made an indicator")
# 11 weight and score swapped (05 B 沿线村民满意度 10/8.5)
i = ind("blind41_05", 1, "沿线村民满意度")
i["weight"], i["score"] = i["score"], i["weight"]
dmg(11, "05 B weight and score swapped (10/8.5)")
# 12 period and annual swapped (03 A 颁发不动产权证书)
i = ind("blind41_03", 0, "颁发不动产权证书")
i["period_raw"], i["annual_raw"] = i["annual_raw"], i["period_raw"]
dmg(12, "03 A period and annual swapped")
# 13 `不少于九批次` comparator >= → = (no sign column: only the word check sees it)
ind("blind41_01", 0, "承办人事考试批次")["annual"]["comparator"] = "="
dmg(13, "01 A `不少于九批次` comparator `>=` → `=`")
# 14 Chinese numeral value wrong (03 B `六十幅` → 16)
ind("blind41_03", 1, "更新地籍图幅")["annual"]["value"] = "16"
dmg(14, "03 B `六十幅` value 60 → 16")
# 15 CONTROL: 稳步增强 direction → qualitative (structurally sound)
ind("blind41_06", 1, "海外公民安全意识")["annual"]["kind"] = "qualitative"
dmg(15, "**control**: 06 B `稳步增强` direction → qualitative")

for d, obj in docs.items():
    with open(os.path.join(OUT, d + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
for n, t in DAMAGES:
    print("%2d %s" % (n, t))
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, OUT],
    capture_output=True,
    text=True,
)
print(r.stdout)
print("exit", r.returncode)
