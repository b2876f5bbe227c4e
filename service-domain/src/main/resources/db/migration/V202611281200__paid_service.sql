-- Paid service (R-C6): one quotation per PAID case, its lines, the owner's acceptance, settlement, invoice, payment.
-- Expense standards (R-C7): configurable rates and limits with their history; cost lines checked against them.

CREATE TABLE quotation (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    created_at              TIMESTAMP      NOT NULL,
    created_by              VARCHAR(64)    NOT NULL,
    modified_at             TIMESTAMP      NOT NULL,
    modified_by             VARCHAR(64)    NOT NULL,
    service_case_id         BIGINT         NOT NULL REFERENCES service_case (id),
    revision                INTEGER        NOT NULL,
    markup_percent          DECIMAL(9, 4)  NOT NULL,
    total                   DECIMAL(19, 2) NOT NULL,
    vat                     DECIMAL(19, 2) NOT NULL,
    total_with_vat          DECIMAL(19, 2) NOT NULL,
    accepted_by             VARCHAR(100),
    accepted_via            VARCHAR(30),
    accepted_at             TIMESTAMP,
    acceptance_recorded_by  VARCHAR(64),
    settled_total           DECIMAL(19, 2),
    settled_vat             DECIMAL(19, 2),
    settled_total_with_vat  DECIMAL(19, 2),
    settled_at              TIMESTAMP,
    invoice_kind            VARCHAR(20),
    invoice_number          VARCHAR(40),
    invoice_date            DATE,
    payment_date            DATE,
    payment_amount          DECIMAL(19, 2),
    CONSTRAINT uk_quotation_case UNIQUE (service_case_id),
    CONSTRAINT ck_quotation_revision CHECK (revision >= 1),
    CONSTRAINT ck_quotation_markup CHECK (markup_percent >= 0),
    CONSTRAINT ck_quotation_invoice_kind CHECK (invoice_kind IS NULL OR invoice_kind IN ('SPECIAL_VAT', 'ORDINARY_VAT'))
);

CREATE TABLE quotation_line (
    quotation_id    BIGINT         NOT NULL REFERENCES quotation (id),
    line_no         INTEGER        NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    quantity        DECIMAL(12, 3),
    cost            DECIMAL(19, 2) NOT NULL,
    price           DECIMAL(19, 2) NOT NULL,
    vat_rate        DECIMAL(7, 4)  NOT NULL,
    vat             DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (quotation_id, line_no),
    CONSTRAINT ck_quotation_line_kind CHECK (kind IN ('PARTS_AND_REPAIR', 'TECHNICAL_SERVICE'))
);

CREATE TABLE expense_standard (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    modified_at   TIMESTAMP      NOT NULL,
    modified_by   VARCHAR(64)    NOT NULL,
    kind          VARCHAR(30)    NOT NULL,
    amount        DECIMAL(19, 2),
    travel_class  VARCHAR(30),
    valid_from    DATE           NOT NULL,
    reason        VARCHAR(500),
    CONSTRAINT ck_expense_standard_value CHECK (
        (kind = 'TRAVEL_CLASS' AND travel_class IS NOT NULL AND amount IS NULL)
        OR (kind <> 'TRAVEL_CLASS' AND amount IS NOT NULL AND amount > 0 AND travel_class IS NULL))
);
CREATE INDEX ix_expense_standard_kind ON expense_standard (kind, valid_from);

-- What a cost line needs to be checked against the standard, and the outcome, fixed when it is booked.
ALTER TABLE service_cost ADD COLUMN nights INTEGER;
ALTER TABLE service_cost ADD COLUMN city_tier INTEGER;
ALTER TABLE service_cost ADD COLUMN travel_class VARCHAR(30);
ALTER TABLE service_cost ADD COLUMN standard_deviation VARCHAR(40);
ALTER TABLE service_cost ADD COLUMN standard_note VARCHAR(300);
