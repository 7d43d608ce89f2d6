"""Second reader's damage test of the walk: copy expected/ to /tmp/b54dmg_exp, plant 15 damages, run the walk.

python tools/damage_second_reading.py /work/blind54sr"""

import json, os, shutil, subprocess, sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/blind54sr"
out = "/tmp/b54dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(corpus, "expected"), out)


def ind(doc, pi, name):
    f = os.path.join(out, "blind54_%s.json" % doc)
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
        "施划共享单车停放区",
        lambda i: i.update(level1="产出指标\n(0-50)分"),
    ),  # 1 points left in (line break, range)
    (
        "05",
        1,
        "布设蓝牙道钉电子围栏",
        lambda i: i.update(level1="产出指标\u3000(50)"),
    ),  # 2 points left in (U+3000, no 分)
    ("03", 0, "配套建设公共卫生间", lambda i: i.update(annual_raw="18座")),  # 3 annual_raw from 实施期指标值
    ("02", 0, "引进电竞企业", lambda i: i["annual"].update(comparator="=")),  # 4 sign word 大于或等于 ignored
    ("02", 0, "入园企业满意度", lambda i: i["annual"].update(unit="百分比")),  # 5 unit column 百分比 kept
    ("02", 1, "本土动漫品牌影响力", lambda i: i["annual"].update(kind="direction")),  # 6 目标值类型 定性 ignored
    ("06", 0, "夜间渣土运输专项执法检查", lambda i: i["annual"].update(per=None)),  # 7 每周 per week dropped
    ("01", 0, "滑雪体验课开课班次", lambda i: i["annual"].update(value="1020")),  # 8 Chinese numeral misread
    ("08", 0, "新增非机动车停放泊位", lambda i: i.update(level1="(一)-2")),  # 9 序号 taken as a level
    ("07", 1, "实训室投入使用时间", lambda i: i["annual"].update(comparator=">=")),  # 10 不晚于 beside a date read >=
    ("03", 0, "露营旅游接待人次", lambda i: i["annual"].update(value="10", value_max="8")),  # 11 range lo > hi
    ("05", 1, "运营企业满意度", lambda i: i.update(weight="0")),  # 12 weight from 得分
    ("07", 0, "新建初级雪道", lambda i: i.update(period_raw=None)),  # 13 实施期指标值 dropped
    ("04", 1, "旅客满意度", lambda i: i.update(annual_raw="计划标准")),  # 14 annual_raw from 计量标准
    (
        "08",
        1,
        "非法倾倒弃渣案件",
        lambda i: i["annual"].update(kind="qualitative"),
    ),  # 15 CONTROL: 同比减少 direction → qualitative
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
