"""A damaged copy of docs/ in /tmp/b37dmg with 14 damages; check_shapes must report every damaged file.
Usage: python tools/damage.py /work/blind37"""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b37dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)


def sub(name, a, b, count=1):
    p = os.path.join(OUT, name)
    s = open(p, "rb").read()
    assert a in s, (name, a)
    open(p, "wb").write(s.replace(a, b, count))


def zsub(name, member, a, b):
    p = os.path.join(OUT, name)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    assert any(i.filename == member for i, _ in items), member
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zo:
        for i, d in items:
            if i.filename == member:
                assert a in d, (name, a)
                d = d.replace(a, b, 1)
            zo.writestr(i, d)


D = [
    ("blind37_01.pipe.txt", "≥1.2万株".encode(), "≥12万株".encode()),
    ("blind37_02.pipe_bare.txt", "| 5,600".encode(), "| 5600".encode()),
    ("blind37_03.tab.tsv", "\t≥500亩".encode(), "≥500亩".encode()),
    ("blind37_04.csv", "≤100mg/L".encode(), "≤100".encode()),
    ("blind37_05.lines.txt", "\n\n".encode(), "\n".encode()),
    ("blind37_06.lines_dropped.txt", "≥20个\n".encode(), "".encode()),
    ("blind37_07.aligned_top.txt", "≥800亩".encode(), "≥80亩".encode()),
    ("blind37_08.aligned_centered.txt", "≤0.5mg/L".encode(), "≤0.5mg".encode()),
    ("blind37_01.flat.txt", "不少于八百亩".encode(), "不少于八亩".encode()),
    ("blind37_02.oneline.txt", "小于等于".encode(), "小于".encode()),
    ("blind37_03.csv", "\n".encode(), "\r\n".encode()),
    ("blind37_04.pipe.txt", b"|", "\ufeff|".encode()),
]
for name, a, b in D:
    sub(name, a, b)
zsub("blind37_05.xlsx", "xl/worksheets/sheet1.xml", b"1680&#19975;", b"1860&#19975;")
zsub("blind37_06.docx", "word/document.xml", "≤40分钟".encode(), "≤4分钟".encode())
damaged = sorted(set([d[0] for d in D] + ["blind37_05.xlsx", "blind37_06.docx"]))
out = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
).stdout
reported = sorted(set(l.split()[1].split(" ")[0] for l in out.splitlines() if l.startswith("BAD")))
print(out)
print(
    "%d damages in %d files; reported %d of them; spurious %d"
    % (len(D) + 2, len(damaged), len(set(damaged) & set(reported)), len(set(reported) - set(damaged)))
)
