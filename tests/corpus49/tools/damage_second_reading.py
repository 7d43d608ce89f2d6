"""Damage test for the second reader's walk: copy expected/ to /tmp/b49dmg_exp, plant 15 faults, run the walk on it.
Usage: python tools/damage_second_reading.py /work/blind49sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1])
out = "/tmp/b49dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def edit(doc, proj, name, fn, every=False):
    p = os.path.join(out, doc + ".json")
    d = json.load(open(p))
    hit = 0
    for i in d["projects"][proj]["indicators"]:
        if (name is None) or i["name"] == name:
            if every and not every(i):
                continue
            fn(i)
            hit += 1
    assert hit, (doc, proj, name)
    json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)


def a(**kw):
    return lambda i: i["annual"].update(kw)


DAMAGES = [
    (
        "05 A",
        "level1 with points left in (`产出指标\\n５０分`, the 产出 rows)",
        lambda: edit(
            "blind49_05",
            0,
            None,
            lambda i: i.update(level1="产出指标５０分"),
            every=lambda i: i["level1"] == "产出指标",
        ),
    ),
    (
        "07 A",
        "level1 with points left in (`成本指标（20）`)",
        lambda: edit("blind49_07", 0, "项目总成本", lambda i: i.update(level1="成本指标（20）")),
    ),
    (
        "05 B",
        "annual_raw taken from the 分值 column right after the name (`8`)",
        lambda: edit("blind49_05", 1, "影厅座位数", lambda i: i.update(annual_raw="8")),
    ),
    (
        "02 A",
        "sign word 小于或等于 read as `<`",
        lambda: edit("blind49_02", 0, "登记材料审核差错率", a(comparator="<")),
    ),
    ("02 A", "unit column `百分比` kept (not → %)", lambda: edit("blind49_02", 0, "资助发放准确率", a(unit="百分比"))),
    ("08 A", "unit column `场/年`: per year dropped", lambda: edit("blind49_08", 0, "侨法宣传活动", a(per=None))),
    (
        "08 A",
        "`定性` ignored: `持续增强` read as direction",
        lambda: edit("blind49_08", 0, "侨界群众凝聚力", a(kind="direction")),
    ),
    (
        "03 B",
        "annual_raw taken from the 交付物 column between the targets",
        lambda: edit("blind49_03", 1, "决策咨询课题立项", lambda i: i.update(annual_raw="立项通知书")),
    ),
    ("05 B", "`不少于一百五十场` value 150 → 1500", lambda: edit("blind49_05", 1, "年度公益放映场次", a(value="1500"))),
    (
        "06 A",
        "序号 `（1-1）` taken as a 二级 level",
        lambda: edit("blind49_06", 0, "改造提升报刊亭", lambda i: i.update(level2="（1-1）")),
    ),
    (
        "04 B",
        "annual_raw taken from 绩效标准 printed before the value (`计划标准`)",
        lambda: edit("blind49_04", 1, "举办海外联谊活动", lambda i: i.update(annual_raw="计划标准")),
    ),
    ("01 A", "`不低于百分之九十` value 90 → 9", lambda: edit("blind49_01", 0, "书店经营者满意度", a(value="9"))),
    ("07 B", "`每人每年3000元` per year dropped", lambda: edit("blind49_07", 1, "人均传承补助", a(per=None))),
    (
        "02 A",
        "unit column `个工作日` kept (not → 工作日)",
        lambda: edit("blind49_02", 0, "登记证书发放时限", a(unit="个工作日")),
    ),
    (
        "06 A",
        "CONTROL: `稳中有升` direction → qualitative (structurally sound)",
        lambda: edit("blind49_06", 0, "亭主经营收入", a(kind="qualitative")),
    ),
]
for n, (where, what, fn) in enumerate(DAMAGES, 1):
    fn()
    print("%2d %s %s" % (n, where, what))
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out],
    capture_output=True,
    text=True,
)
print(r.stdout, end="")
print("exit", r.returncode)
