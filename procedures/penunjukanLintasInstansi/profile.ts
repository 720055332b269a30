// The P3 section of a regional profile: whether the region's regulation provides penunjukan lintas
// instansi at all, who its Pejabat yang Berwenang is, the hops on each side in the regulation's
// order, and what each side issues and signs, each rule with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

const Provided = Type.Object({
  provided: Type.Literal(true),
  citation: Citation,
  /** The Pejabat yang Berwenang of this agency: the text names the office but not its holder. */
  pejabatBerwenang: Type.Object({ role: OfficialRole, citation: Citation, description: Type.String() }),
  requester: Type.Object({ role: OfficialRole, citation: Citation }),
  /** Copied on the Surat Permohonan Pelibatan ("tembusan Pejabat Penilai Kinerja bersangkutan di instansinya"). */
  tembusanPermohonan: Type.Array(Type.Object({ role: OfficialRole, citation: Citation })),
  minimumContents: Rule,
  /** The hops this agency takes when it asks (its PyB), and when it is asked (its PyB, PUO, PPK). */
  stepsPemohon: Type.Array(Step, { minItems: 1 }),
  stepsTujuan: Type.Array(Step, { minItems: 1 }),
  /** The step whose approval is the answer with the list of employees assigned (binding). */
  daftarPegawai: Type.Object({ step: Type.String({ pattern: '^[a-z0-9-]+$' }), citation: Citation }),
  employeeMatch: Rule,
  refusalReasons: Rule,
  /** What this agency issues as the one asked: the Surat Penugasan of its PUO. */
  documentsTujuan: Type.Array(DocumentSpec, { minItems: 1 }),
  /**
   * The answer its Pejabat yang Berwenang sends the requesting agency's, with the list of employees
   * assigned, once approved: a letter between governments, which the Sekretaris Daerah signs for the
   * Bupati as Pejabat Pembina Kepegawaian (a.n.).
   */
  suratJawaban: Type.Optional(DocumentSpec),
  /** What it also issues whichever side it is on (banjar pasal 14(1): a Keputusan Bupati). */
  penetapan: Type.Array(DocumentSpec),
  acknowledgement: Rule,
  /**
   * Where the agency asked is not on this service: the officials the request names take the hops of
   * stepsTujuan (this regulation's alur for the agency asked), and the PUO there, who issues the
   * Surat Penugasan itself, reports its nomor and tanggal (a tindakan) before the employees receive it.
   */
  instansiLuar: Type.Object({
    laporanPenugasan: Step,
    suratPenugasan: Type.Object({ kind: Type.String({ pattern: '^[a-z0-9-]+$' }), title: Type.String() }),
  }),
});

/** Bengkalis and pasuruan: the regulation has no procedure across agencies. */
const NotProvided = Type.Object({ provided: Type.Literal(false), citation: Citation, description: Type.String() });

export const PenunjukanLintasInstansiProfile = Type.Union([Provided, NotProvided]);
export type PenunjukanLintasInstansiProfile = Static<typeof PenunjukanLintasInstansiProfile>;
export type PenunjukanLintasInstansiRules = Static<typeof Provided>;
