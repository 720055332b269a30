// The reconciler: compares recently moved cases' projections with their workflows and repairs what
// drifted. The workflow's history is the truth; the projection is a copy that goes forward only, so a
// row written from history Temporal then lost (a server killed before its write was durable) could stay
// wrong. Every pass takes what moved since the last one: the cases started or closed since (visibility)
// and the rows written since — never every open case, so a pass costs what changed, not what exists
// (a row edited by hand long after its last write is for the verification: /verify, audit:verify).
// Each running one's run and history length (describe) judge its row: of another run, from a position
// beyond that history, a version that is not its view's, or closed while its workflow runs; such a row,
// and every case that ended since (its row will not be written again), is compared with the workflow's
// own view (its result, or its query) and replaced if it differs, logged as repaired.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { casesWrittenSince, repairCase, storedCases, type HistoryPosition, type StoredCase } from '../db/cases';
import { FINAL_STATUSES, type CaseView } from '../domain/kasus';
import { PROCEDURES } from '../procedures';
import { caseQuery } from '../workflows/shared';

/** What one pass found about a case: why it was compared, and what was done. */
export interface Drift {
  caseId: string;
  why: string;
  outcome: 'repaired' | 'positioned' | 'changed meanwhile' | 'no workflow';
}

export interface ReconcilerDeps {
  pool: Pool;
  temporal: Client;
  taskQueue: string;
  log: Logger;
}

const ASK_WITHIN_MS = 5_000;

/** Where a workflow's history stands, and whether it runs. */
type Workflow = HistoryPosition & { running: boolean };

/** The event id of a run's first WorkflowTaskCompleted: started, task scheduled, task started, task completed. */
const FIRST_TASK_COMPLETED = 4;

/** Why a row is compared with its workflow, or undefined when it looks as its workflow says. */
function suspicion(row: StoredCase | undefined, at: Workflow | undefined): string | undefined {
  if (!at) return 'shown open while its workflow does not run';
  // A case whose first workflow task has not completed writes its first row in that task: nothing to judge yet.
  if (!row) return at.historyLength < FIRST_TASK_COMPLETED ? undefined : 'no projection';
  if (row.runId !== at.runId) return 'written by another run';
  if ((row.historyLength ?? 0) > at.historyLength) return `written at history position ${row.historyLength}, beyond the ${at.historyLength} events Temporal has`;
  if (row.version !== row.view.version) return `version ${row.version} while its view is version ${row.view.version}`;
  const closed = FINAL_STATUSES.includes(row.view.status);
  if (closed === at.running) return `shown ${row.view.status} while its workflow ${at.running ? 'runs' : 'has ended'}`;
  return undefined;
}

/** A workflow clock's reading: a replay may read its first task's time some ms from the run that wrote the row. */
const CLOCK = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** A view as JSON, without the workflow clock's readings: what the case is, not when a run read its clock. */
const state = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(state)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, state(x)]))
      : typeof v === 'string' && CLOCK.test(v) ? 'clock' : v;
/** The same case: the stored row holds the workflow's view (as JSON, as it was stored), but for the clock's readings. */
export const sameCase = (stored: { version: number; view: unknown }, view: CaseView) =>
  stored.version === view.version && isDeepStrictEqual(state(stored.view), state(JSON.parse(JSON.stringify(view))));

/** The workflow types that run cases (not the archive's, the audit anchor's, a delegation's or a webhook's). */
const caseTypes = () => [...new Set(Object.values(PROCEDURES).map((p) => `'${p.workflowType}'`))].join(', ');

/** One pass over the task queue's cases started or closed since `since`, and those whose projection was written since. */
export async function reconcile({ pool, temporal, taskQueue, log }: ReconcilerDeps, since: Date): Promise<Drift[]> {
  const caseIds = new Set(await casesWrittenSince(pool, since));
  const at = since.toISOString();
  const query = `TaskQueue = "${taskQueue}" AND WorkflowType IN (${caseTypes()}) AND (StartTime > "${at}" OR CloseTime > "${at}")`;
  for await (const w of temporal.workflow.list({ query })) caseIds.add(w.workflowId);
  const rows = await storedCases(pool, [...caseIds]);
  const drifts: Drift[] = [];
  for (const caseId of caseIds) {
    const row = rows.get(caseId);
    const drift = await compare(pool, temporal, caseId, row).catch((err) => void log.warn({ err, workflowId: caseId }, 'projection not compared: its workflow did not answer'));
    if (!drift) continue;
    drifts.push(drift);
    const fields = { workflowId: caseId, why: drift.why, outcome: drift.outcome, projection: row && { version: row.version, status: row.view.status, runId: row.runId, historyLength: row.historyLength } };
    if (drift.outcome === 'no workflow') log.error(fields, 'projection of a case Temporal does not have: it cannot be repaired from history');
    else if (drift.outcome === 'repaired') log.warn(fields, 'projection repaired from its workflow');
    else log.info(fields, `projection ${drift.outcome}`);
  }
  return drifts;
}

/**
 * Where the workflow's history stands (describe: visibility does not know a running history's length),
 * then, for a suspect row or a case that ended (its projection will not be written again), its view:
 * the row is replaced if it differs.
 */
async function compare(pool: Pool, temporal: Client, caseId: string, row: StoredCase | undefined): Promise<Drift | undefined> {
  const handle = temporal.workflow.getHandle(caseId);
  const ask = <T>(fn: () => Promise<T>) => temporal.withDeadline(Date.now() + ASK_WITHIN_MS, fn);
  let at: Workflow;
  try {
    const d = await ask(() => handle.describe());
    at = { runId: d.runId, historyLength: d.historyLength, running: d.status.name === 'RUNNING' };
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) return { caseId, why: 'shown open while Temporal has no such workflow', outcome: 'no workflow' };
    throw e;
  }
  const suspected = suspicion(row, at);
  // A running workflow may hold changes it has not published yet (its view mid-step): only a suspect row is replaced.
  if (!suspected && at.running) return undefined;
  // An ended case's view is its result (no replay by a worker); a terminated one answers its query.
  const view: CaseView = at.running ? await ask(() => handle.query(caseQuery)) : await ask(() => handle.result()).catch(() => ask(() => handle.query(caseQuery)));
  if (row && sameCase(row, view)) {
    // The content is the workflow's: only where it came from is recorded again, if that is what differs
    // (a continued run, a row from before positions or beyond history).
    if (row.runId === at.runId && (row.historyLength ?? 0) <= at.historyLength) return undefined;
    await repairCase(pool, view, at.runId, row);
    return { caseId, why: suspected ?? 'written by another run', outcome: 'positioned' };
  }
  const why = suspected ?? `not its workflow's view (version ${row?.version}, the workflow's ${view.version})`;
  return { caseId, why, outcome: (await repairCase(pool, view, at.runId, row)) ? 'repaired' : 'changed meanwhile' };
}

/**
 * Runs a pass every `everyMs` (never two at once) until stopped, each over what moved since the last
 * good pass began (the first: the last day); a pass Temporal or PostgreSQL fails is logged and tried next time.
 */
export function startReconciler(d: ReconcilerDeps, everyMs: number): () => Promise<void> {
  let since = new Date(Date.now() - 86400e3);
  let pass: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const began = new Date();
    pass = pass.then(() => reconcile(d, since)).then(() => { since = began; })
      .catch((err) => d.log.warn({ err }, 'reconciler pass failed; trying again next time'));
  }, everyMs).unref();
  return async () => {
    clearInterval(timer);
    await pass;
  };
}
