-- The old clients send a free-text line description and units of up to 20 characters.
ALTER TABLE invoice_items ADD COLUMN item_description varchar(2000);
ALTER TABLE invoice_items ALTER COLUMN unit TYPE varchar(20);
