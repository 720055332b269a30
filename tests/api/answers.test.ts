// Answers that carry their result, on the real Temporal dev server and PostgreSQL: a start answers with
// its first task open (Update-with-Start), a decision that issues documents with their numbers, a read
// waits for the case to move (long poll), and the case is found in Temporal by its search attributes.
// No test here reads a case again until it changes: each answer must already hold what it says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import type { CaseView } from '../../domain/kasus';
import { newKey } from '../support/api';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { AUTH, startStack, type Stack } from '../support/stack';
import { cliSearchAttributes } from '../../workflows/searchAttributes';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool, ['banjar']);
});
afterAll(async () => s?.close());

const p = demoPeople('banjar');
const p2 = { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') };
const start = (actor: string, payload: object, key = newKey()) =>
  s.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...AUTH, 'idempotency-key': key, 'x-acting-official': actor }, payload });
const decide = (caseId: string, taskId: string, actor: string) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload: { decision: 'approve' } });
const read = (caseId: string, query = '') => s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}${query}`, headers: AUTH });
const open = (c: CaseView) => c.tasks.filter((t) => t.status === 'open').map((t) => t.id);

describe('a start answers with its first task open', () => {
  it('P2: 201 with rekomendasi-puo open, as the projection holds it; the same key again answers the same case', async () => {
    const key = newKey();
    const res = await start(requester('banjar'), p2, key);
    expect(res.statusCode).toBe(201);
    const c: CaseView = res.json();
    expect(c).toMatchObject({ status: 'awaiting-decision', version: expect.any(Number) });
    expect(open(c)).toEqual(['rekomendasi-puo']);
    // The answer is the projection's: the inbox shows the task at once.
    const inbox = (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': p.kadisKominfo } })).json();
    expect(inbox.tasks.map((i: { caseId: string; taskId: string }) => `${i.caseId}/${i.taskId}`)).toContain(`${c.caseId}/rekomendasi-puo`);
    const again = await start(requester('banjar'), p2, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(c);
  });

  it('P1 in banjar (the appointment itself): 201 with the Surat Tugas numbered and its receipt open', async () => {
    const res = await start(pengusul('banjar'), { procedure: 'penunjukan-dalam-unit', region: 'banjar', ...penunjukanDalamUnit('banjar') });
    expect(res.statusCode).toBe(201);
    const c: CaseView = res.json();
    expect(c.status).toBe('awaiting-acknowledgement');
    expect(c.documents).toEqual([expect.objectContaining({ kind: 'surat-tugas', nomor: expect.stringMatching(/^\d+ TAHUN \d{4}$/) })]);
    expect(open(c)).toEqual(['tanda-terima']);
  });
});

describe('a decision that issues documents answers with their numbers', () => {
  it('P2 banjar: the PPK approves; the answer holds the Surat Tugas and the Keputusan Sekretaris Daerah, numbered, and the receipt open', async () => {
    const c: CaseView = (await start(requester('banjar'), p2)).json();
    expect((await decide(c.caseId, 'rekomendasi-puo', p.kadisKominfo)).statusCode).toBe(200);
    const res = await decide(c.caseId, 'keputusan-ppk', p.kabidAptika);
    expect(res.statusCode).toBe(200);
    const decided: CaseView = res.json();
    expect(decided.status).toBe('awaiting-acknowledgement');
    expect(decided.documents.map((d) => [d.kind, d.nomor])).toEqual([
      ['surat-tugas', expect.stringMatching(/\d/)], ['keputusan-sekda', expect.stringMatching(/^\d+ TAHUN \d{4}$/)],
    ]);
    expect(open(decided)).toEqual(['tanda-terima']);
  });
});

describe('GET /cases/{id}?afterVersion=N&wait=s', () => {
  it('answers when the case moves past N, and at the end of the wait with the case as it is', async () => {
    const c: CaseView = (await start(requester('banjar'), p2)).json();
    // Nothing moves: the wait ends after 1 s with the same version.
    const begun = Date.now();
    const idle = await read(c.caseId, `?afterVersion=${c.version}&wait=1`);
    expect(Date.now() - begun).toBeGreaterThanOrEqual(1000);
    expect(idle.statusCode).toBe(200);
    expect(idle.json().version).toBe(c.version);

    // A reader waiting 30 s is answered as soon as the PUO recommends.
    const waiting = read(c.caseId, `?afterVersion=${c.version}&wait=30`).then((r) => ({ r, at: Date.now() }));
    await new Promise((r) => setTimeout(r, 300));
    const decided = await decide(c.caseId, 'rekomendasi-puo', p.kadisKominfo);
    const { r, at } = await waiting;
    expect(r.statusCode).toBe(200);
    expect(r.json().version).toBeGreaterThan(c.version);
    expect(r.json().tasks.find((t: { id: string }) => t.id === 'rekomendasi-puo').status).toBe('done');
    expect(at - begun).toBeLessThan(15_000);
    expect(decided.statusCode).toBe(200);

    // Already past N: at once; a version the case has not reached with no wait: at once as well.
    expect((await read(c.caseId, '?afterVersion=0&wait=30')).json().version).toBe(decided.json().version);
    expect((await read(c.caseId, `?afterVersion=${decided.json().version}`)).json().version).toBe(decided.json().version);
  });

  it('refuses a wait over 30 s or a version that is not a number, naming the field', async () => {
    const c: CaseView = (await start(requester('banjar'), p2)).json();
    for (const [query, field] of [['?afterVersion=1&wait=31', 'querystring.wait'], ['?afterVersion=x&wait=5', 'querystring.afterVersion']]) {
      const res = await read(c.caseId, query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'INVALID_REQUEST', fields: [expect.objectContaining({ field })] });
    }
  });
});

describe('search attributes', () => {
  it('the case is found through the Temporal client by region, status, procedure, requester, employee and unit, and follows its status', async () => {
    const c: CaseView = (await start(requester('banjar'), p2)).json();
    const found = (query: string) => s.temporal.workflow.list({ query: `WorkflowId="${c.caseId}" AND ${query}` });
    const ids = async (query: string) => {
      const out: string[] = [];
      for await (const w of found(query)) out.push(w.workflowId);
      return out;
    };
    // Visibility is eventually consistent: it follows the upsert within a moment.
    await expect.poll(() => ids('Region="banjar" AND CaseStatus="awaiting-decision"'), { timeout: 10_000 }).toEqual([c.caseId]);
    expect(await ids(`\`Procedure\`="penunjukan-lintas-unit" AND Pemohon="${requester('banjar')}" AND Pegawai="${p.pranataKomputer1}" AND Unit="KOMINFO-APTIKA"`)).toEqual([c.caseId]);
    expect(await ids('Region="pati"')).toEqual([]);
    const w = await s.temporal.workflow.getHandle(c.caseId).describe();
    expect(w.typedSearchAttributes.getAll().map((pair) => [pair.key.name, pair.value])).toEqual(expect.arrayContaining([
      ['Region', 'banjar'], ['Procedure', 'penunjukan-lintas-unit'], ['CaseStatus', 'awaiting-decision'], ['Pemohon', requester('banjar')],
      ['Pegawai', [p.pranataKomputer1]], ['Unit', ['BAPPEDA-PEREN', 'KOMINFO-APTIKA']],
    ]));

    await decide(c.caseId, 'rekomendasi-puo', p.kadisKominfo);
    await decide(c.caseId, 'keputusan-ppk', p.kabidAptika);
    await expect.poll(() => ids('CaseStatus="awaiting-acknowledgement"'), { timeout: 10_000 }).toEqual([c.caseId]);
  });

  it('docker compose registers the same search attributes, with their types', () => {
    const compose = readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8');
    const created = [...compose.matchAll(/--name (\w+) --type (\w+)/g)].map(([, name, type]) => `${name}=${type}`);
    expect(created).toEqual(cliSearchAttributes());
  });
});
