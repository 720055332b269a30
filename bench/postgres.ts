// The round trips a benchmarked case makes to PostgreSQL, counted by the server itself
// (pg_stat_database): every statement the service sends outside a transaction of its own ends one
// there. Unlike CPU, the count does not move with the machine's spread: it shows a change that saves
// statements at once, where the CPU it saves is within a run's noise.
import { Client } from 'pg';

/**
 * PostgreSQL 15 backends report their counts when idle, at most once a second, and a busy one at the
 * latest after 10 s: a count read this long after the last statement holds them all.
 */
export const REPORTED_WITHIN_MS = 11_000;

/** The transactions the database at `url` has ended (committed or rolled back) so far; undefined where it cannot be read. */
export async function transactionsEnded(url: string): Promise<number | undefined> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
    return rows.length ? Number(rows[0].n) : undefined;
  } catch {
    return undefined; // not reachable from here (another host, another user): the bench says so
  } finally {
    await client.end().catch(() => undefined);
  }
}
