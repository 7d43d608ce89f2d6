"""A damaged copy of docs/ in /tmp/b38dmg with 14 damages (one file each); check_shapes must report every one
and nothing else.  Usage: python tools/damage.py /work/blind38"""

import os, re, shutil, sys, zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.join(HERE, "tools"))
from check_shapes import check  # noqa: E402

OUT = "/tmp/b38dmg"


def text(name, old, new, count=1, enc="utf-8"):
    p = os.path.join(OUT, name)
    s = open(p, "rb").read()
    o, n = old.encode(enc), new.encode(enc)
    assert o in s, (name, old)
    open(p, "wb").write(s.replace(o, n, count))


def prepend(name, b):
    p = os.path.join(OUT, name)
    s = open(p, "rb").read()
    open(p, "wb").write(b + s)


def zipedit(name, member, old, new):
    p = os.path.join(OUT, name)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    hit = False
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zo:
        for i, data in items:
            if i.filename == member:
                assert old.encode() in data, (name, member, old)
                data = data.replace(old.encode(), new.encode(), 1)
                hit = True
            zo.writestr(i, data)
    assert hit


DAMAGES = [
    ("blind38_01.pipe.txt", lambda: text("blind38_01.pipe.txt", "不少于450户", "不少于45户")),
    ("blind38_02.pipe_bare.txt", lambda: text("blind38_02.pipe_bare.txt", "|4200|", "|420|")),
    ("blind38_03.tab.tsv", lambda: text("blind38_03.tab.tsv", "\t≤800万元", "≤800万元")),
    ("blind38_04.csv", lambda: text("blind38_04.csv", "≥3000辆次", "≥3000")),
    ("blind38_05.lines.txt", lambda: text("blind38_05.lines.txt", "\n\n", "\n")),
    ("blind38_06.lines_dropped.txt", lambda: text("blind38_06.lines_dropped.txt", "JX-03\n", "")),
    ("blind38_07.aligned_top.txt", lambda: text("blind38_07.aligned_top.txt", "≥380件", "≥38 件")),
    ("blind38_08.aligned_centered.txt", lambda: text("blind38_08.aligned_centered.txt", "八十人次", "八人次")),
    ("blind38_01.flat.txt", lambda: text("blind38_01.flat.txt", "百分之九十五以上", "百分之九十以上")),
    ("blind38_02.oneline.txt", lambda: text("blind38_02.oneline.txt", "不多于", "不多")),
    ("blind38_03.pipe_bare.txt", lambda: text("blind38_03.pipe_bare.txt", "\r\n", "\n", -1)),
    ("blind38_04.tab.tsv", lambda: prepend("blind38_04.tab.tsv", b"\xef\xbb\xbf")),
    ("blind38_05.xlsx", lambda: zipedit("blind38_05.xlsx", "xl/worksheets/sheet2.xml", "93.5%", "95.3%")),
    ("blind38_06.docx", lambda: zipedit("blind38_06.docx", "word/document.xml", "≥1.5万个", "≥1.5个")),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for _, f in DAMAGES:
        f()
    res = check(OUT)
    got = {d + ext for d, v in res.items() for ext in v}
    want = {name for name, _ in DAMAGES}
    for name in sorted(want):
        print(("reported  " if name in got else "MISSED    ") + name)
    for name in sorted(got - want):
        print("SPURIOUS  " + name)
    print(
        "%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(want), len(want & got), len(got - want))
    )


if __name__ == "__main__":
    main()
