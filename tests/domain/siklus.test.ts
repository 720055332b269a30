// P7, pure: the review chain up varied org trees, and the plan of a work cycle from an issued assignment.
import { describe, expect, it } from 'vitest';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import { rantaiReviu } from '../../domain/siklus';
import type { Region } from '../../profiles/schema';
import { tapin } from '../../demo/penunjukanLintasInstansi';
import type { CaseView } from '../../domain/kasus';
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

describe('review chain in pati\'s one-level units (lampiran B.1 struktur c–d, D.4–D.6)', () => {
  const p = variedPeople('pati');
  const reviu = (nip: string, unit: string) => planSiklus('pati', nip, issuedAssignment('pati', nip, unit)).langkah.reviu.map((s) => s.assignee.nip);
  it('the Kepala Puskesmas, the Lurah, the Camat accept the work themselves: nobody is added above them', () => {
    expect(reviu(p.perawat1, 'PKM-KOTA')).toEqual([p.kapus]);
    expect(reviu(p.pelaksanaPustu, 'PUSTU-SUKA')).toEqual([p.kapus]);
    expect(reviu(p.pelaksanaKel, 'KEL-PASAR')).toEqual([p.lurah]);
    expect(reviu(p.pelaksanaKec, 'KEC-KOTA-PEM')).toEqual([p.kasiPem, p.camat]);
    // The head's own work goes up; a Dinas, a Setda Bagian go up as before.
    expect(reviu(p.kapus, 'PKM-KOTA')).toEqual([p.kadinkes]);
    expect(reviu(p.analisKebijakan, 'SETDA-PEM')).toEqual([p.kabagPem, p.asisten, p.sekda]);
    // Elsewhere the Puskesmas still goes up to the Kepala Dinas (banjar lampiran I.A.3).
    const b = variedPeople('banjar');
    expect(planSiklus('banjar', b.perawat1, issuedAssignment('banjar', b.perawat1, 'PKM-KOTA')).langkah.reviu.map((s) => s.assignee.nip)).toEqual([b.kapus, b.kadinkes]);
  });
});

describe('siklus kinerja plan (P7)', () => {
  it('takes the employee, unit and period from the issued assignment; reports go where the region says', () => {
    // Everyone the text names, once: pati's PPK of an analis in a Bagian is also its PUO.
    const receivers: Record<Region, (keyof ReturnType<typeof variedPeople>)[]> = { bengkalis: ['sekda', 'kabagPem'], banjar: ['sekda', 'kabagPem'], pati: ['kabagPem'], pasuruan: ['kabagPem', 'sekda'] };
    for (const region of ['bengkalis', 'banjar', 'pati', 'pasuruan'] as const) {
      const p = variedPeople(region);
      const input = planSiklus(region, p.analisKebijakan, issuedAssignment(region, p.analisKebijakan, 'SETDA-PEM'));
      expect(input.subject.pegawai.nip).toBe(p.analisKebijakan);
      expect(input.subject.periode).toEqual({ mulai: '2027-01-01', selesai: '2027-12-31', hari: 365 });
      expect(input.subject.laporan.jumlah).toBe(12);
      expect(input.langkah.reviu.map((s) => s.assignee.nip)).toEqual([p.kabagPem, p.asisten, p.sekda]);
      expect(input.langkah.laporan.to?.map((o) => o.nip), region).toEqual(receivers[region].map((r) => p[r]));
      expect(input.langkah.laporan.citation).toBe({ bengkalis: 'bengkalis pasal 11(2)', banjar: 'banjar pasal 16', pati: 'pati pasal 10', pasuruan: 'pasuruan lampiran I B.2.A.1.iii.a' }[region]);
    }
  });

  it('pati: the plan is agreed by the PUO who sets the ekspektasi, the report goes to the PPK and the PUO (a Puskesmas Pelaksana: the Kasubag TU and the Kepala Puskesmas)', () => {
    const p = variedPeople('pati');
    const input = planSiklus('pati', p.pengadministrasiPkm, issuedAssignment('pati', p.pengadministrasiPkm, 'PKM-KOTA'));
    expect(input.langkah.persetujuan).toMatchObject({ assignee: { nip: p.kapus }, citation: 'pati lampiran D.1.a–D.9.a' });
    expect(input.langkah.laporan.to).toEqual([expect.objectContaining({ nip: p.kasubagTuPkm, citation: 'pati pasal 10' }), expect.objectContaining({ nip: p.kapus, citation: 'pati lampiran B.4.a' })]);
  });

  it('banjar pasal 16 "pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja": the assignment chooses who receive the reports, both by default; a choice the text does not give is refused', () => {
    const p = variedPeople('banjar');
    const issued = issuedAssignment('banjar', p.analisKebijakan, 'SETDA-PEM');
    const to = (penerimaLaporan?: string) => planSiklus('banjar', p.analisKebijakan, issued, penerimaLaporan ? { penerimaLaporan } : {}).langkah.laporan.to?.map((o) => o.nip);
    expect(to()).toEqual([p.sekda, p.kabagPem]);
    expect(to('keduanya')).toEqual([p.sekda, p.kabagPem]);
    expect(to('puo-pemilik')).toEqual([p.sekda]);
    expect(to('ppk-pegawai')).toEqual([p.kabagPem]);
    // Whom the plan resolves, by the article: they alone receive the reports and may give feedback on them.
    expect(planSiklus('banjar', p.analisKebijakan, issued, { penerimaLaporan: 'ppk-pegawai' }).langkah.laporan.to).toEqual([expect.objectContaining({ nip: p.kabagPem, role: 'Pejabat Penilai Kinerja pegawai', citation: 'banjar pasal 16' })]);
    expect(refusal(() => to('atasan'))).toMatchObject({
      code: 'UNKNOWN_RECEIVER_CHOICE', kind: 'invalid', citation: 'banjar pasal 16',
      fields: [{ field: 'penerimaLaporan', message: 'one of keduanya, puo-pemilik, ppk-pegawai', citation: 'banjar pasal 16' }],
    });
    // A role the text does not name as a receiver is no choice either.
    expect(refusal(() => to('pimpinan-pd-pemilik'))).toMatchObject({ code: 'UNKNOWN_RECEIVER_CHOICE', fields: [{ field: 'penerimaLaporan' }] });
    // Where the text names the receivers without "dan/atau" (pati pasal 10, lampiran B.4.a), there is no choice but all of them.
    const q = variedPeople('pati');
    const pati = issuedAssignment('pati', q.pengadministrasiPkm, 'PKM-KOTA');
    expect(planSiklus('pati', q.pengadministrasiPkm, pati, { penerimaLaporan: 'keduanya' }).langkah.laporan.to?.map((o) => o.nip)).toEqual([q.kasubagTuPkm, q.kapus]);
    expect(refusal(() => planSiklus('pati', q.pengadministrasiPkm, pati, { penerimaLaporan: 'ppk-pegawai' }))).toMatchObject({
      code: 'UNKNOWN_RECEIVER_CHOICE', citation: 'pati pasal 10', fields: [{ field: 'penerimaLaporan', message: 'keduanya', citation: 'pati pasal 10' }],
    });
  });

  it('the leader may reopen planning only where the text ties the plan to a change of activity (banjar pasal 10(2), pasuruan lampiran I B.2)', () => {
    for (const [region, rule] of [['banjar', 'banjar pasal 10(2)'], ['pasuruan', 'pasuruan lampiran I B.2'], ['bengkalis', undefined], ['pati', undefined]] as const) {
      const p = variedPeople(region);
      const input = planSiklus(region, p.analisKebijakan, issuedAssignment(region, p.analisKebijakan, 'SETDA-PEM'));
      expect(input.perubahanRencana?.citation, region).toBe(rule);
      expect(input.rencanaSetelahDialog?.citation, region).toBe(region === 'pasuruan' ? 'pasuruan lampiran I B.2.A.1.i.i' : undefined);
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

  describe('employees lent by another agency (P3): one cycle each, at the owning unit, their own PPK and PUO theirs', () => {
    const p = variedPeople('banjar');
    const [arif, nurul] = tapin.pegawai.map((e) => ({ ...e, pendidikan: undefined }));
    const lent = (over: Partial<CaseView> = {}) => issuedAssignment('banjar', p.analisKebijakan, 'SETDA-PEM', {
      caseId: 'banjar-p3-lent', procedure: 'penunjukan-lintas-instansi', assignedEmployee: arif, assignedEmployees: [arif, nurul],
      subject: {
        unitPemilik: { kode: 'SETDA-PEM', nama: 'Bagian Tata Pemerintahan' }, instansiTujuan: { region: 'tapin', pemerintah: 'PEMERINTAH KABUPATEN TAPIN', luarLayanan: true },
        permohonan: { jangkaWaktu: { mulai: '2027-01-01', selesai: '2027-06-30' }, instansiLuar: { pejabatBerwenang: tapin.pejabatBerwenang, ppk: tapin.ppk, puo: tapin.puo } },
      },
      ...over,
    });

    it('plans the work of the one it names: tasks of the employee and their PPK through tapin, reports and review here', () => {
      const input = planSiklus('banjar', p.sekda, lent(), { pegawai: nurul.nip });
      expect(input.regions).toEqual(['banjar', 'tapin']);
      expect(input.subject).toMatchObject({ pegawai: { nip: nurul.nip, nama: nurul.nama, jabatan: nurul.jabatan }, instansiPegawai: { region: 'tapin' }, unit: { kode: 'SETDA-PEM' }, periode: { hari: 181 } });
      expect(input.langkah.rencana).toMatchObject({ assignee: { nip: nurul.nip }, region: 'tapin', to: [{ nip: tapin.ppk.nip }] });
      expect(input.langkah.rencana.atasan).toBeUndefined(); // no superior here to escalate to
      expect(input.langkah.persetujuan).toMatchObject({ assignee: tapin.ppk, region: 'tapin', citation: 'banjar lampiran I.A.1.c' });
      // The PUO here and the employee's own PPK there (through tapin's key) both receive the report.
      expect(input.langkah.laporan).toMatchObject({ region: 'tapin', to: [{ nip: p.sekda, citation: 'banjar pasal 16' }, { nip: tapin.ppk.nip, citation: 'banjar pasal 16', region: 'tapin' }] });
      expect(input.langkah.laporan.to![0]).not.toHaveProperty('region');
      expect(input.langkah.reviu.map((r) => [r.assignee.nip, r.region])).toEqual([[p.kabagPem, undefined], [p.asisten, undefined], [p.sekda, undefined]]);
      expect(input.kendala.kepada).toMatchObject({ nip: p.sekda, citation: 'banjar lampiran III.A.b.3' });
      expect(input.kendala.kepada).not.toHaveProperty('region');
      expect(input.kendala).toEqual({
        kepada: input.kendala.kepada,
        lintasPuo: expect.objectContaining({ nip: tapin.puo.nip, region: 'tapin', citation: 'banjar lampiran III.A.b.4' }),
      });
    });

    it('a list leaves whose work open: EMPLOYEE_REQUIRED; one not on it: NOT_ASSIGNED; a cycle per employee: CYCLE_EXISTS for theirs only', () => {
      expect(refusal(() => planSiklus('banjar', p.sekda, lent()))).toMatchObject({ code: 'EMPLOYEE_REQUIRED', kind: 'invalid', fields: [{ field: 'pegawai', message: `one of ${arif.nip}, ${nurul.nip}` }] });
      expect(refusal(() => planSiklus('banjar', p.sekda, lent(), { pegawai: p.analisKebijakan }))).toMatchObject({ code: 'NOT_ASSIGNED', fields: [{ field: 'pegawai' }] });
      const running = lent({ siklusKinerjaPegawai: [{ nip: arif.nip, caseId: 'banjar-p7-arif' }] });
      expect(refusal(() => planSiklus('banjar', p.sekda, running, { pegawai: arif.nip }))).toMatchObject({ code: 'CYCLE_EXISTS', message: expect.stringContaining('banjar-p7-arif') });
      expect(planSiklus('banjar', p.sekda, running, { pegawai: nurul.nip }).subject.pegawai.nip).toBe(nurul.nip);
      // One employee on the list needs no name; a stranger still cannot start it.
      expect(planSiklus('banjar', p.sekda, lent({ assignedEmployees: [arif] })).subject.pegawai.nip).toBe(arif.nip);
      expect(refusal(() => planSiklus('banjar', p.perencana, lent(), { pegawai: arif.nip }))).toMatchObject({ code: 'NOT_REQUESTER_ROLE' });
    });
  });
});
