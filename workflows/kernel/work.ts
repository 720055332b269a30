// What follows an issued assignment: its work cycle (P7). The one part of the kernel that knows P7.
import { getExternalWorkflowHandle, ParentClosePolicy, startChild, workflowInfo } from '@temporalio/workflow';
import type { CaseView, OfficialRef } from '../../domain/kasus';
import type { Refusal } from '../../domain/refusal';
import { perubahanTimOf } from '../../procedures/siklusKinerja/plan';
import { timBerubahSignal } from '../shared';
import type { RencanaSiklus } from '../../activities';
import { mulaiSiklusKinerja, planSiklusKinerja } from './activities';
import type { CaseContext } from './context';
import { inheritedMemo } from './arsip';
import { completed } from './outcome';
import { patch } from './patches';
import { publish, record } from './projection';

/**
 * The work of the issued assignment begins: its work cycle (P7), a case of its own that outlives
 * this one (ABANDON); for `each` employee on a list (P3), a cycle of their own. A member's case
 * linked to a team starts none: the team's cycle covers their work. A cycle that cannot be planned
 * is recorded with its reason, to be started through the API.
 */
export async function work<S>(c: CaseContext<S>, each?: OfficialRef[]): Promise<CaseView<S>> {
  if (await startWork(c, each)) await publish(c);
  return c.view;
}

/**
 * Closes the issued case and its work begins: the closing write names its cycle(s), started just
 * before it. Cases closed before 'siklus-ditulis-bersama' wrote the close, then the cycle in a write of its own.
 */
export async function closeAndWork<S>(c: CaseContext<S>, citation: string, each?: OfficialRef[]): Promise<CaseView<S>> {
  if (!patch('siklus-ditulis-bersama')) {
    await completed(c, citation);
    return work(c, each);
  }
  return completed(c, citation, () => startWork(c, each));
}

/** Starts the cycle(s) and names them in the view, unwritten; false where no cycle follows this case. */
async function startWork(c: CaseContext, each?: OfficialRef[]): Promise<boolean> {
  const { input, view } = c;
  // Added after cases of every procedure had been issued: those replay without it.
  if (workflowInfo().parent || !patch('siklus-kinerja')) return false;
  for (const pegawai of each ?? [undefined]) {
    const rencana: RencanaSiklus = { penugasan: view, pengaturan: input.siklusKinerja, ...(pegawai ? { pegawai: pegawai.nip } : {}) };
    // Added after cases had started their cycles as child workflows (the assignment waiting a workflow task for each): those replay so.
    const started = patch('siklus-dari-aktivitas') ? await mulaiSiklusKinerja(rencana, inheritedMemo().memo) : await startedAsChild(rencana);
    if ('refusal' in started) {
      const { citation, message } = started.refusal;
      record(c, { action: 'dicatat', role: 'sistem', citation: citation ?? input.procedureCitation, notes: `siklus kinerja ${pegawai ? `${pegawai.nama} ` : ''}tidak dimulai: ${message}` });
      continue;
    }
    // The case names its cycle(s); the cycle's own record opens with this assignment.
    if (pegawai) (view.siklusKinerjaPegawai ??= []).push({ nip: pegawai.nip, caseId: started.caseId });
    else view.siklusKinerja = started.caseId;
  }
  return true;
}

/** The cycle planned, then started as a child workflow of the assignment (cases before 'siklus-dari-aktivitas'). */
async function startedAsChild(rencana: RencanaSiklus): Promise<{ caseId: string } | { refusal: Refusal }> {
  const planned = await planSiklusKinerja(rencana);
  if ('refusal' in planned) return planned;
  await startChild('siklusKinerja', { workflowId: planned.input.caseId, args: [planned.input], parentClosePolicy: ParentClosePolicy.ABANDON, ...inheritedMemo() });
  return { caseId: planned.input.caseId };
}

/**
 * The team changed while its decree stands (`nomor`: the amended decree): its work cycle, planned
 * again for the team as it now stands, is told whom what comes next goes to. A cycle that has ended
 * has nothing to be told; one that cannot be planned keeps its team, recorded here with the reason.
 */
export async function workChanged(c: CaseContext, nomor: string): Promise<void> {
  const { input, view } = c;
  // Added after teams had been changed: those replay without it.
  if (!view.siklusKinerja || !patch('siklus-tim-berubah')) return;
  const planned = await planSiklusKinerja({ penugasan: { ...view, siklusKinerja: undefined }, pengaturan: input.siklusKinerja });
  const told = 'refusal' in planned
    ? planned.refusal.message
    : await getExternalWorkflowHandle(view.siklusKinerja).signal(timBerubahSignal, perubahanTimOf(planned.input, nomor)).then(() => undefined, () => `case ${view.siklusKinerja} has ended`);
  if (told) {
    record(c, { action: 'dicatat', role: 'sistem', citation: input.procedureCitation, notes: `siklus kinerja tidak diperbarui: ${told}` });
    await publish(c);
  }
}
