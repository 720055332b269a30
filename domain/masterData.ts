// Checks a master-data import as a whole, against itself and what is already stored, so that an
// import with any invalid row writes nothing and every invalid row is reported with its reason.
import { isStruktural, type Golongan, type JenisJabatan, type Jenjang, type Pendidikan, type Predikat } from './kepegawaian';
import { nipProblems } from './nip';
import type { RegionalProfile } from '../profiles/schema';
import type { JenisUnit } from './organisasi';

export interface UnitRow {
  kode: string; nama: string; induk: string | null; jenis: JenisUnit; kodeSurat: string;
  /** A Perangkat Daerah's address block, printed on the kop of what it issues. */
  alamat?: string; telepon?: string; laman?: string; surel?: string; kodePos?: string;
}
export interface JabatanRow { kode: string; nama: string; unit: string; jenis: JenisJabatan; jenjang?: Jenjang; memimpinUnit?: boolean }
export interface PegawaiRow {
  nip: string; nama: string; golongan: Golongan; jabatan: string; pendidikan: Pendidikan;
  predikatTerakhir?: Predikat; pengalamanTahun: number; hasilPenyetaraan?: boolean;
  kedudukan?: { ppk: string; puo?: string };
}
export interface MasterDataImport {
  units?: UnitRow[];
  jabatan?: JabatanRow[];
  pegawai?: PegawaiRow[];
  /** The kepala daerah in office, whose name a decree they sign carries. */
  kepalaDaerah?: { nama: string };
}

/** What is stored already, as far as the references of an import need it. */
export interface StoredKeys {
  units: Map<string, { induk: string | null; jenis: JenisUnit }>;
  jabatan: Map<string, { unit: string; jenis: JenisJabatan; memimpinUnit: boolean }>;
  pegawai: Map<string, { jabatan: string }>; // nip → jabatan
}

export interface RowError { sheet: 'units' | 'jabatan' | 'pegawai'; row: number; key: string; field?: string; reason: string; citation?: string }

/** The region's kedudukan rules an import is checked against. */
export type MasterDataRules = Pick<RegionalProfile, 'ppkMinimum' | 'pimpinanFungsional'>;

export function validateImport(data: MasterDataImport, stored: StoredKeys, rules: MasterDataRules, today: string): RowError[] {
  const errors: RowError[] = [];
  const units = data.units ?? [], jabatan = data.jabatan ?? [], pegawai = data.pegawai ?? [];
  const jfHead = rules.pimpinanFungsional;

  // Every row sharing a key is reported, so that the file can be fixed in one pass.
  const duplicates = <T>(sheet: RowError['sheet'], rows: T[], key: (r: T) => string) => {
    const rowsOf = groupBy(rows.map((r, row) => ({ k: key(r), row })), (x) => x.k, (x) => String(x.row));
    rows.forEach((r, row) => {
      const k = key(r), same = rowsOf.get(k)!;
      if (same.length > 1) errors.push({ sheet, row, key: k, reason: `duplicate key ${k} in this import (rows ${same.join(', ')})` });
    });
  };
  duplicates('units', units, (u) => u.kode);
  duplicates('jabatan', jabatan, (j) => j.kode);
  duplicates('pegawai', pegawai, (p) => p.nip);

  // Units: the merged tree (stored, overridden by this import) must have known parents and no cycles.
  const unitAll = new Map(stored.units);
  for (const u of units) unitAll.set(u.kode, { induk: u.induk, jenis: u.jenis });
  const parentOf = (kode: string) => unitAll.get(kode)?.induk ?? null;
  units.forEach((u, row) => {
    if (u.induk !== null && !unitAll.has(u.induk))
      errors.push({ sheet: 'units', row, key: u.kode, field: 'induk', reason: `parent unit ${u.induk} does not exist` });
    const seen = new Set<string>([u.kode]);
    for (let p = u.induk; p !== null; p = parentOf(p)) {
      if (seen.has(p)) {
        errors.push({ sheet: 'units', row, key: u.kode, field: 'induk', reason: `unit ${u.kode} is its own ancestor (cycle through ${p})` });
        break;
      }
      seen.add(p);
    }
  });
  /** Whether a unit is, or lies below, another (on the merged tree, which may still hold a cycle). */
  const isWithin = (kode: string, ancestor: string) => {
    const seen = new Set<string>();
    for (let u: string | null = kode; u !== null && !seen.has(u); u = parentOf(u)) {
      if (u === ancestor) return true;
      seen.add(u);
    }
    return false;
  };

  // Positions: in a known unit; jenjang exactly for JF; a structural position leads a unit, and so
  // does a JF appointed to lead a unit kerja mandiri where the region allows it; one head per unit.
  const jabatanAll = new Map(stored.jabatan);
  for (const j of jabatan) jabatanAll.set(j.kode, { unit: j.unit, jenis: j.jenis, memimpinUnit: !!j.memimpinUnit });
  jabatan.forEach((j, row) => {
    if (!unitAll.has(j.unit)) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'unit', reason: `unit ${j.unit} does not exist` });
    if (j.jenis === 'fungsional' && !j.jenjang) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'jenjang', reason: 'a jabatan fungsional has a jenjang' });
    if (j.jenis !== 'fungsional' && j.jenjang) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'jenjang', reason: `jenjang applies only to jabatan fungsional, not ${j.jenis}` });
    if (!j.memimpinUnit || isStruktural(j.jenis)) return;
    const jenisUnit = unitAll.get(j.unit)?.jenis;
    if (j.jenis !== 'fungsional')
      errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'memimpinUnit', reason: `a ${j.jenis} position does not lead a unit`, citation: jfHead.citation });
    else if (jenisUnit && !jfHead.jenisUnit.includes(jenisUnit))
      errors.push({
        sheet: 'jabatan', row, key: j.kode, field: 'memimpinUnit', citation: jfHead.citation,
        reason: `a jabatan fungsional leads only a unit kerja mandiri (${jfHead.jenisUnit.join(', ')}), not a ${jenisUnit}`,
      });
  });
  const headsOf = groupBy([...jabatanAll].filter(([, j]) => j.memimpinUnit), ([, j]) => j.unit, ([kode]) => kode);
  jabatan.forEach((j, row) => {
    const heads = headsOf.get(j.unit) ?? [];
    if (j.memimpinUnit && heads.length > 1)
      errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'memimpinUnit', reason: `unit ${j.unit} would have more than one head position: ${heads.join(', ')}` });
  });

  // Employees: a possible NIP, a known position, heads held by one person. Kedudukan: a JF or
  // Pelaksana has a PPK and a PUO; a structural official (or a JF head) only their penilai kinerja.
  const pegawaiAll = new Map(stored.pegawai);
  for (const p of pegawai) pegawaiAll.set(p.nip, { jabatan: p.jabatan });
  const holdersOf = groupBy([...pegawaiAll].filter(([, p]) => jabatanAll.get(p.jabatan)?.memimpinUnit), ([, p]) => p.jabatan, ([nip]) => nip);
  const jabatanOf = (nip: string) => jabatanAll.get(pegawaiAll.get(nip)?.jabatan ?? '');
  pegawai.forEach((p, row) => {
    for (const reason of nipProblems(p.nip, today)) errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'nip', reason });
    const j = jabatanAll.get(p.jabatan);
    if (!j) errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'jabatan', reason: `position ${p.jabatan} does not exist` });
    const holders = holdersOf.get(p.jabatan) ?? [];
    if (holders.length > 1)
      errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'jabatan', reason: `position ${p.jabatan} leads a unit and would be held by ${holders.join(', ')}` });
    if (!p.kedudukan) return;
    if (j && (isStruktural(j.jenis) || j.memimpinUnit) && p.kedudukan.puo)
      errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'kedudukan.puo', reason: 'a unit leader has a penilai kinerja (kedudukan.ppk) but no PUO: a PUO assigns work to a JF or Pelaksana' });
    for (const [field, nip] of [['kedudukan.ppk', p.kedudukan.ppk], ['kedudukan.puo', p.kedudukan.puo]] as const) {
      if (!nip) continue;
      const over = jabatanOf(nip);
      if (nip === p.nip) errors.push({ sheet: 'pegawai', row, key: p.nip, field, reason: 'an official is not their own PPK or PUO: it is their superior', citation: rules.ppkMinimum.citation });
      else if (!pegawaiAll.has(nip)) errors.push({ sheet: 'pegawai', row, key: p.nip, field, reason: `employee ${nip} does not exist` });
      else if (over && !isStruktural(over.jenis) && over.memimpinUnit) {
        // A JF head: over the staff of the unit kerja mandiri they lead.
        if (j && !isWithin(j.unit, over.unit))
          errors.push({ sheet: 'pegawai', row, key: p.nip, field, citation: jfHead.citation, reason: `${nip} is a Pejabat Fungsional leading ${over.unit}: PPK or PUO only of its staff, not of ${j.unit}` });
      } else if (!over || !isStruktural(over.jenis))
        errors.push({ sheet: 'pegawai', row, key: p.nip, field, reason: `${nip} holds no structural position and leads no unit kerja mandiri: a PPK or PUO is at least a Pengawas`, citation: rules.ppkMinimum.citation });
    }
  });
  return errors;
}

function groupBy<T>(items: T[], key: (t: T) => string, value: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), value(t)]);
  return out;
}
