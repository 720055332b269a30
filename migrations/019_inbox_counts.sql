-- The inbox's counts kept as the tasks change, not counted per request: an official with 100,000 open
-- tasks would otherwise have them counted on every first page. One row per (official, region,
-- procedure, UTC day the tasks fall due), changed in the same transaction as the tasks by
-- statement-level triggers (one upsert per statement, keys in order). Overdue moves with the clock, not
-- with a write: the days before today are summed, and only today's tasks are counted (index below).
CREATE TABLE inbox_counts (
  assignee_nip  char(18) NOT NULL,
  region        text NOT NULL,
  procedure     text NOT NULL,
  due_day       date NOT NULL,
  open          integer NOT NULL,
  PRIMARY KEY (assignee_nip, region, procedure, due_day)
);

INSERT INTO inbox_counts (assignee_nip, region, procedure, due_day, open)
SELECT assignee_nip, region, procedure, (due_at AT TIME ZONE 'UTC')::date, count(*) FROM tasks WHERE status = 'open' GROUP BY 1, 2, 3, 4;

-- Adds a statement's change in open tasks per (official, region, procedure), keys in order (so two
-- writers lock shared rows in one order); a statement that opens or closes none changes nothing.
CREATE FUNCTION inbox_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO inbox_counts (assignee_nip, region, procedure, due_day, open)
    SELECT assignee_nip, region, procedure, (due_at AT TIME ZONE 'UTC')::date, count(*) FROM added WHERE status = 'open' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (assignee_nip, region, procedure, due_day) DO UPDATE SET open = inbox_counts.open + EXCLUDED.open;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO inbox_counts (assignee_nip, region, procedure, due_day, open)
    SELECT assignee_nip, region, procedure, (due_at AT TIME ZONE 'UTC')::date, -count(*) FROM removed WHERE status = 'open' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (assignee_nip, region, procedure, due_day) DO UPDATE SET open = inbox_counts.open + EXCLUDED.open;
  ELSE
    INSERT INTO inbox_counts (assignee_nip, region, procedure, due_day, open)
    SELECT assignee_nip, region, procedure, due_day, sum(n) FROM (
        SELECT assignee_nip, region, procedure, (due_at AT TIME ZONE 'UTC')::date AS due_day, -1 AS n FROM removed WHERE status = 'open'
        UNION ALL SELECT assignee_nip, region, procedure, (due_at AT TIME ZONE 'UTC')::date, 1 FROM added WHERE status = 'open') AS changes
     GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (assignee_nip, region, procedure, due_day) DO UPDATE SET open = inbox_counts.open + EXCLUDED.open;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER inbox_counts_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inbox_counts_change();
CREATE TRIGGER inbox_counts_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION inbox_counts_change();
CREATE TRIGGER inbox_counts_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION inbox_counts_change();

-- Today's open tasks of one official that are overdue already, counted from the index alone (region for the filter).
CREATE INDEX tasks_open_due ON tasks (assignee_nip, due_at) INCLUDE (region, procedure) WHERE status = 'open';
