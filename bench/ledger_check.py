"""Checks that an item's stock equals the sum of its ledger, through the public API.

Usage: ledger_check.py BASE_URL TOKEN BUSINESS_ID ITEM_ID
Prints: {"item": ..., "stock": ..., "ledger_sum": ..., "rows": ..., "equal": true|false}
"""
import json
import sys
import http.client
from decimal import Decimal
from urllib.parse import urlparse

base, token, business, item = sys.argv[1:5]
url = urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
headers = {"Authorization": "Bearer " + token, "x-business-id": business}


def get(path):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    return json.loads(response.read())


stock = Decimal(get(f"/api/v1/items/{item}")["current_stock"])
total, rows, page = Decimal(0), 0, 1
while True:
    batch = get(f"/api/v1/stock/items/{item}/history?limit=200&page={page}")
    total += sum(Decimal(r["quantity"]) for r in batch)
    rows += len(batch)
    if len(batch) < 200:
        break
    page += 1
print(json.dumps({"item": item, "stock": str(stock), "ledger_sum": str(total), "rows": rows, "equal": stock == total}))
