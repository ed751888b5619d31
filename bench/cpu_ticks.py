"""CPU time used so far by named groups of processes, for CPU-per-request figures.

    python3 bench/cpu_ticks.py NAME=PATTERN ... > snapshot.json

Each PATTERN is matched against the full command line of every process (as `pgrep -f` does);
a group's figure is the user plus system time of its matching processes and of their children
that have exited and been waited for, in milliseconds. `postgres` as a pattern also counts
every process run by the user postgres, so short-lived backends are included.

    python3 bench/cpu_ticks.py --diff BEFORE.json AFTER.json REQUESTS

prints, per group, the milliseconds of CPU per request between the two snapshots.
"""
import json
import os
import pwd
import sys

TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def processes():
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            uid = os.stat(f"/proc/{entry}").st_uid
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # after the command: state is fields[0]; utime, stime, cutime, cstime are stat fields 14-17
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
        yield cmdline, uid, ticks


def snapshot(groups):
    try:
        postgres_uid = pwd.getpwnam("postgres").pw_uid
    except KeyError:
        postgres_uid = None
    totals = {name: 0.0 for name, _ in groups}
    for cmdline, uid, ticks in processes():
        for name, pattern in groups:
            if pattern in cmdline or (pattern == "postgres" and uid == postgres_uid):
                totals[name] += ticks * TICK_MS
    return totals


def main(argv):
    if argv and argv[0] == "--diff":
        before, after = (json.load(open(path)) for path in argv[1:3])
        requests = max(1, int(argv[3]))
        print(json.dumps({name: round((after[name] - before[name]) / requests, 3) for name in after}))
        return
    groups = [arg.split("=", 1) for arg in argv]
    print(json.dumps(snapshot(groups)))


if __name__ == "__main__":
    main(sys.argv[1:])
