// A fresh, migrated PostgreSQL database per test file, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';

export interface TestDatabase {
  url: string;
  pool: Pool;
  drop: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/sistem_kerja_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(url.toString());
  const pool = new Pool({ connectionString: url.toString(), max: 10 });
  await migrate(pool);
  return {
    url: url.toString(),
    pool,
    drop: async () => {
      await pool.end();
      await dropDatabase(url.toString());
    },
  };
}
