// The bench's count of the statements the service sends PostgreSQL, as the server reports them.
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { transactionsEnded } from '../../bench/postgres';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

it('counts every statement a connection sent outside a transaction, and a transaction once', async () => {
  const before = await transactionsEnded(db.url);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  for (let i = 0; i < 7; i++) await client.query('SELECT $1::int', [i]);
  await client.query('BEGIN');
  for (let i = 0; i < 5; i++) await client.query('SELECT $1::int', [i]);
  await client.query('COMMIT');
  await client.end(); // a backend reports its counts as it exits
  let after = before!;
  for (let tries = 0; tries < 50 && after - before! < 8; tries++) {
    await new Promise((r) => setTimeout(r, 100));
    after = (await transactionsEnded(db.url))!;
  }
  // 7 statements, 1 transaction, and the count's own reads on their connections (each reported as it exits)
  expect(after - before!).toBeGreaterThanOrEqual(8);
  expect(after - before!).toBeLessThan(8 + 60);
});

it('answers nothing where the database cannot be reached', async () => {
  expect(await transactionsEnded('postgres://postgres@127.0.0.1:1/none')).toBeUndefined();
});
