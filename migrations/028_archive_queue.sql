-- The archive's queue (issue 20: the archive off the cases' path). A closing case (and a long case's
-- run that continued as new) records here what is to be archived, in one local write; the pengarsipan
-- workflow takes what is due in batches. A row leaves once its copy is stored; one whose run has not
-- closed yet, or whose copy failed, waits until next_at.
CREATE TABLE archive_queue (
  case_id   text NOT NULL,
  -- The run to archive: the closing run of the case, or a run it continued as new from.
  run_id    text NOT NULL,
  -- true: the case closed (every run, its view, documents and audit rows); false: that run alone.
  whole     boolean NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now(),
  next_at   timestamptz NOT NULL DEFAULT now(),
  attempts  integer NOT NULL DEFAULT 0,
  last_error text,
  PRIMARY KEY (case_id, run_id)
);
CREATE INDEX archive_queue_due ON archive_queue (next_at);
