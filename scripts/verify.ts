// npm run verify -- <caseId | file>: a case's history replayed against this checkout's workflow code and
// compared with what is stored (a case id: the service's database and Temporal, or its archive), or an
// export (GET /api/v1/cases/{id}/export) checked offline. Prints the report as JSON; exits 1 unless verified.
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { existsSync, readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { createPool } from '../db/pool';
import { createLogger } from '../logger';
import { arsipStore } from '../services/arsipStore';
import { verifyExport } from '../services/ekspor';
import { verifyCase, type Verification } from '../services/verifikasi';

async function verifyStored(caseId: string): Promise<Verification> {
  const config = loadConfig();
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 4 }, createLogger('verify', config.LOG_LEVEL));
  const connection = await Connection.connect(config.temporal);
  try {
    const verified = await verifyCase(pool, arsipStore(config, pool), new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), caseId);
    if (!verified) throw new Error(`neither Temporal nor the archive holds the history of case ${caseId}`);
    return verified;
  } finally {
    await connection.close();
    await pool.end();
  }
}

async function main(): Promise<boolean> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: npm run verify -- <caseId | export file>');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const report = existsSync(target) ? await verifyExport(JSON.parse(readFileSync(target, 'utf8'))) : await verifyStored(target);
  console.log(JSON.stringify(report, null, 2));
  return report.verified;
}

main().then((verified) => process.exit(verified ? 0 : 1), (e) => {
  console.error(e);
  process.exit(2);
});
