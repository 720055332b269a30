// The anchoring workflow on a time-skipping server: it records each chain's head on its timer and on
// request, moves an anchor forward along an unchanged chain, and keeps it where it was when the row at
// the anchored position no longer has the anchored hash. With RECORD_HISTORIES set, its history is
// written there for the replay suite (npm run record-histories).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { appendAudit, type AuditEntry } from '../../db/audit';
import { temporalTestServer } from '../../scripts/temporal-binaries';
import { bundleOptions } from '../../services/workflowCode';
import { anchorAuditUpdate, auditAnchorsQuery, TASK_QUEUE } from '../../workflows/shared';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testLogger } from '../support/logger';

Runtime.install({ logger: new DefaultLogger('WARN') });
let db: TestDatabase;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  [db, bundle] = await Promise.all([createTestDatabase(), bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') })]);
});
afterAll(async () => {
  await db?.drop();
});

const entry = (i: number): AuditEntry => ({
  requestId: `req-${i}`, client: 'test-eoffice', official: null, knownVia: null, vouchedBy: null, onBehalfOf: null,
  operation: 'POST /api/v1/master-data/:region', caseId: null, taskId: null, requestHash: 'b'.repeat(64), status: 200, code: null,
});

it('anchors each chain on its timer and on request, and keeps an anchor whose row changed', async () => {
  for (let i = 1; i <= 3; i++) await appendAudit(db.pool, 'banjar', entry(i));
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServer() } } });
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection, taskQueue: TASK_QUEUE, workflowBundle: bundle,
      activities: createActivities({ pool: db.pool, log: testLogger() }),
    });
    await worker.runUntil(async () => {
      const h = await env.client.workflow.start('jangkarAudit', { workflowId: `jangkar-audit-${Date.now()}`, taskQueue: TASK_QUEUE, args: [{ everyMs: 60_000 }] });
      const first = await h.executeUpdate(anchorAuditUpdate);
      expect(first).toEqual([expect.objectContaining({ chain: 'banjar', seq: 3 })]);

      // The timer records the heads as the chains grow, a new chain included.
      for (let i = 4; i <= 5; i++) await appendAudit(db.pool, 'banjar', entry(i));
      const service = await appendAudit(db.pool, 'service', entry(1));
      await env.sleep(61_000);
      const grown = await h.query(auditAnchorsQuery);
      expect(grown.map(({ chain, seq }) => ({ chain, seq }))).toEqual([{ chain: 'banjar', seq: 5 }, { chain: 'service', seq: 1 }]);
      expect(grown[1].hash).toBe(service.hash);

      // The anchored row changed under the anchor (its trigger off, as only a superuser can): the anchor stays.
      const c = await db.pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SET LOCAL session_replication_role = replica');
        await c.query("UPDATE audit_log SET hash = repeat('f', 64) WHERE chain = 'banjar' AND seq = 5");
        await c.query('COMMIT');
      } finally {
        c.release();
      }
      await appendAudit(db.pool, 'banjar', entry(6));
      const kept = await h.executeUpdate(anchorAuditUpdate);
      expect(kept.find((a) => a.chain === 'banjar')).toEqual(grown[0]);

      if (process.env.RECORD_HISTORIES)
        writeFileSync(join(process.env.RECORD_HISTORIES, 'jangkarAudit-anchors.json'), historyToJSON(await h.fetchHistory()));
      await h.terminate();
    });
  } finally {
    await env.teardown();
  }
}, 60_000);
