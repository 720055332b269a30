// Applies migrations/NNN_name.sql in order, each once, each in its own transaction.
// An advisory lock keeps two processes (API and worker starting together) from racing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';

const DIR = join(__dirname, '..', 'migrations');
const LOCK = 7_202_207; // PermenPANRB 7/2022

/** Applies what is pending; `until` (a file name) stops after that one, for tests of an upgrade. */
export async function migrate(pool: Pool, until?: string): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    // Created only when missing: a role that may not create tables (the app role of
    // deploy/postgres/roles.sql) finds everything applied by the owner and goes on.
    if (!(await client.query("SELECT to_regclass('schema_migrations') AS t")).rows[0].t)
      await client.query('CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => /^\d{3}_.+\.sql$/.test(f) && (!until || f <= until)).sort()) {
      if (done.has(file)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(DIR, file), 'utf8'));
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
        await client.query('COMMIT');
        applied.push(file);
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${file} failed: ${(e as Error).message}`);
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    client.release();
  }
}
