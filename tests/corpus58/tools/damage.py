"""A damaged copy of the docs (/tmp/b58dmg) with 14 damages, each must be reported by check_shapes (own code)."""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
OUT = "/tmp/b58dmg"
DAMAGE = [  # (file, old, new) one replacement each
    ("blind58_01.pipe.txt", "不少于620件", "不少于62件"),
    ("blind58_02.pipe_bare.txt", "1,300", "1,30"),
    ("blind58_03.tab.tsv", "≤1.0mg/L", "≤1.0mg"),
    ("blind58_04.csv", "≥1500公顷", "≥150公顷"),
    ("blind58_05.lines.txt", "2.1万个", "2.1个"),
    ("blind58_06.lines_dropped.txt", "≤200元/人", "≤200元"),
    ("blind58_07.aligned_top.txt", "12.6km", "12.6k"),
    ("blind58_08.aligned_centered.txt", "3～5天", "3～5"),
    ("blind58_01.flat.txt", "二百四十件", "二百四十"),
    ("blind58_02.oneline.txt", "6500", "650"),
    ("blind58_04.pdftotext.txt", "二〇二五年八月底前", "二〇二五年八月前"),
    ("blind58_05.pipe.txt", "（４０分）", "（４分）"),
    ("blind58_07.xlsx", "13mm", "13m"),
    ("blind58_08.docx", "1,500", "1,50"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(HERE, OUT, ignore=shutil.ignore_patterns("*.pdf"))
    for f, old, new in DAMAGE:
        p = os.path.join(OUT, "docs", f)
        if f.endswith((".xlsx", ".docx")):
            with zipfile.ZipFile(p) as z:
                items = [(i, z.read(i.filename)) for i in z.infolist()]
            n = sum(d.count(old.encode()) for _, d in items)
            assert n >= 1, (f, old)
            with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
                for i, d in items:
                    z.writestr(i, d.replace(old.encode(), new.encode(), 1))
        else:
            s = open(p, encoding="utf-8", newline="").read()
            assert old in s, (f, old)
            open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), OUT], capture_output=True, text=True
    )
    print(r.stdout)
    hit = {
        (d, s)
        for line in r.stdout.splitlines()
        if "BAD" in line
        for d in [line.split()[0]]
        for s in eval(line.split(" ", 2)[2])
    }
    reported = 0
    for f, old, new in DAMAGE:
        doc, shape = f.split(".", 1)
        shape = shape.rsplit(".", 1)[0] if not f.endswith((".xlsx", ".docx")) else "." + f.rsplit(".", 1)[1]
        ok = any(d == doc and (s == shape or s.startswith(shape + ":") or s.startswith(shape)) for d, s in hit)
        reported += ok
        print(("reported " if ok else "MISSED   ") + f + ": " + old + " -> " + new)
    print("%d damages, %d reported, %d reports" % (len(DAMAGE), reported, len(hit)))


if __name__ == "__main__":
    main()
