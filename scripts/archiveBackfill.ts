// npm run archive:backfill: archives every closed case the archive does not hold yet while Temporal still
// has it (cases closed before the archive was kept, services/arsip.ts), as the worker's archive does, for
// ARCHIVE_RETENTION years. Idempotent: run it again and it finds only what is left. Prints the counts as
// JSON (the purged cases and the failures by id); exits 1 when a case failed.
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../config';
import { loadPenerbitan } from '../documents/berkas';
import { createPool } from '../db/pool';
import { createLogger } from '../logger';
import { backfillArchive } from '../services/arsip';
import { arsipStore } from '../services/arsipStore';

async function main(): Promise<boolean> {
  const config = loadConfig();
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 6 }, createLogger('archive-backfill', config.LOG_LEVEL));
  const connection = await Connection.connect(config.temporal);
  try {
    const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const done = await backfillArchive({ pool, store: arsipStore(config, pool), temporal, retentionYears: config.archiveRetentionYears, penerbitan: loadPenerbitan(config) });
    console.log(JSON.stringify(done, null, 2));
    return done.failed.length === 0;
  } finally {
    await connection.close();
    await pool.end();
  }
}

main().then((ok) => process.exit(ok ? 0 : 1), (e) => {
  console.error(e);
  process.exit(2);
});
