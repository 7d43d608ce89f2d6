"""A damaged copy of docs/ in /tmp/b56dmg with 14 damages, each in its own file; check_shapes must report every one."""

import os, shutil, subprocess, sys, zipfile

ROOT = os.path.abspath(sys.argv[1])
D = "/tmp/b56dmg"
shutil.rmtree(D, ignore_errors=True)
shutil.copytree(os.path.join(ROOT, "docs"), D)
DAMAGES = [  # (file, old, new): one replacement each
    ("blind56_01.pipe.txt", "九百亩", "九百"),
    ("blind56_01.pipe_bare.txt", "3.3万株±5%", "3.3万株5%"),
    ("blind56_02.tab.tsv", "32.76", "32.7"),
    ("blind56_02.csv", "4,000", "4000"),
    ("blind56_03.lines.txt", "贰拾捌个", "贰拾个"),
    ("blind56_03.lines_dropped.txt", "≤40万个/mL", "≤40万个/m"),
    ("blind56_04.aligned_top.txt", "<1‰", "<1"),
    ("blind56_04.aligned_centered.txt", "0-4℃", "0-4"),
    ("blind56_05.flat.txt", "≧88%", "≧8%"),
    ("blind56_05.oneline.txt", "≤65万元/公里", "≤65万元"),
    ("blind56_06.pdftotext.txt", "≤0.9‰", "≤0.9"),
    ("blind56_07.lines.txt", "不低于百分之九十", "不低于百分之九"),
]
XML = [
    ("blind56_08.xlsx", "xl/worksheets/sheet1.xml", "二〇二五年十一月底前", "二〇二五年十月底前"),
    ("blind56_06.docx", "word/document.xml", "45万元～60万元", "45万元～6万元"),
]
for f, old, new in DAMAGES:
    p = os.path.join(D, f)
    t = open(p, "rb").read()
    assert old.encode() in t, (f, old)
    open(p, "wb").write(t.replace(old.encode(), new.encode(), 1))
for f, part, old, new in XML:
    p = os.path.join(D, f)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for i, d in items:
            if i.filename == part:
                if part.startswith("xl/"):  # openpyxl writes inline strings as character references
                    old, new = ("".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in x) for x in (old, new))
                if old.encode() not in d:  # openpyxl may write inline strings in the sheet
                    raise SystemExit("not found %s %s" % (f, old))
                d = d.replace(old.encode(), new.encode(), 1)
            out.writestr(i, d)
files = [f for f, *_ in DAMAGES] + [f for f, *_ in XML]
res = subprocess.run(
    [sys.executable, os.path.join(ROOT, "tools", "check_shapes.py"), ROOT, D], capture_output=True, text=True
).stdout
reported = {ln.split()[1] for ln in res.splitlines() if ln.startswith("PROBLEM")}
print(res)
print(
    "%d damages in %d files, %d reported, %d spurious"
    % (len(files), len(set(files)), len(set(files) & reported), len(reported - set(files)))
)
