-- Which reporter wrote a resident's line of the timeline, so each resident reads back only their
-- own notes and never another follower's.

ALTER TABLE work_order_event ADD COLUMN reporter_id BIGINT;
ALTER TABLE work_order_event ADD CONSTRAINT fk_work_order_event_reporter
    FOREIGN KEY (reporter_id) REFERENCES work_order_reporter (id);
