// The org tree and the people in it, as the rules see them: a read-only snapshot loaded by the
// caller (API or activity) so that every rule stays a pure function.
import type { Golongan, Jenjang, JenisJabatan, Pendidikan, Predikat } from './kepegawaian';

export const JENIS_UNIT = [
  // Perangkat Daerah (roots of the tree)
  'sekretariat-daerah', 'sekretariat-dprd', 'inspektorat', 'dinas', 'badan', 'kecamatan', 'rsud', 'satuan',
  // Units inside a Perangkat Daerah
  'sekretariat', 'asisten', 'bagian', 'bidang', 'inspektur-pembantu', 'subbagian', 'seksi', 'kelurahan', 'uptd', 'unit',
] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];

export interface Unit {
  kode: string;
  nama: string;
  /** Parent unit; null for a Perangkat Daerah. */
  induk: string | null;
  jenis: JenisUnit;
  /** The code letters carry in their number (e.g. pasuruan 423.xxx, bengkalis SPT/<unit>). */
  kodeSurat: string;
  alamat?: string;
}

export interface Pegawai {
  nip: string;
  nama: string;
  golongan: Golongan;
  jabatan: string; // kode jabatan
  namaJabatan: string;
  jenisJabatan: JenisJabatan;
  jenjang?: Jenjang;
  unit: string;
  memimpinUnit: boolean;
  pendidikan: Pendidikan;
  predikatTerakhir?: Predikat;
  pengalamanTahun: number;
  hasilPenyetaraan: boolean;
  /** Kedudukan: who assesses them (any official) and, for a JF/Pelaksana, who assigns them work. */
  ppk?: string;
  puo?: string;
  /**
   * Not the holder: a Plt (UU 30/2014 Pasal 14 ayat (2)) or Pj (Perpres 3/2018, of the Sekretaris Daerah)
   * acting in this vacant position by the surat perintah `dasar`, so the position's roles resolve to them;
   * the rest of the record is their own.
   */
  lowong?: { jenis: 'Plt' | 'Pj'; dasar: string };
}

export interface OrgSnapshot {
  units: Record<string, Unit>;
  pegawai: Record<string, Pegawai>;
}

/** The unit and its ancestors, nearest first. Assumes an acyclic tree (imports reject cycles). */
export function lineage(units: Record<string, Unit>, kode: string): Unit[] {
  const chain: Unit[] = [];
  for (let u = units[kode]; u; u = u.induk ? units[u.induk] : (undefined as unknown as Unit)) chain.push(u);
  return chain;
}

export const perangkatDaerahOf = (units: Record<string, Unit>, kode: string): Unit | undefined => lineage(units, kode).at(-1);

export const isWithin = (units: Record<string, Unit>, kode: string, ancestor: string): boolean =>
  lineage(units, kode).some((u) => u.kode === ancestor);

export const headOf = (org: OrgSnapshot, unitKode: string): Pegawai | undefined =>
  Object.values(org.pegawai).find((p) => p.unit === unitKode && p.memimpinUnit);

/** The nearest leader above or at a unit: units without a head of their own answer to the next one up. */
export function nearestHead(org: OrgSnapshot, unitKode: string): Pegawai | undefined {
  for (const u of lineage(org.units, unitKode)) {
    const head = headOf(org, u.kode);
    if (head) return head;
  }
  return undefined;
}

/** Short official description: "Kepala Bidang Aptika, Dinas Komunikasi dan Informatika"; a PD's head by their title alone. */
export const jabatanLengkap = (org: OrgSnapshot, p: Pegawai): string => {
  const pd = perangkatDaerahOf(org.units, p.unit);
  const headOfPd = p.memimpinUnit && p.unit === pd?.kode;
  return pd && !headOfPd && !p.namaJabatan.includes(pd.nama) ? `${p.namaJabatan}, ${pd.nama}` : p.namaJabatan;
};
