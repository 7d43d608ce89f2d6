"""Damage test for the second reader's walk: copy expected/ to /tmp/b51dmg_exp, plant 15 faults, run the walk on it.

python tools/damage_second_reading.py /work/blind51sr
"""

import json, os, shutil, subprocess, sys

corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
out = "/tmp/b51dmg_exp"
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(corpus, "expected"), out)


def ind(doc, p, name):
    path = os.path.join(out, doc + ".json")
    d = json.load(open(path, encoding="utf-8"))
    for i in d["projects"][p]["indicators"]:
        if i["name"] == name:
            return d, path, i
    raise KeyError(name)


def dmg(doc, p, name, fn):
    d, path, i = ind(doc, p, name)
    fn(i)
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def setk(**kw):
    def f(i):
        for k, v in kw.items():
            if k in ("level1", "level2", "name", "annual_raw", "period_raw", "weight", "score", "actual_raw"):
                i[k] = v
            else:
                i["annual"][k] = v

    return f


D = [
    ("blind51_05", 0, "受理调解案件", setk(level1="产出指标\u00a0（50分）"), "level1 with NBSP points left in"),
    ("blind51_08", 1, "标本数字化加工", setk(level1="产出指标（0~50分）"), "level1 with points left in"),
    ("blind51_04", 1, "新引种珍稀植物", setk(annual_raw="计划标准"), "annual_raw taken from 绩效标准 before the value"),
    ("blind51_02", 1, "增设减速带", setk(comparator=">="), "sign word 不多于 read as >="),
    ("blind51_02", 0, "抓拍设备在线率", setk(unit="百分比"), "unit column 百分比 kept"),
    ("blind51_04", 0, "科普讲座", setk(per=None), "48场/年: per year dropped"),
    ("blind51_02", 1, "工程验收", setk(kind="direction"), "定性 ignored: read as direction"),
    ("blind51_03", 0, "指导企业申请品种权", setk(annual_raw="≥24件"), "annual_raw taken from 实施期指标值"),
    ("blind51_03", 0, "品种真实性DNA检测样品", setk(value="3000"), "三百份 value 300 → 3000"),
    ("blind51_06", 0, "规范化建设团支部", setk(level2="（一）1"), "序号 taken as a 二级 level"),
    ("blind51_07", 0, "每日机扫作业面积", setk(unit="万㎡"), "unit ㎡ kept (not → 平方米)"),
    ("blind51_07", 0, "洒水降尘频次", setk(per=None), "每日2遍: per day dropped"),
    ("blind51_01", 1, "单个驿站建设成本", setk(value="4", value_max="3"), "range lo > hi"),
    ("blind51_05", 1, "公证员业务培训", setk(weight="6期"), "weight taken from the 实际完成值 column"),
    (
        "blind51_06",
        1,
        "学员政治素养",
        setk(kind="qualitative"),
        "CONTROL: 显著提升 direction → qualitative (structurally sound)",
    ),
]
for n, (doc, p, name, fn, what) in enumerate(D, 1):
    dmg(doc, p, name, fn)
    print("%2d %s %s %s: %s" % (n, doc, "AB"[p], name, what))
r = subprocess.run(
    [sys.executable, os.path.join(corpus, "tools", "second_reading_check.py"), corpus, out],
    capture_output=True,
    text=True,
)
print(r.stdout)
sys.exit(r.returncode)
