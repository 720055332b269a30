// When PostgreSQL or Temporal does not answer, callers get 503 with a code that says to retry,
// readiness says which one, and nothing internal leaks.
import { Connection, Client } from '@temporalio/client';
import { createServer, type AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../api/app';
import { demoPeople } from '../../demo/masterData';
import { DEADLINES, loadDemoData, permohonan, requester } from '../support/cases';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testLogger } from '../support/logger';
import { testPenerbitan } from '../support/penerbitan';
import { API_KEY, AUTH } from '../support/stack';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.pool, ['bengkalis']);
});
afterAll(async () => db?.drop());

const build = (pool: Pool, temporal: Client) =>
  buildApp({ config: { apiKeys: new Map([[API_KEY, { name: 'test' }]]), deadlines: DEADLINES, TASK_QUEUE: 'unused' }, pool, temporal, logger: testLogger(), penerbitan: testPenerbitan() });
// Port 1 on loopback: nothing listens there.
const deadTemporal = () => new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) });

it('Temporal down: readiness 503 names it; a start answers 503 OUTCOME_UNKNOWN, its key kept for the one case it may start', async () => {
  const app = await build(db.pool, deadTemporal());
  expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200); // alive all the same
  const ready = await app.inject({ method: 'GET', url: '/health/ready' });
  expect(ready.statusCode).toBe(503);
  expect(ready.json().error).toMatchObject({ code: 'NOT_READY', message: 'not ready: temporal', fields: [{ field: 'temporal' }] });
  const start = await app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': 'down-0001', 'x-acting-official': requester('bengkalis') },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'bengkalis', ...permohonan('bengkalis') },
  });
  // Whether the start reached Temporal before it stopped answering cannot be known: never "nothing was changed".
  expect(start.statusCode).toBe(503);
  expect(start.json().error).toEqual({ code: 'OUTCOME_UNKNOWN', message: expect.stringContaining('send the same request with the same Idempotency-Key') });
  // The key stays bound to the case id it would start, without an outcome: the same request later starts that case, once.
  const { rows } = await db.pool.query("SELECT case_id, response_status FROM idempotency_keys WHERE key = 'down-0001'");
  expect(rows).toEqual([{ case_id: expect.stringMatching(/^bengkalis-/), response_status: null }]);
  await app.close();
});

it('PostgreSQL down: readiness 503 names it, reads answer 503 DATABASE_UNAVAILABLE', async () => {
  const deadPool = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 });
  const app = await build(deadPool, deadTemporal());
  const ready = await app.inject({ method: 'GET', url: '/health/ready' });
  expect(ready.statusCode).toBe(503);
  expect(ready.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['postgres', 'temporal']);
  const inbox = await app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': demoPeople('bengkalis').kadisKominfo } });
  expect(inbox.statusCode).toBe(503);
  expect(inbox.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('retry') } });
  await app.close();
  await deadPool.end();
});

it('a PostgreSQL connection closed under the API (pg\'s "Connection terminated unexpectedly", no code): 503 DATABASE_UNAVAILABLE, not 500', async () => {
  // A server that hangs up on every connection, as a restarting or failing-over PostgreSQL does.
  const hangUp = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => hangUp.listen(0, '127.0.0.1', r));
  const pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${(hangUp.address() as AddressInfo).port}/none` });
  const app = await build(pool, deadTemporal());
  const inbox = await app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': demoPeople('bengkalis').kadisKominfo } });
  expect(inbox.statusCode).toBe(503);
  expect(inbox.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('retry') } });
  await app.close();
  await pool.end();
  hangUp.close();
});
