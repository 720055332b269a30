// Building blocks of a regional profile that every procedure's section uses: citations, rules, the
// officials a step or a document names, steps and documents. Each procedure's own section schema
// lives beside its plan (procedures/<procedure>/profile.ts) and is composed in schema.ts.
import { Type, type Static } from '@sinclair/typebox';

export const Citation = Type.String({ minLength: 5, description: 'e.g. "banjar lampiran II.B.1.b.2"' });

export const Rule = Type.Object({ citation: Citation, description: Type.String() });

/** Officials a step or a document can name, resolved against the org tree when a case starts. */
export const OfficialRole = Type.Union([
  Type.Literal('puo-pemilik'), // PUO over the unit that owns the target
  Type.Literal('pimpinan-pd-pemilik'), // head of the owning Perangkat Daerah
  Type.Literal('ppk-pemohon'), // the requester's own penilai kinerja ("tembusan PPK bersangkutan")
  Type.Literal('puo-tujuan'), // PUO over the unit a request is addressed to (the employee's)
  Type.Literal('ppk-tujuan'), // PPK of the employee requested from that unit
  Type.Literal('pimpinan-pd-tujuan'), // head of the Perangkat Daerah a request is addressed to
  Type.Literal('ppk-pegawai'), // the assigned employee's own PPK
  Type.Literal('puo-pegawai'), // the assigned employee's own PUO
  Type.Literal('pimpinan-pd-pegawai'), // head of the employee's own Perangkat Daerah
  Type.Literal('kepala-unit-pegawai'), // head of the employee's own unit kerja (the leader nearest above them)
  Type.Literal('sekretaris-daerah'),
  Type.Literal('pegawai'), // the employee named in (or sending) the request: for a step they do themselves
]);
export type OfficialRole = Static<typeof OfficialRole>;

export const Step = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]+$' }),
  /** tindakan: the actor does what the step says and confirms it (e.g. the employee forwards a letter). */
  kind: Type.Union([Type.Literal('rekomendasi'), Type.Literal('keputusan'), Type.Literal('tindakan')]),
  actor: OfficialRole,
  title: Type.String(),
  citation: Citation,
});
export type StepSpec = Static<typeof Step>;

export const Tembusan = Type.Union([
  Type.Object({ role: OfficialRole }),
  Type.Object({ text: Type.String(), citation: Citation }),
]);
export type TembusanSpec = Static<typeof Tembusan>;

export const DocumentSpec = Type.Object({
  kind: Type.String({ pattern: '^[a-z0-9-]+$', description: 'e.g. surat-tugas, keputusan-sekda' }),
  title: Type.String(),
  /** Number template: {n} sequence, {yyyy} year, {kodeUnit} issuing unit's kodeSurat, {kodePd} its PD's kodeSurat. */
  nomor: Type.String({ pattern: '\\{n\\}' }),
  nomorCitation: Citation,
  signatory: OfficialRole,
  tembusan: Type.Array(Tembusan),
  /** The closing instruction to the employee, e.g. to report to their PPK. */
  penutup: Type.String(),
  citation: Citation,
  /**
   * A decree of the kepala daerah (a Keputusan Bupati), by the article whose format says so: its kop and
   * signature are the Bupati's; `signatory` is then the official who submits it for signature and issues it.
   */
  kepalaDaerah: Type.Optional(Citation),
  /**
   * Signed by the Sekretaris Daerah for the kepala daerah, by the article that makes them act for them:
   * the profile's "a.n. BUPATI …" line above the jabatan (delegasi.tandaTangan).
   */
  atasNamaKepalaDaerah: Type.Optional(Citation),
});
export type DocumentSpec = Static<typeof DocumentSpec>;

/**
 * A document form as a region's regulation gives it once: its title, number, closing and standing
 * tembusan. Each procedure that issues it adds who signs it, by which article, and tembusan of its own.
 */
export const formulir = (form: Omit<DocumentSpec, 'signatory' | 'citation'>) =>
  ({ tembusan = [], ...issued }: Pick<DocumentSpec, 'signatory' | 'citation'> & Partial<Pick<DocumentSpec, 'tembusan' | 'penutup'>>): DocumentSpec =>
    ({ ...form, ...issued, tembusan: [...form.tembusan, ...tembusan] });
