-- Owner votes (业主共同决定, Civil Code art. 278) and owner accounts bound to their units.
-- A vote's electorate is copied into property_vote_elector when it opens, so later register
-- changes never move a tally; each seat points at the unit's ballot that counts, and every
-- ballot stays as history.

CREATE TABLE property_owner_account_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(64) NOT NULL,
    unit_id     BIGINT      NOT NULL,
    compound_id BIGINT      NOT NULL,
    bound_by    VARCHAR(64) NOT NULL,
    bound_at    DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_owner_account_unit UNIQUE (username, unit_id),
    CONSTRAINT fk_property_owner_account_unit FOREIGN KEY (unit_id) REFERENCES property_unit (id),
    CONSTRAINT fk_property_owner_account_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_owner_account_compound ON property_owner_account_unit (compound_id, unit_id);

CREATE TABLE property_developer_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT      NOT NULL,
    compound_id BIGINT      NOT NULL,
    marked_by   VARCHAR(64) NOT NULL,
    marked_at   DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_developer_unit UNIQUE (unit_id),
    CONSTRAINT fk_property_developer_unit FOREIGN KEY (unit_id) REFERENCES property_unit (id),
    CONSTRAINT fk_property_developer_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_developer_compound ON property_developer_unit (compound_id);

CREATE TABLE property_vote (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id   BIGINT        NOT NULL,
    matter        VARCHAR(30)   NOT NULL,
    question      VARCHAR(500)  NOT NULL,
    secret_ballot BOOLEAN       NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    opened_by     VARCHAR(64),
    opened_at     DATETIME(6),
    elector_units INT,
    total_area    DECIMAL(14,2),
    total_heads   INT,
    closed_by     VARCHAR(64),
    closed_at     DATETIME(6),
    passed        BOOLEAN,
    result_ratios VARCHAR(400),
    cosigned_by   VARCHAR(64),
    cosigned_at   DATETIME(6),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_vote_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_property_vote_compound ON property_vote (compound_id, id);

CREATE TABLE property_vote_scan (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id      BIGINT      NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    size_bytes   INT         NOT NULL,
    content      LONGBLOB    NOT NULL,
    uploaded_by  VARCHAR(64) NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_vote_scan_vote FOREIGN KEY (vote_id) REFERENCES property_vote (id)
);

CREATE TABLE property_vote_ballot (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id  BIGINT      NOT NULL,
    unit_id  BIGINT      NOT NULL,
    choice   VARCHAR(10) NOT NULL,
    channel  VARCHAR(10) NOT NULL,
    cast_by  VARCHAR(64) NOT NULL,
    cast_at  DATETIME(6) NOT NULL,
    scan_id  BIGINT,
    version  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_property_vote_ballot_vote FOREIGN KEY (vote_id) REFERENCES property_vote (id),
    CONSTRAINT fk_property_vote_ballot_scan FOREIGN KEY (scan_id) REFERENCES property_vote_scan (id)
);
CREATE INDEX ix_property_vote_ballot_unit ON property_vote_ballot (vote_id, unit_id, id);

CREATE TABLE property_vote_elector (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    building_id     BIGINT        NOT NULL,
    building_number VARCHAR(20)   NOT NULL,
    unit_number     VARCHAR(20)   NOT NULL,
    area            DECIMAL(10,2) NOT NULL,
    head_key        VARCHAR(80)   NOT NULL,
    developer_held  BOOLEAN       NOT NULL,
    ballot_id       BIGINT,
    choice          VARCHAR(10),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_property_vote_elector UNIQUE (vote_id, unit_id),
    CONSTRAINT fk_property_vote_elector_vote FOREIGN KEY (vote_id) REFERENCES property_vote (id),
    CONSTRAINT fk_property_vote_elector_ballot FOREIGN KEY (ballot_id) REFERENCES property_vote_ballot (id)
);
CREATE INDEX ix_property_vote_elector_place ON property_vote_elector (vote_id, building_number, unit_number);
