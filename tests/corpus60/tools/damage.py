"""A damaged copy of docs/ (/tmp/b60dmg) with 14 one-place damages (the xlsx one in the character references of an
inline string), each in its own file, then check_shapes.check()
on it: every damage must be reported, and no undamaged file.  Usage: python tools/damage.py /work/blind60"""

import os
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_shapes import check

DAMAGES = [  # (file, member of a zip or None, old, new, what)
    ("blind60_01.pipe.txt", None, "≥1500亩", "≥150亩", "a digit of an area"),
    ("blind60_02.pipe_bare.txt", None, "|1,500|", "|1,600|", "a digit after a thousands separator"),
    ("blind60_03.tab.tsv", None, "120-150个", "120-15个", "a digit of a range"),
    ("blind60_04.csv", None, "≥1.2MPa", "≥1.2Pa", "a unit letter"),
    ("blind60_05.lines.txt", None, "236块", "36块", "a digit of an actual value"),
    ("blind60_06.lines_dropped.txt", None, "≥60台", "≥6台", "a digit"),
    ("blind60_07.aligned_top.txt", None, "≤9.5万元", "≤9.5元", "万 of an amount"),
    ("blind60_08.aligned_centered.txt", None, "≤6000元", "≤600元", "a zero of an amount"),
    ("blind60_01.flat.txt", None, "不少于六百亩", "不少于六百", "the unit after a Chinese numeral"),
    ("blind60_02.oneline.txt", None, "蕉农满意度", "蕉农满意", "a character of a name"),
    ("blind60_03.pdftotext.txt", None, "逢展必查", "逢展必", "a character of a value"),
    ("blind60_04.xlsx", "xl/worksheets/sheet1.xml", "不少于45座", "不少于46座", "a digit of an inline string"),
    ("blind60_05.docx", "word/document.xml", "93.5%", "93.6%", "a digit in the Word XML"),
    ("blind60_06.pipe.txt", None, "≤1秒", "≤1分", "a unit"),
]


def main():
    here = os.path.abspath(sys.argv[1])
    dst = "/tmp/b60dmg"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(os.path.join(here, "docs"), dst)
    for fn, member, old, new, what in DAMAGES:
        path = os.path.join(dst, fn)
        if member is None:
            b = open(path, "rb").read()
            assert old.encode() in b, (fn, old)
            open(path, "wb").write(b.replace(old.encode(), new.encode(), 1))
        else:
            with zipfile.ZipFile(path) as z:
                items = [(i, z.read(i.filename)) for i in z.infolist()]
            if fn.endswith(".xlsx"):  # openpyxl writes inline strings as character references
                old, new = ("".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in x) for x in (old, new))
            assert member in [i.filename for i, _ in items], (fn, member)
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for i, data in items:
                    if i.filename == member:
                        assert old.encode() in data, (fn, old)
                        data = data.replace(old.encode(), new.encode(), 1)
                    z.writestr(i, data)
    bad, n = check(here, dst)
    want = {fn for fn, *_ in DAMAGES}
    rep = [fn for fn in want if fn in bad]
    spurious = [k for k in bad if k not in want]
    for fn, member, old, new, what in DAMAGES:
        print("%-34s %-10s -> %-10s %-38s %s" % (fn, old, new, what, "reported" if fn in bad else "NOT REPORTED"))
    print("%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(want), len(rep), len(spurious)))


if __name__ == "__main__":
    main()
