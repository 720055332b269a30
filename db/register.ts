// The register of letters (buku agenda surat keluar): every issued document in the order of issue,
// with its file's SHA-256, and the numbers a sequence skipped. Numbering makes a gap impossible
// (db/documents.ts: the number and the document are written in one transaction); a gap can only come
// from a row removed or renumbered by hand, and the register shows it rather than hide it.
import type { Pool } from 'pg';
import type { DocumentData } from '../domain/dokumen';

export interface RegisterFilter {
  /** The issuing regions the caller may read; absent: all. */
  regions?: string[];
  unit?: string;
  year?: number;
  kind?: string;
}

export interface RegisterEntry {
  id: string;
  nomor: string;
  issuedAt: string;
  kind: string;
  title: string;
  region: string;
  unit: string;
  year: number;
  seq: number;
  caseId: string;
  penandatangan: { nama?: string; nip?: string; jabatan: string };
  /** Absent until the file is fixed (a document issued before files were kept, not yet read). */
  sha256?: string;
  kode?: string;
}

export interface RegisterGap {
  region: string;
  unit: string;
  year: number;
  kind: string;
  seq: number;
}

/** The filter as SQL over a table alias, its parameters numbered from `from`. */
function where(alias: string, f: RegisterFilter, from = 1) {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${from + params.length - 1}`));
  };
  if (f.regions) add(`${alias}.region = ANY(?)`, f.regions);
  if (f.unit) add(`${alias}.unit = ?`, f.unit);
  if (f.year !== undefined) add(`${alias}.year = ?`, f.year);
  if (f.kind) add(`${alias}.kind = ?`, f.kind);
  return { sql: clauses.length ? clauses.join(' AND ') : 'true', params };
}

export async function listRegister(pool: Pool, f: RegisterFilter, page: { after?: { issuedAt: string; id: string }; limit: number }): Promise<RegisterEntry[]> {
  const w = where('d', f);
  const params = [...w.params, page.limit];
  let keyset = '';
  if (page.after) {
    keyset = `AND (d.issued_at, d.id) > ($${params.length + 1}, $${params.length + 2})`;
    params.push(page.after.issuedAt, page.after.id);
  }
  const { rows } = await pool.query(
    `SELECT d.id, d.nomor, d.issued_at, d.kind, d.region, d.unit, d.year, d.seq, d.case_id, d.data, f.sha256, f.kode
       FROM documents d LEFT JOIN document_files f ON f.document_id = d.id
      WHERE ${w.sql} ${keyset}
      ORDER BY d.issued_at, d.id
      LIMIT $${w.params.length + 1}`,
    params,
  );
  return rows.map((r) => {
    const data: DocumentData = r.data;
    const p = data.penandatangan;
    return {
      id: r.id, nomor: r.nomor, issuedAt: r.issued_at.toISOString(), kind: r.kind, title: data.title, region: r.region, unit: r.unit,
      year: r.year, seq: r.seq, caseId: r.case_id,
      penandatangan: { ...(p.nama ? { nama: p.nama } : {}), ...('nip' in p && p.nip ? { nip: p.nip } : {}), jabatan: p.jabatan },
      ...(r.sha256 ? { sha256: r.sha256, kode: r.kode } : {}),
    };
  });
}

/** Every number below a sequence's last that no document carries, over the whole filter (not a page). */
export async function registerGaps(pool: Pool, f: RegisterFilter): Promise<RegisterGap[]> {
  const w = where('s', f);
  const { rows } = await pool.query(
    `SELECT s.region, s.unit, s.year, s.kind, n AS seq
       FROM document_sequences s CROSS JOIN LATERAL generate_series(1, s.last) AS n
      WHERE ${w.sql}
        AND NOT EXISTS (SELECT 1 FROM documents d
                         WHERE (d.region, d.unit, d.year, d.kind, d.seq) = (s.region, s.unit, s.year, s.kind, n))
      ORDER BY s.region, s.unit, s.year, s.kind, n`,
    w.params,
  );
  return rows;
}
