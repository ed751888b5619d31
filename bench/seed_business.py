"""Seeds one business through the public API, concurrently: parties, items with ample opening stock,
and issued sale invoices of 3 lines each.

Usage: seed_business.py BASE_URL OUTBOX_FILE OUT_DIR [--parties 50] [--items 200] [--invoices 1000]
                        [--month 2026-10] [--threads 8]

Logs in as the owner (phone 6999999999, OTP read from the outbox), creates the business
(Maharashtra; the parties are in Karnataka, so invoices are inter-state), then the parties, the
items (opening stock 1,000,000 each) and the invoices (dated over the days of --month, each to a
party and 3 distinct items drawn at random with a fixed seed, quantity 1 at 100.00). Every POST
carries an Idempotency-Key, so a retry after a dropped connection creates nothing twice; any
status outside 2xx stops the seeding.

Writes to OUT_DIR: parties.txt (party ids), items.txt (item ids, the first is the "hot" item),
invoices.txt ("invoice_id party_id" per line) and seed.json, which it also prints:
{token, business, party, hot_item, parties, items, invoices, seconds}.
"""
import argparse
import calendar
import json
import os
import random
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from api import Api, login

ITEM_NAMES = ["Basmati Rice", "Wheat Flour", "Steel Bowl", "Cotton Towel", "LED Bulb",
              "Ruled Notebook", "Neem Soap", "Assam Tea", "Copper Wire", "Plastic Bucket"]

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("outbox")
parser.add_argument("out_dir")
parser.add_argument("--parties", type=int, default=50)
parser.add_argument("--items", type=int, default=200)
parser.add_argument("--invoices", type=int, default=1000)
parser.add_argument("--month", default="2026-10", help="YYYY-MM the seeded invoices are dated in")
parser.add_argument("--threads", type=int, default=8)
args = parser.parse_args()

started = time.perf_counter()
token = login(args.base, args.outbox, "6999999999")
business = Api(args.base, token).call("POST", "/api/v1/businesses", {"name": "Bench Traders", "state": "Maharashtra"},
                                      key=str(uuid.uuid4()))["id"]
api = Api(args.base, token, business)


def create(path, body):
    return api.call("POST", path, body, key=str(uuid.uuid4()))["id"]


def create_all(path, bodies):
    with ThreadPoolExecutor(args.threads) as pool:
        return list(pool.map(lambda body: create(path, body), bodies))


parties = create_all("/api/v1/parties", [
    {"name": f"Customer {i:03d}", "type": "customer", "phone": f"98{i:08d}", "billing_state": "Karnataka",
     "opening_balance": i * 10, "opening_balance_type": "debit"} for i in range(args.parties)])
items = create_all("/api/v1/items", [
    {"name": f"{ITEM_NAMES[i % len(ITEM_NAMES)]} {i:03d}", "tax_rate": 18, "selling_price": 100, "purchase_price": 70,
     "current_stock": 1000000} for i in range(args.items)])

year, month = (int(part) for part in args.month.split("-"))
days = calendar.monthrange(year, month)[1]
rng = random.Random(42)
invoice_bodies = []
for i in range(args.invoices):
    party = parties[rng.randrange(len(parties))]
    lines = [{"item_id": item, "quantity": 1, "unit_price": "100.00"} for item in rng.sample(items, min(3, len(items)))]
    invoice_bodies.append({"party_id": party, "invoice_type": "sale", "invoice_date": f"{year:04d}-{month:02d}-{i % days + 1:02d}",
                           "items": lines})
invoices = create_all("/api/v1/invoices", invoice_bodies)

os.makedirs(args.out_dir, exist_ok=True)
with open(os.path.join(args.out_dir, "parties.txt"), "w") as f:
    f.writelines(p + "\n" for p in parties)
with open(os.path.join(args.out_dir, "items.txt"), "w") as f:
    f.writelines(i + "\n" for i in items)
with open(os.path.join(args.out_dir, "invoices.txt"), "w") as f:
    f.writelines(f"{invoice} {body['party_id']}\n" for invoice, body in zip(invoices, invoice_bodies))
seed = {"token": token, "business": business, "party": parties[0], "hot_item": items[0], "parties": len(parties),
        "items": len(items), "invoices": len(invoices), "seconds": round(time.perf_counter() - started, 1)}
with open(os.path.join(args.out_dir, "seed.json"), "w") as f:
    json.dump(seed, f)
print(json.dumps(seed))
