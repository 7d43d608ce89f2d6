import io, os, re, zipfile

D = "/tmp/b25dmg/docs/"


def rw(name, f, enc="utf-8"):
    p = D + name
    t = open(p, encoding=enc, newline="").read()
    t2 = f(t)
    assert t2 != t, name
    open(p, "w", encoding=enc, newline="").write(t2)


# 1 pipe: a rowspan continuation turned into its own cell (a rule drawn through the merged 一级 column)
def d1(t):
    lines = t.split("\n")
    for i, l in enumerate(lines):
        if l.startswith("|                       |                    +"):
            lines[i] = "+-----------------------+" + l[25:]
            return "\n".join(lines)


rw("blind25_01.pipe.txt", d1)
# 2 pipe_bare: a cell moved one field left (a '|' lost)
rw("blind25_02.pipe_bare.txt", lambda t: t.replace("|暗渠加固长度|km|", "|暗渠加固长度km|", 1))
# 3 tab: a \N (merged) turned into an empty string
rw("blind25_03.tab.tsv", lambda t: t.replace("\\N\x01\\N\x01推广良种苗网", "\x01\\N\x01推广良种苗网", 1))
# 4 csv: a text cell left unquoted
rw("blind25_04.csv", lambda t: t.replace("'3座'", "3座", 1))


# 5 lines: an empty line (merged cell) dropped
def d5(t):
    return t.replace("\n\n\n竹编研习班期数", "\n\n竹编研习班期数", 1)


rw("blind25_01.lines.txt", d5)
# 6 lines_dropped: written with CRLF line ends
rw("blind25_05.lines_dropped.txt", lambda t: t.replace("\n", "\r\n"))
# 7 aligned_top: a value changed (3-5人 -> 3-6人)
rw("blind25_07.aligned_top.txt", lambda t: t.replace("3-5人", "3-6人", 1))
# 8 aligned_centered: a page foot with a wrong number
rw("blind25_06.aligned_centered.txt", lambda t: t.replace("第2页", "第3页", 1))


# 9 aligned_top: a wrapped continuation line deleted
def d9(t):
    lines = t.split("\n")
    for i, l in enumerate(lines):
        if l.strip() == "分）":
            del lines[i]
            return "\n".join(lines)


rw("blind25_07.aligned_centered.txt", lambda t: t.replace("≥1.5万人次", "≥1.5万人", 1))
# 10 flat: the blank line after one row removed
rw(
    "blind25_08.flat.txt",
    lambda t: t.replace("拓片清晰完整率≥95%≥95%8专家抽查\n\n", "拓片清晰完整率≥95%≥95%8专家抽查\n", 1),
)
# 11 oneline: a hole written as ''
rw("blind25_06.oneline.txt", lambda t: t.replace("[,'其中：财政拨款'", "['','其中：财政拨款'", 1))


# 12 pipe: the '=' rule under the grid header written with '-'
def d12(t):
    lines = t.split("\n")
    for i, l in enumerate(lines):
        if set(l) <= set("+="):
            lines[i] = l.replace("=", "-") if l.startswith("+") else l
            if l.startswith("+"):
                return "\n".join(lines)


rw("blind25_05.pipe.txt", d12)
# 13 xlsx: a 二级 block unmerged
from openpyxl import load_workbook

p = D + "blind25_02.xlsx"
wb = load_workbook(p)
ws = wb.active
rng = [
    str(m)
    for m in ws.merged_cells.ranges
    if str(m).startswith("B") and str(m).split(":")[0][1:] != str(m).split(":")[1][1:]
][0]
ws.unmerge_cells(rng)
wb.save(p)
# 14 docx: a value changed in a grid cell
from docx import Document

p = D + "blind25_04.docx"
d = Document(p)
for row in d.tables[1].rows:
    for c in row.cells:
        if c.text == "≤18%":
            c.paragraphs[0].runs[0].text = "≤15%"
d.save(p)
print("14 damages written")
