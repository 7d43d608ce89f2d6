"""Plant 15 damages in a copy of expected/ (/tmp/b48dmg_exp) and run the walk over it."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind48sr"
OUT = "/tmp/b48dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def load(d):
    return json.load(open(os.path.join(OUT, "blind48_%s.json" % d), encoding="utf-8"))


def save(d, o):
    json.dump(o, open(os.path.join(OUT, "blind48_%s.json" % d), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(o, p, name):
    return next(i for i in o["projects"][p]["indicators"] if i["name"] == name)


D = {}


def get(d):
    if d not in D:
        D[d] = load(d)
    return D[d]


# 1 level1 with points left in (01 A, first 产出 row)
ind(get("01"), 0, "开设职业技能培训工种")["level1"] = "产出指标（40～50）分"
# 2 level2 with points left in (07 A)
ind(get("07"), 0, "旱地改造为水田")["level2"] = "数量指标（0－15分）"
# 3 weight from the wrong column (05 B: 分值 before the target, take 得分)
i = ind(get("05"), 1, "布展面积")
i["weight"] = "x" + (i["weight"] or "")
# 4 sign ≯ read as >= (08 A)
ind(get("08"), 0, "系统年度故障停机时长")["annual"]["comparator"] = ">="
# 5 unit column 百分比 kept (02 A 工程验收合格率)
ind(get("02"), 0, "工程验收合格率")["annual"]["unit"] = "百分比"
# 6 comparator word 小于等于 (02 B, before the value) ignored
ind(get("02"), 1, "每亩补充耕地建设成本")["annual"]["comparator"] = "="
# 7 定性 ignored: 逐年提升 read as direction (08 A)
ind(get("08"), 0, "智慧监管水平")["annual"]["kind"] = "direction"
# 8 annual and period swapped (03 B 基线值 before the targets)
i = ind(get("03"), 1, "新建拦挡坝")
i["annual_raw"], i["period_raw"] = i["period_raw"], i["annual_raw"]
# 9 Chinese numeral 八百 → 80
ind(get("01"), 0, "参训罪犯")["annual"]["value"] = "80"
# 10 baseline 现状值 taken as the actual (02 B)
ind(get("02"), 1, "补充耕地面积")["actual_raw"] = "380"
# 11 序号 taken as a level (06 B)
ind(get("06"), 1, "注册学员")["level2"] = "1-②"
# 12 km kept (07 A)
ind(get("07"), 0, "新建灌溉渠道")["annual"]["unit"] = "km"
# 13 08 B sign after two targets ignored: ≥ read =
ind(get("08"), 1, "开发现场教学专题课程")["annual"]["comparator"] = "="
# 14 以上 read = (04 B)
ind(get("04"), 1, "界线沿线村民知晓率")["annual"]["comparator"] = "="
# 15 CONTROL: 显著提高 direction → qualitative (structurally sound; only a reader sees it)
ind(get("04"), 0, "区划信息公众获取便利度")["annual"]["kind"] = "qualitative"
for d, o in D.items():
    save(d, o)
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools", "second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout)
sys.exit(r.returncode)
