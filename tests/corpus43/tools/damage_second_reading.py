"""Second reader's damage test for blind43: copy expected/ to /tmp/b43dmg_exp, plant 15 damages, run the walk.
python tools/damage_second_reading.py [corpus folder]"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
out = "/tmp/b43dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)
docs = {}


def ind(doc, pi, name):
    if doc not in docs:
        docs[doc] = json.load(open(os.path.join(out, doc + ".json"), encoding="utf-8"))
    return next(i for i in docs[doc]["projects"][pi]["indicators"] if i["name"] == name)


# 1 05 A: 一级 points left in (产出指标（50）) on every 产出 row
for i in docs.setdefault("blind43_05", json.load(open(os.path.join(out, "blind43_05.json"), encoding="utf-8")))[
    "projects"
][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标（50）"
# 2 05 A: 二级 full-width points left in
ind("blind43_05", 0, "救灾物资入库验收合格率")["level2"] = "质量指标（０－１８分）"
# 3 07 A: annual_raw taken from 指标等级
ind("blind43_07", 0, "视障人士定向行走训练")["annual_raw"] = "核心"
# 4 02 A: sign word 大于 read as >=
ind("blind43_02", 0, "企业工会满意度")["annual"]["comparator"] = ">="
# 5 02 B: unit column 百分比 kept
ind("blind43_02", 1, "一线职工占比")["annual"]["unit"] = "百分比"
# 6 08 A: sign after the unit ignored (≥ 500 read =)
ind("blind43_08", 0, "征集参赛作品")["annual"]["comparator"] = "="
# 7 08 B: ASCII > read as >=
ind("blind43_08", 1, "挂靠单位满意度")["annual"]["comparator"] = ">="
# 8 03 B: annual and period swapped (年度 before 长期)
x = ind("blind43_03", 1, "个案回访率")
x["annual_raw"], x["period_raw"] = x["period_raw"], x["annual_raw"]
# 9 02 B: the 定性 row 明显增强 read as direction
ind("blind43_02", 1, "职工获得感")["annual"]["kind"] = "direction"
# 10 01 A: 不少于十二家 value 12 → 10 (a Chinese numeral)
ind("blind43_01", 0, "规范化盲人按摩机构")["annual"]["value"] = "10"
# 11 05 B: weight and score swapped
x = ind("blind43_05", 1, "配置AED")
x["weight"], x["score"] = x["score"], x["weight"]
# 12 08 A: weight read without its % sign
ind("blind43_08", 0, "获省级以上奖项")["weight"] = "10"
# 13 04 B: 4000t unit kept as t
ind("blind43_04", 1, "其中：尿素")["annual"]["unit"] = "t"
# 14 03 A: 300人以上 comparator >= → =
ind("blind43_03", 0, "推荐上岗就业")["annual"]["comparator"] = "="
# 15 CONTROL 06 A: 稳步提升 direction → qualitative (structurally sound)
ind("blind43_06", 0, "公众科学素质")["annual"]["kind"] = "qualitative"
for doc, obj in docs.items():
    with open(os.path.join(out, doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
r = subprocess.run([sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out])
sys.exit(r.returncode)
