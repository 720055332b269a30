// P7, pure: the review chain up varied org trees, and the plan of a work cycle from an issued assignment.
import { describe, expect, it } from 'vitest';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import { rantaiReviu } from '../../domain/siklus';
import type { Region } from '../../profiles/schema';
import { issuedAssignment, planSiklus } from '../support/siklus';
import { snapshot, variedOrg, variedPeople } from '../support/orgs';

const org = (region: Region) => snapshot(variedOrg(region));

function refusal(f: () => unknown): Refusal {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('review chain (rantaiReviu)', () => {
  const o = org('banjar');
  const p = variedPeople('banjar');
  const chain = (unit: string, nip: string) => rantaiReviu(o, unit, nip).map((x) => x.nip);

  it('Setda: Kepala Bagian → Asisten → Sekretaris Daerah', () => {
    expect(chain('SETDA-PEM', p.analisKebijakan)).toEqual([p.kabagPem, p.asisten, p.sekda]);
  });
  it('a Dinas: Administrator → Kepala Dinas', () => {
    expect(chain('DINKES-KESMAS', p.epidemiolog)).toEqual([p.kabidKesmas, p.kadinkes]);
  });
  it('a Kecamatan seksi: the Kasi directly to the Camat, not through the Sekcam', () => {
    expect(chain('KEC-KOTA-PEM', p.pelaksanaKec)).toEqual([p.kasiPem, p.camat]);
    expect(chain('KEC-KOTA-SEKRE', p.pelaksanaKec)).toEqual([p.sekcam, p.camat]);
  });
  it('RSUD: Kabid → Wakil Direktur → Direktur', () => {
    expect(chain('RSUD-YANMED', p.perawatRsud)).toEqual([p.kabidYanmed, p.wadir, p.direktur]);
  });
  it('a unit without a head goes to the next one up; the employee never reviews their own work', () => {
    expect(chain('PUSTU-SUKA', p.pelaksanaPustu)).toEqual([p.kapus, p.kadinkes]);
    expect(chain('PKM-KOTA', p.kapus)).toEqual([p.kadinkes]);
  });
});

describe('siklus kinerja plan (P7)', () => {
  it('takes the employee, unit and period from the issued assignment; reports go where the region says', () => {
    const receivers: Record<Region, keyof ReturnType<typeof variedPeople>> = { bengkalis: 'sekda', banjar: 'sekda', pati: 'kabagPem', pasuruan: 'kabagPem' };
    for (const region of ['bengkalis', 'banjar', 'pati', 'pasuruan'] as const) {
      const p = variedPeople(region);
      const input = planSiklus(region, p.analisKebijakan, issuedAssignment(region, p.analisKebijakan, 'SETDA-PEM'));
      expect(input.subject.pegawai.nip).toBe(p.analisKebijakan);
      expect(input.subject.periode).toEqual({ mulai: '2027-01-01', selesai: '2027-12-31', hari: 365 });
      expect(input.subject.laporan.jumlah).toBe(12);
      expect(input.langkah.reviu.map((s) => s.assignee.nip)).toEqual([p.kabagPem, p.asisten, p.sekda]);
      expect(input.langkah.laporan.to?.map((o) => o.nip), region).toEqual([p[receivers[region]]]);
      expect(input.langkah.laporan.citation).toBe({ bengkalis: 'bengkalis pasal 11(2)', banjar: 'banjar pasal 16', pati: 'pati pasal 10', pasuruan: 'pasuruan lampiran I B.2.A.1.iii.a' }[region]);
    }
  });

  it('pasuruan: the SKP planning steps a–i as a checklist, no report at any time, the Kepala Unit Organisasi makes the fix', () => {
    const p = variedPeople('pasuruan');
    const input = planSiklus('pasuruan', p.analisKebijakan, issuedAssignment('pasuruan', p.analisKebijakan, 'SETDA-PEM'));
    expect(input.subject.checklist?.map((c) => c.butir)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(input.permintaanLaporan).toEqual({ tidakAda: expect.objectContaining({ citation: 'pasuruan lampiran I B.2.A' }) });
    expect(input.kendala.lintasPuo).toEqual({ tidakAda: expect.objectContaining({ citation: 'pasuruan lampiran I B.2.A.2.ii.c' }) });
    expect(input.langkah.perbaikan).toMatchObject({ assignee: { nip: p.sekda }, citation: 'pasuruan lampiran I B.2.A.1.iii.c' });
    const pati = planSiklus('pati', variedPeople('pati').analisKebijakan, issuedAssignment('pati', variedPeople('pati').analisKebijakan, 'SETDA-PEM'));
    expect(pati.langkah.perbaikan).toMatchObject({ assignee: { nip: variedPeople('pati').analisKebijakan }, citation: 'pati lampiran D.4.c' });
    expect(pati.subject.checklist).toBeUndefined();
  });

  it('refuses an assignment that is not issued, a stranger starting it, a cadence longer than the period', () => {
    const p = variedPeople('banjar');
    const pending = issuedAssignment('banjar', p.analisKebijakan, 'SETDA-PEM', { status: 'awaiting-decision', assignedEmployee: undefined });
    expect(refusal(() => planSiklus('banjar', p.analisKebijakan, pending))).toMatchObject({ code: 'ASSIGNMENT_NOT_ISSUED', citation: 'banjar pasal 16', fields: [{ field: 'penugasan' }] });
    const issued = issuedAssignment('banjar', p.analisKebijakan, 'SETDA-PEM');
    expect(refusal(() => planSiklus('banjar', p.perencana, issued))).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'banjar pasal 16' });
    expect(planSiklus('banjar', p.sekda, issued).pemohon.nip).toBe(p.sekda); // the PUO may start it
    expect(refusal(() => planSiklus('banjar', p.analisKebijakan, issued, { laporan: { setiapHari: 400, batasHari: 7 } }))).toMatchObject({ code: 'CADENCE_TOO_LONG', fields: [{ field: 'laporan.setiapHari' }] });
  });
});
