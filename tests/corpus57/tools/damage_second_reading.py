"""Damage test of the second reader's walk (blind57): copy expected/ to /tmp/b57dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind57sr
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
OUT = "/tmp/b57dmg_exp"
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
        "blind57_05",
        0,
        "新增数据交易主体",
        "level1 with mixed-bracket points left in (`产出指标（50分)`)",
        lambda i: i.update(level1="产出指标（50分)"),
    ),
    (
        "blind57_08",
        0,
        "拆除爆破作业项目安全评估",
        "level2 with points left in (`数量指标(20分）`)",
        lambda i: i.update(level2="数量指标(20分）"),
    ),
    (
        "blind57_03",
        0,
        "上架数据产品",
        "annual_raw taken from 实施期指标值 (`≥100个`; 03 A prints the annual FIRST)",
        lambda i: i.update(annual_raw="≥100个"),
    ),
    (
        "blind57_02",
        1,
        "单批次油品检测费",
        "sign word `不高于` read as `>=`",
        lambda i: i["annual"].update(comparator=">="),
    ),
    (
        "blind57_02",
        0,
        "绿电使用比例",
        "unit column `百分比` kept (not → %)",
        lambda i: i["annual"].update(unit="百分比"),
    ),
    (
        "blind57_02",
        1,
        "成品油市场违法经营行为",
        "`定性` ignored: `明显减少` read as direction",
        lambda i: i["annual"].update(kind="direction"),
    ),
    (
        "blind57_02",
        0,
        "训练任务非计划中断",
        "unit column `次/月`: per month dropped",
        lambda i: i["annual"].update(per=None),
    ),
    (
        "blind57_01",
        0,
        "支撑人工智能应用场景",
        "`不少于二十个` value 200 (a Chinese numeral)",
        lambda i: i["annual"].update(value="200"),
    ),
    ("blind57_06", 0, "储备蔬菜质量抽检合格率", "序号 `S04` taken as a level2", lambda i: i.update(level2="S04")),
    (
        "blind57_07",
        0,
        "试点企业满意度",
        "值比较 `≥` (after value and unit) ignored: comparator `=`",
        lambda i: i["annual"].update(comparator="="),
    ),
    (
        "blind57_06",
        0,
        "承储企业",
        "range `3至5家` with lo > hi",
        lambda i: i["annual"].update(value="5", value_max="3"),
    ),
    (
        "blind57_05",
        1,
        "改造双层储油罐",
        "score taken from 分值 (`10`; 05 B prints 分值 BEFORE the values)",
        lambda i: i.update(score="10"),
    ),
    (
        "blind57_04",
        1,
        "炸药、雷管流向信息核查",
        "annual_raw taken from 绩效标准 (`计划标准`; 04 B prints it BEFORE the value)",
        lambda i: i.update(annual_raw="计划标准"),
    ),
    (
        "blind57_03",
        1,
        "新建平价菜直销网点",
        "annual_raw taken from 中期指标值 (`60个`)",
        lambda i: i.update(annual_raw="60个"),
    ),
    (
        "blind57_06",
        1,
        "矿区周边群众安全感",
        "CONTROL: `明显提升` direction → qualitative (structurally sound)",
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
