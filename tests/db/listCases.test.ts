// A requester's list of cases (GET /cases?requester=) is read from their own index entries, the page's
// rows alone, however many cases others started: before migration 030 the requester was compared as
// text, the column cast row by row, and the planner walked every newer case or scanned the table.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listCases, listCasesQuery, type CaseFilter } from '../../db/cases';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  // 20,000 cases of one busy requester, started over the past weeks, and 3 of another, older still.
  await db.pool.query(
    `INSERT INTO cases (case_id, region, procedure, status, requester_nip, version, view, summary, started_at, regions)
     SELECT 'c-' || i, 'banjar', 'penunjukan-lintas-unit', 'awaiting-decision', CASE WHEN i <= 3 THEN $1 ELSE $2 END, 1,
            '{"tasks": []}'::jsonb, '{}'::jsonb, timestamptz '2026-01-01' + i * interval '1 minute', ARRAY['banjar']
       FROM generate_series(1, 20003) AS i`,
    [QUIET, BUSY],
  );
  await db.pool.query('VACUUM ANALYZE cases');
});
afterAll(async () => db?.drop());

const [QUIET, BUSY] = ['197201011997031204', '196001011990011999'];

/** The plan PostgreSQL makes for the statement listCases sends, with these values. */
async function planOf(f: CaseFilter): Promise<string> {
  const { text, values } = listCasesQuery(f);
  const { rows } = await db.pool.query({ text: `EXPLAIN ${text}`, values });
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

it('lists a requester\'s cases newest first, theirs alone, and pages on', async () => {
  const first = await listCases(db.pool, { regions: ['banjar'], requester: QUIET, limit: 2 });
  expect(first.map((c) => [c.caseId, c.requesterNip])).toEqual([['c-3', QUIET], ['c-2', QUIET]]);
  const next = await listCases(db.pool, { regions: ['banjar'], requester: QUIET, limit: 2, after: { startedAt: first[1].startedAt, caseId: first[1].caseId } });
  expect(next.map((c) => c.caseId)).toEqual(['c-1']);
  expect((await listCases(db.pool, { requester: BUSY, limit: 3 })).map((c) => c.caseId)).toEqual(['c-20003', 'c-20002', 'c-20001']);
});

it('reads a requester\'s page in order from an index, their own entries where they have a few cases among many', async () => {
  expect(await planOf({ regions: ['banjar'], requester: QUIET, limit: 50 })).toContain('Index Scan using cases_by_requester');
  // Most of the table theirs: the newest cases, in order, are as good.
  for (const requester of [QUIET, BUSY]) expect(await planOf({ regions: ['banjar'], requester, limit: 50 })).not.toMatch(/Seq Scan|Sort/);
});
