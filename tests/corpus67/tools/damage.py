"""Plant one-character damages in a copy of the corpus and show that check_shapes reports each, and nothing else.

Copies data/ and docs/ to /tmp/b67dmg, changes ONE character in each of 14 files (a digit, a word character, a
deleted zero or bar), runs tools/check_shapes.check() on the copy and checks that every damaged (document,
rendering) is reported and that no undamaged one is.  check_pdf runs on the copy too (its PDFs are whole: it must
report nothing).
Usage: python tools/damage.py [corpus folder]
"""

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
COPY = "/tmp/b67dmg"
sys.path.insert(0, os.path.join(HERE, "tools"))
import check_shapes  # noqa: E402

# (doc, rendering, old, new): the first occurrence of old becomes new (one character changed, or one deleted)
DAMAGES = [
    ("blind67_01", ".csv", "≥95%", "≥96%"),  # a digit of an annual target
    ("blind67_02", ".tab.tsv", "\t10\t每台", "\t16\t每台"),  # a digit of a weight
    ("blind67_03", ".pipe_bare.txt", "族谱数字化扫描|", "族谱数字化扫猫|"),  # a character of a name
    ("blind67_04", ".pipe.txt", "| 4200亩", "| 4300亩"),  # a digit in a boxed cell
    ("blind67_05", ".lines.txt", "\n648人次\n", "\n688人次\n"),  # a digit of an actual value
    ("blind67_06", ".lines_dropped.txt", "\n1800份\n", "\n1880份\n"),  # a digit
    ("blind67_07", ".aligned_top.txt", "8万人次", "8千人次"),  # 万 turned into 千
    ("blind67_08", ".aligned_centered.txt", "2000架次", "200架次"),  # a zero taken away
    ("blind67_01", ".flat.txt", "读本3600册按", "读本3800册按"),  # a digit in a glued row
    ("blind67_02", ".oneline.txt", "滑翔伞", "滑翔翼"),  # a character of a name
    ("blind67_03", ".pdftotext.txt", "≤0.5%", "≤0.6%"),  # a digit in the PDF's text
    ("blind67_04", ".xlsx", ">860块<", ">880块<"),  # a digit in the sheet XML
    ("blind67_05", ".docx", "94.2%", "94.7%"),  # a digit in the Word XML
    ("blind67_06", ".pipe_bare.txt", "1—3|", "1—3"),  # a bar taken away
]


def damage_zip(path, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    done = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if not done and old.encode() in data and info.filename.endswith(".xml"):
                data = data.replace(old.encode(), new.encode(), 1)
                done = True
            z.writestr(info, data)
    return done


def main():
    shutil.rmtree(COPY, ignore_errors=True)
    for sub in ("data", "docs"):
        shutil.copytree(os.path.join(HERE, sub), os.path.join(COPY, sub))
    planted = set()
    for doc, ext, old, new in DAMAGES:
        path = os.path.join(COPY, "docs", doc + ext)
        if ext in (".xlsx", ".docx"):
            ok = damage_zip(path, old, new)
        else:
            text = open(path, encoding="utf-8", newline="").read()
            ok = old in text
            open(path, "w", encoding="utf-8", newline="").write(text.replace(old, new, 1))
        assert ok, (doc, ext, old)
        planted.add((doc, ext))
    check_shapes.HERE = COPY
    reported = set()
    spurious = []
    docs = sorted({d for d, *_ in DAMAGES} | {os.path.basename(p)[:-5] for p in os.listdir(os.path.join(COPY, "data"))})
    for doc in docs:
        for b in check_shapes.check(doc):
            m = re.match(r"(\.[a-z_.]+?)(?=[ :])", b)
            ext = m.group(1) if m else "?"
            print("%s: %s" % (doc, b[:150]))
            if (doc, ext) in planted:
                reported.add((doc, ext))
            else:
                spurious.append((doc, b))
    missed = planted - reported
    print(
        "%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(planted), len(reported), len(spurious))
    )
    for m in sorted(missed):
        print("   NOT REPORTED:", m)
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_pdf.py"), COPY], capture_output=True, text=True
    )
    probs = [ln for ln in r.stdout.splitlines() if ln.strip().startswith("!")]
    print("check_pdf on the copy (PDFs whole): %d problems, %s" % (len(probs), r.stdout.strip().splitlines()[-1]))
    sys.exit(0 if not missed and not spurious and not probs else 1)


if __name__ == "__main__":
    main()
