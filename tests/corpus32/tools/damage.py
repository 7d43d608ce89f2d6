"""Make a damaged copy of docs/ in /tmp/b32dmg with 14 damages (one a file) and check that check_shapes.py reports
each damaged file and nothing else.  Usage: python tools/damage.py /work/blind32"""

import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b32dmg"


def edit(name, fn, binary=False):
    p = os.path.join(OUT, name)
    mode = "b" if binary else ""
    with open(p, "r" + mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
        t = f.read()
    t2 = fn(t)
    assert t2 != t, name
    with open(p, "w" + mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(t2)


def xlsx_cell(name):
    from openpyxl import load_workbook

    p = os.path.join(OUT, name)
    wb = load_workbook(p)
    ws = wb.active
    for row in ws.iter_rows():
        for c in row:
            if c.value == "100%":
                c.value = "10%"
                wb.save(p)
                return
    raise AssertionError(name)


def docx_text(name):
    p = os.path.join(OUT, name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if i.filename == "word/document.xml":
                assert "≥90%".encode() in data
                data = data.replace("≥90%".encode(), "≥80%".encode(), 1)
            z.writestr(i, data)


DAMAGES = [
    ("blind32_01.pipe.txt", lambda t: t.replace("不少于八百亩", "不少于八百", 1), "a value cut in a box cell"),
    ("blind32_02.pipe_bare.txt", lambda t: t.replace("|3000|", "|300|", 1), "a number changed"),
    ("blind32_03.tab.tsv", lambda t: t.replace("\t1500亩\r\n", "\t1500亩\t\r\n", 1), "a cell added"),
    ("blind32_04.csv", lambda t: t.replace("\r\n", "\n", 3), "line ends changed"),
    ("blind32_05.lines.txt", lambda t: t.replace("≥800亩\n", "", 1), "a cell line dropped"),
    ("blind32_06.lines_dropped.txt", lambda t: t.replace("3首\n", "3首\n3首\n", 1), "a cell line doubled"),
    ("blind32_07.flat.txt", lambda t: t.replace("2.2公里", "2.2km", 1), "a unit rewritten"),
    ("blind32_08.oneline.txt", lambda t: t.replace("2|", "2 |", 1), "the project id furniture changed"),
    ("blind32_01.aligned_top.txt", lambda t: t.replace("一百二十户", "一百二十", 1), "a character dropped"),
    (
        "blind32_02.aligned_centered.txt",
        lambda t: t.replace("竹笋低产林改造 ", "竹笋低产林改建 ", 1),
        "a character changed",
    ),
    ("blind32_03.xlsx", None, "a cell value changed (openpyxl)"),
    ("blind32_04.docx", None, "a cell text changed in the XML"),
    ("blind32_05.csv", lambda t: "\ufeff" + t, "a BOM added"),
    ("blind32_06.pipe_bare.txt", lambda t: t.replace("1号|", "1号||", 1), "an empty cell inserted"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "docs"), OUT)
    for name, fn, what in DAMAGES:
        if name.endswith(".xlsx"):
            xlsx_cell(name)
        elif name.endswith(".docx"):
            docx_text(name)
        else:
            edit(name, fn)
    r = subprocess.run(
        [sys.executable, os.path.join(ROOT, "tools", "check_shapes.py"), ROOT, OUT], stdout=subprocess.PIPE, text=True
    )
    lines = [ln for ln in r.stdout.splitlines() if ": ." in ln or "cannot read" in ln]
    reported = set()
    for ln in lines:
        doc, rest = ln.split(": ", 1)
        suffix = rest.split(":")[0]
        reported.add(doc + suffix)
    want = {n for n, _, _ in DAMAGES}
    hit = want & reported
    spurious = reported - want
    for n, _, what in DAMAGES:
        print("%-34s %-45s %s" % (n, what, "reported" if n in reported else "MISSED"))
    print(
        "%d damages in %d files, %d reported, %d spurious %s"
        % (len(DAMAGES), len(want), len(hit), len(spurious), sorted(spurious))
    )
    return 0 if hit == want and not spurious else 1


if __name__ == "__main__":
    sys.exit(main())
