// Schema pieces the procedures' request and subject schemas share (TypeBox, as the API validates them).
// Every string and list the API takes is bounded here, so each limit shows in /openapi.json and
// nothing reaches a workflow that Temporal's payload limit or PostgreSQL would refuse later
// (README "Input policy"). The API's door (api/plugins/inputPolicy.ts) adds what a schema cannot
// say: Unicode NFC, no control characters, no prototype keys.
import { Type, type StringOptions, type TSchema, type ArrayOptions } from '@sinclair/typebox';
import { GOLONGAN, JENJANG, PENDIDIKAN } from '../domain/kepegawaian';

export const literals = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));

/** The limits of the input policy, in characters (after NFC) and items. */
export const LIMITS = { code: 64, id: 200, name: 200, text: 4000, list: 100 } as const;

/** One line: a name, a title, a code; no tab or line break (the door refuses other control characters). */
const ONE_LINE = '^[^\\t\\n]*$';
export const Line = (opts: StringOptions = {}) => Type.String({ maxLength: LIMITS.name, pattern: ONE_LINE, ...opts });
/** Free text over several lines (notes, reasons, isi): line breaks and tabs allowed. */
export const Text = (opts: StringOptions = {}) => Type.String({ maxLength: LIMITS.text, ...opts });
/** An id of this service (a case, a task, a document): one line. */
export const Id = (opts: StringOptions = {}) => Line({ minLength: 1, maxLength: LIMITS.id, ...opts });
/** A bounded list. */
export const List = <T extends TSchema>(item: T, opts: ArrayOptions = {}) => Type.Array(item, { maxItems: LIMITS.list, ...opts });

export const Nip = Type.String({ pattern: '^\\d{18}$', maxLength: 18, description: '18-digit NIP', examples: ['198703152010011002'] });
/** A calendar date within 2000-01-01..2100-12-31: no assignment, period or report falls outside it. */
export const IsoDate = Type.String({ format: 'date', pattern: '^(20\\d\\d|2100)-', maxLength: 10, description: 'yyyy-mm-dd, 2000-01-01..2100-12-31', examples: ['2027-01-04'] });
export const UnitKode = Line({ minLength: 1, maxLength: LIMITS.code });
export const UnitRef = Type.Object({ kode: Type.String(), nama: Type.String() });

export const JangkaWaktu = Type.Object({ mulai: IsoDate, selesai: IsoDate }, { additionalProperties: false, description: 'mulai before selesai (422 PERIOD_INVALID otherwise)' });

/**
 * The request letter as the e-office system that sent it numbered and dated it: the Dasar of what is
 * issued cites it so (Permendagri 1/2023); absent, the Dasar cites the day the request arrived.
 */
export const SuratPermohonan = Type.Object({
  nomor: Line({ minLength: 1, maxLength: LIMITS.code, examples: ['800.1.11.1/27/BAPPEDA/2027'] }),
  tanggal: IsoDate,
}, { additionalProperties: false, description: 'the request letter\'s number and date, cited in the Dasar of the letters issued' });

/** Competencies a request names. */
export const Kompetensi = List(Line({ minLength: 1 }), { maxItems: 50 });

export const Kriteria = Type.Object({
  jenisJabatan: Type.Optional(Type.Union([Type.Literal('fungsional'), Type.Literal('pelaksana')])),
  namaJabatan: Type.Optional(Line({ minLength: 1, examples: ['Pranata Komputer'] })),
  jenjang: Type.Optional(List(literals(JENJANG), { minItems: 1, maxItems: JENJANG.length })),
  golonganMin: Type.Optional(literals(GOLONGAN)),
  pendidikanMin: Type.Optional(literals(PENDIDIKAN)),
}, { additionalProperties: false });

/** The tim kerja a request puts the employee into, where it is for one: limited per performance year (banjar pasal 9(5)). */
export const TimKerja = Type.Object({
  nama: Line({ minLength: 3, description: 'the tim kerja the employee joins, e.g. Tim Kerja Dashboard Perencanaan' }),
  peran: Type.Union([Type.Literal('ketua'), Type.Literal('sekretaris'), Type.Literal('anggota')], { description: 'the role in it; banjar counts it against pasal 9(5)' }),
}, { additionalProperties: false, description: 'the team the employee is involved in, where the request is for one: limited per performance year (banjar pasal 9(5))' });
