"""Make a damaged copy of docs/ (/tmp/b40dmg) with 14 damages, run check_shapes.py on it and count what it reports.

Usage: python tools/damage.py /work/blind40"""

import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
SRC, DST = os.path.join(HERE, "docs"), "/tmp/b40dmg"


def edit(name, old, new, count=1):
    p = os.path.join(DST, name)
    b = open(p, "rb").read()
    o, n = old.encode("utf-8"), new.encode("utf-8")
    assert o in b, (name, old)
    open(p, "wb").write(b.replace(o, n, count))


def edit_zip(name, member, old, new):
    p = os.path.join(DST, name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    assert member in [i.filename for i, _ in items], (name, member)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, blob in items:
            if i.filename == member:
                assert old.encode() in blob, (name, old)
                blob = blob.replace(old.encode(), new.encode(), 1)
            z.writestr(i, blob)


DAMAGES = [
    ("blind40_01.pipe.txt", lambda: edit("blind40_01.pipe.txt", "十二次", "十次")),  # a Chinese numeral cut
    ("blind40_02.pipe_bare.txt", lambda: edit("blind40_02.pipe_bare.txt", "|42|", "42|")),  # a bar removed
    ("blind40_02.tab.tsv", lambda: edit("blind40_02.tab.tsv", "1,680", "1680")),  # thousands separator removed
    ("blind40_03.csv", lambda: edit("blind40_03.csv", "（40－50）分", "（40－50）")),  # points' 分 cut
    ("blind40_03.lines.txt", lambda: edit("blind40_03.lines.txt", "\n\n", "\n")),  # an empty line removed
    ("blind40_04.lines_dropped.txt", lambda: edit("blind40_04.lines_dropped.txt", "≤5min\n", "")),  # a line removed
    ("blind40_04.flat.txt", lambda: edit("blind40_04.flat.txt", "0.65万元/人", "0.6万元/人")),  # a digit dropped
    ("blind40_05.oneline.txt", lambda: edit("blind40_05.oneline.txt", "实际完成值", "实际值")),  # a header cut
    ("blind40_05.aligned_top.txt", lambda: edit("blind40_05.aligned_top.txt", "1826盘", "1826")),  # a unit cut
    ("blind40_06.aligned_centered.txt", lambda: edit("blind40_06.aligned_centered.txt", "≥97.5", "≥97")),  # digits cut
    ("blind40_06.tab.tsv", lambda: edit("blind40_06.tab.tsv", "\r\n", "\n")),  # CRLF → LF on one row
    ("blind40_07.csv", lambda: edit("blind40_07.csv", '"确定能"', "确定能")),  # a field unquoted
    (
        "blind40_07.xlsx",
        lambda: edit_zip("blind40_07.xlsx", "xl/worksheets/sheet1.xml", "<t>51.30</t>", "<t>51.80</t>"),
    ),
    ("blind40_08.docx", lambda: edit_zip("blind40_08.docx", "word/document.xml", "千分之三", "千分之二")),
]


def main():
    shutil.rmtree(DST, ignore_errors=True)
    shutil.copytree(SRC, DST)
    for _, f in DAMAGES:
        f()
    out = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, DST], stdout=subprocess.PIPE, text=True
    ).stdout
    msgs = [ln for ln in out.splitlines() if ln.startswith("blind40_")]
    reported = {m.split(":")[0] for m in msgs}
    hit = [n for n, _ in DAMAGES if n in reported]
    spurious = sorted(reported - {n for n, _ in DAMAGES})
    for m in msgs:
        print("  ", m[:160])
    print(
        "%d damages in %d files, %d reported, %d spurious (%d messages)"
        % (len(DAMAGES), len({n for n, _ in DAMAGES}), len(hit), len(spurious), len(msgs))
    )
    for n, _ in DAMAGES:
        if n not in reported:
            print("   NOT REPORTED:", n)
    for s in spurious:
        print("   SPURIOUS:", s)


if __name__ == "__main__":
    main()
