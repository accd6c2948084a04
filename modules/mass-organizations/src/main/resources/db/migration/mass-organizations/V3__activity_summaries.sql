-- After an activity: what staff or the organiser wrote about it, its photos, and how satisfied the
-- participants were. The participant count is counted from check-ins when read; staff may put a
-- corrected count in its place, always with the reason.

CREATE TABLE activity_summary (
    activity_id        BIGINT        NOT NULL PRIMARY KEY,
    summary            VARCHAR(4000) NOT NULL,
    corrected_count    INT,
    correction_reason  VARCHAR(200),
    written_by         VARCHAR(64)   NOT NULL,
    written_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_activity_summary_count CHECK (corrected_count IS NULL OR corrected_count >= 0),
    CONSTRAINT ck_activity_summary_reason CHECK (corrected_count IS NULL OR correction_reason IS NOT NULL),
    CONSTRAINT fk_activity_summary_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

-- Photos are checked by content (JPEG or PNG) and stored without their metadata.
CREATE TABLE activity_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT      NOT NULL,
    content_type VARCHAR(16) NOT NULL,
    size_bytes   INT         NOT NULL,
    content      LONGBLOB    NOT NULL,
    added_by     VARCHAR(64) NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_photo_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);
CREATE INDEX ix_activity_photo_activity ON activity_photo (activity_id, id);

-- One score per registration; the participant may change it, so the row is updated in place.
CREATE TABLE activity_rating (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id     BIGINT      NOT NULL,
    registration_id BIGINT      NOT NULL,
    score           INT         NOT NULL,
    rated_at        DATETIME(6) NOT NULL,
    changed_at      DATETIME(6),
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_activity_rating_registration UNIQUE (registration_id),
    CONSTRAINT ck_activity_rating_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_activity_rating_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_rating_registration FOREIGN KEY (registration_id) REFERENCES activity_registration (id)
);
CREATE INDEX ix_activity_rating_activity ON activity_rating (activity_id, score);
