-- A yearly target may also ask for a mean satisfaction (1.0–5.0) of the participants' ratings.
ALTER TABLE mo_yearly_target ADD COLUMN min_satisfaction DECIMAL(2, 1);
