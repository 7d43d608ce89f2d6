"""Plant 16 damages in a copy of expected/ (/tmp/b64dmg_exp) and run the walk on it (second reader's damage test, blind64;
adapted from blind62's: same edit() helper, damages chosen for this corpus's columns)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind64sr"
OUT = "/tmp/b64dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind64_{doc}.json")
    d = json.load(open(p))
    for i in d["projects"][proj]["indicators"]:
        if i["name"] == name:
            fn(i)
            break
    else:
        raise SystemExit(f"not found {doc} {name}")
    json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)


def a(**kw):
    return lambda i: i["annual"].update(kw)


edit("05", 0, "山楂老果园改造面积", lambda i: i.update(level1="产出指标（50分）"))  # 1 points left in level1
edit("07", 0, "接待自然教育研学学生", lambda i: i.update(level2="社会效益指标（20分）"))  # 2 points left in a 二级 (07)
edit("03", 0, "新建连栋草莓温室", lambda i: i.update(annual_raw="4.8万平方米"))  # 3 annual from 实施期
edit("02", 0, "菌核病发病率", a(comparator=">="))  # 4 word sign 控制在 read >=
edit("02", 0, "种子发芽率", a(unit="百分比"))  # 5 unit column 百分比 kept
edit("02", 0, "水肥一体化设施安装验收", a(kind="text"))  # 6 定性 ignored
edit("01", 1, "越冬期丹顶鹤同步调查次数", a(per=None))  # 7 每月2次: per month dropped
edit("02", 1, "安装防野猪电子围栏", a(unit="km"))  # 8 度量 km kept (not → 公里)
edit("08", 0, "核定受损农户", lambda i: i.update(level2="1-1."))  # 9 序号 between 二级 and 三级 taken as a level
edit("08", 1, "新建低温烘干塔", lambda i: i.update(annual_raw="10"))  # 10 annual from 权重 (placed before 指标值)
edit("05", 1, "繁殖期白鹭数量", a(value="1650"))  # 11 value from 实际完成值 (约1650只)
edit("05", 1, "设置观鸟科普标识牌", lambda i: i.update(score="5"))  # 12 score taken from 权重
edit("04", 0, "订单高粱种植面积", lambda i: i.update(annual_raw="计划标准"))  # 13 annual from 绩效标准类型
edit("01", 0, "燕麦绿色高产高效示范面积", lambda i: i.update(weight="县农技站验收清单"))  # 14 weight from 核实渠道
edit("02", 0, "播种完成时间", a(comparator=None))  # 15 早于 beside a date dropped
edit("01", 1, "越冬丹顶鹤种群数量", a(kind="qualitative"))  # 16 CONTROL: 保持稳定 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
