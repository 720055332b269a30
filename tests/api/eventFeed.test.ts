// The event feed's long-poll woken by LISTEN/NOTIFY, its cursors after pruning, and the changes of webhook
// subscriptions under an Idempotency-Key, through the real stack. The app looks at the outbox on its own
// only every 60 s here, longer than any wait: a waiting request answered with the event it waited for
// and not the one written 10 s later (which the look at the end of its wait would find too) was woken by the bell.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendNotice, pruneEvents } from '../../db/events';
import { LISTENER_NAME } from '../../db/eventBell';
import { BANJAR_AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
let server: Server;
let base: string;
let taken = 0;

const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 30_000) => {
  for (const end = Date.now() + ms; !(await done()); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What a waiting request answered, with another event written 10 s after the first meanwhile. */
async function answered(waiting: Promise<{ json(): any }>, system: string) {
  const later = setTimeout(() => void notice(system, 'later'), 10_000);
  try {
    return (await waiting).json();
  } finally {
    clearTimeout(later);
  }
}
/** A notice to an e-office system: an event of its feed, appended as the service appends one. */
const notice = (system: string, n: string) => appendNotice(s.db.pool, system, { type: 'webhook.disabled', timestamp: new Date().toISOString(), data: { subscriptionId: `wh_${n}`, url: 'http://x', failingSince: new Date().toISOString(), reason: n } });
const head = async (auth: Record<string, string>) => (await s.app.inject({ method: 'GET', url: '/api/v1/events?limit=200', headers: auth })).json().nextAfter as string;
const listener = async () => (await s.db.pool.query(
  "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query LIKE 'LISTEN%'", [LISTENER_NAME],
)).rows.map((r) => r.pid as number);

beforeAll(async () => {
  s = await startStack({ eventSafetyPollMs: 60_000 });
  server = createServer((req, res) => {
    req.resume().on('end', () => {
      taken++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  server?.close();
  await s?.close();
});

describe('the feed\'s long-poll', () => {
  it('answers when an event is written, woken by NOTIFY', async () => {
    const after = await head(BANJAR_AUTH);
    await until('the event listener', async () => (await listener()).length === 1);
    const waiting = s.app.inject({ method: 'GET', url: `/api/v1/events?after=${after}&wait=30`, headers: BANJAR_AUTH });
    await pause(1_000); // the request is waiting
    await notice('banjar-eoffice', 'first');
    const woken = await answered(waiting, 'banjar-eoffice');
    expect(woken.events).toEqual([expect.objectContaining({ type: 'webhook.disabled', data: expect.objectContaining({ reason: 'first' }) })]);
  }, 60_000);

  it('still answers after its listening connection is terminated: the bell listens again', async () => {
    const [old] = await listener();
    const after = await head(BANJAR_AUTH);
    const waiting = s.app.inject({ method: 'GET', url: `/api/v1/events?after=${after}&wait=30`, headers: BANJAR_AUTH });
    await pause(1_000);
    await s.db.pool.query('SELECT pg_terminate_backend($1)', [old]);
    // Written while nobody may listen: the bell rings its readers once it listens again.
    await notice('banjar-eoffice', 'unheard');
    const woken = await answered(waiting, 'banjar-eoffice');
    expect(woken.events.map((e: { data: { reason: string } }) => e.data.reason)).toEqual(['unheard']);

    await until('a new listening connection', async () => (await listener()).some((pid) => pid !== old));
    const next = woken.nextAfter;
    const again = s.app.inject({ method: 'GET', url: `/api/v1/events?after=${next}&wait=30`, headers: BANJAR_AUTH });
    await pause(1_000);
    await notice('banjar-eoffice', 'heard');
    expect((await answered(again, 'banjar-eoffice')).events.map((e: { data: { reason: string } }) => e.data.reason)).toEqual(['heard']);
  }, 90_000);
});

describe('the feed after pruning', () => {
  it('answers 410 CURSOR_EXPIRED to a cursor from before a pruned event, and starts after it without one', async () => {
    const old = await head(PATI_AUTH);
    await notice('pati-eoffice', 'old');
    await s.db.pool.query("UPDATE events SET created_at = now() - interval '91 days' WHERE payload->'data'->>'reason' = 'old'");
    await notice('pati-eoffice', 'recent');
    expect(await pruneEvents(s.db.pool, 90, 1000)).toBeGreaterThanOrEqual(1);

    const expired = await s.app.inject({ method: 'GET', url: `/api/v1/events?after=${old}`, headers: PATI_AUTH });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('CURSOR_EXPIRED');
    const fresh = await s.app.inject({ method: 'GET', url: '/api/v1/events', headers: PATI_AUTH });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json().events.map((e: { data: { reason: string } }) => e.data.reason)).toEqual(['recent']);
    const onwards = await s.app.inject({ method: 'GET', url: `/api/v1/events?after=${fresh.json().nextAfter}`, headers: PATI_AUTH });
    expect(onwards.json().events).toEqual([]);
  });
});

describe('webhook changes under an Idempotency-Key', () => {
  const keyed = (key: string) => ({ ...BANJAR_AUTH, 'idempotency-key': key });
  const count = async () => (await s.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: BANJAR_AUTH })).json().webhooks.length;

  it('create: the same request again answers the first subscription (its secret too), another body is refused, racing ones make one', async () => {
    const before = await count();
    const key = `create-${Date.now()}`;
    const first = await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: keyed(key), payload: { url: `${base}/a`, eventTypes: ['case.closed'] } });
    expect(first.statusCode, first.body).toBe(201);
    const again = await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: keyed(key), payload: { eventTypes: ['case.closed'], url: `${base}/a` } });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(again.headers.location).toBe(first.headers.location);

    const other = await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: keyed(key), payload: { url: `${base}/b` } });
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', fields: [expect.objectContaining({ field: 'body' })] });

    const raced = `race-${Date.now()}`;
    const both = await Promise.all([1, 2].map(() => s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: keyed(raced), payload: { url: `${base}/c` } })));
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both[1].json()).toEqual(both[0].json());
    expect(await count()).toBe(before + 2);
  });

  it('update, redeliver and delete: the same request again answers the first outcome and does nothing twice', async () => {
    const created = (await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: keyed(`sub-${Date.now()}`), payload: { url: `${base}/d` } })).json();
    const url = `/api/v1/webhooks/${created.id}`;

    const patchKey = `patch-${Date.now()}`;
    const patched = await s.app.inject({ method: 'PATCH', url, headers: keyed(patchKey), payload: { eventTypes: ['webhook.disabled'] } });
    expect(patched.statusCode, patched.body).toBe(200);
    const patchedAgain = await s.app.inject({ method: 'PATCH', url, headers: keyed(patchKey), payload: { eventTypes: ['webhook.disabled'] } });
    expect(patchedAgain.headers['idempotent-replayed']).toBe('true');
    expect(patchedAgain.json()).toEqual(patched.json());
    expect((await s.app.inject({ method: 'PATCH', url, headers: keyed(patchKey), payload: { url: `${base}/e` } })).json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    // An event delivered, then its delivery redelivered twice under one key: queued once.
    const delivered = taken;
    await notice('banjar-eoffice', 'to-redeliver');
    await until('the delivery', () => taken > delivered);
    const deliveries = async () => (await s.app.inject({ method: 'GET', url: `${url}/deliveries`, headers: BANJAR_AUTH })).json().deliveries;
    await until('the delivery logged', async () => (await deliveries()).length > 0);
    const [d] = await deliveries();
    const redeliverKey = `redeliver-${Date.now()}`;
    const redelivered = await Promise.all([1, 2].map(() => s.app.inject({ method: 'POST', url: `${url}/deliveries/${d.id}/redeliver`, headers: keyed(redeliverKey) })));
    expect(redelivered.map((r) => r.statusCode)).toEqual([202, 202]);
    expect(redelivered[1].json()).toEqual({ eventId: d.eventId });
    const replayed = await s.app.inject({ method: 'POST', url: `${url}/deliveries/${d.id}/redeliver`, headers: keyed(redeliverKey) });
    expect(replayed.statusCode).toBe(202);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    const { rows } = await s.db.pool.query('SELECT count(*)::int AS n FROM webhook_redeliveries WHERE subscription_id = $1', [created.id]);
    expect(rows[0].n).toBe(1);

    const deleteKey = `delete-${Date.now()}`;
    const deleted = await s.app.inject({ method: 'DELETE', url, headers: keyed(deleteKey) });
    expect(deleted.statusCode).toBe(204);
    const deletedAgain = await s.app.inject({ method: 'DELETE', url, headers: keyed(deleteKey) });
    expect(deletedAgain.statusCode).toBe(204);
    expect(deletedAgain.headers['idempotent-replayed']).toBe('true');
    expect(deletedAgain.body).toBe('');
    expect((await s.app.inject({ method: 'DELETE', url, headers: BANJAR_AUTH })).json().error.code).toBe('WEBHOOK_NOT_FOUND');
  }, 90_000);
});
