// Webhooks and the event feed through the real stack: a P2 case run through the API reaches a banjar
// e-office system's receiver (a real HTTP server) as signed Standard Webhooks events, in the order the
// case went, and reaches no pati system; the delivery log and redelivery; the feed pages and long-polls.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { isBefore, positionOf } from '../../db/events';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { startIdentity, type TestIdentity } from '../support/identity';
import { runP2Case, sendOnce } from '../support/p2Case';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';

interface Taken { headers: Record<string, string>; body: string }
let s: Stack;
let idp: TestIdentity;
let server: Server;
const taken: Record<string, Taken[]> = { banjar: [], pati: [] };
const hooks: Record<string, { id: string; secret: string }> = {};
let caseId: string;

const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 30_000) => {
  for (const end = Date.now() + ms; !(await done()); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
};
const types = (t: Taken[]) => t.map((x) => JSON.parse(x.body).type);

beforeAll(async () => {
  idp = await startIdentity();
  s = await startStack({ config: { oidc: idp.oidc } });
  await loadDemoData(s.db.pool);
  // One receiver, a path per system: /banjar and /pati.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      taken[req.url!.slice(1)].push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [region, auth] of [['banjar', BANJAR_AUTH], ['pati', PATI_AUTH]] as const) {
    const r = await s.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: auth, payload: { url: `${base}/${region}` } });
    expect(r.statusCode, r.body).toBe(201);
    hooks[region] = r.json();
  }
  caseId = await runP2Case(sendOnce(s), `webhooks-${Date.now()}`);
  await until('the case\'s events at the banjar receiver', () => types(taken.banjar).includes('case.closed'));
}, 240_000);
afterAll(async () => {
  server?.close();
  await idp?.provider.close();
  await s?.close();
});

describe('webhooks', () => {
  it('deliver the case as it went, each event signed (standardwebhooks verifies it) and told once', () => {
    const wh = new Webhook(hooks.banjar.secret);
    const all = taken.banjar.map((t) => wh.verify(t.body, t.headers) as { id: string; type: string; data: { case: { caseId: string }; task?: { id: string }; citation: string; region: string } });
    // The case, and the work cycle (P7) its acknowledgement started.
    const events = all.filter((e) => e.data.case.caseId === caseId);
    expect(all.every((e) => e.data.region === 'banjar' && e.data.citation)).toBe(true);
    expect(events.map((e) => `${e.type}${e.data.task ? ` ${e.data.task.id}` : ''}`)).toEqual([
      'case.started', 'task.opened rekomendasi-puo', 'task.decided rekomendasi-puo', 'task.opened keputusan-ppk', 'task.decided keputusan-ppk',
      'documents.issued', 'task.opened tanda-terima', 'task.completed tanda-terima', 'case.closed',
    ]);
    const ids = taken.banjar.map((t) => t.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => new Webhook(hooks.pati.secret).verify(taken.banjar[0].body, taken.banjar[0].headers)).toThrow();
    // Pati's system sees nothing of a banjar case.
    expect(taken.pati).toEqual([]);
  });

  it('are managed by the system\'s own key: another system does not see them, an official may not', async () => {
    const list = await s.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: BANJAR_AUTH });
    expect(list.json().webhooks).toEqual([expect.objectContaining({ id: hooks.banjar.id, regions: ['banjar'], status: 'active', failingSince: null })]);
    expect(JSON.stringify(list.json())).not.toContain('whsec_');
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hooks.banjar.id}`, headers: PATI_AUTH })).json().error.code).toBe('WEBHOOK_NOT_FOUND');
    const official = await s.app.inject({ method: 'GET', url: '/api/v1/webhooks', headers: await idp.bearer(demoPeople('banjar').kepalaBappeda) });
    expect(official.statusCode).toBe(403);
    expect(official.json().error).toMatchObject({ code: 'WEBHOOKS_FOR_SYSTEMS', citation: expect.any(String) });
    const outside = await s.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${hooks.banjar.id}`, headers: BANJAR_AUTH, payload: { regions: ['pati'] } });
    expect(outside.json().error.code).toBe('REGION_NOT_ALLOWED');
    const changed = await s.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${hooks.banjar.id}`, headers: BANJAR_AUTH, payload: { eventTypes: ['case.closed'] } });
    expect(changed.json()).toMatchObject({ eventTypes: ['case.closed'], regions: ['banjar'] });
  });

  it('log every delivery, and redeliver one by its id under the same webhook-id', async () => {
    const log = (await s.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hooks.banjar.id}/deliveries`, headers: BANJAR_AUTH })).json().deliveries;
    expect(log.map((d: { eventId: string }) => d.eventId)).toEqual(taken.banjar.map((t) => t.headers['webhook-id']));
    expect(log.every((d: { succeeded: boolean; responseStatus: number }) => d.succeeded && d.responseStatus === 200)).toBe(true);
    const decided = log.find((d: { type: string }) => d.type === 'task.decided');
    const r = await s.app.inject({ method: 'POST', url: `/api/v1/webhooks/${hooks.banjar.id}/deliveries/${decided.id}/redeliver`, headers: BANJAR_AUTH });
    expect(r.statusCode, r.body).toBe(202);
    expect(r.json()).toEqual({ eventId: decided.eventId });
    const sent = () => taken.banjar.filter((t) => t.headers['webhook-id'] === decided.eventId);
    await until('the redelivery', () => sent().length === 2);
    const again = sent()[1];
    expect((new Webhook(hooks.banjar.secret).verify(again.body, again.headers) as { type: string }).type).toBe('task.decided');
    // The log's row is written once the receiver has answered: read it when it is there.
    const deliveries = async () => (await s.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hooks.banjar.id}/deliveries`, headers: BANJAR_AUTH })).json().deliveries;
    await until('the redelivery logged', async () => (await deliveries()).some((d: { redelivery: boolean }) => d.redelivery));
    const after = await deliveries();
    expect(after.filter((d: { redelivery: boolean }) => d.redelivery)).toEqual([expect.objectContaining({ eventId: decided.eventId, succeeded: true })]);
    expect((await s.app.inject({ method: 'POST', url: `/api/v1/webhooks/${hooks.banjar.id}/deliveries/999999/redeliver`, headers: BANJAR_AUTH })).json().error.code).toBe('DELIVERY_NOT_FOUND');
  });

  it('stop when deleted', async () => {
    const r = await s.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${hooks.pati.id}`, headers: PATI_AUTH });
    expect(r.statusCode).toBe(204);
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/webhooks/${hooks.pati.id}`, headers: PATI_AUTH })).statusCode).toBe(404);
    const run = s.temporal.workflow.getHandle(`webhook-${hooks.pati.id}`);
    await expect(run.result()).resolves.toBeUndefined();
  }, 60_000);
});

describe('the event feed', () => {
  it('pages through every event the key may see, in order', async () => {
    const seen: { id: string; type: string }[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const r = await s.app.inject({ method: 'GET', url: `/api/v1/events?limit=4${after ? `&after=${after}` : ''}`, headers: BANJAR_AUTH });
      expect(r.statusCode, r.body).toBe(200);
      const { events, nextAfter } = r.json();
      seen.push(...events);
      if (!events.length) break;
      // A full page goes on from its last event; a short one from where the feed was read up to.
      if (events.length === 4) expect(nextAfter).toMatch(new RegExp(`^\\d+-${events.at(-1).id.replace('evt_', '')}$`));
      after = nextAfter;
    }
    // The same events as pushed, in the same order (the webhook no longer takes all types: the feed's first ones).
    expect(seen.slice(0, 9)).toEqual(taken.banjar.slice(0, 9).map((t) => JSON.parse(t.body)));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    // Another region's key sees none of it; a region the key is not for is refused.
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/events', headers: PATI_AUTH })).json().events).toEqual([]);
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/events?region=pati', headers: BANJAR_AUTH })).json().error.code).toBe('REGION_NOT_ALLOWED');
    const official = await s.app.inject({ method: 'GET', url: '/api/v1/events', headers: await idp.bearer(demoPeople('banjar').kepalaBappeda) });
    expect(official.json().error.code).toBe('NOT_AN_AUDITOR');
  });

  it('long-polls: an empty page waits for the next event, and answers empty when none comes', async () => {
    const head = (await s.app.inject({ method: 'GET', url: '/api/v1/events?limit=200', headers: BANJAR_AUTH })).json().nextAfter;
    const t0 = Date.now();
    const idle = await s.app.inject({ method: 'GET', url: `/api/v1/events?after=${head}&wait=1`, headers: BANJAR_AUTH });
    // Nothing came: the cursor stays, or moves on past what was read (events of other systems meanwhile).
    expect(idle.json().events).toEqual([]);
    expect(isBefore(positionOf(idle.json().nextAfter), positionOf(head))).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);

    const waiting = s.app.inject({ method: 'GET', url: `/api/v1/events?after=${head}&wait=30`, headers: BANJAR_AUTH });
    const started = await s.app.inject({
      method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'x-acting-official': requester('banjar'), 'idempotency-key': `webhooks-feed-${Date.now()}` },
      payload: { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') },
    });
    const woken = (await waiting).json();
    expect(woken.events[0]).toMatchObject({ type: 'case.started', data: { case: { caseId: started.json().caseId } } });
    expect(Date.now() - t0).toBeLessThan(25_000);
  }, 60_000);
});
