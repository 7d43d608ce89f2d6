"""A damaged copy of docs/ in /tmp/b54dmg (14 damages, one per file); check_shapes must report every one."""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
OUT = "/tmp/b54dmg"
DAMAGES = [  # (file, old, new): each changes one cell
    ("blind54_01.pipe.txt", "不少于一百二十班", "不少于一百二十"),
    ("blind54_02.pipe_bare.txt", "|1,500|", "|1,50|"),
    ("blind54_03.tab.tsv", "8万-10万人次", "8万-10人次"),
    ("blind54_04.csv", "≧90%", "≧9%"),
    ("blind54_05.lines.txt", "同比减少20%", "同比减少2%"),
    ("blind54_06.lines_dropped.txt", "每周不少于3次", "每周不少于次"),
    ("blind54_07.aligned_top.txt", "0.3‰", "0.3"),
    ("blind54_08.aligned_centered.txt", "现场核验", "现场"),
    ("blind54_01.flat.txt", "≤2.8kW·h/m³", "≤2.8kW·h"),
    ("blind54_02.oneline.txt", "大于或等于", "大于等于"),
    ("blind54_03.pdftotext.txt", "120块左右", "120块左"),
    ("blind54_06.pdftotext.txt", "≥1.2万起", "≥1.2万"),
    ("blind54_04.xlsx", "%&#21450;&#20197;&#19978;", "%&#20197;&#19978;"),  # 85%及以上 -> 85%以上
    ("blind54_07.docx", "万人次", "人次"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for name, old, new in DAMAGES:
        path = os.path.join(OUT, name)
        if name.endswith((".xlsx", ".docx")):
            z = zipfile.ZipFile(path)
            items = [(i, z.read(i.filename)) for i in z.infolist()]
            z.close()
            hit = 0
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zo:
                for info, data in items:
                    t = data.decode("utf-8", "surrogateescape")
                    if old in t and not hit:
                        t, hit = t.replace(old, new, 1), 1
                    zo.writestr(info, t.encode("utf-8", "surrogateescape"))
            assert hit, name
        else:
            b = open(path, "rb").read()
            assert old.encode() in b, name
            open(path, "wb").write(b.replace(old.encode(), new.encode(), 1))
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], stdout=subprocess.PIPE, text=True
    )
    print(r.stdout)
    reported = {
        (l.split()[0], s.strip())
        for l in r.stdout.splitlines()
        if "DAMAGED" in l
        for s in l.split(":", 1)[1].split(",")
    }
    shape = lambda n: (
        n.split(".", 1)[1].rsplit(".", 1)[0] if not n.endswith((".xlsx", ".docx", ".csv")) else n.rsplit(".", 1)[1]
    )
    want = {(n.split(".")[0], shape(n)) for n, _, _ in DAMAGES}
    print(
        "%d damages in %d files, %d reported, %d spurious"
        % (len(DAMAGES), len(want), len(want & reported), len(reported - want))
    )


if __name__ == "__main__":
    main()
