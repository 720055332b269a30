// An Update the workflow carried out is answered as carried out, even when the API cannot read the
// projection right after it (its connections cut, new ones refused): the answer is the workflow's own
// view, never 503 "nothing was changed", which would free the Idempotency-Key and make the retry a
// second message (for an acknowledgement that closed the case: 409). Deterministic: the worker's write
// of the closing projection sleeps in a trigger while the test cuts the API off PostgreSQL.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView } from '../../domain/kasus';
import { createPool } from '../../db/pool';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testLogger } from '../support/logger';
import { sendOnce, type Send } from '../support/p2Case';
import { startStack, type Stack } from '../support/stack';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess';

let owner: TestDatabase;
let s: Stack;
let worker: WorkerProcess | undefined;
let admin: Client;
const role = `api_${randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  owner = await createTestDatabase();
  // The API reaches PostgreSQL as a role of its own, which the test can lock out; the worker as the owner.
  await owner.pool.query(`CREATE ROLE ${role} LOGIN; GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  const url = new URL(owner.url);
  url.username = role;
  const apiPool = createPool({ connectionString: url.toString(), max: 4 }, testLogger());
  s = await startStack({ worker: false, db: { url: url.toString(), pool: apiPool, drop: () => apiPool.end() } });
  await loadDemoData(owner.pool, ['banjar']);
  worker = await startWorkerProcess({ DATABASE_URL: owner.url, TASK_QUEUE: s.taskQueue, PGAPPNAME: 'owner-worker' });
  admin = new Client({ connectionString: owner.url });
  await admin.connect();
});
afterAll(async () => {
  if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
  await admin?.end();
  await s?.close();
  await owner?.pool.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`).catch(() => undefined);
  await owner?.drop();
});

it('an acknowledgement that closed the case answers 200 with the closed case while the projection cannot be read, and its retry answers the same', async () => {
  const send: Send = sendOnce(s);
  const p = demoPeople('banjar');
  const until = async (id: string, ok: (c: CaseView) => boolean) => {
    for (const end = Date.now() + 60_000; Date.now() < end; await sleep(100)) {
      const r = await send('GET', `/api/v1/cases/${id}`);
      if (r.statusCode === 200 && ok(r.json())) return;
    }
    throw new Error(`case ${id} did not reach the expected state`);
  };
  const started = await send('POST', '/api/v1/cases', { 'x-acting-official': requester('banjar'), 'idempotency-key': `unreadable-${role}` },
    { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
  expect(started.statusCode, started.body).toBe(201);
  const id: string = started.json().caseId;
  for (const [task, actor] of [['rekomendasi-puo', p.kadisKominfo], ['keputusan-ppk', p.kabidAptika]]) {
    await until(id, (c) => c.tasks.some((t) => t.id === task && t.status === 'open'));
    expect((await send('POST', `/api/v1/cases/${id}/tasks/${task}/decision`, { 'x-acting-official': actor }, { decision: 'approve' })).statusCode).toBe(200);
  }
  await until(id, (c) => c.status === 'awaiting-acknowledgement');

  // The worker's write of the closed case waits 3 s before it commits: the window in which the API is cut off.
  await admin.query(`
    CREATE FUNCTION hold_closing_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.case_id = '${id}' AND NEW.status = 'issued' AND (TG_OP = 'INSERT' OR OLD.status <> 'issued') AND current_setting('application_name') = 'owner-worker' THEN PERFORM pg_sleep(3); END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER hold_closing_write BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION hold_closing_write()`);

  const ack = () => send('POST', `/api/v1/cases/${id}/acknowledge`, { 'x-acting-official': p.pranataKomputer1, 'idempotency-key': `${id}-ack` }, {});
  const first = ack();
  for (let i = 0; ; i++) {
    const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND application_name = 'owner-worker'`);
    if (rows.length) break;
    if (i === 300) throw new Error('the closing write never reached the trigger');
    await sleep(20);
  }
  await admin.query(`ALTER ROLE ${role} NOLOGIN`);
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);

  const answered = await first;
  await admin.query(`ALTER ROLE ${role} LOGIN`);
  expect(answered.statusCode, answered.body).toBe(200);
  expect(answered.json().status).toBe('issued');

  const retried = await ack();
  expect(retried.statusCode, retried.body).toBe(200);
  expect(retried.json().status).toBe('issued');
  expect(worker!.child.exitCode).toBeNull();
}, 120_000);
