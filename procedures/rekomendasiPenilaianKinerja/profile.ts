// The P8 section of a regional profile: who rates an individual assignment, to whom the
// recommendation goes (and, where the region says so, through whom first for some jenjang), the
// form it is written on, each rule with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { JENJANG } from '../../domain/kepegawaian';
import { literals } from '../schemas';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

export const RekomendasiPenilaianKinerjaProfile = Type.Object({
  citation: Citation,
  /** Who rates a member of an individual assignment (a team's ketua rates through the same plan). */
  penilai: Type.Object({ role: OfficialRole, citation: Citation, description: Type.String() }),
  /**
   * Who rates a member of a Tim Kerja (a P6 case): the kedudukan in the team whose holder may rate
   * (the ketua reports the results of the members; bengkalis form 7 also the penanggung jawab).
   */
  penilaiTim: Type.Object({
    kedudukan: Type.Array(Type.Union([Type.Literal('ketua'), Type.Literal('penanggungJawab')]), { minItems: 1 }),
    citation: Citation, description: Type.String(),
  }),
  /** The rater chooses the predikat; a choice other than the matrix's needs its reason. */
  predikat: Rule,
  /** How the signature block names the rater (bengkalis form 7: KETUA TIM/PENANGGUNG JAWAB TIM). */
  penandatanganSelaku: Type.String(),
  /** Those who receive the recommendation, at once: each a tindakan "menerima rekomendasi" in their inbox. */
  penerima: Type.Array(Step, { minItems: 1 }),
  /** For members of these jenjang, steps before the recipients (banjar: the Administrator's recommendation to the PPT). */
  menurutJenjang: Type.Array(Type.Object({
    jenjang: Type.Array(literals(JENJANG), { minItems: 1 }),
    sebelum: Type.Array(Step, { minItems: 1 }),
    citation: Citation,
  })),
  document: DocumentSpec,
  /** Where a member could not be rated: the assignment is not (yet) an issued one. */
  penugasanTerbit: Rule,
});
export type RekomendasiPenilaianKinerjaProfile = Static<typeof RekomendasiPenilaianKinerjaProfile>;

/**
 * Form 7 as every region writes it: the rater (the PUO who owns the target) signs it; it carries no
 * number of its own, so each region numbers it in the rater's unit register by its own pattern.
 */
export const formulirRekomendasi = (d: { nomor: string; nomorCitation: string; citation: string }): DocumentSpec => ({
  kind: 'rekomendasi-penilaian-kinerja', title: 'REKOMENDASI PENILAIAN KINERJA', signatory: 'puo-pemilik', tembusan: [], penutup: '', ...d,
});

/** The rule a rating refused for an assignment not (yet) issued cites: the region's P8 article. */
export const penugasanTerbit = (citation: string) => ({ citation, description: 'a member is rated on the work of an assignment whose Surat Tugas or Surat Penugasan was issued to them' });
