"""Damage test of the second reader's walk: copy expected/ to /tmp/b50dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind50sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b50dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(d):
    return json.load(open(os.path.join(out, d + ".json"), encoding="utf-8"))


def save(d, x):
    json.dump(x, open(os.path.join(out, d + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(x, p, name):
    return next(i for i in x["projects"][p]["indicators"] if i["name"] == name)


D = []


def dmg(doc, p, name, what, f):
    x = load(doc)
    f(ind(x, p, name))
    save(doc, x)
    D.append((doc, "AB"[p], name, what))


def a(**kw):
    return lambda i: i["annual"].update(kw)


dmg(
    "blind50_05",
    0,
    "新建实训室",
    "level1 with points left in (产出指标(50分))",
    lambda i: i.update(level1="产出指标(50分)"),
)
dmg(
    "blind50_07",
    1,
    "平台开发费用",
    "level1 with points left in (成本指标（0-20）分)",
    lambda i: i.update(level1="成本指标（0-20）分"),
)
dmg(
    "blind50_05",
    1,
    "送教服务人次",
    "annual_raw taken from the 分值 column before the targets",
    lambda i: i.update(annual_raw="10"),
)
dmg(
    "blind50_03",
    1,
    "举办两岸民俗文化节",
    "annual_raw taken from the 长期 column after the annual one",
    lambda i: i.update(annual_raw="每年1届"),
)
dmg("blind50_02", 0, "查处涉烟违法案件", "sign word 不少于 read as >", a(comparator=">"))
dmg("blind50_02", 0, "案件卷宗评查合格率", "unit column 百分比 kept", a(unit="百分比"))
dmg("blind50_08", 0, "自助设备巡检", "unit column 次/年: per year dropped", a(per=None))
dmg("blind50_08", 1, "实习岗位匹配度", "定性 ignored: 较高 read as direction", a(kind="direction"))
dmg("blind50_04", 1, "更换老化传感器", "四十套 value 40 → 4", a(value="4"))
dmg("blind50_06", 1, "定时施放探空气球", "序号 (1-1) taken as a level1", lambda i: i.update(level1="(1-1)"))
dmg(
    "blind50_04",
    1,
    "维护区域自动观测站",
    "annual_raw taken from 风险等级 between value and 绩效标准",
    lambda i: i.update(annual_raw="低"),
)
dmg("blind50_01", 0, "办证群众满意率", "九十五%以上 comparator >= → =", a(comparator="="))
dmg("blind50_04", 1, "巡检次数", "每站每季度≥1次 per quarter dropped", a(per=None))
dmg("blind50_02", 1, "修建机耕路", "unit column km kept (not → 公里)", a(unit="km"))
dmg(
    "blind50_03",
    0,
    "台胞办事便利度",
    "CONTROL: 逐步提升 direction → qualitative (structurally sound)",
    a(kind="qualitative"),
)
for n, d in enumerate(D, 1):
    print("%2d %s %s %s: %s" % ((n,) + d))
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out],
    capture_output=True,
    text=True,
)
print(r.stdout)
hit = [
    n
    for n, d in enumerate(D, 1)
    if repr(d[2]) in r.stdout
    and d[0] in r.stdout
    and any(d[0] in l and ("P%d" % ("AB".index(d[1]) + 1)) in l and repr(d[2]) in l for l in r.stdout.splitlines())
]
print(
    "reported %d of %d: %s; not reported: %s"
    % (len(hit), len(D), hit, [n for n in range(1, len(D) + 1) if n not in hit])
)
