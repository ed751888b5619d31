-- The old system left a business's type empty when none was given, and took a party's opening
-- balance to be a credit (the business owes the party) unless told otherwise.
ALTER TABLE businesses ALTER COLUMN type DROP DEFAULT;
ALTER TABLE businesses ALTER COLUMN type DROP NOT NULL;
ALTER TABLE parties ALTER COLUMN opening_balance_type SET DEFAULT 'credit';
