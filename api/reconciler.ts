// The reconciler: compares each open case's projection with its workflow and repairs what drifted.
// The workflow's history is the truth; the projection is a copy that only moves forward by version, so
// a row written from history Temporal then lost (a server killed before its write was durable), or one
// edited by hand, would stay wrong forever. Temporal's visibility names the running cases with their run
// and history length; a row of another run, from a position beyond that history, whose version is not
// its view's, closed while its workflow runs, or open while it does not, is compared with the workflow's
// own view (describe, then its query) and replaced, logged as repaired. Cases closed since the last pass
// are looked at too: a row left ahead of history by a case that then closed is no longer open.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { repairCase, storedCases, type HistoryPosition, type StoredCase } from '../db/cases';
import { FINAL_STATUSES, type CaseView } from '../domain/kasus';
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

/** Why a row is compared with its workflow, or undefined when it looks as its workflow says. */
function suspicion(row: StoredCase | undefined, at: Workflow | undefined): string | undefined {
  if (!at) return 'shown open while its workflow does not run';
  if (!row) return 'no projection';
  if (row.runId !== at.runId) return 'written by another run';
  if ((row.historyLength ?? 0) > at.historyLength) return `written at history position ${row.historyLength}, beyond the ${at.historyLength} events Temporal has`;
  if (row.version !== row.view.version) return `version ${row.version} while its view is version ${row.view.version}`;
  const closed = FINAL_STATUSES.includes(row.view.status);
  if (closed === at.running) return `shown ${row.view.status} while its workflow ${at.running ? 'runs' : 'has ended'}`;
  return undefined;
}

/** The same case: the stored row holds exactly the workflow's view (as JSON, as it was stored). */
const same = (row: StoredCase | undefined, view: CaseView): row is StoredCase =>
  row !== undefined && row.version === view.version && isDeepStrictEqual(row.view, JSON.parse(JSON.stringify(view)));

/** One pass over the task queue's cases running or closed since `closedSince`, and the cases the projection shows open. */
export async function reconcile({ pool, temporal, taskQueue, log }: ReconcilerDeps, closedSince: Date): Promise<Drift[]> {
  const workflows = new Map<string, Workflow>();
  const query = `TaskQueue = "${taskQueue}" AND (ExecutionStatus = "Running" OR CloseTime > "${closedSince.toISOString()}")`;
  for await (const w of temporal.workflow.list({ query })) {
    const known = workflows.get(w.workflowId);
    // A continued run lists its predecessors too: the running one, else the latest, speaks for the case.
    if (!known?.running) workflows.set(w.workflowId, { runId: w.runId, historyLength: w.historyLength, running: w.status.name === 'RUNNING' });
  }
  const rows = await storedCases(pool, [...workflows.keys()]);
  const drifts: Drift[] = [];
  for (const caseId of new Set([...workflows.keys(), ...rows.keys()])) {
    const row = rows.get(caseId);
    if (!suspicion(row, workflows.get(caseId))) continue;
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

/** Asks the workflow itself (describe is authoritative where visibility may lag) and replaces the row if it differs. */
async function compare(pool: Pool, temporal: Client, caseId: string, row: StoredCase | undefined): Promise<Drift | undefined> {
  const handle = temporal.workflow.getHandle(caseId);
  let at: Workflow;
  let view: CaseView;
  try {
    [at, view] = await temporal.withDeadline(Date.now() + ASK_WITHIN_MS, async () => {
      const d = await handle.describe();
      return [{ runId: d.runId, historyLength: d.historyLength, running: d.status.name === 'RUNNING' }, await handle.query(caseQuery)] as const;
    });
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) return { caseId, why: 'shown open while Temporal has no such workflow', outcome: 'no workflow' };
    throw e;
  }
  const why = suspicion(row, at);
  if (!why) return undefined;
  if (same(row, view)) {
    // The content is the workflow's (say, a case that ended in a status kept open): only where it came
    // from is recorded again, if that is what differs (a continued run, a row from before positions).
    if (row.runId === at.runId && (row.historyLength ?? 0) <= at.historyLength) return undefined;
    await repairCase(pool, view, at, row);
    return { caseId, why, outcome: 'positioned' };
  }
  return { caseId, why, outcome: (await repairCase(pool, view, at, row)) ? 'repaired' : 'changed meanwhile' };
}

/**
 * Runs a pass every `everyMs` (never two at once) until stopped, each over the cases closed since the
 * last good pass began (the first: the last day); a pass Temporal or PostgreSQL fails is logged and tried next time.
 */
export function startReconciler(d: ReconcilerDeps, everyMs: number): () => Promise<void> {
  let closedSince = new Date(Date.now() - 86400e3);
  let pass: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const began = new Date();
    pass = pass.then(() => reconcile(d, closedSince)).then(() => { closedSince = began; })
      .catch((err) => d.log.warn({ err }, 'reconciler pass failed; trying again next time'));
  }, everyMs).unref();
  return async () => {
    clearInterval(timer);
    await pass;
  };
}
