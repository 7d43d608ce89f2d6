"""Damage test of the second reader's walk (blind55): copy expected/ to /tmp/b55dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind55sr
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
OUT = "/tmp/b55dmg_exp"
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
        "blind55_05",
        0,
        "清理废弃养殖设施面积",
        "level1 with points left in (`产出指标（0-50分）`)",
        lambda i: i.update(level1="产出指标（0-50分）"),
    ),
    (
        "blind55_07",
        0,
        "撤退道路维修养护",
        "level2 with points left in (`数量指标（0～15分）`)",
        lambda i: i.update(level2="数量指标（0～15分）"),
    ),
    (
        "blind55_03",
        0,
        "美发经营场所检查覆盖率",
        "annual_raw taken from 实施期指标值 (`100%`)",
        lambda i: i.update(annual_raw="100%"),
    ),
    (
        "blind55_02",
        1,
        "保健食品监督抽检批次",
        "sign word `大于或等于` read as `<=`",
        lambda i: i["annual"].update(comparator="<="),
    ),
    (
        "blind55_02",
        0,
        "在线监测设备联网率",
        "unit column `百分比` kept (not → %)",
        lambda i: i["annual"].update(unit="百分比"),
    ),
    (
        "blind55_02",
        1,
        "消费者保健食品虚假宣传投诉",
        "`定性` ignored: `逐年下降` read as direction",
        lambda i: i["annual"].update(kind="direction"),
    ),
    ("blind55_08", 1, "分洪调度演练", "unit column `次/年`: per year dropped", lambda i: i["annual"].update(per=None)),
    (
        "blind55_01",
        0,
        "重大危险源监测点位接入数",
        "`不少于一百二十个` value 1200 (a Chinese numeral)",
        lambda i: i["annual"].update(value="1200"),
    ),
    ("blind55_06", 0, "红外相机维护数量", "序号 `（一）1` taken as a level2", lambda i: i.update(level2="（一）")),
    ("blind55_08", 0, "硬化台上道路", "unit column `km` kept (not → 公里)", lambda i: i["annual"].update(unit="km")),
    (
        "blind55_06",
        0,
        "沿线群众满意度",
        "range `80%-90%` with lo > hi",
        lambda i: i["annual"].update(value="90", value_max="80"),
    ),
    (
        "blind55_05",
        1,
        "整治修复海岸线长度",
        "weight taken from the 实际完成值 column (`2.45km`)",
        lambda i: i.update(weight="2.45km"),
    ),
    (
        "blind55_04",
        1,
        "派遣科学观察员",
        "annual_raw taken from 绩效标准 (`计划标准`)",
        lambda i: i.update(annual_raw="计划标准"),
    ),
    ("blind55_03", 1, "远洋渔船安全检查", "period_raw dropped (长期指标值 null)", lambda i: i.update(period_raw=None)),
    (
        "blind55_03",
        0,
        "经营者守法意识",
        "CONTROL: `增强` direction → qualitative (structurally sound)",
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
