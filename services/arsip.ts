// The archive of closed cases: what Temporal holds of a case (every run's history, its final view), its
// documents (data and issued PDF) and its audit rows, copied into the archive's store (PostgreSQL, or an
// S3-compatible bucket: services/arsipStore.ts) when the case closes (and a
// long case's run when it continues as new), so an auditor reads and verifies the case after Temporal
// has purged it. Kept ARCHIVE_RETENTION years: the region's Jadwal Retensi Arsip (UU 43/2009 tentang
// Kearsipan); the service destroys nothing when that ends (pemusnahan follows the law's own procedure).
import { ServiceError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { execFileSync } from 'node:child_process';
import type { Pool } from 'pg';
import type { Penerbitan } from '../documents/berkas';
import { issuedFile } from '../documents/berkas';
import { auditRowsOfCase } from '../db/audit';
import { insertArchiveQueue } from '../db/cases';
import { FINAL_STATUSES, type CaseView } from '../domain/kasus';
import { caseQuery, pengarsipanId } from '../workflows/shared';
import type { Archived, ArchivedDocument, ArsipStore, Run } from './arsipStore';

/** The basis of ARCHIVE_RETENTION, cited where the archive says how long it keeps a case. */
export const RETENTION_CITATION = 'UU 43/2009 tentang Kearsipan; Jadwal Retensi Arsip daerah';

export type { Archived, ArchivedDocument, Run };

/** pool: the case's documents, audit rows and the archive's queue; store: where the archive is written. */
export interface ArchiveDeps { pool: Pool; store: ArsipStore; temporal: Client; retentionYears: number; penerbitan?: Penerbitan }

let build: string | undefined;
/** This deployment's build: BUILD_ID, else the checkout's commit (`-dirty` with uncommitted changes), else `unknown`. */
export function buildId(configured = process.env.BUILD_ID): string {
  if (configured) return configured;
  try {
    build ??= execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=40'], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    build = 'unknown';
  }
  return build;
}

/** The memo every case is started with (and its child cases inherit): the build that runs it. */
export const buildMemo = () => ({ build: buildId() });

/** A run that has not closed yet: its archive waits (the queue tries it again, the legacy activity retries). */
export class RunStillOpen extends Error {}

const CLOSING_EVENTS = new Set(['COMPLETED', 'FAILED', 'TIMED_OUT', 'CANCELED', 'TERMINATED', 'CONTINUED_AS_NEW'].map((s) => `EVENT_TYPE_WORKFLOW_EXECUTION_${s}`));

/**
 * Archives one closed run of a case from its history alone (one read from Temporal): the build is in its
 * started event's memo, its close time and result in its last event. A run still running throws RunStillOpen.
 * Answers the run and, where it completed, the view it returned.
 */
export async function archiveRun(d: ArchiveDeps, caseId: string, runId: string): Promise<{ run: Run; result?: CaseView; closedAt: Date }> {
  const events = (await d.temporal.workflow.getHandle(caseId, runId).fetchHistory()).events ?? [];
  const history = JSON.parse(historyToJSON({ events }));
  const last = history.events.at(-1);
  if (!last || !CLOSING_EVENTS.has(last.eventType)) throw new RunStillOpen(`run ${runId} of case ${caseId} has not closed yet`);
  const started = events[0]?.workflowExecutionStartedEventAttributes;
  const build = started?.memo?.fields?.build;
  const completed = events.at(-1)?.workflowExecutionCompletedEventAttributes?.result?.payloads?.[0];
  const run: Run = { runId, continuedFrom: started?.continuedExecutionRunId || null, build: build ? defaultPayloadConverter.fromPayload<string>(build) : null, history };
  const closedAt = new Date(last.eventTime);
  await d.store.putRun(caseId, run, closedAt, d.retentionYears);
  return { run, closedAt, ...(completed ? { result: defaultPayloadConverter.fromPayload<CaseView>(completed) } : {}) };
}

/** Archives a closed case from its closing run (the latest, unless named): every run not archived yet, its final view, documents and audit rows. */
export async function archiveCase(d: ArchiveDeps, caseId: string, runId?: string): Promise<void> {
  const last = await archiveRun(d, caseId, runId ?? (await d.temporal.workflow.getHandle(caseId).describe()).runId);
  // A case of one run (most cases) has no earlier runs to look for: that run is its first.
  const heads = last.run.continuedFrom ? await d.store.runHeads(caseId) : [last.run];
  const have = new Set(heads.map((r) => r.runId));
  for (let from = last.run.continuedFrom; from && !have.has(from);) from = (await archiveRun(d, caseId, from)).run.continuedFrom;
  // The view the case closed with: its result (a case that was terminated answers only its query).
  const view: CaseView = last.result ?? await d.temporal.workflow.getHandle(caseId, last.run.runId).query(caseQuery);
  const documents = await caseDocuments(d, caseId);
  const audit = await auditRowsOfCase(d.pool, caseId);
  // The build the case started with: its first run's (archived before, or just now).
  const first = heads.find((r) => !r.continuedFrom) ?? (await d.store.runHeads(caseId)).find((r) => !r.continuedFrom);
  await d.store.putCase({
    caseId, region: view.region, procedure: view.procedure, status: view.status, build: first?.build ?? last.run.build, view, documents, audit,
    closedAt: new Date(view.outcome?.at ?? last.closedAt),
  }, d.retentionYears);
}

/** What the archive's queue holds: a closed case (`whole`) or one run of a long case that continued as new. */
export interface Antrean { caseId: string; runId: string; whole: boolean }

/** Queues a case (or a run) for the archive; queued twice, it is archived once. Due a moment later: by then its run has closed. */
export async function queueArchive(pool: Pool, q: Antrean): Promise<void> {
  await pool.query(insertArchiveQueue('$1', '$2', '$3'), [q.caseId, q.runId, q.whole]);
}

/** How long the archive rests once nothing in its queue is due, by default: a closed case is archived within about this. */
export const ARCHIVE_EVERY_MS = 10_000;
/** Entries archived by one activity of the pengarsipan workflow. */
export const ARCHIVE_BATCH = 20;

/** Starts the archiving workflow of a task queue, or finds it running (the worker calls this at every start). */
export async function startPengarsipan(temporal: Client, taskQueue: string, everyMs = ARCHIVE_EVERY_MS): Promise<void> {
  await temporal.workflow.start('pengarsipan', {
    workflowId: pengarsipanId(taskQueue), taskQueue, args: [{ everyMs, batch: ARCHIVE_BATCH }], workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

/** A queued run that has not closed is looked at again after this; a failing copy backs off up to a day. */
const RETRY_OPEN_SECONDS = 5;
const RETRY_FAILED_MAX_SECONDS = 86_400;

/**
 * Archives up to `limit` due entries of the queue, oldest first, each on its own: one that fails stays
 * queued with its error and backs off. Answers how many were archived and how many are due still.
 */
export async function archiveQueued(d: ArchiveDeps, limit: number, log?: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void }): Promise<{ archived: number; due: number }> {
  const { rows } = await d.pool.query('SELECT case_id, run_id, whole, attempts FROM archive_queue WHERE next_at <= now() ORDER BY next_at LIMIT $1', [limit]);
  let archived = 0;
  for (const r of rows) {
    try {
      if (r.whole) await archiveCase(d, r.case_id, r.run_id);
      else await archiveRun(d, r.case_id, r.run_id);
      await d.pool.query('DELETE FROM archive_queue WHERE case_id = $1 AND run_id = $2', [r.case_id, r.run_id]);
      archived++;
      log?.info({ workflowId: r.case_id, runId: r.run_id }, r.whole ? 'case archived' : 'run archived');
    } catch (e) {
      const open = e instanceof RunStillOpen;
      const wait = open ? RETRY_OPEN_SECONDS : Math.min(RETRY_FAILED_MAX_SECONDS, 2 ** Math.min(r.attempts, 20));
      if (!open) log?.warn({ workflowId: r.case_id, runId: r.run_id, err: e }, 'archive failed; it is tried again');
      await d.pool.query(
        'UPDATE archive_queue SET attempts = attempts + $3, next_at = now() + make_interval(secs => $4), last_error = $5 WHERE case_id = $1 AND run_id = $2',
        [r.case_id, r.run_id, open ? 0 : 1, wait, (e as Error).message],
      );
    }
  }
  const due = Number((await d.pool.query('SELECT count(*) FROM archive_queue WHERE next_at <= now()')).rows[0].count);
  return { archived, due };
}

/** The case's documents with their issued files (fixed now where the worker had not yet). */
async function caseDocuments(d: ArchiveDeps, caseId: string): Promise<ArchivedDocument[]> {
  const stored = await storedDocuments(d.pool, caseId);
  const unfixed = stored.filter((doc) => !doc.file);
  if (!d.penerbitan || !unfixed.length) return stored;
  for (const doc of unfixed) await issuedFile(d.pool, d.penerbitan, doc.data);
  return storedDocuments(d.pool, caseId);
}

/** The case's document rows as the database holds them now, each with its issued file if one was fixed. */
export async function storedDocuments(pool: Pool, caseId: string): Promise<ArchivedDocument[]> {
  const { rows } = await pool.query(
    `SELECT d.id, d.kind, d.unit, d.year, d.seq, d.nomor, d.data, d.issued_at, f.kode, f.sha256, f.pdf
       FROM documents d LEFT JOIN document_files f ON f.document_id = d.id WHERE d.case_id = $1 ORDER BY d.issued_at, d.id`,
    [caseId],
  );
  return rows.map((r) => ({
    id: r.id, kind: r.kind, unit: r.unit, year: r.year, seq: r.seq, nomor: r.nomor, issuedAt: r.issued_at.toISOString(), data: r.data,
    file: r.kode ? { kode: r.kode, sha256: r.sha256, pdf: Buffer.from(r.pdf).toString('base64') } : null,
  }));
}

/** The view an archived case closed with. */
export const archivedView = (store: ArsipStore, caseId: string): Promise<CaseView | undefined> => store.view(caseId);

/** The archived case, with its runs in order; undefined when it is not archived. */
export async function archivedCase(store: ArsipStore, caseId: string): Promise<Archived | undefined> {
  const c = await store.getCase(caseId);
  return c && { ...c, runs: await archivedRuns(store, caseId) };
}

/** The archived runs of a case, first to last (each names the run it continued). */
export async function archivedRuns(store: ArsipStore, caseId: string): Promise<Run[]> {
  const byFrom = new Map((await store.runs(caseId)).map((r) => [r.continuedFrom ?? '', r]));
  const runs: Run[] = [];
  for (let r = byFrom.get(''); r; r = byFrom.get(r.runId)) runs.push(r);
  return runs;
}

/** How long a reader asks Temporal about a run before it takes Temporal for unreachable (its client retries for longer). */
const ASK_TEMPORAL_MS = 5_000;

/** Every run of a case as Temporal holds it now, first to last; undefined when Temporal no longer has the case. */
export async function liveRuns(temporal: Client, caseId: string): Promise<Run[] | undefined> {
  const runs: Run[] = [];
  let runId: string | undefined;
  try {
    do {
      const handle = temporal.workflow.getHandle(caseId, runId);
      const desc = await temporal.withDeadline(Date.now() + ASK_TEMPORAL_MS, () => handle.describe());
      const history = JSON.parse(historyToJSON(await temporal.workflow.getHandle(caseId, desc.runId).fetchHistory()));
      const from: string | null = history.events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || null;
      runs.unshift({ runId: desc.runId, continuedFrom: from, build: (desc.memo?.build as string) ?? null, history });
      runId = from ?? undefined;
    } while (runId);
  } catch (e) {
    // A run purged before the case ended (a long case): the archive holds it.
    if (e instanceof WorkflowNotFoundError) return runs.length ? runs : undefined;
    throw e;
  }
  return runs;
}

/**
 * The runs of a case: Temporal's while it has them (earlier runs it purged, from the archive), else the
 * archive's. A case archived whole (closed) is the archive's too when Temporal does not answer; a case not
 * archived yet then stays unanswered (the ServiceError, a 503).
 */
export async function caseRuns(store: ArsipStore, temporal: Client, caseId: string): Promise<{ source: 'temporal' | 'archive'; runs: Run[]; temporalUnanswered?: true } | undefined> {
  let temporalUnanswered: true | undefined;
  const live = await liveRuns(temporal, caseId).catch(async (e) => {
    if (!(e instanceof ServiceError) || !(await store.hasCase(caseId))) throw e;
    temporalUnanswered = true;
    return undefined;
  });
  const archived = await archivedRuns(store, caseId);
  if (!live) return archived.length ? { source: 'archive', runs: archived, ...(temporalUnanswered ? { temporalUnanswered } : {}) } : undefined;
  if (!live[0].continuedFrom) return { source: 'temporal', runs: live };
  const at = archived.findIndex((r) => r.runId === live[0].runId);
  return { source: 'temporal', runs: [...(at < 0 ? archived : archived.slice(0, at)), ...live] };
}

/** What a backfill did: the closed cases without an archive it found, and what became of each. */
export interface Backfill {
  /** Closed (by the projection) and not archived when the backfill began. */
  found: number;
  archived: number;
  /** Its workflow still runs (a closing case): it archives itself as it closes. */
  running: number;
  /** Temporal purged it before the archive was kept: nothing is left to archive (HISTORY_NOT_KEPT). */
  purged: string[];
  failed: { caseId: string; message: string }[];
}

/**
 * Archives every closed case the archive does not hold yet and Temporal still has (cases closed before
 * the archive was kept, or whose archive never ran), `parallel` at a time. Idempotent: an archived case
 * is not looked at again, and a copy written meanwhile by the case's own archive is kept (the store writes once).
 */
export async function backfillArchive(d: ArchiveDeps, parallel = 4): Promise<Backfill> {
  const { rows } = await d.pool.query('SELECT case_id FROM cases WHERE status = ANY($1) ORDER BY started_at, case_id', [FINAL_STATUSES]);
  const queue = await d.store.notArchived(rows.map((r) => r.case_id));
  const done: Backfill = { found: queue.length, archived: 0, running: 0, purged: [], failed: [] };
  const one = async (caseId: string) => {
    try {
      const desc = await d.temporal.workflow.getHandle(caseId).describe();
      if (desc.status.name === 'RUNNING') done.running++;
      else {
        await archiveCase(d, caseId);
        done.archived++;
      }
    } catch (e) {
      // The whole case purged; or one of a long case's earlier runs (the archive keeps a case whole or not at all).
      if (e instanceof WorkflowNotFoundError && !e.runId) done.purged.push(caseId);
      else done.failed.push({ caseId, message: e instanceof WorkflowNotFoundError ? `run ${e.runId} was purged by Temporal: the case cannot be archived whole` : (e as Error).message });
    }
  };
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let caseId = queue.shift(); caseId; caseId = queue.shift()) await one(caseId);
  }));
  return done;
}
