// The audit log's verification, as `npm run audit:verify` and GET /api/v1/audit/verify give it: each
// chain recomputed from its first row, and the row at its latest anchor compared with the hash the
// anchoring workflow (jangkarAudit) recorded in Temporal's history.
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { auditChains, checkChain, type ChainProblem } from '../db/audit';
import { auditAnchorsQuery, jangkarAuditId, type AuditAnchor } from '../workflows/shared';

/** How often the chain heads are recorded in Temporal by default: an edit is provable from the next anchor on. */
export const ANCHOR_EVERY_MS = 5 * 60_000;

/** Starts the anchoring workflow of a task queue, or finds it running (the worker calls this at every start). */
export async function startJangkarAudit(temporal: Client, taskQueue: string, everyMs = ANCHOR_EVERY_MS): Promise<void> {
  await temporal.workflow.start('jangkarAudit', {
    workflowId: jangkarAuditId(taskQueue), taskQueue, args: [{ everyMs }], workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

export interface ChainReport {
  region: string;
  rows: number;
  head: { seq: number; hash: string } | null;
  /** Every link holds and the anchored row is unchanged. */
  intact: boolean;
  /** The first row where the chain breaks. */
  problem?: ChainProblem;
  /** The latest anchor in Temporal and what the database holds at its position; null: not anchored yet, or Temporal not reached (see anchorNote). */
  anchor: (AuditAnchor & { found: string | null; matches: boolean }) | null;
  anchorNote?: string;
}

/** Verifies the named chains (default: every chain the log holds). */
export async function verifyAudit(pool: Pool, temporal: Client, taskQueue: string, chains?: string[]): Promise<ChainReport[]> {
  let anchors: AuditAnchor[] | undefined;
  let unreachable = '';
  try {
    anchors = await temporal.workflow.getHandle(jangkarAuditId(taskQueue)).query(auditAnchorsQuery);
  } catch (err) {
    unreachable = `the anchors in Temporal could not be read (${(err as Error).message}): the chain was checked on its own`;
  }
  const reports: ChainReport[] = [];
  for (const chain of chains ?? (await auditChains(pool))) {
    const anchored = anchors?.find((a) => a.chain === chain);
    const check = await checkChain(pool, chain, anchored ? [anchored.seq] : []);
    const found = anchored ? check.hashAt(anchored.seq) ?? null : null;
    const anchor = anchored ? { ...anchored, found, matches: found === anchored.hash } : null;
    const anchorNote = !anchors ? unreachable
      : !anchor ? 'this chain has no anchor in Temporal yet'
      : anchor.matches ? ''
      : found ? `row #${anchor.seq} holds ${found}, but Temporal recorded ${anchor.hash} for it at ${anchor.at}: the chain was rewritten inside the database after it was anchored`
      : `row #${anchor.seq}, anchored in Temporal at ${anchor.at}, is no longer in the database`;
    reports.push({
      region: chain, rows: check.rows, head: check.head, intact: !check.problem && anchor?.matches !== false,
      ...(check.problem ? { problem: check.problem } : {}), anchor, ...(anchorNote ? { anchorNote } : {}),
    });
  }
  return reports;
}
