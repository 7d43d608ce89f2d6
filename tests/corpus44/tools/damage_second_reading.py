"""Damage test of the second reader's walk: copy expected/ to /tmp/b44dmg_exp, plant 15 damages, run the walk."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind44sr"
OUT = "/tmp/b44dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
J = {}


def doc(d):
    if d not in J:
        J[d] = json.load(open(os.path.join(OUT, "blind44_%s.json" % d)))
    return J[d]


def ind(d, p, name):
    return next(i for i in doc(d)["projects"][p]["indicators"] if i["name"] == name)


# 1 level1 with its full-width points left in (05 A, every 产出 row)
for i in doc("05")["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标（０-５０）分"
# 2 level2 with points after U+3000 left in (08 B)
ind("08", 1, "典当行现场检查")["level2"] = "数量指标　20分"
# 3 annual_raw taken from 统计来源 (01 A)
ind("01", 0, "卡口智能闸道运维")["annual_raw"] = "中心运营台账"
# 4 sign word 不大于 read as < (02 A)
ind("02", 0, "退税审核办结时限")["annual"]["comparator"] = "<"
# 5 unit column 百分比 kept (02 A)
ind("02", 0, "汇算申报准确率")["annual"]["unit"] = "百分比"
# 6 sign column 比较方向 after the value ignored (08 A)
ind("08", 0, "储备产业链项目")["annual"]["comparator"] = "="
# 7 ＞ read as >= (08 B)
ind("08", 1, "典当企业满意度")["annual"]["comparator"] = ">="
# 8 annual and period swapped (03 B, 年度 before 中期)
x = ind("03", 1, "ATA单证册受理")
x["annual_raw"], x["period_raw"] = x["period_raw"], x["annual_raw"]
# 9 定性 row read as direction (02 B)
ind("02", 1, "涉税服务投诉量")["annual"]["kind"] = "direction"
# 10 Chinese numeral value wrong (01 A 不少于二百四十个)
ind("01", 0, "监管仓库视频监控点位")["annual"]["value"] = "200"
# 11 weight and score swapped (05 A)
x = ind("05", 0, "采价员持证率")
x["weight"], x["score"] = x["score"], x["weight"]
# 12 unit column 统计单位 not applied (02 B)
ind("02", 1, "执业人员业务培训")["annual"]["unit"] = None
# 13 ≤3s unit kept as s (01 B)
ind("01", 1, "数据报文回执时长")["annual"]["unit"] = "s"
# 14 以上 comparator dropped (04 B 40批次以上)
ind("04", 1, "引荐客商来县考察")["annual"]["comparator"] = "="
# 15 CONTROL: 持续提升 direction -> qualitative (structurally sound, only a reader sees it)
ind("01", 0, "企业通关便利化水平")["annual"]["kind"] = "qualitative"
for d, o in J.items():
    json.dump(o, open(os.path.join(OUT, "blind44_%s.json" % d), "w"), ensure_ascii=False, indent=1)
sys.exit(subprocess.call([sys.executable, os.path.join(SRC, "tools", "second_reading_check.py"), SRC, OUT]))
