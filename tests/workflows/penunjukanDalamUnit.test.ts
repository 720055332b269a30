// P1 workflow on the time-skipping test server with real activities against PostgreSQL.
import type { WorkflowHandle } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { loadOrg } from '../../db/masterData';
import { demoPeople } from '../../demo/masterData';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import type { CaseView } from '../../domain/kasus';
import { involves, plan, type PenunjukanDalamUnitInput, type PermintaanPenunjukan } from '../../procedures/penunjukanDalamUnit/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { acknowledgeUpdate, caseQuery, decideUpdate, TASK_QUEUE, withdrawUpdate } from '../../workflows/shared';
import { DEADLINES, openTask, refusalOf } from '../support/cases';
import { testLogger } from '../support/logger';
import { delivered as deliveredIn, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: PenunjukanDalamUnitInput) => Promise<CaseView>>;
const scenario = <T>(name: string, input: PenunjukanDalamUnitInput, body: (h: Handle) => Promise<T>) =>
  suite.scenario('penunjukanDalamUnit', name, input, (h) => body(h as Handle));
const delivered = (id: string) => deliveredIn(suite.db, id);

async function planP1(region: Region, over: Partial<PermintaanPenunjukan> = {}, actor = pengusul(region)) {
  const req = penunjukanDalamUnit(region, over);
  const { nips, staffOf } = involves(req);
  const org = await loadOrg(suite.db.pool, region, [actor, ...nips], staffOf);
  return plan(PROFILES[region], org, req, { caseId: `${region}-p1-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES });
}

describe('penunjukan dalam unit (P1)', () => {
  it('bengkalis: the PPK proposes, the Pimpinan PD appoints, the Surat Tugas is issued and acknowledged', async () => {
    const p = demoPeople('bengkalis');
    const input = await planP1('bengkalis');
    expect(input.pemohon).toMatchObject({ nip: p.kabidAptika, citation: 'bengkalis lampiran BAB I §II.B.1.a' });
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([['keputusan-pimpinan-pd', p.kadisKominfo]]);
    const result = await scenario('bengkalis-approved', input, async (h) => {
      await openTask(h, 'keputusan-pimpinan-pd');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pimpinan-pd', actorNip: p.kadisKominfo, decision: 'approve' }] });
      expect((await h.query(caseQuery)).assignedEmployee?.nip).toBe(p.pranataKomputer1);
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['diajukan', p.kabidAptika], ['disetujui', p.kadisKominfo], ['diterbitkan', p.kadisKominfo], ['diterima', p.pranataKomputer1],
    ]);
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/SPT\/DISKOMINFOTIK\/\d{4}$/);
    expect(await delivered(input.caseId)).toEqual(
      [p.kabidAptika, p.pranataKomputer1].sort().map((nip) => ({ kind: 'diterbitkan', recipient_nip: nip, message: expect.stringContaining('SURAT TUGAS Nomor') })),
    );
  });

  it('banjar: the PUO appoints directly; the Surat Tugas is issued at once and can no longer be withdrawn', async () => {
    const p = demoPeople('banjar');
    const input = await planP1('banjar');
    expect(input.steps).toEqual([]);
    const result = await scenario('banjar-direct', input, async (h) => {
      await openTask(h, 'tanda-terima');
      const late = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.kadisKominfo }] }));
      expect(late).toMatchObject({ code: 'NOT_WITHDRAWABLE', kind: 'conflict' });
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => [e.action, e.actor?.nip, e.citation])).toEqual([
      ['diajukan', p.kadisKominfo, 'banjar lampiran II.B.1.a, pasal 14(3)'],
      ['diterbitkan', p.kadisKominfo, 'banjar pasal 14(3), lampiran IV'],
      ['diterima', p.pranataKomputer1, 'banjar pasal 14(3), lampiran IV'],
    ]);
    expect(result.documents[0].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
  });

  it('pasuruan: the PPK appoints directly; the Surat Tugas is signed by the PUO in the PD\'s register', async () => {
    const p = demoPeople('pasuruan');
    const input = await planP1('pasuruan');
    expect(input.steps).toEqual([]);
    const result = await scenario('pasuruan-direct', input, async (h) => {
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
      return h.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['diajukan', p.kabidAptika], ['diterbitkan', p.kadisKominfo], ['diterima', p.pranataKomputer1],
    ]);
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/423\.115\/\d{4}$/);
  });

  it('pati by criteria: the PUO proposes, only the PPK decides, with reasons to refuse, choosing among the unit\'s candidates', async () => {
    const p = demoPeople('pati');
    const input = await planP1('pati', { pegawai: undefined, kriteria: { jenisJabatan: 'fungsional', namaJabatan: 'Pranata Komputer' } });
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([['keputusan-ppk', p.kabidAptika]]);
    const result = await scenario('pati-criteria', input, async (h) => {
      const task = await openTask(h, 'keputusan-ppk');
      expect(task.candidates?.map((c) => c.nip).sort()).toEqual([p.pranataKomputer1, p.pranataKomputer2].sort());
      const wrong = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kadisKominfo, decision: 'approve', employeeNip: p.pranataKomputer2 }] }));
      expect(wrong).toMatchObject({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: 'pati lampiran B.2, pasal 8(4)' });
      const noReasons = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'refuse' }] }));
      expect(noReasons).toMatchObject({ code: 'REASONS_REQUIRED', kind: 'invalid', citation: 'pati lampiran B.2.a.2.d', fields: [{ field: 'reasons' }] });
      const noKedudukan = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'approve', employeeNip: p.tanpaKedudukan }] }));
      expect(noKedudukan).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'pati lampiran B.2.a' });
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'approve', employeeNip: p.pranataKomputer2 }] });
      const again = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: p.kabidAptika, decision: 'refuse', reasons: 'berubah pikiran' }] }));
      expect(again).toMatchObject({ code: 'STEP_CLOSED', kind: 'conflict' });
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer2 }] });
      return h.result();
    });
    expect(result).toMatchObject({ status: 'issued', assignedEmployee: { nip: p.pranataKomputer2 } });
    // Only accepted messages are in history.
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima']);
    expect(result.documents[0].nomor).toMatch(/^800\/\d+\/DINKOMINFO\.APTIKA\/\d{4}$/);
  });

  it('pati: a Kepala Bidang who is PUO and PPK appoints by the request itself, with no step to himself', async () => {
    const p = demoPeople('pati');
    const input = await planP1('pati', {}, p.kabidAptika);
    expect(input.steps).toEqual([]);
    expect(input.subject.catatan).toContain('the request is the appointment');
    expect(input.documents[0].signatory.nip).toBe(p.kabidAptika);
    // A direct appointment names the employee: criteria need an official who chooses.
    await expect(planP1('pati', { pegawai: undefined, kriteria: { jenisJabatan: 'fungsional' } }, p.kabidAptika))
      .rejects.toMatchObject({ refusal: { code: 'EMPLOYEE_REQUIRED', fields: [{ field: 'pegawai' }] } });
  });

  it('bengkalis: a refusal carries its reasons to the proposing PPK', async () => {
    const p = demoPeople('bengkalis');
    const input = await planP1('bengkalis');
    const result = await scenario('bengkalis-refused', input, async (h) => {
      await openTask(h, 'keputusan-pimpinan-pd');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pimpinan-pd', actorNip: p.kadisKominfo, decision: 'refuse', reasons: 'pegawai sedang ditugaskan pada target prioritas' }] });
      return h.result();
    });
    expect(result.status).toBe('refused');
    expect(result.outcome).toMatchObject({ reasons: 'pegawai sedang ditugaskan pada target prioritas', citation: 'bengkalis lampiran BAB I §II.B.1.b.4' });
    expect(result.documents).toEqual([]);
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'ditolak', recipient_nip: p.kabidAptika, message: expect.stringContaining('pegawai sedang ditugaskan pada target prioritas') },
    ]);
  });

  it('pati: the proposing PUO, and only they, withdraws while the decision is pending', async () => {
    const p = demoPeople('pati');
    const input = await planP1('pati');
    await scenario('pati-withdrawn', input, async (h) => {
      await openTask(h, 'keputusan-ppk');
      const other = await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.kabidAptika }] }));
      expect(other).toMatchObject({ code: 'NOT_REQUESTER', kind: 'forbidden' });
      await h.executeUpdate(withdrawUpdate, { args: [{ actorNip: p.kadisKominfo, reasons: 'target dialihkan' }] });
      const result = await h.result();
      expect(result.status).toBe('withdrawn');
      expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'ditarik']);
      expect(result.tasks[0].status).toBe('cancelled');
    });
  });

  it('bengkalis: an undecided proposal gets reminders, an escalation, then expires (never a refusal)', async () => {
    const p = demoPeople('bengkalis');
    const input = await planP1('bengkalis');
    const result = await scenario('bengkalis-expired', input, async (h) => h.result());
    expect(result.status).toBe('expired');
    expect(result.outcome?.reasons).toBeUndefined();
    expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'pengingat', 'pengingat', 'eskalasi', 'kedaluwarsa']);
    const { rows } = await suite.db.pool.query("SELECT kind, recipient_nip FROM notifications WHERE case_id = $1 AND task_id = 'keputusan-pimpinan-pd' ORDER BY seq, recipient_nip", [input.caseId]);
    expect(rows).toEqual([
      { kind: 'pengingat', recipient_nip: p.kadisKominfo },
      { kind: 'pengingat', recipient_nip: p.kadisKominfo },
      // The Kepala Dinas, his superior the Sekretaris Daerah, and the proposing PPK.
      ...[p.kadisKominfo, p.sekda, p.kabidAptika].sort().map((nip) => ({ kind: 'eskalasi', recipient_nip: nip })),
    ]);
    expect(await delivered(input.caseId)).toEqual([
      { kind: 'kedaluwarsa', recipient_nip: p.kabidAptika, message: expect.stringContaining('bukan penolakan') },
    ]);
  });

  describe('the work of the issued Surat Tugas continues as its own case (P7)', () => {
    it('bengkalis: acknowledged, the siklus kinerja starts for the employee with the cadence the request set; the Pimpinan PD agrees the plan', async () => {
      const p = demoPeople('bengkalis');
      const input = { ...(await planP1('bengkalis')), siklusKinerja: { laporan: { setiapHari: 7, batasHari: 3 } } };
      await scenario('bengkalis-siklus', input, async (h) => {
        await openTask(h, 'keputusan-pimpinan-pd');
        await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-pimpinan-pd', actorNip: p.kadisKominfo, decision: 'approve' }] });
        await openTask(h, 'tanda-terima');
        await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
        const result = await h.result();
        expect(result).toMatchObject({ status: 'issued', siklusKinerja: expect.stringMatching(/^bengkalis-p7-/) });
        // The assignment's own record is unchanged: the cycle is a case of its own that opens with it.
        expect(result.timeline.map((e) => e.action)).toEqual(['diajukan', 'disetujui', 'diterbitkan', 'diterima']);
        const cycle = suite.env.client.workflow.getHandle(result.siklusKinerja!);
        const rencana = await openTask(cycle, 'rencana-1');
        expect(rencana).toMatchObject({ kind: 'tindakan', assignee: { nip: p.pranataKomputer1 }, citation: 'bengkalis lampiran BAB I §II.C.1' });
        const view = (await cycle.query(caseQuery)) as CaseView<{ penugasan: { caseId: string }; laporan: { setiapHari: number; batasHari: number; jumlah: number } }>;
        expect(view).toMatchObject({ procedure: 'siklus-kinerja', pemohon: { nip: p.pranataKomputer1 }, subject: { penugasan: { caseId: input.caseId }, laporan: { setiapHari: 7, batasHari: 3, jumlah: 12 } } });
        expect(view.timeline[0]).toMatchObject({ action: 'diajukan', notes: expect.stringContaining(input.caseId) });
        // Its projection is there for the inbox: the employee sees the plan due.
        expect((await suite.db.pool.query("SELECT 1 FROM tasks WHERE case_id = $1 AND task_id = 'rencana-1' AND assignee_nip = $2", [view.caseId, p.pranataKomputer1])).rowCount).toBe(1);
        // Its start run again, as a retried local activity does with the assignment it had: the same cycle, not a second one.
        const { runId } = await cycle.describe();
        const activities = createActivities({ pool: suite.db.pool, log: testLogger(), temporal: suite.env.client });
        const again = await new MockActivityEnvironment({ taskQueue: TASK_QUEUE }).run(activities.mulaiSiklusKinerja, { penugasan: { ...result, siklusKinerja: undefined }, pengaturan: input.siklusKinerja });
        expect(again).toEqual({ caseId: result.siklusKinerja });
        expect((await cycle.describe()).runId).toBe(runId);
        expect(await openTask(cycle, 'rencana-1')).toMatchObject({ assignee: { nip: p.pranataKomputer1 } });
      });
    });

    it('a cycle that cannot be planned (a cadence longer than the period) is recorded with its article, the Surat Tugas standing', async () => {
      const p = demoPeople('banjar');
      const input = { ...(await planP1('banjar')), siklusKinerja: { laporan: { setiapHari: 100, batasHari: 7 } } };
      const result = await scenario('banjar-siklus-refused', input, async (h) => {
        await openTask(h, 'tanda-terima');
        await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: p.pranataKomputer1 }] });
        return h.result();
      });
      expect(result.status).toBe('issued');
      expect(result.siklusKinerja).toBeUndefined();
      expect(result.timeline.at(-1)).toMatchObject({ action: 'dicatat', role: 'sistem', citation: 'banjar pasal 16', notes: expect.stringMatching(/^siklus kinerja tidak dimulai: a report every 100 days does not fit a 87-day period/) });
    });
  });
});
