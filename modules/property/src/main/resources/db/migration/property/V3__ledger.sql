-- The transparent ledger (一本账): quarter statements per compound, their entries (sealed into a
-- per-compound hash chain when published), voucher files, and every workflow step taken.

CREATE TABLE property_ledger_statement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id     BIGINT        NOT NULL,
    compound_code   VARCHAR(15)   NOT NULL,
    quarter         VARCHAR(6)    NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    company_name    VARCHAR(200)  NOT NULL,
    opening_balance DECIMAL(14,2) NOT NULL,
    drafted_by      VARCHAR(64)   NOT NULL,
    drafted_at      DATETIME(6)   NOT NULL,
    submitted_by    VARCHAR(64),
    submitted_at    DATETIME(6),
    submitted_hash  CHAR(64),
    committee_by    VARCHAR(64),
    committee_at    DATETIME(6),
    committee_hash  CHAR(64),
    notary_by       VARCHAR(64),
    notary_at       DATETIME(6),
    notary_hash     CHAR(64),
    return_comment  VARCHAR(500),
    published_by    VARCHAR(64),
    published_at    DATETIME(6),
    entry_count     INT,
    first_sequence  BIGINT,
    total_income    DECIMAL(14,2),
    total_expense   DECIMAL(14,2),
    public_revenue  DECIMAL(14,2),
    closing_balance DECIMAL(14,2),
    chain_head      CHAR(64),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_ledger_statement UNIQUE (compound_id, quarter),
    CONSTRAINT fk_property_ledger_statement_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_ledger_statement_status ON property_ledger_statement (compound_id, status);

CREATE TABLE property_ledger_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id      BIGINT        NOT NULL,
    compound_id       BIGINT        NOT NULL,
    compound_code     VARCHAR(15)   NOT NULL,
    quarter           VARCHAR(6)    NOT NULL,
    entry_date        DATE          NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    amount            DECIMAL(14,2) NOT NULL,
    counterparty      VARCHAR(100)  NOT NULL,
    voucher           VARCHAR(40)   NOT NULL,
    summary           VARCHAR(200)  NOT NULL,
    reverses_sequence BIGINT,
    attachment_hashes VARCHAR(325)  NOT NULL,
    sequence_no       BIGINT,
    previous_hash     CHAR(64),
    entry_hash        CHAR(64),
    version           BIGINT        NOT NULL DEFAULT 0,
    -- One chain per compound: a sequence number is taken once (drafts have none yet).
    CONSTRAINT uk_property_ledger_entry_sequence UNIQUE (compound_id, sequence_no),
    CONSTRAINT fk_property_ledger_entry_statement FOREIGN KEY (statement_id) REFERENCES property_ledger_statement (id),
    CONSTRAINT fk_property_ledger_entry_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_ledger_entry_statement ON property_ledger_entry (statement_id, entry_date, id);
CREATE INDEX ix_property_ledger_entry_reverses ON property_ledger_entry (compound_id, reverses_sequence);

CREATE TABLE property_ledger_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id     BIGINT       NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(20)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_ledger_attachment_entry FOREIGN KEY (entry_id) REFERENCES property_ledger_entry (id)
);
CREATE INDEX ix_property_ledger_attachment_entry ON property_ledger_attachment (entry_id, id);

CREATE TABLE property_ledger_step (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id BIGINT       NOT NULL,
    step         VARCHAR(10)  NOT NULL,
    party        VARCHAR(20)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    taken_at     DATETIME(6)  NOT NULL,
    content_hash CHAR(64),
    step_comment VARCHAR(500),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_ledger_step_statement FOREIGN KEY (statement_id) REFERENCES property_ledger_statement (id)
);
CREATE INDEX ix_property_ledger_step_statement ON property_ledger_step (statement_id, id);
