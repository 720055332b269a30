// The predikat kinerja of PermenPANRB 6/2022: what the matrix of Hasil Kerja and Perilaku Kerja
// suggests, and the rater's own choice (bengkalis lampiran BAB II form 7: "pilih salah satu"). A
// choice other than the suggestion stands, with its reason on record.
import type { Predikat } from './kepegawaian';
import type { Rule } from './kasus';
import { refuse } from './refusal';

/** The values a rating takes: the Hasil Kerja and Perilaku Kerja ratings and the predikat of PermenPANRB 6/2022 (bengkalis form 7 lists them). */
export const NILAI_KINERJA: Rule = {
  citation: 'PermenPANRB 6/2022 (predikat kinerja pegawai), bengkalis lampiran BAB II form 7',
  description: 'Hasil Kerja and Perilaku Kerja are di atas, sesuai or di bawah ekspektasi; the predikat is Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang',
};

export const EKSPEKTASI = ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-bawah-ekspektasi'] as const;
export type Ekspektasi = (typeof EKSPEKTASI)[number];

/** As form 7 writes a rating. */
export const EKSPEKTASI_TEXT: Record<Ekspektasi, string> = {
  'di-atas-ekspektasi': 'Di atas Ekspektasi',
  'sesuai-ekspektasi': 'Sesuai Ekspektasi',
  'di-bawah-ekspektasi': 'Di bawah Ekspektasi',
};

/**
 * Rows: Hasil Kerja; columns: Perilaku Kerja. "Kurang/Misconduct" of the matrix is "Kurang", as
 * bengkalis form 7 writes it.
 */
const MATRIKS: Record<Ekspektasi, Record<Ekspektasi, Predikat>> = {
  'di-atas-ekspektasi': { 'di-bawah-ekspektasi': 'Kurang', 'sesuai-ekspektasi': 'Baik', 'di-atas-ekspektasi': 'Sangat Baik' },
  'sesuai-ekspektasi': { 'di-bawah-ekspektasi': 'Kurang', 'sesuai-ekspektasi': 'Baik', 'di-atas-ekspektasi': 'Baik' },
  'di-bawah-ekspektasi': { 'di-bawah-ekspektasi': 'Sangat Kurang', 'sesuai-ekspektasi': 'Butuh Perbaikan', 'di-atas-ekspektasi': 'Butuh Perbaikan' },
};

export const predikatMatriks = (hasilKerja: Ekspektasi, perilakuKerja: Ekspektasi): Predikat => MATRIKS[hasilKerja][perilakuKerja];

export interface Penilaian {
  hasilKerja: Ekspektasi;
  perilakuKerja: Ekspektasi;
  /** What the rater chose. */
  predikat: Predikat;
  /** What the matrix suggests. */
  saran: Predikat;
  /** Why the rater chose otherwise; present only on a deviation. */
  alasanDeviasi?: string;
}

/**
 * The rater's rating as recorded: the suggestion beside the choice; a choice other than the
 * suggestion needs its reason (`rule`: where the region's text has the rater choose).
 */
export function nilai(
  r: { hasilKerja: Ekspektasi; perilakuKerja: Ekspektasi; predikat: Predikat; alasanDeviasi?: string },
  rule: Rule,
): Penilaian {
  const saran = predikatMatriks(r.hasilKerja, r.perilakuKerja);
  const alasan = r.alasanDeviasi?.trim();
  if (r.predikat === saran) return { hasilKerja: r.hasilKerja, perilakuKerja: r.perilakuKerja, predikat: r.predikat, saran };
  if (!alasan)
    refuse({
      code: 'DEVIATION_REASON_REQUIRED', kind: 'invalid', citation: rule.citation,
      message: `the matrix suggests ${saran} for Hasil Kerja ${EKSPEKTASI_TEXT[r.hasilKerja]} and Perilaku Kerja ${EKSPEKTASI_TEXT[r.perilakuKerja]}; choosing ${r.predikat} needs its reason (${rule.description})`,
      fields: [{ field: 'alasanDeviasi', message: `required when the predikat is not ${saran}`, citation: rule.citation }],
    });
  return { hasilKerja: r.hasilKerja, perilakuKerja: r.perilakuKerja, predikat: r.predikat, saran, alasanDeviasi: alasan };
}
