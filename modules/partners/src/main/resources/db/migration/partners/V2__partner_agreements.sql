-- Partnership agreements: term and what each side commits to.

CREATE TABLE partner_agreement (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id            BIGINT        NOT NULL,
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    partner_commitments   VARCHAR(2000) NOT NULL,
    community_commitments VARCHAR(2000) NOT NULL,
    recorded_by           VARCHAR(64)   NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_partner_agreement_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_partner_agreement_partner ON partner_agreement (partner_id, starts_on);
CREATE INDEX ix_partner_agreement_end ON partner_agreement (ends_on);
