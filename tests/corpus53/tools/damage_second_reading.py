"""Second reader's damage test of the walk: copy expected/ to /tmp/b53dmg_exp, plant 15 damages, run the walk.

python tools/damage_second_reading.py /work/blind53sr"""

import json, os, shutil, subprocess, sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/blind53sr"
out = "/tmp/b53dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(corpus, "expected"), out)


def ind(doc, pi, name):
    f = os.path.join(out, "blind53_%s.json" % doc)
    d = json.load(open(f, encoding="utf-8"))
    for i in d["projects"][pi]["indicators"]:
        if i["name"] == name:
            return d, f, i
    raise KeyError(name)


def save(d, f):
    json.dump(d, open(f, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


DAMAGES = [
    (
        "05",
        0,
        "更新自动缫丝机组",
        lambda i: i.update(level1="产出指标\u3000（５０）"),
    ),  # 1 points left in (U+3000, full-width digits)
    ("07", 1, "界碑界桩维护", lambda i: i.update(level1="产出指标(0~40)分")),  # 2 points left in (ASCII, 分 outside)
    ("03", 0, "乡村兽医备案登记", lambda i: i.update(annual_raw="≥300名")),  # 3 annual_raw from 实施期指标值
    ("02", 0, "尿检抽检人次", lambda i: i["annual"].update(comparator="<=")),  # 4 sign word 大于等于 read as <=
    ("02", 0, "服药剂量核对准确率", lambda i: i["annual"].update(unit="百分比")),  # 5 unit column 百分比 kept
    ("02", 1, "家庭支持系统", lambda i: i["annual"].update(kind="direction")),  # 6 定性 ignored
    ("01", 1, "技术对接活动", lambda i: i["annual"].update(per=None)),  # 7 年均 per year dropped
    ("01", 0, "新注册科技志愿者", lambda i: i["annual"].update(value="3000")),  # 8 Chinese numeral misread
    ("06", 0, "丝绸织造技艺现场展示", lambda i: i.update(level2="一.(2)")),  # 9 序号 taken as a level
    ("08", 1, "抵边自然村通硬化路", lambda i: i["annual"].update(unit="km")),  # 10 unit column km not → 公里
    ("04", 1, "单个社团扶持金额", lambda i: i["annual"].update(value="5", value_max="2")),  # 11 range lo > hi
    ("05", 1, "新建标准化共育蚕室", lambda i: i.update(weight="20间")),  # 12 weight from 实际完成值
    ("07", 0, "学员出勤率", lambda i: i.update(period_raw=None)),  # 13 中期指标值 dropped
    ("04", 0, "监测采样", lambda i: i.update(annual_raw="计划标准")),  # 14 annual_raw from 绩效标准
    (
        "07",
        1,
        "边民护边意识",
        lambda i: i["annual"].update(kind="qualitative"),
    ),  # 15 CONTROL: 增强 direction → qualitative
]
for doc, pi, name, fn in DAMAGES:
    d, f, i = ind(doc, pi, name)
    fn(i)
    save(d, f)
r = subprocess.run(
    [sys.executable, os.path.join(corpus, "tools", "second_reading_check.py"), corpus, out],
    capture_output=True,
    text=True,
)
print(r.stdout + r.stderr)
print("exit", r.returncode)
