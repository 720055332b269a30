// The events between two projections of a case (domain/events.ts), and their append with the
// projection write: nothing told twice, whatever is retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCase } from '../../db/cases';
import { inTransaction } from '../../db/transaction';
import { eventsAfter, insertEvents, lockPrior } from '../../db/events';
import { caseEvents, priorOf, type Prior } from '../../domain/events';
import type { CaseView, Task, TimelineEntry } from '../../domain/kasus';
import type { Pool, PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { until } from '../support/poll';

const PPK = { nip: '198002142005012203', nama: 'Siti Rahmawati', jabatan: 'Kepala Bidang Aptika' };
const ATASAN = { nip: '197408231999031202', nama: 'Bambang Sutrisno', jabatan: 'Kepala Diskominfo' };
const task = (over: Partial<Task> = {}): Task => ({
  id: 'keputusan-ppk', kind: 'keputusan', title: 'Keputusan PPK', role: 'PPK', citation: 'banjar lampiran II.B.1.b.4', assignee: PPK,
  status: 'open', openedAt: '2026-12-01T01:00:00.000Z', dueAt: '2026-12-08T01:00:00.000Z', remindersSent: 0, ...over,
});
const entry = (action: TimelineEntry['action'], at: string, over: Partial<TimelineEntry> = {}): TimelineEntry =>
  ({ at, action, role: 'PPK', citation: 'banjar pasal 12', taskId: 'keputusan-ppk', ...over });
const view = (over: Partial<CaseView> = {}): CaseView => ({
  caseId: 'banjar-p2-ev', procedure: 'penunjukan-lintas-unit', region: 'banjar', judul: 'Penunjukan', status: 'awaiting-decision', pemohon: ATASAN,
  subject: {}, tasks: [task()], timeline: [entry('diajukan', '2026-12-01T01:00:00.000Z', { taskId: undefined, citation: 'banjar lampiran II.B.1.b.1' })],
  documents: [], startedAt: '2026-12-01T01:00:00.000Z', version: 1, ...over,
});
/** Appends a write's events as the projection write does, alone: for a write retried over the same prior, or a transaction held open. */
const append = (db: Pool | PoolClient, prior: Prior | undefined, v: CaseView) =>
  db.query(insertEvents({ caseId: '$1', regions: '$2', events: '$3' }), [v.caseId, v.regions ?? [v.region], JSON.stringify(caseEvents(prior, v))]);
const told = (prior: Prior | undefined, v: CaseView) => caseEvents(prior, v).map((e) => `${e.payload.type} ${e.payload.data.citation}`);

describe('caseEvents', () => {
  const first = view();
  it('tells a new case as started, with the steps it opened', () => {
    expect(told(undefined, first)).toEqual(['case.started banjar lampiran II.B.1.b.1', 'task.opened banjar lampiran II.B.1.b.4']);
  });

  it('tells a reminder and the escalation of an open step, with the step and the article', () => {
    const later = view({
      version: 3, tasks: [task({ remindersSent: 2, escalateTo: [ATASAN] })],
      timeline: [...first.timeline, entry('pengingat', '2026-12-03T01:00:00.000Z', { citation: 'banjar pasal 20' }), entry('eskalasi', '2026-12-05T01:00:00.000Z', { citation: 'banjar pasal 20 ayat (2)' })],
    });
    const events = caseEvents(priorOf(first), later);
    expect(events.map((e) => e.payload.type)).toEqual(['task.reminded', 'task.escalated']);
    expect(events[1].payload).toMatchObject({ timestamp: '2026-12-05T01:00:00.000Z', data: { region: 'banjar', task: { id: 'keputusan-ppk', escalateTo: [ATASAN] }, citation: 'banjar pasal 20 ayat (2)' } });
  });

  it('tells a step returned and opened again twice, and a case closed once', () => {
    const reopened = view({ version: 2, tasks: [task({ openedAt: '2026-12-02T01:00:00.000Z' })], timeline: [...first.timeline, entry('dikembalikan', '2026-12-02T01:00:00.000Z')] });
    expect(caseEvents(priorOf(first), reopened).map((e) => e.payload.type)).toEqual(['task.decided', 'task.opened']);
    const closed = view({ version: 3, status: 'refused', tasks: [task({ status: 'done' })], outcome: { status: 'refused', at: '2026-12-04T01:00:00.000Z', citation: 'banjar pasal 13' } });
    expect(told(priorOf(reopened), closed)).toEqual(['case.closed banjar pasal 13']);
    expect(caseEvents(priorOf(closed), { ...closed, version: 4 })).toEqual([]);
  });
});

describe('the outbox', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('appends with the projection write, and a write retried over the same prior appends nothing twice', async () => {
    await saveCase(db.pool, view());
    await saveCase(db.pool, view()); // the same version again: not written, nothing told
    const next = view({ version: 2, status: 'refused', tasks: [task({ status: 'done' })], timeline: [...view().timeline, entry('ditolak', '2026-12-02T01:00:00.000Z')] });
    // Two writers that read the same prior (a write retried after its commit was lost): the second appends nothing.
    for (let i = 0; i < 2; i++) await append(db.pool, priorOf(view()), next);
    await saveCase(db.pool, next);
    const { rows } = await db.pool.query('SELECT id, type, regions FROM events ORDER BY id');
    expect(rows.map((r) => r.type)).toEqual(['case.started', 'task.opened', 'task.decided', 'case.closed']);
    expect(rows.every((r) => r.regions.join() === 'banjar')).toBe(true);
    expect(await inTransaction(db.pool, (c) => lockPrior(c, 'banjar-p2-ev'))).toEqual(priorOf(next));
  });

  it('a write that names its prior (the workflow\'s): writes that finish out of order each tell their events once, a retry nothing more', async () => {
    const id = 'banjar-p2-order';
    const v1 = view({ caseId: id });
    const v2 = view({ caseId: id, version: 2, tasks: [task({ status: 'done' }), task({ id: 'tanda-terima', openedAt: '2026-12-02T01:00:00.000Z' })], timeline: [...v1.timeline, entry('disetujui', '2026-12-02T01:00:00.000Z')] });
    const v3 = view({ caseId: id, version: 3, status: 'issued', tasks: [task({ status: 'done' }), task({ id: 'tanda-terima', status: 'done', openedAt: '2026-12-02T01:00:00.000Z' })],
      timeline: [...v2.timeline, entry('diterima', '2026-12-03T01:00:00.000Z', { taskId: 'tanda-terima' })], outcome: { status: 'issued', at: '2026-12-03T01:00:00.000Z', citation: 'banjar pasal 14' } });
    await saveCase(db.pool, v1, undefined, null);
    await saveCase(db.pool, v3, undefined, priorOf(v2)); // the later write got there first
    await saveCase(db.pool, v2, undefined, priorOf(v1)); // its row is older than the stored one: not written, its events told
    await saveCase(db.pool, v2, undefined, priorOf(v1)); // retried: nothing twice
    const { rows } = await db.pool.query('SELECT type, payload FROM events WHERE case_id = $1 ORDER BY id', [id]);
    expect(rows.map((r) => `${r.type} ${r.payload.data.task?.id ?? ''}`.trim()).sort()).toEqual(
      ['case.started', 'task.opened keputusan-ppk', 'task.completed tanda-terima', 'case.closed', 'task.decided keputusan-ppk', 'task.opened tanda-terima'].sort(),
    );
    expect((await db.pool.query('SELECT version FROM cases WHERE case_id = $1', [id])).rows[0].version).toBe(3);
  });

  it('a write carries the notifications its case queued and its archive queued as it closes: each once, retried or finishing after a later write', async () => {
    const id = 'banjar-p2-also';
    const v1 = view({ caseId: id });
    const v2 = view({ caseId: id, version: 2, status: 'refused', tasks: [task({ status: 'done' })], timeline: [...v1.timeline, entry('ditolak', '2026-12-02T01:00:00.000Z')] });
    const ditolak = { caseId: id, region: 'banjar', taskId: 'ditolak', seq: 0, kind: 'ditolak' as const, to: [ATASAN.nip, PPK.nip], message: 'Penunjukan: ditolak' };
    await saveCase(db.pool, v1, { runId: 'run-1', historyLength: 10 }, null);
    for (let i = 0; i < 2; i++) await saveCase(db.pool, v2, { runId: 'run-1', historyLength: 20 }, priorOf(v1), { notifications: [ditolak], arsip: { runId: 'run-1', whole: true } });
    const sent = await db.pool.query('SELECT kind, recipient_nip, message FROM notifications WHERE case_id = $1 ORDER BY recipient_nip', [id]);
    expect(sent.rows.map((r) => [r.kind, r.recipient_nip.trim(), r.message])).toEqual([ATASAN.nip, PPK.nip].sort().map((nip) => ['ditolak', nip, 'Penunjukan: ditolak']));
    const queued = await db.pool.query('SELECT run_id, whole FROM archive_queue WHERE case_id = $1', [id]);
    expect(queued.rows).toEqual([{ run_id: 'run-1', whole: true }]);
    // A write that finds a later one stored (its row not written) still carries what it tells.
    await saveCase(db.pool, { ...v1, version: 1 }, { runId: 'run-1', historyLength: 12 }, null, { notifications: [{ ...ditolak, taskId: 'pengingat', kind: 'pengingat', seq: 1, to: [PPK.nip] }] });
    expect((await db.pool.query("SELECT 1 FROM notifications WHERE case_id = $1 AND kind = 'pengingat'", [id])).rowCount).toBe(1);
    expect((await db.pool.query('SELECT version FROM cases WHERE case_id = $1', [id])).rows[0].version).toBe(2);
  });

  it('never lets a reader past an event whose transaction is still running: a later commit waits for it', async () => {
    const scope = { system: 'banjar-eoffice', regions: ['banjar'] };
    // A reader sees events below the cluster's oldest running transaction, which another suite's open
    // transaction (in its own database) holds back for a while: asked until they are released.
    const released = (after: Parameters<typeof eventsAfter>[2], count: number) =>
      until(`${count} events released`, async () => { const e = await eventsAfter(db.pool, scope, after, 100); return e.length >= count && e; });
    const start = (await released({ txid: '0', id: 0 }, 4)).at(-1)!.position;
    const slow = await db.pool.connect();
    try {
      await slow.query('BEGIN');
      await append(slow, undefined, view({ caseId: 'banjar-p2-slow' }));
      await saveCase(db.pool, view({ caseId: 'banjar-p2-quick' })); // committed first
      expect(await eventsAfter(db.pool, scope, start, 100)).toEqual([]);
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    const after = await released(start, 4);
    expect(after.map((e) => `${e.caseId} ${e.type}`)).toEqual([
      'banjar-p2-slow case.started', 'banjar-p2-slow task.opened', 'banjar-p2-quick case.started', 'banjar-p2-quick task.opened',
    ]);
  });
});
