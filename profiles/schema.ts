// The shape of a regional profile: the rules in which the four regulations differ, as data.
// Every rule carries the article it comes from; the service shows that citation to whoever is refused.
import { Type, type Static } from '@sinclair/typebox';

const Citation = Type.String({ minLength: 5, description: 'e.g. "banjar lampiran II.B.1.b.2"' });

/** Officials a step or a document can name, resolved against the org tree when a case starts. */
export const OfficialRole = Type.Union([
  Type.Literal('puo-pemilik'), // PUO over the unit that owns the target
  Type.Literal('pimpinan-pd-pemilik'), // head of the owning Perangkat Daerah
  Type.Literal('ppk-pemilik'), // PPK in the owning unit ("tembusan PPK bersangkutan")
  Type.Literal('puo-tujuan'), // PUO over the destination unit
  Type.Literal('ppk-tujuan'), // the named employee's PPK, else the head of the destination unit
  Type.Literal('pimpinan-pd-tujuan'), // head of the destination Perangkat Daerah
  Type.Literal('sekretaris-daerah'),
]);
export type OfficialRole = Static<typeof OfficialRole>;

const Rule = Type.Object({ citation: Citation, description: Type.String() });

const Step = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]+$' }),
  kind: Type.Union([Type.Literal('rekomendasi'), Type.Literal('keputusan')]),
  actor: OfficialRole,
  title: Type.String(),
  citation: Citation,
});

const Tembusan = Type.Union([
  Type.Object({ role: OfficialRole }),
  Type.Object({ text: Type.String(), citation: Citation }),
]);

const DocumentSpec = Type.Object({
  kind: Type.Union([Type.Literal('surat-tugas'), Type.Literal('keputusan-sekda')]),
  title: Type.String(),
  /** Number template: {n} sequence, {yyyy} year, {kodeUnit} issuing unit's kodeSurat, {kodePd} its PD's kodeSurat. */
  nomor: Type.String({ pattern: '\\{n\\}' }),
  nomorCitation: Citation,
  signatory: OfficialRole,
  tembusan: Type.Array(Tembusan),
  /** The closing instruction to the employee, e.g. to report to their PPK. */
  penutup: Type.String(),
  citation: Citation,
});

export const RegionalProfile = Type.Object({
  id: Type.Union([Type.Literal('bengkalis'), Type.Literal('banjar'), Type.Literal('pati'), Type.Literal('pasuruan')]),
  pemerintah: Type.String({ description: 'Kop line, e.g. PEMERINTAH KABUPATEN BANJAR' }),
  kepalaDaerah: Type.String({ description: 'Bupati Banjar / Wali Kota Pasuruan' }),
  tempat: Type.String({ description: 'Place in the signature block' }),
  /** Letters are dated, and numbered by year, in local time (WIB, WITA). */
  zonaWaktu: Type.Union([Type.Literal('Asia/Jakarta'), Type.Literal('Asia/Makassar')]),
  regulation: Type.Object({ short: Type.String(), title: Type.String() }),
  /** Who is the Pimpinan Unit Organisasi of a unit. */
  puo: Type.Object({
    scope: Type.Union([Type.Literal('perangkat-daerah'), Type.Literal('unit')]),
    citation: Citation,
  }),
  /** A PPK is at least a Pengawas. */
  ppkMinimum: Rule,
  /** No assignment before the employee's kedudukan (PPK) is set. */
  kedudukanFirst: Rule,
  penunjukanLintasUnit: Type.Object({
    citation: Citation,
    requester: Type.Object({ role: OfficialRole, citation: Citation }),
    /** What "lintas" means here: another unit, or another Perangkat Daerah. */
    crossing: Type.Object({ scope: Type.Union([Type.Literal('unit'), Type.Literal('perangkat-daerah')]), citation: Citation }),
    /** Copied on the Surat Permohonan Pelibatan (banjar/pati: "tembusan PPK bersangkutan"). */
    tembusanPermohonan: Type.Array(Type.Object({ role: OfficialRole, citation: Citation })),
    steps: Type.Array(Step, { minItems: 1 }),
    employeeMatch: Rule,
    refusalReasons: Rule,
    documents: Type.Array(DocumentSpec, { minItems: 1 }),
    acknowledgement: Rule,
  }),
});
export type RegionalProfile = Static<typeof RegionalProfile>;
export type Region = RegionalProfile['id'];
export type StepSpec = Static<typeof Step>;
export type DocumentSpec = Static<typeof DocumentSpec>;
export type TembusanSpec = Static<typeof Tembusan>;
