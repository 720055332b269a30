// The delivery workflow of a webhook subscription on a time-skipping server, against a real receiver
// (an HTTP server) and the real outbox: a receiver down for days and then back gets every event exactly
// once per webhook-id, in order per case, each signature verifying with the standardwebhooks library;
// one down for the whole failing period gets its subscription disabled, with a notice. With
// RECORD_HISTORIES set, the history is written there for the replay suite.
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { tsToMs } from '@temporalio/common/lib/time';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { saveCase } from '../../db/cases';
import { createSubscription } from '../../db/webhooks';
import type { CaseView } from '../../domain/kasus';
import { temporalTestServer } from '../../scripts/temporal-binaries';
import { bundleOptions } from '../../services/workflowCode';
import { pengirimanWebhookId, TASK_QUEUE, type PengirimanWebhookInput } from '../../workflows/shared';
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

/** An HTTP receiver that answers 503 while down and records what it took while up. */
async function receiver() {
  const r = { up: false, attempts: 0, taken: [] as { headers: Record<string, string>; body: string }[], server: undefined as unknown as Server, url: '' };
  r.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      r.attempts++;
      if (r.up) r.taken.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(r.up ? 204 : 503).end();
    });
  });
  await new Promise<void>((ok) => r.server.listen(0, '127.0.0.1', ok));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hooks`;
  return r;
}

const OFFICIAL = { nip: '197201011997031204', nama: 'Dr. Hendra Gunawan', jabatan: 'Kepala Bappeda' };
const task = (status: 'open' | 'done') => ({
  id: 'keputusan-ppk', kind: 'keputusan' as const, title: 'Keputusan PPK', role: 'PPK', citation: 'banjar lampiran II.B.1.b.4', assignee: OFFICIAL,
  status, openedAt: '2026-12-01T01:00:00.000Z', dueAt: '2026-12-08T01:00:00.000Z', remindersSent: 0,
});
/** A case's two projections: waiting for the PPK (case.started, task.opened); then approved, its letter issued and closed (task.decided, documents.issued, case.closed). */
function projections(caseId: string, region: string): CaseView[] {
  const submitted = { at: '2026-12-01T01:00:00.000Z', action: 'diajukan' as const, actor: OFFICIAL, role: 'Pimpinan Unit Organisasi pemilik', citation: 'banjar lampiran II.B.1.b.1' };
  const first: CaseView = {
    caseId, procedure: 'penunjukan-lintas-unit', region, judul: `Penunjukan ${caseId}`, status: 'awaiting-decision', pemohon: OFFICIAL, subject: {},
    tasks: [task('open')], timeline: [submitted], documents: [], startedAt: '2026-12-01T01:00:00.000Z', version: 1,
  };
  const decided = { at: '2026-12-02T01:00:00.000Z', action: 'disetujui' as const, actor: OFFICIAL, role: 'PPK', citation: 'banjar lampiran II.B.1.b.4', taskId: 'keputusan-ppk' };
  const document = { id: `${caseId}-st`, kind: 'surat-tugas', title: 'Surat Tugas', nomor: '800/1/BAPPEDA/2026', issuedAt: '2026-12-02T01:00:01.000Z' };
  return [first, {
    ...first, status: 'issued', tasks: [task('done')], timeline: [submitted, decided], documents: [document], version: 2,
    outcome: { status: 'issued', at: '2026-12-02T01:00:01.000Z', citation: 'banjar pasal 8' },
  }];
}

async function withDelivery(body: (env: TestWorkflowEnvironment, input: PengirimanWebhookInput) => Promise<void>, url: string) {
  const sub = await createSubscription(db.pool, { system: 'banjar-eoffice', url, eventTypes: ['case.started', 'task.opened', 'task.decided', 'documents.issued', 'case.closed', 'webhook.disabled'], regions: ['banjar'] });
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServer() } } });
  try {
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: TASK_QUEUE, workflowBundle: bundle, activities: createActivities({ pool: db.pool, log: testLogger() }) });
    await worker.runUntil(body(env, { subscriptionId: sub.id, disableAfterMs: 5 * 86400_000 }));
  } finally {
    await env.teardown();
  }
  return sub;
}

/** How long until the backoff timer the workflow waits on fires (server time). */
async function backoffLeft(env: TestWorkflowEnvironment, h: WorkflowHandle): Promise<number> {
  for (;;) {
    const last = (await h.fetchHistory()).events!.at(-1)!;
    if (last.timerStartedEventAttributes)
      return tsToMs(last.eventTime) + tsToMs(last.timerStartedEventAttributes.startToFireTimeout) - (await env.currentTimeMs());
    await new Promise((r) => setTimeout(r, 50));
  }
}

const until = async (what: string, done: () => Promise<boolean> | boolean, ms = 20_000) => {
  for (const end = Date.now() + ms; !(await done()); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
};

it('a receiver down for two days and then back receives every event once per webhook-id, in order per case, signed', async () => {
  const r = await receiver();
  let secret = '';
  const sub = await withDelivery(async (env, input) => {
    const h = await env.client.workflow.start('pengirimanWebhook', { workflowId: pengirimanWebhookId(input.subscriptionId), taskQueue: TASK_QUEUE, args: [input] });
    // Two banjar cases moving at once, and a pati case the subscription does not receive.
    const [a, b, p] = [projections('banjar-hook-a', 'banjar'), projections('banjar-hook-b', 'banjar'), projections('pati-hook-p', 'pati')];
    for (const v of [a[0], b[0], p[0], b[1], a[1], p[1]]) await saveCase(db.pool, v);
    await until('the first failed attempt', () => r.attempts > 0);
    await env.sleep(2 * 86400_000);
    const failed = r.attempts;
    expect(failed).toBeGreaterThan(10); // retried with backoff all along, never past the first event
    r.up = true;
    await env.sleep(await backoffLeft(env, h)); // not longer: a round waiting for new events waits in real time
    await until('every event', () => r.taken.length >= 10);
    if (process.env.RECORD_HISTORIES) writeFileSync(join(process.env.RECORD_HISTORIES, 'pengirimanWebhook-receiver-down.json'), historyToJSON(await h.fetchHistory()));
    await h.terminate();
  }, r.url).then((s) => ((secret = s.secret), s));
  r.server.close();

  const wh = new Webhook(secret);
  const events = r.taken.map(({ headers, body }) => ({ headers, payload: wh.verify(body, headers) as { id: string; type: string; data: { case: { caseId: string } } } }));
  const ids = events.map((e) => e.headers['webhook-id']);
  expect(new Set(ids).size).toBe(ids.length);
  expect(events.every((e) => e.payload.id === e.headers['webhook-id'])).toBe(true);
  const stored = (await db.pool.query("SELECT id, case_id, type FROM events WHERE 'banjar' = ANY(regions) ORDER BY txid, id")).rows;
  expect(ids).toEqual(stored.map((e) => `evt_${e.id}`));
  for (const c of ['banjar-hook-a', 'banjar-hook-b'])
    expect(events.filter((e) => e.payload.data.case.caseId === c).map((e) => e.payload.type)).toEqual(['case.started', 'task.opened', 'task.decided', 'documents.issued', 'case.closed']);
  // A body altered on the way fails verification.
  expect(() => wh.verify(r.taken[0].body.replace('banjar', 'pati'), r.taken[0].headers)).toThrow();
  const log = (await db.pool.query('SELECT succeeded, count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1 GROUP BY succeeded', [sub.id])).rows;
  expect(Object.fromEntries(log.map((l) => [l.succeeded, l.n]))).toEqual({ true: 10, false: expect.any(Number) });
  expect((await db.pool.query('SELECT status, failing_since FROM webhook_subscriptions WHERE id = $1', [sub.id])).rows[0]).toEqual({ status: 'active', failing_since: null });
}, 120_000);

it('a receiver down for the whole failing period gets its subscription disabled, with a notice to its system', async () => {
  const r = await receiver();
  const sub = await withDelivery(async (env, input) => {
    const h = await env.client.workflow.start('pengirimanWebhook', { workflowId: pengirimanWebhookId(input.subscriptionId), taskQueue: TASK_QUEUE, args: [input] });
    for (const v of projections('banjar-hook-c', 'banjar')) await saveCase(db.pool, v);
    await until('the first failed attempt', () => r.attempts > 0);
    await h.result(); // the workflow ends once it has disabled the subscription (time skips through the backoffs)
    if (process.env.RECORD_HISTORIES) writeFileSync(join(process.env.RECORD_HISTORIES, 'pengirimanWebhook-disabled.json'), historyToJSON(await h.fetchHistory()));
  }, r.url);
  r.server.close();
  const row = (await db.pool.query('SELECT status, disabled_reason, failing_since FROM webhook_subscriptions WHERE id = $1', [sub.id])).rows[0];
  expect(row).toMatchObject({ status: 'disabled', disabled_reason: 'the receiver answered 503' });
  const notice = (await db.pool.query("SELECT system, payload FROM events WHERE type = 'webhook.disabled'")).rows;
  expect(notice).toEqual([{ system: 'banjar-eoffice', payload: expect.objectContaining({ data: expect.objectContaining({ subscriptionId: sub.id, reason: 'the receiver answered 503' }) }) }]);
  const { failingSince } = notice[0].payload.data;
  expect(Date.parse(notice[0].payload.timestamp) - Date.parse(failingSince)).toBeGreaterThanOrEqual(5 * 86400_000);
  expect(r.attempts).toBeLessThan(200); // backed off to hourly, not hammered
}, 120_000);
