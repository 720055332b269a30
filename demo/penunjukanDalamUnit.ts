// The demo P1 request, used by the registry's example, the tests and the README: in Diskominfo, a
// Pranata Komputer Ahli Pertama of Bidang Aplikasi Informatika is appointed to a Bidang target.
import type { PermintaanPenunjukan } from '../procedures/penunjukanDalamUnit/plan';
import type { Region } from '../profiles/schema';
import { demoPeople } from './masterData';

export function penunjukanDalamUnit(region: Region, over: Partial<PermintaanPenunjukan> = {}): PermintaanPenunjukan {
  return {
    unit: 'KOMINFO-APTIKA',
    maksud: 'pengembangan aplikasi layanan pengaduan masyarakat',
    target: 'aplikasi pengaduan daring beroperasi pada akhir triwulan I',
    jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' },
    kompetensi: ['pengembangan aplikasi web'],
    pegawai: demoPeople(region).pranataKomputer1,
    ...over,
  };
}

/**
 * Who starts the demo P1 case: the Kepala Bidang Aptika as PPK (bengkalis: proposes to the Kepala
 * Dinas; pasuruan: appoints), the Kepala Dinas as PUO (banjar: appoints; pati: proposes to the PPK).
 */
export function pengusul(region: Region): string {
  const p = demoPeople(region);
  return { bengkalis: p.kabidAptika, banjar: p.kadisKominfo, pati: p.kadisKominfo, pasuruan: p.kabidAptika }[region];
}
