// The master-data import rules, pure: every invalid row reported with its reason.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { validateImport, type MasterDataImport, type StoredKeys } from '../../domain/masterData';
import { PROFILES, REGIONS } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { variedOrg, variedPeople } from '../support/orgs';

const TODAY = '2026-11-23';
const NOTHING: StoredKeys = { units: new Map(), jabatan: new Map(), pegawai: new Map() };
const check = (data: MasterDataImport, stored = NOTHING, region: Region = 'banjar') => validateImport(data, stored, PROFILES[region], TODAY);
const storedOf = (data: MasterDataImport): StoredKeys => ({
  units: new Map(data.units!.map((u) => [u.kode, { induk: u.induk, jenis: u.jenis }])),
  jabatan: new Map(data.jabatan!.map((j) => [j.kode, { unit: j.unit, jenis: j.jenis, memimpinUnit: !!j.memimpinUnit }])),
  pegawai: new Map(data.pegawai!.map((p) => [p.nip, { jabatan: p.jabatan }])),
});
const reasonsOf = (data: MasterDataImport, region: Region = 'banjar') =>
  check(data, NOTHING, region).map((e) => `${e.sheet}[${e.row}].${e.field ?? ''}: ${e.reason}${e.citation ? ` (${e.citation})` : ''}`);

describe('validateImport', () => {
  it('accepts the demo data of every region', () => {
    for (const region of REGIONS) expect([region, check(demoMasterData(region), NOTHING, region)]).toEqual([region, []]);
  });

  it('resolves references against what is already stored', () => {
    const stored = storedOf(demoMasterData('banjar'));
    // Only one new employee, whose unit, position and PPK are all stored already.
    const nip = '199601012022031299';
    expect(check({ pegawai: [{ nip, nama: 'Baru', golongan: 'III/a', jabatan: 'PRAKOM-PERTAMA', pendidikan: 'S1', pengalamanTahun: 1, kedudukan: { ppk: demoPeople('banjar').kabidAptika } }] }, stored)).toEqual([]);
  });

  it('finds duplicates, a second head, jenjang misuse and a PUO given to a structural official', () => {
    const data = demoMasterData('banjar');
    const p = demoPeople('banjar');
    const u = data.units!.push({ ...data.units![0] }) - 1, j = data.jabatan!.length;
    data.jabatan!.push(
      { kode: 'KABID-APTIKA-2', nama: 'Kepala Bidang Aptika (kedua)', unit: 'KOMINFO-APTIKA', jenis: 'administrator', memimpinUnit: true },
      { kode: 'JF-TANPA-JENJANG', nama: 'Analis', unit: 'KOMINFO-APTIKA', jenis: 'fungsional' },
      { kode: 'PELAKSANA-MEMIMPIN', nama: 'Pengadministrasi', unit: 'KOMINFO-APTIKA', jenis: 'pelaksana', jenjang: 'pertama', memimpinUnit: true },
    );
    data.pegawai!.find((x) => x.nip === p.kadisKominfo)!.kedudukan = { ppk: p.sekda, puo: p.sekda };
    data.pegawai!.find((x) => x.nip === p.pranataKomputer2)!.jabatan = 'KADIS-KOMINFO'; // a second holder of a head position
    const errors = check(data);
    const reasons = errors.map((e) => `${e.sheet}[${e.row}].${e.field ?? ''}: ${e.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      `units[0].: duplicate key SETDA in this import (rows 0, ${u})`,
      `units[${u}].: duplicate key SETDA in this import (rows 0, ${u})`,
      expect.stringMatching(new RegExp(`^jabatan\\[${j}\\]\\.memimpinUnit: unit KOMINFO-APTIKA would have more than one head position`)),
      `jabatan[${j + 1}].jenjang: a jabatan fungsional has a jenjang`,
      `jabatan[${j + 2}].jenjang: jenjang applies only to jabatan fungsional, not pelaksana`,
      `jabatan[${j + 2}].memimpinUnit: a pelaksana position does not lead a unit`,
      'pegawai[1].kedudukan.puo: a unit leader has a penilai kinerja (kedudukan.ppk) but no PUO: a PUO assigns work to a JF or Pelaksana',
      expect.stringMatching(/^pegawai\[6\]\.jabatan: position KADIS-KOMINFO leads a unit and would be held by/),
    ]));
  });

  it('refuses a PPK or PUO who is not a structural official, citing the rule', () => {
    const data = demoMasterData('banjar');
    const p = demoPeople('banjar');
    data.pegawai!.find((x) => x.nip === p.pranataKomputer1)!.kedudukan = { ppk: p.kabidAptika, puo: p.perencana };
    expect(check(data)).toEqual([{
      sheet: 'pegawai', row: 5, key: p.pranataKomputer1, field: 'kedudukan.puo',
      reason: `${p.perencana} holds no structural position and leads no unit kerja mandiri: a PPK or PUO is at least a Pengawas`, citation: 'banjar pasal 1 angka 23',
    }]);
  });

  it('reports every row sharing a duplicated NIP, unit code or jabatan code, not only the second', () => {
    const data = demoMasterData('pati');
    const p = demoPeople('pati');
    const pg = data.pegawai!.push({ ...data.pegawai![5] }, { ...data.pegawai![5], nama: 'Ketiga' }) - 2;
    const jb = data.jabatan!.push({ ...data.jabatan![3] }) - 1;
    const un = data.units!.push({ ...data.units![3] }) - 1;
    const dup = check(data, NOTHING, 'pati').filter((e) => e.reason.startsWith('duplicate'));
    expect(dup.map((e) => [e.sheet, e.row, e.key, e.reason])).toEqual([
      ...[3, un].map((row) => ['units', row, 'KOMINFO-APTIKA', `duplicate key KOMINFO-APTIKA in this import (rows 3, ${un})`]),
      ...[3, jb].map((row) => ['jabatan', row, 'PRAKOM-PERTAMA', `duplicate key PRAKOM-PERTAMA in this import (rows 3, ${jb})`]),
      ...[5, pg, pg + 1].map((row) => ['pegawai', row, p.pranataKomputer1, `duplicate key ${p.pranataKomputer1} in this import (rows 5, ${pg}, ${pg + 1})`]),
    ]);
  });
});

describe('validateImport over a varied org tree', () => {
  it.each(REGIONS)('%s accepts a UPTD Puskesmas led by a Dokter Ahli Madya who is PPK (and PUO) of its perawat and bidan', (region) => {
    expect(check(variedOrg(region), NOTHING, region)).toEqual([]);
  });

  it('accepts the penilai kinerja of structural officials and of a JF head, and refuses one who is not a superior', () => {
    const data = variedOrg('banjar');
    const p = variedPeople('banjar');
    const row = (nip: string) => data.pegawai!.findIndex((x) => x.nip === nip);
    data.pegawai![row(p.lurah)].kedudukan = { ppk: p.camat };
    data.pegawai![row(p.kasiPem)].kedudukan = { ppk: p.camat };
    expect(check(data)).toEqual([]);
    data.pegawai![row(p.camat)].kedudukan = { ppk: p.camat };
    data.pegawai![row(p.sekcam)].kedudukan = { ppk: p.perawat1 };
    expect(reasonsOf(data)).toEqual([
      `pegawai[${row(p.camat)}].kedudukan.ppk: an official is not their own PPK or PUO: it is their superior (banjar pasal 1 angka 23)`,
      `pegawai[${row(p.sekcam)}].kedudukan.ppk: ${p.perawat1} holds no structural position and leads no unit kerja mandiri: a PPK or PUO is at least a Pengawas (banjar pasal 1 angka 23)`,
    ]);
  });

  it('a JF head is PPK and PUO only of the staff of the unit kerja mandiri they lead', () => {
    const data = variedOrg('pati');
    const p = variedPeople('pati');
    const row = data.pegawai!.findIndex((x) => x.nip === p.epidemiolog); // Bidang Kesehatan Masyarakat, beside the Puskesmas
    data.pegawai![row].kedudukan = { ppk: p.kapus, puo: p.kapus };
    expect(reasonsOf(data, 'pati')).toEqual(['kedudukan.ppk', 'kedudukan.puo'].map((f) =>
      `pegawai[${row}].${f}: ${p.kapus} is a Pejabat Fungsional leading PKM-KOTA: PPK or PUO only of its staff, not of DINKES-KESMAS (pati pasal 6(2), lampiran B.1 struktur d)`));
  });

  it('a JF leads only the kinds of unit kerja mandiri the region names; a Pelaksana leads none', () => {
    const data = variedOrg('bengkalis');
    data.units!.push({ kode: 'LABKES', nama: 'Unit Laboratorium Kesehatan', induk: 'DINKES', jenis: 'unit', kodeSurat: 'LABKES' });
    data.jabatan!.push(
      { kode: 'KALAB', nama: 'Pranata Laboratorium Kesehatan Ahli Madya selaku Kepala Unit', unit: 'LABKES', jenis: 'fungsional', jenjang: 'madya', memimpinUnit: true },
      { kode: 'KASUBAG-JF', nama: 'Analis Kebijakan selaku Kepala Bidang', unit: 'DINKES-KESMAS', jenis: 'fungsional', jenjang: 'madya', memimpinUnit: true },
      { kode: 'PELAKSANA-KEPALA', nama: 'Pengadministrasi selaku Kepala', unit: 'LABKES', jenis: 'pelaksana', memimpinUnit: true },
    );
    const rows = data.jabatan!.length;
    expect(reasonsOf(data, 'bengkalis')).toEqual(expect.arrayContaining([
      `jabatan[${rows - 3}].memimpinUnit: a jabatan fungsional leads only a unit kerja mandiri (uptd), not a unit (bengkalis pasal 6(2), lampiran BAB I §II.A)`,
      `jabatan[${rows - 2}].memimpinUnit: a jabatan fungsional leads only a unit kerja mandiri (uptd), not a bidang (bengkalis pasal 6(2), lampiran BAB I §II.A)`,
      `jabatan[${rows - 1}].memimpinUnit: a pelaksana position does not lead a unit (bengkalis pasal 6(2), lampiran BAB I §II.A)`,
    ]));
    // Pati's unit kerja mandiri may be a UPTD or another unit (pati lampiran B.1 struktur d).
    const pati = variedOrg('pati');
    pati.units!.push(data.units!.at(-1)!);
    pati.jabatan!.push(data.jabatan!.at(-3)!);
    expect(check(pati, NOTHING, 'pati')).toEqual([]);
  });

  it('a JF without a headship is still no PPK, citing the region', () => {
    for (const [region, citation] of [['banjar', 'banjar pasal 1 angka 23'], ['pati', 'pati pasal 1 angka 15']] as const) {
      const data = variedOrg(region);
      const p = variedPeople(region);
      const row = data.pegawai!.findIndex((x) => x.nip === p.perawat2);
      data.pegawai![row].kedudukan = { ppk: p.perawat1 };
      expect(check(data, NOTHING, region)).toEqual([{
        sheet: 'pegawai', row, key: p.perawat2, field: 'kedudukan.ppk', citation,
        reason: `${p.perawat1} holds no structural position and leads no unit kerja mandiri: a PPK or PUO is at least a Pengawas`,
      }]);
    }
  });

  it('checks a JF head stored earlier: the unit kind and headship come from what is stored', () => {
    const data = variedOrg('banjar');
    const p = variedPeople('banjar');
    const stored = storedOf(data);
    const nip = '199805052023032299';
    const bidanBaru = { nip, nama: 'Bidan Baru', golongan: 'II/c' as const, jabatan: 'BIDAN-TERAMPIL', pendidikan: 'D3' as const, pengalamanTahun: 1 };
    expect(check({ pegawai: [{ ...bidanBaru, kedudukan: { ppk: p.kapus } }] }, stored)).toEqual([]);
    expect(check({ pegawai: [{ ...bidanBaru, jabatan: 'EPIDEMIOLOG-MUDA', kedudukan: { ppk: p.kapus } }] }, stored)).toEqual([
      expect.objectContaining({ field: 'kedudukan.ppk', citation: 'banjar pasal 8(2), pasal 1 angka 21' }),
    ]);
  });
});
