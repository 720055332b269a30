// The archive of a closed case (services/arsip.ts): a workflow of its own, which the case starts (through
// the mulaiArsip activity) as it closes, because a case cannot wait for its own close and only a closed
// run's history is complete. Its one activity waits for that close and retries until the copy is stored.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ArsipInput } from './shared';

const { arsipkan } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function arsipKasus(input: ArsipInput): Promise<void> {
  await arsipkan(input);
}
