// What the kernel gives every procedure, through the API: racing decisions answer 409, never 500;
// the inbox is a paged list of tasks with a short case summary and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { loadDemoData, permohonan, requester } from '../support/cases';
import { api, taskOpen } from '../support/api';
import { startStack, type Stack } from '../support/stack';

let s: Stack;
let c: ReturnType<typeof api>;
beforeAll(async () => {
  s = await startStack();
  c = api(s);
  await loadDemoData(s.db.pool, ['bengkalis', 'pasuruan']);
});
afterAll(async () => s?.close());

const p2 = (region: 'bengkalis' | 'pasuruan') => ({ procedure: 'penunjukan-lintas-unit', region, ...permohonan(region) });

describe('racing decisions', () => {
  it.each(['refuse', 'approve'] as const)('twenty identical %s decisions at once, without an Idempotency-Key: one 200, the rest 409', async (decision) => {
    const p = demoPeople('bengkalis');
    const caseId = (await c.start(requester('bengkalis'), p2('bengkalis'))).json().caseId;
    await c.until(caseId, taskOpen('keputusan'));
    const body = decision === 'refuse' ? { decision, reasons: 'kualifikasi tidak sesuai' } : { decision };
    const answers = await Promise.all(Array.from({ length: 20 }, () => c.decide(caseId, 'keputusan', p.kadisKominfo, body)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, ...Array(19).fill(409)]);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(['STEP_CLOSED', 'CASE_CLOSED']).toContain(a.json().error.code);
    const done = await c.until(caseId, (x) => x.status !== 'awaiting-decision');
    expect(done.timeline.filter((e) => e.taskId === 'keputusan' && (e.action === 'ditolak' || e.action === 'disetujui'))).toHaveLength(1);
  });
});

describe('GET /inbox', () => {
  it('pages the open tasks oldest first with a short case summary, filters by procedure and overdue, and counts them', async () => {
    const p = demoPeople('pasuruan');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await c.start(requester('pasuruan'), p2('pasuruan'))).json().caseId);
    await Promise.all(ids.map((id) => c.until(id, taskOpen('rekomendasi-ppk'))));

    const first = await c.inbox(p.kabidAptika, '?limit=2');
    expect(first.counts).toEqual({ open: 3, overdue: 0, byProcedure: { 'penunjukan-lintas-unit': 3 } });
    expect(first.tasks.map((t: { caseId: string }) => t.caseId)).toEqual(ids.slice(0, 2));
    const item = first.tasks[0];
    expect(item).toMatchObject({
      taskId: 'rekomendasi-ppk', procedure: 'penunjukan-lintas-unit', role: 'Pejabat Penilai Kinerja tujuan', citation: 'pasuruan lampiran I B.2.A.2.ii.b', overdue: false,
      case: { status: 'awaiting-decision', pemohon: { nip: requester('pasuruan') }, judul: expect.stringContaining('Permohonan pelibatan Bidang Aplikasi Informatika') },
    });
    // A summary, not the whole case.
    expect(Object.keys(item.case).sort()).toEqual(['judul', 'pemohon', 'startedAt', 'status']);
    const second = await c.inbox(p.kabidAptika, `?limit=2&after=${first.nextAfter}`);
    expect(second.tasks.map((t: { caseId: string }) => t.caseId)).toEqual([ids[2]]);
    expect(second.nextAfter).toBeUndefined();

    expect((await c.inbox(p.kabidAptika, '?overdue=true')).tasks).toEqual([]);
    expect((await c.inbox(p.kabidAptika, '?procedure=penunjukan-lintas-unit')).tasks).toHaveLength(3);
    // Made overdue in the projection (the workflow would expire it at that time): the filter and count follow.
    await s.db.pool.query("UPDATE tasks SET due_at = now() - interval '1 hour' WHERE case_id = $1", [ids[1]]);
    const overdue = await c.inbox(p.kabidAptika, '?overdue=true');
    expect(overdue.tasks.map((t: { caseId: string; overdue: boolean }) => [t.caseId, t.overdue])).toEqual([[ids[1], true]]);
    expect(overdue.counts).toMatchObject({ open: 3, overdue: 1 });

    expect((await c.inbox(p.kabidAptika, '?after=garbage')).error.code).toBe('INVALID_CURSOR');
    expect((await c.inbox(p.kabidAptika, '?procedure=no-such')).error.code).toBe('INVALID_REQUEST');
    for (const id of ids) await c.act(id, 'withdraw', requester('pasuruan'));
    expect((await c.inbox(p.kabidAptika)).counts.open).toBe(0);
  });
});
