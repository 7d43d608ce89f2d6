"""Damage test of the second reader's walk (blind58): copy expected/ to /tmp/b58dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind58sr
Own code; imports nothing of the parser or of build.py.  #15 is a control only a reader can see (the walk should NOT report it).
"""

import json
import os
import shutil
import subprocess
import sys

corpus = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b58dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(corpus, "expected"), OUT)


def load(doc):
    return json.load(open(os.path.join(OUT, doc + ".json"), encoding="utf-8"))


def save(doc, e):
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)


def ind(e, p, name):
    (i,) = [x for x in e["projects"][p]["indicators"] if x["name"] == name]
    return i


DAMAGES = [
    (
        "blind58_05",
        1,
        "集中清理行动",
        "level1 with full-width points left in (`产出指标（４０分）`)",
        lambda i: i.update(level1="产出指标（４０分）"),
    ),
    (
        "blind58_07",
        0,
        "新建步道驿站",
        "repeated label misread: level2 `质量指标` on a 数量指标 row",
        lambda i: i.update(level2="质量指标"),
    ),
    (
        "blind58_03",
        1,
        "更换降氟滤料",
        "annual_raw taken from 实施期指标值 (swapped columns: `≥540吨`)",
        lambda i: i.update(annual_raw="≥540吨"),
    ),
    (
        "blind58_02",
        0,
        "培训人数",
        "sign column 取值方式 `≥` read as `<=`",
        lambda i: i["annual"].update(comparator="<="),
    ),
    (
        "blind58_02",
        0,
        "职业技能等级证书取证率",
        "unit column `百分比` kept (not → %)",
        lambda i: i["annual"].update(unit="百分比"),
    ),
    (
        "blind58_02",
        1,
        "产妇产后抑郁筛查",
        "`定性` ignored: `全面开展` read as direction",
        lambda i: i["annual"].update(kind="direction"),
    ),
    (
        "blind58_02",
        0,
        "就业学员月均收入",
        "unit column `元/月`: per month dropped",
        lambda i: i["annual"].update(per=None),
    ),
    (
        "blind58_01",
        0,
        "其中：轮式助行器",
        "`二百四十件` value 2400 (a Chinese numeral)",
        lambda i: i["annual"].update(value="2400"),
    ),
    ("blind58_08", 0, "维护健康步道", "序号 `Ⅰ-1` taken as a level1", lambda i: i.update(level1="Ⅰ-1")),
    ("blind58_07", 0, "改造健身步道长度", "`12.6km` unit kept (not → 公里)", lambda i: i["annual"].update(unit="km")),
    (
        "blind58_08",
        0,
        "损坏设施修复",
        "range `3～5天` with lo > hi",
        lambda i: i["annual"].update(value="5", value_max="3"),
    ),
    (
        "blind58_05",
        0,
        "重点场所布雷图指数",
        "score taken from 分值 (`10`, not 得分 `7`)",
        lambda i: i.update(score="10"),
    ),
    (
        "blind58_04",
        1,
        "成人患者综合治疗",
        "annual_raw taken from 绩效标准 (standard before value: `计划标准`)",
        lambda i: i.update(annual_raw="计划标准"),
    ),
    (
        "blind58_06",
        0,
        "控烟宣传活动",
        "per quarter dropped from `每季度不少于2场`",
        lambda i: i["annual"].update(per=None),
    ),
    (
        "blind58_08",
        1,
        "培训人数",
        "level1 null (序号 column before the categories taken for the grid start)",
        lambda i: i.update(level1=None),
    ),
    (
        "blind58_07",
        1,
        "机关干部吸烟率",
        "CONTROL: `较上年下降` direction → qualitative (structurally sound)",
        lambda i: i["annual"].update(kind="qualitative"),
    ),
]
for n, (doc, p, name, what, f) in enumerate(DAMAGES, 1):
    e = load(doc)
    f(ind(e, p, name))
    save(doc, e)
    print("%2d %s P%d %s: %s" % (n, doc, p + 1, name, what))
r = subprocess.run(
    [sys.executable, os.path.join(corpus, "tools", "second_reading_check.py"), corpus, OUT],
    capture_output=True,
    text=True,
)
print(r.stdout)
found = [
    n
    for n, (doc, p, name, _, _) in enumerate(DAMAGES, 1)
    if any(line.startswith("%s/P%d" % (doc, p + 1)) and repr(name) in line for line in r.stdout.splitlines())
]
print(
    "damages reported: %d of %d: %s; not reported: %s"
    % (len(found), len(DAMAGES), found, [n for n in range(1, len(DAMAGES) + 1) if n not in found])
)
print("exit", r.returncode)
