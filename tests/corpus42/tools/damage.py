"""A damaged copy of docs/ in /tmp/b42dmg with 14 damages, each in its own file; tools/check_shapes.py must report
every damaged file and no other.  Usage: python tools/damage.py <corpus folder>"""

import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1])
SRC, DST = os.path.join(HERE, "docs"), "/tmp/b42dmg"


def edit(name, old, new, count=1, binary=False):
    p = os.path.join(DST, name)
    data = open(p, "rb").read()
    o, n = (old, new) if binary else (old.encode("utf-8"), new.encode("utf-8"))
    assert o in data, (name, old)
    open(p, "wb").write(data.replace(o, n, count))


def zedit(name, member, old, new):
    p = os.path.join(DST, name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if i.filename == member:
                assert old.encode() in data, (name, member, old)
                data = data.replace(old.encode(), new.encode(), 1)
            z.writestr(i, data)


def REF(text):
    return "".join("&#%d;" % ord(c) for c in text)


DAMAGES = [
    (
        "blind42_01.pipe.txt",
        lambda: edit("blind42_01.pipe.txt", "不低于百分之八十八", "不低于百分之八十"),
    ),  # a numeral dropped
    ("blind42_02.pipe_bare.txt", lambda: edit("blind42_02.pipe_bare.txt", "|≥|1800|", "|≥1800|")),  # a bar lost
    (
        "blind42_03.tab.tsv",
        lambda: edit("blind42_03.tab.tsv", "2025年11月30日之前", "2025年11月3日之前"),
    ),  # a date digit
    ("blind42_04.csv", lambda: edit("blind42_04.csv", '"约1300人次"', '"约1800人次"')),  # a number changed
    ("blind42_05.lines.txt", lambda: edit("blind42_05.lines.txt", "\n≤0.6万元/件\n", "\n≤0.6元/件\n")),  # 万 cut
    ("blind42_06.lines_dropped.txt", lambda: edit("blind42_06.lines_dropped.txt", "\n指标07\n", "\n")),  # a line lost
    ("blind42_07.flat.txt", lambda: edit("blind42_07.flat.txt", "元/人·年", "元/人年")),  # · cut
    ("blind42_08.oneline.txt", lambda: edit("blind42_08.oneline.txt", "≤百万分之二", "≤百万分之")),  # a target cut
    ("blind42_01.aligned_top.txt", lambda: edit("blind42_01.aligned_top.txt", "不大于50m", "不大于5m")),  # a digit
    ("blind42_02.aligned_centered.txt", lambda: edit("blind42_02.aligned_centered.txt", "万m²", "万m")),  # ² cut
    ("blind42_03.pipe.txt", lambda: edit("blind42_03.pipe.txt", "\n", "\r\n", count=-1)),  # LF -> CRLF
    ("blind42_04.tab.tsv", lambda: edit("blind42_04.tab.tsv", "\t行业标准\t", "\t行业标准\t\t")),  # a cell shifted
    # openpyxl writes inline strings as character references
    ("blind42_05.xlsx", lambda: zedit("blind42_05.xlsx", "xl/worksheets/sheet1.xml", REF("不列指标"), REF("不列"))),
    ("blind42_06.docx", lambda: zedit("blind42_06.docx", "word/document.xml", "≤0.3‰", "≤0.3%")),
]


def main():
    shutil.rmtree(DST, ignore_errors=True)
    shutil.copytree(SRC, DST)
    for _, f in DAMAGES:
        f()
    out = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, DST], stdout=subprocess.PIPE, text=True
    ).stdout
    reported = set()
    for line in out.splitlines():
        m = re.match(r"(blind42_\d\d): (\S+)", line)
        if m:
            reported.add(
                "%s.%s" % (m.group(1), m.group(2))
                if not m.group(2).startswith(("xlsx", "docx"))
                else "%s.%s" % (m.group(1), m.group(2)[:4])
            )
    damaged = {n for n, _ in DAMAGES}
    print(out, end="")
    print(
        "damages %d in %d files, reported %d, missed %s, spurious %s"
        % (len(DAMAGES), len(damaged), len(damaged & reported), sorted(damaged - reported), sorted(reported - damaged))
    )
    return 0 if damaged == reported else 1


if __name__ == "__main__":
    sys.exit(main())
