"""A damaged copy of docs/ in /tmp/b45dmg with 14 damages, one per file; check_shapes must report every one.
Usage: python tools/damage.py /work/blind45"""

import os, shutil, subprocess, sys, zipfile, io

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b45dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)

DAMAGES = [  # (file, old, new, what)
    ("blind45_01.pipe.txt", "不少于四个", "不少于个", "a Chinese numeral cut"),
    ("blind45_02.pipe_bare.txt", "4,500", "4,50", "a digit dropped"),
    ("blind45_03.tab.tsv", "2025年10月31日前", "2025年10月31日", "a deadline's 前 cut"),
    ("blind45_04.lines.txt", "≤86万元", "≤86元", "a 万 cut"),
    ("blind45_05.lines_dropped.txt", "3.75\n", "", "a score line removed"),
    ("blind45_06.aligned_top.txt", "XF-09", "XF-0", "a 序号 cut"),
    ("blind45_06.aligned_centered.txt", "0.14MPa", "0.14Pa", "a unit cut in the centred shape"),
    ("blind45_07.flat.txt", "\r\n", "\n", "CRLF turned into LF"),
    ("blind45_08.oneline.txt", "≤52.8", "≤5.8", "a value cut in the one-line shape"),
    ("blind45_03.csv", "本年未设置".encode("gbk"), "本年未设".encode("gbk"), "a placeholder word cut (gbk bytes)"),
    ("blind45_04.tab.tsv", "95%—100%", "95%-100%", "an em dash turned into a hyphen"),
    ("blind45_02.lines.txt", "‰", "%", "per mille turned into percent"),
]
ZIPS = [
    ("blind45_05.xlsx", "xl/worksheets/sheet1.xml", "有效压降", "有效下降", "an xlsx string changed"),
    ("blind45_01.docx", "word/document.xml", "核验科室", "核查科室", "a docx header name changed"),
]
n = 0
for f, old, new, what in DAMAGES:
    p = os.path.join(OUT, f)
    b = open(p, "rb").read()
    o = old if isinstance(old, bytes) else old.encode()
    nw = new if isinstance(new, bytes) else new.encode()
    assert o in b, (f, what)
    open(p, "wb").write(b.replace(o, nw, 1) if what != "CRLF turned into LF" else b.replace(o, nw))
    n += 1
for f, member, old, new, what in ZIPS:
    p = os.path.join(OUT, f)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    hit = False
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zo:
        for i, data in items:
            ref = lambda t: "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in t).encode()
            for o, nw in ((old.encode(), new.encode()), (ref(old), ref(new))):
                if i.filename == member and not hit and o in data:
                    data, hit = data.replace(o, nw, 1), True
            zo.writestr(i, data)
    assert hit, (f, what)
    n += 1
r = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
)
reported = [l for l in r.stdout.splitlines() if ": " in l and not l.startswith(("ALL", "FAILED"))]
files = {(f.split(".")[0], f.split(".", 1)[1]) for f, *_ in DAMAGES + ZIPS}
shape_of = {
    "pipe.txt": "pipe",
    "pipe_bare.txt": "pipe_bare",
    "tab.tsv": "tab",
    "csv": "csv",
    "lines.txt": "lines",
    "lines_dropped.txt": "lines_dropped",
    "aligned_top.txt": "aligned_top",
    "aligned_centered.txt": "aligned_centered",
    "flat.txt": "flat",
    "oneline.txt": "oneline",
    "xlsx": "xlsx",
    "docx": "docx",
}
hit = sum(1 for d, s in files if any(l.startswith(d + ": " + shape_of[s]) for l in reported))
spurious = [l for l in reported if not any(l.startswith(d + ": " + shape_of[s]) for d, s in files)]
print(r.stdout)
print("%d damages in %d files, %d reported, %d spurious" % (n, len(files), hit, len(spurious)))
