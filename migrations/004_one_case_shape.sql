-- One case shape for every procedure: P2's own fields move under `subject`, every case has a
-- `judul`; inbox items carry their task and a short case summary, not the whole case view.
UPDATE cases
   SET view = (view - 'permohonan' - 'unitPemilik' - 'unitTujuan') || jsonb_build_object(
         'subject', jsonb_build_object('permohonan', view->'permohonan', 'unitPemilik', view->'unitPemilik', 'unitTujuan', view->'unitTujuan'),
         'judul', 'Permohonan pelibatan ' || (view->'unitTujuan'->>'nama') || ' oleh ' || (view->'unitPemilik'->>'nama') || ': ' || (view->'permohonan'->>'maksud'))
 WHERE view ? 'permohonan' AND NOT view ? 'subject';

ALTER TABLE cases ADD COLUMN summary jsonb;
UPDATE cases SET summary = jsonb_build_object('judul', view->'judul', 'pemohon', view->'pemohon');
ALTER TABLE cases ALTER COLUMN summary SET NOT NULL;

ALTER TABLE tasks ADD COLUMN procedure text, ADD COLUMN role text, ADD COLUMN citation text;
UPDATE tasks t
   SET procedure = c.procedure, role = x.role, citation = x.citation
  FROM cases c, jsonb_to_recordset(c.view->'tasks') AS x(id text, role text, citation text)
 WHERE c.case_id = t.case_id AND x.id = t.task_id;
ALTER TABLE tasks ALTER COLUMN procedure SET NOT NULL, ALTER COLUMN role SET NOT NULL, ALTER COLUMN citation SET NOT NULL;

-- The inbox is keyset-paged by (opened_at, case_id, task_id).
DROP INDEX tasks_open_by_assignee;
CREATE INDEX tasks_open_by_assignee ON tasks (assignee_nip, opened_at, case_id, task_id) WHERE status = 'open';
