// Master-data reads kept per revision (migration 024): the same read again is answered from the copy
// kept, and any write to the master data — an import or a row mended by hand — is read anew. For both
// readers: a plan's org (API and worker) and a step's candidates (the unit's staff).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadOrgOnce, loadUnitStaffOnce } from '../../db/masterData';
import type { OrgSnapshot } from '../../domain/organisasi';
import { demoPeople } from '../../demo/masterData';
import { loadDemoData } from '../support/cases';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.pool, ['banjar']);
});
afterAll(async () => db?.drop());

const p = demoPeople('banjar');
const readers: [string, () => Promise<OrgSnapshot>][] = [
  ['a plan\'s org', async () => (await loadOrgOnce(db.pool, 'banjar', [p.pranataKomputer1, p.kepalaBappeda], ['KOMINFO-APTIKA'])).org],
  ['a step\'s candidates', () => loadUnitStaffOnce(db.pool, 'banjar', 'KOMINFO-APTIKA')],
];

it.each(readers)('%s: read once per revision, a copy each time, and anew after any write to the master data', async (_, read) => {
  const first = await read();
  expect(first.pegawai[p.pranataKomputer1].ppk).toBe(p.kabidAptika);
  first.pegawai[p.pranataKomputer1].nama = 'changed by its reader';
  const again = await read();
  expect(again.pegawai[p.pranataKomputer1].nama).not.toBe('changed by its reader'); // the reader's change stayed its own
  // Served from the copy: a change that bypasses the revision (its trigger off) is not seen …
  await db.pool.query('ALTER TABLE pegawai DISABLE TRIGGER master_data_revised');
  await db.pool.query("UPDATE pegawai SET nama = 'unseen' WHERE region = 'banjar' AND nip = $1", [p.pranataKomputer1]);
  await db.pool.query('ALTER TABLE pegawai ENABLE TRIGGER master_data_revised');
  expect((await read()).pegawai[p.pranataKomputer1].nama).toBe(again.pegawai[p.pranataKomputer1].nama);
  // … and every write through the tables is.
  await db.pool.query("UPDATE pegawai SET ppk = NULL WHERE region = 'banjar' AND nip = $1", [p.pranataKomputer1]);
  expect((await read()).pegawai[p.pranataKomputer1].ppk).toBeUndefined();
  await loadDemoData(db.pool, ['banjar']); // an import puts it back
  expect((await read()).pegawai[p.pranataKomputer1].ppk).toBe(p.kabidAptika);
});

it('answers the import version each plan was read at', async () => {
  const read = () => loadOrgOnce(db.pool, 'banjar', [p.pranataKomputer1], []);
  const before = (await read()).version;
  await loadDemoData(db.pool, ['banjar']);
  expect((await read()).version).toBe(before + 1);
});
