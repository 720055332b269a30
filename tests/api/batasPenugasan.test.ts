// The limits of banjar pasal 9(4)–(5) through the public API, on the real Temporal dev server and
// PostgreSQL: two decisions for the same employee at the same moment that together would exceed
// the limit — exactly one is approved; the other is refused with the article and waits on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { penugasanOf } from '../../db/penugasan';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { api, taskOpen } from '../support/api';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
let client: ReturnType<typeof api>;
beforeAll(async () => {
  s = await startStack();
  client = api(s);
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

const p = demoPeople('banjar');
const timKerja = { nama: 'Tim Kerja Dashboard Perencanaan', peran: 'anggota' };
const body = (over: object = {}) => ({ procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar'), timKerja, ...over });

/** A team request up to the PPK's open decision. */
async function atKeputusan(): Promise<string> {
  const started = await client.start(requester('banjar'), body());
  expect(started.statusCode).toBe(201);
  const caseId = started.json().caseId;
  await client.until(caseId, taskOpen('rekomendasi-puo'));
  expect((await client.decide(caseId, 'rekomendasi-puo', p.kadisKominfo, { decision: 'approve' })).statusCode).toBe(200);
  await client.until(caseId, taskOpen('keputusan-ppk'));
  return caseId;
}
const approve = (caseId: string) => client.decide(caseId, 'keputusan-ppk', p.kabidAptika, { decision: 'approve' });

describe('banjar pasal 9(5) through the API', () => {
  it('two simultaneous approvals, the 3rd and 4th team assignment of one employee: exactly one succeeds', async () => {
    for (const caseId of await Promise.all([atKeputusan(), atKeputusan()])) expect((await approve(caseId)).statusCode).toBe(200);

    const [third, fourth] = await Promise.all([atKeputusan(), atKeputusan()]);
    const answers = await Promise.all([approve(third), approve(fourth)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 422]);
    const refused = answers.find((a) => a.statusCode === 422)!;
    expect(refused.json().error).toMatchObject({ code: 'ASSIGNMENT_LIMIT', citation: 'banjar pasal 9(5)', fields: [{ field: 'employeeNip' }] });
    const [won, lost] = answers[0].statusCode === 200 ? [third, fourth] : [fourth, third];

    // The refused case is as it was: awaiting the PPK's decision, which may still refuse it with reasons.
    const waiting = await client.getCase(lost);
    expect(waiting.status).toBe('awaiting-decision');
    expect(waiting.tasks.find((t) => t.id === 'keputusan-ppk')!.status).toBe('open');
    expect((await client.decide(lost, 'keputusan-ppk', p.kabidAptika, { decision: 'refuse', reasons: 'batas penugasan tim kerja tercapai' })).statusCode).toBe(200);
    await client.until(lost, (c) => c.status === 'refused');

    const issued = await client.until(won, (c) => c.status === 'awaiting-acknowledgement');
    const st = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${issued.documents[0].id}?format=json`, headers: AUTH })).json();
    expect(JSON.stringify(st)).toContain('Sebagai Anggota Tim Kerja Dashboard Perencanaan');
    const ledger = await penugasanOf(s.db.pool, 'banjar', p.pranataKomputer1);
    expect(ledger.filter((r) => r.status === 'reserved')).toHaveLength(3);
    expect(ledger.some((r) => r.caseId === lost)).toBe(false);
  });

  it('refuses a team assignment across units longer than 6 months at the start, and an unknown role', async () => {
    const long = await client.start(requester('banjar'), body({ jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-08-31' } }));
    expect(long.statusCode).toBe(422);
    expect(long.json().error).toMatchObject({ code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)', fields: [{ field: 'jangkaWaktu.selesai' }] });
    const role = await client.start(requester('banjar'), body({ timKerja: { nama: 'Tim Kerja Dashboard', peran: 'pengarah' } }));
    expect(role.statusCode).toBe(400);
    expect(role.json().error.code).toBe('INVALID_REQUEST');
  });
});
