-- Kernel schema. Portable between MariaDB 10.11+ and H2 in MariaDB mode (the embedded first run).
-- Times are UTC (DATETIME(6)); every mutable table has a version column for optimistic locking.

CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(15)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_id   BIGINT,
    path        VARCHAR(255) NOT NULL DEFAULT '/',
    latitude    DECIMAL(9, 6),
    longitude   DECIMAL(9, 6),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id, code);

CREATE TABLE user_account (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    granted_unit_id      BIGINT       NOT NULL,
    partner_id           BIGINT,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6),
    last_login_at        DATETIME(6),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_unit FOREIGN KEY (granted_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_user_account_unit ON user_account (granted_unit_id);

CREATE TABLE user_account_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_account_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE module_switch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id BIGINT      NOT NULL,
    module_key     VARCHAR(40) NOT NULL,
    enabled        BOOLEAN     NOT NULL,
    changed_by     VARCHAR(64) NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_module_switch UNIQUE (subdistrict_id, module_key),
    CONSTRAINT fk_module_switch_unit FOREIGN KEY (subdistrict_id) REFERENCES org_unit (id)
);

-- Append-only: the application inserts and reads; only the archiver deletes, after writing a file.
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target_type VARCHAR(64),
    target_id   VARCHAR(64),
    result      VARCHAR(16)   NOT NULL,
    source_ip   VARCHAR(45),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);

-- One row per timed job: whichever server takes the lease runs the job; the others skip it.
CREATE TABLE job_lease (
    job_name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    leased_until DATETIME(6)  NOT NULL,
    leased_by    VARCHAR(100) NOT NULL
);

INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('audit-archive', '2000-01-01 00:00:00', '-');
INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('initial-data', '2000-01-01 00:00:00', '-');
