"""Plant one-character damages in a copy of the corpus (/tmp/b65dmg) and show that check_shapes.py reports each one
and nothing else (blind65; own code).  check_pdf.py is run on the copy too (PDFs whole: no problem expected).
Usage: python tools/damage.py <corpus folder>"""

import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
COPY = "/tmp/b65dmg"
PY = sys.executable

# (file, old, new, what): the first occurrence of old becomes new; one character changed, added or removed
DAMAGES = [
    ("blind65_01.pipe.txt", "≥6档", "≥8档", "a digit of a target in the Markdown"),
    ("blind65_02.pipe_bare.txt", "|18.6|", "|18.9|", "a decimal digit in the PSV"),
    ("blind65_03.tab.tsv", "≥85%", "≥35%", "a digit of an annual target in the TSV"),
    ("blind65_04.csv", "1,850平方米", "1,350平方米", "a digit after a thousands separator in the CSV"),
    ("blind65_05.lines.txt", "87.6%", "81.6%", "a digit of an actual value in lines"),
    ("blind65_06.lines_dropped.txt", "≥93%", "≥98%", "a digit in lines_dropped"),
    ("blind65_07.aligned_top.txt", "≤150万元", "≤150千元", "万 turned into 千 in aligned_top"),
    ("blind65_08.aligned_centered.txt", "5000元/组", "500元/组", "a zero taken away in aligned_centered"),
    ("blind65_01.flat.txt", "1.5千元", "1.5万元", "千 turned into 万 in flat"),
    ("blind65_02.oneline.txt", "缆车吊厢抽检", "缆车吊箱抽检", "a character of a name in oneline"),
    ("blind65_03.pdftotext.txt", "≤0.8万元/套", "≤0.9万元/套", "a digit in pdftotext"),
    ("blind65_04.xlsx", "26座", "28座", "a digit in the xlsx's strings"),
    ("blind65_05.docx", "≥98%", "≥96%", "a digit in the Word XML"),
    ("blind65_06.pipe.txt", "| 1．3 ", " 1．3 ", "a bar taken away in the Markdown"),
]
SHAPE = {
    ".pipe.txt": "pipe",
    ".pipe_bare.txt": "pipe_bare",
    ".tab.tsv": "tab",
    ".csv": "csv",
    ".lines.txt": "lines",
    ".lines_dropped.txt": "lines_dropped",
    ".aligned_top.txt": ".aligned_top.txt",
    ".aligned_centered.txt": ".aligned_centered.txt",
    ".flat.txt": "flat",
    ".oneline.txt": "oneline",
    ".pdftotext.txt": "pdftotext",
    ".xlsx": "xlsx",
    ".docx": "docx",
}


def plant(path, old, new):
    if path.endswith((".xlsx", ".docx")):
        tmp = path + ".tmp"
        done = False
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if not done and item.filename.endswith(".xml") and old.encode() in data:
                    data = data.replace(old.encode(), new.encode(), 1)
                    done = True
                zout.writestr(item, data)
        os.replace(tmp, path)
        return done
    s = open(path, encoding="utf-8", newline="").read()
    if old not in s:
        return False
    open(path, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
    return True


def main():
    shutil.rmtree(COPY, ignore_errors=True)
    for sub in ("data", "docs", "tools"):
        shutil.copytree(os.path.join(HERE, sub), os.path.join(COPY, sub))
    for f, old, new, what in DAMAGES:
        assert plant(os.path.join(COPY, "docs", f), old, new), (f, old)
    out = subprocess.run(
        [PY, os.path.join(COPY, "tools", "check_shapes.py"), COPY], capture_output=True, text=True
    ).stdout
    reported, doc = set(), None
    for ln in out.splitlines():
        m = re.match(r"^(blind65_\d\d): ", ln)
        if m:
            doc = m.group(1)
        elif ln.startswith("   ! "):
            msg = ln[5:]
            key = re.match(r"^[^: ]+", msg).group(0)
            ext = next(e for e, k in SHAPE.items() if k == key)
            reported.add(doc + ext)
    hit = 0
    for f, old, new, what in DAMAGES:
        ok = f in reported
        hit += ok
        print("%-34s %-50s %s" % (f, what, "reported" if ok else "NOT REPORTED"))
    spurious = sorted(reported - {f for f, *_ in DAMAGES})
    print(
        "%d damages in %d files, %d reported, %d spurious %s"
        % (len(DAMAGES), len({d[0] for d in DAMAGES}), hit, len(spurious), spurious or "")
    )
    pdf = subprocess.run([PY, os.path.join(COPY, "tools", "check_pdf.py"), COPY], capture_output=True, text=True).stdout
    print("check_pdf on the copy:", "0 problems" if "ALL OK" in pdf else "PROBLEMS")
    return 0 if hit == len(DAMAGES) and not spurious else 1


if __name__ == "__main__":
    sys.exit(main())
