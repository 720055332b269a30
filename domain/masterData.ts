// Checks a master-data import as a whole, against itself and what is already stored, so that an
// import with any invalid row writes nothing and every invalid row is reported with its reason.
import { isStruktural, type Golongan, type JenisJabatan, type Jenjang, type Pendidikan, type Predikat } from './kepegawaian';
import { nipProblems } from './nip';
import type { JenisUnit } from './organisasi';

export interface UnitRow { kode: string; nama: string; induk: string | null; jenis: JenisUnit; kodeSurat: string; alamat?: string }
export interface JabatanRow { kode: string; nama: string; unit: string; jenis: JenisJabatan; jenjang?: Jenjang; memimpinUnit?: boolean }
export interface PegawaiRow {
  nip: string; nama: string; golongan: Golongan; jabatan: string; pendidikan: Pendidikan;
  predikatTerakhir?: Predikat; pengalamanTahun: number; hasilPenyetaraan?: boolean;
  kedudukan?: { ppk: string; puo?: string };
}
export interface MasterDataImport { units?: UnitRow[]; jabatan?: JabatanRow[]; pegawai?: PegawaiRow[] }

/** What is stored already, as far as the references of an import need it. */
export interface StoredKeys {
  units: Map<string, string | null>; // kode → induk
  jabatan: Map<string, { unit: string; jenis: JenisJabatan; memimpinUnit: boolean }>;
  pegawai: Map<string, { jabatan: string }>; // nip → jabatan
}

export interface RowError { sheet: 'units' | 'jabatan' | 'pegawai'; row: number; key: string; field?: string; reason: string; citation?: string }

export interface MasterDataRules { ppkMinimum: { citation: string } }

export function validateImport(data: MasterDataImport, stored: StoredKeys, rules: MasterDataRules, today: string): RowError[] {
  const errors: RowError[] = [];
  const units = data.units ?? [], jabatan = data.jabatan ?? [], pegawai = data.pegawai ?? [];

  const duplicates = <T>(sheet: RowError['sheet'], rows: T[], key: (r: T) => string) => {
    const seen = new Set<string>();
    rows.forEach((r, row) => {
      const k = key(r);
      if (seen.has(k)) errors.push({ sheet, row, key: k, reason: `duplicate key ${k} in this import` });
      seen.add(k);
    });
  };
  duplicates('units', units, (u) => u.kode);
  duplicates('jabatan', jabatan, (j) => j.kode);
  duplicates('pegawai', pegawai, (p) => p.nip);

  // Units: the merged tree (stored, overridden by this import) must have known parents and no cycles.
  const parent = new Map(stored.units);
  for (const u of units) parent.set(u.kode, u.induk);
  units.forEach((u, row) => {
    if (u.induk !== null && !parent.has(u.induk))
      errors.push({ sheet: 'units', row, key: u.kode, field: 'induk', reason: `parent unit ${u.induk} does not exist` });
    const seen = new Set<string>([u.kode]);
    for (let p = u.induk; p !== null && p !== undefined; p = parent.get(p) ?? null) {
      if (seen.has(p)) {
        errors.push({ sheet: 'units', row, key: u.kode, field: 'induk', reason: `unit ${u.kode} is its own ancestor (cycle through ${p})` });
        break;
      }
      seen.add(p);
    }
  });

  // Positions: in a known unit; jenjang exactly for JF; only structural positions lead a unit, one per unit.
  const jabatanAll = new Map(stored.jabatan);
  for (const j of jabatan) jabatanAll.set(j.kode, { unit: j.unit, jenis: j.jenis, memimpinUnit: !!j.memimpinUnit });
  jabatan.forEach((j, row) => {
    if (!parent.has(j.unit)) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'unit', reason: `unit ${j.unit} does not exist` });
    if (j.jenis === 'fungsional' && !j.jenjang) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'jenjang', reason: 'a jabatan fungsional has a jenjang' });
    if (j.jenis !== 'fungsional' && j.jenjang) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'jenjang', reason: `jenjang applies only to jabatan fungsional, not ${j.jenis}` });
    if (j.memimpinUnit && !isStruktural(j.jenis)) errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'memimpinUnit', reason: `a ${j.jenis} position does not lead a unit` });
  });
  const headsOf = groupBy([...jabatanAll].filter(([, j]) => j.memimpinUnit), ([, j]) => j.unit, ([kode]) => kode);
  jabatan.forEach((j, row) => {
    const heads = headsOf.get(j.unit) ?? [];
    if (j.memimpinUnit && heads.length > 1)
      errors.push({ sheet: 'jabatan', row, key: j.kode, field: 'memimpinUnit', reason: `unit ${j.unit} would have more than one head position: ${heads.join(', ')}` });
  });

  // Employees: a possible NIP, a known position, heads held by one person, kedudukan only for JF/Pelaksana.
  const pegawaiAll = new Map(stored.pegawai);
  for (const p of pegawai) pegawaiAll.set(p.nip, { jabatan: p.jabatan });
  const holdersOf = groupBy([...pegawaiAll].filter(([, p]) => jabatanAll.get(p.jabatan)?.memimpinUnit), ([, p]) => p.jabatan, ([nip]) => nip);
  const isStructuralNip = (nip: string) => {
    const j = jabatanAll.get(pegawaiAll.get(nip)?.jabatan ?? '');
    return !!j && isStruktural(j.jenis);
  };
  pegawai.forEach((p, row) => {
    for (const reason of nipProblems(p.nip, today)) errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'nip', reason });
    const j = jabatanAll.get(p.jabatan);
    if (!j) errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'jabatan', reason: `position ${p.jabatan} does not exist` });
    const holders = holdersOf.get(p.jabatan) ?? [];
    if (holders.length > 1)
      errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'jabatan', reason: `position ${p.jabatan} leads a unit and would be held by ${holders.join(', ')}` });
    if (!p.kedudukan) return;
    if (j && isStruktural(j.jenis))
      errors.push({ sheet: 'pegawai', row, key: p.nip, field: 'kedudukan', reason: 'kedudukan (PPK/PUO) is set for a JF or Pelaksana, not a structural official' });
    for (const [field, nip] of [['kedudukan.ppk', p.kedudukan.ppk], ['kedudukan.puo', p.kedudukan.puo]] as const) {
      if (!nip) continue;
      if (!pegawaiAll.has(nip)) errors.push({ sheet: 'pegawai', row, key: p.nip, field, reason: `employee ${nip} does not exist` });
      else if (!isStructuralNip(nip))
        errors.push({ sheet: 'pegawai', row, key: p.nip, field, reason: `${nip} holds no structural position: a PPK or PUO is at least a Pengawas`, citation: rules.ppkMinimum.citation });
    }
  });
  return errors;
}

function groupBy<T>(items: T[], key: (t: T) => string, value: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), value(t)]);
  return out;
}
