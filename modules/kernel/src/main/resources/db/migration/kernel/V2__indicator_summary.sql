-- The dashboard's summary: every indicator source's figures per quarter at the finest place the
-- source attributes rows to (a compound, or a community/subdistrict/city for rows directly on it),
-- kept by the indicator-summary job. Derived data, rewritten a whole quarter at a time.

-- Which quarters of an indicator the summary holds, with the unit they were measured in and when.
CREATE TABLE indicator_summary_quarter (
    indicator_key VARCHAR(64) NOT NULL,
    quarter_code  CHAR(6)     NOT NULL,
    figure_unit   VARCHAR(16) NOT NULL,
    computed_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_indicator_summary_quarter PRIMARY KEY (indicator_key, quarter_code)
);

CREATE TABLE indicator_summary (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_key VARCHAR(64)    NOT NULL,
    quarter_code  CHAR(6)        NOT NULL,
    unit_id       BIGINT         NOT NULL,
    category      VARCHAR(64),
    category_zh   VARCHAR(100),
    category_en   VARCHAR(100),
    numerator     DECIMAL(24, 6) NOT NULL,
    denominator   DECIMAL(24, 6) NOT NULL,
    CONSTRAINT fk_indicator_summary_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_indicator_summary_quarter ON indicator_summary (quarter_code, indicator_key, unit_id);

INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('indicator-summary', '2000-01-01 00:00:00', '-');
