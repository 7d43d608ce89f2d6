"""Plant 15 damages and 1 control in a copy of expected/ (/tmp/b66srdmg_exp) and run the walk on it (second reader's damage
test, adapted from corpus 61's second reader's damage_second_reading.py to blind66)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind66sr"
OUT = "/tmp/b66srdmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind66_{doc}.json")
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


edit("07", 0, "海冰巡视航次", lambda i: i.update(level2="数量指标（18分）"))  # 1 points left in a 二级
edit("07", 1, "新建标准化加工厂房", lambda i: i.update(level1="产出指标(42分)"))  # 2 points left in a 一级
edit("08", 1, "新建八角烘干房", lambda i: i.update(annual_raw="40座"))  # 3 annual from 实施期
edit("02", 1, "集中育苗数量", a(comparator="<="))  # 4 word sign 不少于 read <=
edit("02", 0, "地震速报信息报送率", a(unit="百分比"))  # 5 unit column 百分比 kept
edit("02", 1, "化肥农药使用量", a(kind="direction"))  # 6 定性 ignored
edit("02", 0, "观测设备巡检", a(per=None))  # 7 次/年 per dropped
edit("02", 1, "示范基地亩均产值", a(value="6"))  # 8 6,000 read at the separator
edit("06", 0, "新建自动验潮站", lambda i: i.update(level2="1—1"))  # 9 序号 taken as a level
edit("04", 1, "示范区蒜头平均横径", a(unit="cm"))  # 10 cm kept in a value
edit("04", 1, "冷库储藏温度", a(value="-1", value_max="-3"))  # 11 range lo > hi
edit("05", 1, "新建塑苫结晶池面积", lambda i: i.update(weight="46公顷"))  # 12 weight from 实际完成值
edit("04", 0, "水准测量路线长度", lambda i: i.update(annual_raw="计划标准"))  # 13 annual from 对标类型
edit("08", 0, "浪高预报误差", lambda i: i.update(level1="质量指标"))  # 14 08 A: 一级 read from the 二级 column
edit("03", 1, "季度监测报告提交", a(per=None))  # 15 per quarter of 每季度末后15日内 dropped
edit("01", 0, "海洋观测预警业务化运行", a(kind="qualitative"))  # 16 CONTROL: 长期稳定 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
