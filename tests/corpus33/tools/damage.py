"""A damaged copy of docs/ in /tmp/b33dmg with 14 damages; check_shapes must report every one.
Usage: python tools/damage.py /work/blind33"""

import os, shutil, subprocess, sys

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b33dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)


def edit(name, fn):
    p = os.path.join(OUT, name)
    old = open(p, "rb").read()
    new = fn(old)
    assert new != old, name
    open(p, "wb").write(new)


D = [
    ("blind33_01.pipe.txt", lambda b: b.replace("'≥45'".encode(), "'≥4'".encode(), 1)),
    ("blind33_02.pipe_bare.txt", lambda b: b.replace("|5,000|".encode(), "|5000|".encode(), 1)),
    ("blind33_03.tab.tsv", lambda b: b.replace(b"\r\n", b"\n")),
    ("blind33_04.csv", lambda b: b.replace("≥1,200头".encode(), "≥1200头".encode(), 1)),
    ("blind33_05.lines.txt", lambda b: b.replace("82.6%\n".encode(), b"", 1)),
    ("blind33_06.lines_dropped.txt", lambda b: b.replace("（03）\n".encode(), "（03）\n\n".encode(), 1)),
    ("blind33_07.aligned_top.txt", lambda b: b.replace("≥85分".encode(), "≥85".encode(), 1)),
    ("blind33_08.aligned_centered.txt", lambda b: b.replace("黄灯".encode(), "".encode(), 1)),
    ("blind33_01.flat.txt", lambda b: b.replace("不少于二十栋".encode(), "不少于二十".encode(), 1)),
    ("blind33_02.oneline.txt", lambda b: b.replace("不大于".encode(), "不小于".encode(), 1)),
    ("blind33_08.tab.tsv", lambda b: b.replace(b"\xef\xbb\xbf", b"", 1)),
    ("blind33_04.pipe_bare.txt", lambda b: b.replace("此项不设".encode(), "此项不涉".encode(), 1)),
    ("blind33_05.csv", lambda b: b.replace(b"\n", b"\r\n")),
]


def xl(name):
    from openpyxl import load_workbook

    p = os.path.join(OUT, name)
    wb = load_workbook(p)
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for c in row:
            if c.value == "≥92%":
                c.value = "≥91%"
    wb.save(p)


only = {}
for name, fn in D:
    edit(name, fn)
    only.setdefault(name.split(".")[0], []).append(name)
# the 14th damage: a docx cell
from docx import Document

p = os.path.join(OUT, "blind33_06.docx")
doc = Document(p)
for tb in doc.tables:
    for row in tb.rows:
        for c in row.cells:
            if c.text == "2.6km":
                c.text = "2.6"
doc.save(p)
print("14 damages in", len(set(n for n, _ in D) | {"blind33_06.docx"}), "files")
r = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
)
print(r.stdout)
