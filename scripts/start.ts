// `npm start`: the whole service on one machine with embedded defaults. Starts a local Temporal dev
// server (SQLite under .data/), creates and migrates the database, loads the demo master data of
// the four regions, then runs the worker and the API as separate processes. Ctrl-C stops them all.
import { Connection } from '@temporalio/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { ensureDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { loadDemoData } from '../demo/load';
import { demoPeople } from '../demo/masterData';
import { REGIONS } from '../profiles';
import { demoSigningEnv } from './demoSigning';
import { temporalCli } from './temporal-binaries';

const ROOT = join(__dirname, '..');
/** Where the dev server keeps its SQLite file; DATA_DIR moves it (the tests use a temporary one). */
const DATA = process.env.DATA_DIR ?? join(ROOT, '.data');
const DEMO_KEY = 'demo-eoffice-key';
/**
 * Besides the demo key (all regions), one e-office key per agency of the P3 walkthrough, each scoped to
 * its region, and one for Tapin, an agency not on this service (declared in EXTERNAL_AGENCIES).
 */
const DEMO_KEYS = `demo-eoffice:${DEMO_KEY},banjar-eoffice:banjar-key-0001:banjar,pati-eoffice:pati-key-0001:pati,tapin-eoffice:tapin-key-0001:tapin`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sistem_kerja',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  API_KEYS: process.env.API_KEYS || DEMO_KEYS,
  EXTERNAL_AGENCIES: process.env.API_KEYS ? process.env.EXTERNAL_AGENCIES ?? '' : 'tapin',
  PORT: process.env.PORT ?? '3000',
};
const children: ChildProcess[] = [];
const say = (m: string) => console.log(`[start] ${m}`);

async function postgres() {
  const probe = new Client({ connectionString: env.DATABASE_URL!.replace(/\/[^/]*$/, '/postgres') });
  try {
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
  const pool = new Pool({ connectionString: env.DATABASE_URL });
  const applied = await migrate(pool);
  say(`database ready${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
  return pool;
}

async function temporalReachable(): Promise<boolean> {
  try {
    const c = await Connection.connect({ address: env.TEMPORAL_ADDRESS, connectTimeout: 1000 });
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
  const server = spawn(temporalCli(), [
    'server', 'start-dev', '--db-filename', join(DATA, 'temporal.db'), '--ip', ip, '--port', port,
    '--ui-port', String(Number(port) + 1000), '--log-level', 'warn',
  ], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(server);
  for (let i = 0; i < 120; i++) {
    if (await temporalReachable()) return say(`Temporal dev server on ${env.TEMPORAL_ADDRESS}, UI http://${ip}:${Number(port) + 1000}`);
    if (server.exitCode !== null) throw new Error('the Temporal dev server exited; is the port taken?');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the Temporal dev server did not come up within 60 s');
}

function run(name: string, script: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], { env, stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  // API and worker first (the worker finishes its in-flight tasks), the Temporal server last.
  for (const c of [...children].reverse()) {
    if (c.exitCode !== null) continue;
    c.kill('SIGINT');
    await new Promise((r) => c.once('exit', r));
  }
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
  run('worker', 'worker.ts');
  run('api', 'api/server.ts');
  const banjar = demoPeople('banjar');
  say(`API http://127.0.0.1:${env.PORT} (docs /docs), API key: ${env.API_KEYS === DEMO_KEYS ? `${DEMO_KEY} (scoped: banjar-key-0001, pati-key-0001, tapin-key-0001)` : '(from API_KEYS)'}`);
  say(`demo officials (banjar): Kepala Bappeda ${banjar.kepalaBappeda}, Kepala Diskominfo ${banjar.kadisKominfo}, Kabid Aptika ${banjar.kabidAptika}, Pranata Komputer ${banjar.pranataKomputer1}`);
  say('walkthrough: README.md "Walkthrough"; Ctrl-C stops everything');
}

main().catch((e) => {
  console.error('[start]', e);
  void stop(1);
});
