// `npm run migrate`: creates the database if needed and applies migrations/ (the API and the worker
// also do this when they start). DATABASE_URL picks the database.
import { loadConfig } from '../config';
import { ensureDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { createLogger } from '../logger';

async function main() {
  const { DATABASE_URL } = loadConfig();
  await ensureDatabase(DATABASE_URL);
  const pool = createPool({ connectionString: DATABASE_URL }, createLogger('migrate'));
  try {
    const applied = await migrate(pool);
    console.log(applied.length ? `[migrate] applied ${applied.join(', ')}` : '[migrate] up to date');
  } finally {
    await pool.end();
  }
}

main().catch((e) => {
  console.error('[migrate]', (e as Error).message);
  process.exit(1);
});
