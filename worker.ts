// The worker process: runs the procedure workflows and their activities.
import { Client } from '@temporalio/client';
import type { MetricMeter } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel } from '@temporalio/worker';
import { createActivities, STEP_METRIC } from './activities';
import { loadConfig } from './config';
import { loadPenerbitan } from './documents/berkas';
import { migrate } from './db/migrate';
import { createPool } from './db/pool';
import { createLogger } from './logger';
import { startPengarsipan } from './services/arsip';
import { arsipStore } from './services/arsipStore';
import { startJangkarAudit } from './services/audit';
import { startRetensiEvent } from './services/retensiEvent';
import { ensureSearchAttributes } from './services/searchAttributes';
import { workflowCode } from './services/workflowCode';

/** Milliseconds: from a notification's insert to a case's first task visible. */
const STEP_BUCKETS_MS = [0.5, 1, 2, 5, 10, 20, 35, 50, 75, 100, 150, 250, 500, 1000, 2500, 10000];

/**
 * The worker process's CPU time (user and system, every thread: workflows, activities, the SDK's core,
 * the garbage collector), as the API's process_cpu_seconds_total: what a case costs here (npm run bench).
 * The exporter has no callback at scrape time, so it is set four times a second.
 */
function reportProcessCpu(meter: MetricMeter): void {
  const gauge = meter.createGauge('sistem_kerja_worker_process_cpu_seconds', 'float', 's', 'CPU time of the worker process, user and system, all threads');
  const set = () => {
    const { user, system } = process.cpuUsage();
    gauge.set((user + system) / 1e6);
  };
  set();
  setInterval(set, 250).unref();
}

export async function runWorker(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('worker', config.LOG_LEVEL);
  // The SDK's own logs (including workflow and activity logs, with workflowId) go through pino too.
  Runtime.install({
    logger: new DefaultLogger('INFO', ({ level, message, meta }) => log[level.toLowerCase() as Lowercase<LogLevel>](meta ?? {}, message)),
    // The SDK's own metrics (task latencies, pollers, slots, failures) for Prometheus to scrape.
    // Our own step timings (activities/index.ts) go out on the same endpoint, in milliseconds.
    ...(config.WORKER_METRICS_ADDRESS ? { telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS, histogramBucketOverrides: { [STEP_METRIC]: STEP_BUCKETS_MS, [`${STEP_METRIC}_since_start`]: STEP_BUCKETS_MS } } } } } : {}),
  });
  if (config.WORKER_METRICS_ADDRESS) reportProcessCpu(Runtime.instance().metricMeter);
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 10 }, log);
  await migrate(pool);
  const connection = await NativeConnection.connect(config.temporal);
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const registered = await ensureSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
  if (registered.length) log.info({ searchAttributes: registered }, 'search attributes registered');
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TASK_QUEUE,
    ...workflowCode,
    activities: createActivities({ pool, log, config, penerbitan: loadPenerbitan(config), meter: Runtime.instance().metricMeter, temporal, arsip: { retentionYears: config.archiveRetentionYears, store: arsipStore(config, pool) } }),
  });
  // The audit log's anchor and the archive of closed cases run on this task queue: started once, found running at every later start.
  await startJangkarAudit(temporal, config.TASK_QUEUE);
  await startPengarsipan(temporal, config.TASK_QUEUE);
  // So does the pruning of old events (EVENT_RETENTION_DAYS).
  await startRetensiEvent(temporal, config.TASK_QUEUE);
  log.info({ taskQueue: config.TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS, tls: !!config.temporal.tls, metrics: config.WORKER_METRICS_ADDRESS || undefined }, 'worker started');
  // Worker.run handles SIGINT/SIGTERM itself: in-flight tasks finish, then it resolves.
  await worker.run();
  await connection.close();
  await pool.end();
  log.info('worker stopped');
}

if (require.main === module) {
  runWorker().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
