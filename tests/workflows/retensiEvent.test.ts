// The events' retention on a time-skipping server, against the real outbox: it prunes at once and then
// on its timer the events older than EVENT_RETENTION_DAYS, never one a webhook subscription has not
// delivered (a disabled one's too) until it has, taking their delivery log with them, and moves the
// horizon feed cursors are checked against. With RECORD_HISTORIES set, its history is written there
// for the replay suite.
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { loadConfig } from '../../config';
import { appendNotice, eventHorizon } from '../../db/events';
import { createSubscription, disableSubscription, recordAttempt } from '../../db/webhooks';
import { temporalTestServer } from '../../scripts/temporal-binaries';
import { bundleOptions } from '../../services/workflowCode';
import { TASK_QUEUE } from '../../workflows/shared';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testLogger } from '../support/logger';
import { until } from '../support/poll';

Runtime.install({ logger: new DefaultLogger('WARN') });
let db: TestDatabase;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  [db, bundle] = await Promise.all([createTestDatabase(), bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') })]);
});
afterAll(async () => {
  await db?.drop();
});


/** A notice to a system, written `daysAgo` days ago; its id and position. */
async function event(system: string, reason: string, daysAgo: number) {
  await appendNotice(db.pool, system, { type: 'webhook.disabled', timestamp: new Date().toISOString(), data: { subscriptionId: 'wh_x', url: 'http://x', failingSince: new Date().toISOString(), reason } });
  const { rows } = await db.pool.query(
    `UPDATE events SET created_at = now() - $2 * interval '1 day' WHERE id = (SELECT max(id) FROM events WHERE payload->'data'->>'reason' = $1) RETURNING id, txid::text`,
    [reason, daysAgo],
  );
  return { id: Number(rows[0].id), txid: rows[0].txid as string };
}
const kept = async () => (await db.pool.query("SELECT payload->'data'->>'reason' AS reason FROM events ORDER BY id")).rows.map((r) => r.reason);

it('prunes old events on its timer, keeping those a subscription has not delivered, and moves the horizon', async () => {
  const before = await event('banjar-eoffice', 'before-the-subscription', 100);
  const sub = await createSubscription(db.pool, { system: 'banjar-eoffice', url: 'http://127.0.0.1:9/hooks', eventTypes: ['webhook.disabled'], regions: ['banjar'] });
  // Delivered once already (its log row goes with it) but old: pruned.
  await recordAttempt(db.pool, { subscriptionId: sub.id, event: before, responseStatus: 200, error: null, durationMs: 1, succeeded: true });
  const undelivered = await event('banjar-eoffice', 'undelivered', 100);
  const another = await event('pati-eoffice', 'another-system', 100);
  await event('banjar-eoffice', 'recent', 1);
  // A disabled subscription resumes from its cursor: it holds its undelivered events too.
  const off = await createSubscription(db.pool, { system: 'pati-eoffice', url: 'http://127.0.0.1:9/off', eventTypes: ['webhook.disabled'], regions: ['pati'] });
  // It starts past `another` (a new subscription starts at the oldest transaction running anywhere on the server, which on a busy one may be older).
  await db.pool.query('UPDATE webhook_subscriptions SET cursor_txid = $2::xid8, cursor_id = $3 WHERE id = $1', [off.id, another.txid, another.id]);
  await disableSubscription(db.pool, off.id, { reason: 'down', failingSince: new Date().toISOString(), at: new Date().toISOString() });
  await db.pool.query("UPDATE events SET created_at = now() - interval '100 days' WHERE system = 'pati-eoffice' AND payload->'data'->>'subscriptionId' = $1", [off.id]);

  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServer() } } });
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection, taskQueue: TASK_QUEUE, workflowBundle: bundle,
      activities: createActivities({ pool: db.pool, log: testLogger(), config: loadConfig({ EVENT_RETENTION_DAYS: '90' }) }),
    });
    await worker.runUntil(async () => {
      const h = await env.client.workflow.start('retensiEvent', { workflowId: `retensi-event-${Date.now()}`, taskQueue: TASK_QUEUE, args: [{ everyMs: 3600_000 }] });
      await until('the first pruning', async () => (await eventHorizon(db.pool)).id > 0);
      expect(await kept()).toEqual(['undelivered', 'recent', 'down']);
      expect((await db.pool.query('SELECT count(*)::int AS n FROM webhook_deliveries')).rows[0].n).toBe(0);
      // The latest event pruned: a feed cursor before it may have missed one.
      expect(await eventHorizon(db.pool)).toEqual(another);

      // The subscription delivers its event; the next pruning, an hour on, takes it (the horizon, past it already, stays).
      await recordAttempt(db.pool, { subscriptionId: sub.id, event: undelivered, responseStatus: 204, error: null, durationMs: 1, succeeded: true });
      await env.sleep(3601_000);
      await until('the next pruning', async () => !(await kept()).includes('undelivered'));
      expect(await kept()).toEqual(['recent', 'down']);
      expect(await eventHorizon(db.pool)).toEqual(another);

      if (process.env.RECORD_HISTORIES)
        writeFileSync(join(process.env.RECORD_HISTORIES, 'retensiEvent-prunes.json'), historyToJSON(await h.fetchHistory()));
      await h.terminate();
    });
  } finally {
    await env.teardown();
  }
}, 60_000);
