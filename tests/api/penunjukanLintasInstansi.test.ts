// P3 through the public API, on the real Temporal dev server and PostgreSQL: each agency acts with
// its own e-office key, scoped to its region, on its own side of the case only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { permohonan, requester } from '../../demo/permohonan';
import { penunjukanLintasInstansi } from '../../demo/penunjukanLintasInstansi';
import type { Region } from '../../profiles/schema';
import { keyedApi, taskOpen as open } from '../support/api';
import { loadDemoData } from '../support/cases';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

type Auth = typeof BANJAR_AUTH;
const keyed = keyedApi(() => s);
const { post, get, decide, until } = keyed;
const start = (auth: Auth, region: Region, actor: string, over: object = {}, procedure = 'penunjukan-lintas-instansi') =>
  keyed.start(auth, actor, { procedure, region, ...(procedure === 'penunjukan-lintas-instansi' ? penunjukanLintasInstansi(region) : permohonan(region)), ...over });

describe('P3 penunjukan lintas instansi through the API', () => {
  it('banjar asks pati: each agency acts with its own key on its own side, both see the case and its documents', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const started = await start(BANJAR_AUTH, 'banjar', banjar.kepalaBappeda);
    expect(started.statusCode).toBe(201);
    const caseId: string = started.json().caseId;
    expect(caseId).toMatch(/^banjar-p3-/);
    expect(started.json()).toMatchObject({ region: 'banjar', regions: ['banjar', 'pati'], procedure: 'penunjukan-lintas-instansi' });

    // Pati's key reads the case and finds it in its list; it may not act on banjar's hop, nor withdraw.
    await until(PATI_AUTH, caseId, open('persetujuan-pyb-pemohon'));
    const listed = (await get(PATI_AUTH, '/api/v1/cases?region=pati')).json();
    expect(listed.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    const patiOnBanjar = await decide(PATI_AUTH, caseId, 'persetujuan-pyb-pemohon', banjar.sekda);
    expect(patiOnBanjar.statusCode).toBe(403);
    // Cited by the article that gives the hop to banjar's Pejabat yang Berwenang.
    expect(patiOnBanjar.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE', citation: 'banjar lampiran II.B.1.c.2' });
    const withdraw = await post(PATI_AUTH, `/api/v1/cases/${caseId}/withdraw`, banjar.kepalaBappeda);
    expect(withdraw.statusCode).toBe(403);
    expect(withdraw.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE', citation: expect.stringContaining('banjar lampiran II.B.1.c') });

    expect((await decide(BANJAR_AUTH, caseId, 'persetujuan-pyb-pemohon', banjar.sekda)).statusCode).toBe(200);
    await until(PATI_AUTH, caseId, open('persetujuan-pyb-tujuan'));
    // The task is in the inbox of pati's Sekda, through pati's key, in pati.
    const inbox = (await get(PATI_AUTH, '/api/v1/inbox', pati.sekda)).json();
    expect(inbox.tasks).toEqual([expect.objectContaining({ caseId, taskId: 'persetujuan-pyb-tujuan', region: 'pati' })]);
    const banjarOnPati = await decide(BANJAR_AUTH, caseId, 'persetujuan-pyb-tujuan', pati.sekda);
    expect(banjarOnPati.statusCode).toBe(403);
    expect(banjarOnPati.json().error.message).toContain('pati');

    expect((await decide(PATI_AUTH, caseId, 'persetujuan-pyb-tujuan', pati.sekda)).statusCode).toBe(200);
    await until(PATI_AUTH, caseId, open('rekomendasi-puo-tujuan'));
    expect((await decide(PATI_AUTH, caseId, 'rekomendasi-puo-tujuan', pati.kabidAptika)).statusCode).toBe(200);
    await until(PATI_AUTH, caseId, open('jawaban-ppk-tujuan'));
    const noList = await decide(PATI_AUTH, caseId, 'jawaban-ppk-tujuan', pati.kabidAptika);
    expect(noList.statusCode).toBe(400);
    expect(noList.json().error).toMatchObject({ code: 'EMPLOYEE_LIST_REQUIRED', fields: [{ field: 'employeeNips' }] });
    const answered = await decide(PATI_AUTH, caseId, 'jawaban-ppk-tujuan', pati.kabidAptika, { decision: 'approve', employeeNips: [pati.pranataKomputer1, pati.pranataKomputer2] });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().assignedEmployees.map((e: { nip: string }) => e.nip)).toEqual([pati.pranataKomputer1, pati.pranataKomputer2]);
    await until(PATI_AUTH, caseId, open('persetujuan-jawaban-pyb-tujuan'));
    expect((await decide(PATI_AUTH, caseId, 'persetujuan-jawaban-pyb-tujuan', pati.sekda)).statusCode).toBe(200);

    const issued = await until(PATI_AUTH, caseId, (c) => c.tasks.filter((t) => t.kind === 'tanda-terima' && t.status === 'open').length === 2);
    // The employees are pati's: banjar's key may not acknowledge for them; pati's does, one each.
    expect((await post(BANJAR_AUTH, `/api/v1/cases/${caseId}/acknowledge`, pati.pranataKomputer1)).statusCode).toBe(403);
    for (const nip of [pati.pranataKomputer1, pati.pranataKomputer2])
      expect((await post(PATI_AUTH, `/api/v1/cases/${caseId}/acknowledge`, nip)).statusCode).toBe(200);
    const done = await until(BANJAR_AUTH, caseId, (c) => c.status === 'issued');
    expect(done.timeline.filter((e) => e.action === 'diterima').map((e) => e.actor?.nip).sort()).toEqual([pati.pranataKomputer1, pati.pranataKomputer2].sort());

    // Pati numbers its Surat Penugasan; the Keputusan Bupati is banjar's (pasal 14(1)). Both keys read both.
    const [surat, keputusan] = issued.documents;
    expect(surat).toMatchObject({ kind: 'surat-penugasan', title: 'SURAT PENUGASAN' });
    expect(surat.nomor).toMatch(/^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/);
    expect(keputusan).toMatchObject({ kind: 'keputusan-bupati', title: 'KEPUTUSAN BUPATI BANJAR' });
    expect(keputusan.nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    for (const auth of [BANJAR_AUTH, PATI_AUTH])
      for (const d of [surat, keputusan]) {
        const pdf = await get(auth, `/api/v1/documents/${d.id}`);
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      }
    const data = (await get(BANJAR_AUTH, `/api/v1/documents/${keputusan.id}?format=json`)).json();
    expect(data).toMatchObject({ region: 'banjar', citation: 'banjar pasal 14(1)', pemerintah: 'BUPATI BANJAR', penandatangan: { jabatan: 'Bupati Banjar', nama: 'H. Ahmad Rizani, S.H., M.H.' } });
    expect(data.diktum[0]).toMatch(/Menugaskan Rizky Pratama, S\.Kom\., NIP \d{18}, .*; Nur Aisyah, S\.T\., NIP/);
  });

  it('neither agency sees the other\'s unrelated cases', async () => {
    const banjar = demoPeople('banjar');
    const p2 = await start(BANJAR_AUTH, 'banjar', requester('banjar'), {}, 'penunjukan-lintas-unit');
    expect(p2.statusCode).toBe(201);
    const id = p2.json().caseId;
    expect((await get(PATI_AUTH, `/api/v1/cases/${id}`)).statusCode).toBe(404);
    const list = (await get(PATI_AUTH, '/api/v1/cases')).json();
    expect(list.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(id);
    expect((await decide(PATI_AUTH, id, 'rekomendasi-puo', banjar.kadisKominfo)).statusCode).toBe(404);
    expect((await get(BANJAR_AUTH, `/api/v1/cases/${id}`)).statusCode).toBe(200);
  });

  it.each([
    ['bengkalis', 'bengkalis lampiran BAB I §II.B.1'],
    ['pasuruan', 'pasuruan lampiran I B.2.A'],
  ] as const)('%s: refused at the start, citing that its regulation provides no such procedure', async (region, citation) => {
    const r = await start(AUTH, region, requester(region), { instansiTujuan: 'banjar' });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'CROSS_AGENCY_NOT_PROVIDED', citation });
    expect(r.json().error.message).toContain('provides no penunjukan lintas instansi');
  });

  it('a request to an agency whose regulation has none, to the own agency, or to one not on this service is refused, naming the field', async () => {
    const auth = AUTH;
    const bappeda = demoPeople('banjar').kepalaBappeda;
    const toBengkalis = await start(auth, 'banjar', bappeda, { instansiTujuan: 'bengkalis' });
    expect(toBengkalis.statusCode).toBe(422);
    expect(toBengkalis.json().error).toMatchObject({ code: 'CROSS_AGENCY_NOT_PROVIDED', citation: 'bengkalis lampiran BAB I §II.B.1', fields: [{ field: 'instansiTujuan' }] });
    const own = await start(auth, 'banjar', bappeda, { instansiTujuan: 'banjar' });
    expect(own.json().error).toMatchObject({ code: 'NOT_CROSS_AGENCY', fields: [{ field: 'instansiTujuan' }] });
    const elsewhere = await start(auth, 'banjar', bappeda, { instansiTujuan: 'kemenkes' });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().error).toMatchObject({ code: 'AGENCY_NOT_ON_SERVICE', citation: 'banjar lampiran II.B.1.c', fields: [{ field: 'instansiTujuan' }] });
    const notPuo = await start(auth, 'banjar', demoPeople('banjar').perencana);
    expect(notPuo.statusCode).toBe(403);
    expect(notPuo.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran II.B.1.c.1' });
    const unknownUnit = await start(auth, 'banjar', bappeda, { unitTujuan: 'NOPE' });
    expect(unknownUnit.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND', fields: [{ field: 'unitTujuan' }] });
    const noTarget = await start(auth, 'banjar', bappeda, { target: ' ' });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json().error).toMatchObject({ code: 'MINIMUM_CONTENTS', citation: 'banjar lampiran II.B.1.c.1', fields: [{ field: 'target' }] });
    // A banjar key does not start a case in pati.
    expect((await start(BANJAR_AUTH, 'pati', requester('pati'))).statusCode).toBe(403);
  });
});
