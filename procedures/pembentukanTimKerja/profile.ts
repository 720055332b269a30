// The P6 section of a regional profile: who forms a Tim Kerja, who may lead it, which decree sets
// it (by the team's scope) and who signs it, and the columns of its lampiran, each with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { JENIS_JABATAN, GOLONGAN, PENDIDIKAN, PREDIKAT } from '../../domain/kepegawaian';
import { Citation, DocumentSpec, OfficialRole, Rule } from '../../profiles/parts';

/** A TypeBox union of string literals that keeps their type. */
const literals = <T extends string>(xs: readonly T[]) => Type.Union(xs.map((x) => Type.Literal(x)));

/** What a lampiran column shows of a member (rows of the susunan keanggotaan). */
export const KOLOM = ['no', 'susunan', 'nama', 'nip', 'namaNip', 'jabatan', 'instansi', 'unit', 'tugas', 'sasaran', 'indikator', 'target'] as const;
export type Kolom = (typeof KOLOM)[number];

/** The decree of one scope, and the official who signs it (a keputusan step: drafted, then signed). */
const Decree = Type.Object({ document: DocumentSpec, signingTitle: Type.String() });

export const PembentukanTimKerjaProfile = Type.Object({
  citation: Citation,
  /** The owning unit's leader forms the team. */
  requester: Type.Object({ role: OfficialRole, citation: Citation }),
  /** With members from elsewhere the ketua comes from the owning unit (the pasal, over the lampiran's "diutamakan"). */
  ketuaDariPemilik: Rule,
  /** Who may be ketua: the kinds of jabatan, and (bengkalis) a JF hasil penyetaraan first, else a JF keahlian PNS. */
  ketua: Type.Object({
    jenisJabatan: Type.Array(literals(['fungsional', 'pelaksana']), { minItems: 1 }),
    /** Only a JF hasil penyetaraan, or a JF of a keahlian jenjang (utama, madya, muda, pertama). */
    hasilPenyetaraanAtauKeahlian: Type.Optional(Type.Boolean()),
    citation: Citation,
    description: Type.String(),
  }),
  /** Who may be penanggung jawab (pengarah); absent where the region sets no rule. */
  penanggungJawab: Type.Optional(Type.Object({
    jenisJabatan: Type.Array(literals(JENIS_JABATAN)),
    /** Also a JF hasil penyetaraan. */
    hasilPenyetaraan: Type.Boolean(),
    citation: Citation,
    description: Type.String(),
  })),
  /** Requirements of the ketua of a team with members from other units (banjar pasal 9(6)). */
  syaratKetuaLintas: Type.Optional(Type.Object({
    pendidikanMin: literals(PENDIDIKAN),
    golonganMin: literals(GOLONGAN),
    predikatMin: literals(PREDIKAT),
    pengalamanTahunMin: Type.Number(),
    citation: Citation,
  })),
  /**
   * The decree by the team's scope: inside the owning unit, with members from other units, or with
   * members from another agency (banjar pasal 14(1)); a region whose text names no decree of its own
   * for the last sets such a team as one across units.
   */
  keputusan: Type.Object({ dalamUnit: Decree, lintasUnit: Decree, lintasInstansi: Type.Optional(Decree) }),
  /** How the lampiran names each place in the team, and what its columns show. */
  susunan: Type.Object({
    penanggungJawab: Type.String(), ketua: Type.String(), sekretaris: Type.String(), anggota: Type.String(),
    kolom: Type.Array(Type.Object({ judul: Type.String(), isi: literals(KOLOM) }), { minItems: 2 }),
    citation: Citation,
  }),
  /**
   * Beside the decree, a Surat Tugas of their own for each member it assigns, naming their place in the team
   * (pasuruan lampiran II, Untuk angka 1: "Ketua Tim / Anggota Tim [nama tim]"); absent where the text has none.
   */
  suratTugasAnggota: Type.Optional(Type.Object({
    document: DocumentSpec,
    /** How the Surat Tugas names each place ("Ketua Tim"), before the team's name. */
    sebagai: Type.Object({ ketua: Type.String(), sekretaris: Type.String(), anggota: Type.String() }),
  })),
  /** A member from another unit whose P2 case was refused: the former names another or goes on (a tindakan). */
  penggantiAnggota: Rule,
  employeeMatch: Rule,
  refusalReasons: Rule,
  acknowledgement: Rule,
});
export type PembentukanTimKerjaProfile = Static<typeof PembentukanTimKerjaProfile>;
