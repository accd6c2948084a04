-- Mass organisations (群团组织) as this module knows them: a partner of kind mass organisation in the
-- partners registry, with its kind, the communities it serves (copied from the partner when saved, so
-- lists filter by scope in SQL), members, courses, volunteer hours, projects and yearly targets.

CREATE TABLE mo_organisation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id     BIGINT       NOT NULL,
    subdistrict_id BIGINT       NOT NULL,
    home_unit_id   BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_mo_organisation_partner UNIQUE (partner_id)
);
CREATE INDEX ix_mo_organisation_home ON mo_organisation (home_unit_id);

CREATE TABLE mo_organisation_community (
    organisation_id BIGINT NOT NULL,
    community_id    BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, community_id),
    CONSTRAINT fk_mo_org_community_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);
CREATE INDEX ix_mo_org_community_community ON mo_organisation_community (community_id);

-- Members keep minimal personal data: name, phone (shown masked), the day they joined; leaders and
-- volunteers are members with a title or skills.
CREATE TABLE mo_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    joined_on       DATE         NOT NULL,
    leader_title    VARCHAR(30),
    volunteer       BOOLEAN      NOT NULL DEFAULT FALSE,
    skills          VARCHAR(200),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_mo_member_phone UNIQUE (organisation_id, phone),
    CONSTRAINT fk_mo_member_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);

CREATE TABLE mo_course (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    community_id    BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    title           VARCHAR(100) NOT NULL,
    term            VARCHAR(40)  NOT NULL,
    term_starts_on  DATE         NOT NULL,
    term_ends_on    DATE         NOT NULL,
    teacher         VARCHAR(50)  NOT NULL,
    venue           VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_mo_course_term CHECK (term_ends_on >= term_starts_on),
    CONSTRAINT fk_mo_course_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);
CREATE INDEX ix_mo_course_org ON mo_course (organisation_id, term_starts_on);

CREATE TABLE mo_course_session (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT       NOT NULL,
    starts_at DATETIME(6)  NOT NULL,
    ends_at   DATETIME(6)  NOT NULL,
    venue     VARCHAR(200) NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_mo_session_course FOREIGN KEY (course_id) REFERENCES mo_course (id)
);
CREATE INDEX ix_mo_session_course ON mo_course_session (course_id, starts_at);

-- The roster: members or other residents enrolled in a course.
CREATE TABLE mo_enrolment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT      NOT NULL,
    member_id   BIGINT,
    name        VARCHAR(50) NOT NULL,
    phone       VARCHAR(20) NOT NULL,
    enrolled_on DATE        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_mo_enrolment_phone UNIQUE (course_id, phone),
    CONSTRAINT fk_mo_enrolment_course FOREIGN KEY (course_id) REFERENCES mo_course (id)
);

-- One row per session and person on the roster once attendance is taken.
CREATE TABLE mo_attendance (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    present      BOOLEAN     NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_mo_attendance UNIQUE (session_id, enrolment_id),
    CONSTRAINT fk_mo_attendance_session FOREIGN KEY (session_id) REFERENCES mo_course_session (id),
    CONSTRAINT fk_mo_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES mo_enrolment (id)
);

-- Volunteering at an activity or a course session; hours count only once the organiser confirms.
CREATE TABLE mo_volunteer_shift (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    member_id       BIGINT       NOT NULL,
    activity_id     BIGINT,
    session_id      BIGINT,
    place           VARCHAR(200) NOT NULL,
    task            VARCHAR(100) NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    ended_at        DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    credited_minutes INT         NOT NULL DEFAULT 0,
    recorded_by     VARCHAR(64)  NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_mo_shift_target CHECK ((activity_id IS NULL) <> (session_id IS NULL)),
    CONSTRAINT fk_mo_shift_member FOREIGN KEY (member_id) REFERENCES mo_member (id),
    CONSTRAINT fk_mo_shift_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);
CREATE INDEX ix_mo_shift_org ON mo_volunteer_shift (organisation_id, status, started_at);
CREATE INDEX ix_mo_shift_member ON mo_volunteer_shift (member_id, status);

-- Projects brought into communities (带项目进社区).
CREATE TABLE mo_project (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    goals           VARCHAR(2000) NOT NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_mo_project_period CHECK (ends_on >= starts_on),
    CONSTRAINT fk_mo_project_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);
CREATE TABLE mo_project_community (
    project_id   BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, community_id),
    CONSTRAINT fk_mo_project_community FOREIGN KEY (project_id) REFERENCES mo_project (id)
);
CREATE TABLE mo_project_activity (
    project_id  BIGINT NOT NULL,
    activity_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, activity_id),
    CONSTRAINT fk_mo_project_activity FOREIGN KEY (project_id) REFERENCES mo_project (id)
);
CREATE TABLE mo_project_course (
    project_id BIGINT NOT NULL,
    course_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, course_id),
    CONSTRAINT fk_mo_project_course FOREIGN KEY (project_id) REFERENCES mo_project (id)
);

-- What an organisation commits to in a calendar year (Asia/Shanghai).
CREATE TABLE mo_yearly_target (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    target_year      INT         NOT NULL,
    min_activities   INT         NOT NULL,
    min_participants INT         NOT NULL,
    min_volunteer_hours INT      NOT NULL,
    set_by           VARCHAR(64) NOT NULL,
    set_at           DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_mo_yearly_target UNIQUE (organisation_id, target_year),
    CONSTRAINT ck_mo_yearly_target CHECK (min_activities >= 0 AND min_participants >= 0 AND min_volunteer_hours >= 0),
    CONSTRAINT fk_mo_target_org FOREIGN KEY (organisation_id) REFERENCES mo_organisation (id)
);
