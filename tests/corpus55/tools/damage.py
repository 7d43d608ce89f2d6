"""A damaged copy of docs/ in /tmp/b55dmg: 14 damages in 14 files, each must be reported by check_shapes.
Usage: python tools/damage.py /work/blind55"""

import os, shutil, subprocess, sys, zipfile, io

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b55dmg"
DAMAGES = [  # (file, old, new): a character dropped or changed inside one cell
    ("blind55_01.pipe.txt", "不少于一百二十个", "不少于一百二十"),
    ("blind55_02.pipe_bare.txt", "|0.0025|", "|0.025|"),
    ("blind55_03.tab.tsv", "≤1800元", "≤180元"),
    ("blind55_04.csv", "≥1,800吨", "≥1,80吨"),
    ("blind55_05.lines.txt", "二点五万斤", "二点五斤"),
    ("blind55_06.lines_dropped.txt", "每亩不超过1500元", "每亩不超过1500"),
    ("blind55_07.aligned_top.txt", "≤0.6万元/km", "≤0.6万元/k"),
    ("blind55_08.aligned_centered.txt", "元/㎡", "元/"),
    ("blind55_01.flat.txt", "2次/年", "2次/"),
    ("blind55_02.oneline.txt", "较上年削减8%", "较上年削减%"),
    ("blind55_03.pdftotext.txt", "百分之百", "百分百"),
    ("blind55_04.lines.txt", "800元/人·天", "800元/人天"),
    ("blind55_05.xlsx", "&#8805;800&#20803;", "&#8805;80&#20803;"),
    ("blind55_06.docx", "≥九成", "≥九"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for fn, old, new in DAMAGES:
        p = os.path.join(OUT, fn)
        if fn.endswith((".xlsx", ".docx")):
            z = zipfile.ZipFile(p)
            buf = io.BytesIO()
            done = False
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as o:
                for n in z.namelist():
                    d = z.read(n)
                    if not done and old.encode() in d:
                        d, done = d.replace(old.encode(), new.encode(), 1), True
                    o.writestr(n, d)
            z.close()
            open(p, "wb").write(buf.getvalue())
        else:
            b = open(p, "rb").read()
            done = old.encode() in b
            open(p, "wb").write(b.replace(old.encode(), new.encode(), 1))
        assert done, (fn, old)
    res = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools/check_shapes.py"), HERE, OUT], capture_output=True, text=True
    ).stdout
    reported = {l.split()[1] for l in res.splitlines() if l.startswith("MISMATCH")}
    want = {fn for fn, _, _ in DAMAGES}
    print(
        "damages %d in %d files, reported %d, spurious %d"
        % (len(DAMAGES), len(want), len(want & reported), len(reported - want))
    )
    for fn in sorted(reported - want):
        print("SPURIOUS", fn)
    for fn in sorted(want - reported):
        print("NOT REPORTED", fn)


if __name__ == "__main__":
    main()
