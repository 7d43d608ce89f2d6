"""A damaged copy of the corpus (/tmp/b35dmg) with 14 damages, one per (document, shape); check_shapes.py must
report every one and nothing else."""

import os
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b35dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "data"), os.path.join(OUT, "data"))
shutil.copytree(os.path.join(HERE, "docs"), os.path.join(OUT, "docs"))


def edit(doc, ext, fn, binary=False):
    p = os.path.join(OUT, "docs", doc + ext)
    data = open(p, "rb").read()
    new = fn(data) if binary else fn(data.decode("utf-8")).encode("utf-8")
    assert new != data, (doc, ext)
    open(p, "wb").write(new)


def zip_edit(doc, ext, member, old, new):
    p = os.path.join(OUT, "docs", doc + ext)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    assert member in [i.filename for i, _ in items], member
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, d in items:
            if i.filename == member:
                assert old.encode() in d
                d = d.replace(old.encode(), new.encode(), 1)
            z.writestr(i, d)


DAMAGES = [
    (
        "blind35_01",
        ".pipe.txt",
        "a value digit dropped (800吨以上 → 80吨以上)",
        lambda s: s.replace("800吨以上", "80吨以上", 1),
    ),
    ("blind35_02", ".pipe_bare.txt", "CRLF → LF", lambda s: s.replace("\r\n", "\n")),
    ("blind35_03", ".tab.tsv", "a cell dropped (a tab removed)", lambda s: s.replace("\t200人次", "200人次", 1)),
    ("blind35_04", ".csv", "LF for one CRLF", lambda s: s.replace("\r\n", "\n", 1)),
    ("blind35_05", ".lines.txt", "an empty line added", lambda s: s.replace("\n", "\n\n", 1)),
    ("blind35_06", ".lines_dropped.txt", "a line removed", lambda s: s.replace("A03\n", "", 1)),
    ("blind35_07", ".flat.txt", "a sign changed (≥ → >)", lambda s: s.replace("≥", ">", 1)),
    ("blind35_08", ".oneline.txt", "a unit dropped (1200亩 → 1200)", lambda s: s.replace("1200亩", "1200", 1)),
    (
        "blind35_01",
        ".aligned_top.txt",
        "a wrapped piece lost (项目 → '')",
        lambda s: s.replace("示例市某某县鸬鹚捕鱼技艺展示项目", "示例市某某县鸬鹚捕鱼技艺展示", 1),
    ),
    (
        "blind35_02",
        ".aligned_centered.txt",
        "a sign word cut (不高于 → 高于)",
        lambda s: s.replace("不高于", "高于", 1),
    ),
    ("blind35_03", ".csv", "a BOM added", lambda s: "\ufeff" + s),
    ("blind35_04", ".pipe.txt", "a decimal point changed (4.5 → 4,5)", lambda s: s.replace("≤4.5万元", "≤4,5万元", 1)),
]
for doc, ext, what, fn in DAMAGES:
    edit(doc, ext, fn)
zip_edit("blind35_05", ".xlsx", "xl/worksheets/sheet1.xml", "96.5%", "95.6%")
DAMAGES.append(("blind35_05", ".xlsx", "a sheet cell changed (96.5% → 95.6%)", None))
zip_edit("blind35_06", ".docx", "word/document.xml", "≥85%", "≥58%")
DAMAGES.append(("blind35_06", ".docx", "a docx cell changed (≥85% → ≥58%)", None))

out = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), OUT], capture_output=True, text=True
).stdout
reported = {}
for ln in out.splitlines():
    if " BAD " in ln:
        d, rest = ln.split(" BAD ")
        reported[d] = [x.strip().lstrip(".").replace(".txt", "").replace(".tsv", "") for x in rest.split(",")]
shape = lambda ext: ext.lstrip(".").split(".")[0]
hit = 0
expected_pairs = {(d, shape(e)) for d, e, _, _ in DAMAGES}
for d, e, what, _ in DAMAGES:
    ok = shape(e) in reported.get(d, [])
    hit += ok
    print("%-11s %-22s %-8s %s" % (d, e, "reported" if ok else "MISSED", what))
spurious = [(d, s) for d, ss in reported.items() for s in ss if (d, s) not in expected_pairs]
print(
    "%d damages in %d files, %d reported, %d spurious %s" % (len(DAMAGES), len(DAMAGES), hit, len(spurious), spurious)
)
