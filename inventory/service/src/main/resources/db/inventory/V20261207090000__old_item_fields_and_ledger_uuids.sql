-- The old system's item flags. They are stored and returned only: serial and batch tracking are
-- not implemented.
ALTER TABLE items ADD COLUMN track_serial boolean NOT NULL DEFAULT false,
                  ADD COLUMN track_batch  boolean NOT NULL DEFAULT false;

-- null: the item has no low-stock alert, as in the old system. Existing thresholds stay as they
-- are: a 0 written before cannot be told from a 0 asked for, and 0 still means "alert at 0".
ALTER TABLE items ALTER COLUMN low_stock_threshold DROP NOT NULL;

-- The id clients see for a ledger row (the contract's ids are UUIDs); the bigint stays the
-- ledger's order. A volatile default rewrites the table once, giving each old row its own uuid.
-- StockLedger binds the id of each new row itself (cheaper than the default on the hot insert);
-- the default stays for any other writer. No index: nothing looks a row up by it.
ALTER TABLE stock_movements ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
