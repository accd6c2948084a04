-- The partner registry: partners, the communities each serves, and the history of their status.

CREATE TABLE partner (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(20),
    kind          VARCHAR(24)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    credit_code   VARCHAR(18),
    contact_name  VARCHAR(50)  NOT NULL,
    contact_phone VARCHAR(20)  NOT NULL,
    home_unit_id  BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    applied_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_partner_code UNIQUE (code),
    CONSTRAINT uk_partner_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_partner_home_unit FOREIGN KEY (home_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_partner_home_unit ON partner (home_unit_id, status);
CREATE INDEX ix_partner_name ON partner (name);

CREATE TABLE partner_community (
    partner_id   BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    PRIMARY KEY (partner_id, community_id),
    CONSTRAINT fk_partner_community_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_partner_community_unit FOREIGN KEY (community_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_partner_community_unit ON partner_community (community_id);

CREATE TABLE partner_status_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id  BIGINT       NOT NULL,
    step        VARCHAR(16)  NOT NULL,
    from_status VARCHAR(16)  NOT NULL,
    to_status   VARCHAR(16)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    taken_by    VARCHAR(64)  NOT NULL,
    taken_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_partner_status_change_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_partner_status_change_partner ON partner_status_change (partner_id, id);
