"""Damage test of the second reader's walk: copy expected/ to /tmp/b47dmg_exp, plant 15 damages (one a control that only a
reader could see), run tools/second_reading_check.py on the copy and print what it reports.

python tools/damage_second_reading.py /work/blind47sr
"""

import json
import os
import shutil
import subprocess
import sys

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = "/tmp/b47dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
docs = {}


def ind(doc, name):
    d = docs.setdefault(doc, json.load(open(os.path.join(OUT, doc + ".json"), encoding="utf-8")))
    for p in d["projects"]:
        for i in p["indicators"]:
            if i["name"] == name:
                return i
    raise KeyError(name)


DAMAGES = [
    (
        "01 A",
        "level1 with points left in (`产出指标　６０分`)",
        lambda: ind("blind47_01", "新建家庭养老床位（张）").update(level1="产出指标　６０分"),
    ),
    (
        "07 A",
        "level2 with points left in (`数量指标 (20分)`)",
        lambda: ind("blind47_07", "早期筛查服务（≥**人次）").update(level2="数量指标 (20分)"),
    ),
    (
        "07 A",
        "annual_raw taken from 复核节点 before the value (`年底`)",
        lambda: ind("blind47_07", "家属照护技能培训（期）").update(annual_raw="年底"),
    ),
    ("02 A", "sign `＜` read as `<=`", lambda: ind("blind47_02", "重复发放、冒领")["annual"].update(comparator="<=")),
    (
        "02 A",
        "unit column `百分比` kept (not → %)",
        lambda: ind("blind47_02", "补贴对象信息核验准确率")["annual"].update(unit="百分比"),
    ),
    (
        "02 B",
        "comparator word `以内` AFTER the unit ignored (800 read `=`)",
        lambda: ind("blind47_02", "人均精神慰藉服务费用")["annual"].update(comparator="="),
    ),
    (
        "08 A",
        "`定性` ignored: `明显增强` read as direction",
        lambda: ind("blind47_08", "计生家庭抗风险能力")["annual"].update(kind="direction"),
    ),
    (
        "03 B",
        "annual and period swapped (年度 printed BEFORE 中期)",
        lambda: ind("blind47_03", "困境未成年人个案帮扶").update(annual_raw="≥120例", period_raw="≥40例"),
    ),
    (
        "01 A",
        "`不少于一万二千人次` value 12000 → 1200 (a Chinese numeral)",
        lambda: ind("blind47_01", "上门照护服务（人次）")["annual"].update(value="1200"),
    ),
    (
        "05 B",
        "weight read from the 得分 column (3 for 5)",
        lambda: ind("blind47_05", "颁证厅改造完工").update(weight="3"),
    ),
    ("06 B", "序号 `Ⅰ.2` taken as a level 1", lambda: ind("blind47_06", "“3·5”学雷锋主题活动").update(level1="Ⅰ.2")),
    (
        "02 A",
        "unit column `个工作日` kept (not → 工作日)",
        lambda: ind("blind47_02", "申领审核办结")["annual"].update(unit="个工作日"),
    ),
    (
        "02 B",
        "unit column `次/年` with per year dropped",
        lambda: ind("blind47_02", "特扶家庭走访慰问")["annual"].update(per=None),
    ),
    (
        "06 B",
        "`每周≥5天` comparator `>=` → `=`",
        lambda: ind("blind47_06", "站点日常开放")["annual"].update(comparator="="),
    ),
    (
        "06 B",
        "CONTROL: `有所提升` direction → qualitative (structurally sound)",
        lambda: ind("blind47_06", "社会文明程度")["annual"].update(kind="qualitative"),
    ),
]
for n, (doc, what, f) in enumerate(DAMAGES, 1):
    f()
    print("%2d %s: %s" % (n, doc, what))
for doc, d in docs.items():
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools", "second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout)
print("exit", r.returncode)
