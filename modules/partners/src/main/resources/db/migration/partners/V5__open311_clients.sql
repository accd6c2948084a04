-- Open311 GeoReport v2 clients: one API key per client application and subdistrict (jurisdiction).
-- Only the SHA-256 hash of a key is kept; the key itself is shown once, when it is issued.
CREATE TABLE open311_client (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(64) NOT NULL,
    subdistrict_id BIGINT      NOT NULL,
    key_prefix     VARCHAR(12) NOT NULL,
    key_hash       CHAR(64)    NOT NULL,
    issued_by      VARCHAR(64) NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    revoked_by     VARCHAR(64),
    revoked_at     DATETIME(6),
    last_used_at   DATETIME(6),
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_open311_client_key UNIQUE (key_hash),
    CONSTRAINT fk_open311_client_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_open311_client_subdistrict ON open311_client (subdistrict_id, id);
