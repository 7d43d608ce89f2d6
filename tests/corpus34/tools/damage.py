"""A damaged copy of docs/ in /tmp/b34dmg with 14 damages (one a file); tools/check_shapes.py must report every one
and nothing else.  Usage: python tools/damage.py /work/blind34"""

import io
import os
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b34dmg"


def edit(name, fn):
    p = os.path.join(OUT, name)
    with open(p, "rb") as f:
        b = f.read()
    nb = fn(b)
    assert nb != b, name
    with open(p, "wb") as f:
        f.write(nb)


def zedit(name, member, fn):
    p = os.path.join(OUT, name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, b in items:
            if i.filename == member:
                nb = fn(b)
                assert nb != b
                b = nb
            z.writestr(i, b)
    with open(p, "wb") as f:
        f.write(out.getvalue())


def once(old, new):
    return lambda b: b.replace(old.encode(), new.encode(), 1)


DAMAGES = [
    ("blind34_01.pipe.txt", "a value digit dropped", once("80亩以上", "8亩以上")),
    ("blind34_02.pipe_bare.txt", "a sign changed", once("|不少于|", "|不低于|")),
    ("blind34_03.tab.tsv", "a quote removed", once('"12所"', "12所")),
    ("blind34_04.csv", "the TAB before a number removed", once("\t210.00", "210.00")),
    ("blind34_05.csv", "the BOM removed", lambda b: b[3:]),
    ("blind34_06.lines.txt", "an empty line added", once("\n", "\n\n")),
    ("blind34_07.lines_dropped.txt", "CRLF → LF", lambda b: b.replace(b"\r\n", b"\n")),
    ("blind34_08.flat.txt", "a cell dropped", once("调整理由", "")),
    ("blind34_01.oneline.txt", "a row separator of one space", once("  ", " ")),
    ("blind34_02.aligned_top.txt", "a cell's text cut", once("每课时授课补贴", "每课时补贴")),
    ("blind34_03.aligned_centered.txt", "a word lost", once("该项不适用", "")),
    ("blind34_04.tab.tsv", "LF → CRLF", lambda b: b.replace(b"\n", b"\r\n")),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for name, what, fn in DAMAGES:
        edit(name, fn)
    ent = lambda t: "".join(
        "&#%d;" % ord(ch) for ch in t
    )  # this openpyxl writes inline strings as character references
    zedit("blind34_06.xlsx", "xl/worksheets/sheet1.xml", once(ent("粪污资源化利用率"), ent("粪污利用率")))
    zedit("blind34_07.docx", "word/document.xml", once("稳中有增", "稳中有升"))
    names = [d[0] for d in DAMAGES] + ["blind34_06.xlsx", "blind34_07.docx"]
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], stdout=subprocess.PIPE, text=True
    )
    bad = {l.split()[1] for l in r.stdout.splitlines() if l.startswith("BAD")}
    rep = [n for n in names if n in bad]
    spurious = sorted(bad - set(names))
    print(
        "%d damages in %d files, %d reported, %d spurious %s"
        % (len(names), len(set(names)), len(rep), len(spurious), spurious)
    )
    for n in names:
        if n not in bad:
            print("NOT REPORTED", n)


if __name__ == "__main__":
    main()
