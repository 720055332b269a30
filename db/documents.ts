// Issuing documents: the next number of a gapless per-unit, per-year, per-kind sequence and the
// document row, in one statement. The sequence is a row, not a PostgreSQL SEQUENCE, so a rolled
// back issue leaves no gap; its row lock serialises concurrent issues of the same sequence.
import type { Pool, PoolClient } from 'pg';
import { composeDocument, tahun, type DocumentData, type Kontak, type Kop } from '../domain/dokumen';
import { PROFILES } from '../profiles';
import type { Region } from '../profiles/schema';
import type { Candidate, DocumentRef, ResolvedDocument } from '../domain/kasus';
import { formatNomor, NOMOR_N } from '../domain/penomoran';
import { prepared } from './prepared';

export interface IssueRequest {
  /** Deterministic per case and kind: a retried activity finds the document it already issued. */
  id: string;
  caseId: string;
  region: string;
  document: ResolvedDocument;
  issuedAt: string;
  kop: Kop;
  employee: Candidate;
  /** Where the document names a list of employees (penunjukan lintas instansi): all of them, `employee` first. */
  employees?: Candidate[];
  /** The reasons of the decision a letter answers, for its `{alasan}`. */
  alasan?: string;
}

const toRef = (r: { id: string; kind: string; data: DocumentData; nomor: string; issued_at: Date }): DocumentRef => ({
  id: r.id, kind: r.kind, title: r.data.title, nomor: r.nomor, issuedAt: r.issued_at.toISOString(),
});

/**
 * Takes the number and stores the document in one statement (one round trip, atomic), and answers it as
 * stored (its data, for its file, as a first read would find it): the sequence row
 * is incremented only when the document is new, and the number goes into the template's {n} and the
 * document's data there; a retried activity gets the document it issued (the statement's own snapshot
 * does not see its insert, so exactly one row answers). Two first issues of one document at once: the
 * second fails on the key and is rolled back with its increment, so no number is lost.
 */
export async function issueDocument(pool: Pool, req: IssueRequest): Promise<{ ref: DocumentRef; data: DocumentData }> {
  const unit = req.document.issuingUnit;
  const year = tahun(req.issuedAt, req.kop.zonaWaktu);
  const pattern = formatNomor(req.document.nomorTemplate, { n: NOMOR_N, year, kodeUnit: unit.kodeSurat, kodePd: unit.kodePd });
  // A letter's kop carries its PD's address block and the region's lambang; a decree of the kepala daerah
  // names the one in office when it is issued (the database fills the name in).
  const kop = req.document.penetap ? {} : { kontak: await kontakPd(pool, req.region, unit.kode), lambang: PROFILES[req.region as Region]?.lambang.berkas };
  const data = composeDocument({ ...req, ...kop }, req.document, req.id, pattern, req.issuedAt);
  const { rows } = await pool.query(prepared(
    `WITH seq AS (
       INSERT INTO document_sequences (region, unit, year, kind, last)
       SELECT $2::text, $3::text, $4::int, $5::text, 1 WHERE NOT EXISTS (SELECT 1 FROM documents WHERE id = $1::text)
       ON CONFLICT (region, unit, year, kind) DO UPDATE SET last = document_sequences.last + 1
       RETURNING last),
     numbered AS (SELECT last AS n, replace($6::text, '${NOMOR_N}', last::text) AS nomor FROM seq),
     inserted AS (
       INSERT INTO documents (id, case_id, region, kind, unit, year, seq, nomor, data, issued_at)
       SELECT $1::text, $7::text, $2::text, $5::text, $3::text, $4::int, n, nomor,
              jsonb_set(CASE WHEN $10::boolean THEN coalesce(jsonb_set($8::jsonb, '{penandatangan,nama}', to_jsonb((SELECT nama FROM kepala_daerah WHERE region = $2))), $8::jsonb) ELSE $8::jsonb END,
                        '{nomor}', to_jsonb(nomor)),
              $9::timestamptz
         FROM numbered
       RETURNING id, kind, data, nomor, issued_at)
     SELECT * FROM inserted UNION ALL SELECT id, kind, data, nomor, issued_at FROM documents WHERE id = $1`,
    [req.id, req.region, unit.kode, year, req.document.kind, pattern, req.caseId, data, req.issuedAt, Boolean(req.document.penetap)],
  ));
  return { ref: toRef(rows[0]), data: rows[0].data };
}

/** The address block of the Perangkat Daerah a unit belongs to, as master data has it when the document is issued. */
async function kontakPd(client: Pool | PoolClient, region: string, unit: string): Promise<Kontak> {
  const { rows } = await client.query(
    `WITH RECURSIVE naik AS (SELECT * FROM units WHERE region = $1 AND kode = $2
       UNION ALL SELECT u.* FROM units u JOIN naik ON u.region = naik.region AND u.kode = naik.induk)
     SELECT telepon, laman, surel, kode_pos FROM naik WHERE induk IS NULL`,
    [region, unit],
  );
  const r = rows[0] ?? {};
  return Object.fromEntries(Object.entries({ telepon: r.telepon, laman: r.laman, surel: r.surel, kodePos: r.kode_pos }).filter(([, v]) => v));
}

export async function getDocument(pool: Pool, id: string): Promise<DocumentData | undefined> {
  const { rows } = await pool.query('SELECT data FROM documents WHERE id = $1', [id]);
  return rows[0]?.data;
}

/** The issued file of a document, as fixed once: the signed PDF, its SHA-256 and its verification code. */
export interface IssuedFile {
  documentId: string;
  kode: string;
  pdf: Buffer;
  sha256: string;
}

export async function getIssuedFile(pool: Pool, documentId: string): Promise<IssuedFile | undefined> {
  const { rows } = await pool.query('SELECT document_id, kode, pdf, sha256 FROM document_files WHERE document_id = $1', [documentId]);
  return rows[0] && { documentId: rows[0].document_id, kode: rows[0].kode, pdf: rows[0].pdf, sha256: rows[0].sha256 };
}

/** Stores the file unless one was fixed first (a concurrent first read, a retried activity): the stored one wins. */
export async function storeIssuedFile(pool: Pool, f: IssuedFile): Promise<IssuedFile> {
  const { rowCount } = await pool.query(prepared(
    'INSERT INTO document_files (document_id, kode, pdf, sha256) VALUES ($1, $2, $3, $4) ON CONFLICT (document_id) DO NOTHING',
    [f.documentId, f.kode, f.pdf, f.sha256],
  ));
  // Stored: this one is the file (not read back). Not: the one fixed first is, read after it committed.
  return rowCount ? f : (await getIssuedFile(pool, f.documentId))!;
}

/** What the public verification page shows of a document, by the code printed on it. */
export interface VerifiableDocument {
  data: DocumentData;
  sha256: string;
  /** The later document of the same case and kind that replaced it (an amended decree names the one it changes). */
  replacedBy?: { nomor: string; title: string; issuedAt: string };
}

export async function findByKode(pool: Pool, kode: string): Promise<VerifiableDocument | undefined> {
  const { rows } = await pool.query(
    `SELECT d.data, f.sha256,
            (SELECT json_build_object('nomor', n.nomor, 'title', n.data->>'title', 'issuedAt', n.data->>'issuedAt')
               FROM documents n WHERE n.case_id = d.case_id AND n.kind = d.kind AND n.issued_at > d.issued_at
              ORDER BY n.issued_at LIMIT 1) AS replaced_by
       FROM document_files f JOIN documents d ON d.id = f.document_id
      WHERE f.kode = $1`,
    [kode],
  );
  const r = rows[0];
  return r && { data: r.data, sha256: r.sha256, ...(r.replaced_by ? { replacedBy: r.replaced_by } : {}) };
}
