"""Load for scripts/rehearse-blue-green.sh: logged-in reads and writes through the proxy until SIGTERM,
CLIENTS at a time, each client pausing PAUSE seconds between its requests; every answer counted.

Usage: rehearse-load.py BASE_URL SEED_DIR PHASE_FILE STATUS_FILE [--clients 4] [--pause 0.01]

SEED_DIR is what bench/seed_business.py wrote (seed.json with the token and business, parties.txt,
items.txt). Each client loops over GET /api/v1/parties, GET /api/v1/items, GET /api/v1/invoices and
POST /api/v1/invoices (a sale of one to three items, issued at once: numbering, GST, stock movement,
party ledger and audit in one transaction), each request on a connection of its own (Connection: close)
and never retried: a status outside 2xx/3xx, a refused or reset connection or a time-out (15 s) is a
failure. A request counts in the phase named in PHASE_FILE when it starts, and under the colour the
proxy names in its X-Bizsuite-Colour header. STATUS_FILE is rewritten every quarter second (and last on
exit) as JSON: {"requests", "failures", "phases": {name: {"requests", "failures", "colours": {...},
"max_ms", "started", "ended"}}}; each failure is also appended as one line to STATUS_FILE.failures.
"""
import argparse
import datetime
import http.client
import json
import os
import random
import signal
import threading
import time
from urllib.parse import urlparse

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("seed_dir")
parser.add_argument("phase_file")
parser.add_argument("status_file")
parser.add_argument("--clients", type=int, default=4)
parser.add_argument("--pause", type=float, default=0.01)
args = parser.parse_args()

url = urlparse(args.base)
with open(os.path.join(args.seed_dir, "seed.json")) as f:
    seed = json.load(f)
with open(os.path.join(args.seed_dir, "parties.txt")) as f:
    parties = f.read().split()
with open(os.path.join(args.seed_dir, "items.txt")) as f:
    items = f.read().split()
headers = {"Authorization": "Bearer " + seed["token"], "x-business-id": seed["business"],
           "Content-Type": "application/json", "Connection": "close"}
today = datetime.date.today().isoformat()

stop = threading.Event()
lock = threading.Lock()
phases = {}
totals = {"requests": 0, "failures": 0}
failures_log = open(args.status_file + ".failures", "a", buffering=1)


def current_phase():
    try:
        with open(args.phase_file) as f:
            return f.read().strip() or "-"
    except OSError:
        return "-"


def next_request(rng):
    kind = rng.choice(["parties", "parties", "items", "invoices", "invoice-issue", "invoice-issue"])
    if kind == "parties":
        return "GET", "/api/v1/parties?limit=20", None
    if kind == "items":
        return "GET", "/api/v1/items?limit=20", None
    if kind == "invoices":
        return "GET", "/api/v1/invoices?limit=10", None
    lines = [{"item_id": item, "quantity": 1, "unit_price": "100.00"} for item in rng.sample(items, rng.randint(1, 3))]
    return "POST", "/api/v1/invoices", json.dumps({"party_id": rng.choice(parties), "invoice_type": "sale",
                                                   "invoice_date": today, "items": lines})


def send(method, path, body):
    """(status or None, colour, error text or None)"""
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=15)
    try:
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        data = response.read()
        colour = response.getheader("X-Bizsuite-Colour") or "none"
        if 200 <= response.status < 400:
            return response.status, colour, None
        return response.status, colour, f"{response.status} {data[:300]!r}"
    except (OSError, http.client.HTTPException) as e:
        return None, "none", f"{type(e).__name__}: {e}"
    finally:
        conn.close()


def record(phase, colour, millis, error, method, path):
    with lock:
        entry = phases.setdefault(phase, {"requests": 0, "failures": 0, "colours": {}, "max_ms": 0,
                                          "started": time.time(), "ended": time.time()})
        entry["requests"] += 1
        entry["colours"][colour] = entry["colours"].get(colour, 0) + 1
        entry["max_ms"] = max(entry["max_ms"], round(millis))
        entry["ended"] = time.time()
        totals["requests"] += 1
        if error is not None:
            entry["failures"] += 1
            totals["failures"] += 1
            failures_log.write(f"{datetime.datetime.now().isoformat(timespec='milliseconds')} {phase} {colour} "
                               f"{method} {path} {round(millis)} ms: {error}\n")


def client(number):
    rng = random.Random(number)
    while not stop.is_set():
        phase = current_phase()
        method, path, body = next_request(rng)
        started = time.perf_counter()
        _, colour, error = send(method, path, body)
        record(phase, colour, (time.perf_counter() - started) * 1000, error, method, path)
        stop.wait(args.pause)


def write_status():
    with lock:
        text = json.dumps({**totals, "phases": phases})
    with open(args.status_file + ".tmp", "w") as f:
        f.write(text)
    os.replace(args.status_file + ".tmp", args.status_file)


signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
clients = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.clients)]
for thread in clients:
    thread.start()
while not stop.wait(0.25):
    write_status()
for thread in clients:
    thread.join(20)
write_status()
