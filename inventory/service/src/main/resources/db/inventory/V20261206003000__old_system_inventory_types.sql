-- The old system's inventory types, kept by its clients: goods become trading_goods (its
-- default), service becomes services. Widening a varchar rewrites no rows.
ALTER TABLE items DROP CONSTRAINT items_inventory_type_check;
ALTER TABLE items ALTER COLUMN inventory_type TYPE varchar(20);
UPDATE items SET inventory_type = CASE inventory_type WHEN 'goods' THEN 'trading_goods' ELSE 'services' END
 WHERE inventory_type IN ('goods', 'service');
ALTER TABLE items ADD CONSTRAINT items_inventory_type_check
    CHECK (inventory_type IN ('raw_material', 'wip', 'finished_goods', 'trading_goods', 'consumables', 'services'));
