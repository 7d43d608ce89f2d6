"""Plant 16 damages in a copy of expected/ (/tmp/b67dmg_sr_exp) and run the walk on it (second reader's damage test).

Adapted from corpus 61's second reader's damage test: the damages are this corpus's own (blind67)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind67sr"
OUT = "/tmp/b67dmg_sr_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def load(doc):
    p = os.path.join(OUT, f"blind67_{doc}.json")
    return p, json.load(open(p))


def edit(doc, proj, name, fn):
    p, d = load(doc)
    for i in d["projects"][proj]["indicators"]:
        if i["name"] == name:
            fn(i)
            break
    else:
        raise SystemExit(f"not found {doc} {name}")
    json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)


def a(**kw):
    return lambda i: i["annual"].update(kw)


edit("07", 0, "青少年科学素养", lambda i: i.update(level2="社会效益指标（20分）"))  # 1 points left in a 二级 label
edit(
    "07", 1, "珍贵邮票数字化拍摄", lambda i: i.update(level1="产出指标　50分")
)  # 2 points after an ideographic space left in
edit("08", 1, "滑翔机体验飞行", lambda i: i.update(annual_raw="6000架次"))  # 3 annual from 实施期 (年度 printed first)
edit(
    "08", 0, "良种贝苗成活率", lambda i: i.update(level1="质量指标", level2="产出指标")
)  # 4 二级/一级 swapped (二级 first)
edit("02", 1, "起飞允许最大风速", a(comparator="<="))  # 5 sign word 少于 read <=
edit("02", 1, "带动营地周边旅游收入", a(comparator=">="))  # 6 sign word 多于 read >=
edit("02", 0, "天文科普影响力", a(kind="direction"))  # 7 定性 ignored
edit("02", 1, "起飞允许最大风速", a(unit="m/s"))  # 8 unit column m/s kept (same indicator as 5: a second line)
edit("06", 0, "检验报告出具时限", lambda i: i.update(level1="1—5"))  # 9 序号 taken as a level
edit("04", 1, "路牌立柱安装垂直度偏差", a(unit="mm"))  # 10 mm kept in a value
edit("05", 1, "冲浪运动氛围", lambda i: i.update(weight="4"))  # 11 weight from the 得分 column
edit("03", 1, "青少年赛艇培训", lambda i: i.update(period_raw=None))  # 12 长期 dropped
edit("01", 1, "录制方言语音条目", a(value="12000", unit="条"))  # 13 万 moved into the number
edit(
    "05", 0, "新增跳伞教练员", lambda i: i.update(actual_raw="1名学员理论考核未通过，已安排2025年上半年补训补考")
)  # 14 actual from 偏差原因
p, d = load("07")  # 15 the placeholder row 未设此类指标 taken as an indicator
inds = d["projects"][0]["indicators"]
ph = dict(
    inds[1],
    level2="生态效益指标",
    name="未设此类指标",
    annual_raw="未设此类指标",
    annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
)
ph.pop("doubt", None)
inds.insert(2, ph)
json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)
edit("05", 1, "冲浪运动氛围", a(kind="direction"))  # 16 CONTROL: 逐步形成 qualitative -> direction (structurally sound)
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
