-- Activities of mass organisations (群团活动) and residents' registrations for them. The activity
-- row carries the seat counter and the last arrival number: every registration locks that row
-- (SELECT ... FOR UPDATE), so capacity and arrival order hold with several servers.

CREATE TABLE activity (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id    BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    description       VARCHAR(2000),
    venue             VARCHAR(200)  NOT NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    capacity          INT           NOT NULL,
    audience          VARCHAR(24)   NOT NULL,
    opens_at          DATETIME(6)   NOT NULL,
    closes_at         DATETIME(6)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    seats_taken       INT           NOT NULL DEFAULT 0,
    last_arrival      INT           NOT NULL DEFAULT 0,
    attendance_closed BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_activity_capacity CHECK (capacity > 0),
    CONSTRAINT ck_activity_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity)
);
CREATE INDEX ix_activity_community_start ON activity (community_id, starts_at);
CREATE INDEX ix_activity_subdistrict_start ON activity (subdistrict_id, starts_at);

-- The organisers (partners of kind mass organisation), with the name they had when named, for public pages.
CREATE TABLE activity_organiser (
    activity_id  BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    partner_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_id, partner_id),
    CONSTRAINT fk_activity_organiser_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

CREATE TABLE activity_registration (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id   BIGINT      NOT NULL,
    name          VARCHAR(50) NOT NULL,
    phone         VARCHAR(20) NOT NULL,
    code          VARCHAR(10) NOT NULL,
    arrival       INT         NOT NULL,
    status        VARCHAR(16) NOT NULL,
    channel       VARCHAR(16) NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    promoted_at   DATETIME(6),
    cancelled_at  DATETIME(6),
    checked_in_at DATETIME(6),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_activity_registration_phone UNIQUE (activity_id, phone),
    CONSTRAINT uq_activity_registration_arrival UNIQUE (activity_id, arrival),
    CONSTRAINT uq_activity_registration_code UNIQUE (code),
    CONSTRAINT fk_activity_registration_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);
CREATE INDEX ix_activity_registration_status ON activity_registration (activity_id, status, arrival);

-- Messages owed to registrants (an outbox): shown on their registration page; no SMS gateway yet,
-- sent_at is where one would mark them sent.
CREATE TABLE activity_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT      NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    sent_at         DATETIME(6),
    CONSTRAINT fk_activity_notice_registration FOREIGN KEY (registration_id) REFERENCES activity_registration (id)
);
CREATE INDEX ix_activity_notice_registration ON activity_notice (registration_id);
