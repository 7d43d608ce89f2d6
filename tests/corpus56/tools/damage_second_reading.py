"""blind56 second reader: copy expected/ to /tmp/b56dmg_exp, plant 15 damages, run the walk."""

import json, os, shutil, subprocess, sys

src = sys.argv[1] if len(sys.argv) > 1 else "/work/blind56sr"
out = "/tmp/b56dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(src, "expected"), out)


def load(d):
    return json.load(open(os.path.join(out, "blind56_%s.json" % d), encoding="utf-8"))


def save(d, j):
    json.dump(j, open(os.path.join(out, "blind56_%s.json" % d), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(j, p, name):
    return next(i for i in j["projects"][p]["indicators"] if i["name"] == name)


D = [
    ("05", 0, "建设移民村", lambda i: i.update(level1="产出指标（50分）")),  # 1 points left in the 一级
    ("07", 0, "吊桶灭火实装训练", lambda i: i.update(level2="数量指标\n（0-20分）")),  # 2 二级 points left in
    ("03", 0, "开发马铃薯主食产品", lambda i: i.update(annual_raw="12个")),  # 3 实施期 value taken as annual
    ("02", 1, "脱毒原原种生产量", lambda i: i["annual"].update(comparator="<=")),  # 4 sign word 大于等于 read as <=
    ("02", 0, "承保信息公示到户率", lambda i: i["annual"].update(unit="百分比")),  # 5 unit column 百分比 kept
    ("02", 1, "化学农药使用量", lambda i: i["annual"].update(kind="direction")),  # 6 定性 ignored
    ("01", 0, "胶园抚育技术指导", lambda i: i["annual"].update(per=None)),  # 7 每季度 per dropped
    ("01", 0, "更新种植胶园面积", lambda i: i["annual"].update(value="9000")),  # 8 Chinese numeral misread
    ("06", 0, "租用灭火飞机", lambda i: i.update(level2="产出-1")),  # 9 序号 taken as a level
    ("06", 1, "取水点单次取水深度", lambda i: i["annual"].update(unit="m")),  # 10 m kept (not 米)
    ("04", 1, "每站改造投资", lambda i: i["annual"].update(value="25", value_max="20")),  # 11 range lo > hi
    ("05", 1, "扶持产业项目", lambda i: i.update(weight=i["actual_raw"])),  # 12 weight from 实际完成值
    ("04", 1, "标准化改造收购站", lambda i: i.update(annual_raw="计划标准")),  # 13 annual from 绩效标准
    ("08", 0, "新增储备帐篷", lambda i: i.update(period_raw=None)),  # 14 长期 (after 年度) dropped
    (
        "08",
        1,
        "民兵连应急处突能力",
        lambda i: i["annual"].update(kind="qualitative"),
    ),  # 15 CONTROL: direction → qualitative
]
for d, p, name, f in D:
    j = load(d)
    f(ind(j, p, name))
    save(d, j)
r = subprocess.run(
    [sys.executable, os.path.join(src, "tools", "second_reading_check.py"), src, out], capture_output=True, text=True
)
print(r.stdout)
sys.exit(r.returncode)
