-- Fees priced in the open (明码标价): fee items and their rates per compound, parking spaces per unit,
-- bills per unit and period with their lines, payments keyed by receipt number.
-- Sized for 20,000-unit compounds: bill lists, arrears and collection rates read by indexed compound and period.

CREATE TABLE property_fee_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id BIGINT      NOT NULL,
    name        VARCHAR(50) NOT NULL,
    basis       VARCHAR(30) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_fee_item_name UNIQUE (compound_id, name),
    CONSTRAINT fk_property_fee_item_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);

-- Rates are only added: one per item and effective date; the latest on or before a day applies.
CREATE TABLE property_fee_rate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    fee_item_id    BIGINT        NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    effective_from DATE          NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_fee_rate_day UNIQUE (fee_item_id, effective_from),
    CONSTRAINT ck_property_fee_rate_amount CHECK (amount > 0),
    CONSTRAINT fk_property_fee_rate_item FOREIGN KEY (fee_item_id) REFERENCES property_fee_item (id)
);

CREATE TABLE property_parking_spaces (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT NOT NULL,
    compound_id BIGINT NOT NULL,
    spaces      INT    NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_parking_unit UNIQUE (unit_id),
    CONSTRAINT fk_property_parking_unit FOREIGN KEY (unit_id) REFERENCES property_unit (id)
);
CREATE INDEX ix_property_parking_compound ON property_parking_spaces (compound_id);

-- One run per compound and period: the unique key refuses a second generation, even a concurrent one.
CREATE TABLE property_billing_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT        NOT NULL,
    period       CHAR(7)       NOT NULL,
    bills        INT           NOT NULL,
    total        DECIMAL(14,2) NOT NULL,
    generated_by VARCHAR(64)   NOT NULL,
    generated_at DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_billing_run UNIQUE (compound_id, period),
    CONSTRAINT fk_property_billing_run_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);

CREATE TABLE property_fee_bill (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id  BIGINT        NOT NULL,
    building_id  BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_label   VARCHAR(45)   NOT NULL,
    period       CHAR(7)       NOT NULL,
    amount_due   DECIMAL(14,2) NOT NULL,
    amount_paid  DECIMAL(14,2) NOT NULL,
    paid_in_full BOOLEAN       NOT NULL,
    generated_at DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_fee_bill_period UNIQUE (unit_id, period),
    CONSTRAINT ck_property_fee_bill_paid CHECK (amount_paid >= 0 AND amount_paid <= amount_due),
    CONSTRAINT fk_property_fee_bill_unit FOREIGN KEY (unit_id) REFERENCES property_unit (id),
    CONSTRAINT fk_property_fee_bill_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
-- Covering: the collection rate (sums and distinct units over a compound's periods) reads this index only.
CREATE INDEX ix_property_fee_bill_period
    ON property_fee_bill (compound_id, period, paid_in_full, unit_id, amount_due, amount_paid);
CREATE INDEX ix_property_fee_bill_unpaid ON property_fee_bill (compound_id, paid_in_full, unit_id);

CREATE TABLE property_fee_bill_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    bill_id     BIGINT        NOT NULL,
    fee_item_id BIGINT        NOT NULL,
    item_name   VARCHAR(50)   NOT NULL,
    basis       VARCHAR(30)   NOT NULL,
    rate        DECIMAL(14,2) NOT NULL,
    quantity    DECIMAL(12,2) NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_fee_line_bill FOREIGN KEY (bill_id) REFERENCES property_fee_bill (id),
    CONSTRAINT fk_property_fee_line_item FOREIGN KEY (fee_item_id) REFERENCES property_fee_item (id)
);

-- The receipt number is the idempotency key of a payment within its compound.
CREATE TABLE property_fee_payment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    bill_id        BIGINT        NOT NULL,
    compound_id    BIGINT        NOT NULL,
    receipt_number VARCHAR(40)   NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    paid_on        DATE          NOT NULL,
    method         VARCHAR(20)   NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_fee_payment_receipt UNIQUE (compound_id, receipt_number),
    CONSTRAINT ck_property_fee_payment_amount CHECK (amount > 0),
    CONSTRAINT fk_property_fee_payment_bill FOREIGN KEY (bill_id) REFERENCES property_fee_bill (id)
);
CREATE INDEX ix_property_fee_payment_bill ON property_fee_payment (bill_id);
