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
