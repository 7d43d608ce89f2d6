"""A damaged copy of docs/ in /tmp/b30dmg: 14 damages (one per file), each must be reported by check_shapes."""

import os, shutil, subprocess, sys

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
D = "/tmp/b30dmg"
shutil.rmtree(D, ignore_errors=True)
shutil.copytree(os.path.join(HERE, "docs"), D)
DAMAGES = [  # (doc, ext, old, new)
    ("blind30_01", ".tab.tsv", "不少于三百二十亩", "不少于三百二亩"),
    ("blind30_01", ".csv", "≥60万株", "≥6万株"),
    ("blind30_02", ".lines.txt", "大于或等于", "大于等于"),
    ("blind30_02", ".lines_dropped.txt", "3-4", "3～4"),
    ("blind30_03", ".flat.txt", "1.5万人次左右", "1.5万人次"),
    ("blind30_03", ".oneline.txt", "暂不设置", "暂不设"),
    ("blind30_04", ".pipe.txt", "百分之百", "百分百"),
    ("blind30_04", ".pipe_bare.txt", "台风季前", "台风季"),
    ("blind30_05", ".aligned_top.txt", "零死亡", "零伤亡"),
    ("blind30_05", ".aligned_centered.txt", "15:1～20:1", "15:1～20"),
    ("blind30_06", ".tab.tsv", "二〇二五年十月底前", "二〇二五年十月前"),
    ("blind30_07", ".csv", "八成以上", "八成"),
    ("blind30_08", ".lines.txt", "不晚于", "不迟于"),
    ("blind30_08", ".flat.txt", "3月1日-4月30日", "3月1日-4月3日"),
]
for doc, ext, old, new in DAMAGES:
    p = os.path.join(D, doc + ext)
    s = open(p, encoding="utf-8", newline="").read()
    assert s.count(old) >= 1, (doc, ext, old)
    open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
out = subprocess.run(
    [sys.executable, os.path.join(HERE, "tools", "check_shapes.py"), HERE, D], capture_output=True, text=True
).stdout
print(out)
reported = sum(
    1
    for doc, ext, o, n in DAMAGES
    if any(ln.startswith(doc) and ("'%s'" % ext.split(".")[1] in ln or "'%s'" % ext in ln) for ln in out.splitlines())
)
print("%d damages in %d files, %d reported" % (len(DAMAGES), len(DAMAGES), reported))
