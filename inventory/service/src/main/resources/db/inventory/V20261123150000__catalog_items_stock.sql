-- one pg_trgm per database, shared by every module, so it lives in public
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE units (
    id             uuid PRIMARY KEY,
    business_id    uuid        NOT NULL,
    name           varchar(50) NOT NULL,
    short_name     varchar(10) NOT NULL,
    decimal_places smallint    NOT NULL CHECK (decimal_places BETWEEN 0 AND 3),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    deleted_at     timestamptz,
    version        bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX units_short_name_key ON units (business_id, lower(short_name)) WHERE deleted_at IS NULL;

CREATE TABLE categories (
    id          uuid PRIMARY KEY,
    business_id uuid         NOT NULL,
    name        varchar(100) NOT NULL,
    parent_id   uuid REFERENCES categories (id),
    description varchar(500),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    deleted_at  timestamptz,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX categories_name_key ON categories (business_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name))
    WHERE deleted_at IS NULL;

CREATE TABLE warehouses (
    id          uuid PRIMARY KEY,
    business_id uuid         NOT NULL,
    name        varchar(100) NOT NULL,
    is_default  boolean      NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX warehouses_default_key ON warehouses (business_id) WHERE is_default;

CREATE TABLE items (
    id                  uuid PRIMARY KEY,
    business_id         uuid          NOT NULL,
    name                varchar(200)  NOT NULL,
    category_id         uuid REFERENCES categories (id),
    unit_id             uuid REFERENCES units (id),
    sku                 varchar(64),
    barcode             varchar(64),
    hsn_code            varchar(8),
    sac_code            varchar(6),
    description         varchar(2000),
    inventory_type      varchar(10)   NOT NULL CHECK (inventory_type IN ('goods', 'service')),
    selling_price       numeric(15, 2) NOT NULL CHECK (selling_price >= 0),
    purchase_price      numeric(15, 2) NOT NULL CHECK (purchase_price >= 0),
    mrp                 numeric(15, 2) CHECK (mrp >= 0),
    discount_percent    numeric(5, 2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate            numeric(5, 2) NOT NULL,
    cess_rate           numeric(5, 2) NOT NULL CHECK (cess_rate BETWEEN 0 AND 100),
    tax_inclusive       boolean       NOT NULL,
    low_stock_threshold numeric(15, 3) NOT NULL CHECK (low_stock_threshold >= 0),
    track_stock         boolean       NOT NULL,
    created_by          uuid          NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    deleted_at          timestamptz,
    version             bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX items_sku_key ON items (business_id, sku) WHERE deleted_at IS NULL AND sku IS NOT NULL;
CREATE UNIQUE INDEX items_barcode_key ON items (business_id, barcode) WHERE deleted_at IS NULL AND barcode IS NOT NULL;
CREATE INDEX items_active_by_name ON items (business_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX items_name_trgm ON items USING gin (lower(name) public.gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX items_category ON items (business_id, category_id) WHERE deleted_at IS NULL;

-- One row per item and warehouse: the quantity on hand and its weighted average unit cost.
CREATE TABLE stock_levels (
    business_id  uuid           NOT NULL,
    item_id      uuid           NOT NULL REFERENCES items (id),
    warehouse_id uuid           NOT NULL REFERENCES warehouses (id),
    quantity     numeric(15, 3) NOT NULL,
    average_cost numeric(15, 4) NOT NULL DEFAULT 0,
    updated_at   timestamptz    NOT NULL,
    PRIMARY KEY (business_id, item_id, warehouse_id)
);

-- The append-only stock ledger: the sum of an item's quantities is its stock level.
CREATE TABLE stock_movements (
    id                bigserial PRIMARY KEY,
    business_id       uuid           NOT NULL,
    item_id           uuid           NOT NULL REFERENCES items (id),
    warehouse_id      uuid           NOT NULL REFERENCES warehouses (id),
    movement_type     varchar(24)    NOT NULL,
    quantity          numeric(15, 3) NOT NULL,
    rate              numeric(15, 2),
    previous_quantity numeric(15, 3) NOT NULL,
    resulting_quantity numeric(15, 3) NOT NULL,
    reference_type    varchar(32),
    reference_id      uuid,
    reference_line    integer,
    direction         varchar(10),
    reason            varchar(200),
    notes             varchar(1000),
    created_by        uuid,
    created_at        timestamptz    NOT NULL
);
CREATE INDEX stock_movements_item ON stock_movements (business_id, item_id, id DESC);
CREATE UNIQUE INDEX stock_movements_document_key ON stock_movements (business_id, reference_type, reference_id, reference_line, direction)
    WHERE reference_id IS NOT NULL;

CREATE FUNCTION stock_movements_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_movements is append-only';
END
$$;
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_are_append_only();
CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON stock_movements
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_are_append_only();
