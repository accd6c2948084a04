-- Elderly meal assistance (老年助餐点): meal points run by a partner at a community, their meal
-- sets with a standard price and a subsidised price per eligibility category, daily menus, and
-- orders (dine-in, pick-up, delivery) from ordering to serving. The monthly subsidy settlement is
-- computed from served orders; nothing is stored for it.

CREATE TABLE meal_point (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partner_id     BIGINT       NOT NULL,
    subdistrict_id BIGINT       NOT NULL,
    community_id   BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    address        VARCHAR(200) NOT NULL,
    public_phone   VARCHAR(20),
    serving_hours  VARCHAR(100),
    daily_capacity INT          NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_meal_point_name UNIQUE (community_id, name),
    CONSTRAINT ck_meal_point_capacity CHECK (daily_capacity BETWEEN 1 AND 10000)
);
CREATE INDEX ix_meal_point_partner ON meal_point (partner_id);

CREATE TABLE meal_set (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    meal_point_id  BIGINT         NOT NULL,
    name           VARCHAR(60)    NOT NULL,
    description    VARCHAR(200),
    standard_price DECIMAL(14, 2) NOT NULL,
    active         BOOLEAN        NOT NULL DEFAULT TRUE,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_meal_set_point FOREIGN KEY (meal_point_id) REFERENCES meal_point (id),
    CONSTRAINT uq_meal_set_name UNIQUE (meal_point_id, name),
    CONSTRAINT ck_meal_set_standard_price CHECK (standard_price > 0)
);

-- What a resident of an eligibility category pays for the set (no row: the standard price).
CREATE TABLE meal_set_price (
    meal_set_id BIGINT         NOT NULL,
    category    VARCHAR(20)    NOT NULL,
    price       DECIMAL(14, 2) NOT NULL,
    CONSTRAINT pk_meal_set_price PRIMARY KEY (meal_set_id, category),
    CONSTRAINT fk_meal_set_price_set FOREIGN KEY (meal_set_id) REFERENCES meal_set (id),
    CONSTRAINT ck_meal_set_price CHECK (price >= 0)
);

-- The dishes of a set on one day (孝亲套餐 on Monday: 红烧肉、清炒时蔬、番茄炒蛋、紫菜蛋汤).
CREATE TABLE meal_menu (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    meal_point_id BIGINT       NOT NULL,
    meal_set_id   BIGINT       NOT NULL,
    menu_day      DATE         NOT NULL,
    dishes        VARCHAR(300) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meal_menu_set FOREIGN KEY (meal_set_id) REFERENCES meal_set (id),
    CONSTRAINT uq_meal_menu UNIQUE (meal_point_id, menu_day, meal_set_id)
);

-- One meal ordered for a day. The eligibility category and the benefit code's use are kept for
-- the settlement and never shown to the meal point's staff; a delivery keeps its address and a
-- phone only until it is served or cancelled.
CREATE TABLE meal_order (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    meal_point_id    BIGINT         NOT NULL,
    subdistrict_id   BIGINT         NOT NULL,
    community_id     BIGINT         NOT NULL,
    meal_set_id      BIGINT         NOT NULL,
    meal_day         DATE           NOT NULL,
    serving_mode     VARCHAR(10)    NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    standard_price   DECIMAL(14, 2) NOT NULL,
    paid_price       DECIMAL(14, 2) NOT NULL,
    category         VARCHAR(20),
    code_use_id      BIGINT,
    delivery_address VARCHAR(200),
    delivery_phone   VARCHAR(20),
    ordered_by       VARCHAR(64)    NOT NULL,
    ordered_at       DATETIME(6)    NOT NULL,
    served_by        VARCHAR(64),
    served_at        DATETIME(6),
    cancelled_by     VARCHAR(64),
    cancelled_at     DATETIME(6),
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_meal_order_point FOREIGN KEY (meal_point_id) REFERENCES meal_point (id),
    CONSTRAINT fk_meal_order_set FOREIGN KEY (meal_set_id) REFERENCES meal_set (id),
    CONSTRAINT uq_meal_order_code_use UNIQUE (code_use_id),
    CONSTRAINT ck_meal_order_prices CHECK (paid_price >= 0 AND paid_price <= standard_price)
);
-- The day's list and capacity count of a meal point.
CREATE INDEX ix_meal_order_day ON meal_order (meal_point_id, meal_day, status);
-- The month's settlement and reconciliation read this index alone (a month of 3,000 meals a day is
-- 93,000 entries in one range), never the rows.
CREATE INDEX ix_meal_order_settlement ON meal_order (meal_point_id, status, meal_day, category, standard_price,
    paid_price, code_use_id);
-- The dashboard's served meals per community and quarter.
CREATE INDEX ix_meal_order_community ON meal_order (community_id, status, meal_day);

-- The benefit codes used at a meal point (the meal point's ledger of code uses): the code's id, the
-- day of the meal it paid for and the category it priced. The monthly reconciliation checks the
-- served subsidised orders against these; a use stays when its order is cancelled.
CREATE TABLE meal_code_use (
    use_id        BIGINT      NOT NULL PRIMARY KEY,
    meal_point_id BIGINT      NOT NULL,
    meal_day      DATE        NOT NULL,
    category      VARCHAR(20) NOT NULL,
    used_by       VARCHAR(64) NOT NULL,
    used_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_meal_code_use_point FOREIGN KEY (meal_point_id) REFERENCES meal_point (id)
);
-- The reconciliation's range, covering (the primary key rides along in the index).
CREATE INDEX ix_meal_code_use_day ON meal_code_use (meal_point_id, meal_day, category);
