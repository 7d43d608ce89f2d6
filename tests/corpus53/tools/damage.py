"""A damaged copy of docs/ in /tmp/b53dmg with 14 damages; check_shapes must report every one. Usage: damage.py CORPUS"""

import os, shutil, subprocess, sys, zipfile

HERE = os.path.abspath(sys.argv[1])
OUT = "/tmp/b53dmg"
shutil.rmtree(OUT, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), OUT)
# (file, encoding, old, new): each a realistic damage to one value or cell
D = [
    ("blind53_01.pipe.txt", "utf-8", "不少于三百名", "不少于三百"),
    ("blind53_01.pipe_bare.txt", "utf-8", "≧85%", "≧8%"),
    ("blind53_02.tab.tsv", "utf-8", "2,400", "2,40"),
    ("blind53_02.csv", "gb18030", "元/mL", "元/m"),
    ("blind53_03.lines.txt", "utf-8", "较上年提高2个百分点", "较上年提高2个"),
    ("blind53_03.lines_dropped.txt", "utf-8", "2025年10月31日前", "2025年10月31日"),
    ("blind53_04.aligned_top.txt", "utf-8", "≤3.8元/头份", "≤3.8元/头"),
    ("blind53_04.aligned_centered.txt", "utf-8", "九成以上", "九成以"),
    ("blind53_05.flat.txt", "utf-8", "800户左右", "800户左"),
    ("blind53_05.oneline.txt", "utf-8", "不低于每公斤48元", "不低于每公斤4元"),
    ("blind53_06.flat.txt", "utf-8", "低于万分之一", "低于万分一"),
    ("blind53_07.pdftotext.txt", "utf-8", "97.2%", "972%"),
]
for f, enc, old, new in D:
    p = os.path.join(OUT, f)
    s = open(p, "rb").read().decode(enc)
    assert old in s, (f, old)
    open(p, "wb").write(s.replace(old, new, 1).encode(enc))


# two in zip members (xlsx inline strings as character references, docx XML)
def zdamage(f, member, old, new):
    p = os.path.join(OUT, f)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as w:
        for i, data in items:
            if i.filename == member:
                assert old.encode() in data, (f, old)
                data = data.replace(old.encode(), new.encode(), 1)
            w.writestr(i, data)


import html


def ref(s):
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)


x = zipfile.ZipFile(os.path.join(OUT, "blind53_08.xlsx")).read("xl/worksheets/sheet1.xml").decode()
old = "万元/km" if "万元/km" in x else ref("万元/km")
zdamage("blind53_08.xlsx", "xl/worksheets/sheet1.xml", old, old.replace("km", "k"))
zdamage("blind53_06.docx", "word/document.xml", "约5.6万元", "约5.6万")
print("14 damages in 14 files")
r = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, OUT], capture_output=True, text=True
)
print(r.stdout)
fails = {l.split()[1] for l in r.stdout.splitlines() if l.startswith("FAIL")}
want = {f for f, *_ in D} | {"blind53_08.xlsx", "blind53_06.docx"}
print("reported %d of %d, spurious %d" % (len(fails & want), len(want), len(fails - want)))
