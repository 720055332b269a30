// The demo Tim Kerja: Bappeda forms a "Tim Satu Data Perencanaan" with its Perencana as ketua, the
// Kabid as penanggung jawab, and a Pranata Komputer of Diskominfo through P2 (the other one as alternate).
import type { PembentukanTim } from '../procedures/pembentukanTimKerja/plan';
import type { Region } from '../profiles/schema';
import { demoPeople } from './masterData';

export function pembentukanTim(region: Region, over: Partial<PembentukanTim> = {}): PembentukanTim {
  const p = demoPeople(region);
  return {
    unitPemilik: 'BAPPEDA-PEREN',
    nama: 'Tim Satu Data Perencanaan',
    sasaran: 'Tersedianya data perencanaan pembangunan daerah yang terpadu',
    indikatorKinerja: 'Jumlah dataset perencanaan yang terbit di portal Satu Data',
    targetAngka: '12 dataset',
    periode: { mulai: '2027-01-04', selesai: '2027-06-30' },
    penanggungJawab: { nip: p.kabidPerencanaan, tugas: 'memberi arahan dan menerima laporan tim' },
    ketua: { nip: p.perencana, tugas: 'memimpin tim, membagi tugas dan melaporkan hasil' },
    anggota: [],
    anggotaLintasUnit: [{
      unitTujuan: 'KOMINFO-APTIKA', nip: p.pranataKomputer1, cadangan: [p.pranataKomputer2],
      tugas: 'membangun dan memelihara portal Satu Data', kompetensi: ['pengelolaan basis data', 'pengembangan aplikasi web'],
    }],
    ...over,
  };
}
