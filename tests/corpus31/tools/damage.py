"""Make a damaged copy of docs/ (/tmp/b31dmg) with 14 damages over the twelve text/XLSX/DOCX kinds and check that
tools/check_shapes.py reports every damaged file and no other.  Usage: python tools/damage.py <corpus folder>"""

import os
import shutil
import subprocess
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
OUT = "/tmp/b31dmg"


def edit_text(name, fn, enc="utf-8"):
    p = os.path.join(OUT, name)
    with open(p, "rb") as f:
        t = f.read().decode(enc)
    t2 = fn(t)
    assert t2 != t, name
    with open(p, "wb") as f:
        f.write(t2.encode(enc))


def drop_line(t, pred):
    lines = t.split("\n")
    i = next(i for i, x in enumerate(lines) if pred(x))
    return "\n".join(lines[:i] + lines[i + 1 :])


def dup_line(t, pred):
    lines = t.split("\n")
    i = next(i for i, x in enumerate(lines) if pred(x))
    return "\n".join(lines[: i + 1] + lines[i:])


def swap_lines(t, i):
    lines = t.split("\n")
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return "\n".join(lines)


def damage_xlsx(name):
    from openpyxl import load_workbook

    p = os.path.join(OUT, name)
    wb = load_workbook(p)
    ws = wb.active
    for row in ws.iter_rows():
        for c in row:
            if c.value == "≥18万只" or c.value == "1批":
                c.value = "1 批" if c.value == "1批" else "≥16万只"
                wb.save(p)
                return
    raise AssertionError(name)


def damage_docx(name):
    from docx import Document

    p = os.path.join(OUT, name)
    d = Document(p)
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                if c.text == "≥20款":
                    c.text = "≥2O款"
                    d.save(p)
                    return
    raise AssertionError(name)


DAMAGES = [
    (
        "blind31_01.pipe.txt",
        "a value changed (≥36万株 → ≥35万株)",
        lambda: edit_text("blind31_01.pipe.txt", lambda t: t.replace("'≥36万株'", "'≥35万株'")),
    ),
    (
        "blind31_02.pipe_bare.txt",
        "two cells merged (a ` | ` removed)",
        lambda: edit_text("blind31_02.pipe_bare.txt", lambda t: t.replace(" | 有机肥施用量", "有机肥施用量", 1)),
    ),
    (
        "blind31_03.tab.tsv",
        "a quoted cell emptied",
        lambda: edit_text("blind31_03.tab.tsv", lambda t: t.replace('"至少1项"', '""', 1)),
    ),
    ("blind31_04.csv", "the UTF-8 BOM removed", lambda: edit_text("blind31_04.csv", lambda t: t[1:])),
    (
        "blind31_05.lines.txt",
        "one empty line (an empty cell) removed",
        lambda: edit_text("blind31_05.lines.txt", lambda t: t.replace("\n\n", "\n", 1)),
    ),
    (
        "blind31_06.lines_dropped.txt",
        "two cell lines swapped",
        lambda: edit_text("blind31_06.lines_dropped.txt", lambda t: swap_lines(t, 30)),
    ),
    (
        "blind31_07.aligned_top.txt",
        "a % sign deleted",
        lambda: edit_text("blind31_07.aligned_top.txt", lambda t: t.replace("≥98%", "≥98", 1)),
    ),
    (
        "blind31_08.aligned_centered.txt",
        "a grid line duplicated",
        lambda: edit_text("blind31_08.aligned_centered.txt", lambda t: dup_line(t, lambda x: "新建产地冷库" in x)),
    ),
    (
        "blind31_01.flat.txt",
        "a row line deleted",
        lambda: edit_text("blind31_01.flat.txt", lambda t: drop_line(t, lambda x: x.startswith("田间道路硬化"))),
    ),
    (
        "blind31_02.oneline.txt",
        "≥ replaced by >",
        lambda: edit_text("blind31_02.oneline.txt", lambda t: t.replace("≥", ">", 1)),
    ),
    ("blind31_03.xlsx", "a cell changed (1批 → 1 批)", lambda: damage_xlsx("blind31_03.xlsx")),
    ("blind31_04.docx", "a cell changed (≥20款 → ≥2O款, letter O)", lambda: damage_docx("blind31_04.docx")),
    (
        "blind31_05.csv",
        "one CRLF row end turned into LF",
        lambda: edit_text("blind31_05.csv", lambda t: t.replace("\r\n", "\n", 1)),
    ),
    (
        "blind31_06.pipe.txt",
        "a table row deleted",
        lambda: edit_text("blind31_06.pipe.txt", lambda t: drop_line(t, lambda x: "'ZB005'" in x)),
    ),
]


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    src = os.path.join(HERE, "docs")
    for f in os.listdir(src):
        if not f.endswith((".pdf", ".pdftotext.txt")):
            shutil.copy(os.path.join(src, f), OUT)
    for name, what, fn in DAMAGES:
        fn()
    out = subprocess.run(
        [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_shapes.py"), HERE, OUT],
        capture_output=True,
        text=True,
    ).stdout
    failed = {line.split()[1] for line in out.splitlines() if line.startswith("FAIL ")}
    reported = 0
    for name, what, _ in DAMAGES:
        ok = name in failed
        reported += ok
        print("%-34s %-45s %s" % (name, what, "reported" if ok else "NOT REPORTED"))
    spurious = failed - {n for n, _, _ in DAMAGES}
    print(
        "%d damages in %d files, %d reported; spurious reports: %d"
        % (len(DAMAGES), len({n for n, _, _ in DAMAGES}), reported, len(spurious))
    )


if __name__ == "__main__":
    main()
