"""Plant one-character damages in a copy of the corpus and show that check_shapes.py reports each, and nothing
else (own code).  Usage: python tools/damage.py [corpus]   (the copy: /tmp/b66dmg)"""

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
COPY = "/tmp/b66dmg"
PY = sys.executable

# (doc, file extension, old text, new text, what): each a change of ONE character (or one taken away)
DAMAGES = [
    ("blind66_01", ".pipe.txt", "≥95%", "≥96%", "a digit of a target in Miller's print"),
    ("blind66_02", ".pipe_bare.txt", "96.40", "96.41", "a decimal digit in xlscat's text"),
    ("blind66_03", ".tab.tsv", "不少于120次", "不少于121次", "a digit of an annual target in the TSV"),
    ("blind66_02", ".csv", "6,000", "6,001", "a digit after a thousands separator in the CSV"),
    ("blind66_05", ".lines.txt", "558份", "559份", "a digit of an actual value in lines"),
    ("blind66_06", ".lines_dropped.txt", "≤45万元", "≤46万元", "a digit in lines_dropped"),
    ("blind66_04", ".aligned_top.txt", "1.5万吨", "1.5千吨", "万 turned into 千 in aligned_top"),
    ("blind66_07", ".aligned_centered.txt", "100万元以上", "10万元以上", "a zero taken away in aligned_centered"),
    ("blind66_08", ".flat.txt", "≤1200元", "≤1300元", "a digit in flat"),
    ("blind66_01", ".oneline.txt", "浮标数据有效获取率", "浮标数据有效获收率", "a character of a name in oneline"),
    ("blind66_03", ".pdftotext.txt", "1680.00", "1690.00", "a digit in pdftotext"),
    ("blind66_06", ".xlsx", "≥98%", "≥99%", "a digit in the xlsx's shared strings"),
    ("blind66_05", ".docx", "83.3%", "83.8%", "a digit in the Word XML"),
    ("blind66_08", ".pipe.txt", "| 八角收储能力", "  八角收储能力", "a bar taken away in another Miller print"),
]
TAGS = {
    ".pipe.txt": "pipe:",
    ".pipe_bare.txt": "pipe_bare:",
    ".tab.tsv": "tab:",
    ".csv": "csv:",
    ".lines.txt": ".lines.txt:",
    ".lines_dropped.txt": ".lines_dropped.txt:",
    ".flat.txt": ".flat.txt:",
    ".oneline.txt": ".oneline.txt:",
    ".aligned_top.txt": ".aligned_top.txt",
    ".aligned_centered.txt": ".aligned_centered.txt",
    ".pdftotext.txt": "pdftotext",
    ".xlsx": "xlsx",
    ".docx": "docx",
}


def one_char(old, new):
    if len(old) == len(new):
        return sum(a != b for a, b in zip(old, new)) == 1
    return len(old) == len(new) + 1 and any(old[:i] + old[i + 1 :] == new for i in range(len(old)))


def plant(path, old, new):
    if path.endswith((".xlsx", ".docx")):
        src = zipfile.ZipFile(path)
        buf = io.BytesIO()
        hit = 0
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename.endswith(".xml") and old.encode() in data and not hit:
                    data = data.replace(old.encode(), new.encode(), 1)
                    hit = 1
                out.writestr(info, data)
        assert hit, (path, old)
        open(path, "wb").write(buf.getvalue())
    else:
        b = open(path, "rb").read()
        assert old.encode() in b, (path, old)
        open(path, "wb").write(b.replace(old.encode(), new.encode(), 1))


def main():
    shutil.rmtree(COPY, ignore_errors=True)
    os.makedirs(COPY)
    for sub in ("data", "docs", "tools"):
        shutil.copytree(os.path.join(HERE, sub), os.path.join(COPY, sub))
    shutil.copy(os.path.join(HERE, "render66.py"), COPY)
    for doc, ext, old, new, what in DAMAGES:
        assert one_char(old, new), (old, new)
        plant(os.path.join(COPY, "docs", doc + ext), old, new)
    res = subprocess.run([PY, os.path.join(COPY, "tools", "check_shapes.py"), COPY], capture_output=True, text=True)
    reported, doc = set(), None
    for line in res.stdout.splitlines():
        m = re.match(r"(blind66_\d\d): ", line)
        if m:
            doc = m.group(1)
        elif line.startswith("   ! "):
            msg = line[5:]
            tag = [e for e, t in TAGS.items() if msg.startswith(t)]
            reported.add((doc, tag[0] if tag else "?" + msg[:30]))
    planted = {(d, e) for d, e, *_ in DAMAGES}
    for d, e, old, new, what in DAMAGES:
        print("%-4s %s%s: %s (%s -> %s)" % ("OK" if (d, e) in reported else "MISS", d, e, what, old, new))
    spurious = reported - planted
    for s in sorted(spurious):
        print("SPURIOUS", s)
    pdf = subprocess.run([PY, os.path.join(COPY, "tools", "check_pdf.py"), COPY], capture_output=True, text=True)
    pdf_problems = pdf.stdout.count("   ! ")
    print(
        "%d damages in %d files, %d reported, %d spurious; check_pdf on the copy: %d problems"
        % (len(DAMAGES), len(planted), len(planted & reported), len(spurious), pdf_problems)
    )
    return 0 if planted <= reported and not spurious and not pdf_problems else 1


if __name__ == "__main__":
    sys.exit(main())
