// `npm start` as a user runs it: the orchestrator brings up its own Temporal dev server, migrates,
// loads the demo data, runs worker and API as processes, restarts the worker, the API and the Temporal
// dev server when they die, serves a case, exposes the worker's metrics, and Ctrl-C stops it all.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { permohonan, requester } from '../../demo/permohonan';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/workerProcess';

let db: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), 'sistem-kerja-start-'));
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts everything with embedded defaults, restarts a worker, an API and a Temporal server that die, serves a case, and stops cleanly on Ctrl-C', async () => {
  const [apiPort, temporalPort] = [await freePort(), await freePort()];
  // The worker's metrics port by default (the Temporal port + 2001), taken: npm start gives the worker another and names it.
  const taken = createServer().listen(temporalPort + 2001, '127.0.0.1');
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'start.ts')], {
    env: { ...process.env, DATABASE_URL: db.url, TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`, PORT: String(apiPort), DATA_DIR: dataDir, API_KEYS: undefined, WORKER_METRICS_ADDRESS: undefined, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let code: number | null | undefined;
  const exited = new Promise<number | null>((r) => child.once('exit', (c) => r((code = c))));
  const api = `http://127.0.0.1:${apiPort}`;
  const ready = async () => {
    let ok = false;
    for (const end = Date.now() + 120_000; !ok && code === undefined && Date.now() < end; await new Promise((r) => setTimeout(r, 500)))
      ok = await fetch(`${api}/health/ready`).then((r) => r.ok, () => false);
    return ok;
  };
  /** Kills a child of `npm start` as the kernel's OOM killer would, and waits for the supervisor to start it again. */
  const kill = async (name: string) => {
    const pids = () => [...out.matchAll(new RegExp(`\\[start\\] ${name} running \\(pid (\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
    const before = pids();
    process.kill(before.at(-1)!, 'SIGKILL');
    for (const end = Date.now() + 30_000; pids().length === before.length && Date.now() < end; await new Promise((r) => setTimeout(r, 200)));
    expect(out).toContain(`[start] ${name} exited (SIGKILL); restarting it in 1 s`);
    expect(pids()).toHaveLength(before.length + 1);
  };
  try {
    expect(await ready(), out).toBe(true);
    expect(out).toContain('demo master data loaded for bengkalis, banjar, pati, pasuruan');

    await kill('worker');
    await kill('api');
    await kill('Temporal dev server');
    expect(await ready(), out).toBe(true);

    // The demo key and demo data serve a real case through worker and API.
    const headers = { authorization: 'Bearer demo-eoffice-key', 'content-type': 'application/json', 'x-acting-official': requester('banjar') };
    const started = await fetch(`${api}/api/v1/cases`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': 'start-test-0001' },
      body: JSON.stringify({ procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') }),
    });
    expect(started.status).toBe(201);
    const { caseId } = (await started.json()) as { caseId: string };
    let open = false;
    for (const end = Date.now() + 30_000; !open && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      const c = (await (await fetch(`${api}/api/v1/cases/${caseId}`, { headers })).json()) as { tasks?: { status: string }[] };
      open = !!c.tasks?.some((t) => t.status === 'open');
    }
    expect(open).toBe(true);
    // The worker's metrics, at the address it names (the Temporal port + 2001 where that is free): its CPU, and that case's first task.
    const metricsAt = /\[start\] worker metrics (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(out)![1];
    expect(metricsAt).not.toBe(`http://127.0.0.1:${temporalPort + 2001}/metrics`);
    const metrics = await (await fetch(metricsAt)).text();
    expect(metrics).toMatch(/^sistem_kerja_worker_process_cpu_seconds(\{[^}]*\})? \d/m);
    expect(metrics).toMatch(/^sistem_kerja_worker_step_duration_since_start_count\{[^}]*procedure="penunjukan-lintas-unit"[^}]*\} [1-9]/m);

    // An official signs in at the demo OpenID provider it runs (`npm run token`) and reads their inbox as themselves.
    expect(out).toMatch(/demo OpenID provider http:\/\/127\.0\.0\.1:\d+, discovery http:\S+\/\.well-known\/openid-configuration/);
    const { stdout: token } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'token.ts'), requester('banjar')], {
      env: { ...process.env, PORT: String(apiPort) },
    });
    const inbox = await fetch(`${api}/api/v1/inbox`, { headers: { authorization: `Bearer ${token.trim()}` } });
    expect(inbox.status).toBe(200);
    expect(((await inbox.json()) as { nip: string }).nip).toBe(requester('banjar'));

    // The web app for officials is served too: /app/masuk sends the browser to the provider's login page (code + PKCE).
    const masuk = await fetch(`${api}/app/masuk`, { redirect: 'manual' });
    const authorize = new URL(masuk.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${api}/app/masuk/kembali`);
    expect((await fetch(authorize, { redirect: 'manual' })).headers.get('location')).toMatch(/\/interaction\/[\w-]+$/);
  } finally {
    child.kill('SIGINT'); // what Ctrl-C sends
    taken.close();
  }
  expect(await exited).toBe(0);
  expect(out).toContain('[start] stopping');
  expect(out).not.toContain('stopping everything');
  expect(await fetch(`${api}/health`).then(() => 'up', () => 'down')).toBe('down');
}, 180_000);
