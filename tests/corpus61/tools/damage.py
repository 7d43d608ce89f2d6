"""A damaged copy of docs/ in /tmp/b61dmg with 14 damages (one per file, 14 files), then check_shapes over it:
every damage must be reported and nothing else.  Usage: python tools/damage.py /work/blind61"""

import os
import shutil
import subprocess
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b61dmg"

# (file, old text, new text): the first occurrence is replaced
DAMAGES = [
    ("blind61_01.pipe.txt", "≥一千二百亩", "≥一千二亩"),  # a numeral's 百 lost in the kable table
    ("blind61_02.pipe_bare.txt", "|0.12|", "|0.21|"),  # two digits swapped in the unload
    ("blind61_03.tab.tsv", "≥4.5km", "≥4.5k"),  # a unit letter lost in the TSV
    ("blind61_04.csv", "85%～90%", "85%~90%"),  # a full-width tilde made ASCII in the CSV
    ("blind61_05.lines.txt", "≤7.5万元/亩", "≤7.5元/亩"),  # 万 lost in lines
    ("blind61_06.lines_dropped.txt", "≤800元/人", "≤800元"),  # the per-head part lost
    ("blind61_07.aligned_top.txt", "可溶性", "可融性"),  # a character changed in aligned_top
    ("blind61_08.aligned_centered.txt", "≤±0.5℃", "≤±0.5"),  # ℃ lost in aligned_centered
    ("blind61_01.flat.txt", "≥0.080%", "≥0.08%"),  # a trailing zero lost in flat
    ("blind61_02.oneline.txt", "mg/kg", "mg/g"),  # a unit letter lost in oneline
    ("blind61_03.pdftotext.txt", "一万支以上", "一千支以上"),  # a numeral changed in pdftotext
    ("blind61_04.lines.txt", "≥30种", "≥3种"),  # a digit lost in lines
    ("blind61_05.xlsx", "不少于八十个", "不少于八个"),  # 十 lost in the sheet XML
    ("blind61_06.docx", "每亩110-130株", "每亩110-13株"),  # a digit lost in the Word XML
]


def damage_zip(path, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    done = False
    refs = lambda t: "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in t).encode()  # noqa: E731
    if path.endswith(".xlsx"):  # openpyxl writes non-ASCII text as character references
        old, new = refs(old).decode(), refs(new).decode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if not done and old.encode() in data:
                data = data.replace(old.encode(), new.encode(), 1)
                done = True
            z.writestr(info, data)
    return done


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "docs"), OUT)
    made = []
    for name, old, new in DAMAGES:
        path = os.path.join(OUT, name)
        if name.endswith((".xlsx", ".docx")):
            ok = damage_zip(path, old, new)
        else:
            with open(path, encoding="utf-8", newline="") as f:
                t = f.read()
            ok = old in t
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(t.replace(old, new, 1))
        assert ok, (name, old)
        made.append(name)
    out = subprocess.run(
        [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
    ).stdout
    reported = {ln.split()[1].rstrip(":") for ln in out.splitlines() if ln.startswith("FAIL ")}
    hit = [m for m in made if m in reported]
    spurious = sorted(reported - set(made))
    print(out, end="")
    print(
        "%d damages in %d files, %d reported, %d spurious %s"
        % (len(made), len(set(made)), len(hit), len(spurious), spurious)
    )


if __name__ == "__main__":
    main()
