"""Second reader's damage test: copy expected/ to /tmp/b52dmg_exp, plant faults, run the walk on the copy."""

import json, os, shutil, subprocess, sys

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = "/tmp/b52dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)
D = {}


def ind(doc, pi, name):
    if doc not in D:
        D[doc] = json.load(open(os.path.join(OUT, doc + ".json"), encoding="utf-8"))
    for i in D[doc]["projects"][pi]["indicators"]:
        if i["name"] == name:
            return i
    raise KeyError(name)


d = "blind52_%02d"
# 1 level1 with full-width points left in
ind(d % 5, 0, "献血屋开放天数")["level1"] = "产出指标（５０分）"
# 2 level1 with ideographic-space points left in
ind(d % 5, 1, "成分输血率")["level1"] = "效益指标　３０分"
# 3 annual_raw taken from 绩效标准 (04 B)
ind(d % 4, 1, "宣传品制作发放")["annual_raw"] = "计划标准"
# 4 sign word 不超过 read as >=
ind(d % 2, 1, "单台通风橱改造成本")["annual"]["comparator"] = ">="
# 5 unit column 百分比 kept
ind(d % 2, 0, "仪器完好率")["annual"]["unit"] = "百分比"
# 6 定性 ignored: direction
ind(d % 7, 0, "疫情扩散风险")["annual"]["kind"] = "direction"
# 7 annual_raw taken from 实施期 (07 A)
ind(d % 7, 0, "流调人员轮训")["annual_raw"] = "600"
# 8 Chinese numeral 一万二千 → 1200
ind(d % 1, 0, "海巡艇年度巡航里程")["annual"]["value"] = "1200"
# 9 序号 taken as level2 (06 B)
ind(d % 6, 1, "异地商会年检")["level2"] = "2）"
# 10 m² kept
ind(d % 8, 0, "屏障环境设施面积")["annual"]["unit"] = "m²"
# 11 per week dropped
ind(d % 1, 0, "重点水域巡航频次")["annual"]["per"] = None
# 12 range lo > hi
ind(d % 6, 1, "商会规范化建设达标率")["annual"].update(value="90", value_max="80")
# 13 weight taken from the 分值-before-指标值 column shifted (08 B: the value as weight)
ind(d % 8, 1, "志愿者持证率")["weight"] = "不低于80%"
# 14 score taken from 实际完成值 (05 A)
ind(d % 5, 0, "采集全血")["score"] = "5126单位"
# 15 control: 明显增强 direction → qualitative (structurally sound)
ind(d % 4, 1, "适龄青年参军意愿")["annual"]["kind"] = "qualitative"
for doc, obj in D.items():
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools", "second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout)
