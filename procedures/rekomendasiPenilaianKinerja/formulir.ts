// Form 7 (bengkalis lampiran BAB II form 7, as every region uses it): its text from the case subject, once
// the rating is on it. Pure and small, so the workflow writes it too when the rating comes through the
// rater's task (a rating task opened at the end of a team's period).
import type { DocumentText } from '../../domain/kasus';
import { tanggal } from '../../domain/dokumen';
import { EKSPEKTASI, EKSPEKTASI_TEXT, predikatMatriks, type Ekspektasi, type Penilaian } from '../../domain/predikat';
import type { Predikat } from '../../domain/kepegawaian';

export const KEDUDUKAN: Record<'penanggungJawab' | 'ketua' | 'sekretaris' | 'anggota', string> = { penanggungJawab: 'Penanggung Jawab Tim', ketua: 'Ketua Tim', sekretaris: 'Sekretaris Tim', anggota: 'Anggota Tim' };

/** The PermenPANRB 6/2022 matrix as the rater's task shows it: the predikat it suggests for each Hasil Kerja and Perilaku Kerja. */
export const MATRIKS: { hasilKerja: Ekspektasi; perilakuKerja: Ekspektasi; predikat: Predikat }[] =
  EKSPEKTASI.flatMap((hasilKerja) => EKSPEKTASI.map((perilakuKerja) => ({ hasilKerja, perilakuKerja, predikat: predikatMatriks(hasilKerja, perilakuKerja) })));

/** A party of form 7 as it names them (plan.ts: Pihak). */
interface Pihak { nip: string; nama: string; pangkat: string; jabatan: string; perangkatDaerah: { nama: string } }

/** What form 7 reads of a P8 subject (plan.ts: RekomendasiPenilaianKinerjaSubject), once rated. */
export interface SubjekFormulir {
  permohonan: { catatan?: string };
  penugasan: { judul: string; uraian: string; jangkaWaktu: { mulai: string; selesai: string }; tim?: { nama: string; kedudukan: string; tugas: string } };
  pegawai: Pihak;
  penilai: Pihak;
  penilaian: Penilaian;
}

/** Form 7: both parties side by side, the two aspects and the predikat chosen (`selaku`: how the signature block names the rater). */
export function isiFormulir(selaku: string, s: SubjekFormulir): DocumentText {
  const { penilaian: n } = s;
  const fields = (p: Pihak): [string, string][] => [
    ['Nama', p.nama], ['NIP', p.nip], ['Pangkat/Gol.', p.pangkat], ['Jabatan', p.jabatan], ['Perangkat Daerah', p.perangkatDaerah.nama],
  ];
  const periode = `${tanggal(s.penugasan.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(s.penugasan.jangkaWaktu.selesai, 'UTC')}`;
  return { formulir: {
    // A team's form 7 is "REKOMENDASI PENILAIAN KINERJA TIM KERJA <nama>" (bengkalis lampiran BAB II form 7).
    subjudul: s.penugasan.tim ? `TIM KERJA ${s.penugasan.tim.nama.replace(/^Tim (Kerja )?/i, '').toUpperCase()}` : s.penugasan.uraian.toUpperCase(),
    identitas: [{ judul: 'PEGAWAI YANG DINILAI', baris: fields(s.pegawai) }, { judul: selaku.toUpperCase(), baris: fields(s.penilai) }],
    tabel: {
      kolom: ['NO', 'ASPEK PENILAIAN', 'PENILAIAN KINERJA'],
      baris: [
        ['1.', 'Hasil Kerja', EKSPEKTASI_TEXT[n.hasilKerja]],
        ['2.', 'Perilaku Kerja', EKSPEKTASI_TEXT[n.perilakuKerja]],
        ['3.', 'Predikat Kinerja', n.predikat],
      ],
    },
    catatan: [
      `Penugasan: ${s.penugasan.judul}, ${periode}.`,
      ...(s.penugasan.tim ? [`Kedudukan dalam tim: ${KEDUDUKAN[s.penugasan.tim.kedudukan as keyof typeof KEDUDUKAN]}; tugas: ${s.penugasan.tim.tugas}.`] : []),
      n.alasanDeviasi
        ? `Predikat menurut matriks Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022: ${n.saran}; dipilih ${n.predikat} dengan alasan: ${n.alasanDeviasi}.`
        : `Predikat ${n.saran}, sesuai matriks Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022.`,
      ...(s.permohonan.catatan ? [`Catatan: ${s.permohonan.catatan}`] : []),
    ],
    selaku,
  } };
}
