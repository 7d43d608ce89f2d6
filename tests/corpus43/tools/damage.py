"""A damaged copy of blind43's docs (/tmp/b43dmg): 14 damages, each must be reported by tools/check_shapes.py.
Usage: python tools/damage.py /work/blind43"""

import glob, io, os, re, shutil, sys, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b43dmg"
sys.path.insert(0, os.path.join(HERE, "tools"))
sys.argv = [sys.argv[0], HERE, OUT]
import check_shapes  # noqa: E402


def sub_text(name, old, new):
    p = os.path.join(OUT, name)
    b = open(p, "rb").read()
    o, n = old.encode(), new.encode()
    assert o in b, (name, old)
    open(p, "wb").write(b.replace(o, n, 1))


def sub_zip(name, member, old, new):
    p = os.path.join(OUT, name)
    zin = zipfile.ZipFile(p)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, d in items:
            if i.filename == member:
                assert old.encode() in d, (name, old)
                d = d.replace(old.encode(), new.encode(), 1)
            z.writestr(i, d)


DAMAGES = [
    ("blind43_01.pipe.txt", lambda: sub_text("blind43_01.pipe.txt", "不少于十二家", "不少于十家")),
    ("blind43_02.pipe_bare.txt", lambda: sub_text("blind43_02.pipe_bare.txt", "|4800|", "|480|")),
    ("blind43_03.tab.tsv", lambda: sub_text("blind43_03.tab.tsv", "二〇二五年十一月底前", "二〇二五年十一月前")),
    ("blind43_04.csv", lambda: sub_text("blind43_04.csv", "1.2万吨", "1.2吨")),
    ("blind43_05.lines.txt", lambda: sub_text("blind43_05.lines.txt", "360㎡\n", "360\n")),
    ("blind43_06.lines_dropped.txt", lambda: sub_text("blind43_06.lines_dropped.txt", "１０．\n", "")),
    ("blind43_07.aligned_top.txt", lambda: sub_text("blind43_07.aligned_top.txt", "92%—95%", "92%-95%")),
    ("blind43_08.aligned_centered.txt", lambda: sub_text("blind43_08.aligned_centered.txt", "元/件", "元")),
    ("blind43_01.flat.txt", lambda: sub_text("blind43_01.flat.txt", "\r\n", "\n")),
    ("blind43_02.oneline.txt", lambda: sub_text("blind43_02.oneline.txt", "每年复评一次", "每年复评")),
    ("blind43_03.pipe.txt", lambda: sub_text("blind43_03.pipe.txt", "| 暂不列示 ", "| 暂不列 ")),
    ("blind43_05.tab.tsv", lambda: sub_text("blind43_05.tab.tsv", "\t7.5\t", "\t75\t")),
    ("blind43_06.xlsx", lambda: sub_zip("blind43_06.xlsx", "xl/worksheets/sheet3.xml", "&#20154;", "&#20116;")),
    ("blind43_08.docx", lambda: sub_zip("blind43_08.docx", "word/document.xml", "运算标识", "运算符号")),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for _, f in DAMAGES:
        f()
    sys.stdout = io.StringIO()
    bad = check_shapes.main()
    sys.stdout = sys.__stdout__
    want = {n for n, _ in DAMAGES}
    got = set(bad)
    print(
        "%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(want), len(want & got), len(got - want))
    )
    for n in sorted(want - got):
        print("  NOT REPORTED", n)
    for n in sorted(got - want):
        print("  SPURIOUS", n)


if __name__ == "__main__":
    main()
