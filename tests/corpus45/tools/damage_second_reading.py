"""Second reader's damage test for blind45: copy expected/ to /tmp/b45dmg_exp, plant 15 damages, run the walk.
python tools/damage_second_reading.py [corpus folder]"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
out = "/tmp/b45dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)
docs = {}


def load(doc):
    if doc not in docs:
        docs[doc] = json.load(open(os.path.join(out, doc + ".json"), encoding="utf-8"))
    return docs[doc]


def ind(doc, pi, name):
    return next(i for i in load(doc)["projects"][pi]["indicators"] if i["name"] == name)


# 1 05 A: 一级 points left in (产出指标(５０)) on every 产出 row
for i in load("blind45_05")["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标(５０)"
# 2 07 A: 二级 points left in (数量指标（15）分)
ind("blind45_07", 0, "医保智能监控规则")["level2"] = "数量指标（15）分"
# 3 07 A: annual_raw taken from the 分值 column (before the value)
ind("blind45_07", 0, "稽核问题整改到位率")["annual_raw"] = "10"
# 4 02 A: sign ＞ read as >=
ind("blind45_02", 0, "合作银行满意度")["annual"]["comparator"] = ">="
# 5 02 B: unit column 百分比 kept
ind("blind45_02", 1, "提取资金到账准确率")["annual"]["unit"] = "百分比"
# 6 08 A: comparator word after the value ignored (不超过 2 read =)
ind("blind45_08", 0, "保函理赔争议")["annual"]["comparator"] = "="
# 7 08 A: 定性 in 比较要求 ignored: 明显降低 read as direction
ind("blind45_08", 0, "投标企业交易成本")["annual"]["kind"] = "direction"
# 8 03 B: annual and period swapped (中期 before 年度)
x = ind("blind45_03", 1, "交易见证项目")
x["annual_raw"], x["period_raw"] = x["period_raw"], x["annual_raw"]
# 9 01 A: 不少于四个 value 4 → 40 (a Chinese numeral)
ind("blind45_01", 0, "异地就医备案线上办理渠道")["annual"]["value"] = "40"
# 10 05 B: weight and score swapped
x = ind("blind45_05", 1, "网络谣言专项排查")
x["weight"], x["score"] = "9", x["weight"]
# 11 06 A: 序号 grid given a level (XF-02 read as 二级)
ind("blind45_06", 0, "微型消防站消防车配备")["level2"] = "XF-02"
# 12 08 B: unit column 个工作日 kept
ind("blind45_08", 1, "一般举报办结时限")["annual"]["unit"] = "个工作日"
# 13 06 B: ≥0.14MPa unit kept as MPa
ind("blind45_06", 1, "管网末端压力")["annual"]["unit"] = "MPa"
# 14 04 A: 85个以上 comparator >= → =
ind("blind45_04", 0, "开放数据接口（API）")["annual"]["comparator"] = "="
# 15 CONTROL 07 A: 进一步健全 direction → qualitative (structurally sound)
ind("blind45_07", 0, "医保基金监管长效机制")["annual"]["kind"] = "qualitative"
for doc, obj in docs.items():
    with open(os.path.join(out, doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
r = subprocess.run([sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out])
sys.exit(r.returncode)
