// When PostgreSQL or Temporal does not answer, callers get 503 with a code that says to retry,
// health says which one, and nothing internal leaks.
import { Connection, Client } from '@temporalio/client';
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

it('Temporal down: health 503 names it, a start answers 503 TEMPORAL_UNAVAILABLE and claims nothing', async () => {
  const app = await build(db.pool, deadTemporal());
  const health = await app.inject({ method: 'GET', url: '/health' });
  expect(health.statusCode).toBe(503);
  expect(health.json()).toMatchObject({ status: 'degraded', postgres: { ok: true }, temporal: { ok: false } });
  const start = await app.inject({
    method: 'POST', url: '/api/v1/cases',
    headers: { ...AUTH, 'idempotency-key': 'down-0001', 'x-acting-official': requester('bengkalis') },
    payload: { procedure: 'penunjukan-lintas-unit', region: 'bengkalis', ...permohonan('bengkalis') },
  });
  expect(start.statusCode).toBe(503);
  expect(start.json().error.code).toBe('TEMPORAL_UNAVAILABLE');
  // The key was released: the same request succeeds once Temporal is back.
  expect((await db.pool.query("SELECT count(*)::int n FROM idempotency_keys WHERE key = 'down-0001'")).rows[0].n).toBe(0);
  await app.close();
});

it('PostgreSQL down: health 503 names it, reads answer 503 DATABASE_UNAVAILABLE', async () => {
  const deadPool = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 });
  const app = await build(deadPool, deadTemporal());
  const health = await app.inject({ method: 'GET', url: '/health' });
  expect(health.json()).toMatchObject({ status: 'degraded', postgres: { ok: false } });
  const inbox = await app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { ...AUTH, 'x-acting-official': demoPeople('bengkalis').kadisKominfo } });
  expect(inbox.statusCode).toBe(503);
  expect(inbox.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('retry') } });
  await app.close();
  await deadPool.end();
});
