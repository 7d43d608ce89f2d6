"""Make a damaged copy (/tmp/b48dmg) with 14 damages, one per file, and check that check_shapes reports every one."""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DST = "/tmp/b48dmg"
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(HERE, DST, ignore=shutil.ignore_patterns("*.pdf"))
D = [  # (file, old, new, encoding)
    ("blind48_01.pipe.txt", "不少于八百人次", "不少于八人次", "utf-8"),
    ("blind48_02.pipe_bare.txt", "1,260", "1,26", "utf-8"),
    ("blind48_03.tab.tsv", "2025年5月31日前", "2025年5月31日", "utf-8"),
    ("blind48_04.csv", "≤1/万", "≤1/", "gb18030"),
    ("blind48_05.lines.txt", "万分之0.8\n", "", "utf-8"),
    ("blind48_06.lines_dropped.txt", "1-⑤\n", "", "utf-8"),
    ("blind48_07.aligned_centered.txt", "mm/月", "mm", "utf-8"),
    ("blind48_08.aligned_top.txt", "≯", "", "utf-8"),
    ("blind48_02.flat.txt", "―", "", "utf-8"),
    ("blind48_03.oneline.txt", "较基准年减少15%", "较基准年减少1%", "utf-8"),
    ("blind48_05.tab.tsv", "≤2500元/㎡", "≤2500元/m", "utf-8"),
    ("blind48_07.csv", "0.45万元/亩左右", "0.45元/亩左右", "gb18030"),
]
for f, a, b, enc in D:
    p = os.path.join(DST, "docs", f)
    s = open(p, "rb").read().decode(enc)
    assert a in s, (f, a)
    open(p, "wb").write(s.replace(a, b, 1).encode(enc))


def zedit(f, member, a, b):
    p = os.path.join(DST, "docs", f)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        assert member in [i.filename for i, _ in items], member
        for i, data in items:
            if i.filename == member:
                assert a.encode() in data
                data = data.replace(a.encode(), b.encode(), 1)
            z.writestr(i, data)


zedit(
    "blind48_06.xlsx",
    "xl/worksheets/sheet1.xml",
    "&#8805;",
    "",
)
zedit("blind48_08.docx", "word/document.xml", "大小符号", "大小")
out = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), DST], capture_output=True, text=True
).stdout
print(out)
bad = {l.split()[0]: l for l in out.splitlines() if " BAD " in l}
n = sum(l.count(",") + 1 for l in bad.values())
print("damages 14, reported", n)
