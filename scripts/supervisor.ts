// What `npm start` runs its processes under: each child (the Temporal dev server, the worker, the
// API, whatever is added later) from a spec; one that dies is restarted with a growing delay, and one
// that keeps dying stops everything with one message, so the machine never runs half a service.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface RestartPolicy {
  /** More restarts than this within windowMs: give up. */
  maxRestarts: number;
  windowMs: number;
  /** The first restart waits this long, each next one twice as long, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
}
export const RESTART_POLICY: RestartPolicy = { maxRestarts: 5, windowMs: 5 * 60_000, initialDelayMs: 1000, maxDelayMs: 30_000 };

/** The wait before the next restart, given when the earlier ones were; undefined: too many, give up. */
export function restartDelay(earlier: number[], now: number, policy: RestartPolicy = RESTART_POLICY): number | undefined {
  const recent = earlier.filter((t) => now - t < policy.windowMs).length;
  if (recent >= policy.maxRestarts) return undefined;
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** recent);
}

interface Supervised {
  spec: ChildSpec;
  process: ChildProcess;
  restarts: number[];
  timer?: NodeJS.Timeout;
}

export function createSupervisor(opts: { say: (m: string) => void; giveUp: (message: string) => void; policy?: RestartPolicy }) {
  const running: Supervised[] = [];
  let stopping = false;

  function spawnChild(spec: ChildSpec): ChildProcess {
    const child = spawn(spec.command, spec.args, { env: spec.env, cwd: spec.cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    // A command that cannot run at all (missing, not executable) would fail the same way again.
    child.once('error', (err) => {
      if (child.pid === undefined && !stopping) opts.giveUp(`${spec.name} could not start (${err.message}); stopping everything`);
    });
    if (child.pid !== undefined) opts.say(`${spec.name} running (pid ${child.pid})`);
    return child;
  }

  function watch(s: Supervised) {
    s.process.once('exit', (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      const delay = restartDelay(s.restarts, now, opts.policy);
      if (delay === undefined) {
        const { maxRestarts, windowMs } = opts.policy ?? RESTART_POLICY;
        return opts.giveUp(`${s.spec.name} exited (${signal ?? code}) after ${maxRestarts} restarts within ${windowMs / 60_000} min; stopping everything (its log is above)`);
      }
      s.restarts.push(now);
      opts.say(`${s.spec.name} exited (${signal ?? code}); restarting it in ${delay / 1000} s`);
      s.timer = setTimeout(() => {
        s.process = spawnChild(s.spec);
        watch(s);
      }, delay);
    });
  }

  return {
    /** Starts a child and keeps it running; returns its first process (to watch it come up). */
    start(spec: ChildSpec): ChildProcess {
      const s: Supervised = { spec, restarts: [], process: spawnChild(spec) };
      running.push(s);
      watch(s);
      return s.process;
    },
    /** Stops the children in the reverse order of their start, each after the one started after it. */
    async stop(): Promise<void> {
      stopping = true;
      for (const s of [...running].reverse()) {
        clearTimeout(s.timer);
        if (s.process.exitCode !== null || s.process.signalCode !== null) continue;
        const exited = new Promise((r) => s.process.once('exit', r));
        s.process.kill('SIGINT');
        await exited;
      }
    },
  };
}
