"""Login throughput: send-otp for N phones, read the OTPs from the outbox, verify them all.

Usage: login_pairs.py BASE_URL OUTBOX_FILE PAIRS THREADS
Prints one JSON object: pairs, seconds, rps (= pairs_per_second), p50_ms and p99_ms (per call,
both calls pooled), requests, non2xx (responses outside 2xx) and errors (socket errors and
timeouts). A pair whose send-otp failed is not verified.
"""
import http.client
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from api import Api, otp_from_outbox

base, outbox, pairs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
api = Api(base)


def call(path, body):
    """(status or None on a socket error, parsed body, milliseconds)"""
    started = time.perf_counter()
    try:
        status, data = api.request("POST", path, body)
    except (OSError, http.client.HTTPException):
        return None, None, (time.perf_counter() - started) * 1000
    return status, data, (time.perf_counter() - started) * 1000


phones = ["8%09d" % (i * 104729 % 1000000000) for i in range(pairs)]
start = time.perf_counter()
with ThreadPoolExecutor(threads) as pool:
    sent = list(pool.map(lambda p: call("/api/v1/auth/send-otp", {"phone": p, "purpose": "login"}), phones))
to_verify = [(phone, data["otp_id"]) for phone, (status, data, _) in zip(phones, sent) if status == 200]
codes = {otp_id: otp_from_outbox(outbox, otp_id) for _, otp_id in to_verify[-1:]}  # waits for the last line
with open(outbox) as f:
    for line in f:
        entry = json.loads(line)
        codes[entry["otp_id"]] = entry["otp"]
with ThreadPoolExecutor(threads) as pool:
    verified = list(pool.map(lambda p: call("/api/v1/auth/verify-otp", {"phone": p[0], "otp": codes[p[1]], "otp_id": p[1]}),
                             to_verify))
seconds = time.perf_counter() - start
calls = sent + verified
latencies = sorted(ms for status, _, ms in calls if status is not None)
print(json.dumps({
    "pairs": pairs, "seconds": round(seconds, 2), "rps": round(pairs / seconds, 1), "pairs_per_second": round(pairs / seconds, 1),
    "p50_ms": round(latencies[len(latencies) // 2], 2) if latencies else None,
    "p99_ms": round(latencies[int(len(latencies) * 0.99)], 2) if latencies else None,
    "requests": len(calls),
    "non2xx": sum(1 for status, _, _ in calls if status is not None and not 200 <= status < 300),
    "errors": sum(1 for status, _, _ in calls if status is None)}))
