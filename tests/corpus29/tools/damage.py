"""A damaged copy of the docs (/tmp/b29dmg) with 14 damages, one a file; check_shapes must report each.
Usage: python tools/damage.py /work/blind29"""

import os
import shutil
import subprocess
import sys

import openpyxl

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b29dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)


def edit(name, old, new, count=1):
    p = os.path.join(OUT, name)
    s = open(p, "rb").read().decode("utf-8")
    assert old in s, (name, old)
    open(p, "wb").write(s.replace(old, new, count).encode("utf-8"))


DAMAGES = [
    ("blind29_01.pipe.txt", "不少于四百五十亩", "不少于四百五十"),  # a unit lost
    ("blind29_02.pipe_bare.txt", "大于等于", "大于"),  # a comparator cut
    ("blind29_03.tab.tsv", "九成以上\t九成以上", "九成以上九成以上\t"),  # a tab moved
    ("blind29_04.csv", '"1500t"', '"1500"'),  # a unit lost
    ("blind29_05.lines.txt", "不劣于Ⅲ类\n", ""),  # a cell line dropped
    ("blind29_06.lines_dropped.txt", "此项空缺\n", "此项空缺\n此项空缺\n"),  # a line doubled
    ("blind29_07.flat.txt", "八十万元", "八十元"),  # a glued value altered
    ("blind29_08.oneline.txt", "逐步提高", "逐步"),  # a word cut
    ("blind29_01.aligned_top.txt", "≥90%", "≥9 %"),  # a digit lost in a column slice
    ("blind29_03.aligned_centered.txt", "逾5000万元", "逾500万元"),  # a digit lost
    ("blind29_06.pipe.txt", "〈9〉", "〈6〉"),  # a 序号 altered
    ("blind29_02.tab.tsv", "公支", "支"),  # a unit altered
]
for name, old, new in DAMAGES:
    edit(name, old, new)
# xlsx: a grid cell emptied
wb = openpyxl.load_workbook(os.path.join(OUT, "blind29_04.xlsx"))
ws = wb["绩效目标表"]
for row in ws.iter_rows():
    for c in row:
        if c.value == "65%-75%":
            c.value = "65%"
wb.save(os.path.join(OUT, "blind29_04.xlsx"))
DAMAGES.append(("blind29_04.xlsx", "65%-75%", "65%"))
# docx: a grid cell's text altered
import docx  # noqa: E402

d = docx.Document(os.path.join(OUT, "blind29_07.docx"))
for t in d.tables:
    for row in t.rows:
        for c in row.cells:
            if c.text == "半数以上":
                c.text = "半数"
d.save(os.path.join(OUT, "blind29_07.docx"))
DAMAGES.append(("blind29_07.docx", "半数以上", "半数"))

r = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
)
print(r.stdout)
shape_of = {
    "pipe.txt": "pipe",
    "pipe_bare.txt": "pipe_bare",
    "tab.tsv": "tab",
    "csv": "csv",
    "lines.txt": "lines",
    "lines_dropped.txt": "lines_dropped",
    "flat.txt": "flat",
    "oneline.txt": "oneline",
    "aligned_top.txt": "aligned_top",
    "aligned_centered.txt": "aligned_centered",
    "xlsx": "xlsx",
    "docx": "docx",
}
found = 0
for name, old, new in DAMAGES:
    doc, ext = name.split(".", 1)
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith(doc + " ")), "")
    hit = ("BAD" in line) and any(
        part.strip().startswith(shape_of[ext]) and (shape_of[ext] != "pipe" or part.strip().split()[0] == "pipe")
        for part in line.split(":", 1)[-1].split(",")
    )
    found += hit
    print("%-32s %-20s %s" % (name, old, "reported" if hit else "NOT REPORTED"))
print("%d damages in %d files, %d reported" % (len(DAMAGES), len({n for n, _, _ in DAMAGES}), found))
