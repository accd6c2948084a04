-- Child-care stations (带娃驿站) and donations to communities (捐赠), two features of the merchants
-- module. Partners are referred to by id only (this module never reads the partners' tables); their
-- names are copied where a public page shows them, since public pages have no caller to look them up.

-- A station at a partner's site, run by three partners: the space provider, the community volunteer
-- partner and the course provider. Each session needs at least min_volunteers on its rota.
CREATE TABLE child_care_station (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id         BIGINT       NOT NULL,
    community_id           BIGINT       NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    site                   VARCHAR(200) NOT NULL,
    space_partner_id       BIGINT       NOT NULL,
    space_partner_name     VARCHAR(100) NOT NULL,
    volunteer_partner_id   BIGINT       NOT NULL,
    volunteer_partner_name VARCHAR(100) NOT NULL,
    course_partner_id      BIGINT       NOT NULL,
    course_partner_name    VARCHAR(100) NOT NULL,
    min_volunteers         INT          NOT NULL,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by             VARCHAR(64)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_child_care_station_volunteers CHECK (min_volunteers BETWEEN 0 AND 20)
);
CREATE INDEX ix_child_care_station_community ON child_care_station (community_id, name);
CREATE INDEX ix_child_care_station_space ON child_care_station (space_partner_id);
CREATE INDEX ix_child_care_station_volunteer ON child_care_station (volunteer_partner_id);
CREATE INDEX ix_child_care_station_course ON child_care_station (course_partner_id);

-- A course session. seats_taken counts live bookings; it changes only under the session's row lock.
CREATE TABLE child_care_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    station_id     BIGINT       NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    topic          VARCHAR(100) NOT NULL,
    capacity       INT          NOT NULL,
    youngest_band  VARCHAR(16)  NOT NULL,
    oldest_band    VARCHAR(16)  NOT NULL,
    seats_taken    INT          NOT NULL DEFAULT 0,
    cancelled      BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_child_care_session_station FOREIGN KEY (station_id) REFERENCES child_care_station (id),
    CONSTRAINT ck_child_care_session_capacity CHECK (capacity BETWEEN 1 AND 200),
    CONSTRAINT ck_child_care_session_seats CHECK (seats_taken BETWEEN 0 AND capacity)
);
CREATE INDEX ix_child_care_session_station ON child_care_session (station_id, starts_at);
CREATE INDEX ix_child_care_session_ends ON child_care_session (ends_at);

-- A guardian's booking: the guardian's name and phone (masked on every screen, blanked by the
-- retention job some days after the session), the child's age band only, and the consent given.
CREATE TABLE child_care_booking (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    code            VARCHAR(10)  NOT NULL,
    guardian_name   VARCHAR(50),
    guardian_phone  VARCHAR(20),
    age_band        VARCHAR(16)  NOT NULL,
    consent_at      DATETIME(6)  NOT NULL,
    consent_version VARCHAR(16)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    booked_at       DATETIME(6)  NOT NULL,
    cancelled_at    DATETIME(6),
    anonymised_at   DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_child_care_booking_session FOREIGN KEY (session_id) REFERENCES child_care_session (id),
    CONSTRAINT uq_child_care_booking_code UNIQUE (code)
);
CREATE INDEX ix_child_care_booking_session ON child_care_booking (session_id, status);
CREATE INDEX ix_child_care_booking_retention ON child_care_booking (anonymised_at, session_id);

-- Who of the volunteer partner helps at a session.
CREATE TABLE child_care_rota (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT      NOT NULL,
    volunteer_name  VARCHAR(50) NOT NULL,
    volunteer_phone VARCHAR(20),
    assigned_by     VARCHAR(64) NOT NULL,
    assigned_at     DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_child_care_rota_session FOREIGN KEY (session_id) REFERENCES child_care_session (id),
    CONSTRAINT uq_child_care_rota_volunteer UNIQUE (session_id, volunteer_name)
);

-- A partner's donation to a community, its items, and where the items were placed.
CREATE TABLE donation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subdistrict_id BIGINT       NOT NULL,
    community_id   BIGINT       NOT NULL,
    donor_partner_id BIGINT     NOT NULL,
    donor_name     VARCHAR(100) NOT NULL,
    donated_on     DATE         NOT NULL,
    note           VARCHAR(500),
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_donation_community ON donation (community_id, donated_on);

CREATE TABLE donation_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    donation_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    quantity    INT          NOT NULL,
    unit        VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_donation_item_donation FOREIGN KEY (donation_id) REFERENCES donation (id),
    CONSTRAINT ck_donation_item_quantity CHECK (quantity BETWEEN 1 AND 100000)
);
CREATE INDEX ix_donation_item_donation ON donation_item (donation_id);

-- Some of an item at one spot (a key fire-safety point): the site (community or compound), the
-- spot in words, optional WGS-84 coordinates, the expiry date, the last inspection.
CREATE TABLE donation_placement (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    donation_id       BIGINT        NOT NULL,
    item_id           BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    site_unit_id      BIGINT        NOT NULL,
    location          VARCHAR(200)  NOT NULL,
    latitude          DECIMAL(9, 6),
    longitude         DECIMAL(9, 6),
    quantity          INT           NOT NULL,
    placed_on         DATE          NOT NULL,
    expires_on        DATE          NOT NULL,
    last_inspected_on DATE,
    last_result       VARCHAR(16),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_donation_placement_donation FOREIGN KEY (donation_id) REFERENCES donation (id),
    CONSTRAINT fk_donation_placement_item FOREIGN KEY (item_id) REFERENCES donation_item (id),
    CONSTRAINT ck_donation_placement_quantity CHECK (quantity >= 1)
);
CREATE INDEX ix_donation_placement_expiry ON donation_placement (expires_on);
CREATE INDEX ix_donation_placement_community ON donation_placement (community_id, expires_on);
CREATE INDEX ix_donation_placement_donation ON donation_placement (donation_id);

CREATE TABLE donation_inspection (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT       NOT NULL,
    inspected_on  DATE         NOT NULL,
    inspector     VARCHAR(50)  NOT NULL,
    result        VARCHAR(16)  NOT NULL,
    note          VARCHAR(500),
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_donation_inspection_placement FOREIGN KEY (placement_id) REFERENCES donation_placement (id)
);
CREATE INDEX ix_donation_inspection_placement ON donation_inspection (placement_id, inspected_on);

-- A reminder the daily job raised: once per placement, threshold and expiry date (a renewed
-- placement with a new date is reminded again). Staff acknowledge it on the donations screen.
CREATE TABLE donation_reminder (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id    BIGINT      NOT NULL,
    community_id    BIGINT      NOT NULL,
    threshold       VARCHAR(16) NOT NULL,
    expires_on      DATE        NOT NULL,
    raised_at       DATETIME(6) NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at DATETIME(6),
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_donation_reminder_placement FOREIGN KEY (placement_id) REFERENCES donation_placement (id),
    CONSTRAINT uq_donation_reminder UNIQUE (placement_id, threshold, expires_on)
);
CREATE INDEX ix_donation_reminder_community ON donation_reminder (community_id, acknowledged_at);

INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('donation-expiry-reminders', '2000-01-01 00:00:00', '-');
INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('child-care-retention', '2000-01-01 00:00:00', '-');
