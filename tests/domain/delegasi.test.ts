// The Plt/Plh rules as pure functions: who appoints, whether a new delegation fits, who acts for a
// holder at a moment, and how a delegate signs.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { checkDelegasi, checkJenis, denganPlt, pengangkatOf, rantaiUntuk, tingkatOf, type Delegasi } from '../../domain/delegasi';
import { jabatanTandaTangan } from '../../domain/dokumen';
import { headOf, type OrgSnapshot } from '../../domain/organisasi';
import { officialRef } from '../../domain/penugasan';
import { puoOf } from '../../domain/pejabat';
import { RuleViolation } from '../../domain/refusal';
import { PROFILES } from '../../profiles';

const rules = PROFILES.banjar.delegasi;
const p = demoPeople('banjar');
const data = demoMasterData('banjar');
const jabatan = Object.fromEntries(data.jabatan!.map((j) => [j.kode, { kode: j.kode, nama: j.nama, unit: j.unit, memimpinUnit: !!j.memimpinUnit }]));
const holderOf = Object.fromEntries(data.pegawai!.map((e) => [e.nip, e.jabatan]));
const positionOf = (nip: string) => holderOf[nip];
const org: OrgSnapshot = {
  units: Object.fromEntries(data.units!.map((u) => [u.kode, u])),
  pegawai: Object.fromEntries(data.pegawai!.map((e) => {
    const j = jabatan[e.jabatan]!;
    return [e.nip, { ...e, namaJabatan: j.nama, jenisJabatan: 'administrator', unit: j.unit, memimpinUnit: j.memimpinUnit, hasilPenyetaraan: false }];
  })) as OrgSnapshot['pegawai'],
};
const D = (jab: string, delegate: string, over: Partial<Delegasi> = {}): Delegasi => ({
  id: `${jab}-${delegate}`, region: 'banjar', jabatan: jab, pemegangNip: data.pegawai!.find((e) => e.jabatan === jab)?.nip, delegasiNip: delegate, jenis: 'Plh',
  mulai: '2027-01-01T00:00:00Z', sampai: '2027-01-08T00:00:00Z', dasar: { nomor: '800/1', tanggal: '2026-12-30' }, ...over,
});
const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleViolation) return e.refusal.code;
    throw e;
  }
  return 'accepted';
};

describe('who appoints a Plh or Plt', () => {
  it('inside a PD its head; a PD\'s head the Sekretaris Daerah or the BKPSDM; the Sekretaris Daerah the BKPSDM', () => {
    expect(pengangkatOf(rules, org, jabatan['KABID-APTIKA']!)).toMatchObject({ nips: [p.kadisKominfo], kepegawaian: false });
    expect(pengangkatOf(rules, org, jabatan['KADIS-KOMINFO']!)).toMatchObject({ nips: [p.sekda], kepegawaian: true });
    expect(pengangkatOf(rules, org, jabatan.SEKDA!)).toMatchObject({ nips: [], kepegawaian: true, citation: expect.stringContaining('UU 30/2014') });
  });
});

describe('a new delegation', () => {
  const chain = [D('KADIS-KOMINFO', p.kadisKesehatan), D('KADIS-KESEHATAN', p.kepalaBappeda), D('KABAN-BAPPEDA', p.sekda)];
  it('fits a chain of up to three, and refuses a fourth link, a cycle, an overlap, the holder, and a Plh of a vacant position', () => {
    expect(refusal(() => checkDelegasi(rules, chain[2]!, chain.slice(0, 2), positionOf))).toBe('accepted');
    expect(refusal(() => checkDelegasi(rules, D('SEKDA', p.kabidPerencanaan), chain, positionOf))).toBe('DELEGATION_CHAIN_TOO_LONG');
    expect(refusal(() => checkDelegasi(rules, D('SEKDA', p.kadisKominfo), chain, positionOf))).toBe('DELEGATION_CYCLE');
    expect(refusal(() => checkDelegasi(rules, D('KADIS-KOMINFO', p.kabidAptika, { mulai: '2027-01-07T00:00:00Z', sampai: '2027-02-01T00:00:00Z' }), chain, positionOf))).toBe('DELEGATION_OVERLAPS');
    expect(refusal(() => checkDelegasi(rules, D('KADIS-KOMINFO', p.kabidAptika, { mulai: '2027-01-08T00:00:00Z', sampai: '2027-02-01T00:00:00Z' }), chain, positionOf))).toBe('accepted');
    expect(refusal(() => checkDelegasi(rules, D('KABID-APTIKA', p.kabidAptika), [], positionOf))).toBe('DELEGATE_IS_HOLDER');
    expect(refusal(() => checkDelegasi(rules, D('KABID-APTIKA', p.pranataKomputer1, { pemegangNip: undefined }), [], positionOf))).toBe('PLH_POSITION_VACANT');
    expect(refusal(() => checkDelegasi(rules, D('KABID-APTIKA', p.pranataKomputer1, { pemegangNip: undefined, jenis: 'Plt' }), [], positionOf))).toBe('accepted');
    expect(refusal(() => checkDelegasi(rules, D('KABID-APTIKA', p.pranataKomputer1, { sampai: '2027-01-01T00:00:00Z' }), [], positionOf))).toBe('PERIOD_INVALID');
  });
});

describe('who acts for a holder', () => {
  const chain = [D('KADIS-KOMINFO', p.kadisKesehatan), D('KADIS-KESEHATAN', p.kepalaBappeda), D('KABAN-BAPPEDA', p.sekda)];
  it('follows the delegations in force, at most as far as the limit, never round a cycle', () => {
    expect(rantaiUntuk(p.kadisKominfo, chain, positionOf, 3).map((d) => d.delegasiNip)).toEqual([p.kadisKesehatan, p.kepalaBappeda, p.sekda]);
    expect(rantaiUntuk(p.kadisKominfo, chain, positionOf, 2).map((d) => d.delegasiNip)).toEqual([p.kadisKesehatan, p.kepalaBappeda]);
    expect(rantaiUntuk(p.kabidAptika, chain, positionOf, 3)).toEqual([]);
    const cycle = [D('KADIS-KOMINFO', p.kadisKesehatan), D('KADIS-KESEHATAN', p.kadisKominfo)];
    expect(rantaiUntuk(p.kadisKominfo, cycle, positionOf, 3).map((d) => d.delegasiNip)).toEqual([p.kadisKesehatan]);
  });
});

describe('how a delegate signs', () => {
  const person = { nama: 'dr. Hj. Nurul Hasanah, M.Kes.', nip: p.kadisKesehatan, pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Dinas Komunikasi dan Informatika' };
  it('"Plh." / "Plt." before the jabatan, and the a.n. line above a Sekretaris Daerah signing for the Bupati', () => {
    expect(jabatanTandaTangan({ ...person, delegasi: 'Plh' as const })).toEqual(['Plh. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,']);
    expect(jabatanTandaTangan({ ...person, delegasi: 'Plt' as const })).toEqual(['Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,']);
    expect(jabatanTandaTangan(person)).toEqual(['KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,']);
    expect(jabatanTandaTangan({ ...person, jabatan: 'Sekretaris Daerah', atasNama: rules.tandaTangan.atasNama })).toEqual(['a.n. BUPATI BANJAR', 'SEKRETARIS DAERAH,']);
    expect(jabatanTandaTangan({ jabatan: 'Bupati Banjar', nama: 'H. Ahmad Rizani' })).toEqual(['BUPATI BANJAR,']);
  });
});

describe('a Plt in a vacant position', () => {
  const { [p.kadisKominfo]: _left, ...others } = org.pegawai;
  const vacant: OrgSnapshot = { ...org, pegawai: others };
  const plt = { d: D('KADIS-KOMINFO', p.kadisKesehatan, { jenis: 'Plt', pemegangNip: undefined }), pelaksana: org.pegawai[p.kadisKesehatan]!, jabatan: { jabatan: 'KADIS-KOMINFO', namaJabatan: 'Kepala Dinas Komunikasi dan Informatika', jenisJabatan: 'jpt-pratama' as const, unit: 'KOMINFO' } };

  it('the position\'s roles resolve to the Plt, who keeps their own record and position beside it', () => {
    const o = denganPlt(vacant, [plt]);
    expect(headOf(vacant, 'KOMINFO')).toBeUndefined();
    expect(puoOf(PROFILES.banjar, o, 'KOMINFO-APTIKA')).toMatchObject({ nip: p.kadisKesehatan, unit: 'KOMINFO', memimpinUnit: true, lowong: { jenis: 'Plt', dasar: 'Surat Perintah Nomor 800/1 tanggal 2026-12-30' } });
    expect(officialRef(o, headOf(o, 'KOMINFO')!)).toEqual({ nip: p.kadisKesehatan, nama: org.pegawai[p.kadisKesehatan]!.nama, jabatan: 'Plt. Kepala Dinas Komunikasi dan Informatika' });
    expect(o.pegawai[p.kadisKesehatan]).toEqual(org.pegawai[p.kadisKesehatan]);
  });

  it('a position filled since is its holder\'s', () => {
    expect(headOf(denganPlt(org, [plt]), 'KOMINFO')!.nip).toBe(p.kadisKominfo);
  });
});

describe('Pj and Pjs (Permendagri 1/2023 pasal 44(4)–(5))', () => {
  const tingkat = (kode: string) => tingkatOf(org, jabatan[kode]!);

  it('a Pj stands in only for a vacant Sekretaris Daerah; a Pjs for the kepala daerah, no position here', () => {
    expect(refusal(() => checkJenis({ jenis: 'Pj', jabatan: 'SEKDA' }, tingkat('SEKDA')))).toBe('accepted');
    expect(refusal(() => checkJenis({ jenis: 'Pj', jabatan: 'SEKDA', pemegangNip: p.sekda }, tingkat('SEKDA')))).toBe('DELEGATION_KIND_NOT_FOR_POSITION');
    expect(refusal(() => checkJenis({ jenis: 'Pj', jabatan: 'KADIS-KOMINFO' }, tingkat('KADIS-KOMINFO')))).toBe('DELEGATION_KIND_NOT_FOR_POSITION');
    expect(refusal(() => checkJenis({ jenis: 'Pjs', jabatan: 'SEKDA', pemegangNip: p.sekda }, tingkat('SEKDA')))).toBe('DELEGATION_KIND_NOT_FOR_POSITION');
    for (const kode of ['SEKDA', 'KADIS-KOMINFO', 'KABID-APTIKA'])
      for (const jenis of ['Plt', 'Plh'] as const) expect(refusal(() => checkJenis({ jenis, jabatan: kode, pemegangNip: 'x' }, tingkat(kode)))).toBe('accepted');
  });

  it('a Pj signs "Pj." before the jabatan, and the Sekretaris Daerah\'s position resolves to them while it is vacant', () => {
    const person = { nama: 'Drs. H. Ahmad Fauzi, M.Si.', nip: p.sekda, pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Sekretaris Daerah' };
    expect(jabatanTandaTangan({ ...person, delegasi: 'Pj' as const })).toEqual(['Pj. SEKRETARIS DAERAH,']);
    expect(jabatanTandaTangan({ ...person, delegasi: 'Pj' as const, atasNama: 'a.n. BUPATI BANJAR' })).toEqual(['a.n. BUPATI BANJAR', 'Pj. SEKRETARIS DAERAH,']);
    const { [p.sekda]: _left, ...others } = org.pegawai;
    const pj = { d: D('SEKDA', p.kepalaBappeda, { jenis: 'Pj', pemegangNip: undefined }), pelaksana: org.pegawai[p.kepalaBappeda]!, jabatan: { jabatan: 'SEKDA', namaJabatan: 'Sekretaris Daerah', jenisJabatan: 'jpt-pratama' as const, unit: 'SETDA' } };
    const o = denganPlt({ ...org, pegawai: others }, [pj]);
    expect(officialRef(o, headOf(o, 'SETDA')!)).toMatchObject({ nip: p.kepalaBappeda, jabatan: 'Pj. Sekretaris Daerah' });
  });
});
