-- The property register: compounds' service contracts, buildings, units and owners.
-- Sized for 300,000 units: every list reads by an indexed parent id, never a table scan.

CREATE TABLE property_service_contract (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id   BIGINT       NOT NULL,
    partner_id    BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    service_level VARCHAR(500) NOT NULL,
    service_grade INT          NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_contract_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id),
    CONSTRAINT fk_property_contract_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_property_contract_compound ON property_service_contract (compound_id, starts_on);
CREATE INDEX ix_property_contract_partner ON property_service_contract (partner_id);

CREATE TABLE property_building (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id BIGINT      NOT NULL,
    number      VARCHAR(20) NOT NULL,
    name        VARCHAR(50),
    floors      INT         NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_building_number UNIQUE (compound_id, number),
    CONSTRAINT fk_property_building_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);

CREATE TABLE property_unit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    building_id    BIGINT        NOT NULL,
    compound_id    BIGINT        NOT NULL,
    unit_number    VARCHAR(20)   NOT NULL,
    exclusive_area DECIMAL(10,2) NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_unit_number UNIQUE (building_id, unit_number),
    CONSTRAINT ck_property_unit_area CHECK (exclusive_area > 0),
    CONSTRAINT fk_property_unit_building FOREIGN KEY (building_id) REFERENCES property_building (id),
    CONSTRAINT fk_property_unit_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_unit_compound ON property_unit (compound_id, id);

CREATE TABLE property_owner (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT       NOT NULL,
    compound_id      BIGINT       NOT NULL,
    name             VARCHAR(50)  NOT NULL,
    id_number_cipher VARCHAR(100) NOT NULL,
    id_number_hash   CHAR(64)     NOT NULL,
    id_number_masked VARCHAR(18)  NOT NULL,
    phone            VARCHAR(20),
    share_percent    DECIMAL(5,2) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_owner_unit_id UNIQUE (unit_id, id_number_hash),
    CONSTRAINT ck_property_owner_share CHECK (share_percent > 0 AND share_percent <= 100),
    CONSTRAINT fk_property_owner_unit FOREIGN KEY (unit_id) REFERENCES property_unit (id),
    CONSTRAINT fk_property_owner_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_owner_hash ON property_owner (id_number_hash);
CREATE INDEX ix_property_owner_compound ON property_owner (compound_id, unit_id);
