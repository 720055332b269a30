-- Where in durable history each projection write came from: the workflow run and its history length
-- (workflowInfo() when the write was scheduled). A row from a run or a position Temporal no longer has
-- (a server that lost the tail of its history) is found by the reconciler and replaced.
ALTER TABLE cases ADD COLUMN run_id text, ADD COLUMN history_length integer NOT NULL DEFAULT 0;
