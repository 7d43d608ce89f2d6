"""Second reader's damage test for blind34: copy expected/ to /tmp/b34dmg_exp, plant 15 faults, run the walk.

python tools/damage_second_reading.py /work/blind34sr
Damage 15 is a CONTROL: structurally sound, only a reader could see it; the walk should report the other 14."""

import json
import os
import shutil
import subprocess
import sys

src = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b34dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(src, "expected"), out)
docs = {}


def doc(n):
    if n not in docs:
        docs[n] = json.load(open(os.path.join(out, "blind34_%02d.json" % n), encoding="utf-8"))
    return docs[n]


def ind(n, p, name):
    for i in doc(n)["projects"][p]["indicators"]:
        if i["name"] == name:
            return i
    raise KeyError(name)


D = []
# 1 level1 with its points left in (01 B)
i = ind(1, 1, "发放技术手册")
i["level1"] = "产出指标(40-50)分"
D.append("01 B level1 points kept")
# 2 a 定性 row read as direction (02 A 稳定壮大)
i = ind(2, 0, "古筝教学骨干队伍")
i["annual"]["kind"] = "direction"
D.append("02 A 定性 row as direction")
# 3 the 比较符 sign ≥ read as <= (02 B)
i = ind(2, 1, "举办青少年公开赛")
i["annual"]["comparator"] = "<="
D.append("02 B sign ≥ read <=")
# 4 unit column 百分比 kept (02 A)
i = ind(2, 0, "学员结业考核通过率")
i["annual"]["unit"] = "百分比"
D.append("02 A 百分比 kept")
# 5 per week of 小时/周 dropped (02 B)
i = ind(2, 1, "训练基地开放时长")
i["annual"]["per"] = None
D.append("02 B per week dropped")
# 6 annual_raw taken from 实施期指标值 (03 A)
i = ind(3, 0, "编印空竹教材")
i["annual_raw"] = "3册"
D.append("03 A annual_raw from 实施期")
# 7 08's 原指标值 taken as the annual target (08 A)
i = ind(8, 0, "野生蕨菜采收基地")
i["annual_raw"] = "5000亩"
i["annual"]["value"] = "5000"
D.append("08 A 原指标值 taken")
# 8 a composite holding a value (04 B)
i = ind(4, 1, "柿子标准化示范园")
i["annual"]["value"] = "3"
D.append("04 B composite with a value")
# 9 department changed: code 【411】 dropped (02 B)
doc(2)["projects"][1]["department"] = "示例市某某区文化广电旅游体育局"
D.append("02 B department code dropped")
# 10 a range with value > value_max (04 A)
i = ind(4, 0, "古树复壮单株费用")
i["annual"]["value"], i["annual"]["value_max"] = "0.5", "0.3"
D.append("04 A range reversed")
# 11 分值 and 得分 swapped (05 A 苗木成活率 10 / 8)
i = ind(5, 0, "苗木成活率")
i["weight"], i["score"] = i["score"], i["weight"]
D.append("05 A weight/score swapped")
# 12 a placeholder row made an indicator (07 B 无需设置)
ps = doc(7)["projects"][1]["indicators"]
k = [x["name"] for x in ps].index("科普宣传受众") + 1
ps.insert(
    k,
    dict(
        ps[k - 1],
        name="无需设置",
        annual_raw="无需设置",
        annual={"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    ),
)
D.append("07 B placeholder 无需设置 as an indicator")
# 13 `超过88%` comparator > → >= (no sign column: only the word check sees it)
i = ind(6, 0, "合作村满意度")
i["annual"]["comparator"] = ">="
D.append("06 A 超过 read >=")
# 14 a level1 invented in a 序号 grid with no 一级 column (06 B)
i = ind(6, 1, "蚯蚓养殖床")
i["level1"] = "产出指标"
D.append("06 B level1 invented")
# 15 CONTROL: 稳中有增 direction → qualitative (structurally sound)
i = ind(7, 1, "麋鹿种群数量")
i["annual"]["kind"] = "qualitative"
D.append("07 B CONTROL direction → qualitative")
for n, d in docs.items():
    with open(os.path.join(out, "blind34_%02d.json" % n), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
for k, d in enumerate(D, 1):
    print(k, d)
r = subprocess.run(
    [sys.executable, os.path.join(src, "tools", "second_reading_check.py"), src, out], capture_output=True, text=True
)
print(r.stdout)
sys.exit(0 if r.returncode == 1 else 1)
