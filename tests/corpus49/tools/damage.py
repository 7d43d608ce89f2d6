"""A damaged copy of blind49 (/tmp/b49dmg) with 14 damages, one per file; check_shapes must report every one.
Usage: damage.py /work/blind49"""

import io, os, shutil, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_shapes  # noqa: E402

SRC = os.path.abspath(sys.argv[1])
DST = "/tmp/b49dmg"
DAMAGES = [
    ("blind49_01.pipe.txt", "不少于十二家", "不少于十二", "a Chinese numeral's unit cut"),
    ("blind49_01.pipe_bare.txt", "≥480场次/年", "≥48场次/年", "a digit dropped"),
    ("blind49_02.tab.tsv", "\t≥\t", "\t≤\t", "a comparator turned round"),
    ("blind49_02.csv", "元/千字", "元/字", "a per-unit cut"),
    ("blind49_03.lines.txt", "\n\n", "\n", "an empty cell's line removed"),
    ("blind49_03.lines_dropped.txt", "2025年12月20日前", "2025年12月20日", "a deadline's 前 cut"),
    ("blind49_04.aligned_top.txt", "4,800封", "4,800", "a unit cut in the top shape"),
    ("blind49_04.aligned_centered.txt", "件(套)", "件", "a bracketed alternative cut in the centred shape"),
    ("blind49_05.flat.txt", "５０分", "５分", "a full-width digit of the points dropped"),
    ("blind49_05.oneline.txt", "\r", "", "a row-ending CR dropped"),
    (
        "blind49_06.xlsx",
        "60&#177;5&#22330;",
        "60&#22330;",
        "a tolerance cut inside the sheet's inline strings (character references)",
    ),
    ("blind49_06.docx", "（1-3）", "（13）", "a 序号's dash dropped inside the Word XML"),
    ("blind49_07.tab.tsv", "3.6万", "3.6", "万 cut"),
    ("blind49_08.pipe.txt", "2024年2月8日（春节前）", "2024年2月8日", "a bracketed note cut"),
]


def apply(path, old, new):
    if path.endswith((".xlsx", ".docx")):
        zin = zipfile.ZipFile(path)
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
        zin.close()
        hit = False
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for i, b in items:
                if not hit and old.encode() in b and i.filename.endswith(".xml"):
                    b = b.replace(old.encode(), new.encode(), 1)
                    hit = True
                z.writestr(i, b)
        return hit
    b = open(path, "rb").read()
    if old.encode() not in b:
        return False
    open(path, "wb").write(b.replace(old.encode(), new.encode(), 1))
    return True


def main():
    shutil.rmtree(DST, ignore_errors=True)
    shutil.copytree(os.path.join(SRC, "data"), os.path.join(DST, "data"))
    shutil.copytree(os.path.join(SRC, "docs"), os.path.join(DST, "docs"))
    for f, old, new, what in DAMAGES:
        assert apply(os.path.join(DST, "docs", f), old, new), f
    reported = set()
    for did in sorted({f.split(".")[0] for f, *_ in DAMAGES}):
        for suf in check_shapes.check_doc(DST, did):
            reported.add(did + suf)
    damaged = {f for f, *_ in DAMAGES}
    for f, old, new, what in DAMAGES:
        print("%-34s %-50s %s" % (f, what, "REPORTED" if f in reported else "MISSED"))
    print(
        "%d damages in %d files, %d reported, %d spurious"
        % (len(DAMAGES), len(damaged), len(damaged & reported), len(reported - damaged))
    )


if __name__ == "__main__":
    main()
