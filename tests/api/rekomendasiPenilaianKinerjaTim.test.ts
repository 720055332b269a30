// P8 on a Tim Kerja through the public API, on the real Temporal dev server and PostgreSQL: the
// demo team formed end to end (its linked P2 case included), then its member from Diskominfo rated
// by the ketua; the member's home PPK finds the recommendation in their inbox. A member lent by pati
// through a linked P3 case is rated the same way; their own PPK and PUO in pati receive it through pati's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCase } from '../../db/cases';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import { idTugasPenilaian, planTugas } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { PROFILES } from '../../profiles';
import { rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import { DEADLINES, loadDemoData } from '../support/cases';
import { api, keyedApi } from '../support/api';
import { AUTH, BANJAR_AUTH, PATI_AUTH, startStack, type Stack } from '../support/stack';
import { teamThroughApi } from '../support/tim';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
});
afterAll(async () => s?.close());

describe('P8 rekomendasi penilaian kinerja of a Tim Kerja through the API', () => {
  it('banjar: the ketua rates the member from another unit; their home PPK receives form 7 "TIM KERJA …" from the inbox; the penanggung jawab is refused', async () => {
    const region = 'banjar';
    const p = demoPeople(region);
    const c = api(s);
    const tim = await teamThroughApi(s, region);
    const body = { procedure: 'rekomendasi-penilaian-kinerja', region, ...rekomendasiPenilaian(tim, { pegawai: p.pranataKomputer1 }) };

    const wrong = await c.start(p.kabidPerencanaan, body);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'NOT_REQUESTER_ROLE', citation: 'banjar lampiran III.B.3.e' });
    const noMember = await c.start(p.perencana, { ...body, pegawai: undefined });
    expect(noMember.statusCode).toBe(422);
    expect(noMember.json().error).toMatchObject({ code: 'NOT_A_MEMBER', fields: [{ field: 'pegawai' }] });

    const started = await c.start(p.perencana, body);
    expect(started.statusCode).toBe(201);
    const caseId: string = started.json().caseId;
    const view = await c.until(caseId, (x) => x.tasks.filter((t) => t.status === 'open').length === 2);
    expect(view.subject).toMatchObject({ penugasan: { caseId: tim, tim: { nama: 'Tim Satu Data Perencanaan', kedudukan: 'anggota' } }, lintasUnit: true, penilai: { nip: p.perencana } });

    const inbox = await c.inbox(p.kabidAptika, '?procedure=rekomendasi-penilaian-kinerja');
    expect(inbox.tasks).toEqual([expect.objectContaining({ caseId, taskId: 'menerima-rekomendasi-ppk', kind: 'tindakan' })]);
    const doc = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${view.documents[0].id}?format=json`, headers: AUTH })).json();
    expect(doc).toMatchObject({ penandatangan: { nip: p.perencana }, formulir: { subjudul: 'TIM KERJA SATU DATA PERENCANAAN' } });

    for (const task of view.tasks.filter((t) => t.status === 'open'))
      expect((await c.act(caseId, `tasks/${task.id}/complete`, task.assignee.nip, {})).statusCode).toBe(200);
    await c.until(caseId, (x) => x.status === 'issued');
    expect((await c.inbox(p.kabidAptika, '?procedure=rekomendasi-penilaian-kinerja')).tasks).toEqual([]);
  });

  it('bengkalis: a rating task (as the team\'s period end opens it) is rated through POST /actions/penilaian, the matrix on the case; not confirmed without the rating', async () => {
    const region = 'bengkalis';
    const p = demoPeople(region);
    const c = api(s);
    const tim = (await getCase(s.db.pool, await teamThroughApi(s, region)))!;
    // The worker plans it so at the period's end (activities: planPenilaianTim); started here, the period being months away.
    const org = await loadOrg(s.db.pool, region, [p.kabidPerencanaan, p.pranataKomputer1]);
    const caseId = idTugasPenilaian(tim.caseId, p.pranataKomputer1);
    const input = planTugas(PROFILES[region], org, { penugasan: tim.caseId, pegawai: p.pranataKomputer1 }, { caseId, actorNip: p.kabidPerencanaan, deadlines: DEADLINES, related: { [tim.caseId]: tim } });
    await s.temporal.workflow.start('rekomendasiPenilaianKinerja', { workflowId: caseId, taskQueue: s.taskQueue, args: [input] });
    await c.until(caseId, (x) => x.tasks.some((t) => t.id === 'penilaian' && t.status === 'open'));
    expect((await c.inbox(p.kabidPerencanaan, '?procedure=rekomendasi-penilaian-kinerja')).tasks).toEqual([expect.objectContaining({ caseId, taskId: 'penilaian', role: 'Penanggung Jawab Tim' })]);
    expect((await c.getCase(caseId)).subject).toMatchObject({ matriks: expect.arrayContaining([{ hasilKerja: 'di-bawah-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Butuh Perbaikan' }]) });

    const confirmed = await c.act(caseId, 'tasks/penilaian/complete', p.kabidPerencanaan, {});
    expect(confirmed.statusCode).toBe(400);
    expect(confirmed.json().error).toMatchObject({ code: 'RATING_REQUIRED', citation: 'bengkalis lampiran BAB II form 7' });
    const badValue = await c.act(caseId, 'actions/penilaian', p.kabidPerencanaan, { hasilKerja: 'luar-biasa', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik' });
    expect(badValue.statusCode).toBe(400);
    const deviates = await c.act(caseId, 'actions/penilaian', p.kabidPerencanaan, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Sangat Baik' });
    expect(deviates.statusCode).toBe(400);
    expect(deviates.json().error).toMatchObject({ code: 'DEVIATION_REASON_REQUIRED', fields: [{ field: 'alasanDeviasi' }] });
    const notRater = await c.act(caseId, 'actions/penilaian', p.perencana, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik' });
    // The ketua has no part in this case: it is not there for him (the case itself answers NOT_ASSIGNEE to one who has).
    expect(notRater.statusCode).toBe(404);
    const rated = await c.act(caseId, 'actions/penilaian', p.kabidPerencanaan, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik', catatan: 'validasi tepat waktu' });
    expect(rated.statusCode).toBe(200);
    const view = await c.until(caseId, (x) => x.documents.length === 1 && x.tasks.some((t) => t.id !== 'penilaian' && t.status === 'open'));
    expect(view.subject).toMatchObject({ penilaian: { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik', saran: 'Baik' } });
    const doc = (await s.app.inject({ method: 'GET', url: `/api/v1/documents/${view.documents[0].id}?format=json`, headers: AUTH })).json();
    expect(doc).toMatchObject({ penandatangan: { nip: p.kabidPerencanaan }, formulir: { subjudul: 'TIM KERJA SATU DATA PERENCANAAN', catatan: expect.arrayContaining(['Catatan: validasi tepat waktu']) } });
  });

  it('banjar: a member lent by pati through P3 is rated by the ketua; their own PPK and PUO receive form 7 in pati, through pati\'s key only', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const k = keyedApi(() => s);
    const dariPati = { instansiTujuan: 'pati', unitTujuan: 'KOMINFO-APTIKA', tugas: 'mengintegrasikan data antardaerah', kompetensi: ['integrasi sistem informasi'], kriteria: { namaJabatan: 'Pranata Komputer' } };
    const tim = await teamThroughApi(s, 'banjar', { anggotaLintasInstansi: [dariPati] }, { 'jawaban-ppk-tujuan': { employeeNips: [pati.pranataKomputer1] } });
    const body = { procedure: 'rekomendasi-penilaian-kinerja', region: 'banjar', ...rekomendasiPenilaian(tim, { pegawai: pati.pranataKomputer1 }) };

    const started = await k.start(BANJAR_AUTH, banjar.perencana, body);
    expect(started.statusCode).toBe(201);
    const caseId: string = started.json().caseId;
    expect(started.json()).toMatchObject({ region: 'banjar', regions: ['banjar', 'pati'] });
    const view = await k.until(BANJAR_AUTH, caseId, (x) => x.tasks.filter((t) => t.status === 'open').length === 2);
    expect(view.subject).toMatchObject({ pegawai: { nip: pati.pranataKomputer1 }, penugasan: { caseId: tim, tim: { kedudukan: 'anggota' } }, penilai: { nip: banjar.perencana } });
    // Their PPK and PUO are pati's own, as pati's master data names them.
    const open = view.tasks.filter((t) => t.status === 'open');
    expect(open.map((t) => [t.id, t.assignee.nip, t.region])).toEqual([['menerima-rekomendasi-ppk', pati.kabidAptika, 'pati'], ['menerima-rekomendasi-puo', pati.kadisKominfo, 'pati']]);
    const inbox = (await k.get(PATI_AUTH, '/api/v1/inbox?procedure=rekomendasi-penilaian-kinerja', pati.kabidAptika)).json();
    expect(inbox.tasks).toEqual([expect.objectContaining({ caseId, taskId: 'menerima-rekomendasi-ppk', region: 'pati' })]);
    // Form 7 names the member's own agency and government; pati's key reads it.
    const doc = (await k.get(PATI_AUTH, `/api/v1/documents/${view.documents[0].id}?format=json`)).json();
    expect(doc).toMatchObject({ region: 'banjar', penandatangan: { nip: banjar.perencana } });
    expect(doc.formulir.identitas[0]).toMatchObject({ judul: 'PEGAWAI YANG DINILAI', baris: expect.arrayContaining([['Perangkat Daerah', 'Dinas Komunikasi dan Informatika, PEMERINTAH KABUPATEN PATI']]) });

    const onPati = await k.complete(BANJAR_AUTH, caseId, 'menerima-rekomendasi-ppk', pati.kabidAptika, {});
    expect(onPati.statusCode).toBe(403);
    expect(onPati.json().error).toMatchObject({ code: 'OTHER_AGENCY_SIDE' });
    for (const t of open) expect((await k.complete(PATI_AUTH, caseId, t.id, t.assignee.nip, {})).statusCode).toBe(200);
    await k.until(BANJAR_AUTH, caseId, (x) => x.status === 'issued');
  });
});
