import type { Pool, PoolClient } from 'pg';

/** Runs fn in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    await client.query('BEGIN');
    result = await fn(client);
    await client.query('COMMIT');
  } catch (e) {
    // On a dead connection ROLLBACK fails too: the first error is the one to report, and the
    // connection is destroyed instead of going back to the pool.
    const broken = await client.query('ROLLBACK').then(() => undefined, (err: Error) => err);
    client.release(broken);
    throw e;
  }
  client.release();
  return result;
}
