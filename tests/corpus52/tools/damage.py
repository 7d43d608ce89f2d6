"""Make a damaged copy of docs/ in /tmp/b52dmg (14 damages, one per file) and check that tools/check_shapes.py reports
every one and nothing else.  Usage: python tools/damage.py /work/blind52"""

import io, os, shutil, sys, zipfile

sys.argv = sys.argv[:2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_shapes  # noqa: E402

HERE = check_shapes.HERE
OUT = "/tmp/b52dmg"
D = [  # (file, old, new, what)
    ("blind52_01.pipe.txt", "不少于一万二千公里", "不少于一万二千", "a Chinese numeral's unit cut in the polars table"),
    ("blind52_02.pipe_bare.txt", "|1.2|万小时|", "|1.2|小时|", "万 dropped from a unit column"),
    ("blind52_03.tab.tsv", "每馆不少于6类", "每馆不少于6", "a per-unit's unit cut in the DuckDB TSV"),
    ("blind52_04.csv", '"≤1.5%"', '"≥1.5%"', "a sign turned round in the CSV"),
    ("blind52_05.lines.txt", "采集后4小时内\n", "采集后4小时\n", "内 cut"),
    ("blind52_06.lines_dropped.txt", "1800元/人左右\n", "1800元/人\n", "左右 cut"),
    ("blind52_07.aligned_top.txt", "0.6 ", "6   ", "a decimal point dropped in the top shape"),
    ("blind52_08.aligned_centered.txt", "1200m²", "1200m", "² cut in the centred shape"),
    ("blind52_01.flat.txt", "2025年10月31日前", "2025年10月31日", "a deadline's 前 cut"),
    ("blind52_02.oneline.txt", "≧98％", "≧9％", "a digit dropped on one line"),
    ("blind52_03.lines.txt", "\n—\n≥85%\n", "\n≥85%\n", "a placeholder cell's line removed"),
    ("blind52_06.pipe_bare.txt", "3）|举办商会会长联席会议|每半年1次|", "3）|举办商会会长联席会议|每年1次|", "半 cut"),
    (
        "blind52_05.xlsx",
        "&#21313;&#20108;&#19975;&#21333;&#20301;",
        "&#21313;&#20108;&#21333;&#20301;",
        "万 cut in the sheet's character references (十二万单位 → 十二单位)",
    ),
    ("blind52_08.docx", "救生衣500件、救生圈120个", "救生衣500件", "a composite's part cut in the Word XML"),
]


def edit_zip(path, old, new):
    buf = io.BytesIO()
    hit = 0
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in zi.namelist():
            data = zi.read(n)
            if old.encode() in data:
                hit += data.count(old.encode())
                data = data.replace(old.encode(), new.encode(), 1)
            zo.writestr(n, data)
    open(path, "wb").write(buf.getvalue())
    return hit


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for f, old, new, what in D:
        p = os.path.join(OUT, f)
        if f.endswith((".xlsx", ".docx")):
            assert edit_zip(p, old, new) >= 1, (f, old)
        else:
            s = open(p, encoding="utf-8", newline="").read()
            assert s.count(old) >= 1, (f, old)
            open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
    n, bad = check_shapes.run(OUT, quiet=True)
    damaged = {f for f, *_ in D}
    rep = damaged & set(bad)
    spurious = set(bad) - damaged
    for f, old, new, what in D:
        print("%-34s %-40s %s" % (f, what, "REPORTED: " + bad[f][0][:70] if f in bad else "MISSED"))
    print("%d damages in %d files, %d reported, %d spurious" % (len(D), len(damaged), len(rep), len(spurious)))


if __name__ == "__main__":
    main()
