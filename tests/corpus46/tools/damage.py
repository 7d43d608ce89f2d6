"""A damaged copy (/tmp/b46dmg) with 14 damages in 14 files; check_shapes must report every one and nothing else."""

import os, shutil, subprocess, sys

H = os.path.abspath(sys.argv[1])
T = "/tmp/b46dmg"
shutil.rmtree(T, ignore_errors=True)
shutil.copytree(os.path.join(H, "data"), T + "/data")
shutil.copytree(os.path.join(H, "docs"), T + "/docs")


def sub(f, a, b, enc="utf-8"):
    p = os.path.join(T, "docs", f)
    s = open(p, encoding=enc, newline="").read()
    assert a in s, (f, a)
    open(p, "w", encoding=enc, newline="").write(s.replace(a, b, 1))


D = [
    ("blind46_01.pipe.txt", "≥99.5%", "≥995%"),
    ("blind46_01.pipe_bare.txt", "二〇二五年十月底前", "二〇二五年十月底"),
    ("blind46_02.tab.tsv", "2,650", "2650"),
    ("blind46_02.lines.txt", "次/万次开关门", "次/万次"),
    ("blind46_03.lines_dropped.txt", "本年度未纳入", "本年度未"),
    ("blind46_03.aligned_top.txt", "1.2万户", "1.2户"),
    ("blind46_04.aligned_centered.txt", "九成五以上", "九成以上"),
    ("blind46_04.flat.txt", "≥九十%", "≥九%"),
    ("blind46_05.oneline.txt", "0.36GJ/㎡", "0.36GJ"),
    ("blind46_06.csv", "LH07", "LH7"),
    ("blind46_06.pipe.txt", "第十一", "第十"),
    ("blind46_07.tab.tsv", "≤65dB(A)", "≤65dB"),
    ("blind46_08.pipe_bare.txt", "本年不列", "本年"),
    ("blind46_08.lines.txt", "＜", "<"),
]
for f, a, b in D:
    sub(f, a, b, "utf-8-sig" if f.endswith(".csv") else "utf-8")
out = subprocess.run(
    [sys.executable, os.path.join(os.path.dirname(__file__), "check_shapes.py"), T], capture_output=True, text=True
).stdout
shapes = {(f.split(".")[0], f.split(".")[1]) for f, a, b in D}
rep = {(d, k) for d, k in eval(out.split("BAD", 1)[1])} if "BAD" in out else set()
print("damages", len(D), "reported", len(shapes & rep), "spurious", len(rep - shapes), "missed", sorted(shapes - rep))
