"""Plant 16 damages (and one control) in a copy of expected/ (/tmp/b65srdmg_exp) and run the walk on it (second reader's
damage test, adapted from corpus 63's second reader's)."""

import json, os, shutil, subprocess, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/blind65sr"
OUT = "/tmp/b65srdmg_exp"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "expected"), OUT)


def edit(doc, proj, name, fn):
    p = os.path.join(OUT, f"blind65_{doc}.json")
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


edit("07", 0, "演出季总成本", lambda i: i.update(level1="成本指标（15）分"))  # 1 points `（15）分` left in level1
edit("07", 1, "复制曾侯乙式编钟", lambda i: i.update(level1="产出指标（45分）"))  # 2 second-line points left in
edit("02", 1, "游艇安全检查艘次", a(comparator="<="))  # 3 word sign 不少于 read <=
edit("02", 0, "检验报告出具合格率", a(unit="百分比"))  # 4 unit column 百分比 kept
edit("02", 0, "景区游客乘坐安全感", a(kind="direction"))  # 5 定性 ignored
edit("02", 0, "钢丝绳探伤检测长度", a(unit="km"))  # 6 unit column km kept (not → 公里)
edit("02", 1, "违规行为查处时限", a(unit="个工作日"))  # 7 个工作日 kept (not → 工作日)
edit("03", 0, "川剧经典折子戏复排", lambda i: i.update(period_raw=None))  # 8 实施期 dropped
edit("06", 0, "粤剧进校园演出场次", lambda i: i.update(level2="1．1"))  # 9 序号 taken as a level
edit("08", 1, "村级智能快递柜布设", lambda i: i.update(weight="85组"))  # 10 weight/value swapped (权重 before 指标值)
edit("05", 1, "组建校园管乐团", lambda i: i.update(actual_raw="—"))  # 11 actual from 未完成原因及改进打算
edit("05", 0, "开设钢琴兴趣课学校", lambda i: i.update(score="8"))  # 12 score from 分值
edit("06", 1, "陶艺体验课程", a(per=None))  # 13 每月 per dropped
edit("02", 1, "游艇俱乐部及船东满意度", a(comparator=">="))  # 14 高于 read >=
edit("04", 0, "雕塑基座及周边铺装修缮面积", a(value="1.85"))  # 15 thousands separator read as a decimal point
edit("08", 0, "赛事安全事故", lambda i: i.update(level2="数量指标"))  # 16 08 A's labels after the name not followed
edit("03", 0, "川剧“变脸”“吐火”等绝活传承", a(kind="qualitative"))  # 17 CONTROL: 明显加强 direction -> qualitative
r = subprocess.run(
    [sys.executable, os.path.join(SRC, "tools/second_reading_check.py"), SRC, OUT], capture_output=True, text=True
)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
