// The demo P4 wish, used by the registry's example (README, OpenAPI) and the tests.
import type { PengajuanSukarela } from '../procedures/pengajuanSukarelaDalamUnit/plan';
import type { Region } from '../profiles/schema';
import { demoPeople } from './masterData';

/** The Pranata Komputer Ahli Muda of Bidang Aptika volunteers for a target of Diskominfo itself. */
export function pengajuanSukarela(_region: Region, over: Partial<PengajuanSukarela> = {}): PengajuanSukarela {
  return {
    unitTarget: 'KOMINFO',
    kinerja: 'pengembangan aplikasi layanan pengaduan masyarakat terpadu',
    kompetensi: ['pengembangan aplikasi web', 'integrasi data'],
    jangkaWaktu: { mulai: '2027-02-01', selesai: '2027-06-30' },
    ...over,
  };
}

/** Who volunteers in the demo: she sends it herself (X-Acting-Official), or her PUO records it for her. */
export const sukarelawan = (region: Region) => demoPeople(region).pranataKomputer2;
