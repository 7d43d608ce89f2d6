"""Plant 15 damages (and one control) in a copy of expected/ (/tmp/b63srdmg_exp) and run the walk on it (second reader's
damage test, adapted from corpus 61's second reader's)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind63sr"
OUT = "/tmp/b63srdmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind63_{doc}.json")
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


edit("05", 0, "公益开放日", lambda i: i.update(level1="产出指标(45分)"))  # 1 points left in level1
edit("07", 0, "新建社区食堂", lambda i: i.update(level1="产出指标\u300050分"))  # 2 points after U+3000 left in
edit("07", 1, "改造槟榔烘干设施", lambda i: i.update(level1="产出指标(40－50分)"))  # 3 range points left in
edit("02", 1, "改造标准化菇棚", a(comparator="<="))  # 4 word sign 不少于 read <=
edit("02", 0, "机械收获损失率", a(unit="百分比"))  # 5 unit column 百分比 kept
edit("02", 0, "甜菜全程机械化种植模式", a(kind="direction"))  # 6 定性 ignored
edit("02", 0, "示范区甜菜亩产", a(unit="t"))  # 7 unit column t kept (not → 吨)
edit("03", 1, "戏台木结构安全", lambda i: i.update(annual_raw=i["period_raw"]))  # 8 同左 replaced by the 中期 cell
edit("06", 0, "修缮石牌坊", lambda i: i.update(level2="1.1."))  # 9 序号 taken as a level
edit("08", 1, "滴灌设施投入", lambda i: i.update(weight="全年"))  # 10 weight from 年度进度安排
edit("04", 0, "越冬池水温", a(value="4", value_max="2"))  # 11 range lo > hi
edit("05", 1, "食品安全量化等级", lambda i: i.update(actual_raw="无"))  # 12 actual from 差异原因
edit("03", 0, "修缮祠堂数量", lambda i: i.update(period_raw=None))  # 13 实施期 dropped
edit("05", 1, "老年人助餐服务", a(value="2.5"))  # 14 25万 misread
edit("08", 0, "开展海洋保护公益讲座", a(per=None))  # 15 每月 per dropped
edit("06", 1, "珍稀菌菇资源保护意识", a(kind="qualitative"))  # 16 CONTROL: 明显增强 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
