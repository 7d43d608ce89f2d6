"""Second reader's damage test for blind39: copy expected/ to /tmp/b39dmg_exp, plant 15 faults (one a control that only a
reader can see), run the walk on it.  python tools/damage_second_reading.py /work/blind39sr"""

import json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b39dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)


def load(doc):
    return json.load(open(os.path.join(out, "blind39_%s.json" % doc), encoding="utf-8"))


def save(doc, d):
    json.dump(d, open(os.path.join(out, "blind39_%s.json" % doc), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def ind(d, p, name):
    return next(i for i in d["projects"][p]["indicators"] if i["name"] == name)


docs = {k: load(k) for k in ("01", "02", "03", "04", "05", "06", "07", "08")}
D = []
# 1 01 A: level1 with its points after a no-break space left in
for i in docs["01"]["projects"][0]["indicators"]:
    if i["level1"] == "产出指标":
        i["level1"] = "产出指标\u00a050分"
D.append("01 A level1 points (after a no-break space) kept, all 产出 rows")
# 2 03 A: level1 with full-width points left in
ind(docs["03"], 0, "矿山企业满意度")["level1"] = "满意度指标（１０分）"
D.append("03 A level1 full-width points kept")
# 3 01 B: annual_raw taken from 测量方式 (between the 三级 and the value)
ind(docs["01"], 1, "建成村级收储点")["annual_raw"] = "现场查看"
D.append("01 B annual from 测量方式")
# 4 02 B: sign word 小于或等于 (value, sign, unit) read as >=
ind(docs["02"], 1, "周边居民环境投诉")["annual"]["comparator"] = ">="
D.append("02 B sign 小于或等于 read >=")
# 5 02 B: unit column 件/年: per year dropped
ind(docs["02"], 1, "周边居民环境投诉")["annual"]["per"] = None
D.append("02 B 件/年 per dropped")
# 6 02 A: unit column mg/L kept
ind(docs["02"], 0, "周边水体氨氮浓度")["annual"]["unit"] = "mg/L"
D.append("02 A unit mg/L kept")
# 7 08 B: 定性 row read as direction
ind(docs["08"], 1, "调查资料归档")["annual"]["kind"] = "direction"
D.append("08 B 定性 -> direction")
# 8 08 B: sign < after the value read as <=
ind(docs["08"], 1, "投入产出表行列平衡差")["annual"]["comparator"] = "<="
D.append("08 B sign < (after the value) read <=")
# 9 07 B: annual_raw taken from 审核意见 (printed before the value)
ind(docs["07"], 1, "新设单位入库")["annual_raw"] = "建议压缩时限"
D.append("07 B annual from 审核意见")
# 10 07 A: the placeholder row (only 审核意见) made an indicator
inds = docs["07"]["projects"][0]["indicators"]
k = inds.index(ind(docs["07"], 0, "创业导师库"))
inds.insert(
    k,
    dict(
        inds[k],
        level2="生态效益指标",
        name="",
        annual_raw=None,
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
D.append("07 A placeholder made an indicator")
# 11 05 B: level1 taken from 序号 (序号 before the categories)
ind(docs["05"], 1, "集装箱吞吐量")["level1"] = "（1.1）"
D.append("05 B level1 from 序号")
# 12 05 A: weight and score swapped where they differ
i = ind(docs["05"], 0, "助航设施正常率")
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 A weight/score swapped")
# 13 04 B: 不少于120个 comparator >= -> = (no sign column: only the word check sees it)
ind(docs["04"], 1, "新增小型车停车位")["annual"]["comparator"] = "="
D.append("04 B 不少于 -> =")
# 14 03 B: period and annual swapped
i = ind(docs["03"], 1, "良种亲本更新")
i["period_raw"], i["annual_raw"] = i["annual_raw"], i["period_raw"]
D.append("03 B period/annual swapped")
# 15 CONTROL: 06 B 持续增强 direction -> qualitative (structurally sound; only a reader sees it)
ind(docs["06"], 1, "区域技术创新活力")["annual"]["kind"] = "qualitative"
D.append("CONTROL 06 B 持续增强 direction -> qualitative")
for k, d in docs.items():
    save(k, d)
for n, x in enumerate(D, 1):
    print(n, x)
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out],
    capture_output=True,
    text=True,
)
print(r.stdout)
print("walk exit", r.returncode)
