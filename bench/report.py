"""Builds the results of one bench run from the files run.sh left in its work directory.

Usage: report.py WORK_DIR OUT_DIR STAMP
Reads WORK_DIR/figures.txt ("key value" lines: start times, RSS, versions, settings),
WORK_DIR/seed/seed.json, WORK_DIR/scenarios/*/ (scenario.txt "key value" lines, warmup.json,
run1.json ... as written by common.lua's done() or login_pairs.py), WORK_DIR/checks.json and
WORK_DIR/pgss.tsv (top statements from pg_stat_statements) and WORK_DIR/suite-load.log (what the
suite logged during the load, JSON lines; its warnings and errors are counted by logger and message).

Per scenario it reports the run with the median req/s (the lower middle one for an even count)
and, as non2xx and errors, the totals over every run of the scenario, warm-up included. Adds one
check per scenario (no response outside 2xx, no socket error or timeout), writes
OUT_DIR/STAMP.json and OUT_DIR/STAMP.md, prints the Markdown and the failed checks, and exits 1
when any check failed.
"""
import glob
import json
import os
import platform
import sys

work, out_dir, stamp = sys.argv[1:4]


def key_values(path):
    values = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(" ")
            values[key] = value
    return values


def number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value if value != "" else None


def read_json(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return json.load(f)


def machine():
    info = {"cores": os.cpu_count(), "kernel": platform.release()}
    with open("/proc/cpuinfo") as f:
        info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), None)
    with open("/proc/meminfo") as f:
        kib = next(int(line.split()[1]) for line in f if line.startswith("MemTotal"))
    info["memory_gib"] = round(kib / 1024 / 1024, 1)
    return info


figures = {k: number(v) for k, v in key_values(os.path.join(work, "figures.txt")).items()}
seed = read_json(os.path.join(work, "seed", "seed.json"), {})
seed.pop("token", None)

scenarios = []
for directory in sorted(glob.glob(os.path.join(work, "scenarios", "*"))):
    meta = key_values(os.path.join(directory, "scenario.txt"))
    runs = [read_json(path) for path in sorted(glob.glob(os.path.join(directory, "run*.json")),
                                               key=lambda p: int(os.path.basename(p)[3:-5]))]
    warmup = read_json(os.path.join(directory, "warmup.json"))
    every = runs + ([warmup] if warmup else [])
    median = sorted(runs, key=lambda r: r["rps"])[(len(runs) - 1) // 2] if runs else {}
    scenarios.append({
        "name": meta["name"], "label": meta["label"], "connections": int(meta["connections"]),
        "threads": number(meta.get("threads")), "request": meta.get("request"), "unit": meta.get("unit", "req/s"),
        "rps": median.get("rps"), "p50_ms": median.get("p50_ms"), "p99_ms": median.get("p99_ms"),
        "non2xx": sum(r["non2xx"] for r in every), "errors": sum(r["errors"] for r in every),
        "rss_mb": number(meta.get("rss_mb")), "median_run": runs.index(median) + 1 if runs else None,
        "runs": runs, "warmup": warmup})

checks = read_json(os.path.join(work, "checks.json"), [{"name": "checks_ran", "ok": False, "detail": "checks.py left no result"}])
for s in scenarios:
    measured = len(s["runs"]) > 0
    checks.append({"name": f"no_errors:{s['name']}", "ok": measured and s["non2xx"] == 0 and s["errors"] == 0,
                   "detail": {"non2xx": s["non2xx"], "errors": s["errors"]} if measured else "no run was measured"})

top = []
pgss = os.path.join(work, "pgss.tsv")
if os.path.exists(pgss):
    with open(pgss) as f:
        for line in f:
            calls, total_ms, mean_ms, rows, query = line.rstrip("\n").split("\t", 4)
            top.append({"calls": int(calls), "total_ms": float(total_ms), "mean_ms": float(mean_ms), "rows": int(rows), "query": query})

log_problems = {}
load_log = os.path.join(work, "suite-load.log")
if os.path.exists(load_log):
    with open(load_log, errors="replace") as f:
        for line in f:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("level") in ("WARN", "ERROR"):
                key = (entry["level"], entry.get("loggerName", "?"), (entry.get("formattedMessage") or "")[:300])
                log_problems[key] = log_problems.get(key, 0) + 1
server_log = [{"level": level, "logger": logger, "message": message, "count": count}
              for (level, logger, message), count in sorted(log_problems.items(), key=lambda kv: -kv[1])]

ok = all(c["ok"] for c in checks)
result = {
    "timestamp": stamp, "mode": figures.get("mode"), "ok": ok,
    "settings": {k: figures.get(k) for k in ("duration", "warmup", "prewarm", "runs", "pairs", "wrk_timeout", "java_opts", "aot",
                                              "start_opts")},
    "machine": machine(),
    "software": {k: figures.get(k) for k in ("jdk", "postgresql", "redis", "wrk")} | {"python": platform.python_version()},
    "build": {k: figures.get(k) for k in ("git_commit", "git_dirty", "jar", "jar_sha256", "jar_mtime")},
    "seed": seed,
    "start": {k: figures.get(k) for k in ("first_start_ms", "restart_ms", "restart_all_ms", "rss_after_start_mb", "aot_start_ms",
                                           "aot_start_all_ms", "aot_start_rss_mb", "start_opts_ms", "start_opts_all_ms",
                                           "start_opts_rss_mb")},
    "rss_after_run_mb": figures.get("rss_after_run_mb"),
    "scenarios": [{k: v for k, v in s.items()} for s in scenarios],
    "checks": checks,
    "server_log_during_load": server_log,
    "pg_top_statements": top,
}


def fmt(value, digits=1):
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def starts(name):
    """ " (median of 3412, 3950, 3801)" when several starts were timed."""
    every = str(figures.get(name + "_all_ms") or "").split()
    return f" (median of {', '.join(every)})" if len(every) > 1 else ""


seed_text = f"{seed.get('parties', '?')} parties, {seed.get('items', '?')} items, {seed.get('invoices', '?')} issued invoices " \
            f"of 3 lines (seeded in {seed.get('seconds', '?')} s)"
lines = [
    f"# Bench {stamp} ({figures.get('mode')})",
    "",
    f"Machine: {result['machine']['cores']} cores ({result['machine']['cpu']}), {result['machine']['memory_gib']} GiB; "
    f"JDK: {figures.get('jdk')}; PostgreSQL: {figures.get('postgresql')}; Redis: {figures.get('redis')}; load from wrk "
    f"({figures.get('wrk')}) on the same cores.",
    f"Build: {figures.get('git_commit')}{' (uncommitted changes)' if figures.get('git_dirty') == 'yes' else ''}, "
    f"jar sha256 {str(figures.get('jar_sha256'))[:12]}; JAVA_OPTS: {'`' + figures['java_opts'] + '`' if figures.get('java_opts') else 'none'}.",
    f"Runs: {'' if figures.get('prewarm') in (0, '0', None) else 'a prewarm pass of ' + str(figures.get('prewarm')) + ' per scenario, then '}"
    f"{figures.get('runs')} of {figures.get('duration')} per scenario after "
    f"{'no warm-up' if figures.get('warmup') in (0, '0', None) else 'a ' + str(figures.get('warmup')) + ' warm-up'}, the median "
    f"req/s run shown; non-2xx and socket errors (timeout {figures.get('wrk_timeout')}) are totals over every run. Seed: {seed_text}.",
    "",
    f"Start to ready (restart, schema migrated): {fmt(figures.get('restart_ms'), 0)} ms{starts('restart')}; RSS after start "
    f"{figures.get('rss_after_start_mb')} MB, after the run {figures.get('rss_after_run_mb')} MB.",
]
if figures.get("aot_start_ms"):
    lines.append(f"With the AOT cache recorded by the first start (`-XX:AOTCache`): {fmt(figures.get('aot_start_ms'), 0)} ms{starts('aot_start')}, RSS after "
                 f"start {figures.get('aot_start_rss_mb')} MB.")
if figures.get("start_opts"):
    lines.append(f"With START_OPTS `{figures.get('start_opts')}`: {fmt(figures.get('start_opts_ms'), 0)} ms{starts('start_opts')}, RSS after start "
                 f"{figures.get('start_opts_rss_mb')} MB.")
lines += ["", "| scenario | connections | req/s | p50 | p99 | non-2xx | socket errors | server RSS |",
          "|---|---:|---:|---:|---:|---:|---:|---:|"]
for s in scenarios:
    rate = fmt(s["rps"]) + (" pairs/s" if s["unit"] == "pairs/s" else "")
    lines.append(f"| {s['label']} | {s['connections']} | {rate} | {fmt(s['p50_ms'], 2)} ms | {fmt(s['p99_ms'], 2)} ms | "
                 f"{s['non2xx']} | {s['errors']} | {s['rss_mb']} MB |")
grouped = [s for s in scenarios if len(s["runs"]) > 1 and any(r.get("groups") for r in s["runs"])]
if grouped:
    lines += ["", "Every run of the scenarios whose writes were grouped (spread: the fastest run less the slowest, "
                  "as a share of the median):", ""]
    for s in grouped:
        rates = [r["rps"] for r in s["runs"]]
        spread = (max(rates) - min(rates)) / s["rps"] * 100 if s["rps"] else 0
        runs_text = "; ".join(f"{fmt(r['rps'])}/s, p99 {fmt(r['p99_ms'], 1)} ms, groups of {r.get('group_mean', 0)}, "
                              f"{r.get('alone', 0)} alone" for r in s["runs"])
        lines.append(f"- {s['label']}, {s['connections']} connections: median {fmt(s['rps'])}/s, spread {spread:.0f} %: {runs_text}")
lines += ["", "Checks: " + ", ".join(f"{c['name']} {'ok' if c['ok'] else 'FAILED'}" for c in checks
                                       if not c["name"].startswith("no_errors:"))
          + f"; no non-2xx or socket error in {sum(1 for c in checks if c['name'].startswith('no_errors:') and c['ok'])}"
            f" of {len(scenarios)} scenarios."]
if server_log:
    lines += ["", "The suite logged during the load:", ""]
    lines += [f"- {e['count']} × {e['level']} {e['logger']}: {e['message']}" for e in server_log[:10]]
else:
    lines += ["", "The suite logged no warning or error during the load."]
if top:
    lines += ["", "Top statements by total time during the load (pg_stat_statements):", "",
              "| calls | total ms | mean ms | query |", "|---:|---:|---:|---|"]
    for t in top:
        query = t["query"].replace("|", "\\|")
        lines.append(f"| {t['calls']:,} | {t['total_ms']:,.0f} | {t['mean_ms']:.3f} | `{query}` |")
markdown = "\n".join(lines) + "\n"

os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, stamp + ".json"), "w") as f:
    json.dump(result, f, indent=2)
    f.write("\n")
with open(os.path.join(out_dir, stamp + ".md"), "w") as f:
    f.write(markdown)
print(markdown)
for c in checks:
    if not c["ok"]:
        print(f"FAILED {c['name']}: {json.dumps(c['detail'])}", file=sys.stderr)
sys.exit(0 if ok else 1)
