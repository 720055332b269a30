// P8 as a task: when a Tim Kerja's period ends (P6's timer, time skipping), each member's rating task
// opens in the inbox of the rater the region names — bengkalis the penanggung jawab (lampiran BAB I
// §II.C.b.7–8, form 7), elsewhere the ketua — with the PermenPANRB 6/2022 matrix on the case, one case
// per team and member however often it is started; the rater rates through the task (action penilaian).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { getCase, inbox } from '../../db/cases';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { requester } from '../../demo/permohonan';
import { getDocument } from '../../db/documents';
import type { CaseView, PlannedCase, ProcedureAction } from '../../domain/kasus';
import { involves, plan, type PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { idTugasPenilaian, planTugas, type RekomendasiPenilaianKinerjaInput } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { actUpdate, caseQuery, completeUpdate, decideUpdate, TASK_QUEUE } from '../../workflows/shared';
import { DEADLINES, openTask, receiveEach, refusalOf } from '../support/cases';
import { timInForce } from '../support/tim';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const YEAR = { ...DEADLINES, remindEveryMs: 360 * 86400e3, expireAfterMs: 366 * 86400e3 };
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A team of the owning unit alone: the Kabid as penanggung jawab, the Perencana as ketua, the Statistisi as member; its period starts today. */
async function planTim(region: Region): Promise<PembentukanTimKerjaInput> {
  const p = demoPeople(region);
  const req = pembentukanTim(region, { anggotaLintasUnit: [], anggota: [{ nip: p.statistisi, tugas: 'mengolah dan memvalidasi data' }], periode: { mulai: day(Date.now()), selesai: day(Date.now() + 60 * 86400e3) } });
  const org = await loadOrg(suite.db.pool, region, [requester(region), ...involves(req).nips], []);
  return plan(PROFILES[region], org, req, { caseId: `${region}-p6-test-${randomUUID()}`, actorNip: requester(region), deadlines: DEADLINES, today: day(Date.now()) });
}

/** A member's rating task as the worker plans it when the period ends, for the rater, on the team as its projection has it. */
async function planTugasOf(tim: CaseView, pegawai: string, rater: string, caseId = idTugasPenilaian(tim.caseId, pegawai)) {
  const org = await loadOrg(suite.db.pool, tim.region, [rater, pegawai]);
  return planTugas(PROFILES[tim.region as Region], org, { penugasan: tim.caseId, pegawai }, { caseId, actorNip: rater, deadlines: YEAR, related: { [tim.caseId]: tim } });
}

/** The signatory signs the decree and each member acknowledges it: the team is in force. */
async function inForce(h: WorkflowHandle, input: PembentukanTimKerjaInput) {
  await openTask(h, 'penetapan');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'approve' }] });
  await receiveEach(h);
}

const penilaian = (h: WorkflowHandle, actorNip: string, data?: object) => h.executeUpdate(actUpdate, { args: [{ action: 'penilaian', actorNip, ...(data ? { data } : {}) } as ProcedureAction] });
const dicatat = (v: CaseView) => v.timeline.filter((e) => e.action === 'dicatat').map((e) => e.notes);

/** The open tasks of an official in the inbox (PostgreSQL), of this procedure, once `n` have come. */
async function inboxOf(nip: string, n: number) {
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const { tasks } = await inbox(suite.db.pool, nip, { procedure: 'rekomendasi-penilaian-kinerja', limit: 50 });
    if (tasks.length >= n) return tasks;
  }
  throw new Error(`${nip} did not get ${n} rating tasks`);
}

describe('rating tasks at the end of a team\'s period (P8 from P6)', () => {
  beforeEach(async () => {
    await suite.db.pool.query('DELETE FROM penugasan');
  });

  it('bengkalis: the penanggung jawab gets a task per member, the ketua among them, with the matrix; once however often it is started', async () => {
    const p = demoPeople('bengkalis');
    const input = await planTim('bengkalis');
    const [ketua, anggota] = [p.perencana, p.statistisi].map((nip) => idTugasPenilaian(input.caseId, nip));
    const team = await suite.scenario('pembentukanTimKerja', 'bengkalis-penilaian-akhir-periode', input, async (h) => {
      await inForce(h, input);
      // The member's task already started (as by a run of the team case reset past its end): left as it is.
      const tim = (await getCase(suite.db.pool, input.caseId))!;
      const early = await suite.env.client.workflow.start('rekomendasiPenilaianKinerja', { workflowId: anggota, taskQueue: TASK_QUEUE, args: [await planTugasOf(tim, p.statistisi, p.kabidPerencanaan)] });
      await openTask(early, 'penilaian');
      expect(await inboxOf(p.kabidPerencanaan, 1)).toHaveLength(1);

      const ended: CaseView = await h.result(); // the period runs out (time skips)
      // Both tasks open in the penanggung jawab's inbox, one case per member: the early one is still its id's only run.
      const tasks = await inboxOf(p.kabidPerencanaan, 2);
      expect(tasks.map((t) => [t.caseId, t.taskId, t.kind, t.role, t.citation]).sort()).toEqual([
        [ketua, 'penilaian', 'tindakan', 'Penanggung Jawab Tim', 'bengkalis lampiran BAB I §II.C.b.7–8, lampiran BAB II form 7'],
        [anggota, 'penilaian', 'tindakan', 'Penanggung Jawab Tim', 'bengkalis lampiran BAB I §II.C.b.7–8, lampiran BAB II form 7'],
      ]);
      const later = suite.env.client.workflow.getHandle(anggota);
      expect((await later.describe()).runId).toBe(early.firstExecutionRunId);
      const view = (await suite.env.client.workflow.getHandle(ketua).query(caseQuery)) as CaseView<RekomendasiPenilaianKinerjaInput['subject']>;
      expect(view.tasks.find((t) => t.id === 'penilaian')!.title).toContain('Penilaian kinerja Ratna Sari, S.E., M.E. (Ketua Tim) pada akhir periode');
      expect(view.subject.penilaian).toBeUndefined();
      expect(view.subject.matriks).toHaveLength(9);
      expect(view.subject.matriks).toContainEqual({ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Baik' });
      expect(view.subject.penugasan.tim).toMatchObject({ kedudukan: 'ketua' });
      return ended;
    });
    expect(team.status).toBe('issued');
    expect(dicatat(team)).toEqual([
      `tugas penilaian kinerja Ratna Sari, S.E., M.E. dibuka untuk Dewi Lestari, S.T., M.P.P. (Penanggung Jawab Tim): kasus ${ketua}`,
      `tugas penilaian kinerja Maya Anggraini, S.Si. sudah dibuka untuk Dewi Lestari, S.T., M.P.P. (Penanggung Jawab Tim): kasus ${anggota}`,
    ]);
  });

  it('pasuruan: the ketua rates the members; the ketua himself gets no task of his own (lampiran I B.2.A.2 c.5)', async () => {
    const p = demoPeople('pasuruan');
    const input = await planTim('pasuruan');
    const team = await suite.scenario('pembentukanTimKerja', 'pasuruan-penilaian-akhir-periode', input, async (h) => {
      await inForce(h, input);
      const ended: CaseView = await h.result();
      const tasks = await inboxOf(p.perencana, 1);
      expect(tasks.map((t) => [t.caseId, t.role, t.citation])).toEqual([[idTugasPenilaian(input.caseId, p.statistisi), 'Ketua Tim', 'pasuruan lampiran I B.2.A.2 c.5']]);
      return ended;
    });
    expect(dicatat(team)).toEqual([`tugas penilaian kinerja Maya Anggraini, S.Si. dibuka untuk Ratna Sari, S.E., M.E. (Ketua Tim): kasus ${idTugasPenilaian(input.caseId, p.statistisi)}`]);
  });

  it('bengkalis: the rater rates in the task, the matrix\'s suggestion beside the choice; form 7 is issued and reaches the member\'s leaders', async () => {
    const p = demoPeople('bengkalis');
    const tim = await timInForce(suite.db.pool, 'bengkalis');
    const input = await planTugasOf(tim as CaseView, p.statistisi, p.kabidPerencanaan, `bengkalis-p8-test-${randomUUID()}`);
    expect(input.documents[0].isi).toEqual({});
    const result: CaseView<RekomendasiPenilaianKinerjaInput['subject']> = await suite.scenario('rekomendasiPenilaianKinerja', 'bengkalis-tugas-penilaian', input as PlannedCase, async (h) => {
      await openTask(h, 'penilaian');
      // Only the task's assignee rates; not without the rating; a predikat other than the matrix's needs its reason.
      expect(await refusalOf(penilaian(h, p.perencana, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik' }))).toMatchObject({ code: 'NOT_ASSIGNEE' });
      expect(await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'penilaian', actorNip: p.kabidPerencanaan }] }))).toMatchObject({ code: 'RATING_REQUIRED', citation: 'bengkalis lampiran BAB II form 7', fields: [{ field: 'hasilKerja' }] });
      expect(await refusalOf(penilaian(h, p.kabidPerencanaan))).toMatchObject({ code: 'RATING_REQUIRED' });
      expect(await refusalOf(penilaian(h, p.kabidPerencanaan, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik' })))
        .toMatchObject({ code: 'DEVIATION_REASON_REQUIRED', citation: 'bengkalis lampiran BAB II form 7', fields: [{ field: 'alasanDeviasi', message: 'required when the predikat is not Baik' }] });
      await penilaian(h, p.kabidPerencanaan, { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', alasanDeviasi: 'memimpin validasi seluruh dataset' });
      for (const s of input.steps) {
        await openTask(h, s.id);
        await h.executeUpdate(completeUpdate, { args: [{ taskId: s.id, actorNip: s.assignee.nip }] });
      }
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.subject.penilaian).toEqual({ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', saran: 'Baik', alasanDeviasi: 'memimpin validasi seluruh dataset' });
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['dicatat', undefined], ['dilaksanakan', p.kabidPerencanaan], ['diterbitkan', p.kabidPerencanaan], ...input.steps.map((s) => ['dilaksanakan', s.assignee.nip]),
    ]);
    const doc = (await getDocument(suite.db.pool, result.documents[0].id))!;
    expect(doc.penandatangan).toMatchObject({ nip: p.kabidPerencanaan });
    const formulir = doc.formulir!;
    expect(formulir.tabel.baris.map((r) => r[2])).toEqual(['Sesuai Ekspektasi', 'Di atas Ekspektasi', 'Sangat Baik']);
    expect(formulir.catatan).toContain('Predikat menurut matriks Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022: Baik; dipilih Sangat Baik dengan alasan: memimpin validasi seluruh dataset.');
    expect(formulir.selaku).toBe('Ketua Tim/Penanggung Jawab Tim');
  });
});
