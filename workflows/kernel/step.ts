// The human step: a task for the official the plan resolved, with its role, title and citation; reminders
// while it is open, the last one escalated to the assignee's superior; expiry, never a refusal.
import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { DecisionInput, ResolvedStep, Task } from '../../domain/kasus';
import { findCandidates, notify } from './activities';
import { actorRef, nipsOf, type CaseContext } from './context';
import { route, routed } from './delegasi';
import { patch } from './patches';
import { publish, record } from './projection';

/** How a human step ended. `ends`: the case closes here (expired, withdrawn, or a keputusan refused). */
export type StepResult =
  | { ends: boolean; outcome: 'decided'; step: ResolvedStep; decision: DecisionInput }
  | { ends: false; outcome: 'done'; step: ResolvedStep }
  | { ends: true; outcome: 'expired'; step: ResolvedStep; task: Task }
  | { ends: true; outcome: 'withdrawn' };

/** A long case's own time limit for a step; `continuesOnRefusal`: a refused keputusan does not end the case. */
export interface TaskOptions {
  expireAfterMs: number;
  continuesOnRefusal?: Task['continuesOnRefusal'];
}

/** A recommendation, decision or action (tindakan) by the official the plan resolved for this step. */
export async function step(c: CaseContext, s: ResolvedStep): Promise<StepResult> {
  const { input } = c;
  const candidates = (s.choosesEmployee || s.choosesEmployees) && input.asal
    ? await findCandidates({ region: input.asal.region ?? input.region, asal: input.asal, pegawai: input.pegawai?.nip, rules: input.rules })
    : undefined;
  return runStep(c, s, candidates, input.deadlines.expireAfterMs);
}

/**
 * A step of a long case with its own time limit: opened, or — in a case that continued as new — the
 * same task still open, awaited again.
 */
export function task(c: CaseContext, s: ResolvedStep, o: TaskOptions): Promise<StepResult> {
  return runStep(c, s, undefined, o.expireAfterMs, o.continuesOnRefusal);
}

/**
 * Opens a step's task in the view, unwritten, for an Update that opens it (a kendala raised): the
 * Update's own write carries it and `task` then awaits it. One local activity, so the Update's answer
 * and the task's timer come in one order live and in replay (two writes at once could finish in either).
 * A decision task goes to whoever acts for its holder, as one the flow opens does (`waitFor`): the
 * routing, for the Update to await before its write; undefined where nothing routes (a tindakan).
 */
export function opened(c: CaseContext, s: ResolvedStep, o: TaskOptions): Promise<boolean> | undefined {
  const t = taskOf(c, s, undefined, o.continuesOnRefusal);
  openIn(c, t, o.expireAfterMs);
  // Added after P7 cases had raised kendala that moved to a Plt/Plh only when a delegation started or ended: those replay without it.
  return routed(t) && patch('aksi-dialihkan') ? route(c, [t]) : undefined;
}

/** A step after the documents were issued (P4's laporan hasil, P8's recipients of form 7): done in time or noted as missed. */
export async function followUp(c: CaseContext, s: ResolvedStep): Promise<boolean> {
  c.view.status = 'awaiting-submission';
  const result = await step(c, s);
  if (result.outcome !== 'done') c.missed.push(`${s.title} tidak disampaikan dalam batas waktu`);
  return result.outcome === 'done';
}

/** Opens a task and waits for it: reminders while it is open, the last one escalated, then expiry. */
export async function waitFor(c: CaseContext, t: Task, expireAfterMs: number): Promise<'done' | 'expired' | 'withdrawn'> {
  const resumed = c.view.tasks.find((x) => x.id === t.id && x.status === 'open');
  if (resumed) return waitOn(c, resumed, Date.parse(resumed.openedAt), expireAfterMs);
  openIn(c, t, expireAfterMs);
  await route(c, [t]);
  await publish(c);
  return waitOn(c, t, Date.parse(t.openedAt), expireAfterMs);
}

/** Puts a task into the view, open from now. */
function openIn(c: CaseContext, t: Task, expireAfterMs: number) {
  const opened = Date.now();
  t.openedAt = new Date(opened).toISOString();
  t.dueAt = new Date(opened + expireAfterMs).toISOString();
  c.view.tasks.push(t);
}

async function waitOn(c: CaseContext, t: Task, opened: number, expireAfterMs: number): Promise<'done' | 'expired' | 'withdrawn'> {
  const { input } = c;
  const { remindEveryMs } = input.deadlines;
  for (;;) {
    const remaining = opened + expireAfterMs - Date.now();
    if (remaining <= 0) break;
    if (await condition(() => t.status !== 'open' || c.withdrawn !== undefined, Math.min(remindEveryMs, remaining))) {
      // Go on once the Update that settled the task has answered: otherwise its completion and the next
      // step's commands can be ordered differently live and in replay (two local activities in one task).
      // Added after P2 cases had started: those replay without it.
      if (patch('step-after-update')) await condition(allHandlersFinished);
      return c.withdrawn ? 'withdrawn' : 'done';
    }
    if (opened + expireAfterMs - Date.now() <= 0) break;
    const escalate = Date.now() + remindEveryMs >= opened + expireAfterMs;
    t.remindersSent += 1;
    const to = nipsOf(escalate ? [t.assignee, ...(t.escalateTo ?? [])] : [t.assignee]);
    await notify({ caseId: input.caseId, region: t.region ?? input.region, taskId: t.id, seq: t.remindersSent, kind: escalate ? 'eskalasi' : 'pengingat', to, message: `${t.title}: belum ada tindak lanjut sejak ${t.openedAt}` });
    record(c, { action: escalate ? 'eskalasi' : 'pengingat', role: 'sistem', citation: t.citation, taskId: t.id, notes: `to ${to.join(', ')}` });
    await publish(c);
  }
  t.status = 'expired';
  record(c, { action: 'kedaluwarsa', role: 'sistem', citation: t.citation, taskId: t.id, notes: `no action by ${t.dueAt}` });
  return 'expired';
}

const taskOf = (c: CaseContext, s: ResolvedStep, candidates: Task['candidates'], continuesOnRefusal?: Task['continuesOnRefusal']): Task => ({
  id: s.id, kind: s.kind, title: s.title, role: s.role, citation: s.citation, assignee: s.assignee,
  status: 'open', openedAt: '', dueAt: '', remindersSent: 0, candidates,
  // The last reminder goes up to the assignee's superior and back to the requester (or to whom a tindakan delivers).
  escalateTo: [...(s.atasan ? [s.atasan] : []), ...(s.to ?? [actorRef(c.input.pemohon)])],
  ...(s.isiWajib ? { isiWajib: true } : {}),
  ...(continuesOnRefusal ? { continuesOnRefusal } : {}),
  ...(s.region ? { region: s.region } : {}),
});

async function runStep(c: CaseContext, s: ResolvedStep, candidates: Task['candidates'], expireAfterMs: number, continuesOnRefusal?: Task['continuesOnRefusal']): Promise<StepResult> {
  const { input } = c;
  const t = taskOf(c, s, candidates, continuesOnRefusal);
  const outcome = await waitFor(c, t, expireAfterMs);
  if (outcome === 'withdrawn') return { ends: true, outcome };
  if (outcome === 'expired') return { ends: true, outcome, step: s, task: t };
  if (s.kind === 'tindakan') {
    // What was done reaches those it is for (a laporan hasil to the Kepala UO and PPK); a task watched
    // beside a flow that closed the case was cancelled, not done, and delivers nothing.
    const done = c.actions.get(s.id);
    if (done && s.to?.length)
      await notify({
        caseId: input.caseId, region: input.region, taskId: s.id, seq: 0, kind: 'disampaikan', to: nipsOf(s.to),
        message: `${s.title} dari ${s.assignee.nama}: ${s.reportsDocument ? `${s.reportsDocument.title} Nomor ${done.nomor} tanggal ${done.tanggal}` : done.isi ?? ''}`,
      });
    return { ends: false, outcome: 'done', step: s };
  }
  const decision = c.decisions.get(s.id)!;
  return { ends: s.kind === 'keputusan' && !continuesOnRefusal && decision.decision === 'refuse', outcome: 'decided', step: s, decision };
}
