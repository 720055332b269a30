// P8 Rekomendasi penilaian kinerja (spec P8; bengkalis lampiran BAB I §II.C.d.6 and BAB II form 7,
// banjar lampiran III.B.3, pati lampiran B.3.c.5, pasuruan lampiran I B.2.A.2 c.5).
// Reads top to bottom like the rule: the rater's rating is on record, the recommendation (form 7)
// is issued, and it reaches the member's own PPK and Pimpinan PD/PUO, each receiving it in their
// inbox (banjar, a JF ahli madya: at once, with their Administrator's recommendation to the PPT beside it).
import type { CaseView } from '../domain/kasus';
import { EKSPEKTASI_TEXT } from '../domain/predikat';
import type { RekomendasiPenilaianKinerjaInput } from '../procedures/rekomendasiPenilaianKinerja/plan';
import { openCase } from './kernel';

export async function rekomendasiPenilaianKinerja(input: RekomendasiPenilaianKinerjaInput): Promise<CaseView> {
  const kasus = openCase(input);

  // 1. The rater rates the member; the predikat chosen stands beside the matrix's, a deviation with its reason.
  const n = input.subject.penilaian;
  kasus.submitted([
    `Hasil Kerja ${EKSPEKTASI_TEXT[n.hasilKerja]}, Perilaku Kerja ${EKSPEKTASI_TEXT[n.perilakuKerja]}: predikat ${n.predikat}`,
    n.alasanDeviasi ? `menyimpang dari matriks (${n.saran}): ${n.alasanDeviasi}` : `sesuai matriks`,
  ].join('; '));

  // 2. The rekomendasi penilaian kinerja is numbered and issued.
  await kasus.issue(input.documents);

  // 3. It reaches those who assess the member, stage by stage; a stage's recipients act at once.
  for (const tahap of input.tahapan)
    await Promise.all(tahap.map((id) => kasus.followUp(input.steps.find((s) => s.id === id)!)));

  return kasus.close({ status: 'issued', citation: input.procedureCitation });
}
