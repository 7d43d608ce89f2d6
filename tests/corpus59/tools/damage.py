"""A damaged copy of the corpus (/tmp/b59dmg) with 14 damages, each in its own file; check_shapes must report every
one and nothing else.  Usage: python tools/damage.py DIR"""

import os, shutil, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_shapes

SRC = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DST = "/tmp/b59dmg"
DAMAGES = [  # (doc, suffix, encoding or zip member, old, new)
    ("blind59_01", ".pipe.txt", "utf-8", "≥3.6万", "≥3.6"),
    ("blind59_02", ".pipe_bare.txt", "utf-8", "|1.2|", "|12|"),
    ("blind59_03", ".tab.tsv", "utf-8", "＜0.5‰", "＜0.5"),
    ("blind59_04", ".csv", "utf-8", '"15,000台"', '"15,00台"'),
    ("blind59_05", ".lines.txt", "utf-8", "27.5%", "27.5"),
    ("blind59_06", ".lines_dropped.txt", "utf-8", "2万元/所", "2元/所"),
    ("blind59_07", ".aligned_top.txt", "gb18030", "mg/m³", "mg/m"),
    ("blind59_08", ".aligned_centered.txt", "gb18030", "35km²", "35km"),
    ("blind59_01", ".flat.txt", "utf-8", "不超过四十五万元", "不超过四十五元"),
    ("blind59_02", ".oneline.txt", "utf-8", "3.2万人次", "32万人次"),
    ("blind59_03", ".pdftotext.txt", "utf-8", "≥100dB", "≥100"),
    ("blind59_04", ".lines.txt", "utf-8", "≤850元/只", "≤850元"),
    ("blind59_05", ".xlsx", "xl/worksheets/sheet1.xml", "93.6%", "93.8%"),
    ("blind59_06", ".docx", "word/document.xml", "约1.8万名", "约1.8名"),
]


def main():
    shutil.rmtree(DST, ignore_errors=True)
    shutil.copytree(SRC, DST, ignore=shutil.ignore_patterns("*.pdf"))
    for doc, suf, enc, old, new in DAMAGES:
        p = os.path.join(DST, "docs", doc + suf)
        if suf in (".xlsx", ".docx"):
            z = zipfile.ZipFile(p)
            items = [(i, z.read(i.filename)) for i in z.infolist()]
            z.close()
            with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
                for i, data in items:
                    if i.filename == enc:
                        t = data.decode("utf-8")
                        assert old in t, (doc, suf, old)
                        data = t.replace(old, new, 1).encode("utf-8")
                    out.writestr(i, data)
        else:
            t = open(p, "rb").read().decode(enc)
            assert old in t, (doc, suf, old)
            open(p, "wb").write(t.replace(old, new, 1).encode(enc))
    check_shapes.D = os.path.join(DST, "docs")
    import json

    reported = 0
    spurious = 0
    for doc in sorted({d[0] for d in DAMAGES}):
        bad = check_shapes.check(doc, json.load(open(os.path.join(DST, "data", doc + ".json"), encoding="utf-8")))
        want = {s for d, s, *_ in DAMAGES if d == doc}
        got = {b.split(":")[0] if b.startswith(".") else "." + b.replace("_", "_") for b in bad}
        got = {g if g.startswith(".") else g for g in got}
        names = {
            ".pipe": ".pipe.txt",
            ".pipe_bare": ".pipe_bare.txt",
            ".tab": ".tab.tsv",
            ".csv": ".csv",
            ".lines": ".lines.txt",
            ".lines_dropped": ".lines_dropped.txt",
            ".flat": ".flat.txt",
            ".oneline": ".oneline.txt",
        }
        got = {names.get(g, g) for g in got}
        reported += len(want & got)
        spurious += len(got - want)
        print(doc, "damaged:", sorted(want), "reported:", sorted(got))
    print(
        "%d damages in %d files, %d reported, %d spurious"
        % (len(DAMAGES), len({(d, s) for d, s, *_ in DAMAGES}), reported, spurious)
    )


if __name__ == "__main__":
    main()
