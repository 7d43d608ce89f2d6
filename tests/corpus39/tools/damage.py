"""blind39: a damaged copy (/tmp/b39dmg) with 14 damages; check_shapes must report every one (and nothing else)."""

import io, os, shutil, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_shapes

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DST = "/tmp/b39dmg"
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(os.path.join(SRC, "data"), os.path.join(DST, "data"))
shutil.copytree(os.path.join(SRC, "docs"), os.path.join(DST, "docs"))


def sub(doc, suf, old, new, count=1):
    p = os.path.join(DST, "docs", doc + suf)
    b = open(p, "rb").read()
    assert old in b, (doc, suf, old)
    open(p, "wb").write(b.replace(old, new, count))


def zsub(doc, suf, member_pred, old, new):
    p = os.path.join(DST, "docs", doc + suf)
    zin = zipfile.ZipFile(p)
    out = io.BytesIO()
    done = False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            b = zin.read(i.filename)
            if member_pred(i.filename) and old in b and not done:
                b, done = b.replace(old, new, 1), True
            z.writestr(i, b)
    assert done, (doc, suf, old)
    open(p, "wb").write(out.getvalue())


U = lambda s: s.encode()
DAMAGES = [
    (
        "blind39_01",
        ".tab.tsv",
        lambda: sub("blind39_01", ".tab.tsv", U("不少于二十台"), U("不少于二台")),
        "a Chinese numeral dropped",
    ),
    (
        "blind39_02",
        ".csv",
        lambda: sub("blind39_02", ".csv", U('"2,300"'), U('"2300"')),
        "a thousands separator removed",
    ),
    (
        "blind39_03",
        ".pipe.txt",
        lambda: sub("blind39_03", ".pipe.txt", U("（４０～５０分）"), U("（４０～５０）")),
        "points' 分 cut",
    ),
    (
        "blind39_04",
        ".pipe_bare.txt",
        lambda: sub("blind39_04", ".pipe_bare.txt", U("|计划标准|"), U("计划标准|")),
        "a bar removed",
    ),
    (
        "blind39_05",
        ".lines.txt",
        lambda: sub("blind39_05", ".lines.txt", U("低于0.1‰\n"), U("低于0.1\n")),
        "a unit dropped",
    ),
    (
        "blind39_06",
        ".lines_dropped.txt",
        lambda: sub("blind39_06", ".lines_dropped.txt", U("CC-04\n"), U("")),
        "a line removed",
    ),
    ("blind39_07", ".flat.txt", lambda: sub("blind39_07", ".flat.txt", U("8-10家"), U("8-1家")), "a digit dropped"),
    (
        "blind39_08",
        ".oneline.txt",
        lambda: sub("blind39_08", ".oneline.txt", U("逻辑符号"), U("逻辑符")),
        "a header cut",
    ),
    (
        "blind39_01",
        ".aligned_top.txt",
        lambda: sub("blind39_01", ".aligned_top.txt", U("18.5km"), U("18.5k")),
        "a unit cut in aligned text",
    ),
    (
        "blind39_02",
        ".aligned_centered.txt",
        lambda: sub("blind39_02", ".aligned_centered.txt", U("mg/L"), U("mg")),
        "a unit cut",
    ),
    ("blind39_03", ".tab.tsv", lambda: sub("blind39_03", ".tab.tsv", U("\r\n"), U("\n")), "CRLF → LF on one row"),
    ("blind39_04", ".csv", lambda: sub("blind39_04", ".csv", b"\xef\xbb\xbf", b""), "the BOM removed"),
    (
        "blind39_05",
        ".xlsx",
        lambda: zsub("blind39_05", ".xlsx", lambda n: n.startswith("xl/worksheets/"), U(">93.2%<"), U(">93%<")),
        "a sheet cell changed",
    ),
    (
        "blind39_06",
        ".docx",
        lambda: zsub("blind39_06", ".docx", lambda n: n == "word/document.xml", U("≥六成"), U("≥六")),
        "a docx cell changed",
    ),
]
for _, _, f, _ in DAMAGES:
    f()
check_shapes.HERE = DST
reported = 0
spurious = []
hit = {}
for doc in sorted({d for d, *_ in DAMAGES} | {"blind39_%02d" % i for i in range(1, 9)}):
    hit[doc] = check_shapes.check(doc)
for doc, suf, _, what in DAMAGES:
    key = {
        ".tab.tsv": "tab",
        ".csv": "csv",
        ".pipe.txt": "pipe:",
        ".pipe_bare.txt": "pipe_bare",
        ".lines.txt": "lines:",
        ".lines_dropped.txt": "lines_dropped",
        ".flat.txt": "flat",
        ".oneline.txt": "oneline",
        ".aligned_top.txt": "aligned_top",
        ".aligned_centered.txt": "aligned_centered",
        ".xlsx": "xlsx",
        ".docx": "docx",
    }[suf]
    ok = any(m.startswith(key) for m in hit[doc])
    reported += ok
    print("%-12s %-22s %-34s %s" % (doc, suf, what, "REPORTED" if ok else "MISSED"))
n_msgs = sum(len(v) for v in hit.values())
print("%d damages in %d files, %d reported, %d messages in all" % (len(DAMAGES), len(DAMAGES), reported, n_msgs))
