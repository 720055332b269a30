-- The reconciler's pass takes the rows written since its last one (api/reconciler.ts): by this index,
-- a pass costs what changed, not every open case.
CREATE INDEX cases_written_since ON cases (updated_at);
