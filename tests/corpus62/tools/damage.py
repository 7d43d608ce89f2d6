"""Plant one-character damages in a copy of docs/ and show that check_shapes.py (and check_pdf.py for the PDFs,
which are not damaged here) reports each damaged file and nothing else.

Usage: python tools/damage.py /work/blind62    (the copy: /tmp/b62dmg)
"""

import os
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
COPY = "/tmp/b62dmg"

# (file, old, new): the FIRST occurrence of old is replaced; old and new differ in one character.
DAMAGES = [
    ("blind62_01.pipe.txt", "≥5000亩", "≥6000亩"),  # a digit in a texttable cell
    ("blind62_02.pipe_bare.txt", "|0.15|", "|0.16|"),  # a digit in a PowerBuilder field
    ("blind62_03.tab.tsv", "HLA", "HIA"),  # a Latin letter in the TSV
    ("blind62_04.csv", "≤0.1毫米", "≤0.1厘米"),  # a unit character in a quoted CSV field
    ("blind62_05.lines.txt", "7.6万吨", "7.6千吨"),  # 万 of an actual value
    ("blind62_06.lines_dropped.txt", "2-8℃", "2-8°"),  # the degree sign
    ("blind62_07.aligned_top.txt", "以内", "以下"),  # a comparator word of the 上下限 column
    ("blind62_08.aligned_centered.txt", "零泄露", "零泄漏"),  # a character of a zero claim
    ("blind62_01.flat.txt", "12公里以上", "12公里以下"),  # the comparator word
    ("blind62_02.oneline.txt", "万CFU/mL", "万CFU/ml"),  # a unit letter's case
    ("blind62_03.pdftotext.txt", "球幕影片", "球慕影片"),  # a character of a name in the PDF text
    ("blind62_04.xlsx", "岩画单体", "岩画独体"),  # a shared string in the workbook XML
    ("blind62_05.docx", "竹材收储量", "竹材收购量"),  # a character in the Word XML
    ("blind62_08.pipe.txt", "每周3次以上", "每周4次以上"),  # a digit in a texttable cell
]


def ref(s):
    """openpyxl's writer (lxml) writes non-ASCII characters of inline strings as decimal character references."""
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s).encode()


def damage_zip(path, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    done = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            for o, n in ((old.encode(), new.encode()), (ref(old), ref(new))):  # as typed, or as character references
                if not done and info.filename.endswith(".xml") and o in data:
                    data = data.replace(o, n, 1)
                    done = True
            z.writestr(info, data)
    return done


def main():
    if os.path.exists(COPY):
        shutil.rmtree(COPY)
    shutil.copytree(os.path.join(HERE, "docs"), COPY)
    for name, old, new in DAMAGES:
        assert len(old) == len(new) and sum(a != b for a, b in zip(old, new)) == 1, (old, new)
        path = os.path.join(COPY, name)
        if name.endswith((".xlsx", ".docx")):
            assert damage_zip(path, old, new), name
        else:
            with open(path, "rb") as f:
                data = f.read()
            enc = "utf-8"
            assert old.encode(enc) in data, name
            with open(path, "wb") as f:
                f.write(data.replace(old.encode(enc), new.encode(enc), 1))
    res = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, COPY], capture_output=True, text=True
    )
    failed = {ln.split(":")[0] for ln in res.stdout.splitlines() if ": FAILED" in ln}
    damaged = {n for n, _, _ in DAMAGES}
    print(res.stdout.strip())
    print()
    print("damages planted: %d in %d files" % (len(DAMAGES), len(damaged)))
    print("reported: %d of %d" % (len(failed & damaged), len(damaged)))
    print("spurious (reported, not damaged): %s" % (sorted(failed - damaged) or "none"))
    ok = failed == damaged
    print()
    ok = damage_pdf() and ok
    print("DAMAGE TEST OK" if ok else "DAMAGE TEST FAILED")
    return ok


PDF_DAMAGE = ("blind62_07", "设备年故障停机时间", "设备年故障停用时间")  # one character of a grid cell


def damage_pdf():
    """A PDF cannot be edited a character at a time (its streams are compressed), so the damaged PDF is drawn by
    tools/render_pdf.py from a copy of data/ with one character changed, and checked by tools/check_pdf.py against
    the ORIGINAL data (/tmp/b62dmg_pdf: data/ original, docs/ the damaged PDF and its pdftotext text).  The other
    seven PDFs are copied undamaged."""
    root, src = "/tmp/b62dmg_pdf", "/tmp/b62dmg_pdf_src"
    for d in (root, src):
        if os.path.exists(d):
            shutil.rmtree(d)
    doc_id, old, new = PDF_DAMAGE
    shutil.copytree(os.path.join(HERE, "data"), os.path.join(root, "data"))
    os.makedirs(os.path.join(root, "docs"))
    for name in os.listdir(os.path.join(HERE, "docs")):
        if name.endswith((".pdf", ".pdftotext.txt")) and not name.startswith(doc_id):
            shutil.copy(os.path.join(HERE, "docs", name), os.path.join(root, "docs", name))
    os.makedirs(os.path.join(src, "data"))
    os.makedirs(os.path.join(src, "docs"))
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        text = f.read()
    assert text.count(old) == 1
    with open(os.path.join(src, "data", doc_id + ".json"), "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
    subprocess.run([sys.executable, os.path.join(HERE, "tools", "render_pdf.py"), src], check=True, capture_output=True)
    for ext in (".pdf", ".pdftotext.txt"):
        shutil.copy(os.path.join(src, "docs", doc_id + ext), os.path.join(root, "docs", doc_id + ext))
    res = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_pdf.py"), root], capture_output=True, text=True
    )
    lines = [ln for ln in res.stdout.splitlines() if "page text" not in ln]
    print("\n".join(lines))
    bad = {ln.split(":")[0] for ln in lines if "PROBLEMS" in ln}
    print(
        "PDF damage (%s: %s -> %s): reported %s, spurious %s"
        % (doc_id, old, new, doc_id in bad, sorted(bad - {doc_id}) or "none")
    )
    return bad == {doc_id}


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
