"""A damaged copy of docs/ in /tmp/b57dmg with 14 damages (one a file), each of which tools/check_shapes.py must report.
Usage: python tools/damage.py /work/blind57"""

import io
import os
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_shapes import check  # noqa: E402

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
OUT = "/tmp/b57dmg"
DAMAGES = [  # (file, old, new): the first occurrence replaced
    ("blind57_01.pipe.txt", "≥800PFlops", "≥80PFlops"),
    ("blind57_02.pipe_bare.txt", "1,850", "1,350"),
    ("blind57_03.tab.tsv", "百分之八十五以上", "百分之八十以上"),
    ("blind57_04.csv", "≤0.05%", "≤0.5%"),
    ("blind57_05.lines.txt", "3亿元以上", "3亿以上"),
    ("blind57_06.lines_dropped.txt", "每吨每月不超过35元", "每吨不超过35元"),
    ("blind57_07.aligned_top.txt", "万元/户", "元/户"),
    ("blind57_08.aligned_centered.txt", "≤30m", "≤3m"),
    ("blind57_01.flat.txt", "每栋不超过1.8万元", "每栋不超过18万元"),
    ("blind57_02.oneline.txt", "次/季度", "次/年度"),
    ("blind57_03.pdftotext.txt", "1.2亿条", "1.2条"),
    ("blind57_04.lines.txt", "NULL", "NUL"),
    ("blind57_05.xlsx", "0.05mg/L", "0.5mg/L"),
    ("blind57_06.docx", "3至5家", "3至6家"),
]


def damage_zip(path, old, new):
    buf = io.BytesIO()
    done = False
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if not done and old.encode() in data:
                data = data.replace(old.encode(), new.encode(), 1)
                done = True
            zout.writestr(info, data)
    assert done, (path, old)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(FOLDER, "docs"), OUT)
    for name, old, new in DAMAGES:
        path = os.path.join(OUT, name)
        if name.endswith((".xlsx", ".docx")):
            damage_zip(path, old, new)
        else:
            with open(path, "rb") as f:
                b = f.read()
            assert old.encode() in b, (name, old)
            with open(path, "wb") as f:
                f.write(b.replace(old.encode(), new.encode(), 1))
    res = check(FOLDER, OUT)
    damaged = {d[0] for d in DAMAGES}
    reported = {k for k, v in res.items() if v}
    for name, old, new in DAMAGES:
        print("%-36s %s -> %s: %s" % (name, old, new, "reported" if name in reported else "MISSED"))
    spurious = sorted(reported - damaged)
    print(
        "%d damages in %d files, %d reported, %d spurious %s"
        % (len(DAMAGES), len(damaged), len(damaged & reported), len(spurious), spurious)
    )


if __name__ == "__main__":
    main()
