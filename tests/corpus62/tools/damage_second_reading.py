"""Plant 16 damages in a copy of expected/ (/tmp/b62dmg_exp) and run the walk on it (second reader's damage test, blind62;
adapted from corpus 61's: same edit() helper, damages chosen for this corpus's columns)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind62sr"
OUT = "/tmp/b62dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind62_{doc}.json")
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


edit("05", 0, "新建毛竹原料初加工点", lambda i: i.update(level1="产出指标（45分）"))  # 1 points left in level1
edit(
    "08", 0, "户均养育指导服务成本", lambda i: i.update(level1="成本指标（10分）")
)  # 2 points left in the 成本 一级 (序号 first)
edit("03", 0, "新增入库志愿者", lambda i: i.update(annual_raw="3年累计1800人"))  # 3 annual from 实施期
edit("02", 1, "种公羊引种补助标准", a(comparator=">="))  # 4 word sign 最多 read >=
edit("02", 0, "区内规模猪场良种覆盖率", a(unit="百分比"))  # 5 unit column 百分比 kept
edit("02", 0, "本地种猪品种选育进展", a(kind="direction"))  # 6 定性 ignored
edit("02", 0, "种猪遗传评估次数", a(per=None))  # 7 次/年 per dropped
edit("07", 0, "新购球幕科普影片版权", a(comparator="="))  # 8 上下限 以上 (after the unit) ignored
edit("06", 1, "骨髓库入库志愿者信息核查", lambda i: i.update(level2="一-①"))  # 9 序号 taken as a level
edit("02", 1, "生鲜羊奶菌落总数", a(unit="万CFU/mL"))  # 10 mL kept in a unit column
edit("03", 0, "实现非血缘造血干细胞捐献", a(value="2", value_max="1"))  # 11 range lo > hi
edit("05", 1, "改造洗消烘干中心", lambda i: i.update(weight="3个"))  # 12 weight from 实际完成值
edit("04", 1, "岩画单体三维数字化采集", lambda i: i.update(annual_raw="计划标准"))  # 13 annual from 绩效标准
edit("02", 0, "种猪生长性能测定数量", lambda i: i.update(weight="2860"))  # 14 weight from 近三年均值
edit("07", 0, "设备安装完成时间", a(comparator=None))  # 15 以前 beside a date dropped
edit("01", 0, "改造区水土流失面积", a(kind="qualitative"))  # 16 CONTROL: 有所减少 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
