// The statements a case runs at every step are prepared once per connection (db/prepared.ts) and reused:
// checked on one connection, through the projection write and a migration after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool } from 'pg';
import { getCase, saveCase } from '../../db/cases';
import { prepared } from '../../db/prepared';
import { priorOf } from '../../domain/events';
import type { CaseView } from '../../domain/kasus';
import { createTestDatabase, type TestDatabase } from '../support/database';

const PPK = { nip: '198002142005012203', nama: 'Siti Rahmawati', jabatan: 'Kepala Bidang Aptika' };
const view = (version: number): CaseView => ({
  caseId: 'banjar-p2-prep', procedure: 'penunjukan-lintas-unit', region: 'banjar', judul: 'Penunjukan', status: 'awaiting-decision', pemohon: PPK,
  subject: {}, documents: [], startedAt: '2026-12-01T01:00:00.000Z', version,
  tasks: [{ id: 'keputusan-ppk', kind: 'keputusan', title: 'Keputusan PPK', role: 'PPK', citation: 'banjar lampiran II.B.1.b.4', assignee: PPK, status: 'open', openedAt: '2026-12-01T01:00:00.000Z', dueAt: '2026-12-08T01:00:00.000Z', remindersSent: 0 }],
  timeline: [{ at: '2026-12-01T01:00:00.000Z', action: 'diajukan', role: 'PPK', citation: 'banjar lampiran II.B.1.b.1' }],
});

describe('prepared statements', () => {
  let db: TestDatabase;
  let one: Pool; // a single connection, so what it prepared can be read back on it
  const preparedHere = async () => (await one.query('SELECT statement FROM pg_prepared_statements')).rows.map((r) => r.statement as string);

  beforeAll(async () => {
    db = await createTestDatabase();
    one = new Pool({ connectionString: db.url, max: 1 });
  });
  afterAll(async () => {
    await one?.end();
    await db?.drop();
  });

  it('one text is one name, another text another', () => {
    expect(prepared('SELECT $1::int AS n', [1]).name).toBe(prepared('SELECT $1::int AS n', [2]).name);
    expect(prepared('SELECT $1::int AS n', [1]).name).not.toBe(prepared('SELECT $1::int AS m', [1]).name);
  });

  it('the projection write is prepared on its connection, and a write of the same shape reuses it', async () => {
    const writes = async () => (await preparedHere()).filter((s) => s.startsWith('WITH written AS'));
    await saveCase(one, view(1), { runId: 'r1', historyLength: 5 }, null); // a new case: with its events
    await saveCase(one, view(2), { runId: 'r1', historyLength: 9 }, priorOf(view(1))); // nothing to tell: without
    expect(await writes()).toHaveLength(2);
    await saveCase(one, view(3), { runId: 'r1', historyLength: 12 }, priorOf(view(2)));
    expect(await writes()).toHaveLength(2);
    expect((await getCase(one, 'banjar-p2-prep'))?.version).toBe(3);
  });

  it('a migration that changes a table under a prepared statement: the next run plans it again', async () => {
    await db.pool.query('ALTER TABLE cases ADD COLUMN catatan_uji text');
    try {
      await saveCase(one, view(4), { runId: 'r1', historyLength: 15 }, priorOf(view(3)));
      expect((await getCase(one, 'banjar-p2-prep'))?.version).toBe(4);
    } finally {
      await db.pool.query('ALTER TABLE cases DROP COLUMN catatan_uji');
    }
  });
});
