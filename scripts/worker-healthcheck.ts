// The worker's container healthcheck: healthy while its Temporal SDK metrics (WORKER_METRICS_ADDRESS)
// show a workflow-task poller on its task queue, i.e. the process is up and polling. Exit 0 or 1.
import { loadConfig } from '../config';

/** Whether a Prometheus scrape of the worker shows at least one workflow-task poller on the queue. */
export function polls(metrics: string, taskQueue: string): boolean {
  return metrics.split('\n').some((line) => {
    const m = /^temporal_num_pollers\{([^}]*)\} (\d+)/.exec(line);
    return !!m && m[1].includes('poller_type="workflow_task"') && m[1].includes(`task_queue="${taskQueue}"`) && Number(m[2]) > 0;
  });
}

async function main(): Promise<number> {
  const { WORKER_METRICS_ADDRESS, TASK_QUEUE } = loadConfig();
  if (!WORKER_METRICS_ADDRESS) throw new Error('set WORKER_METRICS_ADDRESS: the healthcheck reads the worker\'s metrics');
  const url = `http://${WORKER_METRICS_ADDRESS.replace(/^0\.0\.0\.0:/, '127.0.0.1:')}/metrics`;
  const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (polls(await res.text(), TASK_QUEUE)) return 0;
  console.error(`no workflow-task poller on ${TASK_QUEUE} in ${url}`);
  return 1;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
