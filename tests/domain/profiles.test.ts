// The regional rules as pure functions over an in-memory org: who requests, who decides, who signs.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { tahun, tanggalLokal } from '../../domain/dokumen';
import { plan as planP2 } from '../../procedures/penunjukanLintasUnit/plan';
import { formatNomor } from '../../domain/penomoran';
import { RuleViolation } from '../../domain/refusal';
import { PROFILES, profileProblems, REGIONS } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { DEADLINES, permohonan } from '../support/cases';
import { snapshot } from '../support/orgs';

const plan = (region: Region, actor: string, over = {}) =>
  planP2(PROFILES[region], snapshot(demoMasterData(region)), permohonan(region, over), { caseId: 'c', actorNip: actor, deadlines: DEADLINES });

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('regional profiles', () => {
  it.each(REGIONS)('%s fits the schema, with a citation on every rule', (region) => {
    expect(profileProblems(PROFILES[region])).toEqual([]);
    const cites = JSON.stringify(PROFILES[region]).match(/"citation":"[^"]+"/g)!;
    expect(cites.every((c) => c.includes(region))).toBe(true);
  });

  it('rejects a profile with an unknown number placeholder or a missing citation', () => {
    const broken = structuredClone(PROFILES.pasuruan);
    broken.penunjukanLintasUnit.documents[0].nomor = '800/{n}/{kodeDinas}/{yyyy}';
    expect(profileProblems(broken)).toEqual(['penunjukanLintasUnit.surat-tugas.nomor: unknown placeholder {kodeDinas}']);
    const uncited = structuredClone(PROFILES.banjar) as { penunjukanLintasUnit: { steps: { citation?: string }[] } };
    delete uncited.penunjukanLintasUnit.steps[0].citation;
    expect(profileProblems(uncited)).not.toEqual([]);
  });
});

describe('P2 officials per region (spec P2)', () => {
  it.each([
    // region, steps [id, who], signatories
    ['bengkalis', [['keputusan', 'kadisKominfo']], ['kadisKominfo']],
    ['banjar', [['rekomendasi-puo', 'kadisKominfo'], ['keputusan-ppk', 'kabidAptika']], ['kadisKominfo', 'sekda']],
    ['pati', [['rekomendasi-puo', 'kadisKominfo'], ['keputusan-ppk', 'kabidAptika']], ['kabidAptika']],
    ['pasuruan', [['rekomendasi-ppk', 'kabidAptika'], ['keputusan-kepala-uo', 'kadisKominfo']], ['kadisKominfo']],
  ] as const)('%s', (region, steps, signers) => {
    const p = demoPeople(region);
    const input = plan(region, p.kepalaBappeda);
    expect(input.steps.map((s) => [s.id, s.assignee.nip])).toEqual(steps.map(([id, who]) => [id, p[who]]));
    expect(input.documents.map((d) => d.signatory.nip)).toEqual(signers.map((who) => p[who]));
  });

  it('tembusan follow the region: banjar and pati copy the requester\'s own PPK, bengkalis the Bupati, Sekda and BKPP', () => {
    // A Kepala Badan is assessed by the Sekretaris Daerah; a Kepala Bidang by the head of the Badan.
    expect(plan('banjar', demoPeople('banjar').kepalaBappeda).subject.tembusan).toEqual(['Sekretaris Daerah']);
    expect(plan('pati', demoPeople('pati').kepalaBappeda).documents[0].tembusan).toEqual(['Sekretaris Daerah']);
    expect(plan('pati', demoPeople('pati').kabidPerencanaan).subject.tembusan).toEqual(['Kepala Badan Perencanaan Pembangunan Daerah']);
    expect(plan('bengkalis', demoPeople('bengkalis').kepalaBappeda).documents[0].tembusan).toEqual([
      'Bupati Bengkalis', 'Sekretaris Daerah Kabupaten Bengkalis', 'Kepala BKPP Kabupaten Bengkalis',
    ]);
  });

  it('an undecided step escalates to the assignee\'s superior: Kabid → Kepala Dinas → Sekretaris Daerah', () => {
    const p = demoPeople('banjar');
    expect(plan('banjar', p.kepalaBappeda).steps.map((s) => [s.assignee.nip, s.atasan?.nip])).toEqual([
      [p.kadisKominfo, p.sekda],
      [p.kabidAptika, p.kadisKominfo],
    ]);
  });

  it('pati lets any leader of a unit organisasi request (pati pasal 1 angka 13); banjar only the PUO of the PD', () => {
    expect(plan('pati', demoPeople('pati').kabidPerencanaan).pemohon.nip).toBe(demoPeople('pati').kabidPerencanaan);
    expect(refusal(() => plan('banjar', demoPeople('banjar').kabidPerencanaan))).toMatchObject({ code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: 'banjar lampiran II.B.1.b.1' });
    // The role is checked before the request's other rules.
    expect(refusal(() => plan('banjar', demoPeople('banjar').kabidPerencanaan, { pegawai: demoPeople('banjar').tanpaKedudukan }))).toMatchObject({ code: 'NOT_REQUESTER_ROLE' });
  });

  it('bengkalis P2 crosses Perangkat Daerah; pati crosses units inside one', () => {
    const b = demoPeople('bengkalis');
    expect(refusal(() => plan('bengkalis', b.kadisKominfo, { unitPemilik: 'KOMINFO' }))).toMatchObject({ code: 'NOT_CROSS_UNIT', citation: 'bengkalis lampiran BAB I §II.B.1.b' });
    expect(refusal(() => plan('pati', demoPeople('pati').kadisKominfo, { unitPemilik: 'KOMINFO' }))).toMatchObject({ code: 'NOT_CROSS_UNIT' });
  });

  it('no assignment before kedudukan (banjar lampiran II.A.2)', () => {
    const p = demoPeople('banjar');
    expect(refusal(() => plan('banjar', p.kepalaBappeda, { pegawai: p.tanpaKedudukan }))).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', citation: 'banjar lampiran II.A.2' });
  });

  it('a named employee must be a JF or Pelaksana of the destination unit', () => {
    const p = demoPeople('banjar');
    expect(refusal(() => plan('banjar', p.kepalaBappeda, { pegawai: p.perencana }))).toMatchObject({ code: 'EMPLOYEE_NOT_ELIGIBLE', message: expect.stringContaining('is not in Bidang Aplikasi Informatika') });
    expect(refusal(() => plan('banjar', p.kepalaBappeda, { pegawai: p.kabidAptika }))).toMatchObject({ message: expect.stringContaining('structural position') });
  });
});

describe('letter numbers', () => {
  it('count the year in local time', () => {
    expect(tahun('2026-12-31T16:30:00Z', 'Asia/Makassar')).toBe(2027); // 00:30 WITA on 1 January
    expect(tahun('2026-12-31T16:30:00Z', 'Asia/Jakarta')).toBe(2026); // 23:30 WIB
  });

  it('date a day in local time', () => {
    expect(tanggalLokal('2027-03-11T23:30:00Z', 'Asia/Makassar')).toBe('2027-03-12'); // 07:30 WITA
    expect(tanggalLokal('2027-03-11T23:30:00Z', 'Asia/Jakarta')).toBe('2027-03-12'); // 06:30 WIB
    expect(tanggalLokal('2027-03-11T16:30:00Z', 'Asia/Jakarta')).toBe('2027-03-11'); // 23:30 WIB
  });

  it('fills the region templates', () => {
    const parts = { n: 17, year: 2026, kodeUnit: 'DISKOMINFO.APTIKA', kodePd: '115' };
    expect(formatNomor(PROFILES.pasuruan.penunjukanLintasUnit.documents[0].nomor, parts)).toBe('800/17/423.115/2026');
    expect(formatNomor(PROFILES.bengkalis.penunjukanLintasUnit.documents[0].nomor, parts)).toBe('800/17/SPT/DISKOMINFO.APTIKA/2026');
    expect(formatNomor(PROFILES.banjar.penunjukanLintasUnit.documents[0].nomor, parts)).toBe('17 TAHUN 2026');
  });
});
