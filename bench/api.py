"""A small client for the suite's public API, shared by the bench scripts (python3 standard library only).

One keep-alive connection per thread. A request that fails on the socket is retried once on a
fresh connection when it is safe: GETs, and POSTs that carry an Idempotency-Key.

Command line, used by run.sh to get a fresh access token before each scenario:
    api.py login BASE_URL OUTBOX_FILE PHONE      prints the access token
"""
import http.client
import json
import sys
import threading
import time
from urllib.parse import urlparse


class ApiError(Exception):
    def __init__(self, method, path, status, body):
        super().__init__(f"{method} {path}: {status} {body[:500]!r}")
        self.status = status


class Api:
    def __init__(self, base, token=None, business=None, timeout=30):
        url = urlparse(base)
        self.host, self.port, self.timeout = url.hostname, url.port, timeout
        self.headers = {"Content-Type": "application/json"}
        if token:
            self.headers["Authorization"] = "Bearer " + token
        if business:
            self.headers["x-business-id"] = business
        self._local = threading.local()

    def _connection(self, fresh=False):
        conn = getattr(self._local, "conn", None)
        if conn is None or fresh:
            if conn is not None:
                conn.close()
            conn = self._local.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return conn

    def request(self, method, path, body=None, key=None):
        """Returns (status, parsed body or None). Raises OSError/HTTPException when the socket fails twice."""
        headers = dict(self.headers)
        if key:
            headers["Idempotency-Key"] = key
        payload = json.dumps(body) if body is not None else None
        retry = method == "GET" or key is not None
        for attempt in (1, 2):
            conn = self._connection(fresh=attempt == 2)
            try:
                conn.request(method, path, payload, headers)
                response = conn.getresponse()
                data = response.read()
                break
            except (OSError, http.client.HTTPException):
                conn.close()
                self._local.conn = None
                if attempt == 2 or not retry:
                    raise
        return response.status, (json.loads(data) if data else None)

    def call(self, method, path, body=None, key=None):
        """Like request, but any status outside 2xx raises ApiError."""
        status, data = self.request(method, path, body, key)
        if not 200 <= status < 300:
            raise ApiError(method, path, status, json.dumps(data) if data is not None else "")
        return data


def otp_from_outbox(outbox, otp_id, wait_seconds=5.0):
    """The OTP the suite wrote to its development outbox for otp_id."""
    deadline = time.monotonic() + wait_seconds
    while True:
        with open(outbox) as lines:
            for line in lines:
                entry = json.loads(line)
                if entry["otp_id"] == otp_id:
                    return entry["otp"]
        if time.monotonic() > deadline:
            raise SystemExit(f"OTP {otp_id} not found in {outbox}")
        time.sleep(0.05)


def login(base, outbox, phone):
    """Logs a phone in through send-otp and verify-otp; returns the access token."""
    api = Api(base)
    otp_id = api.call("POST", "/api/v1/auth/send-otp", {"phone": phone, "purpose": "login"})["otp_id"]
    otp = otp_from_outbox(outbox, otp_id)
    return api.call("POST", "/api/v1/auth/verify-otp", {"phone": phone, "otp": otp, "otp_id": otp_id})["tokens"]["access_token"]


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "login":
        raise SystemExit(__doc__)
    print(login(*sys.argv[2:5]))
