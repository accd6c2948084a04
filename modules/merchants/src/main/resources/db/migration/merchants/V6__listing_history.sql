-- Whether a merchant was on the public circle at a past instant (a quarter's end, for the caring
-- merchants counted then): every time the partners registry suspends, reinstates or ends the
-- partner, the listing it leads to and when. `listed` on the profile stays the present state.
CREATE TABLE merchant_listing_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    profile_id BIGINT      NOT NULL,
    listed     BOOLEAN     NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_merchant_listing_change_profile FOREIGN KEY (profile_id) REFERENCES merchant_profile (id)
);
-- The latest change of a profile before an instant, read backwards on the index.
CREATE INDEX ix_merchant_listing_change_profile ON merchant_listing_change (profile_id, changed_at);

-- The past before this table is not known: a profile counts as listed from the earliest instant
-- it records (a caring mark is given after the profile is written; updated_at is never earlier),
-- and one unlisted now has been so only from now on, so quarters already closed keep their figure.
INSERT INTO merchant_listing_change (profile_id, listed, changed_at)
SELECT id, TRUE, COALESCE(caring_marked_at, updated_at) FROM merchant_profile;

-- UTC now on both H2 and MariaDB: seconds since the epoch added to the epoch, no session zone involved.
INSERT INTO merchant_listing_change (profile_id, listed, changed_at)
SELECT id, FALSE, TIMESTAMPADD(SECOND, UNIX_TIMESTAMP(), TIMESTAMP '1970-01-01 00:00:00')
FROM merchant_profile WHERE listed = FALSE;
