"""A damaged copy of docs/ (/tmp/b41dmg) with 14 damages; check_shapes must report every one."""

import os, shutil, sys, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, os.path.join(HERE, "tools"))
D = "/tmp/b41dmg"
shutil.rmtree(D, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), D)


def sub(name, old, new):
    p = os.path.join(D, name)
    b = open(p, "rb").read()
    o, n = old.encode(), new.encode()
    assert o in b, (name, old)
    open(p, "wb").write(b.replace(o, n, 1))


DAMAGES = [
    ("blind41_01.tab.tsv", "不少于九批次", "不少于批次"),
    ("blind41_02.csv", "2025年12月15日", "2025年12月5日"),
    ("blind41_03.pipe.txt", "≥1.1万本", "≥1.1本"),
    ("blind41_04.pipe_bare.txt", "|每台每年2次", "每台每年2次"),
    ("blind41_05.lines.txt", "93.6%\n", ""),
    ("blind41_06.lines_dropped.txt", "不高于标准的90%", "不高于标准的9%"),
    ("blind41_07.flat.txt", "由92%提高到97%", "由92%提高到"),
    ("blind41_08.oneline.txt", "下限值6批", "下限值6"),
    ("blind41_01.aligned_top.txt", "1500元/生·年", "1500元/生"),
    ("blind41_03.aligned_centered.txt", "≤3.5万元/km²", "≤3.5万元/km"),
    ("blind41_02.tab.tsv", "\n", "\r\n"),
    ("blind41_06.csv", "5000册", "500册"),
]
for f, o, n in DAMAGES:
    sub(f, o, n)
# xlsx: a shared string changed; docx: a cell changed
for name, part, old, new in (
    ("blind41_04.xlsx", "xl/worksheets/sheet1.xml", "&#20313;", ""),
    ("blind41_07.docx", "word/document.xml", "不低于九十分", "不低于九分"),
):
    p = os.path.join(D, name)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as w:
        for i, data in items:
            if i.filename == part:
                assert old.encode() in data, name
                data = data.replace(old.encode(), new.encode(), 1)
            w.writestr(i, data)
    assert data.find(b"") == 0
    DAMAGES.append((name, old, new))
import check_shapes

n, bad = check_shapes.main(D)
files = sorted(set(f for f, _, _ in DAMAGES))
rep = sorted(set(b.replace(".", ".", 1) for b in bad))
hit = [f for f in files if f in rep]
spur = [b for b in rep if b not in files]
print("%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(files), len(hit), len(spur)))
for f in files:
    if f not in rep:
        print("NOT REPORTED", f)
