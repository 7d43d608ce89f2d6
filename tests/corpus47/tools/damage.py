"""A damaged copy of docs/ (/tmp/b47dmg) with 14 damages in 14 files; tools/check_shapes.py must report every one
and nothing else.  Usage: python tools/damage.py /work/blind47"""

import os
import shutil
import subprocess
import sys
import zipfile

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b47dmg"


def sub(name, old, new, enc="utf-8"):
    p = os.path.join(OUT, name)
    b = open(p, "rb").read()
    o, n = old.encode(enc), new.encode(enc)
    assert o in b, (name, old)
    open(p, "wb").write(b.replace(o, n, 1))


def zsub(name, member, old, new):
    p = os.path.join(OUT, name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for i, d in items:
            if i.filename == member:
                assert old.encode() in d, (name, old)
                d = d.replace(old.encode(), new.encode(), 1)
            z.writestr(i, d)


DAMAGES = [
    ("blind47_01.pipe.txt", lambda f: sub(f, "不少于一万二千人次", "不少于一万二人次"), "a Chinese numeral cut"),
    ("blind47_02.pipe_bare.txt", lambda f: sub(f, "|3400|", "|340|"), "a digit dropped"),
    ("blind47_03.tab.tsv", lambda f: sub(f, '"2025年6月底前"', '"2025年6月底"'), "a deadline's 前 cut"),
    ("blind47_04.csv", lambda f: sub(f, '"2万份"', '"2份"'), "a 万 cut"),
    ("blind47_05.lines.txt", lambda f: sub(f, "\n97.2%\n", "\n"), "an actual value's line removed"),
    ("blind47_06.lines_dropped.txt", lambda f: sub(f, "〔七〕\n", ""), "a 序号 cut"),
    ("blind47_07.aligned_centered.txt", lambda f: sub(f, "800份/日", "800份"), "a per-day unit cut"),
    ("blind47_08.aligned_top.txt", lambda f: sub(f, "个百分点", "百分点"), "个 cut from a unit"),
    ("blind47_01.flat.txt", lambda f: sub(f, "\r\n", "\n"), "CRLF turned into LF once"),
    ("blind47_02.oneline.txt", lambda f: sub(f, "\x0b", ""), "two rows glued (a manual line break dropped)"),
    ("blind47_03.pipe_bare.txt", lambda f: sub(f, "——/——", "—/—"), "a placeholder's dashes halved"),
    ("blind47_05.tab.tsv", lambda f: sub(f, "‰", "%"), "‰ turned into %"),
    (
        "blind47_06.xlsx",
        lambda f: zsub(f, "xl/worksheets/sheet1.xml", "&#26032;&#22686;1500&#20154;", "&#26032;&#22686;150&#20154;"),
        "an xlsx cell changed",
    ),
    ("blind47_04.docx", lambda f: zsub(f, "word/document.xml", "佐证要件", "佐证材料"), "a docx header name changed"),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "docs"), OUT)
    for f, fn, _ in DAMAGES:
        fn(f)
    r = subprocess.run(
        [sys.executable, os.path.join(ROOT, "tools", "check_shapes.py"), ROOT, OUT], capture_output=True, text=True
    )
    failed = {line.split()[1] for line in r.stdout.splitlines() if line.startswith("FAIL ")}
    damaged = {f for f, _, _ in DAMAGES}
    for f, _, what in DAMAGES:
        print("%-34s %-45s %s" % (f, what, "reported" if f in failed else "MISSED"))
    spurious = failed - damaged
    print(
        "%d damages in %d files, %d reported, %d spurious"
        % (len(DAMAGES), len(damaged), len(damaged & failed), len(spurious))
    )
    for s in sorted(spurious):
        print("  spurious:", s)


if __name__ == "__main__":
    main()
