"""A damaged copy of docs/ in /tmp/b50dmg with 14 damages, each in its own file; check_shapes must report every one.
Usage: python tools/damage.py /work/blind50"""

import os, shutil, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
sys.argv = [sys.argv[0], HERE]
sys.path.insert(0, os.path.join(HERE, "tools"))
import check_shapes  # noqa: E402

OUT = "/tmp/b50dmg"
# (file, encoding, old, new, what)
DAMAGES = [
    ("blind50_01.pipe.txt", "utf-8", "九十五%以上", "九十五以上", "a Chinese numeral's % cut"),
    ("blind50_02.pipe_bare.txt", "gb18030", "|9,000|", "|900|", "a digit dropped"),
    ("blind50_03.tab.tsv", "utf-16-le", "≥800人次", "≤800人次", "a comparator turned round"),
    ("blind50_04.csv", "utf-8", "每站每季度≥1次", "每站≥1次", "a per-period word cut"),
    (
        "blind50_05.lines.txt",
        "utf-8",
        "\n\n每名学生每周送教次数",
        "\n每名学生每周送教次数",
        "an empty cell's line removed",
    ),
    ("blind50_06.lines_dropped.txt", "utf-8", "施放结束后30分钟内", "施放结束后30分钟", "a 内 cut"),
    ("blind50_07.aligned_top.txt", "utf-8", "Q3末前", "Q末前", "a quarter's digit cut in the top shape"),
    ("blind50_08.aligned_centered.txt", "utf-8", "建成并运营", "建成运营", "a character cut in a period target"),
    ("blind50_01.flat.txt", "utf-8", "万分之三以内", "万分之以内", "a numeral cut"),
    ("blind50_02.oneline.txt", "utf-8", "3.5m", "3.5", "a unit cut"),
    ("blind50_03.csv", "utf-8", "2025年农历三月", "2025年三月", "the lunar word cut"),
    ("blind50_04.pipe.txt", "utf-8", "±0.2℃以内", "0.2℃以内", "a ± cut"),
    (
        "blind50_05.xlsx",
        None,
        "&#8805;120&#20010;",
        "&#8805;12&#20010;",
        "a digit dropped in the sheet XML (character references)",
    ),
    ("blind50_06.docx", None, "NO.07", "NO.7", "a 序号's zero dropped in the Word XML"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for f, enc, old, new, what in DAMAGES:
        p = os.path.join(OUT, f)
        if enc is None:  # inside the zip
            z = zipfile.ZipFile(p)
            items = [(i, z.read(i.filename)) for i in z.infolist()]
            z.close()
            hit = False
            with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zo:
                for i, data in items:
                    if old.encode() in data:
                        data, hit = data.replace(old.encode(), new.encode(), 1), True
                    zo.writestr(i, data)
            assert hit, f
        else:
            b = open(p, "rb").read()
            bom = b[:2] if enc == "utf-16-le" else b""
            t = b[len(bom) :].decode(enc)
            assert old in t, (f, old)
            open(p, "wb").write(bom + t.replace(old, new, 1).encode(enc))
    sys.argv = [sys.argv[0], HERE, OUT]
    found = check_shapes.main()
    want = {f for f, *_ in DAMAGES}
    rep = want & set(found)
    spurious = set(found) - want
    print("%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(want), len(rep), len(spurious)))
    for f, *_, what in DAMAGES:
        print("  %-34s %-45s %s" % (f, what, "reported" if f in found else "MISSED"))


if __name__ == "__main__":
    main()
