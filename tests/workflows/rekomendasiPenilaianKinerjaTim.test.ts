// P8 for a Tim Kerja, on the time-skipping test server with real activities against PostgreSQL:
// the ketua (bengkalis form 7: or the penanggung jawab) rates each member of an issued P6 team; a
// member who came in through a linked P2 case is received by their home PPK and PUO.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import type { RekomendasiPenilaianKinerjaInput } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import type { Region } from '../../profiles/schema';
import { completeUpdate } from '../../workflows/shared';
import { openTask } from '../support/cases';
import { planRekomendasiCase } from '../support/rekomendasi';
import { timInForce } from '../support/tim';
import { delivered, workflowSuite } from '../support/workflows';

const suite = workflowSuite();
type Handle = WorkflowHandle<(i: RekomendasiPenilaianKinerjaInput) => Promise<CaseView>>;
const id = (region: string) => `${region}-p8-test-${randomUUID()}`;

const refusalOfPlan = async (p: Promise<unknown>): Promise<Refusal> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected the plan to refuse');
};

const rate = async (region: Region, actor: string, pegawai?: string) =>
  planRekomendasiCase(suite.db.pool, region, id(region), await timInForce(suite.db.pool, region), { actor, over: pegawai ? { pegawai } : {} });

describe('rekomendasi penilaian kinerja of a Tim Kerja (P8 on P6)', () => {
  it('banjar: the ketua rates the member who came from Diskominfo; form 7 "TIM KERJA …" reaches the home PPK and PUO', async () => {
    const p = demoPeople('banjar');
    const input = await rate('banjar', p.perencana, p.pranataKomputer1);
    expect(input.pemohon).toMatchObject({ nip: p.perencana, role: 'Ketua Tim', citation: 'banjar lampiran III.B.3.e' });
    expect(input.subject).toMatchObject({
      lintasUnit: true,
      penugasan: { procedure: 'pembentukan-tim-kerja', unitPemilik: { kode: 'BAPPEDA-PEREN' }, tim: { nama: 'Tim Satu Data Perencanaan', kedudukan: 'anggota', tugas: 'membangun dan memelihara portal Satu Data' } },
      pegawai: { nip: p.pranataKomputer1, perangkatDaerah: { kode: 'KOMINFO' } },
      penilai: { nip: p.perencana },
    });
    // The member's home PPK and PUO (Diskominfo), not the team's Bappeda.
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([
      ['menerima-rekomendasi-ppk', p.kabidAptika],
      ['menerima-rekomendasi-puo', p.kadisKominfo],
    ]);
    const [doc] = input.documents;
    expect(doc.signatory.nip).toBe(p.perencana);
    const formulir = (doc.isi as { formulir: { subjudul: string; catatan: string[] } }).formulir;
    expect(formulir.subjudul).toBe('TIM KERJA SATU DATA PERENCANAAN');
    expect(formulir.catatan).toContain('Kedudukan dalam tim: Anggota Tim; tugas: membangun dan memelihara portal Satu Data.');

    const result = await suite.scenario('rekomendasiPenilaianKinerja', 'banjar-tim-lintas-unit', input, async (h) => {
      const handle = h as Handle;
      await openTask(handle, 'menerima-rekomendasi-ppk');
      await openTask(handle, 'menerima-rekomendasi-puo');
      await handle.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-ppk', actorNip: p.kabidAptika, isi: 'diterima sebagai bahan penilaian SKP' }] });
      await handle.executeUpdate(completeUpdate, { args: [{ taskId: 'menerima-rekomendasi-puo', actorNip: p.kadisKominfo }] });
      return handle.result();
    });
    expect(result.status).toBe('issued');
    expect(result.timeline.map((e) => [e.action, e.actor?.nip])).toEqual([
      ['diajukan', p.perencana], ['diterbitkan', p.perencana], ['dilaksanakan', p.kabidAptika], ['dilaksanakan', p.kadisKominfo],
    ]);
    expect((await delivered(suite.db, input.caseId)).map((d) => d.recipient_nip)).toEqual([p.perencana, p.pranataKomputer1].sort());
  });

  it('banjar: the penanggung jawab, or a member, may not rate: the ketua does (banjar lampiran III.B.3.e)', async () => {
    const p = demoPeople('banjar');
    for (const actor of [p.kabidPerencanaan, p.statistisi]) {
      const r = await refusalOfPlan(rate('banjar', actor, p.pranataKomputer1));
      expect(r).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'banjar lampiran III.B.3.e', message: expect.stringContaining(`Ketua Tim (Ratna Sari, S.E., M.E., ${p.perencana})`) });
    }
  });

  it('bengkalis: the penanggung jawab may rate, as form 7 names KETUA TIM/PENANGGUNG JAWAB TIM; the ketua is rated too, a member of the owning PD by its own PPK', async () => {
    const p = demoPeople('bengkalis');
    const input = await rate('bengkalis', p.kabidPerencanaan, p.perencana);
    expect(input.pemohon).toMatchObject({ nip: p.kabidPerencanaan, role: 'Penanggung Jawab Tim', citation: 'bengkalis lampiran BAB II form 7' });
    expect(input.subject).toMatchObject({ lintasUnit: false, penugasan: { tim: { kedudukan: 'ketua' } } });
    // The Kabid is also the ketua's PPK: he signed form 7 and holds it; only the Pimpinan PD receives it.
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual([['menerima-rekomendasi-pimpinan-pd', p.kepalaBappeda]]);
  });

  it('a team rating names its member: none, the penanggung jawab, or an outsider is refused on field pegawai', async () => {
    const p = demoPeople('pati');
    for (const pegawai of [undefined, p.kabidPerencanaan, p.pranataKomputer2]) {
      const r = await refusalOfPlan(rate('pati', p.perencana, pegawai));
      expect(r).toMatchObject({ code: 'NOT_A_MEMBER', kind: 'unprocessable', citation: 'pati lampiran B.3.c.5', fields: [{ field: 'pegawai' }] });
    }
  });

  it('a team whose decree is not in force yet cannot be rated on (pasuruan)', async () => {
    const p = demoPeople('pasuruan');
    const tim = { ...(await timInForce(suite.db.pool, 'pasuruan')), status: 'awaiting-decision' as const, documents: [] };
    const r = await refusalOfPlan(planRekomendasiCase(suite.db.pool, 'pasuruan', id('pasuruan'), tim, { actor: p.perencana, over: { pegawai: p.pranataKomputer1 } }));
    expect(r).toMatchObject({ code: 'NOT_AN_ISSUED_ASSIGNMENT', citation: 'pasuruan lampiran I B.2.A.2 c.5', fields: [{ field: 'penugasan' }] });
  });
});
