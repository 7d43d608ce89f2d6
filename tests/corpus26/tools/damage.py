"""Make /tmp/b26dmg: a copy of data/ and docs/ with 14 damages in 14 files; check_shapes must report each.
Usage: python tools/damage.py /work/blind26 && python tools/check_shapes.py /work/blind26 /tmp/b26dmg/docs"""

import io
import os
import re
import shutil
import sys
import zipfile

import openpyxl
from docx import Document

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b26dmg/docs"
shutil.rmtree("/tmp/b26dmg", ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)
shutil.copytree(os.path.join(HERE, "data"), "/tmp/b26dmg/data")


def edit(name, fn, binary=False):
    path = os.path.join(OUT, name)
    mode = "rb" if binary else "r"
    with open(path, mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
        t = f.read()
    t2 = fn(t)
    assert t2 != t, name
    with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(t2)
    print("damaged", name)


def once(old, new):
    return lambda t: t.replace(old, new, 1)


# 1 pipe: a merged 一级 continuation written as an own-empty cell
edit("blind26_01.pipe.txt", once("|~|~|学徒培养人数|", "| |~|学徒培养人数|"))
# 2 pipe_bare: a lost delimiter
edit("blind26_02.pipe_bare.txt", once("|溃疡病防控面积|", "|溃疡病防控面积"))
# 3 tab: a record separator turned into a line feed
edit("blind26_03.tab.tsv", lambda b: b.replace(b"\x1e", b"\n", 3).replace(b"\n", b"\x1e", 2), binary=True)
# 4 csv: a needless quote
edit("blind26_04.csv", once(",6座,", ',"6座",'))
# 5 lines: one empty line dropped
edit("blind26_05.lines.txt", once("\n\n", "\n"))
# 6 lines_dropped: a CRLF row end written as LF
edit("blind26_06.lines_dropped.txt", once("\r\n", "\n"))
# 7 aligned_top: a value changed
edit("blind26_07.aligned_top.txt", once("≥8场", "≥9场"))
# 8 aligned_centered: a wrong page number in a foot
edit("blind26_08.aligned_centered.txt", once("第 2 页", "第 3 页"))
# 9 flat: the hard break of one row removed
edit("blind26_01.flat.txt", once("传承梯队老中青三代衔接初步形成  \n", "传承梯队老中青三代衔接初步形成\n"))
# 10 oneline: a byte length off by one
edit(
    "blind26_02.oneline.txt",
    lambda t: (
        re.sub(r's:24:"溃疡病防控面积"', 's:25:"溃疡病防控面积"', t, count=1)
        if 's:21:"溃疡病防控面积"' not in t
        else t.replace('s:21:"溃疡病防控面积"', 's:22:"溃疡病防控面积"', 1)
    ),
)
# 13 aligned_top: a value moved left into the name column
edit(
    "blind26_06.aligned_top.txt",
    lambda t: re.sub(r"(风筝文化节举办场次 +)   1届", lambda m: m.group(1) + "1届", t, count=1),
)
# 14 pipe: the header-row suffix removed
edit("blind26_05.pipe.txt", once("|偏差原因及改进措施|h\n", "|偏差原因及改进措施|\n"))

# 11 xlsx: a 二级 block unmerged
p = os.path.join(OUT, "blind26_03.xlsx")
wb = openpyxl.load_workbook(p)
ws = wb.active
rng = [m for m in ws.merged_cells.ranges if m.min_col == 2 and m.max_row > m.min_row][0]
ws.unmerge_cells(str(rng))
wb.save(p)
print("damaged blind26_03.xlsx", rng)
# 12 docx: a grid cell's text changed
p = os.path.join(OUT, "blind26_04.docx")
d = Document(p)
for t in d.tables:
    for row in t.rows:
        for c in row.cells:
            if c.text == "≤1000ppm":
                c.paragraphs[0].runs[0].text = "≤100ppm"
d.save(p)
print("damaged blind26_04.docx")
