// Issuing documents: the next number of a gapless per-unit, per-year, per-kind sequence and the
// document row, in one transaction. The sequence is a row, not a PostgreSQL SEQUENCE, so a rolled
// back issue leaves no gap; its row lock serialises concurrent issues of the same sequence.
import type { Pool } from 'pg';
import { composeDocument, tahun, type DocumentData, type Kop } from '../domain/dokumen';
import type { Candidate, DocumentRef, ResolvedDocument } from '../domain/kasus';
import { formatNomor } from '../domain/penomoran';
import { inTransaction } from './transaction';

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

export async function issueDocument(pool: Pool, req: IssueRequest): Promise<DocumentRef> {
  return inTransaction(pool, async (client) => {
    const existing = await client.query('SELECT id, kind, data, nomor, issued_at FROM documents WHERE id = $1', [req.id]);
    if (existing.rowCount) return toRef(existing.rows[0]);
    const unit = req.document.issuingUnit;
    const year = tahun(req.issuedAt, req.kop.zonaWaktu);
    const { rows } = await client.query(
      `INSERT INTO document_sequences (region, unit, year, kind, last) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (region, unit, year, kind) DO UPDATE SET last = document_sequences.last + 1
       RETURNING last`,
      [req.region, unit.kode, year, req.document.kind],
    );
    const n: number = rows[0].last;
    const nomor = formatNomor(req.document.nomorTemplate, { n, year, kodeUnit: unit.kodeSurat, kodePd: unit.kodePd });
    // A decree of the kepala daerah names the one in office when it is issued.
    const kepalaDaerah = req.document.penetap
      ? (await client.query('SELECT nama FROM kepala_daerah WHERE region = $1', [req.region])).rows[0]?.nama
      : undefined;
    const data = composeDocument({ ...req, kepalaDaerah }, req.document, req.id, nomor, req.issuedAt);
    const inserted = await client.query(
      `INSERT INTO documents (id, case_id, region, kind, unit, year, seq, nomor, data, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, kind, data, nomor, issued_at`,
      [req.id, req.caseId, req.region, req.document.kind, unit.kode, year, n, nomor, data, req.issuedAt],
    );
    return toRef(inserted.rows[0]);
  });
}

export async function getDocument(pool: Pool, id: string): Promise<DocumentData | undefined> {
  const { rows } = await pool.query('SELECT data FROM documents WHERE id = $1', [id]);
  return rows[0]?.data;
}
