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

/**
 * An agency not on this service (declared with EXTERNAL_AGENCIES=tapin): Pemerintah Kabupaten Tapin,
 * its officials as a request names them, and the employees its PPK's answer names. Invented people.
 */
export const tapin = {
  pejabatBerwenang: { nip: '197103151996031002', nama: 'H. Ahmad Fauzi, S.Sos., M.Si.', jabatan: 'Sekretaris Daerah' },
  puo: { nip: '197508202000031003', nama: 'Ir. Rahmat Hidayat, M.T.', jabatan: 'Kepala Dinas Komunikasi dan Informatika' },
  ppk: { nip: '198104122006042004', nama: 'Siti Mariam, S.Kom., M.Kom.', jabatan: 'Kepala Bidang Aplikasi Informatika' },
  pegawai: [
    { nip: '199205172017081001', nama: 'Muhammad Arif, S.Kom.', jabatan: 'Pranata Komputer Ahli Pertama', golongan: 'III/a', unit: 'Bidang Aplikasi Informatika' },
    { nip: '199408032019032002', nama: 'Nurul Hidayah, S.T.', jabatan: 'Pranata Komputer Ahli Pertama', golongan: 'III/b', unit: 'Bidang Aplikasi Informatika' },
  ],
} as const;

/** From `region` to Tapin's Diskominfo, which is not on this service: the request names its officials. */
export function penunjukanKeInstansiLuar(region: Region, over: Partial<PermohonanLintasInstansi> = {}): PermohonanLintasInstansi {
  return penunjukanLintasInstansi(region, {
    instansiTujuan: 'tapin',
    unitTujuan: 'DISKOMINFO-APTIKA',
    instansiLuar: {
      pemerintah: 'Pemerintah Kabupaten Tapin', namaUnitTujuan: 'Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika',
      pejabatBerwenang: { ...tapin.pejabatBerwenang }, ppk: { ...tapin.ppk }, puo: { ...tapin.puo },
    },
    ...over,
  });
}
