// deploy/postgres/roles.sql: migrations run as the owner role; the API and the worker, as the app role,
// serve a whole case (master data, projection, inbox, numbering) and can change no schema.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ensureDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { appendAudit } from '../../db/audit';
import { createPool } from '../../db/pool';
import { loadDemoData } from '../support/cases';
import { testLogger } from '../support/logger';
import { runP2Case, sendOnce } from '../support/p2Case';
import { startStack, type Stack } from '../support/stack';

const suffix = randomBytes(4).toString('hex');
const [database, owner, app] = [`sistem_kerja_roles_${suffix}`, `sk_owner_${suffix}`, `sk_app_${suffix}`];
const as = (user: string, db = database) => {
  const u = new URL(inject('postgresUrl'));
  u.username = user;
  u.password = `${user}-password`;
  u.pathname = `/${db}`;
  return u.toString();
};
const superuser = () => {
  const u = new URL(inject('postgresUrl'));
  u.pathname = `/${database}`;
  return u.toString();
};
const appPool = () => createPool({ connectionString: as(app), max: 10 }, testLogger());
let s: Stack | undefined;

beforeAll(async () => {
  await ensureDatabase(superuser());
  const psql = spawnSync('psql', ['--no-psqlrc', '--quiet', '-d', superuser(), '-v', `database=${database}`, '-v', `owner=${owner}`, '-v', `owner_password=${owner}-password`,
    '-v', `app=${app}`, '-v', `app_password=${app}-password`, '-f', join(__dirname, '..', '..', 'deploy', 'postgres', 'roles.sql')], { encoding: 'utf8' });
  expect(psql.status, psql.stderr).toBe(0);
  const ownerPool = createPool({ connectionString: as(owner) }, testLogger());
  expect((await migrate(ownerPool)).length).toBeGreaterThan(0);
  await ownerPool.end();
});
afterAll(async () => {
  await s?.close();
  const admin = new Client({ connectionString: new URL('/postgres', inject('postgresUrl')).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`DROP ROLE IF EXISTS "${app}"`);
  await admin.query(`DROP ROLE IF EXISTS "${owner}"`);
  await admin.end();
});

it('the app role is no superuser and can change no schema; the migrations it finds applied', async () => {
  const pool = appPool();
  try {
    expect(await migrate(pool)).toEqual([]);
    expect((await pool.query('SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user')).rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false }]);
    for (const ddl of ['CREATE TABLE intruder (a int)', 'ALTER TABLE cases ADD COLUMN intruder int', 'DROP TABLE documents', 'TRUNCATE cases', 'CREATE DATABASE intruder'])
      await expect(pool.query(ddl), ddl).rejects.toMatchObject({ code: '42501' });
  } finally {
    await pool.end();
  }
});

it('the API and the worker serve a whole case as the app role', async () => {
  const pool = appPool();
  await loadDemoData(pool, ['banjar']);
  s = await startStack({ db: { url: as(app), pool, drop: () => pool.end() } });
  const id = await runP2Case(sendOnce(s), 'roles-0001');
  const { rows } = await pool.query('SELECT kind, seq FROM documents WHERE case_id = $1 ORDER BY kind', [id]);
  expect(rows).toEqual([{ kind: 'keputusan-sekda', seq: 1 }, { kind: 'surat-tugas', seq: 1 }]);
});

it('the app role may append to the audit log and read it, but not change or remove a row of it', async () => {
  const pool = appPool();
  try {
    const row = await appendAudit(pool, 'banjar', {
      requestId: 'roles-audit', client: 'test-eoffice', official: null, knownVia: null, vouchedBy: null, onBehalfOf: null,
      operation: 'POST /api/v1/master-data/:region', caseId: null, taskId: null, requestHash: 'c'.repeat(64), status: 200, code: null,
    });
    expect((await pool.query('SELECT hash FROM audit_log WHERE chain = $1 AND seq = $2', [row.chain, row.seq])).rows).toEqual([{ hash: row.hash }]);
    for (const sql of [`UPDATE audit_log SET official = '199001012015011001' WHERE seq = ${row.seq}`, `DELETE FROM audit_log WHERE seq = ${row.seq}`, 'TRUNCATE audit_log',
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete'])
      await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '42501' });
    // Not the grant alone: the owner too is refused by the trigger.
    const ownerPool = createPool({ connectionString: as(owner) }, testLogger());
    await expect(ownerPool.query(`DELETE FROM audit_log WHERE seq = ${row.seq}`)).rejects.toMatchObject({ message: expect.stringContaining('append-only') });
    await ownerPool.end();
  } finally {
    await pool.end();
  }
});
