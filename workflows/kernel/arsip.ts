// A case leaves Temporal's retention for the archive: as it closes (and a long case at each run it
// continues as new from) it starts arsipKasus, which copies the closed run(s) out once they have closed.
// And every case a case starts runs under the build its memo names (the build the starter ran).
import { ParentClosePolicy, startChild, workflowInfo } from '@temporalio/workflow';
import { arsipId } from '../shared';
import { patch } from './patches';

/** Archives the case once it has closed; `thisRun`: only this run, once it has continued as new. */
export async function archive(caseId: string, thisRun?: boolean): Promise<void> {
  // Added after cases of every procedure had closed: those replay without it.
  if (!patch('arsip-kasus')) return;
  const runId = thisRun ? workflowInfo().runId : undefined;
  await startChild('arsipKasus', {
    workflowId: arsipId(caseId, runId), args: [{ caseId, ...(runId ? { runId } : {}) }], parentClosePolicy: ParentClosePolicy.ABANDON, memo: workflowInfo().memo,
  });
}

/** The memo of a case this one starts (a work cycle, a linked case, the next run): the build it runs under. */
export const inheritedMemo = (): { memo?: Record<string, unknown> } => (patch('arsip-kasus') ? { memo: workflowInfo().memo } : {});
