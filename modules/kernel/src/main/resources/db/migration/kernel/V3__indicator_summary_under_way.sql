-- The indicator summary also measures the quarter under way on its own interval (a city's view
-- reads it); once per cluster like every timed job, so it needs its lease row.
INSERT INTO job_lease (job_name, leased_until, leased_by) VALUES ('indicator-summary-under-way', '2000-01-01 00:00:00', '-');
