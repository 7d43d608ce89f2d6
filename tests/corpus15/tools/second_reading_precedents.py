import glob, json, re, sys

pat = re.compile(sys.argv[1])
for f in sorted(glob.glob("/work/main/tests/corpus*/expected/*.json")):
    if "/corpus15/" in f:
        continue
    for p in json.load(open(f))["projects"]:
        for i in p["indicators"]:
            raw = i["annual_raw"] or ""
            if pat.search(raw):
                a = i["annual"]
                print(
                    f.split("/")[-3],
                    f.split("/")[-1][:-5],
                    "|",
                    raw,
                    "|",
                    a["kind"],
                    a["comparator"],
                    a["value"],
                    a["value_max"],
                    a["unit"],
                    a["per"],
                    "|",
                    (i.get("doubt") or "")[:150],
                )
