"""A damaged copy of docs/ in /tmp/b51dmg with 14 damages (one per file); check_shapes must report each.
Usage: python tools/damage.py /work/blind51"""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "/work/blind51"
OUT = "/tmp/b51dmg"
DAMAGES = [  # file, old, new (first occurrence), what
    ("blind51_01.pipe.txt", "不少于二十四套", "不少于二十四", "a Chinese numeral's unit cut"),
    ("blind51_02.pipe_bare.txt", "120,000", "12,000", "a digit dropped"),
    ("blind51_02.tab.tsv", "≤\t48", "≥\t48", "a sign column turned round"),
    ("blind51_03.csv", "接报后5个工作日内", "接报后5个工作日", "内 cut"),
    ("blind51_03.lines.txt", "\n\n", "\n", "an empty cell's line removed"),
    ("blind51_04.lines_dropped.txt", "每只每日≥30kg", "每日≥30kg", "a per-unit cut"),
    ("blind51_04.aligned_top.txt", "18℃～26℃", "18℃～26", "a unit cut in the top shape"),
    ("blind51_05.aligned_centered.txt", "≤450元/人·天", "≤450元/人", "a compound unit cut in the centred shape"),
    ("blind51_06.flat.txt", "（一）2-1", "（一）21", "a 序号's dash dropped"),
    ("blind51_06.oneline.txt", "四百名左右", "四百名", "左右 cut"),
    ("blind51_07.pipe_bare.txt", "2025年5月1日前完成", "2025年5月1日完成", "a deadline's 前 cut"),
    (
        "blind51_07.xlsx",
        "1.6&#20803;/&#13217;&#183;&#24180;",
        "1.6&#20803;/&#13217;",
        "a period cut in the xlsx inline string (character references)",
    ),
    ("blind51_08.docx", "≥600dpi，每号2张", "≥600dpi", "a composite's second part cut in the Word XML"),
    ("blind51_08.csv", "三千号", "三千", "a unit cut"),
]


def zip_replace(path, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    hit = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if not hit and old.encode() in data:
                data, hit = data.replace(old.encode(), new.encode(), 1), True
            z.writestr(i, data)
    return hit


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    for f, old, new, what in DAMAGES:
        p = os.path.join(OUT, f)
        if f.endswith((".xlsx", ".docx")):
            assert zip_replace(p, old, new), f
        else:
            b = open(p, "rb").read()
            assert old.encode() in b, f
            open(p, "wb").write(b.replace(old.encode(), new.encode(), 1))
    sys.argv = [sys.argv[0], HERE, OUT]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import check_shapes

    bad = set(check_shapes.main())
    want = {f for f, *_ in DAMAGES}
    print(
        "%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(want), len(want & bad), len(bad - want))
    )


if __name__ == "__main__":
    main()
