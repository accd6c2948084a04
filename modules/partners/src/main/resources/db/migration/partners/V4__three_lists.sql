-- The three lists (三项清单): needs, partners' resources and services, and confirmed matches.
-- Every row carries its place: unit, path of ids from the root, subdistrict, community, compound.
-- Lists are read per subdistrict (or path prefix) and status, newest first; the indexes below keep
-- that a range scan at a million rows.

CREATE TABLE need (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20),
    category        VARCHAR(24)   NOT NULL,
    unit_id         BIGINT        NOT NULL,
    unit_path       VARCHAR(255)  NOT NULL,
    subdistrict_id  BIGINT        NOT NULL,
    community_id    BIGINT,
    compound_id     BIGINT,
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    description     VARCHAR(1000) NOT NULL,
    urgency         VARCHAR(16)   NOT NULL,
    people_affected INT           NOT NULL,
    source          VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    needed_from     DATE,
    close_reason    VARCHAR(500),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_need_code UNIQUE (code),
    CONSTRAINT fk_need_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_need_subdistrict ON need (subdistrict_id, status, created_at);
CREATE INDEX ix_need_community ON need (community_id, status, created_at);
CREATE INDEX ix_need_path ON need (unit_path, status, created_at);

CREATE TABLE listed_resource (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20),
    partner_id      BIGINT         NOT NULL,
    type            VARCHAR(16)    NOT NULL,
    category        VARCHAR(24)    NOT NULL,
    description     VARCHAR(500)   NOT NULL,
    quantity        DECIMAL(14, 2) NOT NULL,
    quantity_unit   VARCHAR(20)    NOT NULL,
    unit_id         BIGINT         NOT NULL,
    unit_path       VARCHAR(255)   NOT NULL,
    subdistrict_id  BIGINT         NOT NULL,
    community_id    BIGINT,
    compound_id     BIGINT,
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    available_from  DATE           NOT NULL,
    available_to    DATE,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_listed_resource_code UNIQUE (code),
    CONSTRAINT fk_listed_resource_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_listed_resource_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_listed_resource_match ON listed_resource (subdistrict_id, category, available_to);
CREATE INDEX ix_listed_resource_community ON listed_resource (community_id, category, created_at);
CREATE INDEX ix_listed_resource_path ON listed_resource (unit_path, created_at);
CREATE INDEX ix_listed_resource_partner ON listed_resource (partner_id);

CREATE TABLE listed_service (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20),
    partner_id      BIGINT         NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    category        VARCHAR(24)    NOT NULL,
    unit_id         BIGINT         NOT NULL,
    unit_path       VARCHAR(255)   NOT NULL,
    subdistrict_id  BIGINT         NOT NULL,
    community_id    BIGINT,
    compound_id     BIGINT,
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    schedule        VARCHAR(200)   NOT NULL,
    available_from  DATE           NOT NULL,
    available_to    DATE,
    capacity        INT            NOT NULL,
    price           DECIMAL(14, 2) NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_listed_service_code UNIQUE (code),
    CONSTRAINT fk_listed_service_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_listed_service_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_listed_service_match ON listed_service (subdistrict_id, category, available_to);
CREATE INDEX ix_listed_service_community ON listed_service (community_id, category, created_at);
CREATE INDEX ix_listed_service_path ON listed_service (unit_path, created_at);
CREATE INDEX ix_listed_service_partner ON listed_service (partner_id);

CREATE TABLE listed_service_eligibility (
    service_id  BIGINT      NOT NULL,
    eligibility VARCHAR(24) NOT NULL,
    PRIMARY KEY (service_id, eligibility),
    CONSTRAINT fk_listed_service_eligibility FOREIGN KEY (service_id) REFERENCES listed_service (id)
);

CREATE TABLE need_match (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    need_id      BIGINT      NOT NULL,
    offer_kind   VARCHAR(16) NOT NULL,
    offer_id     BIGINT      NOT NULL,
    offer_code   VARCHAR(20) NOT NULL,
    partner_id   BIGINT      NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    note         VARCHAR(500),
    confirmed_by VARCHAR(64) NOT NULL,
    confirmed_at DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_need_match_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_need_match_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_need_match_need ON need_match (need_id, id);
CREATE INDEX ix_need_match_offer ON need_match (offer_kind, offer_id);
