"""How the writes of one run were grouped, from the suite's /prometheus before and after it.

Usage: group_figures.py snapshot BASE_URL OUT_FILE
       group_figures.py add BEFORE_FILE BASE_URL RUN_JSON

`snapshot` saves the group-commit meters; `add` reads them again and adds to RUN_JSON the run's
groups (transactions that committed a group), group_mean (requests per group) and alone
(requests run alone after their group's transaction failed). A run with no group adds zeros.
"""
import json
import sys
import urllib.request

METERS = ("bizsuite_group_commit_size_count", "bizsuite_group_commit_size_sum", "bizsuite_group_commit_alone_total")


def read(base):
    values = dict.fromkeys(METERS, 0.0)
    with urllib.request.urlopen(base + "/prometheus", timeout=10) as answer:
        for line in answer.read().decode().splitlines():
            if line.startswith("#"):
                continue
            name, _, value = line.rpartition(" ")
            name = name.split("{", 1)[0]
            if name in values:
                values[name] += float(value)
    return values


def main():
    if sys.argv[1] == "snapshot":
        with open(sys.argv[3], "w") as out:
            json.dump(read(sys.argv[2]), out)
        return
    with open(sys.argv[2]) as before_file:
        before = json.load(before_file)
    after = read(sys.argv[3])
    delta = {name: after[name] - before.get(name, 0.0) for name in METERS}
    with open(sys.argv[4]) as run_file:
        run = json.load(run_file)
    groups = int(delta["bizsuite_group_commit_size_count"])
    run["groups"] = groups
    run["group_mean"] = round(delta["bizsuite_group_commit_size_sum"] / groups, 2) if groups else 0
    run["alone"] = int(delta["bizsuite_group_commit_alone_total"])
    with open(sys.argv[4], "w") as run_file:
        json.dump(run, run_file)


if __name__ == "__main__":
    main()
