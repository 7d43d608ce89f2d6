"""Damage test for tools/check_shapes.py: copy the corpus to /tmp/b28dmg, make 14 damages (one per file), run the
check on the copy and count the damages it reports.  Usage: python tools/damage.py /work/blind28"""

import os
import shutil
import subprocess
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = "/tmp/b28dmg"


def edit(name, old, new, enc="utf-8"):
    p = os.path.join(OUT, "docs", name)
    s = open(p, encoding=enc, newline="").read()
    assert old in s, (name, old)
    open(p, "w", encoding=enc, newline="").write(s.replace(old, new, 1))


DAMAGES = [
    ("blind28_01.pipe.txt", "| 12万株 ", "| 12万 株"),
    ("blind28_02.pipe_bare.txt", "|500|", "|50|"),
    ("blind28_03.tab.tsv", "≥97%", "≥79%"),
    ("blind28_04.csv", "二百户以上", "二百户"),
    ("blind28_05.lines.txt", "≥96%\n", "\n≥96%\n"),
    ("blind28_06.lines_dropped.txt", "〔7〕\n", ""),
    ("blind28_07.flat.txt", "≥2万吨", "≥2万"),
    ("blind28_08.oneline.txt", "≥3-4级", "≥3～4级"),
    ("blind28_01.aligned_centered.txt", "不少于1200亩", "不少于1300亩"),
    ("blind28_02.aligned_centered.txt", "大于等于", "大于    "),
    ("blind28_06.aligned_centered.txt", "每人每期1200元", "每人每期1200"),
    ("blind28_08.aligned_centered.txt", "修旧如旧", "修旧如新"),
    ("blind28_03.pipe.txt", "| 8000亩次 ", "| 800亩次  "),
    ("blind28_05.csv", "由40%提高到60%", "由40%提高到65%"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    for d in ("data", "docs"):
        shutil.copytree(os.path.join(ROOT, d), os.path.join(OUT, d))
    shutil.copy(os.path.join(ROOT, "render28.py"), OUT)
    for name, old, new in DAMAGES:
        edit(name, old, new)
    out = subprocess.run(
        [sys.executable, os.path.join(ROOT, "tools", "check_shapes.py"), OUT], capture_output=True, text=True
    ).stdout
    reported = 0
    for name, old, new in DAMAGES:
        doc, shape = name.split(".", 1)
        shape = shape.rsplit(".", 1)[0]
        block = out.split(doc + " ")[1].split("\nblind28_")[0]
        hit = shape in block
        reported += hit
        print(
            "%-34s %-28s %s" % (name, "%s → %s" % (old.strip()[:12], new.strip()[:12]), "reported" if hit else "MISSED")
        )
    print("%d damages in %d files, %d reported" % (len(DAMAGES), len(DAMAGES), reported))


if __name__ == "__main__":
    main()
