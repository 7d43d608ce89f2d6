"""14 damages in a copy of docs/ (/tmp/b27dmg); tools/check_shapes.py must report every one.
Usage: python tools/damage.py /work/blind27"""

import os, re, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1])
D = "/tmp/b27dmg"
shutil.rmtree(D, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), D)


def sub(name, old, new, count=1, enc="utf-8"):
    p = os.path.join(D, name)
    s = open(p, encoding=enc, newline="").read()
    assert old in s, (name, old)
    open(p, "w", encoding=enc, newline="").write(s.replace(old, new, count))


DAMAGES = [
    ("blind27_01.pipe_bare.txt", lambda: sub("blind27_01.pipe_bare.txt", '|""|', "||")),  # '' written as NULL
    ("blind27_02.csv", lambda: sub("blind27_02.csv", "1,200", "1200")),  # a quoted number lost its separator
    ("blind27_03.tab.tsv", lambda: sub("blind27_03.tab.tsv", "\t40孔\t", "\t4O孔\t")),
    ("blind27_04.flat.txt", lambda: sub("blind27_04.flat.txt", "\r\n", "\n")),  # a CRLF row end lost
    ("blind27_05.oneline.txt", lambda: sub("blind27_05.oneline.txt", "暂不涉及", "暂不涉")),
    ("blind27_06.lines.txt", lambda: sub("blind27_06.lines.txt", "\n第七项\n", "\n第七 项\n")),
    (
        "blind27_07.lines_dropped.txt",
        lambda: sub("blind27_07.lines_dropped.txt", "\n", "\n\n", 1),
    ),  # an empty line kept
    ("blind27_08.pipe.txt", lambda: sub("blind27_08.pipe.txt", "铜鼓保管户满意度", "铜鼓保管户满意")),
    ("blind27_01.aligned_top.txt", lambda: sub("blind27_01.aligned_top.txt", "第 2 页", "第 3 页")),
    ("blind27_02.aligned_centered.txt", lambda: sub("blind27_02.aligned_centered.txt", "大于等于", "大于等")),
    ("blind27_03.aligned_centered.txt", lambda: sub("blind27_03.aligned_centered.txt", "≥88%", "    ")),  # a value lost
    ("blind27_04.xlsx", None),  # a 二级 block unmerged
    ("blind27_05.docx", None),  # a grid cell changed
    ("blind27_06.csv", lambda: sub("blind27_06.csv", "\r\n", "\n", 3)),
]


def xlsx_unmerge():
    import openpyxl

    p = os.path.join(D, "blind27_04.xlsx")
    wb = openpyxl.load_workbook(p)
    ws = wb.worksheets[0]
    rg = [r for r in ws.merged_cells.ranges if r.min_col == 2 and r.max_row > r.min_row][0]
    ws.unmerge_cells(str(rg))
    wb.save(p)


def docx_cell():
    p = os.path.join(D, "blind27_05.docx")
    z = zipfile.ZipFile(p)
    items = {n: z.read(n) for n in z.namelist()}
    z.close()
    items["word/document.xml"] = items["word/document.xml"].replace("不少于60件".encode(), "不少于6O件".encode(), 1)
    with zipfile.ZipFile(p, "w") as z:
        for n, b in items.items():
            z.writestr(n, b)


for name, fn in DAMAGES:
    (fn or {"blind27_04.xlsx": xlsx_unmerge, "blind27_05.docx": docx_cell}[name])()
r = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, D], capture_output=True, text=True
)
print(r.stdout)
out = r.stdout
shapes = {n: n.split(".", 1)[1].split(".")[0] for n, _ in DAMAGES}
miss = 0
for name, _ in DAMAGES:
    doc, shape = name.split(".", 1)[0], name.split(".", 1)[1]
    key = {
        "pipe_bare.txt": "pipe_bare",
        "csv": "csv",
        "tab.tsv": "tab",
        "flat.txt": "flat",
        "oneline.txt": "oneline",
        "lines.txt": "lines",
        "lines_dropped.txt": "lines_dropped",
        "pipe.txt": "pipe",
        "aligned_top.txt": ".aligned_top",
        "aligned_centered.txt": ".aligned_centered",
        "xlsx": "xlsx",
        "docx": "docx",
    }[shape]
    block = out.split(doc)[1].split("blind27_")[0] if doc in out else ""
    hit = any(l.strip().startswith("! " + key) or ("! " + key) in l for l in block.split("\n"))
    print("%-34s %s" % (name, "REPORTED" if hit else "MISSED"))
    miss += not hit
print("%d damages, %d reported" % (len(DAMAGES), len(DAMAGES) - miss))
