"""Plant 15 damages in a copy of expected/ (/tmp/b59dmg_exp) and run the walk on it.  #15 is the control."""

import json, os, shutil, subprocess, sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b59dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(root, "expected"), out)


def ind(doc, p, name):
    f = os.path.join(out, "blind59_%s.json" % doc)
    d = json.load(open(f, encoding="utf-8"))
    for i in d["projects"][p - 1]["indicators"]:
        if i["name"] == name:
            return f, d, i
    raise KeyError(name)


def dmg(doc, p, name, fn):
    f, d, i = ind(doc, p, name)
    fn(i)
    json.dump(d, open(f, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


D = [
    ("05", 1, "扶持基层合唱团", lambda i: i.update(level1="产出指标（５０）")),  # 1 points left in (full-width)
    ("05", 2, "民歌传承人带徒", lambda i: i.update(level1="产出指标５０分")),  # 2 glued full-width points left in
    ("03", 1, "唱腔曲谱数字化整理", lambda i: i.update(annual_raw="≥900首")),  # 3 annual from 实施期
    ("02", 2, "送戏下乡演出场次", lambda i: i["annual"].update(comparator="<=")),  # 4 word sign 不低于 read <=
    ("02", 1, "演出剧目审核通过率", lambda i: i["annual"].update(unit="百分比")),  # 5 unit column 百分比 kept
    ("02", 2, "豫剧人才梯队", lambda i: i["annual"].update(kind="direction")),  # 6 定性 ignored
    ("07", 1, "传习所作业区粉尘浓度", lambda i: i["annual"].update(unit="mg/m³")),  # 7 unit column mg/m³ kept
    ("01", 1, "无人机公共航线开通条数", lambda i: i["annual"].update(value="120")),  # 8 Chinese numeral misread
    ("06", 1, "书法教师培训人次", lambda i: i.update(level2="01）")),  # 9 序号 taken as a level
    ("07", 2, "参加全国性展会", lambda i: i["annual"].update(value="3", value_max="2")),  # 10 range lo > hi
    ("05", 2, "原生态民歌录音整理", lambda i: i.update(weight="186首")),  # 11 weight from 实际完成值 (分值 before it)
    (
        "04",
        2,
        "信号指标达标率",
        lambda i: i.update(annual_raw="行业标准"),
    ),  # 12 annual from 绩效标准 (before the value)
    ("03", 2, "无线话筒", lambda i: i.update(period_raw=None)),  # 13 长期指标值 dropped
    ("08", 1, "山歌进校园", lambda i: i.update(annual_raw="正向")),  # 14 annual from the polarity column
    (
        "06",
        2,
        "版画之乡品牌影响力",
        lambda i: i["annual"].update(kind="qualitative"),
    ),  # 15 CONTROL: direction → qualitative
]
for doc, p, name, fn in D:
    dmg(doc, p, name, fn)
r = subprocess.run(
    [sys.executable, os.path.join(root, "tools", "second_reading_check.py"), root, out], capture_output=True, text=True
)
print(r.stdout)
