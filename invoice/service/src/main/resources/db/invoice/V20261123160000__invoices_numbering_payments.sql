-- One counter per business, series and financial year, locked by the issuing transaction.
CREATE TABLE number_counters (
    business_id    uuid        NOT NULL,
    series         varchar(16) NOT NULL,
    financial_year varchar(7)  NOT NULL,
    last_number    integer     NOT NULL,
    PRIMARY KEY (business_id, series, financial_year)
);

CREATE TABLE invoices (
    id                       uuid PRIMARY KEY,
    business_id              uuid           NOT NULL,
    party_id                 uuid           NOT NULL,
    party_name               varchar(200)   NOT NULL,
    party_gstin              varchar(15),
    invoice_type             varchar(16)    NOT NULL CHECK (invoice_type IN ('sale', 'purchase', 'quotation', 'proforma', 'credit_note')),
    series                   varchar(16)    NOT NULL,
    financial_year           varchar(7),
    sequence_number          integer,
    invoice_number           varchar(16),
    status                   varchar(10)    NOT NULL CHECK (status IN ('draft', 'issued', 'cancelled')),
    payment_status           varchar(10)    NOT NULL CHECK (payment_status IN ('unpaid', 'partial', 'paid')),
    invoice_date             date           NOT NULL,
    due_date                 date,
    supplier_state           varchar(2),
    place_of_supply          varchar(2),
    is_interstate            boolean        NOT NULL,
    original_invoice_id      uuid REFERENCES invoices (id),
    reason                   varchar(500),
    invoice_discount_percent numeric(5, 2)  NOT NULL DEFAULT 0,
    subtotal                 numeric(15, 2) NOT NULL,
    discount_amount          numeric(15, 2) NOT NULL,
    taxable_amount           numeric(15, 2) NOT NULL,
    cgst_amount              numeric(15, 2) NOT NULL,
    sgst_amount              numeric(15, 2) NOT NULL,
    igst_amount              numeric(15, 2) NOT NULL,
    cess_amount              numeric(15, 2) NOT NULL,
    tax_amount               numeric(15, 2) NOT NULL,
    round_off                numeric(15, 2) NOT NULL,
    total_amount             numeric(15, 2) NOT NULL CHECK (total_amount >= 0),
    paid_amount              numeric(15, 2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    credited_amount          numeric(15, 2) NOT NULL DEFAULT 0 CHECK (credited_amount >= 0),
    balance_due              numeric(15, 2) NOT NULL CHECK (balance_due >= 0),
    terms                    varchar(2000),
    notes                    varchar(2000),
    created_by               uuid           NOT NULL,
    created_at               timestamptz    NOT NULL,
    updated_at               timestamptz    NOT NULL,
    issued_at                timestamptz,
    cancelled_at             timestamptz,
    version                  bigint         NOT NULL DEFAULT 0,
    CONSTRAINT invoices_number_key UNIQUE (business_id, series, financial_year, sequence_number),
    CONSTRAINT invoices_paid_within_total CHECK (paid_amount + credited_amount <= total_amount)
);
CREATE UNIQUE INDEX invoices_invoice_number_key ON invoices (business_id, invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX invoices_list ON invoices (business_id, invoice_date DESC, created_at DESC);
CREATE INDEX invoices_party ON invoices (business_id, party_id, invoice_date);
CREATE INDEX invoices_original ON invoices (original_invoice_id) WHERE original_invoice_id IS NOT NULL;

CREATE TABLE invoice_items (
    id                uuid PRIMARY KEY,
    invoice_id        uuid           NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_no           integer        NOT NULL,
    item_id           uuid,
    original_item_id  uuid,
    item_name         varchar(200)   NOT NULL,
    hsn_code          varchar(8),
    unit              varchar(10),
    quantity          numeric(15, 3) NOT NULL CHECK (quantity > 0),
    unit_price        numeric(15, 2) NOT NULL CHECK (unit_price >= 0),
    discount_percent  numeric(5, 2)  NOT NULL,
    tax_rate          numeric(5, 2)  NOT NULL,
    cess_rate         numeric(5, 2)  NOT NULL,
    tax_inclusive     boolean        NOT NULL,
    subtotal          numeric(15, 2) NOT NULL,
    discount_amount   numeric(15, 2) NOT NULL,
    taxable_amount    numeric(15, 2) NOT NULL,
    cgst_rate         numeric(6, 3)  NOT NULL,
    sgst_rate         numeric(6, 3)  NOT NULL,
    igst_rate         numeric(5, 2)  NOT NULL,
    cgst_amount       numeric(15, 2) NOT NULL,
    sgst_amount       numeric(15, 2) NOT NULL,
    igst_amount       numeric(15, 2) NOT NULL,
    cess_amount       numeric(15, 2) NOT NULL,
    total_amount      numeric(15, 2) NOT NULL,
    credited_quantity numeric(15, 3) NOT NULL DEFAULT 0,
    CONSTRAINT invoice_items_line_key UNIQUE (invoice_id, line_no),
    CONSTRAINT invoice_items_credit_within_quantity CHECK (credited_quantity <= quantity)
);

CREATE TABLE payments (
    id               uuid PRIMARY KEY,
    business_id      uuid           NOT NULL,
    party_id         uuid           NOT NULL,
    transaction_type varchar(12)    NOT NULL CHECK (transaction_type IN ('payment_in', 'payment_out')),
    transaction_date date           NOT NULL,
    amount           numeric(15, 2) NOT NULL CHECK (amount > 0),
    payment_mode     varchar(8)     NOT NULL CHECK (payment_mode IN ('cash', 'bank', 'upi', 'cheque', 'credit', 'card')),
    reference_number varchar(100),
    bank_name        varchar(100),
    cheque_number    varchar(20),
    cheque_date      date,
    notes            varchar(2000),
    created_by       uuid           NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    deleted_at       timestamptz,
    version          bigint         NOT NULL DEFAULT 0
);
CREATE INDEX payments_list ON payments (business_id, transaction_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX payments_party ON payments (business_id, party_id) WHERE deleted_at IS NULL;

CREATE TABLE payment_allocations (
    payment_id uuid           NOT NULL REFERENCES payments (id),
    invoice_id uuid           NOT NULL REFERENCES invoices (id),
    amount     numeric(15, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX payment_allocations_invoice ON payment_allocations (invoice_id);
