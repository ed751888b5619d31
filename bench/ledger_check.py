"""Checks that an item's stock equals the sum of its ledger, through the public API: each history row
changed the stock by its new_stock less its previous_stock.

Usage: ledger_check.py BASE_URL TOKEN BUSINESS_ID ITEM_ID
Prints: {"item": ..., "stock": ..., "ledger_sum": ..., "rows": ..., "equal": true|false}
"""
import json
import sys
from decimal import Decimal

from api import Api


def ledger_check(api, item):
    stock = Decimal(api.call("GET", f"/api/v1/items/{item}")["current_stock"])
    total, rows, page = Decimal(0), 0, 1
    while True:
        batch = api.call("GET", f"/api/v1/stock/items/{item}/history?limit=200&page={page}")
        total += sum(Decimal(r["new_stock"]) - Decimal(r["previous_stock"]) for r in batch)
        rows += len(batch)
        if len(batch) < 200:
            break
        page += 1
    return {"item": item, "stock": str(stock), "ledger_sum": str(total), "rows": rows, "equal": stock == total}


if __name__ == "__main__":
    base, token, business, item = sys.argv[1:5]
    print(json.dumps(ledger_check(Api(base, token, business), item)))
