// The master-data import rules, pure: every invalid row reported with its reason.
import { describe, expect, it } from 'vitest';
import { demoMasterData, demoPeople } from '../../demo/masterData';
import { validateImport, type MasterDataImport, type StoredKeys } from '../../domain/masterData';

const TODAY = '2026-11-23';
const RULES = { ppkMinimum: { citation: 'banjar pasal 1 angka 23' } };
const NOTHING: StoredKeys = { units: new Map(), jabatan: new Map(), pegawai: new Map() };
const check = (data: MasterDataImport, stored = NOTHING) => validateImport(data, stored, RULES, TODAY);

describe('validateImport', () => {
  it('accepts the demo data of every region', () => {
    for (const region of ['bengkalis', 'banjar', 'pati', 'pasuruan'] as const) expect(check(demoMasterData(region))).toEqual([]);
  });

  it('resolves references against what is already stored', () => {
    const data = demoMasterData('banjar');
    const stored: StoredKeys = {
      units: new Map(data.units!.map((u) => [u.kode, u.induk])),
      jabatan: new Map(data.jabatan!.map((j) => [j.kode, { unit: j.unit, jenis: j.jenis, memimpinUnit: !!j.memimpinUnit }])),
      pegawai: new Map(data.pegawai!.map((p) => [p.nip, { jabatan: p.jabatan }])),
    };
    // Only one new employee, whose unit, position and PPK are all stored already.
    const nip = '199601012022031299';
    expect(check({ pegawai: [{ nip, nama: 'Baru', golongan: 'III/a', jabatan: 'PRAKOM-PERTAMA', pendidikan: 'S1', pengalamanTahun: 1, kedudukan: { ppk: demoPeople('banjar').kabidAptika } }] }, stored)).toEqual([]);
  });

  it('finds duplicates, a second head, jenjang misuse and a structural official given a kedudukan', () => {
    const data = demoMasterData('banjar');
    const p = demoPeople('banjar');
    data.units!.push({ ...data.units![0] });
    data.jabatan!.push(
      { kode: 'KABID-APTIKA-2', nama: 'Kepala Bidang Aptika (kedua)', unit: 'KOMINFO-APTIKA', jenis: 'administrator', memimpinUnit: true },
      { kode: 'JF-TANPA-JENJANG', nama: 'Analis', unit: 'KOMINFO-APTIKA', jenis: 'fungsional' },
      { kode: 'PELAKSANA-MEMIMPIN', nama: 'Pengadministrasi', unit: 'KOMINFO-APTIKA', jenis: 'pelaksana', jenjang: 'pertama', memimpinUnit: true },
    );
    data.pegawai!.find((x) => x.nip === p.kadisKominfo)!.kedudukan = { ppk: p.sekda };
    data.pegawai!.find((x) => x.nip === p.pranataKomputer2)!.jabatan = 'KADIS-KOMINFO'; // a second holder of a head position
    const errors = check(data);
    const reasons = errors.map((e) => `${e.sheet}[${e.row}].${e.field ?? ''}: ${e.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      'units[6].: duplicate key SETDA in this import',
      expect.stringMatching(/^jabatan\[9\]\.memimpinUnit: unit KOMINFO-APTIKA would have more than one head position/),
      'jabatan[10].jenjang: a jabatan fungsional has a jenjang',
      'jabatan[11].jenjang: jenjang applies only to jabatan fungsional, not pelaksana',
      'jabatan[11].memimpinUnit: a pelaksana position does not lead a unit',
      'pegawai[1].kedudukan: kedudukan (PPK/PUO) is set for a JF or Pelaksana, not a structural official',
      expect.stringMatching(/^pegawai\[6\]\.jabatan: position KADIS-KOMINFO leads a unit and would be held by/),
    ]));
  });

  it('refuses a PPK or PUO who is not a structural official, citing the rule', () => {
    const data = demoMasterData('banjar');
    const p = demoPeople('banjar');
    data.pegawai!.find((x) => x.nip === p.pranataKomputer1)!.kedudukan = { ppk: p.kabidAptika, puo: p.perencana };
    expect(check(data)).toEqual([{
      sheet: 'pegawai', row: 5, key: p.pranataKomputer1, field: 'kedudukan.puo',
      reason: `${p.perencana} holds no structural position: a PPK or PUO is at least a Pengawas`, citation: 'banjar pasal 1 angka 23',
    }]);
  });
});
