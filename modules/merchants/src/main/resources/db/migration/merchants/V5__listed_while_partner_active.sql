-- A merchant is on the public circle, and covers an essential need, only while its partner is
-- active: the partners registry announces every lifecycle step and the profile follows it.
ALTER TABLE merchant_profile ADD COLUMN listed BOOLEAN NOT NULL DEFAULT TRUE;
