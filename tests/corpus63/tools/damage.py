"""blind63: plant one-character damages in a copy of the corpus and show that check_shapes.py reports each of them and
nothing else (and that check_pdf.py, whose PDFs are left whole, still reports ALL OK).

Usage: python tools/damage.py [corpus folder]   (the copy goes to /tmp/b63dmg, replaced on every run)
"""

import importlib.util
import io
import os
import shutil
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
COPY = "/tmp/b63dmg"

# (document, shape, member inside a zip or None, old text, new text): every change one character (changed, added
# or taken away)
DAMAGES = [
    ("blind63_01", ".pipe.txt", None, "≥12万株", "≥13万株"),  # a digit of a target
    ("blind63_02", ".pipe_bare.txt", None, "3,000", "3,001"),  # a digit after a thousands separator
    ("blind63_03", ".tab.tsv", None, "4500平方米", "4600平方米"),  # a digit of a period target
    ("blind63_04", ".csv", None, "≥2.6kg", "≥2.6g"),  # a unit letter taken away
    ("blind63_05", ".lines.txt", None, "98.2%", "98.7%"),  # a digit of an actual value
    ("blind63_06", ".lines_dropped.txt", None, "≥420平方米", "≥42O平方米"),  # a zero read as the letter O
    ("blind63_07", ".aligned_top.txt", None, "1.2万人", "1.2千人"),  # 万 turned into 千
    ("blind63_08", ".aligned_centered.txt", None, "5000株", "500株"),  # a zero taken away
    ("blind63_01", ".flat.txt", None, "≤8.5元", "≤8.5万元"),  # 万 added before a unit
    ("blind63_02", ".oneline.txt", None, "种植户满意度", "种植户满忌度"),  # a character of a name
    ("blind63_03", ".pdftotext.txt", None, "≥88%", "≥38%"),  # a digit in the PDF's text
    ("blind63_05", ".xlsx", "xl/sharedStrings.xml", "93.5%", "95.5%"),  # a digit in the workbook's shared strings
    ("blind63_06", ".docx", "word/document.xml", "≥150份", "≥160份"),  # a digit in the Word XML
    ("blind63_08", ".pipe.txt", None, "|≤380元/亩", "≤380元/亩"),  # a bar taken away: two cells run together
]


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def plant(doc, ext, member, old, new):
    path = os.path.join(COPY, "docs", doc + ext)
    if member is None:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        assert old in text, (doc, ext, old)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text.replace(old, new, 1))
        return
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == member:
                text = data.decode("utf-8")
                assert old in text, (doc, ext, old)
                data = text.replace(old, new, 1).encode("utf-8")
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    if os.path.exists(COPY):
        shutil.rmtree(COPY)
    for sub in ("data", "docs", "tools"):
        shutil.copytree(os.path.join(HERE, sub), os.path.join(COPY, sub))
    for d in DAMAGES:
        plant(*d)
    sys.argv = [sys.argv[0], COPY]
    cs = load("check_shapes_dmg", os.path.join(COPY, "tools", "check_shapes.py"))
    planted = {(d[0], d[1]) for d in DAMAGES}
    reported = {}
    for doc in sorted({d[0] for d in DAMAGES} | {"blind63_0%d" % i for i in range(1, 9)}):
        for ext, probs in cs.check(doc).items():
            if probs:
                reported[(doc, ext)] = probs[0]
    hit = 0
    for d in DAMAGES:
        key = (d[0], d[1])
        ok = key in reported
        hit += ok
        print(
            "%s %s%s %r → %r: %s"
            % ("REPORTED" if ok else "MISSED  ", d[0], d[1], d[3], d[4], (reported.get(key) or "")[:150])
        )
    spurious = sorted(set(reported) - planted)
    for key in spurious:
        print("SPURIOUS %s%s: %s" % (key[0], key[1], reported[key][:150]))
    sys.path.insert(0, os.path.join(COPY, "tools"))
    cp = load("check_pdf_dmg", os.path.join(COPY, "tools", "check_pdf.py"))
    pdf_problems = sum(len(cp.check("blind63_0%d" % i)[2]) for i in range(1, 9))
    print("check_pdf on the copy (PDFs whole): %d problems" % pdf_problems)
    print("%d damages in %d files, %d reported, %d spurious" % (len(DAMAGES), len(planted), hit, len(spurious)))
    return hit == len(DAMAGES) and not spurious and not pdf_problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
