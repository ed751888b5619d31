"""Logs in through the public API (OTP from the outbox), creates a business and N parties.

Usage: seed_business.py BASE_URL OUTBOX_FILE PARTIES [ITEMS ITEMS_FILE]
Creates ITEMS items with a large opening stock and writes their ids, one a line, to ITEMS_FILE.
Prints: ACCESS_TOKEN BUSINESS_ID FIRST_PARTY_ID
"""
import json
import sys
import http.client
from urllib.parse import urlparse

base, outbox, parties = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def call(method, path, body=None, headers=None):
    conn.request(method, path, json.dumps(body) if body is not None else None,
                 {"Content-Type": "application/json", **(headers or {})})
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path}: {response.status} {data!r}")
    return json.loads(data) if data else None


phone = "6999999999"
otp_id = call("POST", "/api/v1/auth/send-otp", {"phone": phone, "purpose": "login"})["otp_id"]
otp = next(json.loads(line)["otp"] for line in open(outbox) if json.loads(line)["otp_id"] == otp_id)
token = call("POST", "/api/v1/auth/verify-otp", {"phone": phone, "otp": otp, "otp_id": otp_id})["tokens"]["access_token"]
auth = {"Authorization": "Bearer " + token}
business = call("POST", "/api/v1/businesses", {"name": "Bench Traders", "state": "Maharashtra"}, auth)["id"]
tenant = {**auth, "x-business-id": business}
first_party = None
for i in range(parties):
    created = call("POST", "/api/v1/parties", {"name": f"Customer {i:03d}", "type": "customer", "phone": f"98{i:08d}",
                                     "billing_state": "Karnataka", "opening_balance": i * 10}, tenant)
    first_party = first_party or created["id"]
if len(sys.argv) > 5:
    with open(sys.argv[5], "w") as ids:
        for i in range(int(sys.argv[4])):
            item = call("POST", "/api/v1/items", {"name": f"Item {i:03d}", "tax_rate": 18, "selling_price": 100,
                                                  "purchase_price": 70, "current_stock": 1000000}, tenant)
            ids.write(item["id"] + "\n")
print(token, business, first_party)
