// P2 workflow on the time-skipping test server with real activities against PostgreSQL.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { PenunjukanLintasUnitInput } from '../../procedures/penunjukanLintasUnit/plan';
import type { CaseView } from '../../domain/kasus';
import { acknowledgeUpdate, caseQuery, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { openTask, planDemoCase, refusalOf } from '../support/cases';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';
import type { WorkflowHandle } from '@temporalio/client';

const suite = workflowSuite();
const scenario = <T>(name: string, input: PenunjukanLintasUnitInput, body: (h: Promise<WorkflowHandle<(i: PenunjukanLintasUnitInput) => Promise<CaseView>>>) => Promise<T>) =>
  suite.scenario('penunjukanLintasUnit', name, input, (h) => body(Promise.resolve(h as WorkflowHandle<(i: PenunjukanLintasUnitInput) => Promise<CaseView>>)));
const delivered = (id: string) => deliveredIn(suite.db, id);

const caseId = (region: string) => `${region}-p2-test-${randomUUID()}`;

describe('penunjukan lintas unit (P2)', () => {
  it('banjar: PUO recommends, PPK approves, Surat Tugas and Keputusan Sekda issued, employee acknowledges', async () => {
    const people = demoPeople('banjar');
    const input = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'));
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([
      ['rekomendasi-puo', people.kadisKominfo],
      ['keputusan-ppk', people.kabidAptika],
    ]);
    const result = await scenario('banjar-approved', input, async (started) => {
      const h = await started;
      await openTask(h, 'rekomendasi-puo');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve', notes: 'kompetensi sesuai' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] });
      expect((await h.query(caseQuery)).assignedEmployee?.nip).toBe(people.pranataKomputer1);
      await openTask(h, 'tanda-terima'); // documents are issued first
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.pranataKomputer1 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan', 'disetujui', 'diterbitkan', 'diterbitkan', 'diterima']);
    expect(result.documents.map((d) => d.kind)).toEqual(['surat-tugas', 'keputusan-sekda']);
    expect(result.documents[0].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    const approval = result.timeline.find((e) => e.action === 'disetujui')!;
    expect(approval).toMatchObject({ actor: { nip: people.kabidAptika }, citation: 'banjar lampiran II.B.1.b.2' });
    const { rows } = await suite.db.pool.query('SELECT status, version FROM cases WHERE case_id = $1', [input.caseId]);
    expect(rows[0]).toMatchObject({ status: 'issued', version: result.version });
    expect(await delivered(input.caseId)).toEqual([
      ...[people.kepalaBappeda, people.pranataKomputer1].sort().map((nip) => ({ kind: 'diterbitkan', recipient_nip: nip, message: expect.stringContaining('SURAT TUGAS Nomor') })),
    ]);
  });

  it('refuses a refusal without reasons before it enters history, then records the refusal with reasons', async () => {
    const people = demoPeople('bengkalis');
    const input = await planDemoCase(suite.db.pool, 'bengkalis', caseId('bengkalis'));
    const result = await scenario('bengkalis-refused', input, async (started) => {
      const h = await started;
      await openTask(h, 'keputusan');
      const noReasons = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: people.kadisKominfo, decision: 'refuse' }] }));
      expect(noReasons).toMatchObject({ code: 'REASONS_REQUIRED', kind: 'invalid', citation: 'bengkalis lampiran BAB I §II.B.1.b.4', fields: [{ field: 'reasons' }] });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: people.kadisKominfo, decision: 'refuse', reasons: 'pegawai sedang menangani proyek prioritas' }] });
      return h.result();
    });
    expect(result.status).toBe('refused');
    expect(result.outcome).toMatchObject({ reasons: 'pegawai sedang menangani proyek prioritas', citation: 'bengkalis lampiran BAB I §II.B.1.b.4' });
    expect(result.documents).toEqual([]);
    // The refusal reaches the requester with its reasons.
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'ditolak', recipient_nip: input.pemohon.nip, message: expect.stringContaining('pegawai sedang menangani proyek prioritas') },
    ]);
  });

  it('answers a wrong official with NOT_ASSIGNEE and a second decision with STEP_CLOSED', async () => {
    const people = demoPeople('pati');
    const input = await planDemoCase(suite.db.pool, 'pati', caseId('pati'));
    await scenario('pati-wrong-official', input, async (started) => {
      const h = await started;
      await openTask(h, 'rekomendasi-puo');
      const wrong = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kabidAptika, decision: 'approve' }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pati lampiran B.2.a.2.c' });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
      await openTask(h, 'keputusan-ppk');
      const again = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'refuse', reasons: 'berubah pikiran' }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      const notEligible = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve', employeeNip: people.pranataKomputer2 }] }));
      expect(notEligible).toMatchObject({ code: 'EMPLOYEE_NOT_REQUESTED', kind: 'unprocessable' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: input.pemohon.nip, reasons: 'kebutuhan dipenuhi internal' }] });
      const result = await h.result();
      expect(result.status).toBe('withdrawn');
      // Only the accepted messages are in history: one recommendation and the withdrawal.
      expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan', 'ditarik']);
    });
  });

  it('only the requester may withdraw', async () => {
    const people = demoPeople('pasuruan');
    const input = await planDemoCase(suite.db.pool, 'pasuruan', caseId('pasuruan'));
    await scenario('pasuruan-withdrawn', input, async (started) => {
      const h = await started;
      await openTask(h, 'rekomendasi-ppk');
      const other = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: people.kadisKominfo }] }));
      expect(other).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: people.kepalaBappeda }] });
      expect((await h.result()).status).toBe('withdrawn');
    });
  });

  it('a waiting case answers the stack-trace query, each stack of the sandbox\'s five frames (services/workflowSandbox.ts) naming where it waits', async () => {
    const people = demoPeople('bengkalis');
    const input = await planDemoCase(suite.db.pool, 'bengkalis', caseId('bengkalis'));
    await scenario('bengkalis-stack-trace', input, async (started) => {
      const h = await started;
      await openTask(h, input.steps[0].id);
      const { stacks } = await h.query<{ stacks: { locations: { file_path?: string; function_name?: string }[] }[] }>('__enhanced_stack_trace');
      expect(stacks.length).toBeGreaterThan(0);
      for (const s of stacks) expect(s.locations.length).toBeLessThanOrEqual(5);
      expect(stacks.flatMap((s) => s.locations.map((l) => l.file_path))).toContainEqual(expect.stringContaining('workflows/kernel/'));
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: people.kepalaBappeda }] });
      expect((await h.result()).status).toBe('withdrawn');
    });
  });

  it('criteria request: the PPK chooses among eligible candidates only', async () => {
    const people = demoPeople('banjar');
    const input = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { pegawai: undefined, kriteria: { jenisJabatan: 'fungsional', namaJabatan: 'Pranata Komputer' } });
    await scenario('banjar-criteria', input, async (started) => {
      const h = await started;
      await openTask(h, 'rekomendasi-puo');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
      const task = await openTask(h, 'keputusan-ppk');
      // The Pranata Komputer with a kedudukan; not the Pelaksana, not the one without kedudukan.
      expect(task.candidates?.map((c) => c.nip).sort()).toEqual([people.pranataKomputer1, people.pranataKomputer2].sort());
      const missing = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] }));
      expect(missing).toMatchObject({ code: 'EMPLOYEE_REQUIRED', fields: [{ field: 'employeeNip' }] });
      const noKedudukan = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve', employeeNip: people.tanpaKedudukan }] }));
      expect(noKedudukan).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.B.1.b.3' });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve', employeeNip: people.pranataKomputer2 }] });
      expect((await h.query(caseQuery)).assignedEmployee?.nip).toBe(people.pranataKomputer2);
      await openTask(h, 'tanda-terima');
      const wrongReader = await refusalOf(h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.pranataKomputer1 }] }));
      expect(wrongReader).toMatchObject({ code: 'NOT_ADDRESSEE', kind: 'forbidden' });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: people.pranataKomputer2 }] });
      const result = await h.result();
      expect(result.status).toBe('issued');
      const { rows } = await suite.db.pool.query("SELECT data FROM documents WHERE case_id = $1 AND kind = 'surat-tugas'", [input.caseId]);
      expect(rows[0].data.kepada).toEqual([expect.objectContaining({ nip: people.pranataKomputer2, pangkat: 'Penata (III/c)' })]);
    });
  });

  it('a negative recommendation informs the PPK, who decides; a Surat Tugas never acknowledged still stands', async () => {
    const people = demoPeople('banjar');
    const input = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'));
    const result = await scenario('banjar-unacknowledged', input, async (started) => {
      const h = await started;
      await openTask(h, 'rekomendasi-puo');
      const noReasons = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'refuse' }] }));
      expect(noReasons.code).toBe('REASONS_REQUIRED');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'refuse', reasons: 'beban kerja bidang tinggi' }] });
      await openTask(h, 'keputusan-ppk');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve', notes: 'beban kerja dapat diatur' }] });
      return h.result(); // time skips through the 14 days the employee has to acknowledge
    });
    expect(result.status).toBe('issued');
    expect(result.outcome?.reasons).toBe('tanda terima tidak dikonfirmasi dalam batas waktu');
    expect(result.timeline.map((e) => e.action)).toEqual([
      'diajukan', 'tidak-direkomendasikan', 'disetujui', 'diterbitkan', 'diterbitkan',
      // 14 days, a reminder every 2: days 2-10 remind, day 12 escalates (the next would be past the deadline).
      ...Array(5).fill('pengingat'), 'eskalasi', 'kedaluwarsa',
    ]);
    expect(result.timeline[1]).toMatchObject({ reasons: 'beban kerja bidang tinggi', actor: { nip: people.kadisKominfo } });
    expect(result.documents).toHaveLength(2);
  });

  it('an undecided step gets reminders, an escalation, then expires (never a refusal)', async () => {
    const people = demoPeople('bengkalis');
    const input = await planDemoCase(suite.db.pool, 'bengkalis', caseId('bengkalis'));
    const result = await scenario('bengkalis-expired', input, async (started) => (await started).result());
    expect(result.status).toBe('expired');
    expect(result.outcome?.reasons).toBeUndefined();
    // 7 days, a reminder every 2: days 2 and 4 remind, day 6 escalates to the requester too, day 7 expires.
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    expect(result.tasks[0]).toMatchObject({ status: 'expired', remindersSent: 3 });
    const { rows } = await suite.db.pool.query("SELECT kind, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'keputusan' ORDER BY seq, recipient_nip", [input.caseId]);
    expect(rows).toEqual([
      { kind: 'pengingat', recipient_nip: people.kadisKominfo },
      { kind: 'pengingat', recipient_nip: people.kadisKominfo },
      // The escalation: the assignee, their superior (a Kepala Dinas answers to the Sekda), the requester.
      ...[people.kadisKominfo, people.sekda, people.kepalaBappeda].sort().map((nip) => ({ kind: 'eskalasi', recipient_nip: nip })),
    ]);
    // The expiry reaches the requester, and says it is not a refusal.
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'kedaluwarsa', recipient_nip: people.kepalaBappeda, message: expect.stringContaining('bukan penolakan') },
    ]);
  });
});
