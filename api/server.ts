// The API process: configuration, connections, migrations, listen, graceful shutdown.
import { Client, Connection } from '@temporalio/client';
import { durationMs, loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { loadPenerbitan } from '../documents/berkas';
import { createLogger } from '../logger';
import { arsipStore } from '../services/arsipStore';
import { buildApp } from './app';
import { startReconciler } from './reconciler';

export async function runApi(): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.apiKeys.size === 0) throw new Error('set API_KEYS (name:key,…): the API serves no one without keys');
  const penerbitan = loadPenerbitan(config);
  if (!penerbitan) throw new Error('set SIGNING_P12 (and SIGNING_P12_PASSWORD): the PKCS#12 certificate that signs every issued document');
  const logger = createLogger('api', config.LOG_LEVEL);
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 20 }, logger);
  await migrate(pool);
  const connection = await Connection.connect(config.temporal);
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const app = await buildApp({ config, pool, temporal, logger, penerbitan, arsip: arsipStore(config, pool) });
  await app.listen({ port: config.PORT, host: config.HOST });
  const stopReconciler = startReconciler({ pool, temporal, taskQueue: config.TASK_QUEUE, log: logger.child({ component: 'reconciler' }) }, durationMs(config.RECONCILE_EVERY));
  return async () => {
    await stopReconciler();
    await app.close(); // stops accepting, lets in-flight requests finish
    await connection.close();
    await pool.end();
  };
}

if (require.main === module) {
  runApi()
    .then((close) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close().then(() => process.exit(0)));
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
