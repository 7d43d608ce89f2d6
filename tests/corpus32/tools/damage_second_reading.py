"""Second reader's damage test for blind32: copy expected/ to /tmp/b32dmg_exp with 16 planted faults (one a control that
only a reader can see), then run the walk on it.  python tools/damage_second_reading.py /work/blind32sr"""

import json, os, shutil, subprocess, sys

base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b32dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(base, "expected"), out)
docs = {}


def doc(d):
    if d not in docs:
        docs[d] = json.load(open(os.path.join(out, "blind32_%s.json" % d), encoding="utf-8"))
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


@dmg("05 A level2 with its range points left in (经济成本指标（0～10分）)")
def _():
    ind("05", 0, "每亩种植成本")["level2"] = "经济成本指标（0～10分）"


@dmg("02 B 定性 row 收购企业满意度 (较满意) re-read as direction")
def _():
    ind("02", 1, "收购企业满意度")["annual"]["kind"] = "direction"


@dmg("02 B comparator >= against the sign WORD 低于 (姜瘟病发病率)")
def _():
    ind("02", 1, "姜瘟病发病率")["annual"]["comparator"] = ">="


@dmg("02 A unit column km kept (not → 公里)")
def _():
    ind("02", 0, "修建林区作业便道")["annual"]["unit"] = "km"


@dmg("02 B unit column 次/年: per year dropped (开展病害统防统治)")
def _():
    ind("02", 1, "开展病害统防统治")["annual"]["per"] = None


@dmg("03 A annual_raw taken from 实施期指标值 (printed AFTER 年度指标值)")
def _():
    ind("03", 0, "百合种球繁育面积")["annual_raw"] = "1500亩"


@dmg("07 A annual_raw taken from the 2026年度指标值 cell (参赛马匹)")
def _():
    ind("07", 0, "参赛马匹")["annual_raw"] = "350匹以上"


@dmg("06 A a composite holding a value (青少年二胡普及班)")
def _():
    ind("06", 0, "青少年二胡普及班")["annual"]["value"] = "6"


@dmg("04 B changed department")
def _():
    doc("04")["projects"][1]["department"] = "示例市某某县林业局"


@dmg("03 B a range with value > value_max (周边群众满意度)")
def _():
    a = ind("03", 1, "周边群众满意度")["annual"]
    a["value"], a["value_max"] = "90", "85"


@dmg("08 B actual_raw and annual_raw swapped (实际完成值 printed BEFORE 年度指标值)")
def _():
    i = ind("08", 1, "沉香结香树种植")
    i["annual_raw"], i["actual_raw"] = i["actual_raw"], i["annual_raw"]


@dmg("05 B weight and score swapped (分值 printed before 年度指标值)")
def _():
    i = ind("05", 1, "进校园展示")
    i["weight"], i["score"] = i["score"], i["weight"]


@dmg("01 B an indicator removed (新建冷藏保鲜库)")
def _():
    p = doc("01")["projects"][1]
    p["indicators"] = [i for i in p["indicators"] if i["name"] != "新建冷藏保鲜库"]


@dmg("01 A 不少于八百亩 comparator >= -> = (no sign column: only the word check sees it)")
def _():
    ind("01", 0, "蚕豆良种繁育基地面积")["annual"]["comparator"] = "="


@dmg("07 B placeholder row 本项目无此类指标 annotated as an indicator (an extra indicator)")
def _():
    p = doc("07")["projects"][1]
    x = dict(p["indicators"][9])
    x.update(
        level2="可持续影响指标",
        name="本项目无此类指标",
        annual_raw="本项目无此类指标",
        annual={"kind": "text", "comparator": None, "value": None, "value_max": None, "unit": None, "per": None},
    )
    x.pop("doubt", None)
    p["indicators"].insert(10, x)


@dmg("CONTROL 06 A 民乐人才梯队 `逐步形成` qualitative -> direction (the writer's reading; structurally sound)")
def _():
    ind("06", 0, "民乐人才梯队")["annual"]["kind"] = "direction"


for text, f in DAMAGES:
    f()
for d, j in docs.items():
    with open(os.path.join(out, "blind32_%s.json" % d), "w", encoding="utf-8") as fh:
        json.dump(j, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
for n, (text, _f) in enumerate(DAMAGES, 1):
    print(n, text)
r = subprocess.run(
    [sys.executable, os.path.join(base, "tools", "second_reading_check.py"), base, out], capture_output=True, text=True
)
print(r.stdout)
print("walk exit", r.returncode)
