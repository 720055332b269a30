// The demo P5 request: the Pranata Komputer Ahli Pertama of Diskominfo volunteers for a Bappeda target.
import type { PermohonanSukarela } from '../procedures/pengajuanSukarelaLintasUnit/plan';
import type { Region } from '../profiles/schema';
import { demoPeople } from './masterData';

export function pengajuanSukarela(over: Partial<PermohonanSukarela> = {}): PermohonanSukarela {
  return {
    unitTujuan: 'BAPPEDA-PEREN',
    kinerja: 'penyusunan dashboard data perencanaan pembangunan daerah',
    timKerja: 'Satu Data Perencanaan',
    kompetensi: ['analisis data', 'pengembangan aplikasi web'],
    jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' },
    cv: 'https://e-office.example.go.id/berkas/cv-pranata-komputer.pdf',
    ...over,
  };
}

/** The employee who volunteers, in each region. */
export const relawan = (region: Region) => demoPeople(region).pranataKomputer1;
