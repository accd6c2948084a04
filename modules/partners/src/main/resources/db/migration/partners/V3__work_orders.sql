-- Work orders: the categories residents choose from (with their service levels), the orders,
-- their reporters, timelines, photos and notices, and the rules that dispatch them.

CREATE TABLE work_order_category (
    code            VARCHAR(32)  PRIMARY KEY,
    name_zh         VARCHAR(64)  NOT NULL,
    name_en         VARCHAR(64)  NOT NULL,
    description_zh  VARCHAR(500) NOT NULL,
    complaint       BOOLEAN      NOT NULL,
    accept_minutes  INT          NOT NULL,
    resolve_minutes INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    sort_order      INT          NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

INSERT INTO work_order_category (code, name_zh, name_en, description_zh, complaint, accept_minutes, resolve_minutes, active, sort_order) VALUES
('ELEVATOR',    '电梯故障',     'Lift out of order',         '电梯停运、困人、异响等',               FALSE, 30,  1440, TRUE, 10),
('WATER_POWER', '水电气故障',   'Water, power or gas fault', '停水停电、管道漏水、燃气异味等',       FALSE, 30,  1440, TRUE, 20),
('SAFETY',      '安全隐患',     'Safety hazard',             '消防通道堵塞、设施破损有伤人风险等',   FALSE, 30,  1440, TRUE, 30),
('REPAIR',      '公共设施维修', 'Repair of shared facilities', '楼道灯、门禁、健身器材、道路破损等', FALSE, 120, 4320, TRUE, 40),
('SANITATION',  '环境卫生',     'Cleanliness and rubbish',   '垃圾清运、楼道保洁、积水等',           FALSE, 120, 1440, TRUE, 50),
('GREENING',    '绿化养护',     'Greenery',                  '树木修剪、草坪养护、病虫害等',         FALSE, 240, 4320, TRUE, 60),
('PARKING',     '停车秩序',     'Parking',                   '乱停车、占用消防通道、充电桩等',       FALSE, 120, 2880, TRUE, 70),
('NOISE',       '噪音扰民',     'Noise',                     '装修、商铺、夜间施工噪音等',           FALSE, 120, 2880, TRUE, 80),
('PROPERTY_COMPLAINT', '物业服务投诉', 'Complaint about property services', '物业服务不到位、收费不透明、态度问题等', TRUE, 120, 4320, TRUE, 90),
('MERCHANT_COMPLAINT', '商户经营投诉', 'Complaint about a merchant',        '占道经营、油烟、价格不明等',             TRUE, 120, 4320, TRUE, 100),
('OTHER',       '其他诉求',     'Other',                     '以上未列出的问题',                     FALSE, 240, 7200, TRUE, 110);

CREATE TABLE work_order (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_code   VARCHAR(32)   NOT NULL,
    complaint       BOOLEAN       NOT NULL,
    subdistrict_id  BIGINT        NOT NULL,
    community_id    BIGINT        NOT NULL,
    compound_id     BIGINT,
    place_detail    VARCHAR(200),
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    description     VARCHAR(2000) NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    close_reason    VARCHAR(32),
    partner_id      BIGINT,
    accept_minutes  INT           NOT NULL,
    resolve_minutes INT           NOT NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    dispatched_at   DATETIME(6),
    accepted_at     DATETIME(6),
    resolved_at     DATETIME(6),
    confirmed_at    DATETIME(6),
    closed_at       DATETIME(6),
    accept_due_at   DATETIME(6)   NOT NULL,
    resolve_due_at  DATETIME(6)   NOT NULL,
    escalation      VARCHAR(16)   NOT NULL,
    escalated_at    DATETIME(6),
    urge_count      INT           NOT NULL DEFAULT 0,
    reopen_count    INT           NOT NULL DEFAULT 0,
    me_too_count    INT           NOT NULL DEFAULT 0,
    duplicate_of_id BIGINT,
    rating          INT,
    rating_comment  VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_work_order_category FOREIGN KEY (category_code) REFERENCES work_order_category (code),
    CONSTRAINT fk_work_order_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES org_unit (id),
    CONSTRAINT fk_work_order_community FOREIGN KEY (community_id) REFERENCES org_unit (id),
    CONSTRAINT fk_work_order_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id),
    CONSTRAINT fk_work_order_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
-- The board (newest first per community), the partner inbox, duplicates and the escalation scan.
CREATE INDEX ix_work_order_community ON work_order (community_id, submitted_at);
CREATE INDEX ix_work_order_submitted ON work_order (submitted_at);
CREATE INDEX ix_work_order_partner ON work_order (partner_id, status, submitted_at);
CREATE INDEX ix_work_order_compound ON work_order (compound_id, category_code, status, submitted_at);
CREATE INDEX ix_work_order_status ON work_order (status, accept_due_at);
CREATE INDEX ix_work_order_subdistrict ON work_order (subdistrict_id, submitted_at);

CREATE TABLE work_order_reporter (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT      NOT NULL,
    tracking_code  VARCHAR(10) NOT NULL,
    name           VARCHAR(32),
    phone          VARCHAR(20) NOT NULL,
    first_reporter BOOLEAN     NOT NULL,
    joined_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_work_order_reporter_code UNIQUE (tracking_code),
    CONSTRAINT fk_work_order_reporter_order FOREIGN KEY (order_id) REFERENCES work_order (id)
);
CREATE INDEX ix_work_order_reporter_order ON work_order_reporter (order_id);

CREATE TABLE work_order_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id   BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    actor      VARCHAR(16)   NOT NULL,
    actor_name VARCHAR(64)   NOT NULL,
    to_status  VARCHAR(16)   NOT NULL,
    partner_id BIGINT,
    note       VARCHAR(1000),
    at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_work_order_event_order FOREIGN KEY (order_id) REFERENCES work_order (id)
);
CREATE INDEX ix_work_order_event_order ON work_order_event (order_id, id);

CREATE TABLE work_order_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT      NOT NULL,
    event_id     BIGINT      NOT NULL,
    content_type VARCHAR(16) NOT NULL,
    size_bytes   INT         NOT NULL,
    content      LONGBLOB    NOT NULL,
    taken_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_work_order_photo_order FOREIGN KEY (order_id) REFERENCES work_order (id),
    CONSTRAINT fk_work_order_photo_event FOREIGN KEY (event_id) REFERENCES work_order_event (id)
);
CREATE INDEX ix_work_order_photo_order ON work_order_photo (order_id, id);

CREATE TABLE work_order_notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    reporter_id BIGINT      NOT NULL,
    order_id    BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    sent_at     DATETIME(6),
    CONSTRAINT fk_work_order_notice_reporter FOREIGN KEY (reporter_id) REFERENCES work_order_reporter (id)
);
CREATE INDEX ix_work_order_notice_reporter ON work_order_notice (reporter_id, id);

CREATE TABLE dispatch_rule (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_code VARCHAR(32) NOT NULL,
    unit_id       BIGINT      NOT NULL,
    partner_id    BIGINT      NOT NULL,
    created_by    VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_dispatch_rule UNIQUE (category_code, unit_id),
    CONSTRAINT fk_dispatch_rule_category FOREIGN KEY (category_code) REFERENCES work_order_category (code),
    CONSTRAINT fk_dispatch_rule_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_dispatch_rule_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);

INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('work-order-escalation', '2000-01-01 00:00:00', '-');
