// The P1 path through the public API, on the real Temporal dev server and PostgreSQL, in all four regions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import type { CaseView } from '../../domain/kasus';
import type { Region } from '../../profiles/schema';
import { loadDemoData } from '../support/cases';
import { api, taskOpen } from '../support/api';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

let keys = 0;
const body = (region: Region, over: object = {}) => ({ procedure: 'penunjukan-dalam-unit', region, ...penunjukanDalamUnit(region), ...over });
const start = (region: Region, opts: { actor?: string; payload?: object } = {}) =>
  s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': `p1-key-${Date.now()}-${keys++}`, 'x-acting-official': opts.actor ?? pengusul(region) },
    payload: opts.payload ?? body(region),
  });
const decide = (caseId: string, taskId: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: { ...AUTH, 'x-acting-official': actor }, payload });
const acknowledge = (caseId: string, actor: string) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/acknowledge`, headers: { ...AUTH, 'x-acting-official': actor }, payload: {} });
const inbox = async (nip: string) => (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': nip } })).json();

const until = (caseId: string, ok: (c: CaseView) => boolean) => api(s).until(caseId, ok);

describe('P1 penunjukan dalam unit through the API', () => {
  // region, the first task and who holds it (role, citation), the number, who signs.
  const cases = [
    ['bengkalis', 'keputusan-pimpinan-pd', 'kadisKominfo', 'Pimpinan Perangkat Daerah pemilik target', 'bengkalis lampiran BAB I §II.B.1.a', /^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/, 'kadisKominfo'],
    ['banjar', 'tanda-terima', 'pranataKomputer1', 'Pegawai yang ditugaskan', 'banjar pasal 14(3), lampiran IV', /^\d+ TAHUN \d{4}$/, 'kadisKominfo'],
    ['pati', 'keputusan-ppk', 'kabidAptika', 'Pejabat Penilai Kinerja pegawai', 'pati lampiran B.2, pasal 8(4)', /^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/, 'kabidAptika'],
    ['pasuruan', 'tanda-terima', 'pranataKomputer1', 'Pegawai yang ditugaskan', 'pasuruan lampiran II', /^800\/\d+\/423\.115\/\d{4}$/, 'kadisKominfo'],
  ] as const;

  it.each(cases)('%s: start → inbox → decision → numbered Surat Tugas (PDF) → receipt closes the case', async (region, taskId, holder, role, citation, format, signer) => {
    const p = demoPeople(region);
    const started = await start(region);
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    expect(caseId).toMatch(new RegExp(`^${region}-p1-`));

    await until(caseId, taskOpen(taskId));
    const item = (await inbox(p[holder])).tasks.find((t: { caseId: string }) => t.caseId === caseId);
    expect(item).toMatchObject({ taskId, role, citation });
    if (taskId !== 'tanda-terima') {
      const decided = await decide(caseId, taskId, p[holder], { decision: 'approve' });
      expect(decided.statusCode).toBe(200);
      expect(decided.json().assignedEmployee.nip).toBe(p.pranataKomputer1);
    }

    const issued = await until(caseId, (c) => c.status === 'awaiting-acknowledgement');
    expect(issued.documents).toHaveLength(1);
    const st = issued.documents[0];
    expect(st.nomor).toMatch(format);
    const pdf = await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}`, headers: AUTH });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const data = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}?format=json`, headers: AUTH })).json();
    expect(data).toMatchObject({ title: 'SURAT TUGAS', nomor: st.nomor, kepada: [{ nip: p.pranataKomputer1 }], penandatangan: { nip: p[signer] } });
    expect(data.untuk).toContain('Target yang diharapkan: aplikasi pengaduan daring beroperasi pada akhir triwulan I');

    // Another employee, whom the case does not name, is told of no such case (identity/policy.ts).
    expect((await acknowledge(caseId, p.pranataKomputer2)).statusCode).toBe(404);
    expect((await acknowledge(caseId, p.pranataKomputer1)).statusCode).toBe(200);
    const closed = await until(caseId, (c) => c.status === 'issued');
    expect(closed.timeline.at(-1)).toMatchObject({ action: 'diterima', actor: { nip: p.pranataKomputer1 } });
    expect((await inbox(p.pranataKomputer1)).tasks.filter((t: { caseId: string }) => t.caseId === caseId)).toEqual([]);
  });

  it('refuses bad starts with the rule and its citation', async () => {
    const banjar = demoPeople('banjar');
    const notPuo = await start('banjar', { actor: banjar.kabidAptika });
    expect(notPuo.statusCode).toBe(403);
    expect(notPuo.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran II.B.1.a, pasal 14(3)' });

    const bengkalis = demoPeople('bengkalis');
    const notPpk = await start('bengkalis', { actor: bengkalis.kadisKominfo });
    expect(notPpk.statusCode).toBe(403);
    expect(notPpk.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'bengkalis lampiran BAB I §II.B.1.a' });

    // An employee of another Perangkat Daerah: penunjukan lintas unit (P2) is the way.
    const otherUnit = await start('bengkalis', { payload: body('bengkalis', { pegawai: bengkalis.perencana }) });
    expect(otherUnit.statusCode).toBe(422);
    expect(otherUnit.json().error).toMatchObject({ code: 'NOT_SAME_UNIT', citation: 'bengkalis lampiran BAB I §II.B.1.a', fields: [{ field: 'pegawai' }] });
    expect(otherUnit.json().error.message).toContain('penunjukan-lintas-unit');
    const pati = demoPeople('pati');
    const otherPatiUnit = await start('pati', { payload: body('pati', { pegawai: pati.perencana }) });
    expect(otherPatiUnit.json().error).toMatchObject({ code: 'NOT_SAME_UNIT', citation: 'pati lampiran B.2.a.1' });

    const noKedudukan = await start('banjar', { payload: body('banjar', { pegawai: banjar.tanpaKedudukan }) });
    expect(noKedudukan.statusCode).toBe(422);
    expect(noKedudukan.json().error).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.A.2' });

    // The PUO appoints directly in Banjar: a request by criteria has no one to choose.
    const criteria = await start('banjar', { payload: body('banjar', { pegawai: undefined, kriteria: { jenisJabatan: 'fungsional' } }) });
    expect(criteria.statusCode).toBe(400);
    expect(criteria.json().error).toMatchObject({ code: 'EMPLOYEE_REQUIRED', fields: [{ field: 'pegawai' }] });

    const schema = await start('pasuruan', { payload: { ...body('pasuruan'), maksud: undefined, jangkaWaktu: { mulai: 'besok' }, extra: 1 } });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().error.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['body.maksud', 'body.jangkaWaktu.mulai', 'body.jangkaWaktu.selesai']),
    );
  });

  it('a request by criteria: the Pimpinan PD names the employee among the proposing PPK\'s staff', async () => {
    const p = demoPeople('bengkalis');
    const started = await start('bengkalis', { payload: body('bengkalis', { pegawai: undefined, kriteria: { jenisJabatan: 'pelaksana' } }) });
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    const c = await until(caseId, taskOpen('keputusan-pimpinan-pd'));
    expect(c.tasks[0].candidates?.map((x) => x.nip)).toEqual([p.pelaksanaAptika]);
    const missing = await decide(caseId, 'keputusan-pimpinan-pd', p.kadisKominfo, { decision: 'approve' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'EMPLOYEE_REQUIRED', citation: 'bengkalis lampiran BAB I §II.B.1.a' });
    expect((await decide(caseId, 'keputusan-pimpinan-pd', p.kadisKominfo, { decision: 'approve', employeeNip: p.pelaksanaAptika })).statusCode).toBe(200);
    const issued = await until(caseId, (x) => x.status === 'awaiting-acknowledgement');
    expect(issued.assignedEmployee?.nip).toBe(p.pelaksanaAptika);
  });
});
