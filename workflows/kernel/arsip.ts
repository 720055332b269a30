// A case leaves Temporal's retention for the archive: as it closes (and a long case at each run it
// continues as new from) it queues itself, and the pengarsipan workflow copies the closed run(s) out
// (a local write: nothing of the archive's work stays on the case's path). Cases that closed before the
// queue started an arsipKasus workflow of their own through an activity. The cases a case starts (a work
// cycle, a linked case, its next run) carry its memo: the build it runs under.
import { workflowInfo } from '@temporalio/workflow';
import { antreArsip, mulaiArsip } from './activities';
import type { WrittenWith } from '../../db/cases';
import { patch } from './patches';

/** Archives the case once it has closed; `runId`: only that run of it (one a long case continued from). */
export async function archive(caseId: string, runId?: string): Promise<void> {
  // Added after cases of every procedure had closed: those replay without it.
  if (!patch('arsip-kasus')) return;
  if (patch('arsip-antrean')) await antreArsip(runId ? { caseId, runId, whole: false } : { caseId, runId: workflowInfo().runId, whole: true });
  else await mulaiArsip({ caseId, ...(runId ? { runId } : {}) }, workflowInfo().memo);
}

/** The whole case's archive queue entry, for its closing write to carry (cases before 'tulis-bersama' queue it themselves: archive). */
export const archivedWithWrite = (): WrittenWith['arsip'] =>
  // 'tulis-bersama' asked first: a case from before it marks 'arsip-kasus' and 'arsip-antrean' where archive() asks them, after the write.
  patch('tulis-bersama') && patch('arsip-kasus') && patch('arsip-antrean') ? { runId: workflowInfo().runId, whole: true } : undefined;

/** The memo of a case this one starts (a work cycle, a linked case, the next run): the build it runs under. */
export const inheritedMemo = (): { memo?: Record<string, unknown> } => (patch('arsip-kasus') ? { memo: workflowInfo().memo } : {});
