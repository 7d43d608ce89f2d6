"""A damaged copy of docs/ in /tmp/b36dmg with 14 damages (one per file), then check_shapes on it: every damage
must be reported, and nothing else."""

import io
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(sys.argv[1])
OUT = "/tmp/b36dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(ROOT, "docs"), OUT)


def sub(name, old, new, count=1):
    p = os.path.join(OUT, name)
    b = open(p, "rb").read()
    assert old in b, (name, old)
    open(p, "wb").write(b.replace(old, new, count))


def zsub(name, member, old, new):
    p = os.path.join(OUT, name)
    z = zipfile.ZipFile(p)
    assert member in z.namelist(), member
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for i, data in items:
            if i.filename == member:
                assert old.encode() in data, (member, old)
                data = data.replace(old.encode(), new.encode(), 1)
            w.writestr(i, data)
    open(p, "wb").write(out.getvalue())


D = [
    ("blind36_01.pipe.txt", "不少于一百场".encode(), "不少于一百".encode()),  # a unit dropped
    ("blind36_02.pipe_bare.txt", b"\r\n", b"\n"),  # one CRLF -> LF
    ("blind36_03.tab.tsv", "48个\t".encode(), "48个".encode()),  # a tab removed
    ("blind36_04.csv", "1.2万m²".encode(), "1.2万m".encode()),  # a character dropped
    ("blind36_05.lines.txt", "≥95%\n".encode(), "≥95%\n\n".encode()),  # an empty line added
    ("blind36_06.lines_dropped.txt", "12台\n".encode(), b""),  # a line removed
    ("blind36_07.flat.txt", "≥90%".encode(), "≤90%".encode()),  # a sign changed
    ("blind36_08.oneline.txt", "2.5万元".encode(), "2,5万元".encode()),  # a decimal point changed
    ("blind36_01.aligned_top.txt", "公益评书演出场次".encode(), "公益评书演".encode()),  # a name cut
    ("blind36_02.aligned_centered.txt", "小于等于".encode(), "小于".encode()),  # a sign word cut
    ("blind36_03.csv", b"", "\ufeff".encode()),  # a BOM added
    ("blind36_04.tab.tsv", "86根".encode(), "68根".encode()),  # digits swapped
]
for name, old, new in D:
    if old == b"":
        p = os.path.join(OUT, name)
        open(p, "wb").write(new + open(p, "rb").read())
    else:
        sub(name, old, new)
zsub("blind36_05.xlsx", "xl/worksheets/sheet1.xml", "<t>93.6%</t>", "<t>96.3%</t>")  # a sheet cell changed
zsub("blind36_06.docx", "word/document.xml", "盲文点字机", "盲文刻字机")  # a docx cell changed
print("14 damages in 14 files:", ", ".join(n for n, _, _ in D) + ", blind36_05.xlsx, blind36_06.docx")
r = subprocess.run(
    [sys.executable, os.path.join(ROOT, "tools", "check_shapes.py"), ROOT, OUT], capture_output=True, text=True
)
print(r.stdout)
