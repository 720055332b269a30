// The demo Surat Permohonan Pelibatan to another agency: Banjar's Bappeda asks Pati's Diskominfo
// (Bidang Aplikasi Informatika) for Pranata Komputer. Used by the registry example and the tests.
import type { PermohonanLintasInstansi } from '../procedures/penunjukanLintasInstansi/plan';
import type { Region } from '../profiles/schema';

/** From `region` to `tujuan` (by default banjar asks pati, pati asks banjar). */
export function penunjukanLintasInstansi(region: Region, over: Partial<PermohonanLintasInstansi> = {}): PermohonanLintasInstansi {
  return {
    unitPemilik: 'BAPPEDA-PEREN',
    instansiTujuan: region === 'pati' ? 'banjar' : 'pati',
    unitTujuan: 'KOMINFO-APTIKA',
    maksud: 'integrasi data perencanaan pembangunan antardaerah',
    kompetensi: ['analisis data', 'integrasi sistem informasi'],
    target: 'satu data perencanaan terintegrasi pada akhir triwulan II',
    jangkaWaktu: { mulai: '2027-02-01', selesai: '2027-06-30' },
    kriteria: { namaJabatan: 'Pranata Komputer' },
    ...over,
  };
}
