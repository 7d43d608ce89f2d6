"""Make a damaged copy of docs/ in /tmp/b44dmg (14 damages, one per file) and check that check_shapes.py reports
every damaged file and no other.  Usage: python tools/damage.py /work/blind44"""

import io
import os
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b44dmg"


def edit(name, old, new, count=1):
    path = os.path.join(OUT, "docs", name)
    with open(path, "rb") as f:
        b = f.read()
    assert old.encode() in b, (name, old)
    with open(path, "wb") as f:
        f.write(b.replace(old.encode(), new.encode(), count))


def edit_zip(name, member, old, new):
    path = os.path.join(OUT, "docs", name)
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if i.filename == member:
                assert old.encode() in data, (name, old)
                data = data.replace(old.encode(), new.encode(), 1)
            z.writestr(i, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


DAMAGES = [
    ("blind44_01.pipe.txt", "不少于二百四十个", "不少于二百四十"),  # a Chinese numeral's unit cut
    ("blind44_01.tab.tsv", "≧99.5%", "≧9.5%"),  # a digit dropped
    ("blind44_02.csv", None, None),  # a unit cell emptied (`不小于,12,个` → `不小于,12,`, below)
    ("blind44_02.pipe_bare.txt", "元/人·天", "元/人天"),  # the middle dot lost
    ("blind44_03.lines.txt", "八成五以上\n", "八成五\n"),  # 以上 cut
    ("blind44_03.lines_dropped.txt", "<0.5‰\n", "<0.5\n"),  # ‰ cut
    ("blind44_04.aligned_top.txt", "次年1月15日前", "次年1月15日 "),  # a deadline's 前 cut
    ("blind44_05.aligned_centered.txt", "80%以上（不含80%）", "80%以上（含80%）"),  # a note changed
    ("blind44_05.flat.txt", "每日10:30前", "每日10：30前"),  # a colon widened
    ("blind44_06.oneline.txt", "（１０）", "（１）"),  # a 序号 changed
    ("blind44_06.tab.tsv", "担保金额的3倍以上", "担保金额的3倍"),  # 以上 cut
    ("blind44_07.csv", "不少于4场次", "不少于4场"),  # a unit shortened
    ("blind44_08.xlsx", "xl/worksheets/sheet1.xml", None),  # a cell text changed
    ("blind44_08.docx", "word/document.xml", None),  # a header name changed
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    shutil.copytree(os.path.join(HERE, "data"), os.path.join(OUT, "data"))
    shutil.copytree(os.path.join(HERE, "docs"), os.path.join(OUT, "docs"))
    done = []
    for name, old, new in DAMAGES:
        if name == "blind44_02.csv":
            edit(name, "不小于,12,个", "不小于,12,")  # a unit cell emptied
        elif name.endswith(".xlsx"):
            edit_zip(
                name, old, "&#20856;&#24403;&#34892;&#24180;&#23457;", "&#20856;&#24403;&#34892;&#24180;&#26816;"
            )  # 典当行年审 → 年检
        elif name.endswith(".docx"):
            edit_zip(name, old, "比较方向", "比较符号")
        else:
            edit(name, old, new)
        done.append(name)
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), OUT, os.path.join(OUT, "docs")],
        capture_output=True,
        text=True,
    )
    reported = {l.split(":")[0] for l in r.stdout.splitlines() if ":" in l and l.startswith("blind44")}
    missed = [d for d in done if d not in reported]
    spurious = sorted(reported - set(done))
    print(r.stdout.strip())
    print(
        "%d damages in %d files, %d reported, %d missed %s, %d spurious %s"
        % (len(done), len(set(done)), len(set(done)) - len(missed), len(missed), missed, len(spurious), spurious)
    )
    sys.exit(1 if missed or spurious else 0)


if __name__ == "__main__":
    main()
