// P3 workflow on the time-skipping test server with real activities against PostgreSQL: a case of
// one region whose destination hops are taken by the officials of another region of this service.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../db/masterData';
import { penugasanOf, reservePenugasan } from '../../db/penugasan';
import { demoPeople } from '../../demo/masterData';
import { requester } from '../../demo/permohonan';
import { penunjukanLintasInstansi as permohonan } from '../../demo/penunjukanLintasInstansi';
import { renderPdf } from '../../documents/pdf';
import { jabatanTandaTangan } from '../../domain/dokumen';
import type { CaseView } from '../../domain/kasus';
import { mitra, plan, type PenunjukanLintasInstansiInput, type PermohonanLintasInstansi } from '../../procedures/penunjukanLintasInstansi/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { acknowledgeUpdate, caseQuery, completeUpdate, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { DEADLINES, openTask, refusalOf } from '../support/cases';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: PenunjukanLintasInstansiInput) => Promise<CaseView>>;
const scenario = <T>(name: string, input: PenunjukanLintasInstansiInput, body: (h: Handle) => Promise<T>) =>
  suite.scenario('penunjukanLintasInstansi', name, input, (h) => body(h as Handle));

/** The demo request planned as the API plans it: the requesting region's and the destination's master data. */
async function planCase(pool: Pool, region: Region, over: Partial<PermohonanLintasInstansi> = {}) {
  const req = permohonan(region, over);
  const actor = requester(region);
  const other = mitra(req);
  const [org, destOrg] = await Promise.all([loadOrg(pool, region, [actor]), loadOrg(pool, other.region, other.nips, other.staffOf)]);
  return plan(PROFILES[region], org, req, {
    caseId: `${region}-p3-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES, mitra: { profile: PROFILES[other.region as Region], org: destOrg },
  });
}

const decide = (h: Handle, taskId: string, actorNip: string, more: Record<string, unknown> = {}) =>
  openTask(h, taskId).then(() => h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip, decision: 'approve', ...more }] }));

describe('penunjukan lintas instansi (P3)', () => {
  it('banjar asks pati: every hop, the binding list of two, the Surat Penugasan of pati and the Keputusan Bupati Banjar, each employee acknowledges', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'banjar');
    expect(input.regions).toEqual(['banjar', 'pati']);
    expect(input.subject.tembusan).toEqual(['Sekretaris Daerah']); // the Kepala Bappeda's own PPK
    // Pati's PUO is any unit leader (pati pasal 1 angka 13): the Kepala Bidang recommends and is the PPK.
    expect(input.steps.map((s) => [s.id, s.region, s.assignee.nip, s.kind])).toEqual([
      ['persetujuan-pyb-pemohon', 'banjar', banjar.sekda, 'keputusan'],
      ['persetujuan-pyb-tujuan', 'pati', pati.sekda, 'keputusan'],
      ['rekomendasi-puo-tujuan', 'pati', pati.kabidAptika, 'rekomendasi'],
      ['jawaban-ppk-tujuan', 'pati', pati.kabidAptika, 'keputusan'],
      ['persetujuan-jawaban-pyb-tujuan', 'pati', pati.sekda, 'keputusan'],
    ]);
    expect(input.steps[0].citation).toBe('banjar lampiran II.B.1.c.2');
    expect(input.steps[3]).toMatchObject({ choosesEmployees: true, citation: 'pati lampiran B.2.a.3.d, pati lampiran B.2.a.3.e.1' });
    const result = await scenario('banjar-pati-issued', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      await decide(h, 'persetujuan-pyb-tujuan', pati.sekda, { notes: 'diteruskan kepada PPK' });
      await decide(h, 'rekomendasi-puo-tujuan', pati.kabidAptika);
      const task = await openTask(h, 'jawaban-ppk-tujuan');
      expect(task.candidates?.map((c) => c.nip).sort()).toEqual([pati.pranataKomputer1, pati.pranataKomputer2].sort());
      await h.executeUpdate(decideUpdate, {
        args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: pati.kabidAptika, decision: 'approve', employeeNips: [pati.pranataKomputer2, pati.pranataKomputer1] }],
      });
      expect((await h.query(caseQuery)).assignedEmployees?.map((e) => e.nip)).toEqual([pati.pranataKomputer2, pati.pranataKomputer1]);
      await decide(h, 'persetujuan-jawaban-pyb-tujuan', pati.sekda);
      const first = await openTask(h, `tanda-terima-${pati.pranataKomputer1}`);
      expect(first).toMatchObject({ region: 'pati', assignee: { nip: pati.pranataKomputer1 } });
      await openTask(h, `tanda-terima-${pati.pranataKomputer2}`);
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: pati.pranataKomputer1 }] });
      const notYet = await h.query('case');
      expect((notYet as CaseView).status).toBe('awaiting-acknowledgement');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: pati.pranataKomputer2 }] });
      const done = await h.result();
      // The work of each lent employee runs as a case of its own, at the owning unit whose target it is,
      // with their own PPK in pati agreeing the plan (banjar lampiran I.A.1.c) through pati's key.
      expect(done.siklusKinerjaPegawai?.map((c) => c.nip)).toEqual([pati.pranataKomputer2, pati.pranataKomputer1]);
      for (const { nip, caseId } of done.siklusKinerjaPegawai!) {
        const cycle = suite.env.client.workflow.getHandle(caseId);
        expect(await openTask(cycle, 'rencana-1')).toMatchObject({ assignee: { nip }, region: 'pati' });
        await cycle.executeUpdate(completeUpdate, { args: [{ taskId: 'rencana-1', actorNip: nip, isi: 'rencana kegiatan dan anggaran' }] });
        expect(await openTask(cycle, 'persetujuan-rencana-1')).toMatchObject({ assignee: { nip: pati.kabidAptika }, region: 'pati', citation: 'banjar lampiran I.A.1.c' });
        const view = (await cycle.query(caseQuery)) as CaseView<{ pegawai: { nip: string }; instansiPegawai: unknown; unit: { kode: string }; reviu: { rantai: { nip: string }[] } }>;
        expect(view).toMatchObject({
          region: 'banjar', regions: ['banjar', 'pati'], pemohon: { nip: banjar.kepalaBappeda },
          subject: { pegawai: { nip }, instansiPegawai: { region: 'pati', pemerintah: 'PEMERINTAH KABUPATEN PATI' }, unit: { kode: input.subject.unitPemilik.kode } },
        });
        expect(view.subject.reviu.rantai.map((r) => r.nip)).toEqual([banjar.kabidPerencanaan, banjar.kepalaBappeda]); // the owning bidang up to its Perangkat Daerah
        // Started beside the assignment (not its child), named by it: a retried start finds the same cycle.
        expect(view.subject).toMatchObject({ penugasan: { caseId: input.caseId } });
        expect(cycle.workflowId).toBe(`banjar-p7-${input.caseId.replace(/^banjar-p3-/, '')}-${nip}`);
      }
      return done;
    });
    expect(result.status).toBe('issued');
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.timeline.map((e) => e.action)).toEqual([
      'diajukan', 'disetujui', 'disetujui', 'direkomendasikan', 'disetujui', 'disetujui', 'diterbitkan', 'diterbitkan', 'diterbitkan', 'diterima', 'diterima',
    ]);
    expect(result.timeline[4].employees?.map((e) => e.nip)).toEqual([pati.pranataKomputer2, pati.pranataKomputer1]);
    expect(result.documents.map((d) => d.kind)).toEqual(['surat-penugasan', 'keputusan-bupati', 'surat-jawaban-pelibatan']);
    // Numbered in the issuing region's sequence and format: pati's Surat Penugasan, banjar's Keputusan.
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/);
    expect(result.documents[1].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    expect(result.documents[2].nomor).toMatch(/^800\/\d+\/SETDA\/\d{4}$/);
    const { rows } = await suite.db.pool.query('SELECT id, region, data FROM documents WHERE case_id = $1 ORDER BY id', [input.caseId]);
    expect(rows.map((r) => r.region)).toEqual(['banjar', 'pati', 'pati']); // keputusan-bupati, surat-jawaban-pelibatan, surat-penugasan
    const [keputusan, jawaban, surat] = rows.map((r) => r.data);
    // Pati's PyB answers banjar's: a letter between governments, the Sekretaris Daerah signing for the Bupati
    // (pati lampiran B.2.a.3.e.1), by office, without NIP and pangkat (Permendagri 1/2023 pasal 44(3)).
    expect(jawaban).toMatchObject({
      pemerintah: 'PEMERINTAH KABUPATEN PATI', hal: 'Jawaban Permohonan Pelibatan Pejabat Fungsional dan Pelaksana', yth: { jabatan: 'Sekretaris Daerah Kabupaten Banjar', di: 'Martapura' },
      penandatangan: { nip: pati.sekda, atasNama: 'a.n. BUPATI PATI', sekretarisDaerah: true }, citation: 'pati lampiran B.2.a.3.e.1',
    });
    expect(jabatanTandaTangan(jawaban.penandatangan)).toEqual(['a.n. BUPATI PATI', 'SEKRETARIS DAERAH,']);
    expect(jawaban.butir[0]).toContain('Nur Aisyah, S.T., NIP');
    expect(jawaban.tembusan).toEqual(['Kepala Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika']);
    if (process.env.SAVE_AN_PDF) writeFileSync(process.env.SAVE_AN_PDF, await renderPdf(jawaban));
    expect(surat).toMatchObject({ pemerintah: 'PEMERINTAH KABUPATEN PATI', penandatangan: { nip: pati.kabidAptika } });
    expect(surat.kepada.map((k: { nip: string }) => k.nip)).toEqual([pati.pranataKomputer2, pati.pranataKomputer1]);
    // Tembusan: the agency asked's PyB and the PPK, and the requesting agency's PyB (banjar II.B.1.c.5.c);
    // in pati the PPK is the Kepala Bidang who signs, and a signer is not copied their own letter.
    expect(surat.tembusan).toEqual(['Sekretaris Daerah', 'Sekretaris Daerah Kabupaten Banjar']);
    // The Bupati's kop and signature (banjar lampiran IV.A), not the Sekretariat Daerah's.
    // Signed with the name of the Bupati in office, as the master data holds it.
    expect(keputusan).toMatchObject({ title: 'KEPUTUSAN BUPATI BANJAR', pemerintah: 'BUPATI BANJAR', penandatangan: { jabatan: 'Bupati Banjar', nama: 'H. Ahmad Rizani, S.H., M.H.' }, citation: 'banjar pasal 14(1)' });
    expect(keputusan.instansi).toBeUndefined();
    expect(keputusan.diktum[0]).toContain('Nur Aisyah, S.T., NIP');
    expect(keputusan.diktum[0]).toContain('Rizky Pratama, S.Kom., NIP');
    expect(keputusan.tembusan).toEqual(['Sekretaris Daerah Kabupaten Pati']);
    // Each task is in the inbox of its own region.
    const tasks = await suite.db.pool.query('SELECT task_id, region FROM tasks WHERE case_id = $1 ORDER BY opened_at, task_id', [input.caseId]);
    expect(tasks.rows.map((r) => r.region)).toEqual(['banjar', 'pati', 'pati', 'pati', 'pati', 'pati', 'pati']);
    const cases = await suite.db.pool.query('SELECT regions FROM cases WHERE case_id = $1', [input.caseId]);
    expect(cases.rows[0].regions).toEqual(['banjar', 'pati']);
  });

  it('pati asks banjar: banjar as the agency asked issues its Surat Tugas and, by pasal 14(1), the Keputusan Bupati too', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'pati');
    expect(input.steps.map((s) => [s.region, s.assignee.nip])).toEqual([
      ['pati', pati.sekda], ['banjar', banjar.sekda], ['banjar', banjar.kadisKominfo], ['banjar', banjar.kabidAptika], ['banjar', banjar.sekda],
    ]);
    const result = await scenario('pati-banjar-issued', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', pati.sekda);
      await decide(h, 'persetujuan-pyb-tujuan', banjar.sekda);
      // Not recommended: the recommendation is recorded, the PPK still answers.
      await decide(h, 'rekomendasi-puo-tujuan', banjar.kadisKominfo, { decision: 'refuse', reasons: 'beban kerja bidang tinggi' });
      await decide(h, 'jawaban-ppk-tujuan', banjar.kabidAptika, { employeeNips: [banjar.pranataKomputer1] });
      await decide(h, 'persetujuan-jawaban-pyb-tujuan', banjar.sekda);
      await openTask(h, `tanda-terima-${banjar.pranataKomputer1}`);
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: banjar.pranataKomputer1 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline[3]).toMatchObject({ action: 'tidak-direkomendasikan', reasons: 'beban kerja bidang tinggi' });
    expect(result.documents.map((d) => d.kind)).toEqual(['surat-penugasan', 'keputusan-bupati', 'surat-jawaban-pelibatan']);
    expect(result.documents.slice(0, 2).every((d) => /^\d+ TAHUN \d{4}$/.test(d.nomor))).toBe(true);
    const { rows } = await suite.db.pool.query('SELECT region, data FROM documents WHERE case_id = $1 ORDER BY id', [input.caseId]);
    expect(rows.map((r) => r.region)).toEqual(['banjar', 'banjar', 'banjar']);
    // Banjar's PyB answers pati's, for the Bupati (banjar lampiran II.B.1.c.5.a).
    expect(rows[1].data).toMatchObject({ kind: 'surat-jawaban-pelibatan', yth: { jabatan: 'Sekretaris Daerah Kabupaten Pati' }, penandatangan: { nip: banjar.sekda, atasNama: 'a.n. BUPATI BANJAR' } });
    expect(rows[2].data).toMatchObject({ title: 'SURAT TUGAS', pemerintah: 'PEMERINTAH KABUPATEN BANJAR', penandatangan: { nip: banjar.kadisKominfo } });
    expect(rows[2].data.tembusan).toContain('Sekretaris Daerah Kabupaten Pati');
    expect(rows[0].data).toMatchObject({ title: 'KEPUTUSAN BUPATI BANJAR', pemerintah: 'BUPATI BANJAR', penandatangan: { jabatan: 'Bupati Banjar' } });
  });

  const hops: { taskId: string; before: string[] }[] = [
    { taskId: 'persetujuan-pyb-pemohon', before: [] },
    { taskId: 'persetujuan-pyb-tujuan', before: ['persetujuan-pyb-pemohon'] },
    { taskId: 'jawaban-ppk-tujuan', before: ['persetujuan-pyb-pemohon', 'persetujuan-pyb-tujuan', 'rekomendasi-puo-tujuan'] },
    { taskId: 'persetujuan-jawaban-pyb-tujuan', before: ['persetujuan-pyb-pemohon', 'persetujuan-pyb-tujuan', 'rekomendasi-puo-tujuan', 'jawaban-ppk-tujuan'] },
  ];
  for (const { taskId, before } of hops)
    it(`a refusal at ${taskId} ends the case with its reasons, told to the requester`, async () => {
      const input = await planCase(suite.db.pool, 'banjar');
      const pati = demoPeople('pati');
      const assignee = (id: string) => input.steps.find((s) => s.id === id)!.assignee.nip;
      const result = await scenario(`banjar-refused-${taskId}`, input, async (h) => {
        for (const id of before) await decide(h, id, assignee(id), id === 'jawaban-ppk-tujuan' ? { employeeNips: [pati.pranataKomputer1] } : {});
        await openTask(h, taskId);
        const bare = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip: assignee(taskId), decision: 'refuse' }] }));
        expect(bare).toMatchObject({ code: 'REASONS_REQUIRED', kind: 'invalid', fields: [{ field: 'reasons' }] });
        await h.executeUpdate(decideUpdate, { args: [{ taskId, actorNip: assignee(taskId), decision: 'refuse', reasons: `ditolak pada ${taskId}` }] });
        return h.result();
      });
      expect(result.status).toBe('refused');
      expect(result.outcome).toMatchObject({ reasons: `ditolak pada ${taskId}`, citation: 'banjar lampiran II.B.1.c.2-5, banjar lampiran II.B.1.b.4' });
      expect(result.documents).toEqual([]);
      expect(await deliveredIn(suite.db, input.caseId)).toEqual([
        { kind: 'ditolak', recipient_nip: input.pemohon.nip, message: expect.stringContaining(`ditolak pada ${taskId}`) },
      ]);
    });

  it('the PPK answers with a list: required, each once, each eligible; another official is NOT_ASSIGNEE; a decided hop is STEP_CLOSED', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'banjar');
    await scenario('banjar-list-rules', input, async (h) => {
      await openTask(h, 'persetujuan-pyb-pemohon');
      const wrong = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-pyb-pemohon', actorNip: pati.sekda, decision: 'approve' }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'banjar lampiran II.B.1.c.2' });
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      const again = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-pyb-pemohon', actorNip: banjar.sekda, decision: 'refuse', reasons: 'x' }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      const notYet = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: pati.kabidAptika, decision: 'approve' }] }));
      expect(notYet).toMatchObject({ code: 'STEP_NOT_OPEN', kind: 'conflict' });
      await decide(h, 'persetujuan-pyb-tujuan', pati.sekda);
      await decide(h, 'rekomendasi-puo-tujuan', pati.kabidAptika);
      await openTask(h, 'jawaban-ppk-tujuan');
      const answer = (more: Record<string, unknown>) =>
        refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: pati.kabidAptika, decision: 'approve', ...more }] }));
      expect(await answer({})).toMatchObject({ code: 'EMPLOYEE_LIST_REQUIRED', kind: 'invalid', fields: [{ field: 'employeeNips' }] });
      expect(await answer({ employeeNips: [pati.pranataKomputer1, pati.pranataKomputer1] })).toMatchObject({ code: 'EMPLOYEE_LISTED_TWICE', fields: [{ field: 'employeeNips' }] });
      // No kedudukan yet, and a structural official: neither is a candidate.
      expect(await answer({ employeeNips: [pati.pranataKomputer1, pati.tanpaKedudukan] })).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: 'pati lampiran B.2.a.3.c-d' });
      expect(await answer({ employeeNips: [pati.kadisKominfo] })).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE' });
      const onOther = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-pyb-tujuan', actorNip: pati.sekda, decision: 'approve', employeeNips: [pati.pranataKomputer1] }] }));
      expect(onOther).toMatchObject({ code: 'STEP_CLOSED' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: input.pemohon.nip, reasons: 'uji aturan selesai' }] });
      return h.result();
    });
  });

  it('the requester withdraws while a hop of the agency asked is pending', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'banjar');
    const result = await scenario('banjar-withdrawn', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      await openTask(h, 'persetujuan-pyb-tujuan');
      const other = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: pati.sekda }] }));
      expect(other).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: banjar.kepalaBappeda, reasons: 'kebutuhan dipenuhi internal' }] });
      return h.result();
    });
    expect(result.status).toBe('withdrawn');
    expect(result.outcome?.reasons).toBe('kebutuhan dipenuhi internal');
    expect(result.tasks.find((t) => t.id === 'persetujuan-pyb-tujuan')?.status).toBe('cancelled');
  });

  it('an undecided hop of the agency asked gets reminders in its region, an escalation, then expires (never a refusal)', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'banjar');
    const result = await scenario('banjar-expired', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      return h.result();
    });
    expect(result.status).toBe('expired');
    expect(result.outcome).toMatchObject({ citation: 'pati lampiran B.2.a.3.c' });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    const { rows } = await suite.db.pool.query(
      "SELECT kind, region, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'persetujuan-pyb-tujuan' ORDER BY seq, recipient_nip", [input.caseId]);
    // The Sekda has no superior in the master data: the escalation goes to them and the requester.
    expect(rows).toEqual([
      { kind: 'pengingat', region: 'pati', recipient_nip: pati.sekda },
      { kind: 'pengingat', region: 'pati', recipient_nip: pati.sekda },
      ...[pati.sekda, banjar.kepalaBappeda].sort().map((nip) => ({ kind: 'eskalasi', region: 'pati', recipient_nip: nip })),
    ]);
    expect(await deliveredIn(suite.db, input.caseId)).toEqual([
      { kind: 'kedaluwarsa', recipient_nip: banjar.kepalaBappeda, message: expect.stringContaining('bukan penolakan') },
    ]);
  });

  it('an employee who does not acknowledge in time is noted; the Surat Penugasan stands', async () => {
    const banjar = demoPeople('banjar');
    const pati = demoPeople('pati');
    const input = await planCase(suite.db.pool, 'banjar');
    const result = await scenario('banjar-one-receipt-missed', input, async (h) => {
      await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
      await decide(h, 'persetujuan-pyb-tujuan', pati.sekda);
      await decide(h, 'rekomendasi-puo-tujuan', pati.kabidAptika);
      await decide(h, 'jawaban-ppk-tujuan', pati.kabidAptika, { employeeNips: [pati.pranataKomputer1, pati.pranataKomputer2] });
      await decide(h, 'persetujuan-jawaban-pyb-tujuan', pati.sekda);
      await openTask(h, `tanda-terima-${pati.pranataKomputer1}`);
      const wrong = await refusalOf(h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: pati.kabidAptika }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ADDRESSEE', kind: 'forbidden' });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: pati.pranataKomputer1 }] });
      return h.result(); // time skips through the 14 days the second has to acknowledge
    });
    expect(result.status).toBe('issued');
    expect(result.outcome?.reasons).toBe('tanda terima tidak dikonfirmasi dalam batas waktu oleh Nur Aisyah, S.T.');
    expect(result.tasks.filter((t) => t.kind === 'tanda-terima').map((t) => t.status)).toEqual(['done', 'expired']);
  });

  describe('for a tim kerja of banjar: the answer that lists the employees takes their pasal 9(5) slots', () => {
    const timKerja = { nama: 'Tim Satu Data Antardaerah', peran: 'anggota' as const };

    it('all or none: one listed employee already 3 times across agencies this year refuses the answer with the article and the cases holding the slots; a list without them is reserved, and released when the case ends refused', async () => {
      const banjar = demoPeople('banjar');
      const pati = demoPeople('pati');
      // Counted with banjar's team assignments, where the team is: three this year, one last year.
      const seeded: string[] = [];
      for (const [mulai, selesai] of [['2027-01-04', '2027-02-28'], ['2027-03-01', '2027-05-31'], ['2027-07-01', '2027-09-30'], ['2026-06-01', '2026-11-30']]) {
        const caseId = `banjar-seed-${randomUUID()}`;
        seeded.push(caseId);
        const r = await reservePenugasan(suite.db.pool, {
          region: 'banjar', nip: pati.pranataKomputer2, caseId, lingkup: 'lintas', timKerja: { nama: `Tim ${mulai}`, peran: 'anggota' },
          periode: { mulai, selesai }, batas: PROFILES.banjar.batasPenugasan.lintas!, jendelaCitation: 'banjar lampiran I.A.3.a.1',
        }, { kind: 'performance-year' });
        expect(r.ok).toBe(true);
      }
      const input = await planCase(suite.db.pool, 'banjar', { timKerja });
      expect(input.steps.find((s) => s.id === 'jawaban-ppk-tujuan')!.reserves).toMatchObject([{ lingkup: 'lintas', timKerja, batas: { citation: 'banjar pasal 9(5)', maksimalKali: 3 } }]);
      expect(input.steps.filter((s) => s.reserves).length).toBe(1);
      const result = await scenario('banjar-pati-team-limit', input, async (h) => {
        await decide(h, 'persetujuan-pyb-pemohon', banjar.sekda);
        await decide(h, 'persetujuan-pyb-tujuan', pati.sekda);
        await decide(h, 'rekomendasi-puo-tujuan', pati.kabidAptika);
        await openTask(h, 'jawaban-ppk-tujuan');
        const answer = (employeeNips: string[]) => h.executeUpdate(decideUpdate, { args: [{ taskId: 'jawaban-ppk-tujuan', actorNip: pati.kabidAptika, decision: 'approve', employeeNips }] });
        const refused = await refusalOf(answer([pati.pranataKomputer1, pati.pranataKomputer2]));
        expect(refused).toMatchObject({ code: 'ASSIGNMENT_LIMIT', kind: 'unprocessable', citation: 'banjar pasal 9(5)', fields: [{ field: 'employeeNips[1]' }] });
        for (const held of seeded.slice(0, 3)) expect(refused.message).toContain(held);
        expect(refused.message).not.toContain(seeded[3]);
        // Nothing changed: the answer is still open, and the first on the list holds no slot.
        const waiting: CaseView = await h.query(caseQuery);
        expect(waiting.tasks.find((t) => t.id === 'jawaban-ppk-tujuan')!.status).toBe('open');
        expect(waiting.assignedEmployees).toBeUndefined();
        expect((await penugasanOf(suite.db.pool, 'banjar', pati.pranataKomputer1)).filter((p) => p.status === 'reserved')).toEqual([]);
        await answer([pati.pranataKomputer1]);
        expect((await penugasanOf(suite.db.pool, 'banjar', pati.pranataKomputer1)).map((p) => [p.caseId, p.lingkup, p.timNama, p.status])).toEqual([[input.caseId, 'lintas', timKerja.nama, 'reserved']]);
        await openTask(h, 'persetujuan-jawaban-pyb-tujuan');
        await h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-jawaban-pyb-tujuan', actorNip: pati.sekda, decision: 'refuse', reasons: 'pegawai dibutuhkan untuk tugas daerah' }] });
        return h.result();
      });
      expect(result.status).toBe('refused');
      // Ended without the assignment: the slot counts no more.
      expect((await penugasanOf(suite.db.pool, 'banjar', pati.pranataKomputer1)).map((p) => [p.caseId, p.status])).toEqual([[input.caseId, 'released']]);
    });

    it('the Surat Penugasan names the team; an assignment longer than 6 months is refused when planned (pasal 9(5))', async () => {
      const input = await planCase(suite.db.pool, 'banjar', { timKerja });
      expect(input.documents.map((d) => d.kind)).toEqual(['surat-penugasan', 'keputusan-bupati', 'surat-jawaban-pelibatan']); // asked on its own: its own decree
      expect(input.documents[0].isi.untuk).toContain(`Sebagai Anggota ${timKerja.nama}`);
      const long = planCase(suite.db.pool, 'banjar', { timKerja, jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-07-05' } });
      await expect(long).rejects.toMatchObject({ refusal: { code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)', fields: [{ field: 'jangkaWaktu.selesai' }] } });
      // Pati, asking for its own team, has no such limit.
      const patiAsks = await planCase(suite.db.pool, 'pati', { timKerja, jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-12-31' } });
      expect(patiAsks.steps.some((s) => s.reserves)).toBe(false);
    });
  });
});
