// The service as the API tests see it: the real Fastify app (app.inject), a real Temporal dev
// server (from global setup), a fresh PostgreSQL database and an in-process worker on a task queue
// of its own.
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { startPengarsipan } from '../../services/arsip';
import type { ArsipStore } from '../../services/arsipStore';
import { pengarsipanId } from '../../workflows/shared';
import { createActivities } from '../../activities';
import { buildApp, type AppDeps } from '../../api/app';
import { bundleOptions } from '../../services/workflowCode';
import { DEADLINES } from './cases';
import { createTestDatabase, type TestDatabase } from './database';
import { testLogger } from './logger';
import { testPenerbitan } from './penerbitan';

export const API_KEY = 'test-key-0001';
export const AUTH = { authorization: `Bearer ${API_KEY}` };
/** The key of a Banjar e-office system, scoped to its region. */
export const BANJAR_AUTH = { authorization: 'Bearer banjar-key-0001' };
/** The key of a Pati e-office system, scoped to its region. */
export const PATI_AUTH = { authorization: 'Bearer pati-key-0001' };
/** The key of Tapin's e-office system: an agency not on this service (declared, as EXTERNAL_AGENCIES=tapin). */
export const TAPIN_AUTH = { authorization: 'Bearer tapin-key-0001' };

export interface Stack {
  app: FastifyInstance;
  db: TestDatabase;
  temporal: Client;
  taskQueue: string;
  close: () => Promise<void>;
}

let runtimeInstalled = false;

/** The suites' keys: the test key with every right, the agencies' keys with what e-office systems have by default. */
export const TEST_KEYS: AppDeps['config']['apiKeys'] = new Map([
  [API_KEY, { name: 'test-eoffice', rights: ['read', 'act-for-officials', 'master-data'] }],
  ['banjar-key-0001', { name: 'banjar-eoffice', regions: ['banjar'] }], ['pati-key-0001', { name: 'pati-eoffice', regions: ['pati'] }],
  ['tapin-key-0001', { name: 'tapin-eoffice', regions: ['tapin'] }],
]);

/**
 * config: what a suite sets besides the defaults (its keys, sign-in through an OpenID provider, limits);
 * db: a database of the test's own (say, one the service reaches through a restricted role);
 * address: a Temporal server of the test's own (one it kills), instead of the suite's;
 * eventSafetyPollMs: how often a feed's long-poll looks without a ring (longer than its wait: only a ring answers it);
 * arsip: the archive's store of the worker and the API (default: the database's tables).
 */
export async function startStack(opts: { worker?: boolean; config?: Partial<AppDeps['config']>; db?: TestDatabase; address?: string; eventSafetyPollMs?: number; arsip?: ArsipStore } = {}): Promise<Stack> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const address = opts.address ?? inject('temporalAddress');
  const taskQueue = `test-${randomUUID()}`;
  const db = opts.db ?? await createTestDatabase();
  const connection = await Connection.connect({ address });
  const temporal = new Client({ connection });
  const app = await buildApp({
    config: {
      apiKeys: TEST_KEYS,
      externalAgencies: ['tapin'],
      deadlines: DEADLINES,
      TASK_QUEUE: taskQueue,
      ...opts.config,
    },
    pool: db.pool,
    temporal,
    logger: testLogger(),
    penerbitan: testPenerbitan(),
    eventSafetyPollMs: opts.eventSafetyPollMs,
    arsip: opts.arsip,
  });
  let stopWorker = async () => {};
  if (opts.worker !== false) {
    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle: await bundleWorkflowCode({ ...bundleOptions, logger: new DefaultLogger('WARN') }),
      activities: createActivities({ pool: db.pool, log: testLogger(), penerbitan: testPenerbitan(), temporal, arsip: { retentionYears: 10, store: opts.arsip } }),
    });
    const running = worker.run();
    // The archive of closed cases, as the worker process starts it; quick to take a case, for the suites that read it.
    await startPengarsipan(temporal, taskQueue, 500);
    stopWorker = async () => {
      await temporal.workflow.getHandle(pengarsipanId(taskQueue)).terminate('the test stack stops').catch(() => undefined);
      worker.shutdown();
      await running;
      await nativeConnection.close();
    };
  }
  return {
    app, db, temporal, taskQueue,
    close: async () => {
      await app.close();
      await stopWorker();
      await connection.close();
      await db.drop();
    },
  };
}
