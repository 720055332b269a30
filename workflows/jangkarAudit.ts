// The audit log's anchor outside the database (RFC 6962's idea, small): every few minutes the head of
// each region's chain is read and recorded here, in Temporal's history, which PostgreSQL's operator
// cannot rewrite. A chain later recomputed to another hash at an anchored position was changed after
// it was anchored. An anchor only moves forward along an unchanged chain: when the row at an anchored
// position no longer has the anchored hash, the anchor stays where it is, as the evidence.
import { allHandlersFinished, condition, continueAsNew, log, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { anchorAuditUpdate, auditAnchorsQuery, type AuditAnchor, type JangkarAuditInput } from './shared';

const { auditHeads } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Anchors recorded in one run before it continues as new, keeping each run's history small. */
const ANCHORINGS_PER_RUN = 500;

export async function jangkarAudit(input: JangkarAuditInput): Promise<void> {
  const anchors: Record<string, AuditAnchor> = Object.fromEntries((input.anchors ?? []).map((a) => [a.chain, a]));
  let anchorings = 0;

  async function anchor(): Promise<AuditAnchor[]> {
    const heads = await auditHeads(Object.values(anchors).map(({ chain, seq }) => ({ chain, seq })));
    const at = new Date().toISOString();
    for (const h of heads) {
      const prior = anchors[h.chain];
      if (prior && h.hashAtAnchor !== prior.hash) {
        log.error('audit chain changed after it was anchored', { chain: h.chain, seq: prior.seq, anchored: prior.hash, found: h.hashAtAnchor });
        continue;
      }
      if (!prior || h.seq > prior.seq) anchors[h.chain] = { chain: h.chain, seq: h.seq, hash: h.hash, at };
    }
    anchorings++;
    return Object.values(anchors);
  }

  setHandler(auditAnchorsQuery, () => Object.values(anchors));
  setHandler(anchorAuditUpdate, anchor);

  while (anchorings < ANCHORINGS_PER_RUN && !workflowInfo().continueAsNewSuggested) {
    await sleep(input.everyMs);
    await anchor();
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof jangkarAudit>({ ...input, anchors: Object.values(anchors) });
}
