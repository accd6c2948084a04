-- A logo per partner (JPEG or PNG, at most 1 MB, checked by content).

CREATE TABLE partner_logo (
    partner_id   BIGINT      PRIMARY KEY,
    content_type VARCHAR(16) NOT NULL,
    content      LONGBLOB    NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_partner_logo_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
