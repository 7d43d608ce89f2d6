"""Damage test of tools/second_reading_check.py: copy expected/ to /tmp/b40dmg_exp, plant 15 faults, run the walk."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind40sr"
OUT = "/tmp/b40dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def load(d):
    return json.load(open(os.path.join(OUT, d + ".json")))


def save(d, e):
    json.dump(e, open(os.path.join(OUT, d + ".json"), "w"), ensure_ascii=False, indent=1)


def ind(e, p, name):
    return next(i for i in e["projects"][p]["indicators"] if i["name"] == name)


D = {}


def get(d):
    if d not in D:
        D[d] = load(d)
    return D[d]


# 1 01 A level1 with its points after an ideographic space left in
for i in get("blind40_01")["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标\u300040分"
# 2 03 A level1 with its full-width range points left in
for i in get("blind40_03")["projects"][0]["indicators"]:
    if i["level1"] == "满意度指标":
        i["level1"] = "满意度指标（10）分"
# 3 01 B annual_raw taken from 采集渠道
x = get("blind40_01")["projects"][1]["indicators"][0]
x["annual_raw"] = "入户核实"
# 4 02 B sign word 大于等于 read as <=
ind(get("blind40_02"), 1, "接入粮情测控仓廒")["annual"]["comparator"] = "<="
# 5 02 B unit column 次/周: per dropped
ind(get("blind40_02"), 1, "粮情人工巡检频次")["annual"]["per"] = None
# 6 02 A unit column m² kept (not → 平方米)
ind(get("blind40_02"), 0, "仓房屋面隔热改造面积")["annual"]["unit"] = "m²"
# 7 08 B 定性 row read as direction
ind(get("blind40_08"), 1, "防灾减灾决策支撑作用")["annual"]["kind"] = "direction"
# 8 08 A sign ＞/> beside 88% read as >=
ind(get("blind40_08"), 0, "基层服务单位满意度")["annual"]["comparator"] = ">="
# 9 07 A annual_raw taken from 全年预计完成情况
ind(get("blind40_07"), 0, "维修工程完工")["annual_raw"] = "8月中旬"
# 10 07 A the placeholder row 暂未分解 made an indicator
e = get("blind40_07")
L = e["projects"][0]["indicators"]
k = next(j for j, i in enumerate(L) if i["name"] == "维修设施使用年限")
L.insert(
    k,
    {
        **L[k],
        "name": "暂未分解",
        "annual_raw": "暂未分解",
        "annual": {"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    },
)
# 11 06 B level1 taken from 序号
ind(get("blind40_06"), 1, "清真食品标识规范使用培训")["level1"] = "0102"
# 12 05 B weight and score swapped (分值 printed before the target)
x = ind(get("blind40_05"), 1, "胶片修复")
x["weight"], x["score"] = x["score"], x["weight"]
# 13 04 B 不低于95% comparator >= -> = (no sign column)
ind(get("blind40_04"), 1, "灾情信息报送准确率")["annual"]["comparator"] = "="
# 14 03 B period and annual swapped
x = ind(get("blind40_03"), 1, "新建农田小气候观测站")
x["period_raw"], x["annual_raw"] = x["annual_raw"], x["period_raw"]
# 15 CONTROL 05 B 显著延长 direction -> qualitative (structurally sound)
ind(get("blind40_05"), 1, "原件保存寿命")["annual"]["kind"] = "qualitative"
for d, e in D.items():
    save(d, e)
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout, r.stderr, "exit", r.returncode)
