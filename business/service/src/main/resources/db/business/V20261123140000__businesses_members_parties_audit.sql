-- one pg_trgm per database, shared by every module, so it lives in public
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE businesses (
    id                         uuid PRIMARY KEY,
    name                       varchar(200) NOT NULL,
    type                       varchar(20)  NOT NULL DEFAULT 'retailer',
    gstin                      varchar(15),
    pan                        varchar(10),
    phone                      varchar(10),
    email                      varchar(254),
    address_line1              varchar(200),
    address_line2              varchar(200),
    city                       varchar(100),
    state                      varchar(100),
    state_code                 varchar(2),
    pincode                    varchar(6),
    financial_year_start_month smallint     NOT NULL DEFAULT 4 CHECK (financial_year_start_month BETWEEN 1 AND 12),
    allow_negative_stock       boolean      NOT NULL DEFAULT false,
    round_off                  varchar(16)  NOT NULL DEFAULT 'nearest_rupee' CHECK (round_off IN ('off', 'nearest_rupee')),
    invoice_prefixes           text         NOT NULL,
    bank_name                  varchar(100),
    bank_account_number        varchar(34),
    bank_ifsc                  varchar(11),
    upi_id                     varchar(100),
    created_by                 uuid         NOT NULL,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    deleted_at                 timestamptz,
    version                    bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX businesses_gstin_active ON businesses (gstin) WHERE deleted_at IS NULL AND gstin IS NOT NULL;

CREATE TABLE members (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL REFERENCES businesses (id),
    user_id     uuid        NOT NULL,
    role        varchar(16) NOT NULL CHECK (role IN ('owner', 'admin', 'accountant', 'salesman', 'employee', 'viewer')),
    overrides   text        NOT NULL DEFAULT '{}',
    status      varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
    invited_by  uuid,
    invited_at  timestamptz NOT NULL,
    joined_at   timestamptz,
    removed_at  timestamptz,
    removed_by  uuid,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX members_active_key ON members (business_id, user_id) WHERE status = 'active';
CREATE INDEX members_by_user ON members (user_id) WHERE status = 'active';

CREATE TABLE parties (
    id                       uuid PRIMARY KEY,
    business_id              uuid          NOT NULL REFERENCES businesses (id),
    name                     varchar(200)  NOT NULL,
    type                     varchar(10)   NOT NULL CHECK (type IN ('customer', 'supplier', 'both')),
    phone                    varchar(10),
    email                    varchar(254),
    gstin                    varchar(15),
    pan                      varchar(10),
    billing_address_line1    varchar(200),
    billing_address_line2    varchar(200),
    billing_city             varchar(100),
    billing_state            varchar(100),
    billing_pincode          varchar(6),
    shipping_address_line1   varchar(200),
    shipping_address_line2   varchar(200),
    shipping_city            varchar(100),
    shipping_state           varchar(100),
    shipping_pincode         varchar(6),
    shipping_same_as_billing boolean       NOT NULL DEFAULT true,
    state_code               varchar(2),
    opening_balance          numeric(15, 2) NOT NULL DEFAULT 0 CHECK (opening_balance >= 0),
    opening_balance_type     varchar(6)    NOT NULL DEFAULT 'debit' CHECK (opening_balance_type IN ('debit', 'credit')),
    credit_limit             numeric(15, 2) CHECK (credit_limit >= 0),
    credit_period_days       integer       CHECK (credit_period_days BETWEEN 0 AND 365),
    notes                    varchar(2000),
    tags                     text          NOT NULL DEFAULT '[]',
    created_by               uuid          NOT NULL,
    created_at               timestamptz   NOT NULL,
    updated_at               timestamptz   NOT NULL,
    deleted_at               timestamptz,
    version                  bigint        NOT NULL DEFAULT 0
);
CREATE INDEX parties_active_by_name ON parties (business_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX parties_name_trgm ON parties USING gin (lower(name) public.gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX parties_phone ON parties (business_id, phone) WHERE deleted_at IS NULL;
CREATE INDEX parties_gstin ON parties (business_id, gstin) WHERE deleted_at IS NULL;

-- Append-only and hash-chained per business: each entry stores the hash of the one before it.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    business_id uuid         NOT NULL,
    seq         bigint       NOT NULL,
    user_id     uuid,
    action      varchar(64)  NOT NULL,
    entity_type varchar(32)  NOT NULL,
    entity_id   varchar(64),
    old_values  text,
    new_values  text,
    request_id  varchar(128),
    created_at  timestamptz  NOT NULL,
    prev_hash   varchar(64),
    hash        varchar(64)  NOT NULL,
    CONSTRAINT audit_log_seq_key UNIQUE (business_id, seq)
);
CREATE INDEX audit_log_business_time ON audit_log (business_id, created_at DESC);

CREATE TABLE audit_heads (
    business_id uuid PRIMARY KEY,
    last_seq    bigint      NOT NULL,
    last_hash   varchar(64) NOT NULL
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
