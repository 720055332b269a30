// npm run audit:verify [-- --region R]: recomputes the audit chains (one region's, or every chain) and
// compares each with its latest anchor in Temporal; prints the report as JSON, exits 1 unless intact.
import { Client, Connection } from '@temporalio/client';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createPool } from '../db/pool';
import { createLogger } from '../logger';
import { verifyAudit } from '../services/audit';

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { region: { type: 'string' } } });
  const config = loadConfig();
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 2 }, createLogger('audit-verify', config.LOG_LEVEL));
  const connection = await Connection.connect(config.temporal);
  try {
    const reports = await verifyAudit(pool, new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), config.TASK_QUEUE, values.region ? [values.region] : undefined);
    const intact = reports.every((r) => r.intact);
    console.log(JSON.stringify({ intact, chains: reports }, null, 2));
    return intact;
  } finally {
    await connection.close();
    await pool.end();
  }
}

main().then((intact) => process.exit(intact ? 0 : 1), (e) => {
  console.error(e);
  process.exit(2);
});
