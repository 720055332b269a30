// The team-assignment ledger (migration 005): reserve a slot within the region's limit, or release
// a case's slots. Both are idempotent, so the activities that call them may be retried.
import type { Pool, PoolClient } from 'pg';
import { jendelaOf, limitRefusal, type JendelaPenugasan, type Penugasan } from '../domain/batasPenugasan';
import type { Refusal } from '../domain/refusal';
import { inTransaction } from './transaction';

const LEDGER_LOCK = 9_452_024; // banjar pasal 9(4)–(5), Perbup 39/2024

/**
 * Counts the employee's reserved assignments of the same kind whose period overlaps the window and,
 * below the limit, records this one: in one transaction under a lock on (region, NIP), so two cases
 * for the same employee decided at the same moment are counted one after the other.
 */
export async function reservePenugasan(pool: Pool, p: Penugasan, window: JendelaPenugasan): Promise<{ ok: true } | { ok: false; refusal: Refusal }> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LEDGER_LOCK, `${p.region}:${p.nip}`]);
    const refusal = await overLimit(client, p, window);
    if (refusal) return { ok: false, refusal };
    // A retried activity, or a case naming the same employee again, finds its row.
    await client.query(
      `INSERT INTO penugasan (case_id, nip, region, lingkup, tim_nama, tim_peran, mulai, selesai, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'reserved')
       ON CONFLICT (case_id, nip) DO UPDATE
         SET lingkup = EXCLUDED.lingkup, tim_nama = EXCLUDED.tim_nama, tim_peran = EXCLUDED.tim_peran,
             mulai = EXCLUDED.mulai, selesai = EXCLUDED.selesai, status = 'reserved', released_at = NULL`,
      [p.caseId, p.nip, p.region, p.lingkup, p.timKerja.nama, p.timKerja.peran, p.periode.mulai, p.periode.selesai],
    );
    return { ok: true };
  });
}

/** The refusal a reservation would get now, if any: the limit already reached by other cases in the window. */
export async function overLimit(db: Pool | PoolClient, p: Penugasan, window: JendelaPenugasan): Promise<Refusal | undefined> {
  const range = jendelaOf(window, p.periode);
  const { rows } = await db.query(
    `SELECT case_id, tim_nama, tim_peran, mulai::text, selesai::text FROM penugasan
      WHERE region = $1 AND nip = $2 AND lingkup = $3 AND status = 'reserved' AND case_id <> $4
        AND mulai <= $6::date AND selesai >= $5::date
      ORDER BY mulai, case_id`,
    [p.region, p.nip, p.lingkup, p.caseId, range.dari, range.sampai],
  );
  if (rows.length < p.batas.maksimalKali) return undefined;
  const existing = rows.map((r) => ({ caseId: r.case_id, timKerja: { nama: r.tim_nama, peran: r.tim_peran }, periode: { mulai: r.mulai, selesai: r.selesai } }));
  return limitRefusal(p, existing, range);
}

/** Frees the slots of a case that ended without the assignment (or of one employee in it). */
export async function releasePenugasan(pool: Pool, q: { caseId: string; nip?: string }): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE penugasan SET status = 'released', released_at = now()
      WHERE case_id = $1 AND ($2::text IS NULL OR nip = $2) AND status = 'reserved'`,
    [q.caseId, q.nip ?? null],
  );
  return rowCount ?? 0;
}

/** The employee's reservations, newest first: what a test or an operator reads. */
export async function penugasanOf(pool: Pool, region: string, nip: string) {
  const { rows } = await pool.query(
    'SELECT case_id AS "caseId", lingkup, tim_nama AS "timNama", tim_peran AS "timPeran", mulai::text, selesai::text, status FROM penugasan WHERE region = $1 AND nip = $2 ORDER BY reserved_at DESC',
    [region, nip],
  );
  return rows as { caseId: string; lingkup: string; timNama: string; timPeran: string; mulai: string; selesai: string; status: 'reserved' | 'released' }[];
}
