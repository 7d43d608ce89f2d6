"""Damage test for the second reader's walk: copy expected/ to /tmp/b60dmg_exp, plant 15 damages, run the walk."""

import json, os, shutil, subprocess, sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b60dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(ROOT, "expected"), OUT)


def A(i):
    return i["annual"]


DAMAGES = [
    (
        "05",
        0,
        "开设摔跤课程学校",
        "level1 with points left in (产出指标\\n50分)",
        lambda i: i.update(level1="产出指标50分"),
    ),
    (
        "07",
        0,
        "惠民演出场次",
        "level1 with points left in (产出指标(40~50)分)",
        lambda i: i.update(level1="产出指标(40~50)分"),
    ),
    (
        "08",
        0,
        "送戏下乡演出",
        "annual_raw taken from 实施期指标值 (08 prints 年度 first)",
        lambda i: i.update(annual_raw="≥180场"),
    ),
    ("02", 1, "推广抗病品种种苗", "sign word 大于等于 read as <=", lambda i: A(i).update(comparator="<=")),
    ("02", 0, "嫁接成活率", "unit column 百分比 kept (not → %)", lambda i: A(i).update(unit="百分比")),
    ("02", 1, "抗病种苗检测", "定性 (比较类别) ignored: 合格 read as text", lambda i: A(i).update(kind="text")),
    ("02", 0, "技术指导服务", "unit column 人次/月: per month dropped", lambda i: A(i).update(per=None)),
    (
        "01",
        0,
        "水肥一体化设施覆盖面积",
        "不少于六百亩 value 6000 (Chinese numeral)",
        lambda i: A(i).update(value="6000"),
    ),
    ("06", 0, "航模进校园覆盖学校", "序号 1－1 taken as a level2", lambda i: i.update(level2="1－1")),
    ("02", 1, "普查结果上报", "unit column 个工作日 kept (not → 工作日)", lambda i: A(i).update(unit="个工作日")),
    ("03", 0, "特色摊位", "range 120-150 with lo > hi", lambda i: A(i).update(value="150", value_max="120")),
    ("05", 1, "县级毽球联赛", "weight taken from 实际完成值 (1届)", lambda i: i.update(weight="1届")),
    ("04", 0, "大型冰雕作品", "annual_raw taken from 绩效标准", lambda i: i.update(annual_raw="计划标准")),
    ("03", 1, "大型主题灯组", "中期指标值 dropped (period_raw null)", lambda i: i.update(period_raw=None)),
    (
        "07",
        1,
        "民族舞蹈传承人队伍",
        "CONTROL: 稳定壮大 direction → qualitative (structurally sound)",
        lambda i: A(i).update(kind="qualitative"),
    ),
]

for doc, pi, name, what, f in DAMAGES:
    p = os.path.join(OUT, "blind60_%s.json" % doc)
    e = json.load(open(p, encoding="utf-8"))
    hit = [i for i in e["projects"][pi]["indicators"] if i["name"] == name]
    assert len(hit) == 1, (doc, name)
    f(hit[0])
    json.dump(e, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("planted %s %s %s: %s" % (doc, "AB"[pi], name, what))
r = subprocess.run(
    [sys.executable, os.path.join(ROOT, "tools", "second_reading_check.py"), ROOT, OUT], capture_output=True, text=True
)
print(r.stdout)
print("exit", r.returncode)
