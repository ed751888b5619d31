"""Correctness checks after the load, through the public API.

Usage: checks.py BASE_URL TOKEN BUSINESS_ID SEED_DIR FY SUITE_ALIVE(yes|no)
Prints a JSON list of {"name", "ok", "detail"}:
- suite_alive: the suite process was still running after the load;
- sale_numbers_gapless: number-gaps of the sale series for FY reports no gap and no cancelled
  number, starts at 1, and its last number equals the count of sale invoices;
- stock_equals_ledger: for the hot item (first line of items.txt) and the next three items, the
  stock equals the sum of the item's ledger;
- payments_settle_invoices: for the first 20 seeded invoices (the payment scenario pays them
  first), paid_amount equals the sum of the payments allocated to the invoice, and
  balance_due = total - paid - credited, never below zero.
A check that cannot be made (the suite does not answer) fails with the error as its detail.
"""
import json
import os
import sys
from decimal import Decimal

from api import Api
from ledger_check import ledger_check

base, token, business, seed_dir, fy, alive = sys.argv[1:7]
api = Api(base, token, business)
checks = []


def check(name):
    def run(fn):
        try:
            ok, detail = fn()
        except Exception as e:  # a failed request is a failed check, not a crash of the harness
            ok, detail = False, f"{type(e).__name__}: {e}"
        checks.append({"name": name, "ok": bool(ok), "detail": detail})
    return run


def ids(name):
    with open(os.path.join(seed_dir, name)) as f:
        return [line.split()[0] for line in f if line.strip()]


checks.append({"name": "suite_alive", "ok": alive == "yes", "detail": "running" if alive == "yes" else "the suite process had exited"})


@check("sale_numbers_gapless")
def _():
    report = api.call("GET", f"/api/v1/invoices/number-gaps?series=sale&fy={fy}")
    total = api.call("GET", "/api/v1/invoices?invoiceType=sale&limit=1")["total"]
    detail = {"first": report["first"], "last": report["last"], "gaps": len(report["gaps"]),
              "cancelled": len(report["cancelled"]), "sale_invoices": total}
    return report["gaps"] == [] and report["first"] == 1 and report["last"] == total, detail


@check("stock_equals_ledger")
def _():
    results = [ledger_check(api, item) for item in ids("items.txt")[:4]]
    return all(r["equal"] for r in results), results


@check("payments_settle_invoices")
def _():
    wrong, paid_total = [], Decimal(0)
    for invoice in ids("invoices.txt")[:20]:
        view = api.call("GET", f"/api/v1/invoices/{invoice}")
        allocated = sum((Decimal(a["amount"]) for p in api.call("GET", f"/api/v1/payments/invoices/{invoice}")
                         for a in p["allocations"] if a["invoice_id"] == invoice), Decimal(0))
        paid, total, credited, due = (Decimal(view[k]) for k in ("paid_amount", "total_amount", "credited_amount", "balance_due"))
        paid_total += paid
        if paid != allocated or due != total - paid - credited or due < 0:
            wrong.append({"invoice": invoice, "paid_amount": str(paid), "allocated": str(allocated), "balance_due": str(due)})
    return not wrong, {"invoices": 20, "paid_total": str(paid_total), "wrong": wrong}


print(json.dumps(checks))
