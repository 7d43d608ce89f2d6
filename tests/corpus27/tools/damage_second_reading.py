"""Plant damages in a copy of expected/ (/tmp/b27dmg_exp); one a control only a reader could see."""

import json, os, shutil

SRC, DST = "/work/blind27sr/expected", "/tmp/b27dmg_exp"
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(SRC, DST)
docs = {f[:-5]: json.load(open(os.path.join(DST, f), encoding="utf-8")) for f in sorted(os.listdir(DST))}


def ind(doc, p, name):
    for x in docs[doc]["projects"][p]["indicators"]:
        if x["name"] == name:
            return x
    raise KeyError(name)


D = []


def dmg(desc):
    D.append(desc)


x = ind("blind27_01", 0, "引进牡丹新品种数")
x["level1"] = "产出指标（50分）"
dmg("01 A level1 with its points left in")
x = ind("blind27_01", 1, "采集户满意度")
x["annual"]["comparator"] = ">"
dmg("01 B ≥90% comparator >= → > (the value writes ≥)")
x = ind("blind27_02", 0, "品种改良示范带动作用")
x["annual"]["kind"] = "direction"
dmg("02 A a 定性 row re-read as direction")
x = ind("blind27_02", 1, "杨梅产地预冷库")
x["annual"]["comparator"] = ">="
dmg("02 B comparator >= against the sign cell =")
x = ind("blind27_02", 0, "商品果率")
x["annual"]["unit"] = "百分比"
dmg("02 A unit column 百分比 kept (not → %)")
x = ind("blind27_02", 0, "芒果低产园高接换种面积")
x["annual"]["value"] = "1,200"
dmg("02 A value 1,200 with its separator")
x = ind("blind27_03", 0, "修缮传统靠山窑洞")
x["period_raw"] = None
dmg("03 A period_raw set to null")
x = ind("blind27_03", 0, "民俗体验窑院改造")
x["annual"]["value"] = "12"
dmg("03 A a composite holding a value")
docs["blind27_04"]["projects"][1]["department"] = "示例市某某县林业局"
dmg("04 B changed department")
x = ind("blind27_04", 1, "亩产鲜麻")
x["annual"]["value"], x["annual"]["value_max"] = "800", "600"
dmg("04 B range with value > value_max")
x = ind("blind27_05", 0, "传统漆器修复")
x["score"] = "9"
dmg("05 A changed score")
x = ind("blind27_06", 0, "参赛学生")
del x["annual"]["per"]
dmg("06 A annual key per missing")
x = ind("blind27_06", 1, "马头琴传承人带徒")
x["level1"] = "产出指标"
dmg("06 B level1 set in a 序号 table")
ps = docs["blind27_07"]["projects"][1]["indicators"]
ps[:] = [y for y in ps if y["name"] != "傩面具雕刻传习"]
dmg("07 B an indicator removed (傩面具雕刻传习)")
x = ind("blind27_07", 0, "银饰锻制技艺学徒培养")
x["annual"]["value"] = "25"
dmg("07 A value 24 → 25 (not among 24人)")
x = ind("blind27_08", 1, "伞面手绘纹样设计")
x["doubt"] = " "
dmg("08 B a blank doubt string")
x = ind("blind27_04", 0, "沿江群众满意度")
x["annual"]["unit"] = "人"
dmg("04 A unit % → 人 (not written in ≥90%)")
x = ind("blind27_05", 1, "传统纹样数字化采集")
x["annual"]["unit"] = "件"
dmg("05 B unit 幅 → 件 (not written in 300幅)")
x = ind("blind27_06", 0, "器材采购完成时间")
x["annual"]["comparator"] = None
dmg("06 A **control**: 2025年8月31日前 timeframe <= → null (structurally sound)")
for k, v in docs.items():
    json.dump(v, open(os.path.join(DST, k + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for i, d in enumerate(D, 1):
    print(i, d)
