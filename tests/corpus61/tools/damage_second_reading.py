"""Plant 15 damages in a copy of expected/ (/tmp/b61dmg_exp) and run the walk on it (second reader's damage test)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind61sr"
OUT = "/tmp/b61dmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind61_{doc}.json")
    d = json.load(open(p))
    for i in d["projects"][proj]["indicators"]:
        if i["name"] == name:
            fn(i)
            break
    else:
        raise SystemExit(f"not found {doc} {name}")
    json.dump(d, open(p, "w"), ensure_ascii=False, indent=1)


def a(**kw):
    return lambda i: i["annual"].update(kw)


edit("05", 0, "专类园改造面积", lambda i: i.update(level1="产出指标（0-50分）"))  # 1 points left in level1
edit("07", 0, "避雨棚建设面积", lambda i: i.update(level2="数量指标（20分）"))  # 2 points left in level2
edit("08", 0, "更新气象科普展项", lambda i: i.update(annual_raw="20项"))  # 3 annual from 实施期 (年度 first)
edit("02", 1, "补助建设党参烘干设施", a(comparator="<="))  # 4 word sign 不少于 read <=
edit("02", 0, "种苗纯度", a(unit="百分比"))  # 5 unit column 百分比 kept
edit("02", 0, "当归种质资源保存", a(kind="direction"))  # 6 定性 ignored
edit("02", 1, "党参加工技术培训", a(per=None))  # 7 期/年 per dropped
edit("06", 1, "苹果老果园改造面积", a(value="500"))  # 8 Chinese numeral misread
edit("06", 0, "盆景技艺传承培训", lambda i: i.update(level2="1-a"))  # 9 序号 taken as a level
edit("03", 1, "配套还田管网长度", a(unit="km"))  # 10 km kept in a value
edit("04", 0, "组培苗移栽成活率", a(value="90", value_max="85"))  # 11 range lo > hi
edit("05", 1, "水生植物养护面积", lambda i: i.update(weight="18公顷"))  # 12 weight from 实际完成值 column
edit("04", 1, "推广菊花新品种", lambda i: i.update(annual_raw="行业标准"))  # 13 annual from 绩效标准
edit("08", 1, "新创建地震科普示范学校", lambda i: i.update(period_raw=None))  # 14 实施期 dropped
edit("06", 0, "县域盆景品牌知名度", a(kind="qualitative"))  # 15 CONTROL: 稳步提升 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
