// The roles and the P2 plan over a varied org tree, pure: a UPTD Puskesmas led by a JF, a Kecamatan
// with a Kelurahan, the Setda with an Asisten, an RSUD. Who assesses whom, who decides, who is asked.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { puoOf, penilaiKinerjaOf, holdsRole } from '../../domain/pejabat';
import type { OrgSnapshot } from '../../domain/organisasi';
import { RuleViolation, type Refusal } from '../../domain/refusal';
import { plan as planP2, type PermohonanPelibatan } from '../../procedures/penunjukanLintasUnit/plan';
import { PROFILES, REGIONS } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { DEADLINES } from '../support/cases';
import { snapshot, variedOrg, variedPeople } from '../support/orgs';

const org = (region: Region) => snapshot(variedOrg(region));

/** Bappeda asks the Puskesmas for a perawat, by criteria. */
const request = (over: Partial<PermohonanPelibatan> = {}): PermohonanPelibatan => ({
  unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'PKM-KOTA',
  maksud: 'survei kesehatan ibu dan anak untuk perencanaan daerah', kompetensi: ['pendataan kesehatan keluarga'],
  target: 'data 500 keluarga pada akhir Maret', jangkaWaktu: { mulai: '2027-02-01', selesai: '2027-03-31' },
  kriteria: { namaJabatan: 'Perawat' }, ...over,
});
const plan = (region: Region, actor: string, over: Partial<PermohonanPelibatan> = {}, o: OrgSnapshot = org(region)) =>
  planP2(PROFILES[region], o, request(over), { caseId: 'c', actorNip: actor, deadlines: DEADLINES });

function refusal(f: () => unknown): Refusal {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('penilai kinerja over a varied tree', () => {
  it.each(REGIONS)('%s: every official has one, and it is never themselves', (region) => {
    const o = org(region);
    const p = variedPeople(region);
    const of = (nip: string) => penilaiKinerjaOf(o, o.pegawai[nip])?.nip;
    expect({
      kadinkes: of(p.kadinkes), kapus: of(p.kapus), perawat: of(p.perawat1), kasubagTu: of(p.kasubagTuPkm), pengadministrasi: of(p.pengadministrasiPkm), kabidKesmas: of(p.kabidKesmas),
      camat: of(p.camat), sekcam: of(p.sekcam), kasi: of(p.kasiPem), lurah: of(p.lurah), pelaksanaKel: of(p.pelaksanaKel),
      asisten: of(p.asisten), kabag: of(p.kabagPem), direktur: of(p.direktur), wadir: of(p.wadir), kabidYanmed: of(p.kabidYanmed),
    }).toEqual({
      kadinkes: p.sekda, // stored
      kapus: p.kadinkes, // the JF head of the UPTD answers to the Kepala Dinas
      perawat: p.kapus,
      kasubagTu: p.kapus, // a Pengawas inside the Puskesmas answers to its JF head
      pengadministrasi: p.kasubagTuPkm,
      kabidKesmas: p.kadinkes,
      camat: p.sekda, sekcam: p.camat, kasi: p.camat, lurah: p.camat, pelaksanaKel: p.lurah,
      asisten: p.sekda, kabag: p.asisten,
      direktur: p.sekda, wadir: p.direktur, kabidYanmed: p.wadir,
    });
    expect(of(p.sekda)).toBeUndefined(); // assessed by the Bupati, outside the master data
  });

  it('the PUO over the Puskesmas is its JF head where any unit leader is one (pati), else the Kepala Dinas', () => {
    for (const region of REGIONS) {
      const o = org(region);
      const p = variedPeople(region);
      expect([region, puoOf(PROFILES[region], o, 'PKM-KOTA')?.nip]).toEqual([region, PROFILES[region].puo.scope === 'unit' ? p.kapus : p.kadinkes]);
    }
    const p = variedPeople('pati');
    expect(holdsRole('puo-pemilik', PROFILES.pati, org('pati'), { unitPemilik: 'PKM-KOTA' }, p.kapus)).toBe(true);
    expect(holdsRole('puo-pemilik', PROFILES.banjar, org('banjar'), { unitPemilik: 'PKM-KOTA' }, variedPeople('banjar').kapus)).toBe(false);
  });
});

describe('the demo org (npm start) has the JF-headed UPTD Puskesmas', () => {
  const decider = { banjar: 'kepalaPuskesmas', pati: 'kepalaPuskesmas', pasuruan: 'kadisKesehatan', bengkalis: 'kadisKesehatan' } as const;
  it.each(REGIONS)('%s: the Kepala Puskesmas is PPK of its perawat; a request for a perawat is decided by the region\'s decider', (region) => {
    const p = demoPeople(region);
    const o = snapshot(demoMasterData(region));
    expect(penilaiKinerjaOf(o, o.pegawai[p.perawat])?.nip).toBe(p.kepalaPuskesmas);
    expect(penilaiKinerjaOf(o, o.pegawai[p.kepalaPuskesmas])?.nip).toBe(p.kadisKesehatan);
    const actor = PROFILES[region].puo.scope === 'unit' ? p.kabidPerencanaan : p.kepalaBappeda;
    const c = plan(region, actor, {}, o);
    expect(c.steps.find((s) => s.kind === 'keputusan')?.assignee.nip).toBe(p[decider[region]]);
  });
});

describe('P2 over a varied tree: tembusan PPK bersangkutan is the requester\'s own penilai kinerja', () => {
  it.each(['banjar', 'pati'] as const)('%s: a Kepala Badan asks → the Sekretaris Daerah', (region) => {
    expect(plan(region, variedPeople(region).kaban).subject.tembusan).toEqual(['Sekretaris Daerah']);
  });

  it('banjar: a Kepala Dinas asks → the Sekretaris Daerah, as stored', () => {
    const p = variedPeople('banjar');
    const c = plan('banjar', p.kadinkes, { unitPemilik: 'DINKES', unitTujuan: 'BAPPEDA-PEREN', kriteria: { namaJabatan: 'Perencana' } });
    expect(c.subject.tembusan).toEqual(['Sekretaris Daerah']);
  });

  it('pati (unit-scope PUO): a Kepala Bidang asks → the Kepala Badan, or the PPK stored for him; never himself', () => {
    const p = variedPeople('pati');
    expect(plan('pati', p.kabidPeren).subject.tembusan).toEqual(['Kepala Badan Perencanaan Pembangunan Daerah']);
    const kesmas = plan('pati', p.kabidKesmas, { unitPemilik: 'DINKES-KESMAS', unitTujuan: 'BAPPEDA-PEREN', kriteria: { namaJabatan: 'Perencana' } });
    expect(kesmas.subject.tembusan).toEqual(['Kepala Dinas Kesehatan']);
    const o = org('pati');
    o.pegawai[p.kabidPeren] = { ...o.pegawai[p.kabidPeren], ppk: p.sekda };
    expect(plan('pati', p.kabidPeren, {}, o).subject.tembusan).toEqual(['Sekretaris Daerah']);
    // The JF head of the Puskesmas asks for a perencana: his own PPK is the Kepala Dinas.
    const kapus = plan('pati', p.kapus, { unitPemilik: 'PKM-KOTA', unitTujuan: 'BAPPEDA-PEREN', kriteria: { namaJabatan: 'Perencana' } });
    expect(kapus.pemohon.nip).toBe(p.kapus);
    expect(kapus.subject.tembusan).toEqual(['Kepala Dinas Kesehatan']);
  });
});

describe('P2 over a varied tree: who decides a request to the Puskesmas', () => {
  const assignees = (c: ReturnType<typeof plan>) => c.steps.map((s) => [s.id, s.assignee.nip]);

  it('banjar: the Kepala Dinas recommends (PUO), the JF head of the Puskesmas decides (PPK), the Kepala Dinas signs', () => {
    const p = variedPeople('banjar');
    const c = plan('banjar', p.kaban);
    expect(assignees(c)).toEqual([['rekomendasi-puo', p.kadinkes], ['keputusan-ppk', p.kapus]]);
    expect(c.asal).toEqual({ unit: 'PKM-KOTA', kriteria: { namaJabatan: 'Perawat' }, ppk: p.kapus });
    expect(c.documents[0].signatory.nip).toBe(p.kadinkes);
  });

  it('pati: the JF head of the Puskesmas is PUO and PPK, and signs the Surat Tugas of his unit', () => {
    const p = variedPeople('pati');
    const c = plan('pati', p.kaban);
    expect(assignees(c)).toEqual([['rekomendasi-puo', p.kapus], ['keputusan-ppk', p.kapus]]);
    expect(c.documents[0]).toMatchObject({ signatory: { nip: p.kapus }, issuingUnit: { kode: 'PKM-KOTA', kodeSurat: 'PKM.KOTA', kodePd: 'DINKES' } });
  });

  it('pasuruan: the JF head recommends (PPK), the Kepala Dinas decides; bengkalis: the Kepala Dinas decides', () => {
    const pas = variedPeople('pasuruan');
    expect(assignees(plan('pasuruan', pas.kaban))).toEqual([['rekomendasi-ppk', pas.kapus], ['keputusan-kepala-uo', pas.kadinkes]]);
    const ben = variedPeople('bengkalis');
    expect(assignees(plan('bengkalis', ben.kaban))).toEqual([['keputusan', ben.kadinkes]]);
  });

  it('the JF head is not staff to be assigned: naming him is refused', () => {
    const p = variedPeople('banjar');
    const r = refusal(() => plan('banjar', p.kaban, { kriteria: undefined, pegawai: p.kapus }));
    expect(r).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.B.1.b.3' });
    expect(r.message).toContain('leads UPTD Puskesmas Kota');
  });
});

describe('P2: the destination PPK of a request by criteria is the PPK of the matching employees', () => {
  it.each(['banjar', 'pati', 'pasuruan'] as const)('%s: a request to the Dinas for a perawat goes to the Puskesmas head, not the Kepala Dinas', (region) => {
    const p = variedPeople(region);
    const c = plan(region, p.kaban, { unitTujuan: 'DINKES' });
    expect(c.asal?.ppk).toBe(p.kapus);
    const ppkStep = c.steps.find((s) => s.role === 'Pejabat Penilai Kinerja tujuan')!;
    expect(ppkStep.assignee.nip).toBe(p.kapus);
  });

  it('matching employees with different PPKs: the request names the one it is addressed to, checked against them', () => {
    const p = variedPeople('banjar');
    // Every JF of the Dinas: the epidemiolog (Kepala Bidang Kesmas) and the Puskesmas staff (its JF head, who is not staff himself).
    const fungsional = { unitTujuan: 'DINKES', kriteria: { jenisJabatan: 'fungsional' as const } };
    const required = refusal(() => plan('banjar', p.kaban, fungsional));
    expect(required).toMatchObject({ code: 'PPK_REQUIRED', kind: 'invalid', citation: 'banjar lampiran II.B.1.b.2' });
    expect(required.fields).toEqual([{ field: 'ppkTujuan', message: `required: one of ${p.kabidKesmas}, ${p.kapus}` }]);

    const toKesmas = plan('banjar', p.kaban, { ...fungsional, ppkTujuan: p.kabidKesmas });
    expect(toKesmas.asal?.ppk).toBe(p.kabidKesmas);
    expect(toKesmas.steps.map((s) => s.assignee.nip)).toEqual([p.kadinkes, p.kabidKesmas]);

    const notTheirs = refusal(() => plan('banjar', p.kaban, { ...fungsional, ppkTujuan: p.kadinkes }));
    expect(notTheirs).toMatchObject({ code: 'PPK_NOT_OF_MATCHING', citation: 'banjar lampiran II.B.1.b.2', fields: [{ field: 'ppkTujuan', message: `one of ${p.kabidKesmas}, ${p.kapus}` }] });
  });

  it.each([['banjar', 'banjar lampiran II.B.1.b.2'], ['pati', 'pati lampiran B.2.a.2.b'], ['pasuruan', 'pasuruan lampiran I B.2.A.2.ii.b']] as const)(
    '%s: criteria that match no one are refused: there is no PPK to address', (region, citation) => {
      const r = refusal(() => plan(region, variedPeople(region).kaban, { kriteria: { namaJabatan: 'Apoteker' } }));
      expect(r).toMatchObject({ code: 'NO_MATCHING_EMPLOYEE', citation, fields: [{ field: 'kriteria', message: 'matches no one' }] });
    });
});
