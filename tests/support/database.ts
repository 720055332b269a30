// A fresh, migrated PostgreSQL database per test file, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { Client, type Pool } from 'pg';
import { ensureDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { createPool } from '../../db/pool';
import { testLogger } from './logger';

export interface TestDatabase {
  url: string;
  pool: Pool;
  drop: () => Promise<void>;
}

/** `until`: migrate only up to that file (to test an upgrade of data written by older code). */
export async function createTestDatabase(opts: { until?: string } = {}): Promise<TestDatabase> {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/sistem_kerja_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(url.toString());
  // As the service's own: connections closed by the drop below, or cut by a fault test, are not fatal.
  const pool = createPool({ connectionString: url.toString(), max: 10 }, testLogger());
  await migrate(pool, opts.until);
  return {
    url: url.toString(),
    pool,
    drop: async () => {
      await pool.end();
      await dropDatabase(url.toString());
    },
  };
}

/**
 * Drops a database once its connections have closed (a pool that just ended may still be closing
 * its sockets); only connections left behind after 5 s (a killed process's) are forced off.
 */
async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const quoted = `"${name.replace(/"/g, '""')}"`;
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
