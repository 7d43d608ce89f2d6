"""Second reader's damage test for blind31: copy expected/ to /tmp/b31dmg_exp with 15 planted faults (one a control that
only a reader can see), then run the walk on it.  python tools/damage_second_reading.py /work/blind31sr"""

import json, os, shutil, subprocess, sys

base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b31dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(base, "expected"), out)
docs = {}


def doc(d):
    if d not in docs:
        docs[d] = json.load(open(os.path.join(out, "blind31_%s.json" % d), encoding="utf-8"))
    return docs[d]


def ind(d, p, name):
    for i in doc(d)["projects"][p]["indicators"]:
        if i["name"] == name:
            return i
    raise KeyError(name)


DAMAGES = []


def dmg(text):
    def deco(f):
        DAMAGES.append((text, f))
        return f

    return deco


@dmg("01 A level2 with points left in (数量指标（0-20分）)")
def _():
    ind("01", 0, "脱毒种苗供应量")["level2"] = "数量指标（0-20分）"


@dmg("08 A 定性 row 产销对接长效机制 re-read as direction")
def _():
    ind("08", 0, "产销对接长效机制")["annual"]["kind"] = "direction"


@dmg("02 B comparator >= against the sign WORD 小于 (红枣裂果损失率)")
def _():
    ind("02", 1, "红枣裂果损失率")["annual"]["comparator"] = ">="


@dmg("02 B unit column m² kept (not → 平方米)")
def _():
    ind("02", 1, "防雨棚建设面积")["annual"]["unit"] = "m²"


@dmg("03 A period_raw taken from the 基准值 column")
def _():
    ind("03", 0, "舞狮传承人培养")["period_raw"] = "8名"


@dmg("07 B annual_raw taken from 上半年目标值 (茉莉花标准园建设)")
def _():
    ind("07", 1, "茉莉花标准园建设")["annual_raw"] = "300亩"


@dmg("03 B a composite holding a value")
def _():
    ind("03", 1, "渔民养殖技术培训")["annual"]["value"] = "40"


@dmg("04 B changed department")
def _():
    doc("04")["projects"][1]["department"] = "示例市某某县文化局"


@dmg("04 B a range with value > value_max")
def _():
    a = ind("04", 1, "学员月均增收")["annual"]
    a["value"], a["value_max"] = "1200", "800"


@dmg("05 B score and weight swapped (得分 before 分值)")
def _():
    i = ind("05", 1, "参展单位满意度")
    i["weight"], i["score"] = i["score"], i["weight"]


@dmg("06 B annual key per missing")
def _():
    del ind("06", 1, "山药商品率")["annual"]["per"]


@dmg("01 B an indicator removed (新建莲子初加工生产线)")
def _():
    p = doc("01")["projects"][1]
    p["indicators"] = [i for i in p["indicators"] if i["name"] != "新建莲子初加工生产线"]


@dmg("01 A 八十户以上 comparator >= -> = (no sign column: only the word check sees it)")
def _():
    ind("01", 0, "带动脱贫户务工")["annual"]["comparator"] = "="


@dmg("08 B placeholder row 本项目未涉及 annotated as an indicator (an extra indicator)")
def _():
    p = doc("08")["projects"][1]
    x = dict(p["indicators"][6])
    x.update(
        level2="经济效益指标",
        name="本项目未涉及",
        annual_raw="本项目未涉及",
        weight=None,
        annual={"kind": "text", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    )
    x.pop("doubt", None)
    p["indicators"].insert(7, x)


@dmg("CONTROL 07 B 化学农药使用量 `较上年减少` direction -> qualitative (a reading change, structurally sound)")
def _():
    ind("07", 1, "化学农药使用量")["annual"]["kind"] = "qualitative"


for text, f in DAMAGES:
    f()
for d, j in docs.items():
    with open(os.path.join(out, "blind31_%s.json" % d), "w", encoding="utf-8") as fh:
        json.dump(j, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
for n, (text, _f) in enumerate(DAMAGES, 1):
    print(n, text)
r = subprocess.run(
    [sys.executable, os.path.join(base, "tools", "second_reading_check.py"), base, out], capture_output=True, text=True
)
print(r.stdout)
print("walk exit", r.returncode)
