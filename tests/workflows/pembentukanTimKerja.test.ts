// P6 workflow on the time-skipping test server: the team case starts linked P2 cases, waits for
// them, reports a refused member to the former, and issues the decree with its lampiran.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import type { CaseView } from '../../domain/kasus';
import { demoPeople } from '../../demo/masterData';
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import { requester } from '../../demo/permohonan';
import { getDocument } from '../../db/documents';
import { loadOrg } from '../../db/masterData';
import { involves, plan, type PembentukanTim, type PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { RuleViolation } from '../../domain/refusal';
import { acknowledgeUpdate, caseQuery, completeUpdate, decideUpdate } from '../../workflows/shared';
import { DEADLINES, openTask } from '../support/cases';
import { workflowSuite } from '../support/workflows';

const suite = workflowSuite();

async function planTim(region: Region, over: Partial<PembentukanTim> = {}, actor = requester(region)) {
  const req = pembentukanTim(region, over);
  const { nips } = involves(req);
  const org = await loadOrg(suite.db.pool, region, [actor, ...nips], []);
  return plan(PROFILES[region], org, req, { caseId: `${region}-p6-test-${randomUUID()}`, actorNip: actor, deadlines: DEADLINES });
}

async function refusalOfPlan(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected the plan to refuse');
}

/** The linked case, once the team case has started it. */
async function child(caseId: string) {
  const h = suite.env.client.workflow.getHandle(caseId);
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (await h.describe().then(() => true, () => false)) return h;
  }
  throw new Error(`linked case ${caseId} was not started`);
}

/** Approves the banjar P2 case of a member: PUO recommends, PPK approves, the member acknowledges. */
async function approveBanjarP2(caseId: string, member: string) {
  const people = demoPeople('banjar');
  const h = await child(caseId);
  await openTask(h, 'rekomendasi-puo');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'approve' }] });
  await openTask(h, 'tanda-terima');
  await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: member }] });
}

async function signAndReceive(h: WorkflowHandle, input: PembentukanTimKerjaInput): Promise<CaseView> {
  await openTask(h, 'penetapan');
  await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'approve' }] });
  await openTask(h, 'tanda-terima');
  await h.executeUpdate(acknowledgeUpdate, { args: [{ actorNip: input.pegawai!.nip }] });
  return h.result();
}

const issuedDocument = async (documentId: string) => (await getDocument(suite.db.pool, documentId))!;

describe('pembentukan tim kerja (P6)', () => {
  it('banjar across units: a linked P2 case approved, Keputusan Sekretaris Daerah with the susunan in its lampiran', async () => {
    const people = demoPeople('banjar');
    const input = await planTim('banjar');
    expect(input.subject.lingkup).toBe('lintas-unit');
    expect(input.steps[0]).toMatchObject({ id: 'penetapan', kind: 'keputusan', assignee: { nip: people.sekda }, citation: expect.stringContaining('banjar pasal 14(2)') });
    const linked = input.lintasUnit[0].pilihan[0].caseId;
    const result = await suite.scenario('pembentukanTimKerja', 'banjar-lintas-unit', input, async (h) => {
      const running = await h.query(caseQuery);
      expect(running.subject).toMatchObject({ linkedCases: [{ caseId: linked, status: 'berjalan', nip: people.pranataKomputer1 }] });
      await approveBanjarP2(linked, people.pranataKomputer1);
      return signAndReceive(h, input);
    });
    expect(result.status).toBe('issued');
    expect(result.subject).toMatchObject({ linkedCases: [{ caseId: linked, status: 'issued' }] });
    expect(result.documents.map((d) => [d.kind, d.title])).toEqual([['keputusan-sekda', 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR']]);
    expect(result.documents[0].nomor).toMatch(/^\d+ TAHUN \d{4}$/);
    const issued = await issuedDocument(result.documents[0].id);
    expect(issued.lampiran!.kolom).toEqual(['NO.', 'NAMA', 'KEDUDUKAN DALAM TIM', 'INSTANSI', 'UNIT ORGANISASI/ PERANGKAT DAERAH', 'JABATAN']);
    expect(issued.lampiran!.baris.map((r) => [r[1], r[2]])).toEqual([
      ['Dewi Lestari, S.T., M.P.P.', 'Penanggungjawab'], ['Ratna Sari, S.E., M.E.', 'Ketua'], ['Rizky Pratama, S.Kom.', 'Anggota'],
    ]);
  });

  it('banjar: a member refused by the destination is reported to the former, who names the alternate through a new linked case', async () => {
    const people = demoPeople('banjar');
    const input = await planTim('banjar');
    const [first, second] = input.lintasUnit[0].pilihan.map((p) => p.caseId);
    const result = await suite.scenario('pembentukanTimKerja', 'banjar-member-replaced', input, async (h) => {
      const c = await child(first);
      await openTask(c, 'rekomendasi-puo');
      await c.executeUpdate(decideUpdate, { args: [{ taskId: 'rekomendasi-puo', actorNip: people.kadisKominfo, decision: 'approve' }] });
      await c.executeUpdate(decideUpdate, { args: [{ taskId: 'keputusan-ppk', actorNip: people.kabidAptika, decision: 'refuse', reasons: 'sedang menangani proyek prioritas' }] });
      const task = await openTask(h, 'pengganti-anggota-1-1');
      expect(task).toMatchObject({ kind: 'tindakan', assignee: { nip: input.pemohon.nip }, title: expect.stringContaining('sedang menangani proyek prioritas') });
      await h.executeUpdate(completeUpdate, { args: [{ taskId: task.id, actorNip: input.pemohon.nip, isi: people.pranataKomputer2 }] });
      await approveBanjarP2(second, people.pranataKomputer2);
      return signAndReceive(h, input);
    });
    expect(result.status).toBe('issued');
    expect(result.subject).toMatchObject({ linkedCases: [{ caseId: second, status: 'issued', nip: people.pranataKomputer2 }] });
    expect((result.subject as PembentukanTimKerjaInput['subject']).susunan.map((a) => [a.kedudukan, a.nip])).toEqual([
      ['penanggungJawab', people.kabidPerencanaan], ['ketua', people.perencana], ['anggota', people.pranataKomputer2],
    ]);
  });

  it.each(['pasuruan', 'bengkalis', 'pati'] as const)('%s inside the unit: the decree the region names, signed and received', async (region) => {
    const input = await planTim(region, { anggotaLintasUnit: [] });
    expect(input.subject.lingkup).toBe('dalam-unit');
    const result = await suite.scenario('pembentukanTimKerja', `${region}-dalam-unit`, input, (h) => signAndReceive(h, input));
    expect(result.status).toBe('issued');
    expect(result.documents.map((d) => d.kind)).toEqual([{ pasuruan: 'keputusan-kepala-pd', bengkalis: 'keputusan-kepala-pd', pati: 'surat-penugasan' }[region]]);
  });

  it('a decree the signatory refuses ends the case with its reasons', async () => {
    const input = await planTim('pasuruan', { anggotaLintasUnit: [] });
    const result = await suite.scenario('pembentukanTimKerja', 'pasuruan-refused', input, async (h) => {
      await openTask(h, 'penetapan');
      await h.executeUpdate(decideUpdate, { args: [{ taskId: 'penetapan', actorNip: input.steps[0].assignee.nip, decision: 'refuse', reasons: 'target belum selaras dengan perjanjian kinerja' }] });
      return h.result();
    });
    expect(result).toMatchObject({ status: 'refused', outcome: { reasons: 'target belum selaras dengan perjanjian kinerja' }, documents: [] });
  });

  describe('refusals of the plan, each citing its article', () => {
    it('the ketua from another unit when members come from elsewhere (banjar 9(3), bengkalis 8(5), pati 7(3))', async () => {
      for (const [region, citation] of [['banjar', 'banjar pasal 9(3)'], ['bengkalis', 'bengkalis pasal 8(5)'], ['pati', 'pati pasal 7(3)']] as const) {
        const p = demoPeople(region);
        const r = await refusalOfPlan(planTim(region, { ketua: { nip: p.pranataKomputer2, tugas: 'memimpin tim' } }));
        expect(r).toMatchObject({ code: 'KETUA_NOT_FROM_OWNING_UNIT', citation, fields: [{ field: 'ketua.nip' }] });
      }
    });
    it('kedudukan first', async () => {
      const p = demoPeople('banjar');
      const r = await refusalOfPlan(planTim('banjar', { anggota: [{ nip: p.tanpaKedudukan, tugas: 'mengolah data' }] }));
      expect(r).toMatchObject({ code: 'KEDUDUKAN_FIRST', citation: 'banjar lampiran II.A.2', fields: [{ field: 'anggota[0].nip' }] });
    });
    it('bengkalis 7(6): the penanggung jawab an Administrator or JF hasil penyetaraan', async () => {
      const p = demoPeople('bengkalis');
      const r = await refusalOfPlan(planTim('bengkalis', { penanggungJawab: { nip: p.kepalaBappeda, tugas: 'mengarahkan' } }));
      expect(r).toMatchObject({ code: 'PENANGGUNG_JAWAB_NOT_ELIGIBLE', citation: 'bengkalis pasal 7(6)' });
    });
    it('who leads: a structural official is no ketua (banjar), the former must hold the role', async () => {
      const p = demoPeople('banjar');
      const r = await refusalOfPlan(planTim('banjar', { ketua: { nip: p.kabidPerencanaan, tugas: 'memimpin' } }));
      expect(r).toMatchObject({ code: 'KETUA_NOT_ELIGIBLE', citation: 'banjar lampiran III.A.3, II.A.9' });
      const notFormer = await refusalOfPlan(planTim('banjar', {}, p.kabidPerencanaan));
      expect(notFormer).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'banjar lampiran III.A.3' });
    });
  });
});
