// The reconciler: compares each open case's projection with its workflow and repairs what drifted.
// The workflow's history is the truth; the projection is a copy that only moves forward by version, so
// a row written from history Temporal then lost (a server killed before its write was durable), or one
// edited by hand, would stay wrong forever. Temporal's visibility names the running cases with their run
// and history length; a row of another run, from a position beyond that history, whose version is not
// its view's, closed while its workflow runs, or open while it does not, is compared with the workflow's
// own view (describe, then its query) and replaced, logged as repaired.
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

/** Why a row is compared with its workflow, or undefined when it looks as its workflow says. */
function suspicion(row: StoredCase | undefined, at: HistoryPosition | undefined): string | undefined {
  if (!at) return 'shown open while its workflow does not run';
  if (!row) return 'no projection of a running case';
  if (row.runId !== at.runId) return 'written by another run';
  if ((row.historyLength ?? 0) > at.historyLength) return `written at history position ${row.historyLength}, beyond the ${at.historyLength} events Temporal has`;
  if (row.version !== row.view.version) return `version ${row.version} while its view is version ${row.view.version}`;
  if (FINAL_STATUSES.includes(row.view.status)) return `shown ${row.view.status} while its workflow runs`;
  return undefined;
}

/** The same case: the stored row holds exactly the workflow's view (as JSON, as it was stored). */
const same = (row: StoredCase | undefined, view: CaseView) =>
  row !== undefined && row.version === view.version && isDeepStrictEqual(row.view, JSON.parse(JSON.stringify(view)));

/** One pass over the running cases of the task queue and the cases the projection shows open. */
export async function reconcile({ pool, temporal, taskQueue, log }: ReconcilerDeps): Promise<Drift[]> {
  const running = new Map<string, HistoryPosition>();
  for await (const w of temporal.workflow.list({ query: `ExecutionStatus = "Running" AND TaskQueue = "${taskQueue}"` }))
    running.set(w.workflowId, { runId: w.runId, historyLength: w.historyLength });
  const rows = await storedCases(pool, [...running.keys()]);
  const drifts: Drift[] = [];
  for (const caseId of new Set([...running.keys(), ...rows.keys()])) {
    const row = rows.get(caseId);
    if (!suspicion(row, running.get(caseId))) continue;
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
  let at: HistoryPosition & { running: boolean };
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
  const why = suspicion(row, at.running ? at : undefined);
  if (!why) return undefined;
  if (same(row, view)) {
    if (!at.running) return undefined; // a case whose workflow ended in a status the projection keeps open
    // The content is the workflow's: only where it came from is recorded again (a continued run, a row from before positions).
    await repairCase(pool, view, at, row);
    return { caseId, why, outcome: 'positioned' };
  }
  return { caseId, why, outcome: (await repairCase(pool, view, at, row)) ? 'repaired' : 'changed meanwhile' };
}

/** Runs a pass every `everyMs` (never two at once) until stopped; a pass Temporal or PostgreSQL fails is logged and tried next time. */
export function startReconciler(d: ReconcilerDeps, everyMs: number): () => Promise<void> {
  let pass: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    pass = pass.then(() => reconcile(d)).catch((err) => d.log.warn({ err }, 'reconciler pass failed; trying again next time'));
  }, everyMs).unref();
  return async () => {
    clearInterval(timer);
    await pass;
  };
}
