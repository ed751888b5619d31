"""Login throughput: send-otp for N phones, read the OTPs from the outbox, verify them all.

Usage: login_pairs.py BASE_URL OUTBOX_FILE PAIRS THREADS
Prints one JSON object: pairs, seconds, pairs_per_second, p50_ms, p99_ms, errors.
"""
import json
import sys
import threading
import time
import http.client
from urllib.parse import urlparse
from concurrent.futures import ThreadPoolExecutor

base, outbox, pairs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
url = urlparse(base)
local = threading.local()


def call(path, body):
    conn = getattr(local, "conn", None)
    if conn is None:
        conn = local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    started = time.perf_counter()
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    return response.status, data, (time.perf_counter() - started) * 1000


phones = ["8%09d" % (i * 104729 % 1000000000) for i in range(pairs)]
latencies, errors = [], 0
start = time.perf_counter()
with ThreadPoolExecutor(threads) as pool:
    sent = list(pool.map(lambda p: call("/api/v1/auth/send-otp", {"phone": p, "purpose": "login"}), phones))
otp_ids = []
for phone, (status, data, ms) in zip(phones, sent):
    latencies.append(ms)
    if status != 200:
        errors += 1
        continue
    otp_ids.append((phone, json.loads(data)["otp_id"]))
codes = {}
with open(outbox) as f:
    for line in f:
        entry = json.loads(line)
        codes[entry["otp_id"]] = entry["otp"]
with ThreadPoolExecutor(threads) as pool:
    verified = list(pool.map(lambda p: call("/api/v1/auth/verify-otp",
                                            {"phone": p[0], "otp": codes[p[1]], "otp_id": p[1]}), otp_ids))
seconds = time.perf_counter() - start
for status, _, ms in verified:
    latencies.append(ms)
    if status != 200:
        errors += 1
latencies.sort()
print(json.dumps({
    "pairs": pairs, "seconds": round(seconds, 2), "pairs_per_second": round(pairs / seconds, 1),
    "p50_ms": round(latencies[len(latencies) // 2], 2), "p99_ms": round(latencies[int(len(latencies) * 0.99)], 2),
    "errors": errors}))
