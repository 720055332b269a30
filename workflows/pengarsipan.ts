// The archive of closed cases (services/arsip.ts), off the cases' own path: a closing case only queues
// itself (one local write); this one workflow per task queue takes what is due from that queue in
// batches, resting while nothing is due. A case's archive is thus a read of its history, not a workflow
// and two activities of its own. Continues as new when Temporal suggests, keeping its history small.
import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { PengarsipanInput } from './shared';

const { arsipkanAntrean } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Batches taken in one run before it continues as new. */
const BATCHES_PER_RUN = 1000;

export async function pengarsipan(input: PengarsipanInput): Promise<void> {
  for (let batches = 0; batches < BATCHES_PER_RUN && !workflowInfo().continueAsNewSuggested; batches++) {
    const { due } = await arsipkanAntrean({ limit: input.batch });
    if (due === 0) await sleep(input.everyMs);
  }
  await continueAsNew<typeof pengarsipan>(input);
}
