// P4 pengajuan sukarela dalam unit through the public API, on the real Temporal dev server and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { pengajuanSukarela, sukarelawan } from '../../demo/pengajuanSukarelaDalamUnit';
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
const body = (region: Region, over: object = {}) => ({ procedure: 'pengajuan-sukarela-dalam-unit', region, ...pengajuanSukarela(region), ...over });
const start = (region: Region, opts: { actor?: string; over?: object } = {}) =>
  s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': `p4-${Date.now()}-${keys++}`, 'x-acting-official': opts.actor ?? sukarelawan(region) },
    payload: body(region, opts.over),
  });
const as = (actor: string) => ({ ...AUTH, 'x-acting-official': actor });
const decide = (caseId: string, taskId: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/decision`, headers: as(actor), payload });
const submit = (caseId: string, taskId: string, actor: string, payload: object) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/tasks/${taskId}/complete`, headers: as(actor), payload });
const act = (caseId: string, what: 'withdraw' | 'acknowledge', actor: string, payload: object = {}) =>
  s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${what}`, headers: as(actor), payload });
const getCase = async (caseId: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: AUTH })).json();
const inboxItem = async (nip: string, caseId: string) =>
  (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: as(nip) })).json().tasks.find((t: { caseId: string }) => t.caseId === caseId);

const until = (caseId: string, ok: (c: CaseView) => boolean) => api(s).until(caseId, ok);

describe('P4 pengajuan sukarela dalam unit through the API', () => {
  it('documents the completion path and the request in OpenAPI', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toContain('/api/v1/cases/{caseId}/tasks/{taskId}/complete');
    expect(JSON.stringify(doc)).toContain('pengajuan-sukarela-dalam-unit');
  });

  it.each([
    // region, decision task, its citation, Surat Tugas number, a laporan hasil follows
    ['bengkalis', 'keputusan', 'bengkalis lampiran BAB I §II.B.2.1.b', /^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/, false],
    ['banjar', 'keputusan-puo', 'banjar lampiran II.B.2.a.2', /^\d+ TAHUN \d{4}$/, false],
    ['pati', 'keputusan-puo', 'pati lampiran B.2.b.1.b', /^800\/\d+\/DINKOMINFO\/\d{4}$/, false],
    ['pasuruan', 'keputusan-kepala-uo', 'pasuruan lampiran I B.2.B.1.b', /^800\/\d+\/423\.115\/\d{4}$/, true],
  ] as const)('%s: wish → inbox → approval → Surat Tugas (number, PDF) → receipt', async (region, taskId, citation, nomor, laporan) => {
    const p = demoPeople(region);
    const started = await start(region);
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    expect(caseId).toMatch(new RegExp(`^${region}-p4-`));
    expect(started.json()).toMatchObject({ procedure: 'pengajuan-sukarela-dalam-unit', pemohon: { nip: p.pranataKomputer2 } });

    await until(caseId, taskOpen(taskId));
    expect(await inboxItem(p.kadisKominfo, caseId)).toMatchObject({ taskId, kind: 'keputusan', citation, case: { pemohon: { nip: p.pranataKomputer2 } } });
    const decided = await decide(caseId, taskId, p.kadisKominfo, { decision: 'approve' });
    expect(decided.statusCode).toBe(200);

    const issued = await until(caseId, (c) => c.status === 'awaiting-acknowledgement');
    const [st] = issued.documents;
    expect(st.nomor).toMatch(nomor);
    const pdf = await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}`, headers: AUTH });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const data = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${st.id}?format=json`, headers: AUTH })).json();
    expect(data).toMatchObject({ nomor: st.nomor, kepada: [{ nip: p.pranataKomputer2 }], penandatangan: { nip: p.kadisKominfo }, instansi: 'Dinas Komunikasi dan Informatika' });
    expect(await inboxItem(p.pranataKomputer2, caseId)).toMatchObject({ taskId: 'tanda-terima', kind: 'tanda-terima' });

    // Another employee, whom the case does not name, is told of no such case (identity/policy.ts).
    expect((await act(caseId, 'acknowledge', p.pranataKomputer1)).statusCode).toBe(404);
    expect((await act(caseId, 'acknowledge', p.pranataKomputer2)).statusCode).toBe(200);
    if (laporan) {
      await until(caseId, taskOpen('laporan-hasil'));
      expect((await getCase(caseId)).status).toBe('awaiting-submission');
      expect(await inboxItem(p.pranataKomputer2, caseId)).toMatchObject({ taskId: 'laporan-hasil', kind: 'tindakan', citation: 'pasuruan lampiran I B.2.B.1.d' });
      const notHers = await submit(caseId, 'laporan-hasil', p.kabidAptika, { isi: 'laporan' });
      expect(notHers.statusCode).toBe(403);
      expect(notHers.json().error).toMatchObject({ code: 'NOT_ASSIGNEE', citation: 'pasuruan lampiran I B.2.B.1.d' });
      const blank = await submit(caseId, 'laporan-hasil', p.pranataKomputer2, { isi: '   ' });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error).toMatchObject({ code: 'CONTENT_REQUIRED', fields: [{ field: 'isi' }] });
      expect((await submit(caseId, 'laporan-hasil', p.pranataKomputer2, { isi: 'Aplikasi pengaduan selesai dan diuji' })).statusCode).toBe(200);
    }
    const closed = await until(caseId, (c) => c.status === 'issued');
    expect(closed.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima', ...(laporan ? ['dilaksanakan'] : [])]);
    expect(await inboxItem(p.pranataKomputer2, caseId)).toBeUndefined();
  });

  it('banjar: the PUO records her oral wish; a refusal needs reasons (400 naming the field) and ends the case', async () => {
    const p = demoPeople('banjar');
    const started = await start('banjar', { actor: p.kadisKominfo, over: { pegawai: p.pranataKomputer2, lisan: true } });
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    const c = await until(caseId, taskOpen('keputusan-puo'));
    expect(c.pemohon.nip).toBe(p.pranataKomputer2);
    expect(c.subject).toMatchObject({
      lisan: true, dicatatOleh: { nip: p.kadisKominfo }, pegawai: { nip: p.pranataKomputer2 },
      unitTarget: { kode: 'KOMINFO' }, unitOrganisasi: { kode: 'KOMINFO', nama: 'Dinas Komunikasi dan Informatika' },
    });
    expect(c.timeline[0]).toMatchObject({ action: 'diajukan', actor: { nip: p.kadisKominfo }, atasNama: { nip: p.pranataKomputer2 }, citation: 'banjar lampiran II.B.2.a.1' });
    const noReasons = await decide(caseId, 'keputusan-puo', p.kadisKominfo, { decision: 'refuse' });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.json().error).toMatchObject({ code: 'REASONS_REQUIRED', fields: [{ field: 'reasons' }] });
    const refused = await decide(caseId, 'keputusan-puo', p.kadisKominfo, { decision: 'refuse', reasons: 'kegiatan sudah ditangani tim lain' });
    expect(refused.statusCode).toBe(200);
    const closed = await until(caseId, (x) => x.status === 'refused');
    expect(closed.outcome).toMatchObject({ reasons: 'kegiatan sudah ditangani tim lain' });
    const again = await decide(caseId, 'keputusan-puo', p.kadisKominfo, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
  });

  it('pati: only the employee withdraws her pending wish', async () => {
    const p = demoPeople('pati');
    const caseId = (await start('pati')).json().caseId;
    await until(caseId, taskOpen('keputusan-puo'));
    const puo = await act(caseId, 'withdraw', p.kadisKominfo);
    expect(puo.statusCode).toBe(403);
    expect(puo.json().error).toMatchObject({ code: 'NOT_REQUESTER', citation: 'pati lampiran B.2.b.1.a' });
    expect((await act(caseId, 'withdraw', p.pranataKomputer2, { reasons: 'ikut diklat' })).statusCode).toBe(200);
    expect((await until(caseId, (c) => c.status === 'withdrawn')).outcome).toMatchObject({ reasons: 'ikut diklat' });
  });

  it('refuses bad starts with the rule and its citation', async () => {
    const b = demoPeople('banjar');
    const lintas = await start('banjar', { over: { unitTarget: 'BAPPEDA' } });
    expect(lintas.statusCode).toBe(422);
    expect(lintas.json().error).toMatchObject({ code: 'NOT_WITHIN_UNIT', citation: 'banjar lampiran II.B.2', fields: [{ field: 'unitTarget' }] });
    expect(lintas.json().error.message).toContain('pengajuan sukarela lintas unit (banjar lampiran II.B.2.b)');

    // Banjar: the wish is stated to the PUO, so her PPK may not record it for her.
    const ppk = await start('banjar', { actor: b.kabidAptika, over: { pegawai: b.pranataKomputer2, lisan: true } });
    expect(ppk.statusCode).toBe(403);
    expect(ppk.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran II.B.2.a.1' });

    const noKedudukan = await start('banjar', { actor: b.tanpaKedudukan });
    expect(noKedudukan.statusCode).toBe(422);
    expect(noKedudukan.json().error).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.A.2' });

    const structural = await start('banjar', { actor: b.kabidAptika });
    expect(structural.statusCode).toBe(422);
    expect(structural.json().error).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar pasal 13' });

    // Pasuruan: the Kepala UO "dan/atau" the PPK hear the wish; recording it says it was oral.
    const ps = demoPeople('pasuruan');
    const notOral = await start('pasuruan', { actor: ps.kabidAptika, over: { pegawai: ps.pranataKomputer2 } });
    expect(notOral.statusCode).toBe(400);
    expect(notOral.json().error).toMatchObject({ code: 'LISAN_REQUIRED', citation: 'pasuruan lampiran I B.2.B.1.a', fields: [{ field: 'lisan' }] });
    const stranger = await start('pasuruan', { actor: ps.kepalaBappeda, over: { pegawai: ps.pranataKomputer2, lisan: true } });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'pasuruan lampiran I B.2.B.1.a' });
    expect(stranger.json().error.message).toContain('Pejabat Penilai Kinerja pegawai');

    const period = await start('pati', { over: { jangkaWaktu: { mulai: '2027-06-30', selesai: '2027-02-01' } } });
    expect(period.statusCode).toBe(400);
    expect(period.json().error.code).toBe('PERIOD_INVALID');
  });
});
