-- Service commitments of a compound's property company: the items, staff check-ins (with an
-- optional photo), owners' spot ratings, and the work orders raised for weeks not met.

CREATE TABLE property_commitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id    BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    times          INT          NOT NULL,
    frequency      VARCHAR(8)   NOT NULL,
    coverage       VARCHAR(10)  NOT NULL,
    order_category VARCHAR(32)  NOT NULL,
    starts_on      DATE         NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_property_commitment_times CHECK (times > 0),
    CONSTRAINT fk_property_commitment_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_commitment_compound ON property_commitment (compound_id, id);

CREATE TABLE property_commitment_checkin (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    commitment_id BIGINT       NOT NULL,
    compound_id   BIGINT       NOT NULL,
    building_id   BIGINT,
    checked_at    DATETIME(6)  NOT NULL,
    checked_by    VARCHAR(64)  NOT NULL,
    partner_id    BIGINT       NOT NULL,
    note          VARCHAR(500),
    has_photo     BOOLEAN      NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_checkin_commitment FOREIGN KEY (commitment_id) REFERENCES property_commitment (id),
    CONSTRAINT fk_property_checkin_building FOREIGN KEY (building_id) REFERENCES property_building (id)
);
CREATE INDEX ix_property_checkin_commitment ON property_commitment_checkin (commitment_id, checked_at);

CREATE TABLE property_commitment_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    checkin_id   BIGINT      NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    content      LONGBLOB    NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_photo_checkin UNIQUE (checkin_id),
    CONSTRAINT fk_property_photo_checkin FOREIGN KEY (checkin_id) REFERENCES property_commitment_checkin (id)
);

CREATE TABLE property_commitment_rating (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    commitment_id BIGINT       NOT NULL,
    compound_id   BIGINT       NOT NULL,
    rated_by      VARCHAR(64)  NOT NULL,
    stars         INT          NOT NULL,
    note          VARCHAR(500),
    rated_at      DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_property_rating_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT fk_property_rating_commitment FOREIGN KEY (commitment_id) REFERENCES property_commitment (id)
);
CREATE INDEX ix_property_rating_commitment ON property_commitment_rating (commitment_id, rated_at);

CREATE TABLE property_commitment_order (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    commitment_id BIGINT      NOT NULL,
    period_starts DATE        NOT NULL,
    work_order_id BIGINT      NOT NULL,
    raised_by     VARCHAR(64) NOT NULL,
    raised_at     DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_commitment_order UNIQUE (commitment_id, period_starts),
    CONSTRAINT fk_property_order_commitment FOREIGN KEY (commitment_id) REFERENCES property_commitment (id)
);
