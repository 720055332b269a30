// A real worker process (worker.ts), as `npm start` and the compose file run it, for the e2e suites
// that kill it or cut its connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it logged so far (pino JSON lines). */
  output: () => string;
}

/** Resolves once the worker polls its task queue; rejects if it exits first. */
export function startWorkerProcess(env: { DATABASE_URL: string; TASK_QUEUE: string } & NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'worker.ts')], {
    env: { ...process.env, TEMPORAL_ADDRESS: inject('temporalAddress'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', () => {
      if (out.includes('"msg":"worker started"')) resolve({ child, output: () => out });
    });
    child.once('exit', (code, signal) => reject(new Error(`worker exited early (${signal ?? code}): ${out.slice(-2000)}`)));
  });
}

/** A port nothing listens on right now. */
export { freePort } from '../../scripts/ports';
