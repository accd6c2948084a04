-- Benefit offers without exposing residents (PIPL). Residents' ID numbers, eligibility categories
-- and evidence are stored encrypted (AES-256-GCM under cp.crypto.eligibility-key); look-ups use a
-- keyed hash (blind index). A redemption keeps the category for the community's statistics but
-- no link to the resident or the code it used.

CREATE TABLE eligible_resident (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id      BIGINT       NOT NULL,
    community_id        BIGINT       NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    id_number_cipher    VARCHAR(100) NOT NULL,
    id_number_hash      CHAR(64)     NOT NULL,
    id_number_masked    VARCHAR(18)  NOT NULL,
    phone_hash          CHAR(64)     NOT NULL,
    phone_masked        VARCHAR(20)  NOT NULL,
    consent_given       BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_recorded_by VARCHAR(64),
    consent_recorded_at DATETIME(6),
    recorded_by         VARCHAR(64)  NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_eligible_resident_id_number UNIQUE (subdistrict_id, id_number_hash)
);
CREATE INDEX ix_eligible_resident_community ON eligible_resident (community_id, name);

CREATE TABLE eligibility_grant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id     BIGINT       NOT NULL,
    category_cipher VARCHAR(100) NOT NULL,
    evidence_cipher VARCHAR(400) NOT NULL,
    valid_until     DATE         NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    revoked_by      VARCHAR(64),
    revoked_at      DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_eligibility_grant_resident FOREIGN KEY (resident_id) REFERENCES eligible_resident (id)
);
CREATE INDEX ix_eligibility_grant_resident ON eligibility_grant (resident_id, valid_until);

CREATE TABLE benefit_code (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id BIGINT      NOT NULL,
    resident_id    BIGINT      NOT NULL,
    code           CHAR(6)     NOT NULL,
    issued_by      VARCHAR(64) NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    consumed_at    DATETIME(6),
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_benefit_code_resident FOREIGN KEY (resident_id) REFERENCES eligible_resident (id)
);
-- A merchant's entry finds the code of its subdistrict; expired and used codes stay for the audit trail.
CREATE INDEX ix_benefit_code_lookup ON benefit_code (subdistrict_id, code, expires_at);

CREATE TABLE benefit_offer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    profile_id     BIGINT         NOT NULL,
    subdistrict_id BIGINT         NOT NULL,
    community_id   BIGINT         NOT NULL,
    service_name   VARCHAR(100)   NOT NULL,
    normal_price   DECIMAL(14, 2) NOT NULL,
    valid_from     DATE           NOT NULL,
    valid_until    DATE           NOT NULL,
    monthly_quota  INT            NOT NULL,
    quota_month    CHAR(7),
    quota_used     INT            NOT NULL DEFAULT 0,
    updated_by     VARCHAR(64)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_benefit_offer_profile FOREIGN KEY (profile_id) REFERENCES merchant_profile (id),
    CONSTRAINT ck_benefit_offer_price CHECK (normal_price >= 0),
    CONSTRAINT ck_benefit_offer_quota CHECK (monthly_quota > 0),
    CONSTRAINT ck_benefit_offer_validity CHECK (valid_until >= valid_from)
);
CREATE INDEX ix_benefit_offer_profile ON benefit_offer (profile_id, valid_until);

CREATE TABLE benefit_offer_price (
    offer_id BIGINT         NOT NULL,
    category VARCHAR(20)    NOT NULL,
    price    DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (offer_id, category),
    CONSTRAINT fk_benefit_offer_price_offer FOREIGN KEY (offer_id) REFERENCES benefit_offer (id),
    CONSTRAINT ck_benefit_offer_price_price CHECK (price >= 0)
);

CREATE TABLE benefit_redemption (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    offer_id       BIGINT         NOT NULL,
    profile_id     BIGINT         NOT NULL,
    subdistrict_id BIGINT         NOT NULL,
    community_id   BIGINT         NOT NULL,
    redeemed_month CHAR(7)        NOT NULL,
    category       VARCHAR(20)    NOT NULL,
    normal_price   DECIMAL(14, 2) NOT NULL,
    charged_price  DECIMAL(14, 2) NOT NULL,
    redeemed_by    VARCHAR(64)    NOT NULL,
    redeemed_at    DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_benefit_redemption_offer FOREIGN KEY (offer_id) REFERENCES benefit_offer (id)
);
-- The month's quota is counted on the offer row itself (quota_month, quota_used), read and written
-- under that row's lock: a locking read sees the latest count whatever the transaction's snapshot.
CREATE INDEX ix_benefit_redemption_offer ON benefit_redemption (offer_id, redeemed_month);
CREATE INDEX ix_benefit_redemption_profile ON benefit_redemption (profile_id, redeemed_month);
CREATE INDEX ix_benefit_redemption_community ON benefit_redemption (community_id, redeemed_at);
