// The demo rekomendasi penilaian kinerja: the leader of Bappeda rates the Pranata Komputer of
// Diskominfo on the P2 assignment (demo/permohonan.ts) once its Surat Tugas is issued.
import type { RekomendasiPenilaian } from '../procedures/rekomendasiPenilaianKinerja/plan';
import { requester } from './permohonan';

export function rekomendasiPenilaian(penugasan: string, over: Partial<RekomendasiPenilaian> = {}): RekomendasiPenilaian {
  return {
    penugasan,
    hasilKerja: 'di-atas-ekspektasi',
    perilakuKerja: 'sesuai-ekspektasi',
    predikat: 'Baik',
    catatan: 'dashboard perencanaan daring selesai sebelum akhir triwulan I',
    ...over,
  };
}

/** Who rates the demo P2 assignment: the leader who asked for the employee (the owning unit's PUO). */
export const penilai = requester;
