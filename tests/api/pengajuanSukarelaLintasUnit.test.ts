// The P5 path through the public API, on the real Temporal dev server and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { pengajuanSukarela, relawan } from '../../demo/pengajuanSukarelaLintasUnit';
import type { CaseView } from '../../domain/kasus';
import type { Region } from '../../profiles/schema';
import { loadDemoData } from '../support/cases';
import { api } from '../support/api';
import { AUTH, startStack, type Stack } from '../support/stack';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

let keys = 0;
const body = (region: Region, over: object = {}) => ({ procedure: 'pengajuan-sukarela-lintas-unit', region, ...pengajuanSukarela(), ...over });
const start = (region: Region, opts: { actor?: string; payload?: object } = {}) =>
  s.app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': `p5-key-${Date.now()}-${keys++}`, 'x-acting-official': opts.actor ?? relawan(region) },
    payload: opts.payload ?? body(region),
  });
const post = (url: string, actor: string, payload: object = {}) =>
  s.app.inject({ method: 'POST', url, headers: { ...AUTH, 'x-acting-official': actor }, payload });
const decide = (caseId: string, taskId: string, actor: string, payload: object) => post(`/api/v1/cases/${caseId}/tasks/${taskId}/decision`, actor, payload);
const complete = (caseId: string, taskId: string, actor: string) => post(`/api/v1/cases/${caseId}/tasks/${taskId}/complete`, actor, { isi: 'persetujuan disampaikan' });
const getCase = async (caseId: string): Promise<CaseView> => (await s.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: AUTH })).json();
const document = (id: string, json = false) => s.app.inject({ method: 'GET', url: `/api/v1/documents/${id}${json ? '?format=json' : ''}`, headers: AUTH });

const until = (caseId: string, ok: (c: CaseView) => boolean) => api(s).until(caseId, ok);
const openTask = (c: CaseView) => c.tasks.find((t) => t.status === 'open');

describe('P5 pengajuan sukarela lintas unit through the API', () => {
  const FORMAT = {
    bengkalis: /^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/,
    banjar: /^\d+ TAHUN \d{4}$/,
    pati: /^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/,
    pasuruan: /^800\/\d+\/423\.115\/\d{4}$/,
  };
  it.each(['bengkalis', 'banjar', 'pati', 'pasuruan'] as const)('%s: both sides approve, the employee forwards, the own side issues the Surat Tugas', async (region) => {
    const p = demoPeople(region);
    const started = await start(region);
    expect(started.statusCode).toBe(201);
    const caseId = started.json().caseId;
    expect(caseId).toMatch(new RegExp(`^${region}-p5-`));
    let c = await until(caseId, (x) => !!openTask(x));
    const acted: string[] = [];
    while (c.status === 'awaiting-decision' || c.status === 'issuing') {
      const task = openTask(c);
      if (!task) { c = await getCase(caseId); continue; }
      const r = task.kind === 'tindakan' ? await complete(caseId, task.id, task.assignee.nip) : await decide(caseId, task.id, task.assignee.nip, { decision: 'approve' });
      expect(r.statusCode).toBe(200);
      acted.push(`${task.kind}:${task.assignee.nip}`);
      c = await until(caseId, (x) => x.status === 'awaiting-acknowledgement' || x.tasks.some((t) => t.status === 'open' && t.id !== task.id));
    }
    // The employee forwards the destination's approval to their own side, between the two sides' decisions.
    expect(acted).toContain(`tindakan:${relawan(region)}`);
    c = await until(caseId, (x) => x.status === 'awaiting-acknowledgement');
    const st = c.documents.find((d) => d.kind === 'surat-tugas')!;
    expect(st.nomor).toMatch(FORMAT[region]);
    const signer = { bengkalis: p.kadisKominfo, banjar: p.kadisKominfo, pati: p.kabidAptika, pasuruan: p.kadisKominfo }[region];
    const data = (await document(st.id, true)).json();
    expect(data).toMatchObject({ nomor: st.nomor, kepada: [{ nip: relawan(region) }], penandatangan: { nip: signer } });
    const pdf = await document(st.id);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(c.documents.map((d) => d.kind)).toEqual({ bengkalis: ['permohonan-pribadi', 'persetujuan', 'surat-tugas'], banjar: ['surat-tugas', 'keputusan-sekda'], pati: ['surat-tugas'], pasuruan: ['surat-tugas'] }[region]);
    expect((await post(`/api/v1/cases/${caseId}/acknowledge`, relawan(region))).statusCode).toBe(200);
    expect((await until(caseId, (x) => x.status === 'issued')).outcome?.citation).toBe({
      bengkalis: 'bengkalis lampiran BAB I §II.B.2.2.d', banjar: 'banjar lampiran II.B.2.b.4', pati: 'pati lampiran B.2.b.2.d', pasuruan: 'pasuruan lampiran I B.2.B.2.d',
    }[region]);
  });

  it('bengkalis: a standard reason (with free text) refuses with a penolakan letter as PDF', async () => {
    const p = demoPeople('bengkalis');
    const caseId = (await start('bengkalis')).json().caseId;
    await until(caseId, (x) => openTask(x)?.id === 'mengetahui-atasan');
    expect((await decide(caseId, 'mengetahui-atasan', p.kabidAptika, { decision: 'approve' })).statusCode).toBe(200);
    await until(caseId, (x) => openTask(x)?.id === 'keputusan-pd-tujuan');
    const unknown = await decide(caseId, 'keputusan-pd-tujuan', p.kepalaBappeda, { decision: 'refuse', alasan: 'lainnya' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_REASON', citation: 'bengkalis lampiran BAB II form 3', fields: [{ field: 'alasan' }] });
    const refused = await decide(caseId, 'keputusan-pd-tujuan', p.kepalaBappeda, { decision: 'refuse', alasan: 'kualifikasi-tidak-sesuai', reasons: 'dibutuhkan perencana, bukan pranata komputer' });
    expect(refused.statusCode).toBe(200);
    const c = await until(caseId, (x) => x.status === 'refused' && x.outcome !== undefined);
    expect(c.outcome?.reasons).toBe('Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki tidak sesuai dengan kebutuhan dalam Tim Kerja yang dituju; dibutuhkan perencana, bukan pranata komputer');
    const letter = c.documents.find((d) => d.kind === 'penolakan')!;
    expect(letter.nomor).toMatch(/^800\/\d+\/BAPPEDA\/\d{4}$/);
    const data = (await document(letter.id, true)).json();
    expect(data).toMatchObject({ hal: 'Penolakan Usulan Menjadi Anggota Tim Kerja', butir: [c.outcome?.reasons], yth: { nip: p.pranataKomputer1 }, penandatangan: { nip: p.kepalaBappeda } });
    const pdf = await document(letter.id);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('pati: the tindakan is in the employee\'s inbox, only they complete it, and it is not a decision', async () => {
    const p = demoPeople('pati');
    const caseId = (await start('pati')).json().caseId;
    await until(caseId, (x) => openTask(x)?.id === 'keputusan-puo-tujuan');
    const noReasons = await decide(caseId, 'keputusan-puo-tujuan', p.kabidPerencanaan, { decision: 'refuse' });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.json().error).toMatchObject({ code: 'REASONS_REQUIRED', fields: [{ field: 'reasons' }] });
    expect((await decide(caseId, 'keputusan-puo-tujuan', p.kabidPerencanaan, { decision: 'approve' })).statusCode).toBe(200);
    await until(caseId, (x) => openTask(x)?.id === 'penyampaian-persetujuan');
    const box = (await s.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': p.pranataKomputer1 } })).json();
    expect(box.tasks.find((t: { caseId: string }) => t.caseId === caseId)).toMatchObject({ taskId: 'penyampaian-persetujuan', kind: 'tindakan', citation: 'pati lampiran B.2.b.2.b' });
    expect((await complete(caseId, 'penyampaian-persetujuan', p.kabidAptika)).statusCode).toBe(403);
    expect((await decide(caseId, 'penyampaian-persetujuan', p.pranataKomputer1, { decision: 'approve' })).statusCode).toBe(409);
    expect((await complete(caseId, 'penyampaian-persetujuan', p.pranataKomputer1)).statusCode).toBe(200);
    expect((await complete(caseId, 'penyampaian-persetujuan', p.pranataKomputer1)).statusCode).toBe(409);
    await until(caseId, (x) => openTask(x)?.id === 'keputusan-ppk');
    expect((await decide(caseId, 'keputusan-ppk', p.kabidAptika, { decision: 'refuse', reasons: 'beban kerja bidang tinggi' })).statusCode).toBe(200);
    const c = await until(caseId, (x) => x.status === 'refused' && x.outcome !== undefined);
    expect(c.outcome?.reasons).toBe('beban kerja bidang tinggi');
  });

  it('refuses bad requests with the article', async () => {
    const p = demoPeople('bengkalis');
    const noCv = await start('bengkalis', { payload: body('bengkalis', { cv: undefined }) });
    expect(noCv.statusCode).toBe(400);
    expect(noCv.json().error).toMatchObject({ code: 'CV_REQUIRED', citation: 'bengkalis lampiran BAB II form 1', fields: [{ field: 'cv' }] });
    // A CV is bengkalis' rule only.
    expect((await start('pati', { payload: body('pati', { cv: undefined }) })).statusCode).toBe(201);

    const structural = await start('bengkalis', { actor: p.kabidAptika });
    expect(structural.statusCode).toBe(403);
    expect(structural.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'bengkalis pasal 7(7), lampiran BAB I §II.B.2' });

    const noKedudukan = await start('banjar', { actor: demoPeople('banjar').tanpaKedudukan });
    expect(noKedudukan.statusCode).toBe(422);
    expect(noKedudukan.json().error).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.A.2' });

    const ownPd = await start('banjar', { payload: body('banjar', { unitTujuan: 'KOMINFO' }) });
    expect(ownPd.statusCode).toBe(422);
    expect(ownPd.json().error).toMatchObject({ code: 'NOT_CROSS_UNIT', citation: 'banjar lampiran II.B.2.b, pasal 9(2)' });
    expect(ownPd.json().error.message).toContain('P4');

    const otherAgency = await start('pasuruan', { payload: body('pasuruan', { instansiTujuan: 'PEMERINTAH KABUPATEN PASURUAN' }) });
    expect(otherAgency.statusCode).toBe(422);
    expect(otherAgency.json().error).toMatchObject({ code: 'NOT_SAME_AGENCY', citation: 'pasuruan lampiran I B.2.B', fields: [{ field: 'instansiTujuan' }] });

    const unknownUnit = await start('pati', { payload: body('pati', { unitTujuan: 'NOWHERE' }) });
    expect(unknownUnit.statusCode).toBe(422);
    expect(unknownUnit.json().error.code).toBe('UNIT_NOT_FOUND');

    const period = await start('pati', { payload: body('pati', { jangkaWaktu: { mulai: '2027-03-31', selesai: '2027-01-04' } }) });
    expect(period.statusCode).toBe(400);
    expect(period.json().error.code).toBe('PERIOD_INVALID');
  });
});
