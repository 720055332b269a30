// `npm start`: the whole service on one machine with embedded defaults. Starts a local Temporal dev
// server (SQLite under .data/), creates and migrates the database, loads the demo master data of
// the four regions, then runs the worker and the API as separate processes, all three supervised (a
// child that dies is restarted; one that keeps dying stops everything). Ctrl-C stops them all.
import { Connection } from '@temporalio/client';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { ensureDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { loadDemoData } from '../demo/load';
import { startDemoSignIn } from '../identity/demoProvider';
import { demoPeople } from '../demo/masterData';
import { REGIONS } from '../profiles';
import { createSupervisor, type ChildSpec } from './supervisor';
import { demoSigningEnv } from './demoSigning';
import { freePort } from './ports';
import { temporalCli } from './temporal-binaries';
import { cliSearchAttributes } from '../workflows/searchAttributes';

const ROOT = join(__dirname, '..');
/** Where the dev server keeps its SQLite file; DATA_DIR moves it (the tests use a temporary one). */
const DATA = process.env.DATA_DIR ?? join(ROOT, '.data');
const DEMO_KEY = 'demo-eoffice-key';
/**
 * Besides the demo key (all regions), one e-office key per agency of the P3 walkthrough, each scoped to
 * its region, and one for Tapin, an agency not on this service (declared in EXTERNAL_AGENCIES).
 */
const DEMO_KEYS = `demo-eoffice:${DEMO_KEY}:*:read|act-for-officials|master-data,banjar-eoffice:banjar-key-0001:banjar,pati-eoffice:pati-key-0001:pati,tapin-eoffice:tapin-key-0001:tapin`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  API_KEYS: process.env.API_KEYS || DEMO_KEYS,
  EXTERNAL_AGENCIES: process.env.API_KEYS ? process.env.EXTERNAL_AGENCIES ?? '' : 'tapin',
  PORT: process.env.PORT ?? '3000',
};
const say = (m: string) => console.log(`[start] ${m}`);
const supervisor = createSupervisor({
  say,
  giveUp: (message) => {
    console.error(`[start] ${message}`);
    void stop(1);
  },
});

async function postgres() {
  const probe = new Client({ connectionString: env.DATABASE_URL!.replace(/\/[^/]*$/, '/postgres') });
  try {
    probe.on('error', () => undefined); // a connection lost before end(): end() settles all the same
    await probe.connect();
    await probe.end();
  } catch (e) {
    console.error(`[start] PostgreSQL is not reachable at ${env.DATABASE_URL} (${(e as Error).message}).
  Start the machine's cluster:   pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  or install one:                apt-get install -y postgresql && pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  or point at another server:    DATABASE_URL=postgres://user:pass@host:5432/sistem_kerja npm start`);
    process.exit(1);
  }
  await ensureDatabase(env.DATABASE_URL!);
  const pool = createPool({ connectionString: env.DATABASE_URL }, { warn: ({ err }, message) => say(`${message}: ${err.message}`) });
  const applied = await migrate(pool);
  say(`database ready${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
  return pool;
}

async function temporalReachable(): Promise<boolean> {
  try {
    const c = await Connection.connect({ ...loadConfig(env).temporal, connectTimeout: 1000 });
    await c.workflowService.getSystemInfo({});
    await c.close();
    return true;
  } catch {
    return false;
  }
}

async function temporal() {
  if (await temporalReachable()) return say(`using the Temporal server already at ${env.TEMPORAL_ADDRESS}`);
  mkdirSync(DATA, { recursive: true });
  const [ip, port] = env.TEMPORAL_ADDRESS!.split(':');
  // Restarted on the same SQLite file, it carries on with every workflow where it was.
  const server = supervisor.start({
    name: 'Temporal dev server', command: temporalCli(),
    args: ['server', 'start-dev', '--db-filename', join(DATA, 'temporal.db'), '--ip', ip, '--port', port, '--ui-port', String(Number(port) + 1000), '--log-level', 'warn',
      // Its own metrics (requests, persistence) on a fixed port: what `npm run bench` counts as the server's work per case.
      '--metrics-port', String(Number(port) + 2000),
      '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal',
      // The cases' search attributes (Region, Procedure, CaseStatus, …): the kernel upserts them as a case moves.
      ...cliSearchAttributes().flatMap((a) => ['--search-attribute', a])],
  });
  for (let i = 0; i < 120; i++) {
    if (await temporalReachable()) return say(`Temporal dev server on ${env.TEMPORAL_ADDRESS}, UI http://${ip}:${Number(port) + 1000}, metrics http://${ip}:${Number(port) + 2000}/metrics`);
    if (server.exitCode !== null) throw new Error('the Temporal dev server exited; is the port taken?');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the Temporal dev server did not come up within 60 s');
}

const node = (name: string, script: string): ChildSpec =>
  ({ name, command: process.execPath, args: [...(process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : []), '--import', 'tsx', join(ROOT, script)], env, cwd: ROOT });

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  // API and worker first (the worker finishes its in-flight tasks), the Temporal server last.
  await supervisor.stop();
  process.exit(code);
}

async function main() {
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const pool = await postgres();
  await temporal();
  await loadDemoData(pool);
  say(`demo master data loaded for ${REGIONS.join(', ')}`);
  await pool.end();
  Object.assign(env, demoSigningEnv(DATA, env));
  // The worker's metrics (the SDK's, its steps, its CPU: what `npm run bench` reads) beside the dev server's
  // (the Temporal port + 2000): the Temporal port + 2001, 9234 by default, or a free port where that one is
  // taken (the line below names it); set empty, none (as the worker reads it).
  env.WORKER_METRICS_ADDRESS ??= `127.0.0.1:${await freePort(Number(env.TEMPORAL_ADDRESS!.split(':')[1]) + 2001)}`;
  const signIn = await startDemoSignIn(env);
  supervisor.start(node('worker', 'worker.ts'));
  supervisor.start(node('api', 'api/server.ts'));
  const banjar = demoPeople('banjar');
  if (env.WORKER_METRICS_ADDRESS) say(`worker metrics http://${env.WORKER_METRICS_ADDRESS}/metrics`);
  say(`API http://127.0.0.1:${env.PORT} (docs /docs), API key: ${env.API_KEYS === DEMO_KEYS ? `${DEMO_KEY} (scoped: banjar-key-0001, pati-key-0001, tapin-key-0001)` : '(from API_KEYS)'}`);
  say(`demo officials (banjar): Kepala Bappeda ${banjar.kepalaBappeda}, Kepala Diskominfo ${banjar.kadisKominfo}, Kabid Aptika ${banjar.kabidAptika}, Pranata Komputer ${banjar.pranataKomputer1}`);
  signIn.forEach(say);
  say('walkthrough: README.md "Walkthrough"; Ctrl-C stops everything');
}

main().catch((e) => {
  console.error('[start]', e);
  void stop(1);
});
