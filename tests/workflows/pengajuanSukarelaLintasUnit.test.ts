// P5 workflow on the time-skipping test server with real activities against PostgreSQL.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import type { PengajuanSukarelaLintasUnitInput } from '../../procedures/pengajuanSukarelaLintasUnit/plan';
import { acknowledgeUpdate, caseQuery, completeUpdate, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { openTask, planSukarelaCase, refusalOf } from '../support/cases';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const scenario = <T>(name: string, input: PengajuanSukarelaLintasUnitInput, body: (h: WorkflowHandle) => Promise<T>) =>
  suite.scenario('pengajuanSukarelaLintasUnit', name, input, body);
const delivered = (id: string) => deliveredIn(suite.db, id);
const caseId = (region: string) => `${region}-p5-test-${randomUUID()}`;
const documentData = async (id: string, kind: string) =>
  (await suite.db.pool.query('SELECT nomor, data FROM documents WHERE case_id = $1 AND kind = $2', [id, kind])).rows[0];

describe('pengajuan sukarela lintas unit (P5)', () => {
  it('banjar: the destination PUO approves, the employee forwards, the own PUO approves; Surat Tugas and Keputusan Sekda', async () => {
    const p = demoPeople('banjar');
    const input = await planSukarelaCase(suite.db.pool, 'banjar', caseId('banjar'));
    expect(input.pemohon.nip).toBe(p.pranataKomputer1);
    expect(input.steps.map((s) => [s.id, s.kind, s.assignee.nip])).toEqual([
      ['keputusan-puo-tujuan', 'keputusan', p.kepalaBappeda],
      ['penyampaian-persetujuan', 'tindakan', p.pranataKomputer1],
      ['keputusan-puo-asal', 'keputusan', p.kadisKominfo],
    ]);
    const result = await scenario('banjar-approved', input, async (h) => {
      await openTask(h, 'keputusan-puo-tujuan');
      const first = await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-tujuan', actorNip: p.kepalaBappeda, decision: 'approve' }] });
      // The first of two keputusan: the case still awaits a decision, and may still be withdrawn.
      expect(first.status).toBe('awaiting-decision');
      await openTask(h, 'penyampaian-persetujuan');
      const decided = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.pranataKomputer1, decision: 'approve' }] }));
      expect(decided).toMatchObject({ code: 'NOT_A_DECISION', kind: 'conflict', citation: 'banjar lampiran II.B.2.b.2' });
      const early = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'keputusan-puo-asal', actorNip: p.kadisKominfo }] }));
      expect(early).toMatchObject({ code: 'STEP_NOT_OPEN', kind: 'conflict' });
      const someoneElse = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.kabidAptika }] }));
      expect(someoneElse).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'banjar lampiran II.B.2.b.2' });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.pranataKomputer1, isi: 'disampaikan kepada PPK, tembusan PUO' }] });
      const last = await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-asal', actorNip: p.kadisKominfo, decision: 'approve' }] });
      expect(last.status).toBe('issuing');
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['diajukan', p.pranataKomputer1],
      ['disetujui', p.kepalaBappeda],
      ['dilaksanakan', p.pranataKomputer1],
      ['disetujui', p.kadisKominfo],
      ['diterbitkan', p.kadisKominfo],
      ['diterbitkan', p.sekda],
      ['diterima', p.pranataKomputer1],
    ]);
    // Tembusan the employee's own PPK and PUO (b.1).
    expect(result.timeline[0].notes).toContain('Kepala Bidang Aplikasi Informatika');
    expect(result.timeline[0].notes).toContain('Kepala Dinas Komunikasi dan Informatika');
    expect(result.timeline[2]).toMatchObject({ notes: 'disampaikan kepada PPK, tembusan PUO', citation: 'banjar lampiran II.B.2.b.2' });
    expect(result.documents.map((d) => d.kind)).toEqual(['surat-tugas', 'keputusan-sekda']);
    const st = await documentData(input.caseId, 'surat-tugas');
    expect(st.nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    expect(st.data).toMatchObject({ kepada: [{ nip: p.pranataKomputer1 }], penandatangan: { nip: p.kadisKominfo }, citation: 'banjar lampiran II.B.2.b.3, lampiran IV' });
    expect(st.data.untuk[0]).toContain('Bidang Perencanaan dan Pendanaan sebagai anggota Tim Kerja Satu Data Perencanaan');
  });

  it('bengkalis: atasan langsung acknowledges, the destination approves with a numbered persetujuan letter, own Pimpinan PD assigns', async () => {
    const p = demoPeople('bengkalis');
    const input = await planSukarelaCase(suite.db.pool, 'bengkalis', caseId('bengkalis'));
    const result = await scenario('bengkalis-approved', input, async (h) => {
      await openTask(h, 'mengetahui-atasan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'mengetahui-atasan', actorNip: p.kabidAptika, decision: 'approve' }] });
      await openTask(h, 'keputusan-pd-tujuan');
      const notRefusing = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-tujuan', actorNip: p.kepalaBappeda, decision: 'approve', alasan: 'tim-penuh' }] }));
      expect(notRefusing).toMatchObject({ code: 'UNKNOWN_REASON', fields: [{ field: 'alasan' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-tujuan', actorNip: p.kepalaBappeda, decision: 'approve', notes: 'terverifikasi oleh Ketua Tim Kerja' }] });
      await openTask(h, 'penyampaian-persetujuan'); // after the persetujuan letter is issued
      const view: CaseView = await h.query(caseQuery);
      // The surat permohonan pribadi once the atasan langsung countersigned it (form 1), then the persetujuan (form 2).
      expect(view.documents.map((d) => d.kind)).toEqual(['permohonan-pribadi', 'persetujuan']);
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.pranataKomputer1 }] });
      await openTask(h, 'keputusan-pd-asal');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-asal', actorNip: p.kadisKominfo, decision: 'approve' }] });
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan', 'diterbitkan', 'disetujui', 'diterbitkan', 'dilaksanakan', 'disetujui', 'diterbitkan', 'diterima']);
    // Form 1: the employee's own letter, signed as Pemohon, their atasan langsung under "Mengetahui", the CV enclosed.
    const permohonan = await documentData(input.caseId, 'permohonan-pribadi');
    expect(permohonan.data).toMatchObject({
      hal: 'Permohonan Menjadi Anggota Tim Kerja', penandatangan: { nip: p.pranataKomputer1 }, citation: 'bengkalis lampiran BAB II form 1',
      permohonan: { lampiran: '1 (satu) berkas', mengetahui: { nip: p.kabidAptika }, yth: ['Kepala Badan Perencanaan Pembangunan Daerah', 'Kabupaten Bengkalis'] },
      tembusan: ['Kepala Dinas Komunikasi dan Informatika'],
    });
    expect(permohonan.data.permohonan.isi[1]).toContain('Curriculum Vitae (CV)');
    const letter = await documentData(input.caseId, 'persetujuan');
    expect(letter.nomor).toMatch(/^800\/\d+\/BAPPEDA\/\d{4}$/);
    expect(letter.data).toMatchObject({
      hal: 'Persetujuan Menjadi Anggota Tim Kerja', yth: { nip: p.pranataKomputer1 }, penandatangan: { nip: p.kepalaBappeda },
      tembusan: ['Kepala Dinas Komunikasi dan Informatika'],
    });
    expect(letter.data.pembuka).toContain('verifikasi oleh Ketua Tim Kerja');
    const st = await documentData(input.caseId, 'surat-tugas');
    expect(st.nomor).toMatch(/^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/);
    expect(st.data.penandatangan.nip).toBe(p.kadisKominfo);
    // Both issues reach the employee (the requester): the letter, then the Surat Tugas.
    expect((await delivered(input.caseId)).map((d) => [d.kind, d.recipient_nip, d.message.split(' Nomor')[0]])).toEqual(expect.arrayContaining([
      ['diterbitkan', p.pranataKomputer1, 'SURAT PERSETUJUAN PERMOHONAN MENJADI ANGGOTA TIM KERJA'],
      ['diterbitkan', p.pranataKomputer1, 'SURAT TUGAS'],
    ]));
  });

  it('bengkalis: a refusal with a standard reason issues the penolakan letter carrying it, and reaches the employee', async () => {
    const p = demoPeople('bengkalis');
    const input = await planSukarelaCase(suite.db.pool, 'bengkalis', caseId('bengkalis'));
    const result = await scenario('bengkalis-refused', input, async (h) => {
      await openTask(h, 'mengetahui-atasan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'mengetahui-atasan', actorNip: p.kabidAptika, decision: 'approve' }] });
      await openTask(h, 'keputusan-pd-tujuan');
      const none = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-tujuan', actorNip: p.kepalaBappeda, decision: 'refuse' }] }));
      expect(none).toMatchObject({ code: 'REASONS_REQUIRED', kind: 'invalid', citation: 'bengkalis lampiran BAB II form 3', fields: [{ field: 'reasons' }] });
      const unknown = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-tujuan', actorNip: p.kepalaBappeda, decision: 'refuse', alasan: 'sedang-sibuk' }] }));
      expect(unknown).toMatchObject({ code: 'UNKNOWN_REASON', kind: 'invalid', citation: 'bengkalis lampiran BAB II form 3', fields: [{ field: 'alasan' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pd-tujuan', actorNip: p.kepalaBappeda, decision: 'refuse', alasan: 'tim-penuh' }] });
      return h.result() as Promise<CaseView>;
    });
    const standard = 'Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki sesuai dengan kebutuhan dalam Tim Kerja yang dituju, namun jumlah anggota Tim sudah mencukupi';
    expect(result.status).toBe('refused');
    expect(result.outcome).toMatchObject({ reasons: standard, citation: 'bengkalis lampiran BAB II form 3' });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan', 'diterbitkan', 'ditolak', 'diterbitkan']);
    const letter = await documentData(input.caseId, 'penolakan');
    expect(letter.nomor).toMatch(/^800\/\d+\/BAPPEDA\/\d{4}$/);
    expect(letter.data).toMatchObject({ hal: 'Penolakan Usulan Menjadi Anggota Tim Kerja', butir: [standard], yth: { nip: p.pranataKomputer1 } });
    expect(await documentData(input.caseId, 'surat-tugas')).toBeUndefined();
    expect(await delivered(input.caseId)).toEqual(expect.arrayContaining([
      { kind: 'ditolak', recipient_nip: p.pranataKomputer1, message: expect.stringContaining(standard) },
      { kind: 'diterbitkan', recipient_nip: p.pranataKomputer1, message: expect.stringContaining('SURAT PENOLAKAN') },
    ]));
  });

  it('pati: the own PPK refuses after the destination approved; wrong official and a closed step are refused', async () => {
    const p = demoPeople('pati');
    const input = await planSukarelaCase(suite.db.pool, 'pati', caseId('pati'));
    // Pati's PUO leads a unit: the destination is the Kepala Bidang Perencanaan; the own side is the PPK.
    expect(input.steps.map((s) => s.assignee.nip)).toEqual([p.kabidPerencanaan, p.pranataKomputer1, p.kabidAptika]);
    const result = await scenario('pati-refused-own-side', input, async (h) => {
      await openTask(h, 'keputusan-puo-tujuan');
      const wrong = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-tujuan', actorNip: p.kepalaBappeda, decision: 'approve' }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pati lampiran B.2.b.2.b' });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-tujuan', actorNip: p.kabidPerencanaan, decision: 'approve' }] });
      await openTask(h, 'penyampaian-persetujuan');
      const again = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-tujuan', actorNip: p.kabidPerencanaan, decision: 'refuse', reasons: 'berubah pikiran' }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.pranataKomputer1 }] });
      const twice = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'penyampaian-persetujuan', actorNip: p.pranataKomputer1 }] }));
      expect(twice).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      await openTask(h, 'keputusan-ppk');
      const noReasons = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'refuse', reasons: '  ' }] }));
      expect(noReasons).toMatchObject({ code: 'REASONS_REQUIRED', citation: 'pati lampiran B.2.b.2.b, B.2.a.2.d', fields: [{ field: 'reasons' }] });
      // Pati words no standard reasons.
      const standard = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'refuse', alasan: 'tim-penuh' }] }));
      expect(standard).toMatchObject({ code: 'UNKNOWN_REASON', fields: [{ field: 'alasan' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'refuse', reasons: 'target kinerja bidang sendiri belum tercapai' }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('refused');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'dilaksanakan', 'ditolak']);
    expect(result.documents).toEqual([]);
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'ditolak', recipient_nip: p.pranataKomputer1, message: expect.stringContaining('target kinerja bidang sendiri belum tercapai') },
    ]);
  });

  it('pasuruan: the own PPK approves first; the employee withdraws while forwarding is pending', async () => {
    const p = demoPeople('pasuruan');
    const input = await planSukarelaCase(suite.db.pool, 'pasuruan', caseId('pasuruan'));
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([
      ['persetujuan-ppk', p.kabidAptika],
      ['keputusan-kepala-uo-tujuan', p.kepalaBappeda],
      ['penyampaian-persetujuan', p.pranataKomputer1],
      ['keputusan-kepala-uo-asal', p.kadisKominfo],
    ]);
    const result = await scenario('pasuruan-withdrawn', input, async (h) => {
      await openTask(h, 'persetujuan-ppk');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-ppk', actorNip: p.kabidAptika, decision: 'approve' }] });
      await openTask(h, 'keputusan-kepala-uo-tujuan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-kepala-uo-tujuan', actorNip: p.kepalaBappeda, decision: 'approve' }] });
      await openTask(h, 'penyampaian-persetujuan');
      const other = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.kabidAptika }] }));
      expect(other).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: 'pasuruan lampiran I B.2.B' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.pranataKomputer1, reasons: 'beban kerja unit sendiri meningkat' }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('withdrawn');
    expect(result.outcome?.reasons).toBe('beban kerja unit sendiri meningkat');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'disetujui', 'ditarik']);
    expect(result.tasks.find((t) => t.id === 'penyampaian-persetujuan')?.status).toBe('cancelled');
  });

  it('pasuruan: the Kepala Unit Organisasi dituju refuses in writing, with the reasons (lampiran I B.2.B.2.e)', async () => {
    const p = demoPeople('pasuruan');
    const input = await planSukarelaCase(suite.db.pool, 'pasuruan', caseId('pasuruan'));
    const reasons = 'kebutuhan kompetensi pengolahan data telah terpenuhi oleh pegawai Bappeda';
    const result = await scenario('pasuruan-refused', input, async (h) => {
      await openTask(h, 'persetujuan-ppk');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'persetujuan-ppk', actorNip: p.kabidAptika, decision: 'approve' }] });
      await openTask(h, 'keputusan-kepala-uo-tujuan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-kepala-uo-tujuan', actorNip: p.kepalaBappeda, decision: 'refuse', reasons }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('refused');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'ditolak', 'diterbitkan']);
    const letter = await documentData(input.caseId, 'penolakan-permohonan');
    expect(letter.nomor).toMatch(/^800\/\d+\/423\.060\/\d{4}$/);
    expect(letter.data).toMatchObject({
      title: 'SURAT PENOLAKAN PERMOHONAN PENGAJUAN SUKARELA', hal: 'Penolakan Permohonan Pengajuan Sukarela', butir: [reasons],
      yth: { nip: p.pranataKomputer1 }, penandatangan: { nip: p.kepalaBappeda }, tembusan: ['Kepala Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika'],
      citation: 'pasuruan lampiran I B.2.B.2.e',
    });
    expect(letter.data.pembuka).toContain('permohonan Saudara tidak dapat kami setujui, dengan alasan:');
    expect(await delivered(input.caseId)).toEqual(expect.arrayContaining([
      { kind: 'diterbitkan', recipient_nip: p.pranataKomputer1, message: expect.stringContaining('SURAT PENOLAKAN PERMOHONAN PENGAJUAN SUKARELA') },
    ]));
  });

  it('an employee who never forwards the approval gets reminders, then their superior is told, then it expires', async () => {
    const p = demoPeople('pati');
    const input = await planSukarelaCase(suite.db.pool, 'pati', caseId('pati'));
    const result = await scenario('pati-expired', input, async (h) => {
      await openTask(h, 'keputusan-puo-tujuan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo-tujuan', actorNip: p.kabidPerencanaan, decision: 'approve' }] });
      return h.result() as Promise<CaseView>;
    });
    expect(result.status).toBe('expired');
    expect(result.outcome).toMatchObject({ citation: 'pati lampiran B.2.b.2.b' });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    const { rows } = await suite.db.pool.query("SELECT kind, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'penyampaian-persetujuan' ORDER BY seq, recipient_nip", [input.caseId]);
    expect(rows).toEqual([
      { kind: 'pengingat', recipient_nip: p.pranataKomputer1 },
      { kind: 'pengingat', recipient_nip: p.pranataKomputer1 },
      // The last reminder also reaches the employee's superior, the Kepala Bidang.
      ...[p.pranataKomputer1, p.kabidAptika].sort().map((nip) => ({ kind: 'eskalasi', recipient_nip: nip })),
    ]);
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'kedaluwarsa', recipient_nip: p.pranataKomputer1, message: expect.stringContaining('bukan penolakan') },
    ]);
  });
});
