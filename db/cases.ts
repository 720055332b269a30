// The case projection and the inbox, written by the saveCase activity and read by the API; each write
// appends the events it makes visible (db/events.ts) in its statement.
import type { Pool } from 'pg';
import { type CaseStatus, type CaseView, type DelegasiTugas, type OfficialRef } from '../domain/kasus';
import { caseEvents, type CaseEvent, type Prior } from '../domain/events';
import { insertEvents, lockPrior } from './events';
import { prepared } from './prepared';
import { inTransaction } from './transaction';

/** Where in durable history a projection write comes from: the workflow run and its history length then. */
export interface HistoryPosition {
  runId: string;
  historyLength: number;
}

/** The row as last written: its version, where it came from, and its view. */
export interface StoredCase extends Partial<HistoryPosition> {
  version: number;
  view: CaseView;
}

/**
 * The workflow's write goes forward only (activities may retry or race). Within one history, a later
 * write has a later (history length, version); a write whose version is stored from another position,
 * or a later position with a lower version, shows the stored row came from history Temporal lost (or
 * was edited): it is replaced. A write of another run (continued as new, or started again) replaces the
 * row. A row without a position (from before positions, or repaired from a query) goes by version.
 */
const FORWARD = `CASE WHEN cases.run_id IS NULL OR EXCLUDED.run_id IS NULL OR cases.history_length < 0 THEN cases.version < EXCLUDED.version
                      WHEN cases.run_id <> EXCLUDED.run_id THEN true
                      ELSE (cases.history_length, cases.version) < (EXCLUDED.history_length, EXCLUDED.version)
                        OR (cases.version = EXCLUDED.version AND cases.history_length <> EXCLUDED.history_length) END`;
/** The position of a row repaired from the workflow's query, which does not say at what history length its view was. */
const QUERIED = -1;
/** The reconciler's write: only over the row it compared with the workflow, so a write in between wins. */
const OVER_SEEN = 'cases.version = $11 AND cases.run_id IS NOT DISTINCT FROM $12 AND cases.history_length = $13';

/** A task row's columns besides its key (case_id, task_id); a row is rewritten only where one of them changed. */
const TASK_FIELDS = ['region', 'procedure', 'assignee_nip', 'kind', 'title', 'role', 'citation', 'status', 'opened_at', 'due_at', 'reminders_sent', 'delegasi'];
const TASK_COLUMNS = ['case_id', 'task_id', ...TASK_FIELDS].join(', ');
const UPDATE_CHANGED_TASK = `SET (${TASK_FIELDS.join(', ')}) = (${TASK_FIELDS.map((c) => `EXCLUDED.${c}`).join(', ')})
         WHERE (${TASK_FIELDS.map((c) => `tasks.${c}`).join(', ')}) IS DISTINCT FROM (${TASK_FIELDS.map((c) => `EXCLUDED.${c}`).join(', ')})`;

/** Notifications (`list`: a JSON array of them) of case `caseId`, a row per recipient; each once. */
const insertNotifications = (caseId: string, list: string) =>
  `INSERT INTO notifications (case_id, region, task_id, seq, kind, recipient_nip, message)
     SELECT ${caseId}, x.region, x."taskId", x.seq, x.kind, r.nip, x.message
       FROM jsonb_to_recordset(${list}::jsonb) AS x(region text, "taskId" text, seq int, kind text, "to" jsonb, message text), jsonb_array_elements_text(x."to") AS r(nip)
     ON CONFLICT DO NOTHING`;

/** A queued archive entry is due this long after the write that queues it: by then its run has closed. */
export const ARCHIVE_DUE_SECONDS = 2;

/**
 * A case (or one run of it: `whole` false) queued for the archive, due a moment later, by when its run
 * has closed; queued twice, it is archived once (services/arsip.ts).
 */
export const insertArchiveQueue = (caseId: string, runId: string, whole: string) =>
  `INSERT INTO archive_queue (case_id, run_id, whole, next_at) VALUES (${caseId}, ${runId}, ${whole}, now() + interval '${ARCHIVE_DUE_SECONDS} seconds') ON CONFLICT DO NOTHING`;

/**
 * The statement that writes the case row and its tasks, with the events the change causes: the row if
 * the guard lets it, then, only if it was written, each task upserted where it changed and those no
 * longer in the view removed (a task unchanged is not rewritten, so the inbox counts are not touched for
 * it). `eventsWhen`: the events go in only if the row was written (else they go in regardless, each once).
 */
function caseWrite(view: CaseView, at: HistoryPosition | undefined, guard: string, seen: unknown[], events: CaseEvent[], eventsWhen: boolean, also: WrittenWith = {}) {
  // $1–$10 the row's columns, then the guard's own (seen: $11–), then each value as the statement names it.
  const values: unknown[] = [view.caseId, view.region, view.procedure, view.status, view.pemohon.nip, view.version, view, { judul: view.judul, pemohon: view.pemohon }, view.startedAt, view.regions ?? [view.region], ...seen];
  const param = (v: unknown) => `$${values.push(v)}`;
  const text = `WITH written AS (
         INSERT INTO cases (case_id, region, procedure, status, requester_nip, version, view, summary, started_at, regions, run_id, history_length)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ${param(at?.runId ?? null)}, ${param(at?.historyLength ?? 0)})
         ON CONFLICT (case_id) DO UPDATE
           SET status = EXCLUDED.status, version = EXCLUDED.version, view = EXCLUDED.view, summary = EXCLUDED.summary,
               run_id = EXCLUDED.run_id, history_length = EXCLUDED.history_length, updated_at = now()
           WHERE ${guard}
         RETURNING case_id),
       now_open AS (
         SELECT w.case_id, t.id AS task_id, coalesce(t.region, $2) AS region, $3::text AS procedure, t.assignee->>'nip' AS assignee_nip, t.kind, t.title, t.role, t.citation,
                t.status, t."openedAt"::timestamptz AS opened_at, t."dueAt"::timestamptz AS due_at, t."remindersSent" AS reminders_sent, t.delegasi
           FROM written w, jsonb_to_recordset(${param(JSON.stringify(view.tasks))}::jsonb) AS t(id text, region text, assignee jsonb, kind text, title text, role text, citation text, status text, "openedAt" text, "dueAt" text, "remindersSent" int, delegasi jsonb)),
       upserted AS (
         INSERT INTO tasks (${TASK_COLUMNS}) SELECT ${TASK_COLUMNS} FROM now_open
         ON CONFLICT (case_id, task_id) DO UPDATE ${UPDATE_CHANGED_TASK}),
       removed AS (
         DELETE FROM tasks WHERE case_id = (SELECT case_id FROM written) AND task_id NOT IN (SELECT task_id FROM now_open))
       ${events.length ? `, appended AS (${insertEvents({ caseId: '$1', regions: '$10', events: param(JSON.stringify(events)), ...(eventsWhen ? { when: 'EXISTS (SELECT 1 FROM written)' } : {}) })})` : ''}
       ${also.notifications?.length ? `, notified AS (${insertNotifications('$1', param(JSON.stringify(also.notifications)))})` : ''}
       ${also.arsip ? `, queued AS (${insertArchiveQueue('$1', param(also.arsip.runId), param(also.arsip.whole))})` : ''}
       SELECT count(*)::int AS n FROM written`;
  return prepared(text, values);
}

/**
 * A write whose prior the database holds (the reconciler's; one that names none): in a transaction, the
 * events from the row it replaces (locked), in the statement that writes the row and its tasks, so the
 * inbox counts the tasks change (rows shared by every case of an official) are locked to the commit only.
 */
async function writeCase(pool: Pool, view: CaseView, at: HistoryPosition | undefined, guard: string, seen: unknown[] = [], also?: WrittenWith): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query(caseWrite(view, at, guard, seen, caseEvents(await lockPrior(client, view.caseId), view), true, also));
    return rows[0].n > 0;
  });
}

/**
 * Writes a case snapshot from its workflow unless a newer one of the same run is already stored.
 * `prior`: what the workflow's previous write showed (null: none): then one statement, its events going in
 * whether or not the row does (a later write may have got there first; each event once, by its key), so
 * none is lost to writes that finish out of order. Without it, the events come from the stored row.
 */
export async function saveCase(pool: Pool, view: CaseView, at?: HistoryPosition, prior?: Prior | null, also?: WrittenWith): Promise<void> {
  if (prior === undefined) await writeCase(pool, view, at, FORWARD, [], also);
  else await pool.query(caseWrite(view, at, FORWARD, [], caseEvents(prior ?? undefined, view), false, also));
}

/**
 * What a workflow's write carries besides the case (each once, whether or not the row is written, as its
 * events): the notifications the case queued since its last write, its archive queued as it closes (its
 * run, or the whole case: as services/arsip.ts queueArchive, due a moment later, by when the run has closed).
 */
export interface WrittenWith {
  notifications?: Notification[];
  arsip?: { runId: string; whole: boolean };
}

/** Replaces the row the reconciler compared (`seen`, absent: none) with its workflow's view (of run `runId`); false if it changed meanwhile. */
export function repairCase(pool: Pool, view: CaseView, runId: string, seen: StoredCase | undefined) {
  const at = { runId, historyLength: QUERIED };
  return seen ? writeCase(pool, view, at, OVER_SEEN, [seen.version, seen.runId ?? null, seen.historyLength ?? 0]) : writeCase(pool, view, at, 'false');
}

/** The stored rows of these cases. */
export async function storedCases(pool: Pool, caseIds: string[]): Promise<Map<string, StoredCase>> {
  const { rows } = await pool.query('SELECT case_id, version, run_id, history_length, view FROM cases WHERE case_id = ANY($1)', [caseIds]);
  return new Map(rows.map((r) => [r.case_id, { version: r.version, runId: r.run_id ?? undefined, historyLength: r.history_length, view: r.view }]));
}

/** Where a case's row was written from: its run and history position (absent: no row, or one from before positions). */
export async function positionOf(pool: Pool, caseId: string): Promise<HistoryPosition | undefined> {
  const { rows } = await pool.query(prepared('SELECT run_id, history_length FROM cases WHERE case_id = $1', [caseId]));
  return rows[0]?.run_id ? { runId: rows[0].run_id, historyLength: rows[0].history_length } : undefined;
}

/** The cases whose projection was written since `since` (cases_written_since). */
export async function casesWrittenSince(pool: Pool, since: Date): Promise<string[]> {
  return (await pool.query('SELECT case_id FROM cases WHERE updated_at > $1', [since])).rows.map((r) => r.case_id);
}

export async function getCase(pool: Pool, caseId: string): Promise<CaseView | undefined> {
  const { rows } = await pool.query(prepared('SELECT view FROM cases WHERE case_id = $1', [caseId]));
  return rows[0]?.view;
}

export interface CaseFilter {
  regions?: string[];
  /** Only the cases naming one of these NIPs as taking part (identity/policy.ts participantsOf, the same paths). */
  naming?: string[];
  status?: string;
  requester?: string;
  /** Keyset paging: cases started before this case (newest first). */
  after?: { startedAt: string; caseId: string };
  limit: number;
}

/** Where a case view names those taking part, as identity/policy.ts participantsOf reads them (the request: any NIP in it). */
const PARTICIPANTS = [
  '$.pemohon.nip', '$.tasks[*].assignee.nip', '$.tasks[*].delegasi.pemegang.nip', '$.tasks[*].escalateTo[*].nip', '$.assignedEmployee.nip', '$.assignedEmployees[*].nip',
  '$.timeline[*].actor.nip', '$.timeline[*].employee.nip', '$.timeline[*].atasNama.nip', '$.timeline[*].delegasi.pemegang.nip', '$.timeline[*].employees[*].nip', '$.subject.**',
];

/**
 * The statement listCases sends. The requester is compared as the column's own type (char(18)): compared
 * as text, the column would be cast row by row and no index could serve it (cases_by_requester).
 */
export const listCasesQuery = (f: CaseFilter) => ({
  text: `SELECT case_id, region, procedure, status, requester_nip, started_at, updated_at, view->'tasks' AS tasks
       FROM cases
      WHERE ($1::text[] IS NULL OR regions && $1) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR requester_nip = $3::bpchar)
        AND ($4::timestamptz IS NULL OR (started_at, case_id) < ($4, $5))
        AND ($7::jsonb IS NULL OR jsonb_path_match(view, '${PARTICIPANTS.map((p) => `${p} == $n[*]`).join(' || ')}', jsonb_build_object('n', $7::jsonb)))
      ORDER BY started_at DESC, case_id DESC
      LIMIT $6`,
  values: [f.regions ?? null, f.status ?? null, f.requester ?? null, f.after?.startedAt ?? null, f.after?.caseId ?? null, f.limit, f.naming ? JSON.stringify(f.naming) : null],
});

/** Cases newest first, as summaries: what an e-office system lists; the full view is one GET away. */
export async function listCases(pool: Pool, f: CaseFilter) {
  const { rows } = await pool.query(listCasesQuery(f));
  return rows.map((r) => ({
    caseId: r.case_id, region: r.region, procedure: r.procedure, status: r.status, requesterNip: r.requester_nip.trim(),
    startedAt: r.started_at.toISOString(), updatedAt: r.updated_at.toISOString(),
    openTasks: (r.tasks as CaseView['tasks']).filter((t) => t.status === 'open').map((t) => ({ id: t.id, title: t.title, assignee: t.assignee })),
  }));
}

export interface InboxItem {
  caseId: string;
  taskId: string;
  procedure: string;
  region: string;
  kind: string;
  title: string;
  /** The role the official acts in and the article that gives them this step. */
  role: string;
  citation: string;
  openedAt: string;
  dueAt: string;
  overdue: boolean;
  remindersSent: number;
  /** A short summary of the case: the whole view is one GET away. */
  case: { judul: string; status: CaseStatus; pemohon: OfficialRef; startedAt: string };
  /** Taken as Plt/Plh for its holder. */
  delegasi?: DelegasiTugas;
}

export interface InboxFilter {
  regions?: string[];
  procedure?: string;
  overdue?: boolean;
  /** Keyset paging: tasks opened after this one (oldest first). */
  after?: { openedAt: string; caseId: string; taskId: string };
  limit: number;
}

/** The open tasks of one official, oldest first, each with a short case summary; and their counts. */
export async function inbox(pool: Pool, nip: string, f: InboxFilter) {
  const [page, counts] = await Promise.all([
    pool.query(
      `SELECT t.case_id, t.task_id, t.procedure, t.region, t.kind, t.title, t.role, t.citation, t.opened_at, t.due_at, t.reminders_sent, t.delegasi,
              t.due_at < now() AS overdue, c.status, c.summary, c.started_at
         FROM tasks t JOIN cases c USING (case_id)
        WHERE t.assignee_nip = $1 AND t.status = 'open' AND ($2::text[] IS NULL OR t.region = ANY($2))
          AND ($3::text IS NULL OR t.procedure = $3) AND ($4::boolean IS NULL OR (t.due_at < now()) = $4)
          AND ($5::timestamptz IS NULL OR (t.opened_at, t.case_id, t.task_id) > ($5, $6, $7))
        ORDER BY t.opened_at, t.case_id, t.task_id
        LIMIT $8`,
      [nip, f.regions ?? null, f.procedure ?? null, f.overdue ?? null, f.after?.openedAt ?? null, f.after?.caseId ?? null, f.after?.taskId ?? null, f.limit],
    ),
    // Open tasks as counted when they changed (inbox_counts, migration 019), by the day they fall due: overdue
    // are those due before today (UTC), and of today's only those past now, counted from the index of open tasks.
    pool.query(
      `WITH kept AS (SELECT procedure, due_day, open FROM inbox_counts WHERE assignee_nip = $1 AND ($2::text[] IS NULL OR region = ANY($2))),
            today AS (SELECT (now() AT TIME ZONE 'UTC')::date AS day)
       SELECT coalesce((SELECT json_object_agg(procedure, n) FROM (SELECT procedure, sum(open)::int AS n FROM kept GROUP BY procedure HAVING sum(open) > 0) AS p), '{}') AS by_procedure,
              (SELECT coalesce(sum(open), 0)::int FROM kept, today WHERE due_day < day)
              + (SELECT count(*)::int FROM tasks, today WHERE assignee_nip = $1 AND status = 'open' AND ($2::text[] IS NULL OR region = ANY($2))
                   AND due_at >= day::timestamp AT TIME ZONE 'UTC' AND due_at < now()) AS overdue`,
      [nip, f.regions ?? null],
    ),
  ]);
  const tasks: InboxItem[] = page.rows.map((r) => ({
    caseId: r.case_id, taskId: r.task_id, procedure: r.procedure, region: r.region, kind: r.kind, title: r.title, role: r.role, citation: r.citation,
    openedAt: r.opened_at.toISOString(), dueAt: r.due_at.toISOString(), overdue: r.overdue, remindersSent: r.reminders_sent,
    case: { judul: r.summary.judul, status: r.status, pemohon: r.summary.pemohon, startedAt: r.started_at.toISOString() },
    ...(r.delegasi ? { delegasi: r.delegasi } : {}),
  }));
  const byProcedure: Record<string, number> = counts.rows[0].by_procedure;
  return { tasks, counts: { open: Object.values(byProcedure).reduce((n, k) => n + k, 0), overdue: counts.rows[0].overdue, byProcedure } };
}

export interface Notification {
  caseId: string;
  region: string;
  taskId: string;
  /** The reminder's number for this task: a retried activity writes nothing twice. */
  seq: number;
  /** Reminders of an open task, the outcome delivered to those it concerns, what a step delivered (a report, feedback), a work cycle done. */
  kind: 'pengingat' | 'eskalasi' | 'ditolak' | 'kedaluwarsa' | 'diterbitkan' | 'disampaikan' | 'selesai';
  to: string[];
  message: string;
}

export async function addNotifications(pool: Pool, n: Notification): Promise<void> {
  await pool.query(insertNotifications('$1', '$2'), [n.caseId, JSON.stringify([n])]);
}

/** The notifications for one official (`nip`), or every one of the regions (undefined: an auditor's read). */
export async function notificationsFor(pool: Pool, nip: string | undefined, regions: string[] | undefined, after = 0) {
  const { rows } = await pool.query(
    `SELECT id, case_id, task_id, kind, message, created_at, recipient_nip FROM notifications
      WHERE ($1::text IS NULL OR recipient_nip = $1) AND id > $2 AND ($3::text[] IS NULL OR region = ANY($3)) ORDER BY id LIMIT 200`,
    [nip ?? null, after, regions ?? null],
  );
  return rows.map((r) => ({
    id: Number(r.id), caseId: r.case_id, taskId: r.task_id, kind: r.kind, message: r.message, createdAt: r.created_at.toISOString(), ...(nip ? {} : { recipient: r.recipient_nip.trim() }),
  }));
}
