// The demo Surat Permohonan Pelibatan, used by the README walkthrough's data, the tests and the benchmark.
import type { PermohonanPelibatan } from '../procedures/penunjukanLintasUnit/plan';
import { PROFILES } from '../profiles';
import type { Region } from '../profiles/schema';
import { demoPeople } from './masterData';

/** Bappeda asks Diskominfo (Bidang Aplikasi Informatika) for a Pranata Komputer. */
export function permohonan(region: Region, over: Partial<PermohonanPelibatan> = {}): PermohonanPelibatan {
  return {
    unitPemilik: 'BAPPEDA-PEREN',
    unitTujuan: 'KOMINFO-APTIKA',
    // As the requester's e-office numbered and dated the letter: the Dasar of the Surat Tugas cites it.
    surat: { nomor: `800.1.11.1/27/${region === 'pasuruan' ? '423.060' : 'BAPPEDA'}/2026`, tanggal: '2026-12-01' },
    maksud: 'penyusunan dashboard data perencanaan pembangunan daerah',
    kompetensi: ['analisis data', 'pengembangan aplikasi web'],
    target: 'dashboard perencanaan daring pada akhir triwulan I',
    jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' },
    pegawai: demoPeople(region).pranataKomputer1,
    ...over,
  };
}

/** The requester of the demo P2 case in each region: the leader over Bidang Perencanaan. */
export const requester = (region: Region) => (PROFILES[region].puo.scope === 'unit' ? demoPeople(region).kabidPerencanaan : demoPeople(region).kepalaBappeda);
