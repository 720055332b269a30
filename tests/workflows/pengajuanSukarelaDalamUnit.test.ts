// P4 workflow on the time-skipping test server with real activities against PostgreSQL.
import type { WorkflowHandle } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../db/masterData';
import type { CaseView } from '../../domain/kasus';
import { demoPeople } from '../../demo/masterData';
import { pengajuanSukarela, sukarelawan } from '../../demo/pengajuanSukarelaDalamUnit';
import { involves, plan, type PengajuanSukarela, type PengajuanSukarelaDalamUnitInput } from '../../procedures/pengajuanSukarelaDalamUnit/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { acknowledgeUpdate, completeUpdate, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { DEADLINES, openTask, refusalOf } from '../support/cases';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: PengajuanSukarelaDalamUnitInput) => Promise<CaseView>>;
const scenario = <T>(name: string, input: PengajuanSukarelaDalamUnitInput, body: (h: Handle) => Promise<T>) =>
  suite.scenario('pengajuanSukarelaDalamUnit', name, input, (h) => body(h as Handle));
const delivered = (id: string) => deliveredIn(suite.db, id);

/** The demo wish as the API would plan it: sent by `actor` (default: the volunteer herself). */
async function planWish(region: Region, opts: { actor?: string; over?: Partial<PengajuanSukarela> } = {}) {
  const req = pengajuanSukarela(region, opts.over);
  const actor = opts.actor ?? sukarelawan(region);
  const org = await loadOrg(suite.db.pool, region, [actor, ...involves(req).nips]);
  return plan(PROFILES[region], org, req, { caseId: `${region}-p4-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES });
}

describe('pengajuan sukarela dalam unit (P4)', () => {
  it('banjar: the employee states her wish, the PUO approves, the Surat Tugas is issued and she acknowledges it', async () => {
    const p = demoPeople('banjar');
    const input = await planWish('banjar');
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([['keputusan-puo', p.kadisKominfo]]);
    const result = await scenario('banjar-approved', input, async (h) => {
      await openTask(h, 'keputusan-puo');
      const decided = await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo', actorNip: p.kadisKominfo, decision: 'approve', notes: 'sesuai kompetensi' }] });
      expect(decided.status).toBe('issuing');
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer2 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.outcome).toMatchObject({ citation: 'banjar lampiran II.B.2.a.3' });
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.timeline.map((e) => [e.action, e.actor?.nip, e.citation])).toEqual([
      ['diajukan', p.pranataKomputer2, 'banjar lampiran II.B.2.a.1'],
      ['disetujui', p.kadisKominfo, 'banjar lampiran II.B.2.a.2'],
      ['diterbitkan', p.kadisKominfo, 'banjar lampiran II.B.2.a.2, pasal 14(3), lampiran IV'],
      ['diterima', p.pranataKomputer2, 'banjar lampiran II.B.2.a.3'],
    ]);
    expect(result.timeline[0].atasNama).toBeUndefined();
    expect(result.assignedEmployee?.nip).toBe(p.pranataKomputer2);
    expect(result.documents[0].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    const { rows } = await suite.db.pool.query("SELECT data FROM documents WHERE case_id = $1 AND kind = 'surat-tugas'", [input.caseId]);
    expect(rows[0].data).toMatchObject({ kepada: [{ nip: p.pranataKomputer2, pangkat: 'Penata (III/c)' }], penandatangan: { nip: p.kadisKominfo } });
    expect(rows[0].data.untuk[0]).toBe('Melaksanakan kinerja pada Dinas Komunikasi dan Informatika: pengembangan aplikasi layanan pengaduan masyarakat terpadu');
    // The requester is the employee: the issued Surat Tugas reaches her once.
    expect(await delivered(input.caseId)).toEqual([{ kind: 'diterbitkan', recipient_nip: p.pranataKomputer2, message: expect.stringContaining('SURAT TUGAS Nomor') }]);
  });

  it('pasuruan: the PPK records her oral wish, the Kepala UO approves, she receives the Surat Tugas and reports the result', async () => {
    const p = demoPeople('pasuruan');
    const input = await planWish('pasuruan', { actor: p.kabidAptika, over: { pegawai: p.pranataKomputer2, lisan: true } });
    expect(input.pemohon.nip).toBe(p.pranataKomputer2);
    expect(input.laporan?.to?.map((o) => o.nip)).toEqual([p.kadisKominfo, p.kabidAptika]);
    const result = await scenario('pasuruan-oral-reported', input, async (h) => {
      await openTask(h, 'keputusan-kepala-uo');
      // The PPK heard the wish but does not decide it: the Kepala Unit Organisasi does.
      const ppk = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-kepala-uo', actorNip: p.kabidAptika, decision: 'approve' }] }));
      expect(ppk).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pasuruan lampiran I B.2.B.1.b' });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-kepala-uo', actorNip: p.kadisKominfo, decision: 'approve' }] });
      await openTask(h, 'tanda-terima');
      const early = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-hasil', actorNip: p.pranataKomputer2, isi: 'selesai' }] }));
      expect(early).toMatchObject({ code: 'TASK_NOT_FOUND' });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer2 }] });
      const task = await openTask(h, 'laporan-hasil');
      expect(task).toMatchObject({ kind: 'tindakan', assignee: { nip: p.pranataKomputer2 }, citation: 'pasuruan lampiran I B.2.B.1.d' });
      const other = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-hasil', actorNip: p.kadisKominfo, isi: 'laporan' }] }));
      expect(other).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pasuruan lampiran I B.2.B.1.d' });
      const empty = await refusalOf(h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-hasil', actorNip: p.pranataKomputer2, isi: ' ' }] }));
      expect(empty).toMatchObject({ code: 'CONTENT_REQUIRED', kind: 'invalid', fields: [{ field: 'isi' }] });
      const decide = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'laporan-hasil', actorNip: p.pranataKomputer2, decision: 'approve' }] }));
      expect(decide).toMatchObject({ code: 'NOT_A_DECISION', kind: 'conflict' });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: 'laporan-hasil', actorNip: p.pranataKomputer2, isi: 'Aplikasi pengaduan telah diuji dan dipakai tiga kelurahan' }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.outcome).toMatchObject({ citation: 'pasuruan lampiran I B.2.B.1.d' });
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.subject).toMatchObject({ lisan: true, dicatatOleh: { nip: p.kabidAptika }, pegawai: { nip: p.pranataKomputer2 } });
    // Who recorded it, and whose wish it is.
    expect(result.timeline[0]).toMatchObject({
      action: 'diajukan', actor: { nip: p.kabidAptika }, role: 'Pejabat Penilai Kinerja pegawai', atasNama: { nip: p.pranataKomputer2 },
      citation: 'pasuruan lampiran I B.2.B.1.a', notes: 'disampaikan secara lisan',
    });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima', 'dilaksanakan']);
    expect(result.timeline.at(-1)).toMatchObject({ actor: { nip: p.pranataKomputer2 }, notes: 'Aplikasi pengaduan telah diuji dan dipakai tiga kelurahan' });
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/423\.115\/\d{4}$/);
    // The report reaches the Kepala UO and the PPK.
    const { rows } = await suite.db.pool.query("SELECT recipient_nip, message FROM notifications WHERE case_id = $1 AND kind = 'disampaikan' ORDER BY recipient_nip", [input.caseId]);
    expect(rows).toEqual([p.kadisKominfo, p.kabidAptika].sort().map((nip) => ({ recipient_nip: nip, message: expect.stringContaining('dipakai tiga kelurahan') })));
  });

  it('bengkalis: a refusal needs reasons; refused with reasons, it reaches the employee', async () => {
    const p = demoPeople('bengkalis');
    const input = await planWish('bengkalis');
    const result = await scenario('bengkalis-refused', input, async (h) => {
      await openTask(h, 'keputusan');
      const wrong = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: p.kabidAptika, decision: 'approve' }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'bengkalis lampiran BAB I §II.B.2.1.b' });
      const noReasons = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: p.kadisKominfo, decision: 'refuse' }] }));
      expect(noReasons).toMatchObject({ code: 'REASONS_REQUIRED', kind: 'invalid', citation: 'bengkalis lampiran BAB II form 3', fields: [{ field: 'reasons' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: p.kadisKominfo, decision: 'refuse', reasons: 'tim pengembang aplikasi sudah lengkap' }] });
      return h.result();
    });
    expect(result.status).toBe('refused');
    expect(result.outcome).toMatchObject({ reasons: 'tim pengembang aplikasi sudah lengkap', citation: 'bengkalis lampiran BAB II form 3' });
    expect(result.documents).toEqual([]);
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'ditolak', recipient_nip: p.pranataKomputer2, message: expect.stringContaining('tim pengembang aplikasi sudah lengkap') },
    ]);
  });

  it('pati: a decided step answers STEP_CLOSED while the case waits for the receipt, which only the employee gives', async () => {
    const p = demoPeople('pati');
    const input = await planWish('pati');
    const result = await scenario('pati-approved', input, async (h) => {
      await openTask(h, 'keputusan-puo');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo', actorNip: p.kadisKominfo, decision: 'approve' }] });
      await openTask(h, 'tanda-terima');
      const again = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-puo', actorNip: p.kadisKominfo, decision: 'refuse', reasons: 'berubah pikiran' }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict', citation: 'pati lampiran B.2.b.1.b' });
      const late = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.pranataKomputer2 }] }));
      expect(late).toMatchObject({ code: 'NOT_WITHDRAWABLE', kind: 'conflict' });
      const wrongReader = await refusalOf(h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] }));
      expect(wrongReader).toMatchObject({ code: 'NOT_ADDRESSEE', kind: 'forbidden', citation: 'pati lampiran B.2.b.1.c' });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer2 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/DINKOMINFO\/\d{4}$/);
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima']);
  });

  it('banjar: the PUO records an oral wish; only the employee may withdraw it while it is pending', async () => {
    const p = demoPeople('banjar');
    const input = await planWish('banjar', { actor: p.kadisKominfo, over: { pegawai: p.pranataKomputer2, lisan: true } });
    await scenario('banjar-oral-withdrawn', input, async (h) => {
      await openTask(h, 'keputusan-puo');
      const recorder = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.kadisKominfo }] }));
      expect(recorder).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden', citation: 'banjar lampiran II.B.2.a.1' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.pranataKomputer2, reasons: 'beban kerja bidang sedang tinggi' }] });
      const result = await h.result();
      expect(result.status).toBe('withdrawn');
      expect(result.outcome).toMatchObject({ reasons: 'beban kerja bidang sedang tinggi' });
      expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([['diajukan', p.kadisKominfo], ['ditarik', p.pranataKomputer2]]);
      expect(result.tasks[0].status).toBe('cancelled');
    });
  });

  it('pati: an undecided wish gets reminders, an escalation to the PUO\'s superior and the employee, then expires', async () => {
    const p = demoPeople('pati');
    const input = await planWish('pati');
    const result = await scenario('pati-expired', input, async (h) => h.result());
    expect(result.status).toBe('expired');
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    const { rows } = await suite.db.pool.query("SELECT kind, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'keputusan-puo' ORDER BY seq, recipient_nip", [input.caseId]);
    expect(rows).toEqual([
      { kind: 'pengingat', recipient_nip: p.kadisKominfo },
      { kind: 'pengingat', recipient_nip: p.kadisKominfo },
      ...[p.kadisKominfo, p.sekda, p.pranataKomputer2].sort().map((nip) => ({ kind: 'eskalasi', recipient_nip: nip })),
    ]);
    expect(await delivered(input.caseId)).toEqual([{ kind: 'kedaluwarsa', recipient_nip: p.pranataKomputer2, message: expect.stringContaining('bukan penolakan') }]);
  });

  it('pasuruan: a laporan hasil never sent gets reminders, an escalation to the Kepala UO and PPK, and is recorded on the issued case', async () => {
    const p = demoPeople('pasuruan');
    const input = await planWish('pasuruan');
    const result = await scenario('pasuruan-report-expired', input, async (h) => {
      await openTask(h, 'keputusan-kepala-uo');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-kepala-uo', actorNip: p.kadisKominfo, decision: 'approve' }] });
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer2 }] });
      return h.result(); // time skips through the 7 days the report step is open
    });
    expect(result.status).toBe('issued');
    expect(result.outcome).toMatchObject({ citation: 'pasuruan lampiran I B.2.B.1.d', reasons: 'Laporan hasil pelaksanaan kinerja tidak disampaikan dalam batas waktu' });
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    expect(result.tasks.find((t) => t.id === 'laporan-hasil')).toMatchObject({ status: 'expired', remindersSent: 3 });
    const { rows } = await suite.db.pool.query("SELECT recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'laporan-hasil' AND kind = 'eskalasi' ORDER BY recipient_nip", [input.caseId]);
    expect(rows.map((r) => r.recipient_nip)).toEqual([p.kadisKominfo, p.kabidAptika, p.pranataKomputer2].sort());
  });
});
