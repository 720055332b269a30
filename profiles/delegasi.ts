// Plt/Plh: who may appoint a delegate to which positions, how long a chain of delegations may be, and
// how a document signed for another reads. The national rule (UU 30/2014 Pasal 14) is the same in every
// region; what a region's own text adds (its examples of the signature) is cited in its profile.
import { Type, type Static } from '@sinclair/typebox';
import { Citation } from './parts';

/** Where a position sits: inside a Perangkat Daerah, at its head, or at the head of the Sekretariat Daerah. */
export const TingkatJabatan = Type.Union([Type.Literal('dalam-pd'), Type.Literal('pimpinan-pd'), Type.Literal('sekretaris-daerah')]);
export type TingkatJabatan = Static<typeof TingkatJabatan>;

/** Who records the appointment: the head of the position's PD, the Sekretaris Daerah, or the BKPSDM for the kepala daerah's surat perintah. */
export const Pengangkat = Type.Union([Type.Literal('pimpinan-pd'), Type.Literal('sekretaris-daerah'), Type.Literal('kepegawaian')]);
export type Pengangkat = Static<typeof Pengangkat>;

export const DelegasiProfile = Type.Object({
  /** The mandate itself: Plh for a holder temporarily away, Plt for a vacant position. */
  citation: Citation,
  /** Per level of the position, who appoints (any one of them), and on what authority. */
  pengangkat: Type.Array(Type.Object({ tingkat: TingkatJabatan, oleh: Type.Array(Pengangkat, { minItems: 1 }), citation: Citation }), { minItems: 3 }),
  /** How many delegations a task may pass through (a delegate away in turn); longer chains are refused when made. */
  batasRantai: Type.Integer({ minimum: 1, maximum: 5 }),
  /** How a delegate signs ("Plh." / "Plt." before the jabatan) and, where the Sekretaris Daerah signs for the kepala daerah, the a.n. line. */
  tandaTangan: Type.Object({ citation: Citation, atasNama: Type.String({ description: 'e.g. "a.n. BUPATI BANJAR"' }) }),
});
export type DelegasiProfile = Static<typeof DelegasiProfile>;

/** UU 30/2014 Pasal 14 ayat (1)–(2): a Plh or Plt holds a mandate from the official above the position. */
export const MANDAT = 'UU 30/2014 (Administrasi Pemerintahan) Pasal 14 ayat (1) huruf a dan ayat (2); SE Kepala BKN 1/SE/I/2021 (surat perintah Plh/Plt)';

/**
 * The national part of every region's section (its Sistem Kerja regulation sets no rule of its own on
 * Plt/Plh, which each citation says); `tandaTangan` is the region's own.
 */
export const delegasiNasional = (region: string, tandaTangan: DelegasiProfile['tandaTangan']): DelegasiProfile => {
  const mandat = `${MANDAT} (${region}: no rule of its own in its Sistem Kerja regulation)`;
  return {
    citation: mandat,
    pengangkat: [
      { tingkat: 'dalam-pd', oleh: ['pimpinan-pd'], citation: `${mandat}: ditugaskan oleh pejabat di atasnya, the Pimpinan Perangkat Daerah` },
      { tingkat: 'pimpinan-pd', oleh: ['sekretaris-daerah', 'kepegawaian'], citation: `${mandat}: the kepala daerah, by surat perintah signed by the Sekretaris Daerah a.n. the kepala daerah or recorded by the BKPSDM` },
      { tingkat: 'sekretaris-daerah', oleh: ['kepegawaian'], citation: `${mandat}: the kepala daerah, by surat perintah recorded by the BKPSDM` },
    ],
    batasRantai: 3,
    tandaTangan,
  };
};
