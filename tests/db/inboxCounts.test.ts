// The inbox's counts (migration 019) follow the tasks through every write: tasks opened and closed
// by projection writes, a task reassigned, a case removed with its tasks; always what counting says.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inbox, saveCase } from '../../db/cases';
import type { CaseView, Task } from '../../domain/kasus';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const [A, B] = ['196001011990011001', '196001011990011002'];
const official = (nip: string) => ({ nip, nama: `Pejabat ${nip.slice(-2)}`, jabatan: 'Kepala Bidang' });
const task = (id: string, nip: string, status: Task['status'] = 'open', dueAt = '2099-01-01T00:00:00.000Z'): Task => ({
  id, kind: 'keputusan', title: id, role: 'PPK', citation: 'uji', assignee: official(nip), status, openedAt: '2026-01-01T00:00:00.000Z', dueAt, remindersSent: 0,
});
const view = (caseId: string, procedure: string, version: number, tasks: Task[]): CaseView => ({
  caseId, procedure, region: 'banjar', status: 'awaiting-decision', judul: caseId, pemohon: official(B), subject: {}, tasks, timeline: [], documents: [],
  startedAt: '2026-01-01T00:00:00.000Z', version,
} as unknown as CaseView);

/** The counts as kept, against the tasks counted now. */
async function countsOf(nip: string) {
  const kept = (await inbox(db.pool, nip, { limit: 1 })).counts;
  const { rows } = await db.pool.query(
    "SELECT procedure, count(*)::int AS n, count(*) FILTER (WHERE due_at < now())::int AS overdue FROM tasks WHERE assignee_nip = $1 AND status = 'open' GROUP BY procedure", [nip]);
  expect(kept).toEqual({
    open: rows.reduce((n, r) => n + r.n, 0), overdue: rows.reduce((n, r) => n + r.overdue, 0), byProcedure: Object.fromEntries(rows.map((r) => [r.procedure, r.n])),
  });
  return kept;
}

it('keeps the open and overdue counts of each official as tasks open, close, move and go with their case', async () => {
  await Promise.all(Array.from({ length: 10 }, (_, i) => saveCase(db.pool, view(`c-${i}`, i % 2 ? 'p-satu' : 'p-dua', 1, [task('t', A, 'open', i < 3 ? '2020-01-01T00:00:00.000Z' : undefined)]))));
  expect(await countsOf(A)).toEqual({ open: 10, overdue: 3, byProcedure: { 'p-satu': 5, 'p-dua': 5 } });
  // Decided: the task closes, the next one opens for another official.
  await saveCase(db.pool, view('c-0', 'p-dua', 2, [task('t', A, 'done'), task('u', B)]));
  // Reassigned by a later write of the same case.
  await saveCase(db.pool, view('c-1', 'p-satu', 2, [task('t', B)]));
  // A write that changes nothing of the tasks.
  await saveCase(db.pool, view('c-2', 'p-dua', 2, [task('t', A, 'open', '2020-01-01T00:00:00.000Z')]));
  expect(await countsOf(A)).toEqual({ open: 8, overdue: 1, byProcedure: { 'p-satu': 4, 'p-dua': 4 } });
  expect(await countsOf(B)).toEqual({ open: 2, overdue: 0, byProcedure: { 'p-satu': 1, 'p-dua': 1 } });
  // Due a moment ago and in an hour: overdue and not, whether today's or another day's count holds them.
  const [past, soon] = [new Date(Date.now() - 1000).toISOString(), new Date(Date.now() + 3600e3).toISOString()];
  await saveCase(db.pool, view('c-4', 'p-dua', 2, [task('t', A, 'open', past), task('v', A, 'open', soon)]));
  expect(await countsOf(A)).toEqual({ open: 9, overdue: 2, byProcedure: { 'p-satu': 4, 'p-dua': 5 } });
  await db.pool.query("DELETE FROM cases WHERE case_id IN ('c-3', 'c-0', 'c-4')");
  expect((await countsOf(A)).open).toBe(6);
  expect(await countsOf(B)).toEqual({ open: 1, overdue: 0, byProcedure: { 'p-satu': 1 } });
  // A later write whose view no longer has the task (another run of the case): the row goes, and its count.
  await saveCase(db.pool, view('c-1', 'p-satu', 3, []));
  expect(await countsOf(B)).toEqual({ open: 0, overdue: 0, byProcedure: {} });
  expect((await db.pool.query("SELECT count(*)::int AS n FROM tasks WHERE case_id = 'c-1'")).rows[0].n).toBe(0);
});
