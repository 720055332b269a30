// The team-assignment limits of banjar pasal 9(4)–(5) on P2, on the time-skipping test server with
// the real ledger in PostgreSQL: the approval that puts an employee into a team across units takes
// a slot; the fourth in a performance year is refused with the article, and the case waits on.
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { penugasanOf, reservePenugasan } from '../../db/penugasan';
import type { Penugasan } from '../../domain/batasPenugasan';
import type { CaseView } from '../../domain/kasus';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { acknowledgeUpdate, caseQuery, decideUpdate, withdrawUpdate } from '../../workflows/shared';
import { openTask, planDemoCase, refusalOf } from '../support/cases';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();
const caseId = (region: string) => `${region}-p2-test-${randomUUID()}`;
const timKerja = { nama: 'Tim Kerja Dashboard Perencanaan', peran: 'anggota' as const };

/** Earlier assignments of the employee, as other cases left them in the ledger. */
async function seed(region: Region, nip: string, rows: [Penugasan['lingkup'], string, string][]) {
  const batas = PROFILES.banjar.batasPenugasan;
  for (const [lingkup, mulai, selesai] of rows) {
    const r = await reservePenugasan(suite.db.pool, {
      region, nip, caseId: `${region}-seed-${randomUUID()}`, lingkup, timKerja: { nama: `Tim ${mulai}`, peran: 'anggota' },
      periode: { mulai, selesai }, batas: lingkup === 'lintas' ? batas.lintas! : batas.dalamUnit!, jendelaCitation: 'banjar lampiran I.A.3.a.1',
    }, { kind: 'performance-year' });
    expect(r.ok).toBe(true);
  }
}

async function approveToKeputusan(h: WorkflowHandle, region: Region) {
  const people = demoPeople(region);
  await openTask(h, 'rekomendasi-puo');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
  await openTask(h, 'keputusan-ppk');
}

describe('limits of banjar pasal 9(4)–(5) on P2', () => {
  const people = demoPeople('banjar');
  const nip = people.pranataKomputer1;

  it('counts only this performance year and only assignments across units: the third is reserved, the fourth refused with pasal 9(5)', async () => {
    // Two across units this year; one last year and three inside the unit this year do not count.
    await seed('banjar', nip, [['lintas', '2027-01-04', '2027-02-28'], ['lintas', '2027-07-01', '2027-09-30'], ['lintas', '2026-06-01', '2026-11-30'],
      ['dalam-unit', '2027-01-01', '2027-06-30'], ['dalam-unit', '2027-04-01', '2027-12-31'], ['dalam-unit', '2027-10-01', '2027-12-31']]);

    const third = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { timKerja });
    expect(third.steps.find((s) => s.id === 'keputusan-ppk')!.reserves).toMatchObject([{ lingkup: 'lintas', batas: { maksimalKali: 3, maksimalBulan: 6, citation: 'banjar pasal 9(5)' } }]);
    const issued = await suite.scenario('penunjukanLintasUnit', 'banjar-team-reserved', third, async (h) => {
      await approveToKeputusan(h, 'banjar');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] });
      await openTask(h, 'tanda-terima');
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: nip }] });
      return (await h.result()) as CaseView;
    });
    expect(issued.status).toBe('issued');
    expect((await penugasanOf(suite.db.pool, 'banjar', nip)).find((p) => p.caseId === third.caseId)).toMatchObject({ lingkup: 'lintas', timNama: timKerja.nama, status: 'reserved' });

    const fourth = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { timKerja });
    const view = await suite.scenario('penunjukanLintasUnit', 'banjar-team-limit', fourth, async (h) => {
      await approveToKeputusan(h, 'banjar');
      const refused = await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] }));
      expect(refused).toMatchObject({ code: 'ASSIGNMENT_LIMIT', kind: 'unprocessable', citation: 'banjar pasal 9(5)', fields: [{ field: 'employeeNip' }] });
      expect(refused.message).toContain(third.caseId);
      expect(refused.message).toContain('between 2027-01-01 and 2027-12-31');
      expect(refused.message).not.toContain('2026-06-01');
      // The case stays as it was, awaiting the decision; the PPK refuses with reasons instead.
      const waiting: CaseView = await h.query(caseQuery);
      expect(waiting.status).toBe('awaiting-decision');
      expect(waiting.tasks.find((t) => t.id === 'keputusan-ppk')!.status).toBe('open');
      expect(waiting.timeline.map((e) => e.action)).toEqual(['diajukan', 'direkomendasikan']);
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'refuse', reasons: 'batas penugasan tim kerja lintas unit tahun ini telah tercapai' }] });
      return (await h.result()) as CaseView;
    });
    expect(view.status).toBe('refused');
    expect((await penugasanOf(suite.db.pool, 'banjar', nip)).some((p) => p.caseId === fourth.caseId)).toBe(false);
  });

  it('while the slot is being reserved, a withdrawal or a second decision is refused with DECISION_IN_PROGRESS', async () => {
    const nip2 = people.pranataKomputer2;
    const input = await planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { timKerja, pegawai: nip2 });
    // Another case's reservation for the same employee holds the ledger's lock on them.
    const other = await suite.db.pool.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock(9452024, hashtext($1))', [`banjar:${nip2}`]);
    const view = await suite.scenario('penunjukanLintasUnit', 'banjar-team-in-progress', input, async (h) => {
      await approveToKeputusan(h, 'banjar');
      const approving = h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] });
      for (let i = 0; i < 400 && !(await h.describe()).raw.pendingActivities?.length; i++) await new Promise((r) => setTimeout(r, 25));
      expect(await refusalOf(h.executeUpdate(withdrawUpdate, { args: [{ actorNip: input.pemohon.nip }] }))).toMatchObject({ code: 'DECISION_IN_PROGRESS', kind: 'conflict' });
      expect(await refusalOf(h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'refuse', reasons: 'batal' }] })))
        .toMatchObject({ code: 'DECISION_IN_PROGRESS' });
      await other.query('COMMIT');
      other.release();
      return approving;
    });
    expect(view.status).toBe('issuing');
    expect((await penugasanOf(suite.db.pool, 'banjar', nip2)).map((p) => [p.caseId, p.status])).toEqual([[input.caseId, 'reserved']]);
  });

  it('another region has no limit: the same team request reserves nothing and is approved', async () => {
    const bengkalis = demoPeople('bengkalis');
    await seed('bengkalis', bengkalis.pranataKomputer1, [['lintas', '2027-01-04', '2027-02-28'], ['lintas', '2027-03-01', '2027-04-30'], ['lintas', '2027-05-01', '2027-06-30']]);
    const input = await planDemoCase(suite.db.pool, 'bengkalis', caseId('bengkalis'), { timKerja });
    expect(input.steps.some((s) => s.reserves)).toBe(false);
    const h = await suite.scenario('penunjukanLintasUnit', 'bengkalis-team-unlimited', input, async (h) => {
      await openTask(h, 'keputusan');
      return h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan', actorNip: bengkalis.kadisKominfo, decision: 'approve' }] });
    });
    expect(h.status).toBe('issuing');
    expect((await penugasanOf(suite.db.pool, 'bengkalis', bengkalis.pranataKomputer1)).some((p) => p.caseId === input.caseId)).toBe(false);
  });

  it('a team assignment longer than 6 months is refused when the request is planned (pasal 9(5))', async () => {
    const long = planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { timKerja, jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-07-05' } });
    await expect(long).rejects.toMatchObject({ refusal: { code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)', fields: [{ field: 'jangkaWaktu.selesai', message: 'at most 2027-07-04' }] } });
    // Exactly 6 months is allowed; without a team, the limit does not apply.
    await expect(planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { timKerja, jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-07-04' } })).resolves.toBeTruthy();
    await expect(planDemoCase(suite.db.pool, 'banjar', caseId('banjar'), { jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-12-31' } })).resolves.toBeTruthy();
  });
});
