// The archive and verification by replay, through the real stack: a P2 case run to its close is archived
// by its own workflow; purged from Temporal (the CLI's `workflow delete`), its history, verification and
// export are answered from the archive. A decision re-attributed in the history, an edited case row and
// an edited document row are each reported by the verification that should catch them. With Temporal
// unreachable an archived case is answered from the archive, a live one 503. The backfill archives a
// closed case the archive lacks. A P7 case that continued as new serves every run, live and archived.
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { buildApp } from '../../api/app';
import { demoPeople } from '../../demo/masterData';
import { penunjukanDalamUnit, pengusul } from '../../demo/penunjukanDalamUnit';
import type { CaseView } from '../../domain/kasus';
import { temporalCli } from '../../scripts/temporal-binaries';
import { archiveCase, archivedCase } from '../../services/arsip';
import { PostgresArsip } from '../../services/arsipStore';
import { verifyExport, type CaseExport } from '../../services/ekspor';
import { replay } from '../../services/verifikasi';
import { api, taskOpen } from '../support/api';
import { DEADLINES, loadDemoData, permohonan, requester } from '../support/cases';
import { testLogger } from '../support/logger';
import { testPenerbitan } from '../support/penerbitan';
import { runP2Case, sendOnce } from '../support/p2Case';
import { AUTH, startStack, TEST_KEYS, type Stack } from '../support/stack';
import { until } from '../support/poll';

const run = promisify(execFile);
const banjar = demoPeople('banjar');
let s: Stack;
let X: string;


const get = (url: string) => s.app.inject({ method: 'GET', url, headers: AUTH });
const purge = (caseId: string, runId?: string) =>
  run(temporalCli(), ['workflow', 'delete', '--workflow-id', caseId, ...(runId ? ['--run-id', runId] : []), '--address', inject('temporalAddress'), '--yes']);
/** The server deletes from a queue of its own: behind a loaded machine's other work it can take a while. */
const purged = (caseId: string, runId?: string) =>
  until(`${caseId} ${runId ?? ''} purged`, () => s.temporal.workflow.getHandle(caseId, runId).describe().then(() => undefined, (e) => e instanceof WorkflowNotFoundError), 150_000);

/** npm run archive:backfill against the suite's database and Temporal: its report. */
async function backfill() {
  const out = await run('npx', ['tsx', join(__dirname, '..', '..', 'scripts', 'archiveBackfill.ts')], {
    env: { ...process.env, DATABASE_URL: s.db.url, TEMPORAL_ADDRESS: inject('temporalAddress'), LOG_LEVEL: 'warn' },
  });
  return JSON.parse(out.stdout);
}
const verify = async (caseId: string) => {
  const r = await s.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/verify`, headers: AUTH });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

/** The decision on `taskId` in a history, re-attributed to another NIP (its Update's input rewritten). */
function reattributed(bundle: CaseExport, taskId: string, nip: string): CaseExport {
  const copy: CaseExport = JSON.parse(JSON.stringify(bundle));
  for (const event of copy.runs.flatMap((r) => r.history.events) as any[]) {
    const payload = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads?.[0];
    const arg = payload && JSON.parse(Buffer.from(payload.data, 'base64').toString());
    if (arg?.taskId === taskId) payload.data = Buffer.from(JSON.stringify({ ...arg, actorNip: nip })).toString('base64');
  }
  return copy;
}

beforeAll(async () => {
  s = await startStack();
  await loadDemoData(s.db.pool);
  X = await runP2Case(sendOnce(s), `arsip-${Date.now()}`);
  await until(`the archive of ${X}`, () => archivedCase(new PostgresArsip(s.db.pool), X));
}, 180_000);
afterAll(async () => {
  await s?.close();
});

describe('the archive of a closed case', () => {
  it('holds every run\'s history, the final view, the documents with their PDFs and the audit rows, kept for ARCHIVE_RETENTION', async () => {
    const a = (await archivedCase(new PostgresArsip(s.db.pool), X))!;
    expect(a.status).toBe('issued');
    expect(a.view.caseId).toBe(X);
    expect(a.runs).toHaveLength(1);
    expect(a.runs[0].history.events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
    expect(a.build).toBeTruthy();
    expect(a.documents.length).toBeGreaterThan(0);
    expect(a.documents.every((d) => d.file && Buffer.from(d.file.pdf, 'base64').subarray(0, 5).toString() === '%PDF-')).toBe(true);
    expect(a.audit.some((r) => r.operation.endsWith('/decision') && r.official === banjar.kabidAptika)).toBe(true);
    expect(new Date(a.keepUntil).getUTCFullYear() - new Date(a.archivedAt).getUTCFullYear()).toBe(10);
  });

  it('verifies the live case: deterministic, the replayed view equal to the projection and the archive, the build that ran it', async () => {
    const v = await verify(X);
    expect(v).toMatchObject({ source: 'temporal', deterministic: true, verified: true, findings: [] });
    expect(v.comparisons.map((c: { against: string; matches: boolean }) => [c.against, c.matches])).toEqual([['projection', true], ['archive', true]]);
    expect(v.build.same).toBe(true);
    expect(v.build.ranWith).toBe(v.build.replayedWith);
  }, 60_000);

  it('names the first divergence of code the history does not replay against: event id, what the history recorded, what the code did', async () => {
    const incompatible = await bundleWorkflowCode({ workflowsPath: join(__dirname, '..', 'replay', 'nondeterministic', 'workflows.ts'), logger: new DefaultLogger('WARN') });
    const a = (await archivedCase(new PostgresArsip(s.db.pool), X))!;
    const replayed = await replay(X, a.runs, incompatible);
    // It sleeps where the case's first workflow task gave its first command: the event after that task's completion.
    const events = a.runs[0].history.events as { eventId: string; eventType: string }[];
    const first = events[events.findIndex((e) => e.eventType === 'EVENT_TYPE_WORKFLOW_TASK_COMPLETED') + 1];
    expect(replayed.divergence).toMatchObject({ runId: a.runs[0].runId, eventId: Number(first.eventId), expected: expect.stringMatching(new RegExp(`^${first.eventType}`)) });
    expect(replayed.divergence!.found).toBeTruthy();
    expect(replayed.divergence!.message).toMatch(/nondetermin/i);
  }, 60_000);
});

describe('the backfill (npm run archive:backfill)', () => {
  it('archives a closed case the archive does not hold (one closed before it was kept), once: run again, it finds nothing', async () => {
    const before = (await archivedCase(new PostgresArsip(s.db.pool), X))!;
    await s.db.pool.query('DELETE FROM case_archive WHERE case_id = $1', [X]);
    await s.db.pool.query('DELETE FROM case_archive_runs WHERE case_id = $1', [X]);
    expect(await backfill()).toEqual({ found: 1, archived: 1, running: 0, purged: [], failed: [] });
    const a = (await archivedCase(new PostgresArsip(s.db.pool), X))!;
    expect(a.runs.map((r) => r.runId)).toEqual(before.runs.map((r) => r.runId));
    expect(a.runs[0].history).toEqual(before.runs[0].history);
    expect(a).toMatchObject({ status: 'issued', build: before.build, view: before.view, documents: before.documents });
    // The case's audit rows as the log holds them now: those archived before, and the verification read since.
    expect(a.audit.slice(0, before.audit.length)).toEqual(before.audit);
    expect(a.audit.slice(before.audit.length).map((r) => r.operation)).toEqual(['POST /api/v1/cases/:caseId/verify']);
    expect(await backfill()).toEqual({ found: 0, archived: 0, running: 0, purged: [], failed: [] });
  }, 120_000);
});

describe('a document whose file was never kept', () => {
  it('gets its file fixed as the case is archived, and the archive holds that file', async () => {
    const store = new PostgresArsip(s.db.pool);
    const doc = (await archivedCase(store, X))!.documents[0].id;
    await s.db.pool.query('DELETE FROM document_files WHERE document_id = $1', [doc]);
    await s.db.pool.query('DELETE FROM case_archive WHERE case_id = $1', [X]);
    await s.db.pool.query('DELETE FROM case_archive_runs WHERE case_id = $1', [X]);
    await archiveCase({ pool: s.db.pool, store, temporal: s.temporal, retentionYears: 10, penerbitan: testPenerbitan() }, X);
    const fixed = (await archivedCase(store, X))!.documents.find((d) => d.id === doc)!;
    const { rows } = await s.db.pool.query('SELECT sha256 FROM document_files WHERE document_id = $1', [doc]);
    expect(rows).toHaveLength(1);
    expect(fixed.file).toMatchObject({ sha256: rows[0].sha256 });
    expect(Buffer.from(fixed.file!.pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('Temporal unreachable', () => {
  let down: Awaited<ReturnType<typeof buildApp>>;
  let live: string;
  beforeAll(async () => {
    // A case still at its first step: not archived.
    const started = await api(s).start(requester('banjar'), { procedure: 'penunjukan-lintas-unit', region: 'banjar', ...permohonan('banjar') });
    expect(started.statusCode, started.body).toBe(201);
    live = started.json().caseId;
    await api(s).until(live, taskOpen('rekomendasi-puo'));
    // The same database, and a Temporal on port 1 of loopback, where nothing listens (as tests/api/unavailable.test.ts).
    const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) });
    down = await buildApp({ config: { apiKeys: TEST_KEYS, deadlines: DEADLINES, TASK_QUEUE: s.taskQueue }, pool: s.db.pool, temporal, logger: testLogger(), penerbitan: testPenerbitan() });
  }, 60_000);
  afterAll(async () => down?.close());
  const ask = (method: 'GET' | 'POST', what: string, caseId: string) => down.inject({ method, url: `/api/v1/cases/${caseId}/${what}`, headers: AUTH });

  it('serves an archived case from the archive, saying so: its history, verification and export', async () => {
    const history = await ask('GET', 'history', X);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.headers).toMatchObject({ 'x-history-source': 'archive', 'x-history-runs': (await archivedCase(new PostgresArsip(s.db.pool), X))!.runs[0].runId });
    expect(history.json().events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
    const verified = await ask('POST', 'verify', X);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.headers['x-history-source']).toBe('archive');
    expect(verified.json()).toMatchObject({ source: 'archive', deterministic: true, verified: true, findings: [] });
    const exported = await ask('GET', 'export', X);
    expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
    expect(exported.headers['x-history-source']).toBe('archive');
    expect(exported.json()).toMatchObject({ caseId: X, source: 'archive', runs: [{ history: { events: expect.any(Array) } }] });
    // The anchors are Temporal's: the proof says they could not be read.
    expect(exported.json().audit.proofs[0].note).toMatch(/could not be read/);
  }, 120_000);

  it('answers 503 TEMPORAL_UNAVAILABLE for a live case the archive does not hold', async () => {
    for (const [method, what] of [['GET', 'history'], ['POST', 'verify'], ['GET', 'export']] as const) {
      const r = await ask(method, what, live);
      expect(r.statusCode, `${what}: ${r.body}`).toBe(503);
      expect(r.json().error.code).toBe('TEMPORAL_UNAVAILABLE');
    }
  }, 60_000);
});

describe('a case Temporal has purged', () => {
  let bundle: CaseExport;
  beforeAll(async () => {
    await purge(X);
    await purged(X);
  }, 180_000);

  it('serves its history from the archive, never a 500', async () => {
    const r = await get(`/api/v1/cases/${X}/history`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['x-history-source']).toBe('archive');
    expect(r.headers['x-history-runs']).toBe(r.headers['x-history-run']);
    expect(r.json().events[0]).toHaveProperty('workflowExecutionStartedEventAttributes');
  });

  it('verifies it from the archive', async () => {
    expect(await verify(X)).toMatchObject({ source: 'archive', deterministic: true, verified: true });
  }, 60_000);

  it('exports it from the archive, and npm run verify checks the file offline', async () => {
    const r = await get(`/api/v1/cases/${X}/export`);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    bundle = r.json();
    expect(bundle).toMatchObject({ format: 'sistem-kerja/ekspor-kasus@1', caseId: X, source: 'archive' });
    expect(bundle.audit.proofs[0].links[0].seq).toBe(bundle.audit.rows[0].seq);
    const file = join(mkdtempSync(join(tmpdir(), 'ekspor-')), `${X}.json`);
    writeFileSync(file, r.body);
    const out = await run('npx', ['tsx', join(__dirname, '..', '..', 'scripts', 'verify.ts'), file], { env: { ...process.env, LOG_LEVEL: 'warn' } });
    expect(JSON.parse(out.stdout)).toMatchObject({ source: 'export', deterministic: true, verified: true, findings: [] });
  }, 120_000);

  it('reports a decision re-attributed to another NIP in the history: against its task and its audit row', async () => {
    const v = await verifyExport(reattributed(bundle, 'keputusan-ppk', banjar.perawat));
    expect(v.deterministic).toBe(true); // validators do not run in a replay: the history alone does not show it
    expect(v.verified).toBe(false);
    expect(v.findings).toEqual(expect.arrayContaining([
      { kind: 'attribution', message: expect.stringContaining(`${banjar.perawat} decide task keputusan-ppk, which is assigned to ${banjar.kabidAptika}`) },
      { kind: 'audit', message: expect.stringMatching(new RegExp(`records ${banjar.kabidAptika} \\(decide, task keputusan-ppk\\); the history has ${banjar.perawat}`)) },
    ]));
  }, 60_000);

  it('reports an edited case row: the replayed view differs from the projection, field by field', async () => {
    await s.db.pool.query(`UPDATE cases SET view = jsonb_set(view, '{timeline,1,actor,nip}', to_jsonb($2::text)) WHERE case_id = $1`, [X, banjar.perawat]);
    const v = await verify(X);
    expect(v.verified).toBe(false);
    const projection = v.comparisons.find((c: { against: string }) => c.against === 'projection');
    expect(projection.differences).toEqual([{ path: '.timeline[1].actor.nip', replayed: expect.stringMatching(/^\d{18}$/), stored: banjar.perawat }]);
    expect(v.comparisons.find((c: { against: string }) => c.against === 'archive').matches).toBe(true);
  }, 60_000);

  it('reports an edited document row: against the history and the archive', async () => {
    const doc = bundle.documents[0];
    await s.db.pool.query('UPDATE documents SET nomor = $2 WHERE id = $1', [doc.id, '800/999/BAPPEDA/2026']);
    const v = await verify(X);
    expect(v.findings).toEqual(expect.arrayContaining([
      { kind: 'document', message: expect.stringContaining(`the history issued ${doc.kind} ${doc.nomor}`) },
      { kind: 'document', message: `document ${doc.id}: .nomor is "${doc.nomor}" in the archive, "800/999/BAPPEDA/2026" in the database` },
    ]));
  }, 60_000);

  it('the backfill reports a closed case Temporal purged before the archive was kept, and writes nothing for it', async () => {
    await s.db.pool.query('DELETE FROM case_archive WHERE case_id = $1', [X]);
    await s.db.pool.query('DELETE FROM case_archive_runs WHERE case_id = $1', [X]);
    expect(await backfill()).toEqual({ found: 1, archived: 0, running: 0, purged: [X], failed: [] });
    expect(await archivedCase(new PostgresArsip(s.db.pool), X)).toBeUndefined();
    expect((await get(`/api/v1/cases/${X}/history`)).json().error.code).toBe('HISTORY_NOT_KEPT');
  }, 120_000);
});

describe('a long case (P7) that continued as new: every run, live and from the archive', () => {
  const p = banjar;
  let P7: string;
  /** Each run's history as Temporal served it, first to last. */
  const live: { runId: string; history: { events: any[] } }[] = [];
  const history = async (query = '') => {
    const r = await get(`/api/v1/cases/${P7}/history${query}`);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    return { source: r.headers['x-history-source'], run: r.headers['x-history-run'], runs: String(r.headers['x-history-runs']).split(', '), history: r.json() };
  };

  beforeAll(async () => {
    // A P1 Surat Tugas issued and acknowledged continues into its work cycle: two reports ~2.6 s apart, a run each.
    const post = (url: string, actor: string, payload: object = {}) => s.app.inject({ method: 'POST', url: `/api/v1/cases/${url}`, headers: { ...AUTH, 'x-acting-official': actor }, payload });
    const siklusKinerja = { laporan: { setiapHari: 0.00003, batasHari: 0.0005 }, hariKerja: 0.00006, laporanPerRiwayat: 1 };
    const started = await api(s).start(pengusul('banjar'), { procedure: 'penunjukan-dalam-unit', region: 'banjar', ...penunjukanDalamUnit('banjar'), siklusKinerja });
    expect(started.statusCode, started.body).toBe(201);
    const penugasan = started.json().caseId;
    await api(s).until(penugasan, taskOpen('tanda-terima'));
    await api(s).act(penugasan, 'acknowledge', p.pranataKomputer1);
    P7 = (await api(s).until(penugasan, (c) => !!c.siklusKinerja)).siklusKinerja!;
    const step = async (taskId: string, send: () => Promise<{ statusCode: number; body: string }>) => {
      await api(s).until(P7, taskOpen(taskId));
      const r = await send();
      expect(r.statusCode, `${taskId}: ${r.body}`).toBe(200);
    };
    const complete = (taskId: string, isi = taskId) => step(taskId, () => post(`${P7}/tasks/${taskId}/complete`, p.pranataKomputer1, { isi }));
    const approve = (taskId: string, actor: string) => step(taskId, () => api(s).decide(P7, taskId, actor, { decision: 'approve' }));
    await complete('rencana-1');
    await approve('persetujuan-rencana-1', p.kabidAptika);
    await complete('laporan-1');
    await complete('laporan-2');
    await complete('hasil-1');
    await approve('reviu-1-1', p.kabidAptika);
    await approve('reviu-2-1', p.kadisKominfo);
    await api(s).until(P7, (c: CaseView) => c.status === 'completed');
    await until(`the archive of ${P7}`, () => archivedCase(new PostgresArsip(s.db.pool), P7));
  }, 240_000);

  it('live: X-History-Runs names every run, first to last; the last is served, ?run= any other; a run not of the case is 404 RUN_NOT_FOUND', async () => {
    const last = await history();
    expect(last.source).toBe('temporal');
    expect(last.runs).toHaveLength(2);
    expect(last.run).toBe(last.runs[1]);
    expect(last.history.events.at(-1)).toHaveProperty('workflowExecutionCompletedEventAttributes');
    const first = await history(`?run=${last.runs[0]}`);
    expect(first).toMatchObject({ source: 'temporal', run: last.runs[0], runs: last.runs });
    expect(first.history.events.at(-1)).toHaveProperty('workflowExecutionContinuedAsNewEventAttributes');
    expect(last.history.events[0].workflowExecutionStartedEventAttributes.continuedExecutionRunId).toBe(last.runs[0]);
    live.push({ runId: first.run as string, history: first.history }, { runId: last.run as string, history: last.history });
    const none = await get(`/api/v1/cases/${P7}/history?run=no-such-run`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatchObject({ code: 'RUN_NOT_FOUND', fields: [{ field: 'querystring.run' }] });
  });

  it('purged from Temporal (every run): the archive answers the same, run by run; verify replays both', async () => {
    for (const r of live) await purge(P7, r.runId);
    for (const r of live) await purged(P7, r.runId);
    const last = await history();
    expect(last).toMatchObject({ source: 'archive', run: live[1].runId, runs: live.map((r) => r.runId) });
    expect(last.history).toEqual(live[1].history);
    const first = await history(`?run=${live[0].runId}`);
    expect(first).toMatchObject({ source: 'archive', run: live[0].runId, runs: live.map((r) => r.runId) });
    expect(first.history).toEqual(live[0].history);
    const v = await verify(P7);
    expect(v).toMatchObject({ source: 'archive', deterministic: true, verified: true, runs: live.map((r) => ({ runId: r.runId })) });
  }, 240_000);
});
