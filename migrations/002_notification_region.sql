-- Notifications carry their region, so that a key scoped to one region reads only its own.
ALTER TABLE notifications ADD COLUMN region text;
UPDATE notifications n SET region = c.region FROM cases c WHERE c.case_id = n.case_id;
UPDATE notifications SET region = split_part(case_id, '-', 1) WHERE region IS NULL;
ALTER TABLE notifications ALTER COLUMN region SET NOT NULL;
