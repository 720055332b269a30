// Idempotency-Key as integrators expect it (the IETF Idempotency-Key draft, Stripe's semantics): a key
// is bound to the client, the route, the case and task, the acting official and the canonical body;
// the same request again answers the first outcome; the key on another request is 422 naming what
// differs; keys expire and are purged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app';
import { demoPeople } from '../../demo/masterData';
import type { Region } from '../../profiles/schema';
import { api, taskOpen } from '../support/api';
import { DEADLINES, loadDemoData, permohonan, requester } from '../support/cases';
import { testLogger } from '../support/logger';
import { API_KEY, AUTH, BANJAR_AUTH, startStack, type Stack } from '../support/stack';
import { testPenerbitan } from '../support/penerbitan';
import { until } from '../support/poll';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(async () => s?.close());

const p = demoPeople('banjar');
const body = (region: Region = 'banjar', over: object = {}) => ({ procedure: 'penunjukan-lintas-unit', region, ...permohonan(region), ...over });
let n = 0;
const fresh = (what: string) => `${what}-${Date.now()}-${n++}`;
const start = (key: string, payload: object = body(), actor = requester('banjar'), auth = AUTH) =>
  s.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...auth, 'idempotency-key': key, 'x-acting-official': actor }, payload });
const post = (url: string, key: string, actor: string, payload: object = {}) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${url}`, headers: { ...AUTH, 'idempotency-key': key, 'x-acting-official': actor }, payload });
const decide = (caseId: string, taskId: string, key: string, actor: string, payload: object) => post(`${caseId}/tasks/${taskId}/decision`, key, actor, payload);
const keyRows = async (key: string) => (await s.db.pool.query('SELECT * FROM idempotency_keys WHERE key = $1', [key])).rows;

async function openCase(): Promise<string> {
  const r = await start(fresh('case'));
  expect(r.statusCode).toBe(201);
  await api(s).until(r.json().caseId, taskOpen('rekomendasi-puo'));
  return r.json().caseId;
}

describe('a message and its key', () => {
  it('approve, then refuse with the same key: the refusal is 422 naming the body, the case keeps the approval', async () => {
    const caseId = await openCase();
    const key = fresh('decision');
    const approve = await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' });
    expect(approve.statusCode).toBe(200);
    const refuse = await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'refuse', reasons: 'tidak sesuai' });
    expect(refuse.statusCode).toBe(422);
    expect(refuse.json().error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining(`(case ${caseId}, task rekomendasi-puo)`),
      fields: [{ field: 'body', message: expect.any(String) }],
    });
    // The same request again: the first outcome, status and body, marked as replayed.
    const again = await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(approve.body);
    const c = await api(s).getCase(caseId);
    expect(c.timeline.filter((e) => e.action === 'direkomendasikan')).toHaveLength(1);
    expect(c.timeline.some((e) => e.action === 'ditolak')).toBe(false);
  });

  it('the key reused on the next task is 422 naming the task; that task stays open for a new key', async () => {
    const caseId = await openCase();
    const key = fresh('decision');
    expect((await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
    await api(s).until(caseId, taskOpen('keputusan-ppk'));
    const next = await decide(caseId, 'keputusan-ppk', key, p.kadisKominfo, { decision: 'approve' });
    expect(next.statusCode).toBe(422);
    expect(next.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(next.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['params.taskId']);
    // Another official with it: the acting official differs too.
    const other = await decide(caseId, 'keputusan-ppk', key, p.kabidAptika, { decision: 'approve' });
    expect(other.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['params.taskId', 'headers.x-acting-official']);
    expect((await api(s).getCase(caseId)).tasks.find((t) => t.id === 'keputusan-ppk')?.status).toBe('open');
    const decided = await decide(caseId, 'keputusan-ppk', fresh('decision'), p.kabidAptika, { decision: 'refuse', reasons: 'beban kerja penuh' });
    expect(decided.statusCode).toBe(200);
  });

  it('a 400 is not an outcome: the corrected request may use the key (Stripe\'s rule)', async () => {
    const caseId = await openCase();
    const key = fresh('decision');
    const bare = await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'refuse' });
    expect(bare.statusCode).toBe(400);
    expect(await keyRows(key)).toEqual([]);
    const corrected = await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'refuse', reasons: 'kompetensi belum sesuai' });
    expect(corrected.statusCode).toBe(200);
    expect((await keyRows(key)).map((r) => r.response_status)).toEqual([200]);
  });

  it('the key reused on withdraw is 422 naming the route; nothing is withdrawn', async () => {
    const caseId = await openCase();
    const key = fresh('decision');
    expect((await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
    const withdraw = await post(`${caseId}/withdraw`, key, requester('banjar'), { reasons: 'tidak diperlukan lagi' });
    expect(withdraw.statusCode).toBe(422);
    expect(withdraw.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['route', 'params.taskId', 'headers.x-acting-official', 'body']);
    expect((await api(s).getCase(caseId)).status).not.toBe('withdrawn');
    const withdrawn = await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'), { reasons: 'tidak diperlukan lagi' });
    expect(withdrawn.json().status).toBe('withdrawn');
  });

  it('a refusal is an outcome too: the same request again answers it, even once the rule would let it through', async () => {
    const caseId = await openCase();
    const key = fresh('early');
    const early = await decide(caseId, 'keputusan-ppk', key, p.kabidAptika, { decision: 'approve' });
    expect(early.statusCode).toBe(409);
    await decide(caseId, 'rekomendasi-puo', fresh('decision'), p.kadisKominfo, { decision: 'approve' });
    await api(s).until(caseId, taskOpen('keputusan-ppk'));
    const again = await decide(caseId, 'keputusan-ppk', key, p.kabidAptika, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toBe(early.body);
    await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });

  it('a refusal sent as problem details (Accept: application/problem+json) is replayed as it was sent, with its media type', async () => {
    const caseId = await openCase();
    const key = fresh('problem');
    const asProblem = () => s.app.inject({
      method: 'POST', url: `/api/v1/cases/${caseId}/tasks/keputusan-ppk/decision`, payload: { decision: 'approve' },
      headers: { ...AUTH, 'idempotency-key': key, 'x-acting-official': p.kabidAptika, accept: 'application/problem+json' },
    });
    const first = await asProblem();
    expect(first.statusCode).toBe(409);
    expect(first.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(first.json()).toMatchObject({ type: 'urn:sistem-kerja:error:STEP_NOT_OPEN', status: 409, code: 'STEP_NOT_OPEN' });
    const again = await asProblem();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toBe(first.body);
    await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });

  it('ten identical decisions with one key at once: one decision, one outcome for all', async () => {
    const caseId = await openCase();
    const key = fresh('racing');
    const all = await Promise.all(Array.from({ length: 10 }, () => decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' })));
    expect(all.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(all.map((r) => r.body)).size).toBe(1);
    expect((await api(s).getCase(caseId)).timeline.filter((e) => e.action === 'direkomendasikan')).toHaveLength(1);
    await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });
});

describe('a start and its key', () => {
  it('retried with the same JSON, its keys in another order: the same request, its first outcome', async () => {
    const key = fresh('start');
    const first = await start(key);
    expect(first.statusCode).toBe(201);
    const reordered = Object.fromEntries(Object.entries(body()).reverse().map(([k, v]) =>
      [k, v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v]));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body()));
    const again = await start(key, reordered);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(`/api/v1/cases/${first.json().caseId}`);
    expect(again.body).toBe(first.body);
    await post(`${first.json().caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });

  it('the same key with another body or acting official: 422 saying what differs, naming the case it started', async () => {
    const key = fresh('start');
    const first = await start(key);
    const caseId = first.json().caseId;
    const other = await start(key, body('banjar', { maksud: 'keperluan lain sama sekali' }));
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining(`(case ${caseId})`), fields: [{ field: 'body' }] });
    const otherActor = await start(key, body(), p.kabidPerencanaan);
    expect(otherActor.json().error.fields).toEqual([{ field: 'headers.x-acting-official', message: `was ${requester('banjar')}` }]);
    expect(await keyRows(key)).toHaveLength(1);
    await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });

  it('keys belong to the e-office system that sent them: another system may use the same key', async () => {
    const key = fresh('start');
    const mine = await start(key);
    const theirs = await start(key, body(), requester('banjar'), BANJAR_AUTH);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().caseId).not.toBe(mine.json().caseId);
    for (const r of [mine, theirs]) await post(`${r.json().caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });

  it('five identical starts at once: one case, one outcome for all', async () => {
    const key = fresh('racing-start');
    const before = new Date();
    const all = await Promise.all(Array.from({ length: 5 }, () => start(key)));
    expect(all.map((r) => r.statusCode)).toEqual(Array(5).fill(201));
    expect(new Set(all.map((r) => r.body)).size).toBe(1);
    const caseId = all[0].json().caseId;
    await api(s).until(caseId, taskOpen('rekomendasi-puo'));
    const { rows } = await s.db.pool.query('SELECT case_id FROM cases WHERE started_at >= $1', [before]);
    expect(rows).toEqual([{ case_id: caseId }]);
    await post(`${caseId}/withdraw`, fresh('withdraw'), requester('banjar'));
  });
});

describe('expiry', () => {
  it('an expired key is free again; expired keys are purged (IDEMPOTENCY_KEY_TTL)', async () => {
    const caseId = await openCase();
    const key = fresh('expiring');
    expect((await decide(caseId, 'rekomendasi-puo', key, p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
    await s.db.pool.query("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1", [key]);
    const reused = await post(`${caseId}/withdraw`, key, requester('banjar'), { reasons: 'tidak diperlukan lagi' });
    expect(reused.statusCode).toBe(200);
    expect(reused.json().status).toBe('withdrawn');

    // An API whose keys live 3 s purges them on its own (long enough for the refused request to be answered on a loaded machine first).
    const shortLived = await buildApp({
      config: { apiKeys: new Map([[API_KEY, { name: 'test-eoffice' }]]), deadlines: DEADLINES, TASK_QUEUE: s.taskQueue, idempotencyKeyTtlMs: 3_000 },
      pool: s.db.pool, temporal: s.temporal, logger: testLogger(), penerbitan: testPenerbitan(),
    });
    try {
      const short = fresh('short');
      const r = await shortLived.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/withdraw`, headers: { ...AUTH, 'idempotency-key': short, 'x-acting-official': requester('banjar') }, payload: {} });
      expect(r.statusCode).toBe(409);
      expect(await keyRows(short)).toHaveLength(1);
      await until('the expired key purged', async () => (await keyRows(short)).length === 0, 15_000);
    } finally {
      await shortLived.close();
    }
  });
});
