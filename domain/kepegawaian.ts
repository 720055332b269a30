// Civil-service vocabulary (PP 11/2017 as amended, PermenPANRB 6/2022) as ordered scales,
// so that rules such as "pangkat at least Penata Muda (III/a)" are comparisons, not string checks.

export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type Golongan = (typeof GOLONGAN)[number];

const PANGKAT: Record<Golongan, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
};

/** "Penata Muda (III/a)" as letters write it. */
export const pangkatGolongan = (g: Golongan): string => `${PANGKAT[g]} (${g})`;

export const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Pendidikan = (typeof PENDIDIKAN)[number];
/** D4 and S1 are the same level (UU 12/2012 Pasal 17): compare by level, not by position in the list. */
const PENDIDIKAN_LEVEL: Record<Pendidikan, number> = { SD: 1, SMP: 2, SMA: 3, D1: 4, D2: 5, D3: 6, D4: 7, S1: 7, S2: 8, S3: 9 };
export const pendidikanAtLeast = (have: Pendidikan, need: Pendidikan) => PENDIDIKAN_LEVEL[have] >= PENDIDIKAN_LEVEL[need];
export const golonganAtLeast = (have: Golongan, need: Golongan) => GOLONGAN.indexOf(have) >= GOLONGAN.indexOf(need);

/** PermenPANRB 6/2022 predikat kinerja, best first. */
export const PREDIKAT = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'] as const;
export type Predikat = (typeof PREDIKAT)[number];

/** Kinds of jabatan after the simplification: three structural levels, JF and Pelaksana. */
export const JENIS_JABATAN = ['jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export const STRUKTURAL: readonly JenisJabatan[] = ['jpt-pratama', 'administrator', 'pengawas'];
export const isStruktural = (j: JenisJabatan) => STRUKTURAL.includes(j);

export const JENJANG = ['utama', 'madya', 'muda', 'pertama', 'penyelia', 'mahir', 'terampil', 'pemula'] as const;
export type Jenjang = (typeof JENJANG)[number];

/** What a position asked for must be: its kind, name, jenjang, minimum golongan and education. */
export interface Kriteria {
  jenisJabatan?: 'fungsional' | 'pelaksana';
  namaJabatan?: string;
  jenjang?: Jenjang[];
  golonganMin?: Golongan;
  pendidikanMin?: Pendidikan;
}
