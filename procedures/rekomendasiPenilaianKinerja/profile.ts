// The P8 section of a regional profile: who rates an individual assignment, to whom the
// recommendation goes (and, where the region says so, through whom first for some jenjang), the
// form it is written on, each rule with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { JENJANG } from '../../domain/kepegawaian';
import { literals } from '../schemas';
import { Citation, DocumentSpec, OfficialRole, Rule, Step, type StepSpec } from '../../profiles/parts';

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
  /**
   * Who gets the rating task of each member when a Tim Kerja's period ends (one of `penilaiTim`): the
   * holder of this kedudukan rates every other member but the penanggung jawab, in their inbox.
   */
  tugasTim: Type.Object({
    kedudukan: Type.Union([Type.Literal('ketua'), Type.Literal('penanggungJawab')]),
    citation: Citation, description: Type.String(),
  }),
  /** The rater chooses the predikat; a choice other than the matrix's needs its reason. */
  predikat: Rule,
  /** How the signature block names the rater (bengkalis form 7: KETUA TIM/PENANGGUNG JAWAB TIM). */
  penandatanganSelaku: Type.String(),
  /** Those who receive the recommendation, at once: each a tindakan "menerima rekomendasi" in their inbox. */
  penerima: Type.Array(Step, { minItems: 1 }),
  /**
   * For members of these jenjang, steps beside the recipients, open at once with theirs and delivered to them
   * (banjar: the Administrator's recommendation reaches the PPT with the rating, not before it).
   */
  menurutJenjang: Type.Array(Type.Object({
    jenjang: Type.Array(literals(JENJANG), { minItems: 1 }),
    bersama: Type.Array(Step, { minItems: 1 }),
    citation: Citation,
  })),
  document: DocumentSpec,
  /** Where a member could not be rated: the assignment is not (yet) an issued one. */
  penugasanTerbit: Rule,
});
export type RekomendasiPenilaianKinerjaProfile = Static<typeof RekomendasiPenilaianKinerjaProfile>;

type Section = RekomendasiPenilaianKinerjaProfile;

/**
 * A region's P8 section from what its regulation says itself: its article, who rates, the steps some
 * jenjang go through first, and how form 7 is numbered. The rest is bengkalis form 7, the only form
 * of the four regulations, as every region uses it: the rater chooses the predikat and signs as ketua
 * or penanggung jawab; the employee's PPK and the head of their unit receive it; it rates only work
 * whose assignment was issued.
 */
export function rekomendasiPenilaian(r: Pick<Section, 'citation' | 'penilai' | 'penilaiTim' | 'tugasTim'> & {
  /** Where form 7 is the region's own (bengkalis), its citation; else the region's article with bengkalis's form. */
  predikatCitation?: string;
  /** The head of the employee's unit who receives it, by the region's name (the PUO unless it says otherwise). */
  pimpinanPegawai?: { id: string; actor: StepSpec['actor']; sebagai: string };
  menurutJenjang?: Section['menurutJenjang'];
  formulir: Pick<DocumentSpec, 'nomor' | 'nomorCitation'> & { citation?: string };
}): Section {
  const { citation, pimpinanPegawai = { id: 'menerima-rekomendasi-puo', actor: 'puo-pegawai', sebagai: 'Pimpinan Unit Organisasi' } } = r;
  const penerima = (id: string, actor: StepSpec['actor'], sebagai: string): StepSpec =>
    ({ id, kind: 'tindakan', actor, title: `Menerima rekomendasi penilaian kinerja sebagai ${sebagai}`, citation });
  return {
    citation, penilai: r.penilai, penilaiTim: r.penilaiTim, tugasTim: r.tugasTim,
    predikat: {
      citation: r.predikatCitation ?? `${citation}, bengkalis lampiran BAB II form 7 (the only form of the four regulations)`,
      description: 'the rater chooses one predikat (pilih salah satu), shown the one the PermenPANRB 6/2022 matrix of Hasil Kerja and Perilaku Kerja suggests; another choice is recorded with its reason',
    },
    penandatanganSelaku: 'Ketua Tim/Penanggung Jawab Tim',
    penerima: [
      penerima('menerima-rekomendasi-ppk', 'ppk-pegawai', 'Pejabat Penilai Kinerja'),
      penerima(pimpinanPegawai.id, pimpinanPegawai.actor, pimpinanPegawai.sebagai),
    ],
    menurutJenjang: r.menurutJenjang ?? [],
    // Form 7 carries no number of its own: each region numbers it in the rater's unit register by its own pattern.
    document: {
      kind: 'rekomendasi-penilaian-kinerja', title: 'REKOMENDASI PENILAIAN KINERJA', signatory: 'puo-pemilik', tembusan: [], penutup: '', citation, ...r.formulir,
    },
    penugasanTerbit: { citation, description: 'a member is rated on the work of an assignment whose Surat Tugas or Surat Penugasan was issued to them' },
  };
}
