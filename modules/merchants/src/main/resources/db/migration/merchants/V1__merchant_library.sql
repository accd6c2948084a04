-- The merchant library (商企资源库): one profile per merchant partner of the partners registry
-- (referred to by id only; this module never reads the partners' tables), the services it offers,
-- and each subdistrict's radius of the 15-minute circle. Compounds' coordinates are the
-- organisation tree's (org_unit.latitude/longitude), kept by staff in the tree.

CREATE TABLE merchant_profile (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id               BIGINT        NOT NULL,
    subdistrict_id           BIGINT        NOT NULL,
    community_id             BIGINT        NOT NULL,
    name                     VARCHAR(100)  NOT NULL,
    category                 VARCHAR(16)   NOT NULL,
    address                  VARCHAR(200)  NOT NULL,
    latitude                 DECIMAL(9, 6) NOT NULL,
    longitude                DECIMAL(9, 6) NOT NULL,
    public_phone             VARCHAR(20),
    opening_hours            VARCHAR(400),
    caring                   BOOLEAN       NOT NULL DEFAULT FALSE,
    caring_marked_by         VARCHAR(64),
    caring_marked_at         DATETIME(6),
    caring_withdrawn_by      VARCHAR(64),
    caring_withdrawn_at      DATETIME(6),
    caring_withdrawal_reason VARCHAR(500),
    updated_by               VARCHAR(64)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_merchant_profile_partner UNIQUE (partner_id),
    CONSTRAINT ck_merchant_profile_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT ck_merchant_profile_longitude CHECK (longitude BETWEEN -180 AND 180)
);
-- The circle query: equality on the subdistrict, then a latitude range, longitude checked in the index.
CREATE INDEX ix_merchant_profile_position ON merchant_profile (subdistrict_id, latitude, longitude);
CREATE INDEX ix_merchant_profile_community ON merchant_profile (community_id, name);

CREATE TABLE merchant_service (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    profile_id  BIGINT         NOT NULL,
    name        VARCHAR(100)   NOT NULL,
    price       DECIMAL(14, 2) NOT NULL,
    description VARCHAR(1000),
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_merchant_service_profile FOREIGN KEY (profile_id) REFERENCES merchant_profile (id),
    CONSTRAINT ck_merchant_service_price CHECK (price >= 0)
);
CREATE INDEX ix_merchant_service_profile ON merchant_service (profile_id, name);

CREATE TABLE merchant_circle_setting (
    subdistrict_id BIGINT      NOT NULL PRIMARY KEY,
    radius_metres  INT         NOT NULL,
    changed_by     VARCHAR(64) NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_merchant_circle_radius CHECK (radius_metres BETWEEN 100 AND 5000)
);
