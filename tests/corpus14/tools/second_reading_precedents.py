import json, glob

out = open("/tmp/b14sr_tools/prec.tsv", "w")
for f in sorted(glob.glob("/work/main/tests/corpus*/expected/*.json")):
    c = f.split("/")[-3]
    for p in json.load(open(f))["projects"]:
        for i in p["indicators"]:
            a = i["annual"]
            out.write(
                "\t".join(
                    map(
                        str,
                        [
                            c,
                            f.split("/")[-1][:-5],
                            i["name"],
                            i.get("annual_raw"),
                            a["kind"],
                            a["comparator"],
                            a["value"],
                            a["value_max"],
                            a["unit"],
                            a["per"],
                            i.get("doubt", ""),
                        ],
                    )
                )
                + "\n"
            )
