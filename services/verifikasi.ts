// Verification by replay: a case's history (live, archived, or from an export) replayed against this
// build's workflow code (Worker.runReplayHistory). It answers whether the history is deterministic under
// it (else the first divergence), and compares what the replay produces — the view the code projects,
// who each accepted Update says acted — with what is stored: the projection, the archive, the document
// rows and the audit log. What the history itself cannot show (a re-attributed Update replays cleanly:
// validators do not run in a replay) is checked against the task it acts on and the audit row.
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { auditRowsOfCase, type AuditRow } from '../db/audit';
import { getCase } from '../db/cases';
import type { CaseView } from '../domain/kasus';
import { archivedCase, buildId, caseRuns, storedDocuments, type ArchivedDocument, type Run } from './arsip';
import type { ArsipStore } from './arsipStore';
import { bundleOptions, source } from './workflowCode';

/** Where replay and the stored state part. */
export interface Divergence { runId: string; eventId: number | null; expected: string | null; found: string | null; message: string }
export interface Difference { path: string; replayed: unknown; stored: unknown }
export interface Comparison { against: 'projection' | 'archive' | 'export'; matches: boolean; differences: Difference[] }
export interface Finding { kind: 'attribution' | 'audit' | 'document' | 'chain'; message: string }

export interface Verification {
  caseId: string;
  source: 'temporal' | 'archive' | 'export';
  runs: { runId: string; build: string | null }[];
  deterministic: boolean;
  divergence?: Divergence;
  /** The build the replay ran (this one), the build that started the case (its memo), and whether they are one. */
  build: { replayedWith: string; ranWith: string | null; same: boolean };
  comparisons: Comparison[];
  findings: Finding[];
  /** Deterministic, every comparison matches, nothing found. */
  verified: boolean;
}

/** What a replay produced: the last projected view and the Updates the history accepted. */
export interface Replayed { view?: CaseView; divergence?: Divergence; updates: AcceptedUpdate[] }
export interface AcceptedUpdate { runId: string; eventId: number; name: string; taskId?: string; actorNip?: string }

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** Today's workflow code, with the sink of projection writes; bundled once per process (seconds). */
export const replayBundle = () => (bundle ??= bundleWorkflowCode({
  ...bundleOptions, workflowInterceptorModules: [source('services/replayProjection')], logger: new DefaultLogger('WARN'),
}));

/** Replays each run in order; stops at the first divergence. `code`: another bundle (a test's incompatible one). */
export async function replay(caseId: string, runs: Run[], code?: WorkflowBundleWithSourceMap): Promise<Replayed> {
  let view: CaseView | undefined;
  const sinks = { projection: { written: { fn: (_: unknown, v: unknown) => { view = v as CaseView; }, callDuringReplay: true } } };
  const workflowBundle = code ?? await replayBundle();
  const replays = (events: unknown[]) => Worker.runReplayHistory({ workflowBundle, sinks, replayName: `verify-${caseId}` }, { events }, caseId).then(() => undefined, (e) => {
    if (e instanceof DeterminismViolationError) return e;
    throw e;
  });
  const updates = runs.flatMap(acceptedUpdates);
  for (const run of runs) {
    const violation = await replays(run.history.events);
    if (violation) return { view, updates, divergence: await divergenceOf(run, violation, replays) };
  }
  return { view, updates };
}

type Event = Record<string, any> & { eventId: string; eventType: string };

/**
 * The first divergence: the workflow task whose commands the code no longer gives, found by replaying
 * the history cut at each workflow task's start (a cut replays the tasks before it); its first command
 * event is what the history expected, the SDK's message names what the code did.
 */
async function divergenceOf(run: Run, e: Error, replays: (events: unknown[]) => Promise<Error | undefined>): Promise<Divergence> {
  const events = run.history.events as Event[];
  const cuts = events.flatMap((ev, i) => (ev.eventType === 'EVENT_TYPE_WORKFLOW_TASK_STARTED' ? [i + 1] : []));
  let [good, bad] = [0, cuts.length]; // cuts[good - 1] replays (none: 0), cuts[bad] fails (cuts.length: the whole history)
  while (bad - good > 0) {
    const mid = (good + bad) >> 1;
    if (await replays(events.slice(0, cuts[mid]))) bad = mid;
    else good = mid + 1;
  }
  const from = bad > 0 ? cuts[bad - 1] : 0;
  const completed = events.findIndex((ev, i) => i >= from && ev.eventType === 'EVENT_TYPE_WORKFLOW_TASK_COMPLETED');
  const event = completed >= 0 ? events[completed + 1] : undefined;
  // The SDK's account of the mismatch, without its prefix: it names the command the code gave.
  const found = e.message.replace(/^[\s\S]*?Nondeterminism error: /, '').split('\n')[0] || null;
  return { runId: run.runId, eventId: event ? Number(event.eventId) : null, expected: event ? describeEvent(event) : null, found, message: e.message };
}

/** An event as the command that produced it: its type and what it names (activity, timer, child workflow). */
function describeEvent(ev: Event): string {
  const attrs = Object.values(ev).find((v) => v && typeof v === 'object' && !Array.isArray(v)) as Record<string, any> | undefined;
  const what = attrs?.activityType?.name ?? attrs?.workflowType?.name ?? attrs?.timerId ?? attrs?.markerName;
  return `${ev.eventType}${what ? ` ${what}` : ''}`;
}

const decode = (p: { data?: string } | undefined) => (p?.data ? JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) : undefined);

/** Every Update a run's history accepted, with the task and the official it names. */
function acceptedUpdates(run: Run): AcceptedUpdate[] {
  return (run.history.events as Event[]).flatMap((ev) => {
    const input = ev.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
    if (!input) return [];
    const arg = decode(input.args?.payloads?.[0]) ?? {};
    return [{ runId: run.runId, eventId: Number(ev.eventId), name: input.name, taskId: arg.taskId, actorNip: arg.actorNip }];
  });
}

/** Field by field, the paths where two JSON values differ (at most `limit`). */
export function differences(replayed: unknown, stored: unknown, path = '', limit = 50): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, p: string) => {
    if (out.length >= limit) return;
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk((a as any)[k], (b as any)[k], Array.isArray(a) ? `${p}[${k}]` : `${p}.${k}`);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path: p || '.', replayed: a, stored: b });
  };
  walk(JSON.parse(JSON.stringify(replayed ?? null)), JSON.parse(JSON.stringify(stored ?? null)), path);
  return out;
}

export const compare = (against: Comparison['against'], replayed: CaseView | undefined, stored: unknown): Comparison => {
  const d = differences(replayed, stored);
  return { against, matches: d.length === 0, differences: d };
};

const ACTS_ON_TASK = new Set(['decide', 'complete']);

/**
 * Who acted, by the history, against whom the case let act: a decision or completion must be its task's
 * assignee's, a receipt an employee's who holds one (the validators, which a replay does not run); and
 * every audit row of a decision or completion must name the official the history has for that task.
 */
export function attributionFindings(view: CaseView | undefined, updates: AcceptedUpdate[], audit: AuditRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const u of updates) {
    const task = u.taskId ? view?.tasks.find((t) => t.id === u.taskId) : undefined;
    if (ACTS_ON_TASK.has(u.name) && task && task.assignee.nip !== u.actorNip)
      findings.push({ kind: 'attribution', message: `event ${u.eventId} (run ${u.runId}): the history has ${u.actorNip} ${u.name} task ${u.taskId}, which is assigned to ${task.assignee.nip}` });
    if (u.name === 'acknowledge' && view && !view.tasks.some((t) => t.assignee.nip === u.actorNip))
      findings.push({ kind: 'attribution', message: `event ${u.eventId} (run ${u.runId}): the history has ${u.actorNip} acknowledge receipt, who holds no task of the case` });
  }
  for (const row of audit) {
    const op = /\/tasks\/:taskId\/(decision|complete)$/.exec(row.operation)?.[1];
    if (!op || row.status >= 300 || !row.taskId || !row.official) continue;
    const name = op === 'decision' ? 'decide' : 'complete';
    const inHistory = updates.filter((u) => u.name === name && u.taskId === row.taskId);
    if (!inHistory.some((u) => u.actorNip === row.official))
      findings.push({ kind: 'audit', message: `audit row ${row.chain}#${row.seq} records ${row.official} (${name}, task ${row.taskId}); the history has ${inHistory.map((u) => u.actorNip).join(', ') || 'no such Update'}` });
  }
  return findings;
}

/** The documents as stored (rows, and the archive's or export's copies) against the replayed view and each other. */
export function documentFindings(view: CaseView | undefined, rows: ArchivedDocument[], copy?: { against: string; documents: ArchivedDocument[] }): Finding[] {
  const findings: Finding[] = [];
  const issued = (view?.documents ?? []).filter((d) => !d.issuedOutside);
  for (const d of issued) {
    const row = rows.find((r) => r.id === d.id);
    if (!row) findings.push({ kind: 'document', message: `document ${d.id} (${d.nomor}) is in the history, but not stored` });
    else if (row.nomor !== d.nomor || row.kind !== d.kind || row.issuedAt !== d.issuedAt || row.data.nomor !== d.nomor)
      findings.push({ kind: 'document', message: `document ${d.id}: the history issued ${d.kind} ${d.nomor} at ${d.issuedAt}; the stored row says ${row.kind} ${row.nomor} (data: ${row.data.nomor}) at ${row.issuedAt}` });
  }
  for (const r of rows) {
    if (view && !issued.some((d) => d.id === r.id)) findings.push({ kind: 'document', message: `document ${r.id} (${r.nomor}) is stored for the case, but the history issued no such document` });
    if (r.file?.pdf !== undefined && createHash('sha256').update(Buffer.from(r.file.pdf, 'base64')).digest('hex') !== r.file.sha256)
      findings.push({ kind: 'document', message: `document ${r.id}: the stored file does not have its recorded SHA-256 ${r.file.sha256}` });
    const kept = copy?.documents.find((c) => c.id === r.id);
    if (!copy) continue;
    if (!kept) findings.push({ kind: 'document', message: `document ${r.id} is not in the ${copy.against}` });
    else for (const d of differences({ ...r, file: r.file && { ...r.file, pdf: undefined } }, { ...kept, file: kept.file && { ...kept.file, pdf: undefined } }))
      findings.push({ kind: 'document', message: `document ${r.id}: ${d.path} is ${JSON.stringify(d.stored)} in the ${copy.against}, ${JSON.stringify(d.replayed)} in the database` });
  }
  return findings;
}

/** The report: what replay produced against what is stored. */
export function report(caseId: string, source: Verification['source'], runs: Run[], replayed: Replayed, comparisons: Comparison[], findings: Finding[]): Verification {
  const ranWith = runs[0]?.build ?? null;
  const replayedWith = buildId();
  const deterministic = !replayed.divergence;
  return {
    caseId, source, runs: runs.map((r) => ({ runId: r.runId, build: r.build })), deterministic, ...(replayed.divergence ? { divergence: replayed.divergence } : {}),
    build: { replayedWith, ranWith, same: ranWith === replayedWith }, comparisons, findings,
    verified: deterministic && comparisons.every((c) => c.matches) && findings.length === 0,
  };
}

/** The archive's audit rows of a case against the log's: a row changed or gone since the case was archived. */
function archivedAuditFindings(archived: AuditRow[], rows: AuditRow[]): Finding[] {
  return archived.flatMap((a) => {
    const row = rows.find((r) => r.chain === a.chain && r.seq === a.seq);
    if (!row) return [{ kind: 'audit' as const, message: `audit row ${a.chain}#${a.seq} is in the archive, but no longer in the log` }];
    return row.hash === a.hash ? [] : [{ kind: 'audit' as const, message: `audit row ${a.chain}#${a.seq} has hash ${row.hash} in the log, ${a.hash} in the archive` }];
  });
}

/**
 * Verifies a case the service holds: its history from Temporal (earlier runs it purged, and the whole
 * case once purged, from the archive) replayed and compared with the projection, the archive, the
 * document rows and the audit log. Undefined: neither Temporal nor the archive has its history.
 */
export async function verifyCase(pool: Pool, store: ArsipStore, temporal: Client, caseId: string): Promise<Verification | undefined> {
  const found = await caseRuns(store, temporal, caseId);
  if (!found) return undefined;
  const replayed = await replay(caseId, found.runs);
  const [projection, archived, documents, audit] = await Promise.all([getCase(pool, caseId), archivedCase(store, caseId), storedDocuments(pool, caseId), auditRowsOfCase(pool, caseId)]);
  const comparisons = [
    ...(projection ? [compare('projection', replayed.view, projection)] : []),
    ...(archived ? [compare('archive', replayed.view, archived.view)] : []),
  ];
  const findings = [
    ...attributionFindings(replayed.view, replayed.updates, audit),
    ...documentFindings(replayed.view, documents, archived && { against: 'archive', documents: archived.documents }),
    ...(archived ? archivedAuditFindings(archived.audit, audit) : []),
  ];
  return report(caseId, found.source, found.runs, replayed, comparisons, findings);
}
