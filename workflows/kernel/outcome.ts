// How a case ends: its outcome delivered to those it concerns, the view closed and published, and the
// team slots of a case that ended without the assignment given back.
import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { CaseStatus, CaseView, OfficialRef } from '../../domain/kasus';
import { notify } from './activities';
import { nipsOf, now, type CaseContext } from './context';
import { archive, archivedWithWrite } from './arsip';
import { patch } from './patches';
import { publish } from './projection';
import type { StepResult } from './step';

/** Delivers an outcome through the notification outbox (once per kind); `seq` tells apart deliveries of one kind (a case that issues documents twice). */
export const deliver = async (c: CaseContext, kind: 'ditolak' | 'kedaluwarsa' | 'diterbitkan', to: OfficialRef[], message: string, seq = 0) => {
  // Added after P2 cases had started: those replay their history without it.
  if (!patch('deliver-outcomes')) return;
  const n = { caseId: c.input.caseId, region: c.input.region, taskId: kind, seq, kind, to: nipsOf(to), message };
  // Carried by the projection write that follows (a task opened, or the case closed); cases before 'tulis-bersama' wrote it alone.
  if (patch('tulis-bersama')) c.notifications.push(n);
  else await notify(n);
};

/**
 * Tells officials something that concerns them, through the notification outbox (once per task and
 * kind): feedback on their report, the end of their assignment. Each call sits behind its procedure's own patch.
 */
export const inform = (c: CaseContext, kind: 'disampaikan' | 'selesai', taskId: string, to: OfficialRef[], message: string) =>
  notify({ caseId: c.input.caseId, region: c.input.region, taskId, seq: 0, kind, to: nipsOf(to), message });

/** Closes the case with its outcome, once every Update has answered; `beforeWrite`: what the closing write carries besides (its work cycle started). */
export const finish = async <S>(c: CaseContext<S>, status: CaseStatus, citation: string, reasons?: string, beforeWrite?: () => Promise<unknown>): Promise<CaseView<S>> => {
  const { view } = c;
  view.status = status;
  view.outcome = { status, at: now(), citation, reasons };
  for (const t of view.tasks) if (t.status === 'open') t.status = 'cancelled';
  await beforeWrite?.();
  // Queued with the closing write: the archive takes the case once its run has closed.
  const arsip = archivedWithWrite();
  await publish(c, false, arsip);
  await condition(allHandlersFinished);
  // Ended without the assignment: the team slots it held count no more (banjar pasal 9(4)–(5)).
  if (status !== 'issued') await c.ledger.release();
  if (!arsip) await archive(c.input.caseId);
  return view;
};

/** How a case closes: where a step ended it, or with the outcome its procedure reached. */
export type Closing = Exclude<StepResult, { outcome: 'done' }> | { status: CaseStatus; citation: string; reasons?: string };

/**
 * Closes the case: where a step ended it (withdrawn, expired — never a refusal — or refused with
 * reasons), or with the outcome its procedure reached (`issued`: noting what was not done in time).
 * It hands back the promise of the closing it names, adding no step of its own.
 */
export function close<S>(c: CaseContext<S>, how: Closing): Promise<CaseView<S>> {
  if (!('status' in how)) return ended(c, how);
  return how.status === 'issued' ? completed(c, how.citation) : finish(c, how.status, how.citation, how.reasons);
}

async function ended<S>(c: CaseContext<S>, result: Exclude<StepResult, { outcome: 'done' }>): Promise<CaseView<S>> {
  const { input } = c;
  if (result.outcome === 'withdrawn') return finish(c, 'withdrawn', input.pemohon.citation, c.withdrawn!.reasons);
  if (result.outcome === 'expired') {
    await deliver(c, 'kedaluwarsa', [input.pemohon], `${result.step.title}: tidak ada keputusan sampai ${result.task.dueAt}; permohonan kedaluwarsa (bukan penolakan)`);
    return finish(c, 'expired', result.step.citation);
  }
  // A refusal always reaches the requester with its reasons.
  const { step, decision } = result;
  await deliver(c, 'ditolak', [input.pemohon], `${input.judul}: ditolak oleh ${step.assignee.nama} (${step.role}): ${decision.reasons}`);
  return finish(c, 'refused', input.rules.refusalReasons.citation, decision.reasons);
}

/** Closes an issued case after its last step, noting what was not done in time (the documents stand). */
export function completed<S>(c: CaseContext<S>, citation: string, beforeWrite?: () => Promise<unknown>): Promise<CaseView<S>> {
  return finish(c, 'issued', citation, c.missed.length ? c.missed.join('; ') : undefined, beforeWrite);
}
