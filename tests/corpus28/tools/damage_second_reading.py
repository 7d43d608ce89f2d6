"""Second reader's damage test for blind28: copies expected/ to /tmp/b28dmg_exp and plants 15 faults (#15 a control)."""

import json, os, shutil, sys

SRC = (
    sys.argv[1]
    if len(sys.argv) > 1
    else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "expected")
)
DST = "/tmp/b28dmg_exp"
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(SRC, DST)
docs = {}


def ind(doc, p, name):
    if doc not in docs:
        docs[doc] = json.load(open(os.path.join(DST, doc + ".json"), encoding="utf-8"))
    return next(i for i in docs[doc]["projects"][p]["indicators"] if i["name"] == name)


D = "blind28_0%d"
ind(D % 1, 0, "新建花椒标准化示范基地面积")["level1"] = "产出指标40分"  # 1 points left in
ind(D % 1, 0, "嫁接苗成活率")["annual"]["comparator"] = ">"  # 2 不低于 read >
ind(D % 2, 0, "蚕桑产业链延伸")["annual"]["kind"] = "direction"  # 3 定性 → direction
ind(D % 2, 1, "学员结业考核合格率")["annual"]["comparator"] = "="  # 4 against the sign ≥
ind(D % 2, 0, "蚕茧上车茧率")["annual"]["unit"] = "百分比"  # 5 unit column not normalised
ind(D % 3, 0, "砚石矿坑修复")["period_raw"] = None  # 6 period cell lost
ind(D % 3, 1, "板栗贮藏保鲜库新建")["annual"]["value"] = "2"  # 7 composite holding a value
ind(D % 4, 0, "沙棘人工造林")
docs[D % 4]["projects"][0]["department"] = "示例市某某县林业局"  # 8 department
ind(D % 4, 0, "项目区土壤风蚀模数")["annual"].update(value="15", value_max="10")  # 9 bounds reversed
ind(D % 5, 0, "良种纯度")["score"] = "4"  # 10 score
del ind(D % 6, 0, "培训学员人数")["annual"]["per"]  # 11 key missing
ind(D % 6, 1, "冷链运输车辆")["level1"] = "产出指标"  # 12 level in a 序号 table
ind(D % 7, 1, "生态茶园改造")
p = docs[D % 7]["projects"][1]["indicators"]  # 13 an indicator removed
p.remove(next(i for i in p if i["name"] == "白茶加工厂清洁化改造"))
ind(D % 8, 0, "板蓝根种植基地")["annual"]["unit"] = "株"  # 14 unit not written in 100亩
ind(D % 8, 1, "传统吊脚楼修缮")["doubt"] = " "  # 16 blank doubt
ind(D % 5, 0, "种子调运到位")["annual"]["comparator"] = None  # 15 CONTROL: 2025年3月底前 deadline → null
for doc, obj in docs.items():
    with open(os.path.join(DST, doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("16 damages (#15 the control) in", DST)
