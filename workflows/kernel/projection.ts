// What leaves the workflow for readers: the timeline entries, the projection write (inbox, case page)
// and the search attributes that find the case in Temporal.
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { priorOf } from '../../domain/events';
import type { WrittenWith } from '../../db/cases';
import { FINAL_STATUSES, type Diketahui, type TimelineEntry } from '../../domain/kasus';
import { searchAttributesOf } from '../searchAttributes';
import type { UpdateAnswer } from '../shared';
import { saveCase } from './activities';
import { actorRef, now, type CaseContext } from './context';
import { patch } from './patches';

/** Records what an official or the system did. */
export const record = (c: CaseContext, entry: Omit<TimelineEntry, 'at'>) => c.view.timeline.push({ at: now(), ...entry });

/** How the actor of a message was known, as its timeline entry records it ("signed in", "vouched by <system>"). */
export const viaOf = (d: Diketahui): Diketahui => (d.knownVia ? { knownVia: d.knownVia, ...(d.vouchedBy ? { vouchedBy: d.vouchedBy } : {}) } : {});

/** The entries an action recorded for its actor since `from` say how the actor was known. */
export function stampVia(c: CaseContext, from: number, a: Diketahui & { actorNip: string }) {
  for (const e of c.view.timeline.slice(from)) if (e.actor?.nip === a.actorNip) Object.assign(e, viaOf(a));
}

/**
 * Writes the projection (inbox, case page), with the notifications the case queued since the last write
 * and, as it closes, its archive queued (`arsip`); Updates await it so the caller reads its own write. The
 * write names its run and history position: one from a history Temporal lost is found and replaced by
 * the reconciler; and what the previous write showed, for its events. (A local activity's input is in no
 * command: replay is unchanged.) `rests`: the case now
 * waits on something besides a task (its linked cases); a task open or the case closed says so by itself.
 */
export const publish = async (c: CaseContext, rests = false, arsip?: WrittenWith['arsip']) => {
  c.view.version += 1;
  const { version, status } = c.view;
  const resting = rests || FINAL_STATUSES.includes(status) || c.view.tasks.some((t) => t.status === 'open');
  upsertChanged(c);
  const { runId, historyLength } = workflowInfo();
  // The events of this write are what changed since the last one this case made (its prior).
  const prior = c.published;
  c.published = priorOf(c.view);
  // What the case tells with this write (its outcome's notification, its archive queued) goes in with it.
  const also = c.notifications.length || arsip ? { notifications: c.notifications.splice(0), ...(arsip ? { arsip } : {}) } : undefined;
  c.writing += 1;
  await saveCase(c.view, { runId, historyLength }, prior, ...(also ? [also] : [])); // serialised when scheduled: later changes do not leak into it
  c.writing -= 1;
  if (resting && version > (c.rests?.version ?? 0)) c.rests = { version, status };
};

/** The search attributes, where they changed. Added after cases of every procedure had started: those replay without it. */
function upsertChanged(c: CaseContext) {
  if (!patch('atribut-pencarian')) return;
  const pairs = searchAttributesOf(c.view, c.input);
  const values = JSON.stringify(pairs.map(({ key, value }) => [key.name, value]));
  if (values === c.searchAttributes) return;
  c.searchAttributes = values;
  upsertSearchAttributes(pairs);
}

/** An Update's answer: the version it published (the projection holds the view), and where in its history. */
export const answer = ({ view }: CaseContext): UpdateAnswer => {
  const { runId, historyLength } = workflowInfo();
  return { caseId: view.caseId, version: view.version, status: view.status, at: { runId, historyLength } };
};

/** The request is on record: who sent it (or recorded it for them), in which role, on what basis. */
export function submitted(c: CaseContext, notes?: string) {
  const { input } = c;
  const by = input.pencatat ?? input.pemohon;
  record(c, {
    action: 'diajukan', actor: actorRef(by), role: by.role, citation: by.citation, notes,
    ...(input.pencatat ? { atasNama: actorRef(input.pemohon) } : {}), ...viaOf(input.diajukanVia ?? {}),
  });
}
