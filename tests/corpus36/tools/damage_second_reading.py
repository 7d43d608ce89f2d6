"""Second reader's damage test for blind36: copy expected/ to /tmp/b36dmg_exp, plant 16 damages (the last a control only a
reader could see), run tools/second_reading_check.py on the copy.  python tools/damage_second_reading.py /work/blind36sr"""

import copy, json, os, shutil, subprocess, sys

folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b36dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(folder, "expected"), out)
docs = {}


def doc(d):
    if d not in docs:
        docs[d] = json.load(open(os.path.join(out, "blind36_%s.json" % d), encoding="utf-8"))
    return docs[d]


def ind(d, p, name):
    for i in doc(d)["projects"][p]["indicators"]:
        if i["name"] == name:
            return i
    raise KeyError(name)


DAMAGES = []


def dmg(label):
    def deco(f):
        DAMAGES.append((label, f))
        return f

    return deco


@dmg("1 05 A level1 with its points left in")
def _():
    ind("05", 0, "弱视儿童建档随访")["level1"] = "产出指标\u3000（0－50）分"


@dmg("2 02 B the 定性 row 明显提高 read as direction")
def _():
    ind("02", 1, "居民卒中防治知识知晓程度")["annual"]["kind"] = "direction"


@dmg("3 02 B sign 不高于 (sign column LAST) read as >=")
def _():
    ind("02", 1, "人均筛查成本")["annual"]["comparator"] = ">="


@dmg("4 02 A unit column 百分比 kept (not → %)")
def _():
    ind("02", 0, "进门-球囊扩张时间达标率（D2B≤90分钟）")["annual"]["unit"] = "百分比"


@dmg("5 08 A 每月不超过2.5万元: per month dropped")
def _():
    ind("08", 0, "传习所运营补助标准")["annual"]["per"] = None


@dmg("6 03 A annual_raw taken from 主办股室")
def _():
    ind("03", 0, "更换客运吊厢")["annual_raw"] = "设施股"


@dmg("7 01 B annual_raw taken from 对比基数 (last year's figure)")
def _():
    ind("01", 1, "覆盖行政村")["annual_raw"] = "2024年62个"


@dmg("8 06 B a composite holding a value")
def _():
    ind("06", 1, "珠心算师资培训")["annual"]["value"] = "2"


@dmg("9 05 B weight (分值 before the value) and score swapped")
def _():
    i = ind("05", 1, "学生及家长防控知识知晓率")
    i["weight"], i["score"] = i["score"], i["weight"]


@dmg("10 06 B a range with value > value_max")
def _():
    a = ind("06", 1, "学生满意度")["annual"]
    a["value"], a["value_max"] = a["value_max"], a["value"]


@dmg("11 04 B the placeholder row 不涉及此项 made an indicator")
def _():
    inds = doc("04")["projects"][1]["indicators"]
    k = [i["name"] for i in inds].index("设施使用年限")
    e = copy.deepcopy(inds[k])
    e.update(level2="生态效益指标", name="不涉及此项", annual_raw="不涉及此项")
    e["annual"] = {"kind": "empty", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None}
    inds.insert(k, e)


@dmg("12 01 A 不少于一百场 comparator >= → = (no sign column: only the word check sees it)")
def _():
    ind("01", 0, "公益评书演出场次")["annual"]["comparator"] = "="


@dmg("13 06 A a level1 invented in a 序号 grid")
def _():
    ind("06", 0, "盲文点字机")["level1"] = "产出指标"


@dmg("14 07 B level1 of the second 子项's first row kept from the block above (效益指标)")
def _():
    ind("07", 1, "平台服务时长")["level1"] = "效益指标"


@dmg("15 02 A 小于等于 beside 2025年10月: comparator dropped")
def _():
    ind("02", 0, "通过胸痛中心再认证")["annual"]["comparator"] = None


@dmg("16 CONTROL 07 A 显著增强 direction → qualitative (structurally sound)")
def _():
    ind("07", 0, "群众防骗意识")["annual"]["kind"] = "qualitative"


for label, f in DAMAGES:
    f()
    print("planted", label)
for d, obj in docs.items():
    with open(os.path.join(out, "blind36_%s.json" % d), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
r = subprocess.run(
    [sys.executable, os.path.join(folder, "tools", "second_reading_check.py"), folder, out],
    capture_output=True,
    text=True,
)
print(r.stdout)
print("exit", r.returncode)
