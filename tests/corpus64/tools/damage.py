"""Plant one-character damages in copies of the renderings and show that check_shapes / check_pdf report each, and
nothing else.

    python tools/damage.py CORPUS_DIR

Text damages in /tmp/b64dmg (a copy of docs/); one PDF damage: blind64_07 drawn from a copy of data/ with one character
changed, checked by check_pdf.py against the original data in /tmp/b64dmg_pdf.
"""

import os
import shutil
import subprocess
import sys
import zipfile

CORPUS = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DMG = "/tmp/b64dmg"
PY = sys.executable

DAMAGES = [  # (file, old, new): the first occurrence of old is replaced
    ("blind64_01.pipe.txt", "≥36万公斤", "≥38万公斤"),
    ("blind64_02.pipe_bare.txt", "2500", "2600"),
    ("blind64_03.tab.tsv", "≤420元/平方米", "≤480元/平方米"),
    ("blind64_04.csv", "≥5万kg", "≥5万Kg"),
    ("blind64_05.lines.txt", "93.6%", "98.6%"),
    ("blind64_06.lines_dropped.txt", "春播前", "秋播前"),
    ("blind64_07.aligned_top.txt", "≤35元", "≤36元"),
    ("blind64_08.aligned_centered.txt", "≥98%", "≥96%"),
    ("blind64_01.flat.txt", "较上年减少5%", "较上年增加5%"),
    ("blind64_02.oneline.txt", "元/头", "元/只"),
    ("blind64_03.pdftotext.txt", "÷", "×"),
    ("blind64_04.xlsx", "蝗情测报准确率", "蝗情预报准确率"),
    ("blind64_05.docx", "86%", "88%"),
    ("blind64_06.pipe.txt", "≥98.0%", "≥99.0%"),
]


def damage_zip(path, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    done = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if not done and info.filename.endswith(".xml") and old.encode() in data:
                data = data.replace(old.encode(), new.encode(), 1)
                done = True
            z.writestr(info, data)
    return done


def main():
    shutil.rmtree(DMG, ignore_errors=True)
    shutil.copytree(os.path.join(CORPUS, "docs"), DMG)
    for name, old, new in DAMAGES:
        path = os.path.join(DMG, name)
        if name.endswith((".xlsx", ".docx")):
            assert damage_zip(path, old, new), name
        else:
            raw = open(path, "rb").read()
            assert old.encode() in raw, name
            open(path, "wb").write(raw.replace(old.encode(), new.encode(), 1))
    res = subprocess.run(
        [PY, os.path.join(CORPUS, "tools", "check_shapes.py"), CORPUS, DMG], capture_output=True, text=True
    )
    reported = {ln.split(":")[0].split()[1] for ln in res.stdout.splitlines() if ln.startswith("PROBLEM")}
    planted = {n for n, _, _ in DAMAGES}
    for n, old, new in DAMAGES:
        print("%-34s %s -> %s: %s" % (n, old, new, "reported" if n in reported else "NOT REPORTED"))
    spurious = sorted(reported - planted)
    print(
        "text damages: %d planted, %d reported, %d spurious %s"
        % (len(planted), len(planted & reported), len(spurious), spurious)
    )
    # ---- PDF damage
    src, dst = "/tmp/b64dmg_pdf_src", "/tmp/b64dmg_pdf"
    for d in (src, dst):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(CORPUS, "data"), os.path.join(src, "data"))
    os.makedirs(os.path.join(src, "docs"))
    p = os.path.join(src, "data", "blind64_07.json")
    text = open(p, encoding="utf-8").read()
    assert "研学师生满意度" in text
    open(p, "w", encoding="utf-8").write(text.replace("研学师生满意度", "游学师生满意度", 1))
    code = (
        "import sys; sys.argv=['x', %r]; sys.path.insert(0, %r); import render_pdf; render_pdf.render('blind64_07')"
        % (
            src,
            os.path.join(CORPUS, "tools"),
        )
    )
    subprocess.run([PY, "-c", code], check=True)
    shutil.copytree(os.path.join(CORPUS, "data"), os.path.join(dst, "data"))
    shutil.copytree(os.path.join(CORPUS, "docs"), os.path.join(dst, "docs"))
    for ext in (".pdf", ".pdftotext.txt"):
        shutil.copy(os.path.join(src, "docs", "blind64_07" + ext), os.path.join(dst, "docs", "blind64_07" + ext))
    res = subprocess.run([PY, os.path.join(CORPUS, "tools", "check_pdf.py"), dst], capture_output=True, text=True)
    heads = [ln for ln in res.stdout.splitlines() if ln.startswith("blind64_")]
    for ln in heads:
        print("  pdf:", ln)
    for ln in res.stdout.splitlines():
        if ln.strip().startswith("!"):
            print("  pdf:", ln.strip())
    bad = [ln.split(":")[0] for ln in heads if "PROBLEMS" in ln]
    print(
        "PDF damage (blind64_07, 研学 -> 游学 in one cell): %s; spurious %s"
        % ("reported" if bad == ["blind64_07"] else "NOT as expected", [b for b in bad if b != "blind64_07"])
    )


if __name__ == "__main__":
    main()
